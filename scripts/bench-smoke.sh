#!/usr/bin/env bash
# CI smoke run of the benchmark instrument (issue 4): generate a tiny data set and run every benchmark scenario and a
# 3-second load test against the Release app, on SQLite and (when scripts/test.sh started one) PostgreSQL.
# Exits non-zero when the generator fails or any request or raw query errs, so an instrument that no longer matches
# the app is caught. It asserts no speed: figures from a tiny data set on a CI machine mean nothing.
# Needs a Release build (scripts/test.sh builds first). PostgreSQL: SWS_TEST_PG = Npgsql connection string of a
# server where the user may create databases (scripts/test.sh exports it).
set -euo pipefail
cd "$(dirname "$0")/.."
config=${CONFIGURATION:-Release}
bench=benchmarks/SocialWorkStation.Benchmarks/bin/$config/net10.0/SocialWorkStation.Benchmarks.dll
app=src/SocialWorkStation.Web/bin/$config/net10.0/SocialWorkStation.Web.dll
work=$(mktemp -d /tmp/sws-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

smoke() { # provider connection-string
  local provider=$1 connection=$2 dir="$work/$1"
  echo "-- benchmark smoke run: $provider"
  dotnet "$bench" generate --provider "$provider" --connection "$connection" --scale tiny --out "$dir"
  # The generated audit rows must chain onto the app's own (C7.3.2): the app's verifier checks every row. The chain is
  # keyed by the data set's protection key (docs/adr/016); its checkpoints go beside the data set, not into ./data.
  local key
  key=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["protectionKey"])' "$dir/manifest.json")
  dotnet "$app" verify-audit "--Database:Provider=$provider" "--ConnectionStrings:$provider=$connection" \
    "--Protection:Key=$key" "--Audit:CheckpointDirectory=$dir/audit-checkpoints"
  dotnet "$bench" run --manifest "$dir/manifest.json" --app "$app" --out "$work/results" --quick > "$work/$provider.md"
  awk '/^\| scenario \| c=1/ { t = 1 } t && /^\|/ { print } t && !/^\|/ { exit }' "$work/$provider.md"   # scenario table for the CI log
}

mkdir -p "$work/Sqlite"
smoke Sqlite "Data Source=$work/Sqlite/sws.db"

if [ -n "${SWS_TEST_PG:-}" ]; then
  port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<< "$SWS_TEST_PG")
  db=sws_bench_smoke
  psql -h 127.0.0.1 -p "${port:-5432}" -U postgres -d postgres -q \
    -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
  smoke Postgres "$(sed "s/Database=[^;]*/Database=$db/" <<< "$SWS_TEST_PG")"
  psql -h 127.0.0.1 -p "${port:-5432}" -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
fi
echo "benchmark smoke run: ok"
