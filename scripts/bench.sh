#!/usr/bin/env bash
# The full benchmark of issue 4 (not part of the test run; ~40 min on a 2-core machine):
#   1. generate the city (150 stations, 200 000 clients, 1.2 M service records, …) into SQLite and into a throwaway
#      PostgreSQL with production durability settings (fsync on);
#   2. run the benchmark runner three times and the 60-second load test against the Release app on each;
#   3. write benchmarks/results/<provider>.json and .md (medians of the three runs, with the machine description).
# Usage: bash scripts/bench.sh [sqlite|postgres|both]   (data under $SWS_BENCH_DATA, default /tmp/sws-bench-city)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
which=${1:-both}
data=${SWS_BENCH_DATA:-/tmp/sws-bench-city}
pgport=${SWS_BENCH_PG_PORT:-55440}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

dotnet build benchmarks/SocialWorkStation.Benchmarks -c Release -nologo -v q -clp:ErrorsOnly
bench="dotnet $root/benchmarks/SocialWorkStation.Benchmarks/bin/Release/net10.0/SocialWorkStation.Benchmarks.dll"
app="$root/src/SocialWorkStation.Web/bin/Release/net10.0/SocialWorkStation.Web.dll"
mkdir -p "$data"

if [ "$which" != postgres ]; then
  rm -rf "$data/sqlite"
  $bench generate --provider Sqlite --connection "Data Source=$data/sqlite/sws.db" --scale city --out "$data/sqlite"
  $bench run --manifest "$data/sqlite/manifest.json" --app "$app" --out "$root/benchmarks/results" --runs 3
fi

if [ "$which" != sqlite ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pgdir="$data/pg"
  as_postgres "$pgbin/pg_ctl" -D "$pgdir" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"; mkdir -p "$pgdir"; chmod 755 "$pgdir"; [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
  trap 'as_postgres "$pgbin/pg_ctl" -D "$pgdir" -m fast stop >/dev/null 2>&1' EXIT
  as_postgres "$pgbin/initdb" -D "$pgdir" -A trust -U postgres >/dev/null
  # Durable (fsync and synchronous_commit stay on); memory sized for a 24 GB machine shared with the app.
  as_postgres "$pgbin/pg_ctl" -w -D "$pgdir" -l "$pgdir/log" -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 \
    -c shared_buffers=2GB -c effective_cache_size=12GB -c work_mem=32MB -c maintenance_work_mem=1GB -c max_connections=200 \
    -c random_page_cost=1.1 -c max_wal_size=8GB -c checkpoint_timeout=30min" start >/dev/null
  createdb -h 127.0.0.1 -p "$pgport" -U postgres sws
  cs="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=sws"
  $bench generate --provider Postgres --connection "$cs" --scale city --out "$data/postgres"
  $bench run --manifest "$data/postgres/manifest.json" --app "$app" --out "$root/benchmarks/results" --runs 3
fi
