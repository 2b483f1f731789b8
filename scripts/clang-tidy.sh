#!/usr/bin/env bash
# Runs clang-tidy with the committed .clang-tidy over every core/ source file in a build
# folder's compile_commands.json (headers under core/ are checked with the files that include
# them). Exits 1 on any finding, or when clang-tidy or the compilation database is missing.
# Usage: scripts/clang-tidy.sh [BUILD_DIR]   (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir="${1:-build/dev}"
database="$build_dir/compile_commands.json"
tidy="$(command -v clang-tidy-14 || command -v clang-tidy || true)"
if [[ -z "$tidy" ]]; then
    echo "clang-tidy: not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
fi
if [[ ! -f "$database" ]]; then
    echo "clang-tidy: no $database; configure that build first" >&2
    exit 1
fi

# The files the build compiles, not a glob: a file left out of core/CMakeLists.txt has no flags.
# The build's precompiled headers (cmake/precompiledheaders.cmake) are GCC's format, which
# clang cannot read, so the commands are copied without them into a database of our own; each
# file is then checked with only the headers it includes itself.
tidy_db="$(mktemp -d)"
trap 'rm -rf "$tidy_db"' EXIT
mapfile -t files < <(python3 - "$database" "$PWD/core/" "$tidy_db/compile_commands.json" <<'PY'
import json, re, sys
entries = [e for e in json.load(open(sys.argv[1])) if e["file"].startswith(sys.argv[2])]
for e in entries:
    e["command"] = re.sub(r" -Winvalid-pch| -include \S*cmake_pch\.hxx", "", e["command"])
json.dump(entries, open(sys.argv[3], "w"))
print("\n".join(sorted({e["file"] for e in entries})))
PY
)
if ((${#files[@]} == 0)); then
    echo "clang-tidy: $database lists no file under core/" >&2
    exit 1
fi

jobs="$(nproc)"
echo "clang-tidy: checking ${#files[@]} core/ files with $jobs jobs"
log="$tidy_db/log"
status=0
# WarningsAsErrors in .clang-tidy makes any finding a failing exit status.
printf '%s\0' "${files[@]}" \
    | xargs -0 -n 1 -P "$jobs" "$tidy" --quiet -p "$tidy_db" >"$log" 2>&1 || status=$?
if ((status != 0)); then
    grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$' "$log" >&2 || true
    echo "clang-tidy: findings in core/ (see above)" >&2
    exit 1
fi
echo "clang-tidy: core/ is clean"
