#!/usr/bin/env bash
# Adds one migration to BOTH providers (never hand-edit the generated files).
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
dotnet build src/SocialWorkStation.Web -v q -nologo
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/SocialWorkStation.Data --startup-project src/SocialWorkStation.Web \
    --context "${ctx}AppDbContext" --output-dir "Migrations/$ctx"
done
