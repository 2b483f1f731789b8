#!/usr/bin/env bash
# Measures push throughput and latency of lectern-server on SQLite and on PostgreSQL with the
# load generator, and prints the table docs/performance.md reports. Not part of the test run.
#
#   bench/sync.sh [RUNS] [SECONDS]      (default 3 runs of 20 s per database)
#
# Then the first full sync of three years of progress (lectern-bench-firstsync, SQLite server).
#
# Per database: the demo programme imported with --demo-users, LEARNERS learners made by
# `lectern_loadgen learners` (same enrolment as the demo learner), then per run a fresh copy of
# that database, `lectern-server serve` (release build) on loopback, and
# `lectern_loadgen run`: each learner logs in and pulls, then CONNECTIONS connections push
# batches of BATCH events for SECONDS. The figure is the median run by events/s.
# PostgreSQL is a throwaway cluster (initdb in a temporary folder, as tests/support/
# postgresprocess does, with the same settings), skipped with a note when it is not installed.
#
# Environment: LECTERN_BUILD_DIR (default build/release), LEARNERS (32), CONNECTIONS (8),
# BATCH (100), THREADS (server request threads; default the server's own choice),
# DATABASES ("sqlite postgresql"; name one to measure only it), FIRSTSYNC_RUNS (5; 0 skips the
# first sync), LECTERN_NO_BUILD=1 to measure the build as it is.
#
# Besides events/s and latency, each run reports the server's CPU time per applied event
# (utime + stime from /proc from the start of the pushes until the last answer, divided by
# lectern_sync_events_applied_total from /metrics), and on PostgreSQL the database backends'
# CPU per event the same way: figures that a busy machine distorts less than events/s.
#
# INSTRUCTIONS=1 measures instead the instructions the server runs per applied event on
# SQLite, under valgrind's callgrind, for a fixed workload (8 learners, 8 connections of
# REQUESTS pushes each, default 4): the same on a busy machine as on an idle one, to compare
# two builds. It leaves the profile in CALLGRIND_OUT (default callgrind.out.push) for
# callgrind_annotate.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
seconds="${2:-20}"
learners="${LEARNERS:-32}"
connections="${CONNECTIONS:-8}"
batch="${BATCH:-100}"

build="${LECTERN_BUILD_DIR:-build/release}"
[[ -f "$build/CMakeCache.txt" ]] || cmake --preset release >/dev/null
[[ -n "${LECTERN_NO_BUILD:-}" ]] \
    || cmake --build "$build" -j2 --target lectern-server lectern_loadgen lectern-bench-firstsync \
        >/dev/null
