#!/usr/bin/env bash
# Times our betweenness, PageRank and Louvain on a seeded 10,000-node / 50,000-edge random graph,
# then NetworkX 3.6.1 on the same edge list, and prints both side by side with ratios.
# NetworkX's exact betweenness takes 15-30 minutes on this graph; pass --sources K to time it from
# K sources and scale (an estimate, flagged as such). Usage: scripts/bench-network.sh [out-dir] [--sources K]
set -euo pipefail
cd "$(dirname "$0")/.."
out="artifacts/bench"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then out="$1"; shift; fi
mkdir -p "$out"

dotnet build -c Release src/Graph.Bench -v quiet -nologo >/dev/null
dotnet src/Graph.Bench/bin/Release/net10.0/Graph.Bench.dll --out "$out" | tee "$out/ours.txt"
python3 scripts/networkx/bench_networkx.py "$out" "$@" | tee "$out/networkx.txt"

python3 - "$out" <<'PY'
import sys
def read(path):
    values = {}
    for line in open(path, encoding="utf-8"):
        if "=" in line and not line.startswith("graph"):
            key, value = line.strip().split("=", 1)
            values[key] = value
    return values
ours, nx = read(f"{sys.argv[1]}/ours.txt"), read(f"{sys.argv[1]}/networkx.txt")
print()
print(f"{'metric':<14}{'ours (ms)':>12}{'NetworkX (ms)':>16}{'NetworkX/ours':>16}")
for name in ("betweenness", "pagerank", "louvain"):
    a, b = float(ours[f"{name}_ms"]), float(nx[f"{name}_ms"])
    print(f"{name:<14}{a:>12.2f}{b:>16.2f}{b / a:>15.1f}x")
qa, qb = float(ours["louvain_modularity"]), float(nx["louvain_modularity"])
print(f"Louvain modularity: ours {qa:.6f}, NetworkX {qb:.6f} ({(qa - qb) / qb * 100:+.2f}%)")
if "betweenness_estimated" in nx:
    print("NetworkX betweenness time is scaled from a sample of sources (--sources).")
for key in ("betweenness_max_abs_diff", "pagerank_max_abs_diff"):
    if key in nx:
        print(f"{key}: {nx[key]}")
PY
