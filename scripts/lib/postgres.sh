#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for store tests. Sourced by scripts/test.
#   pg_start   starts a cluster on a free port, exports PG_URL; returns 1 if PG 15 is not installed
#   pg_stop    stops it and deletes its files (safe to call twice)

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_DIR=""

pg_start() {
  [ -x "$PG_BIN/initdb" ] || return 1
  PG_DIR="$(mktemp -d /tmp/platform-product-pg.XXXXXX)"
  mkdir -p "$PG_DIR/data" "$PG_DIR/sock"
  local port
  port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  local as=()
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres:postgres "$PG_DIR"
    as=(su postgres -c)
  else
    as=(bash -c)
  fi
  "${as[@]}" "'$PG_BIN/initdb' -D '$PG_DIR/data' -U postgres --auth=trust >'$PG_DIR/initdb.log' 2>&1"
  "${as[@]}" "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -w -l '$PG_DIR/server.log' \
    -o \"-p $port -k $PG_DIR/sock -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
  export PG_URL="postgresql://postgres@127.0.0.1:$port"
}

pg_stop() {
  [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ] || return 0
  if [ "$(id -u)" = 0 ]; then
    su postgres -c "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m immediate stop" >/dev/null 2>&1 || true
  else
    "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR"
  PG_DIR=""
}
