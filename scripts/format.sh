#!/usr/bin/env bash
# Formats every C++ file in place with the committed .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
find app core ui server tests bench -name '*.cpp' -o -name '*.h' 2>/dev/null | xargs -r clang-format -i
