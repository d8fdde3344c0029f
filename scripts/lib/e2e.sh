#!/usr/bin/env bash
# Browser tests: builds the example portal (new frontend system) and the minimal legacy-system app,
# starts the example backend (which serves the portal on :7007) with a fresh in-memory database,
# serves the legacy app on :3001, waits until the example catalog is ingested, runs Playwright,
# stops. Run it under `flock /tmp/e2e.lock` on shared machines: the ports are fixed. Arguments go
# to Playwright, e.g. a subset of test files: `scripts/lib/e2e.sh packages/app/e2e-tests/feedback.test.ts`.
# Expects node and yarn on PATH (scripts/test sources bootstrap.sh first).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
LOG="$(mktemp /tmp/platform-product-e2e-backend.XXXXXX.log)"
URL=http://localhost:7007
LEGACY_URL=http://localhost:3001

echo "Building the apps…"
yarn workspace app build >/dev/null
(cd packages/app-legacy && yarn backstage-cli package build \
  --config ../../app-config.yaml --config ../../app-config.e2e-legacy-app.yaml >/dev/null)

echo "Starting the backend (log: $LOG)…"
set -m
(cd packages/backend && exec yarn start --config ../../app-config.yaml --config ../../app-config.e2e.yaml) >"$LOG" 2>&1 &
BACKEND_PID=$!
node scripts/lib/serve-static.js packages/app-legacy/dist 3001 &
LEGACY_PID=$!
set +m
trap 'kill -- -$BACKEND_PID 2>/dev/null || true; kill $LEGACY_PID 2>/dev/null || true' EXIT

token() {
  curl -sf -H 'x-demo-user: alex.morgan' "$URL/api/auth/demo/refresh" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).backstageIdentity.token))'
}
for i in $(seq 1 120); do
  if TOKEN="$(token 2>/dev/null)" && [ -n "$TOKEN" ] \
    && curl -sf -H "Authorization: Bearer $TOKEN" "$URL/api/catalog/entities/by-name/component/default/checkout-service" >/dev/null; then
    break
  fi
  if ! kill -0 "$BACKEND_PID" 2>/dev/null; then
    echo "The backend exited:"; tail -50 "$LOG"; exit 1
  fi
  [ "$i" = 120 ] && { echo "The backend did not become ready:"; tail -50 "$LOG"; exit 1; }
  sleep 1
done
echo "Backend ready after ${i}s."
for i in $(seq 1 90); do
  curl -sf -H "Authorization: Bearer $TOKEN" \
    "$URL/api/platform-product/surveys" | grep -qE '"totalCount": *[1-9]' && break
  [ "$i" = 90 ] && { echo "The demo data was not seeded:"; tail -50 "$LOG"; exit 1; }
  sleep 1
done
echo "Demo data seeded after ${i}s more."

PLAYWRIGHT_URL="$URL" PLAYWRIGHT_LEGACY_URL="$LEGACY_URL" yarn playwright test "$@"
