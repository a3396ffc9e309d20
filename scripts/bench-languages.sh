#!/usr/bin/env bash
# Extraction throughput per language (issue 17): `graph bench` over each language's annotated dev
# corpus, repeated to the size asked (default 8 MB), on one core,
# with dynamic PGO as the web server runs (bench's default; add --pgo off for the CLI's setting).
# Target: >= 20 MB/s per core each.
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-8}"
dotnet build src/Graph.Cli -c Release -v quiet -nologo >/dev/null
for language in en es pt fr; do
  echo "== $language (tests/corpus/$language/dev)"
  dotnet src/Graph.Cli/bin/Release/net10.0/graph.dll bench --corpus "tests/corpus/$language/dev" --mb "$mb" --passes 3 | grep -E "corpus|runtime|per core"
done
