#!/usr/bin/env bash
# Runs every test: Core units, API integration, and real-browser tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium is missing; installing Debian's package (needs root)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

# The store contract tests run against a throwaway PostgreSQL cluster of their own (initdb into a
# temporary folder, a free loopback port); they need the server binaries, not a running service.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "PostgreSQL is missing; installing Debian's package (needs root)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi

# DOM-free front-end logic (view state, element mapping, controller on headless Cytoscape).
# The build restores node_modules (npm ci), so build first on a fresh clone.
dotnet build src/Graph.Web
node --test tests/js/
# The page's JavaScript lint (eslint.config.mjs; eslint comes from package.json's devDependencies).
[ -x node_modules/.bin/eslint ] || npm ci --no-audit --no-fund
npx --no-install eslint .

# detailed: passed tests show what they printed too (the reliability suite's crash counts and load p50/p99).
dotnet test Graph.sln --logger "console;verbosity=detailed" "$@"
