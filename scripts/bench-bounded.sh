#!/usr/bin/env bash
# Bounded analysis at the sizes of issues 10 and 12: our exact vs sampled betweenness and closeness on a
# skewed 10,000-node graph, backbone / top-k / 300-node picture on a 180,000-edge one; then NetworkX's
# sampled betweenness with the same number of pivots and a plain-Python disparity filter on the same
# graphs. Usage: scripts/bench-bounded.sh [out-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/bench}"
mkdir -p "$out"

dotnet build -c Release src/Graph.Bench -v quiet -nologo >/dev/null
dotnet src/Graph.Bench/bin/Release/net10.0/Graph.Bench.dll --bounded --out "$out" | tee "$out/bounded-ours.txt"
pivots=$(sed -n 's/^betweenness: pivots=\([0-9]*\) .*/\1/p' "$out/bounded-ours.txt")
weighted=$(sed -n 's/^betweenness_weighted: pivots=\([0-9]*\) .*/\1/p' "$out/bounded-ours.txt")
python3 scripts/networkx/bench_bounded_networkx.py "$out" --pivots "$pivots" --weighted-pivots "$weighted" | tee "$out/bounded-networkx.txt"
