#!/usr/bin/env bash
# Checks the runtime contract on the built app: /health on PGlite, a second server on the
# same data dir refused with the holder's pid while the first keeps serving, SIGTERM exits
# 0 within 10 s and releases the lock, and (given a PostgreSQL URL) /health on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
pg_url="${1:-}"
dir=$(mktemp -d)
port=4391
fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
wait_health() {
	for _ in $(seq 1 60); do
		curl -fsS "http://127.0.0.1:$1/health" 2>/dev/null && return 0
		sleep 0.5
	done
	return 1
}
[ -f build/handler.js ] || npx vite build --logLevel warn

SIF_DATA_DIR="$dir" node bin/sif.mjs serve --port $port >"$dir/serve.log" 2>&1 &
pid=$!
health=$(wait_health $port) || { cat "$dir/serve.log"; fail "no /health on PGlite"; }
echo "$health" | grep -q '"database":"pglite"' || fail "health says $health"
echo "smoke: /health on PGlite: $health"

set +e
second=$(SIF_DATA_DIR="$dir" node bin/sif.mjs serve --port $((port + 1)) 2>&1)
code=$?
set -e
[ "$code" = 1 ] || fail "second server exited $code, expected 1"
echo "$second" | grep -q "pid $pid" || fail "second server did not name the holder's pid $pid: $second"
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || fail "the first server stopped serving"
echo "smoke: second server refused: $second"

t0=$(date +%s%N)
kill -TERM $pid
set +e
wait $pid
code=$?
set -e
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$code" = 0 ] || fail "SIGTERM exit code $code"
[ "$ms" -lt 10000 ] || fail "SIGTERM took ${ms} ms"
[ ! -e "$dir/sif.lock" ] || fail "the lock was not released"
echo "smoke: SIGTERM exit 0 in ${ms} ms, lock released"

# npm start: builds when needed, serves, and passes SIGTERM straight to node (exit 0).
PORT=$port SIF_DATA_DIR="$dir" npm start >"$dir/start.log" 2>&1 &
pid=$!
health=$(wait_health $port) || { cat "$dir/start.log"; fail "npm start did not serve /health"; }
kill -TERM $pid
set +e
wait $pid
code=$?
set -e
[ "$code" = 0 ] || { cat "$dir/start.log"; fail "npm start exited $code after SIGTERM"; }
echo "smoke: npm start served $health and exited 0 on SIGTERM"

if [ -n "$pg_url" ]; then
	DATABASE_URL="$pg_url" node bin/sif.mjs serve --port $port >"$dir/serve-pg.log" 2>&1 &
	pid=$!
	health=$(wait_health $port) || { cat "$dir/serve-pg.log"; fail "no /health on PostgreSQL"; }
	echo "$health" | grep -q '"database":"postgres"' || fail "health says $health"
	kill -TERM $pid
	wait $pid || fail "PostgreSQL server did not exit 0"
	echo "smoke: /health on PostgreSQL: $health"
fi
rm -rf "$dir"
echo "smoke: all checks passed"