bin="$(cd "$build" && pwd)"
server="$bin/server/lectern-server"
loadgen="$bin/bench/lectern_loadgen"
firstsync="$bin/bench/lectern-bench-firstsync"
work="$(mktemp -d)"
server_pid=""
pg_ctl=""
cleanup() {
    [[ -n "$server_pid" ]] && { kill "$server_pid"; wait "$server_pid"; } 2>/dev/null
    [[ -n "$pg_ctl" ]] && as_pg "$pg_ctl" -D "$work/pg/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT

# PostgreSQL refuses to run as root: as the tests do, run it as the postgres user then.
as_pg() {
    if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

serve_flags=()
# The per-user push limit (when this server has one) would cap what is being measured.
[[ "$("$server" --help)" == *--push-limit* ]] && serve_flags+=(--push-limit 0)
[[ -n "${THREADS:-}" ]] && serve_flags+=(--threads "$THREADS")

# Starts the server on DATA [--database URL]; sets server_pid and base.
start_server() {
    "$server" serve --data "$1" --port 0 "${@:2}" "${serve_flags[@]}" >"$work/server.log" 2>&1 &
    server_pid=$!
    # Up to a minute: the server hashes a dummy password at start (argon2id, 64 MiB), which
    # takes seconds on a machine busy with other work.
    for _ in $(seq 1200); do
        grep -q "listening on" "$work/server.log" 2>/dev/null && break
        sleep 0.05
    done
    base="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.log" | head -1)"
    [[ -n "$base" ]] || { cat "$work/server.log" >&2; echo "the server did not start" >&2; exit 1; }
}

# utime + stime of a process, in clock ticks.
cpu_ticks() {
    awk '{print $14 + $15}' "/proc/$1/stat"
}

# The same summed over the PostgreSQL backends of the throwaway cluster (0 without one).
db_cpu_ticks() {
    local pidfile="$work/pg/data/postmaster.pid" total=0
    if [[ -n "$pg_ctl" && -f "$pidfile" ]]; then
        local postmaster
        postmaster="$(head -1 "$pidfile")"
        for pid in $(pgrep -P "$postmaster") "$postmaster"; do
            total=$((total + $(cpu_ticks "$pid" 2>/dev/null || echo 0)))
        done
    fi
    echo "$total"
}

stop_server() {
    kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

# Runs the load generator RUNS times (a fresh database each, made by "$1 RUN") and prints the
# median run's figures with the load average before each run.
measure() { # label prepare-function server-args...
    local label="$1" prepare="$2" results=()
    shift 2
    for run in $(seq "$runs"); do
        local args
        args="$("$prepare" "$run")"
        # shellcheck disable=SC2086
        start_server $args
        local load
        load="$(cut -d' ' -f1 /proc/loadavg)"
        # The load generator says on stderr when the pushes start (logins and pulls are done):
        # the server's CPU time is taken then and once it has answered the last push. (The
        # previous run's file goes first, or its line would be found before this one starts.)
        rm -f "$work/loadgen.err"
        "$loadgen" run --url "$base" --learners "$learners" --connections "$connections" \
            --seconds "$seconds" --batch "$batch" >"$work/loadgen.out" 2>"$work/loadgen.err" &
        local loadgen_pid=$!
        until grep -q "pushing for" "$work/loadgen.err" 2>/dev/null \
            || ! kill -0 "$loadgen_pid" 2>/dev/null; do
            sleep 0.01
        done
        local cpu_before db_before
        cpu_before="$(cpu_ticks "$server_pid")"
        db_before="$(db_cpu_ticks)"
        wait "$loadgen_pid" || { cat "$work/loadgen.out" "$work/loadgen.err" >&2; exit 1; }
        local cpu_after db_after
        cpu_after="$(cpu_ticks "$server_pid")"
        db_after="$(db_cpu_ticks)"
        local out applied
        out="$(cat "$work/loadgen.out")"
        # Every event the server applied, counted by the server: the pushes of the window and
        # the few answered just after it, which the CPU time above also covers.
        applied="$(curl -s "$base/metrics" | awk '/^lectern_sync_events_applied_total/ {n += $2} END {print n + 0}')"
        stop_server
        results+=("$(python3 -c '
import json, os, sys
d = json.loads(sys.argv[1])
d["load"] = float(sys.argv[2])
tick_us = 1e6 / os.sysconf("SC_CLK_TCK")
applied = max(int(sys.argv[3]), 1)
d["server_cpu_us_per_event"] = round((int(sys.argv[5]) - int(sys.argv[4])) * tick_us / applied, 1)
d["db_cpu_us_per_event"] = round((int(sys.argv[7]) - int(sys.argv[6])) * tick_us / applied, 1)
print(json.dumps(d))' "$out" "$load" "$applied" "$cpu_before" "$cpu_after" "$db_before" "$db_after")")
        echo "  $label run $run: ${results[-1]}" >&2
    done
    printf '%s\n' "${results[@]}" | python3 -c '
import json, sys
label = sys.argv[1]
runs = [json.loads(line) for line in sys.stdin]
runs.sort(key=lambda d: d["events_per_s"])
m = runs[len(runs) // 2]
every = " / ".join(str(r["events_per_s"]) for r in runs)
cells = [label, format(m["events_per_s"], ","), m["p50_ms"], m["p99_ms"], m["max_ms"],
         m["server_cpu_us_per_event"], m["db_cpu_us_per_event"] or "-",
         m["requests"], m["rejected"], m["pull_ms"], m["load"], every]
print("| " + " | ".join(str(c) for c in cells) + " |")
' "$label"
}

echo "learners $learners, connections $connections, batch $batch, $seconds s per run, $runs runs" >&2
header="| database | events/s (median) | p50 ms | p99 ms | max ms | server CPU µs/event | PostgreSQL CPU µs/event | requests | rejected | pull ms | load avg | events/s of every run |
|---|---|---|---|---|---|---|---|---|---|---|---|"

# SQLite: import once, copy the data folder per run.
"$server" import resources/demo --data "$work/sqlite" --demo-users >/dev/null 2>&1
"$loadgen" learners --data "$work/sqlite" --count "$learners"
prepare_sqlite() {
    rm -rf "$work/run" && cp -r "$work/sqlite" "$work/run"
    echo "$work/run"
}

# Instructions per applied event under callgrind (INSTRUCTIONS=1), counted from the first push
# to the last answer.
measure_instructions() {
    local data out="${CALLGRIND_OUT:-callgrind.out.push}"
    data="$(prepare_sqlite)"
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$out" \
        "$server" serve --data "$data" --port 0 "${serve_flags[@]}" >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 600); do
        grep -q "listening on" "$work/server.log" 2>/dev/null && break
        sleep 0.1
    done
    base="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.log" | head -1)"
    [[ -n "$base" ]] || { cat "$work/server.log" >&2; exit 1; }
    "$loadgen" run --url "$base" --learners 8 --connections 8 --seconds 100000 \
        --requests "${REQUESTS:-4}" --batch "$batch" >"$work/loadgen.out" 2>"$work/loadgen.err" &
    local loadgen_pid=$!
    until grep -q "pushing for" "$work/loadgen.err" 2>/dev/null \
        || ! kill -0 "$loadgen_pid" 2>/dev/null; do
        sleep 0.05
    done
    callgrind_control -i on "$server_pid" >/dev/null 2>&1
    wait "$loadgen_pid" || { cat "$work/loadgen.out" "$work/loadgen.err" >&2; exit 1; }
    callgrind_control -i off "$server_pid" >/dev/null 2>&1
    local applied
    applied="$(curl -s "$base/metrics" | awk '/^lectern_sync_events_applied_total/ {n += $2} END {print n + 0}')"
    stop_server
    local collected
    collected="$(awk '/Collected :/ {print $4}' "$work/server.log")"
    echo "instructions per applied event: $((collected / applied)) ($collected for $applied events; profile in $out)"
}
if [[ -n "${INSTRUCTIONS:-}" ]]; then
    measure_instructions
    exit 0
fi
rows=()
databases="${DATABASES:-sqlite postgresql}"
[[ "$databases" == *sqlite* ]] && rows+=("$(measure SQLite prepare_sqlite)")

# PostgreSQL: a throwaway cluster; import into a template database, one copy per run.
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [[ "$databases" != *postgresql* ]]; then
    :
elif [[ -n "$pg_bin" && -x "$pg_bin/initdb" ]]; then
    mkdir -p "$work/pg"
    [[ "$(id -u)" == 0 ]] && chown postgres: "$work/pg" && chmod 755 "$work"
    as_pg "$pg_bin/initdb" -D "$work/pg/data" -U lectern -A trust -E UTF8 --locale=C --no-sync \
        >/dev/null
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    # The tests' settings (tests/support/postgresprocess.cpp): a throwaway cluster need not
    # survive a power cut, so it does not wait for the disk.
    as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $work/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null
    pg_ctl="$pg_bin/pg_ctl"
    psql_run() { as_pg psql -h 127.0.0.1 -p "$port" -U lectern -d postgres -q -c "$1" >/dev/null; }
    psql_run "CREATE DATABASE template_lectern"
    pg_url="postgresql://lectern@127.0.0.1:$port/template_lectern"
    "$server" import resources/demo --data "$work/pgdata" --database "$pg_url" --demo-users \
        >/dev/null 2>&1
    "$loadgen" learners --data "$work/pgdata" --database "$pg_url" --count "$learners"
    prepare_pg() {
        psql_run "CREATE DATABASE run$1 TEMPLATE template_lectern"
        echo "$work/pgdata --database postgresql://lectern@127.0.0.1:$port/run$1"
    }
    rows+=("$(measure PostgreSQL prepare_pg)")
else
    rows+=("| PostgreSQL | not measured: no initdb under /usr/lib/postgresql |||||||||")
fi

echo "$header"
printf '%s\n' "${rows[@]}"

# First full sync: the demo learner with three years of progress (seeded by the program through
# pushes), synced FIRSTSYNC_RUNS times (default 5) into an empty client database on SQLite.
[[ "${FIRSTSYNC_RUNS:-5}" == 0 ]] && exit 0
"$server" import resources/demo --data "$work/first" --demo-users >/dev/null 2>&1
start_server "$work/first"
echo
echo "first full sync (SQLite server), load average $(cut -d' ' -f1-3 /proc/loadavg):"
QT_QPA_PLATFORM=offscreen "$firstsync" "$base" --runs "${FIRSTSYNC_RUNS:-5}"
stop_server
