#!/usr/bin/env bash
# Builds Lectern and runs every test: unit, integration (real lectern-server on loopback),
# GUI (offscreen) and the clang-format check. Installs missing Debian packages first.
# Usage: scripts/test.sh [extra ctest arguments, e.g. -L unit]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

cmake --preset dev
cmake --build --preset dev -j "$(nproc)"

# Real lecture media for the playback tests: made once, then cached (docs/media.md).
scripts/make-demo-media.sh .cache/demo-media
export LECTERN_DEMO_MEDIA="$PWD/.cache/demo-media"

export QT_QPA_PLATFORM=offscreen
# No sound card in CI: GStreamer and Qt Multimedia must fail soft, and quietly.
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-qt.multimedia.*=false}"
ctest --preset dev -j "$(nproc)" "$@"
