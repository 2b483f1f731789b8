#!/usr/bin/env bash
# Builds Lectern and runs every test and quality gate (what .ci/run calls):
#  1. the dev build (warnings are errors) and all its ctest tests: unit, integration (real
#     lectern-server on loopback), GUI (offscreen), the Debian packages, the clang-format check;
#  2. clang-tidy over core/ with the committed .clang-tidy (scripts/clang-tidy.sh);
#  3. the asan build (ASan + UBSan) and its unit and integration tests;
#  4. a short libFuzzer run of every fuzz target (scripts/fuzz.sh, 40 s each).
# A failing gate does not stop the later ones; the exit status is 1 if any failed.
# Installs missing Debian packages first.
# Usage: scripts/test.sh [extra ctest arguments, e.g. -L unit]
#   With arguments, only the dev build's ctest runs, with them: a quick loop while working.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

started=$SECONDS
failed=()
# gate NAME COMMAND...: runs one gate, notes its time and whether it failed.
gate() {
    local name="$1" begin=$SECONDS
    shift
    echo "=== $name"
    if "$@"; then
        echo "=== $name: passed in $((SECONDS - begin)) s"
    else
        echo "=== $name: FAILED after $((SECONDS - begin)) s"
        failed+=("$name")
    fi
}

cmake --preset dev
cmake --build --preset dev -j "$(nproc)"

# Real lecture media for the playback tests: made once, then cached (docs/media.md).
scripts/make-demo-media.sh .cache/demo-media
export LECTERN_DEMO_MEDIA="$PWD/.cache/demo-media"

export QT_QPA_PLATFORM=offscreen
# No sound card in CI: GStreamer and Qt Multimedia must fail soft, and quietly.
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-qt.multimedia.*=false}"
if (($# > 0)); then
    exec ctest --preset dev -j "$(nproc)" "$@"
fi
gate "dev tests" ctest --preset dev -j "$(nproc)"

gate "clang-tidy on core/" scripts/clang-tidy.sh build/dev

# The asan build compiles only what its tests run: the unit and integration test executables
# (and the server they start), not the client, the GUI tests or the benchmarks, which saves a
# third of the full build. GUI tests are left out because under ASan they mostly exercise Qt
# and GStreamer, at several times their normal run time. The asan test preset selects the
# unit and integration labels, leaves out any test also labelled gui (tests/gui, not built
# here), and sets UBSAN_OPTIONS so the first report stops the test with a stack trace.
# (Called as a gate, so errexit is off in here: every step checks its own status.)
asan_build() {
    cmake --preset asan >/dev/null || return 1
    local targets
    mapfile -t targets < <(ninja -C build/asan -t targets all \
        | sed -nE 's#^(tests/(unit|integration)/[^:/]+): CXX_EXECUTABLE_LINKER.*#\1#p')
    ((${#targets[@]} > 0)) || { echo "asan: no unit or integration test executables" >&2; return 1; }
    cmake --build --preset asan -j "$(nproc)" --target "${targets[@]}" || return 1
}
gate "asan build" asan_build
if [[ " ${failed[*]} " != *" asan build "* ]]; then
    gate "asan tests" ctest --preset asan -j "$(nproc)"
fi

# 40 s per target keeps the whole command well under 30 minutes on 2 cores; every committed
# regression input still runs first, and longer runs are for scripts/fuzz.sh by hand.
gate "fuzzing" env FUZZ_SECONDS="${FUZZ_SECONDS:-40}" scripts/fuzz.sh

echo "=== all gates ran in $((SECONDS - started)) s"
if ((${#failed[@]} > 0)); then
    printf '=== FAILED: %s\n' "${failed[@]}"
    exit 1
fi
echo "=== every gate passed"
