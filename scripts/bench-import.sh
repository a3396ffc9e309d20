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

timed() { # label, command...: runs it, prints seconds
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" > "$out/$label.log" 2>&1 || { echo "$label failed; see $out/$label.log" >&2; tail -5 "$out/$label.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

ingest_s=$(timed ingest graph ingest --db "$out/ingest.db" "$out/corpus")
import_s=$(timed import graph import --db "$out/import.db" "$out/corpus")
again_s=$(timed import-again graph import --db "$out/import.db" "$out/corpus")
gdelt_s=$(timed gdelt graph import --db "$out/gdelt.db" "$out/events.export.CSV")

echo
echo "machine: $(nproc) cores, $(date -u +%Y-%m-%d)"
printf '%-44s %10s %14s\n' "run" "seconds" "reports/s"
printf '%-44s %10.1f %14.0f\n' "graph ingest, $reports sample-style reports" "$ingest_s" "$(echo "$reports / $ingest_s" | bc -l)"
printf '%-44s %10.1f %14.0f\n' "graph import, the same reports" "$import_s" "$(echo "$reports / $import_s" | bc -l)"
printf '%-44s %10.1f %14.0f\n' "graph import again (all already stored)" "$again_s" "$(echo "$reports / $again_s" | bc -l)"
printf '%-44s %10.1f %14.0f\n' "graph import, GDELT export of $rows rows" "$gdelt_s" "$(echo "$rows / $gdelt_s" | bc -l)"
echo
printf 'import vs ingest: %.1fx faster\n' "$(echo "$ingest_s / $import_s" | bc -l)"
echo "GDELT summary: $(grep '^read' "$out/gdelt.log")"
echo "import summary: $(grep '^read' "$out/import.log")"
