#!/usr/bin/env python3
"""Writes N sample-style report files for the import benchmark: each is one of data/reports/*.txt
(cycled) with a numbered title, a shifted date and a closing case-file line, so every file has its
own text (no two share a content hash) while reading like the sample reports.

  python3 scripts/import/make_sample_corpus.py 20000 /tmp/corpus
"""
import datetime
import pathlib
import sys


def main(count, out):
    root = pathlib.Path(__file__).resolve().parents[2]
    samples = [p.read_text(encoding="utf-8").split("\n") for p in sorted((root / "data" / "reports").glob("*.txt"))]
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    start = datetime.date(2015, 1, 1)
    for i in range(count):
        title, _date, source, *body = samples[i % len(samples)]
        day = start + datetime.timedelta(days=i % 3650)
        text = "\n".join([f"{title} ({i + 1})", f"date {day.isoformat()}", source, *body]).rstrip()
        (out / f"report-{i:06d}.txt").write_text(text + f"\n\nCase file {i + 1} was closed after review.\n", encoding="utf-8")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
