#!/usr/bin/env python3
"""Writes files in the GDELT 2.0 Events export layout (61 tab-separated columns, no header), as the
GDELT Event Codebook V2.0 documents them. Every value is made up here; nothing is copied from GDELT.

  python3 scripts/import/make_gdelt.py fixture > tests/Graph.Core.Tests/Import/Fixtures/events.export.CSV
  python3 scripts/import/make_gdelt.py bench 200000 [seed] > /tmp/gdelt-200k.export.CSV

The fixture is a handful of hand-picked rows that exercise every rule of the reader; the bench file is
random rows with a realistic mix (about half cooperation roots, some regional or missing actor
countries, some domestic events).
"""
import random
import sys

COLUMNS = 61


def row(event_id, day, actor1, actor2, code, quad, goldstein, mentions, url, root=None):
    cells = [""] * COLUMNS
    cells[0] = str(event_id)
    cells[1] = day
    cells[2] = day[:6]
    cells[3] = day[:4]
    cells[4] = f"{int(day[:4]) + (int(day[4:6]) - 1) / 12:.4f}"
    cells[5], cells[6], cells[7] = actor1 + "GOV", actor1 + " GOVERNMENT", actor1
    cells[15], cells[16], cells[17] = actor2 + "GOV", actor2 + " GOVERNMENT", actor2
    cells[25] = "1"
    cells[26] = code
    cells[27] = code[:3]
    cells[28] = root if root is not None else code[:2]
    cells[29] = str(quad)
    cells[30] = goldstein
    cells[31] = str(mentions)
    cells[32] = "1"
    cells[33] = str(mentions)
    cells[34] = "1.5"
    cells[59] = day + "120000"
    cells[60] = url
    return "\t".join(cells)


def fixture():
    rows = [
        row(1001, "20250301", "USA", "FRA", "063", 2, "6.0", 12, "https://news.example.org/us-fr-judicial"),
        row(1002, "20250302", "ROM", "DEU", "042", 1, "1.9", 4, "https://news.example.org/ro-de-visit"),
        row(1003, "20250303", "USA", "USA", "036", 1, "4.0", 2, "https://news.example.org/domestic"),
        row(1004, "20250304", "USA", "EUR", "057", 1, "8.0", 7, "https://news.example.org/region"),
        row(1005, "20250305", "GBR", "ESP", "190", 4, "-10.0", 30, "https://news.example.org/fight"),
        row(1006, "20250306", "ESP", "GBR", "064", 2, "7.0", 9, "https://news.example.org/es-gb-intel"),
        "1007\t20250307\tthis row is cut short",
        row(1008, "20250308", "FRA", "USA", "0311", 1, "5.2", 3, "https://news.example.org/fr-us-intent"),
        row(1009, "20250309", "", "FRA", "051", 1, "3.4", 5, "https://news.example.org/no-country"),
    ]
    print("\n".join(rows))


def bench(count, seed):
    rng = random.Random(seed)
    countries = ["USA", "GBR", "FRA", "DEU", "ESP", "ITA", "NLD", "BEL", "POL", "ROM", "CHN", "RUS", "IND", "BRA", "MEX",
                 "COL", "NGA", "ZAF", "AUS", "CAN", "JPN", "KOR", "TUR", "UKR", "EGY", "ISR", "IRN", "PAK", "ARG", "SWE"]
    weights = [1 / (i + 1) for i in range(len(countries))]  # a few countries dominate, as in the real data
    others = ["", "", "EUR", "AFR", "WST"]
    cooperation = ["030", "031", "036", "040", "042", "043", "046", "051", "057", "061", "062", "063", "064"]
    conflict = ["010", "020", "111", "120", "130", "141", "172", "190", "193"]
    out = sys.stdout
    for i in range(count):
        a1 = rng.choices(countries, weights)[0] if rng.random() < 0.85 else rng.choice(others)
        a2 = rng.choices(countries, weights)[0] if rng.random() < 0.85 else rng.choice(others)
        code = rng.choice(cooperation) if rng.random() < 0.5 else rng.choice(conflict)
        quad = 2 if code.startswith("06") else 1 if code[:2] in ("03", "04", "05") else 3
        day = f"2025{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        out.write(row(1_300_000_000 + i, day, a1, a2, code, quad, f"{rng.uniform(-10, 10):.1f}", rng.randint(1, 50),
                      f"https://news.example.org/{seed}/{i}") + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "fixture":
        fixture()
    else:
        bench(int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 2025)
