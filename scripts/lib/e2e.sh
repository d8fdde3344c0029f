#!/usr/bin/env bash
# Browser tests: builds the app, starts the example backend (which serves the app) with a fresh
# in-memory database, waits until the example catalog is ingested, runs Playwright, stops.
# Expects node and yarn on PATH (scripts/test sources bootstrap.sh first).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
LOG="$(mktemp /tmp/platform-product-e2e-backend.XXXXXX.log)"
URL=http://localhost:7007

echo "Building the app…"
yarn workspace app build >/dev/null

echo "Starting the backend (log: $LOG)…"
set -m
(cd packages/backend && exec yarn start --config ../../app-config.yaml --config ../../app-config.e2e.yaml) >"$LOG" 2>&1 &
BACKEND_PID=$!
set +m
trap 'kill -- -$BACKEND_PID 2>/dev/null || true' EXIT

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

PLAYWRIGHT_URL="$URL" yarn playwright test
