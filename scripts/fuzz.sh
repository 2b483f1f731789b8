#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang in build/fuzz and runs each one for
# FUZZ_SECONDS (default 60), two at a time, starting from its committed seeds and regression
# inputs copied into a temporary corpus, so the committed corpus never grows (docs/fuzzing.md).
# Exits non-zero when any target finds a crash, a hang or undefined behaviour; the input that
# did it is kept under build/fuzz/findings/<target>/ and its path printed.
#
# Usage: scripts/fuzz.sh [target ...]      targets: gift webvtt catalog quiz media jsonlineindex
#   FUZZ_SECONDS=600 scripts/fuzz.sh gift  runs one target for ten minutes
#   FUZZ_JOBS=1 scripts/fuzz.sh            one target at a time
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(gift webvtt catalog quiz media jsonlineindex)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-2}
build=build/fuzz
findings=$PWD/$build/findings

for target in "${targets[@]}"; do
    if [[ ! -d tests/fuzz/corpus/$target ]]; then
        echo "fuzz.sh: no target '$target' (known: ${all_targets[*]})" >&2
        exit 2
    fi
done
for tool in clang++-14 clang-14 ninja; do
    if ! command -v "$tool" >/dev/null; then
        echo "fuzz.sh: $tool is missing; scripts/install-deps.sh installs it" >&2
        exit 2
    fi
done

mkdir -p build
# Optimised with debug info: libFuzzer finds far more per second than at -O0, and the
# sanitizers still name the file and line.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14 -DLECTERN_FUZZ=ON \
    -Wno-dev >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

work=$(mktemp -d "${TMPDIR:-/tmp}/lectern-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
rm -rf "$findings"
mkdir -p "$findings"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# One target: its own working corpus, log and findings folder. Returns libFuzzer's exit code.
run_target() {
    local target=$1
    local corpus=$work/$target
    mkdir -p "$corpus" "$findings/$target"
    cp tests/fuzz/corpus/"$target"/* "$corpus"/
    if [[ -d tests/fuzz/regressions/$target ]]; then
        cp tests/fuzz/regressions/"$target"/* "$corpus"/
    fi
    # -max_len keeps mutations small and fast; a longer regression input (a hang needs length)
    # is cut to it here and replayed whole by tst_fuzzregressions.
    local dict=()
    [[ -f tests/fuzz/dicts/$target.dict ]] && dict=(-dict="tests/fuzz/dicts/$target.dict")
    "$build/tests/fuzz/fuzz_$target" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 -artifact_prefix="$findings/$target/" \
        "$corpus" >"$findings/$target.log" 2>&1
}

failed=()
report() {
    local target=$1 status=$2
    local stats
    stats=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$findings/$target.log" | tail -n 1 || true)
    if [[ $status -eq 0 ]]; then
        echo "fuzz: $target passed ${seconds}s: ${stats:-no stats}"
        rmdir "$findings/$target" 2>/dev/null || true
        return
    fi
    failed+=("$target")
    echo "fuzz: $target FAILED (exit $status); the last lines of $findings/$target.log:"
    tail -n 40 "$findings/$target.log" | sed 's/^/    /'
    local input
    for input in "$findings/$target"/*; do
        [[ -e $input ]] && echo "fuzz: $target: input that failed: $input"
    done
    echo "fuzz: replay it with $build/tests/fuzz/fuzz_$target <input>; docs/fuzzing.md says how"
    echo "      to turn it into a regression test."
}

# Waits for one running target to finish and reports it.
declare -A running=() # pid -> target
reap_one() {
    local pid status=0
    wait -n -p pid "${!running[@]}" || status=$?
    report "${running[$pid]}" "$status"
    unset "running[$pid]"
}

# FUZZ_JOBS at a time (two cores, two targets): each target is one process, so the run takes
# about ceil(targets / jobs) * FUZZ_SECONDS after the build.
for target in "${targets[@]}"; do
    while [[ ${#running[@]} -ge $jobs ]]; do
        reap_one
    done
    echo "fuzz: running $target for ${seconds}s"
    run_target "$target" &
    running[$!]=$target
done
while [[ ${#running[@]} -gt 0 ]]; do
    reap_one
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: all ${#targets[@]} target(s) passed"
