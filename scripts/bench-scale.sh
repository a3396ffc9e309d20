#!/usr/bin/env bash
# The scale benchmark: generates N skewed reports (Zipf-like; see SkewedReports.cs), imports them in
# batches through the store's write routine (tallies included), starts the server on the result and
# prints ingest rate, database size, server memory, cold and warm p95 latency and compressed size of
# /api/graph (default, countries, actors, agencies, bipartite, a date range cutting into months) and /api/reports, and how soon a new report shows.
# Usage: scripts/bench-scale.sh [N=100000] [sqlite|postgres] [out-dir]
# BENCH_DB=FILE reuses an imported SQLite database instead (no generation or import; the request part only).
# BENCH_LINKS_AT_END=1 imports with --links-at-end (events linked into operations after the last batch).
# PostgreSQL runs as a throwaway cluster (initdb in the out-dir, a free loopback port), stopped at the end; its data
# folder stays in the out-dir for inspection until the next run into that out-dir clears it.
set -euo pipefail
cd "$(dirname "$0")/.."
reports="${1:-100000}"
provider="${2:-sqlite}"
out="$(realpath -m "${3:-artifacts/bench-scale/$provider-$reports}")"
rm -rf "$out" && mkdir -p "$out/seed"

[ -n "${BENCH_DB:-}" ] || dotnet build -c Release src/Graph.Cli -v quiet -nologo | grep -E "error|Error" || true
dotnet build -c Release src/Graph.Web -v quiet -nologo | grep -E "error|Error" || true
free_port() {
  local p
  while :; do p=$((20000 + RANDOM % 40000)); (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done
}

pg_bin=""
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  if [ -n "$pg_bin" ]; then as_pg "$pg_bin/pg_ctl" stop -m fast -w -D "$out/pg" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$provider" = postgres ]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  pg_port="$(free_port)"
  [ "$(id -u)" = 0 ] && chown postgres "$out"
  as_pg "$pg_bin/initdb" -D "$out/pg" -U graph --auth=trust -E UTF8 --locale=C --no-sync >/dev/null
  as_pg "$pg_bin/pg_ctl" start -w -D "$out/pg" -l "$out/pg.log" \
    -o "-p $pg_port -k $out -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c synchronous_commit=off -c max_wal_size=4GB" >/dev/null
  db="Host=127.0.0.1;Port=$pg_port;Username=graph;Database=postgres"
else
  db="Data Source=$out/graph.db"
fi

if [ -n "${BENCH_DB:-}" ]; then
  db="Data Source=$(realpath "$BENCH_DB")"
  echo "== reusing $BENCH_DB (no import)"
else
echo "== import ($provider, $reports reports)"
/usr/bin/time -f "import CPU  %U s user + %S s system, peak memory %M KB" \
  dotnet src/Graph.Cli/bin/Release/net10.0/graph.dll bench-import --reports "$reports" ${BENCH_LINKS_AT_END:+--links-at-end} --db "$db" 2>&1 | tee "$out/import.txt"
if [ -n "$pg_bin" ]; then # the server's share: the postmaster, its ended backends and its live helpers
  pm="$(head -1 "$out/pg/postmaster.pid")"
  ticks="$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")"
  for child in $(pgrep -P "$pm"); do ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0))); done
  echo "PostgreSQL CPU from the cluster's start to the end of the import: $(printf '%.1f' "$(echo "$ticks / $(getconf CLK_TCK)" | bc -l)") s" | tee -a "$out/import.txt"
fi
fi

port="$(free_port)"
ConnectionStrings__Graph="$db" Graph__ApiKey=bench-key Graph__SeedFolder="$out/seed" \
  dotnet src/Graph.Web/bin/Release/net10.0/Graph.Web.dll --urls "http://127.0.0.1:$port" >"$out/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -sf "$base/api/reports?limit=1" >/dev/null && break; sleep 1; done

seconds() { curl -s -o /dev/null -H 'Accept-Encoding: br' -w '%{time_total}' --max-time 120 "$1"; }
echo "== requests (cold = first call after start; warm p95 of 20; sizes with Accept-Encoding: br / none)"
printf '%-34s %9s %9s %11s %11s\n' request cold_s warm_p95_s br_bytes plain_bytes
for path in "/api/graph" "/api/graph?view=countries" "/api/graph?view=actors&weighting=newman" "/api/graph?view=agencies" \
            "/api/graph?view=bipartite" "/api/graph?from=2019-03-10&to=2021-08-20" "/api/reports"; do
  cold="$(seconds "$base$path")"
  warm="$(for _ in $(seq 1 20); do seconds "$base$path"; echo; done | sort -n | sed -n 19p)"
  br="$(curl -s -o /dev/null -H 'Accept-Encoding: br' -w '%{size_download}' "$base$path")"
  plain="$(curl -s -o /dev/null -w '%{size_download}' "$base$path")"
  printf '%-34s %9s %9s %11s %11s\n' "$path" "$cold" "$warm" "$br" "$plain"
done | tee "$out/requests.txt"

echo "== a new report, then the next /api/graph"
start="$(date +%s.%N)"
curl -s -o /dev/null -X POST "$base/api/reports" -H 'X-Api-Key: bench-key' -H 'Content-Type: text/plain' \
  --data-binary "Operation Bench Harbour $(date +%s%N) was led by the Guardia Civil with Europol and the Polícia Judiciária. Officers in Spain and Portugal arrested 12 people."
curl -s -o /dev/null "$base/api/graph"
end="$(date +%s.%N)"
echo "post + next graph: $(echo "$end - $start" | bc) s" | tee "$out/fresh.txt"
echo "server peak memory: $(grep VmHWM /proc/$server/status | awk '{print $2/1024 " MB"}')" | tee "$out/memory.txt"
