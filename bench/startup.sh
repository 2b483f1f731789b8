#!/usr/bin/env bash
# Measures the client's start-up against a bare Qt Widgets window and prints the figures
# docs/performance.md reports. Not part of the test run.
#
#   bench/startup.sh [RUNS]      (default 15 runs of each program per platform)
#
# 1. lectern-bench-startupdata makes a data folder holding the demo programme (applied through
#    the catalog wire format, as a sync does) and three years of viewing of all 161 lectures
#    recorded through ProgressRepository.
# 2. Each run copies that folder afresh and times, as whole processes from launch to exit:
#    - `lectern --data-dir COPY --quit-after-startup`: exits once the main window has painted
#      the programme and its progress loaded from the local database;
#    - lectern-bench-barewindow: an empty QMainWindow of the same size, exits after its first
#      paint (the baseline the aim is measured against);
#    - lectern-bench-mediawindow: the bare window plus the QMediaPlayer, QAudioOutput and
#      QVideoWidget the lecture page makes, to show what Qt Multimedia alone costs;
#    - the bare window with every shared library Lectern links and it does not (Qt Multimedia,
#      Charts, Sql, Network, the keychain and what they pull in: PulseAudio, codecs, Kerberos…)
#      preloaded, to show what loading them costs before Lectern runs a line of its own.
#    The runs alternate so drift in machine load hits all three alike.
# 3. Under QT_QPA_PLATFORM=offscreen, then under Xvfb (xcb) when Xvfb is installed.
#
# LECTERN_BUILD_DIR picks the build to measure (default build/release, built here first).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"

build="${LECTERN_BUILD_DIR:-build/release}"
if [[ -z "${LECTERN_BUILD_DIR:-}" ]]; then
    scripts/install-deps.sh >/dev/null
    cmake --preset release >/dev/null
fi
cmake --build "$build" -j "$(nproc)" --target lectern lectern-bench-barewindow \
    lectern-bench-mediawindow lectern-bench-startupdata >/dev/null
bin="$(cd "$build" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bin/bench/lectern-bench-startupdata" resources/demo "$work/data" 2>/dev/null

# The libraries Lectern's executable needs beyond the bare window's, for LD_PRELOAD.
extra_libs="$(comm -23 <(ldd "$bin/app/lectern" | awk '/=>/ {print $3}' | sort -u) \
    <(ldd "$bin/bench/lectern-bench-barewindow" | awk '/=>/ {print $3}' | sort -u) | tr '\n' ' ')"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now_ms() { date +%s%3N; }

# Runs "$@" once and prints its wall time in ms; fails loudly if it did not start up properly.
time_once() {
    local start out
    start="$(now_ms)"
    out="$("$@" 2>"$work/stderr")" || { cat "$work/stderr" >&2; echo "failed: $*" >&2; exit 1; }
    echo "$(( $(now_ms) - start ))"
    echo "$out" >"$work/last-stdout"
}

measure() { # platform label
    local lectern=() bare=() media=() linked=()
    for _ in $(seq "$runs"); do
        rm -rf "$work/run" && cp -r "$work/data" "$work/run"
        lectern+=("$(time_once "$bin/app/lectern" --data-dir "$work/run" --quit-after-startup)")
        grep -q "painted 27 courses with progress on 161 lectures" "$work/last-stdout" \
            || { echo "lectern did not show the programme: $(cat "$work/last-stdout")" >&2; exit 1; }
        bare+=("$(time_once "$bin/bench/lectern-bench-barewindow")")
        media+=("$(time_once "$bin/bench/lectern-bench-mediawindow")")
        linked+=("$(time_once env LD_PRELOAD="$extra_libs" "$bin/bench/lectern-bench-barewindow")")
    done
    local l b m k
    l="$(printf '%s\n' "${lectern[@]}" | median)"
    b="$(printf '%s\n' "${bare[@]}" | median)"
    m="$(printf '%s\n' "${media[@]}" | median)"
    k="$(printf '%s\n' "${linked[@]}" | median)"
    echo "$1 ($runs runs, median wall ms, launch to exit):"
    echo "  lectern --quit-after-startup:  $l   [${lectern[*]}]"
    echo "  bare QMainWindow:              $b   [${bare[*]}]"
    echo "  bare window + Qt Multimedia:   $m   [${media[*]}]"
    echo "  bare window + Lectern's libs:  $k   [${linked[*]}]"
    echo "  ratio lectern / bare window:   $(python3 -c "print(f'{$l / $b:.2f}')")  (aim <= 1.5)"
    echo "  ratio media window / bare:     $(python3 -c "print(f'{$m / $b:.2f}')")"
    echo "  ratio lectern / bare + libs:   $(python3 -c "print(f'{$l / $k:.2f}')")"
}

export QT_QPA_PLATFORM=offscreen
measure "offscreen"
if command -v Xvfb >/dev/null; then
    # One X server for all runs, so only the programs are timed.
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
    xvfb_pid=$!
    trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
    for _ in $(seq 100); do
        [[ -s "$work/display" ]] && break
        sleep 0.1
    done
    export DISPLAY=":$(cat "$work/display")" QT_QPA_PLATFORM=xcb
    measure "Xvfb (xcb)"
fi
