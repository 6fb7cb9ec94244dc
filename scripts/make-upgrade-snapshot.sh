#!/usr/bin/env bash
# Makes the upgrade snapshot of a release (issue 9): a small but complete installation written by THAT release, on SQLite
# and on PostgreSQL, for the upgrade tests of every later release (tests/SocialWorkStation.IntegrationTests/Upgrade).
#   scripts/make-upgrade-snapshot.sh [COMMIT]        (default HEAD; the commit of a release)
# Copies the commit's tree to a temporary folder (git archive; this checkout is not touched), builds its app with the
# snapshot maker (tests/SocialWorkStation.UpgradeSnapshot: the commit's own, or this checkout's when the commit predates it),
# starts it on an empty SQLite file and on an empty database of a throwaway PostgreSQL cluster (port $SWS_SNAPSHOT_PG_PORT,
# default the first free one from 55434), drives it through /api/v1, and writes Upgrade/Snapshots/<commit>/{sqlite,postgres}/:
# the SQLite file or a gzipped plain pg_dump, the attachment files, and manifest.json. Needs PostgreSQL server binaries;
# run as root or as a user who may run initdb. Encrypted fields use the checked-in TEST-ONLY key beside the snapshots.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
commit=$(git rev-parse --short=7 "${1:-HEAD}^{commit}")
snapshots=$root/tests/SocialWorkStation.IntegrationTests/Upgrade/Snapshots
out=$snapshots/$commit
key=$(tr -d '[:space:]' < "$snapshots/TEST-ONLY-protection.key")
maker=tests/SocialWorkStation.UpgradeSnapshot
work=$(mktemp -d /tmp/sws-snapshot.XXXXXX)
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgport=${SWS_SNAPSHOT_PG_PORT:-55434}
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { as_postgres "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

echo "== $commit: build the release with the snapshot maker"
mkdir -p "$work/src"
git archive "$commit" | tar -x -C "$work/src"
if [ ! -d "$work/src/$maker" ]; then
  mkdir -p "$work/src/$maker"
  (cd "$maker" && git ls-files -co --exclude-standard . | tar -cT - | tar -x -C "$work/src/$maker")
fi
dotnet build "$work/src/$maker" -c Release -nologo -v q -clp:ErrorsOnly
run_maker() { # provider connection-string dir
  dotnet "$work/src/$maker/bin/Release/net10.0/SocialWorkStation.UpgradeSnapshot.dll" --provider "$1" --connection "$2" \
    --files "$3/files" --key "$key" --manifest "$3/manifest.json" --commit "$commit"
}
rm -rf "$out"; mkdir -p "$out/sqlite" "$out/postgres"

echo "== SQLite"
run_maker Sqlite "Data Source=$work/sws.db" "$out/sqlite"
cp "$work/sws.db" "$out/sqlite/sws.db"

echo "== PostgreSQL"
mkdir -p "$work/pg"; chmod 755 "$work" "$work/pg"; [ "$(id -u)" = 0 ] && chown postgres "$work/pg"
as_postgres "$pgbin/initdb" -D "$work/pg" -A trust --no-sync -U postgres >/dev/null
# Other clusters may run on this machine: without SWS_SNAPSHOT_PG_PORT, the next port is tried while one is taken.
until as_postgres "$pgbin/pg_ctl" -w -D "$work/pg" -l "$work/pg/log" \
  -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; do
  if [ -n "${SWS_SNAPSHOT_PG_PORT:-}" ] || [ "$pgport" -ge 55499 ]; then cat "$work/pg/log"; exit 1; fi
  pgport=$((pgport + 1))
done
psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -q -c "CREATE DATABASE sws_snapshot"
run_maker Postgres "Host=127.0.0.1;Port=$pgport;Username=postgres;Database=sws_snapshot" "$out/postgres"
pg_dump -h 127.0.0.1 -p "$pgport" -U postgres --no-owner --no-privileges sws_snapshot | gzip -9n > "$out/postgres/sws.sql.gz"

du -sh "$out/sqlite" "$out/postgres"
echo "snapshot of $commit written to ${out#"$root"/}"
