#!/usr/bin/env bash
# Fails when the model has changes that no migration captures, for either provider.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations has-pending-model-changes --no-build --configuration "${CONFIGURATION:-Debug}" --project src/SocialWorkStation.Data --startup-project src/SocialWorkStation.Web --context "${ctx}AppDbContext"
done
