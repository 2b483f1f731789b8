#!/usr/bin/env bash
# Runs the demo: lectern-server with the bundled Master of Science in Pain Medicine on
# http://127.0.0.1:$LECTERN_DEMO_PORT (default 8765), and the desktop client with the demo
# learner's credentials filled in (learner / learner-demo). Installs missing Debian packages
# and builds first. Demo data lives in demo-data/ (delete it to start over).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev -j "$(nproc)"

port="${LECTERN_DEMO_PORT:-8765}"
data="$PWD/demo-data"
bin="$PWD/build/dev"
mkdir -p "$data"

# The demo lectures: spoken narration, slides and captions, made once and cached.
scripts/make-demo-media.sh .cache/demo-media

# Importing again is cheap and picks up any edit to resources/demo.
"$bin/server/lectern-server" import resources/demo --data "$data/server" --demo-users \
    --media .cache/demo-media

"$bin/server/lectern-server" serve --data "$data/server" --port "$port" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
done

client=("$bin/app/lectern" --server "http://127.0.0.1:$port" --data-dir "$data/client" --demo)
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run-demo: no display; running the client on a virtual X display (xvfb-run)."
    echo "run-demo: set DISPLAY to see the window on your screen."
    xvfb-run -a -s "-screen 0 1280x800x24" "${client[@]}"
else
    "${client[@]}"
fi
