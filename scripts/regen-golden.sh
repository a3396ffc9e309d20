#!/usr/bin/env bash
# Regenerates the golden `graph extract` output (tests/golden/*.ndjson) from the current code,
# for the shipped sample reports and every annotated development corpus (tests/corpus/*/dev).
# Held-out corpora are never read. Review the printed diff before committing it: a change in
# these files is a change in what the extractor finds.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build src/Graph.Cli -c Release -v quiet -nologo >/dev/null
graph=(dotnet src/Graph.Cli/bin/Release/net10.0/graph.dll)

# The folders the golden test reads, in the same order (keep in step with GoldenExtractionTests).
folders=(data/reports)
for dev in tests/corpus/*/dev; do
  [ -d "$dev" ] && folders+=("$dev")
done

rm -f tests/golden/*.ndjson
for folder in "${folders[@]}"; do
  out="tests/golden/$(echo "$folder" | tr '/' '-').ndjson"
  "${graph[@]}" extract "$folder" > "$out"
  echo "$folder -> $out ($(wc -l < "$out") reports)"
done

git add --intent-to-add tests/golden
git --no-pager diff --stat -- tests/golden
