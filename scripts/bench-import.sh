#!/usr/bin/env bash
# Bulk-import throughput, printed side by side with the per-report path it replaces:
#   1. N sample-style reports (default 20,000) through `graph ingest` (one transaction each) and
#      through `graph import` (parallel extraction, 500 reports per transaction), each into a fresh
#      SQLite file; then `graph import` of the same folder again (everything already stored).
#   2. A generated GDELT 2.0 events export of R rows (default 200,000) through `graph import`.
# Usage: scripts/bench-import.sh [N] [R]     (needs python3 for the generators; writes under artifacts/bench-import)
set -euo pipefail
cd "$(dirname "$0")/.."
reports="${1:-20000}"
rows="${2:-200000}"
out="artifacts/bench-import"
rm -rf "$out"
mkdir -p "$out"

dotnet build -c Release src/Graph.Cli -v quiet -nologo -o "$out/bin" >/dev/null
graph() { dotnet "$out/bin/graph.dll" "$@"; }
python3 scripts/import/make_sample_corpus.py "$reports" "$out/corpus"
python3 scripts/import/make_gdelt.py bench "$rows" 2025 > "$out/events.export.CSV"

timed() { # label, command...: runs it; prints "wall cpu" seconds (cpu = user + sys of the process)
  local label="$1"; shift
  local TIMEFORMAT='%R %U %S'
  local times
  times=$( { time "$@" > "$out/$label.log" 2>&1 ; } 2>&1 ) || { echo "$label failed; see $out/$label.log" >&2; tail -5 "$out/$label.log" >&2; exit 1; }
  echo "$times" | awk '{ printf "%s %.2f\n", $1, $2 + $3 }'
}

read -r ingest_s ingest_cpu < <(timed ingest graph ingest --db "$out/ingest.db" "$out/corpus")
read -r import_s import_cpu < <(timed import graph import --db "$out/import.db" "$out/corpus")
read -r again_s again_cpu < <(timed import-again graph import --db "$out/import.db" "$out/corpus")
read -r gdelt_s gdelt_cpu < <(timed gdelt graph import --db "$out/gdelt.db" "$out/events.export.CSV")

echo
echo "machine: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%M)Z, load average $(cut -d' ' -f1-3 /proc/loadavg)"
row() { printf '%-44s %8.1f %8.1f %12.0f %14.0f\n' "$1" "$2" "$3" "$(echo "$4 / $2" | bc -l)" "$(echo "$4 / $3" | bc -l)"; }
printf '%-44s %8s %8s %12s %14s\n' "run" "wall s" "CPU s" "items/s" "items/CPU-s"
row "graph ingest, $reports sample-style reports" "$ingest_s" "$ingest_cpu" "$reports"
row "graph import, the same reports" "$import_s" "$import_cpu" "$reports"
row "graph import again (all already stored)" "$again_s" "$again_cpu" "$reports"
row "graph import, GDELT export of $rows rows" "$gdelt_s" "$gdelt_cpu" "$rows"
echo
printf 'import vs ingest: %.1fx the reports per wall second, %.1fx per CPU second\n' "$(echo "$ingest_s / $import_s" | bc -l)" "$(echo "$ingest_cpu / $import_cpu" | bc -l)"
echo "GDELT summary: $(grep '^read' "$out/gdelt.log")"
echo "import summary: $(grep '^read' "$out/import.log")"
