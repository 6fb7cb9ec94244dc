#!/usr/bin/env bash
# README command 2: installs what the tests need, runs every test (integration and browser tests on
# SQLite AND PostgreSQL), and prints "N passed, N failed" last.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
config=${CONFIGURATION:-Release}
results="$root/TestResults"
rm -rf "$results"; mkdir -p "$results"

# Each step's name and start, for the timing table printed before the summary (issue 9: CI stays under 30 minutes).
step_names=(); step_starts=()
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; step_names+=("$1"); step_starts+=("$SECONDS"); }
timing_table() {
  local i end total=$SECONDS
  printf '\n%-72s %8s\n' "step" "seconds"
  for i in "${!step_names[@]}"; do
    end=${step_starts[$((i + 1))]:-$total}
    printf '%-72.72s %8d\n' "${step_names[$i]}" $((end - step_starts[i]))
  done
  printf '%-72s %8d\n' "total" "$total"
}
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

step "system packages"
need=()
for p in chromium fonts-noto-cjk fonts-wqy-zenhei poppler-utils postgresql; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "apt-get install ${need[*]} failed"; echo "0 passed, 1 failed"; exit 1; }
fi

step "throwaway PostgreSQL"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdir=$(mktemp -d /tmp/sws-pg.XXXXXX)
pgport=${SWS_PG_PORT:-55432}
chmod 755 "$pgdir"; [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
cleanup() { as_postgres "$pgbin/pg_ctl" -D "$pgdir" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"; }
trap cleanup EXIT
as_postgres "$pgbin/initdb" -D "$pgdir" -A trust --no-sync -U postgres >/dev/null
as_postgres "$pgbin/pg_ctl" -w -D "$pgdir" -l "$pgdir/log" \
  -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" start >/dev/null \
  || { cat "$pgdir/log"; echo "0 passed, 1 failed"; exit 1; }
export SWS_TEST_PG="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Pooling=true"

step "build"
dotnet tool restore >/dev/null
if ! dotnet build SocialWorkStation.slnx -c "$config" -nologo -v q -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"; exit 1
fi

failed_steps=0
step "migrations match the model (both providers)"
CONFIGURATION=$config scripts/check-migrations.sh || failed_steps=$((failed_steps + 1))
step "benchmark instrument at tiny scale (issue 4: generator + runner --quick; no speed asserted)"
CONFIGURATION=$config scripts/bench-smoke.sh || failed_steps=$((failed_steps + 1))

run_tests() { # project, label, extra env...
  local project=$1 label=$2; shift 2
  env "$@" dotnet test "tests/$project" -c "$config" --no-build --nologo \
    --logger "trx;LogFileName=$label.trx" --logger "console;verbosity=minimal" --results-directory "$results" \
    || true
}
step "tests: unit"; run_tests SocialWorkStation.UnitTests unit
step "tests: architecture"; run_tests SocialWorkStation.ArchitectureTests architecture
step "tests: integration (SQLite and PostgreSQL)"; run_tests SocialWorkStation.IntegrationTests integration
step "tests: browser (SQLite and PostgreSQL side by side)"
# The browser suites mostly wait on the browser and the circuit, so the two providers run side by side.
run_tests SocialWorkStation.BrowserTests browser-sqlite SWS_BROWSER_PROVIDER=Sqlite > "$results/browser-sqlite.log" 2>&1 &
sqlite_pid=$!
run_tests SocialWorkStation.BrowserTests browser-postgres SWS_BROWSER_PROVIDER=Postgres
wait "$sqlite_pid"
cat "$results/browser-sqlite.log"

step "summary"
timing_table
passed=0; failed=0; expected=5
found=$(ls "$results"/*.trx 2>/dev/null | wc -l)
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
  f=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
  echo "$(basename "$trx" .trx): ${p:-0} passed, ${f:-0} failed"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
# A test run that produced no results file (crash, hang killed) counts as a failure, never as green.
failed=$((failed + failed_steps + expected - found))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
