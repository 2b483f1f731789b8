#!/usr/bin/env bash
# Measures lecture start-up and memory against the real server and the real demo media, and
# prints the figures docs/performance.md reports. Not part of the test run.
#
#   bench/run.sh [RUNS]      (default 10 runs per measurement)
#
# 1. time to first frame: lectern-bench-firstframe (QMediaPlayer → QVideoSink, the client's
#    path) against `gst-launch-1.0 playbin` on the same signed HLS URL, both as whole processes
#    from launch to the first decoded frame; the ratio of the medians is the figure.
# 2. peak resident memory of a process playing the 720p rendition into a QVideoWidget for 30 s
#    under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"

scripts/install-deps.sh >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target lectern-server lectern-bench-firstframe >/dev/null
scripts/make-demo-media.sh .cache/demo-media >/dev/null
bin="$PWD/build/release"
work="$(mktemp -d)"
trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin/server/lectern-server" import resources/demo --data "$work/data" --demo-users \
    --media .cache/demo-media >/dev/null
"$bin/server/lectern-server" serve --data "$work/data" --port 0 >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
    grep -q "listening on" "$work/server.log" 2>/dev/null && break
    sleep 0.1
done
base="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.log" | head -1)"

token="$(curl -fsS -X POST "$base/api/v1/auth/login" \
    -d '{"username":"learner","password":"learner-demo"}' | python3 -c \
    'import json,sys; print(json.load(sys.stdin)["token"])')"
media="$(curl -fsS -H "Authorization: Bearer $token" "$base/api/v1/lectures/PAIN-704-w1-l1/media")"
signed="$base$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["base_url"])' "$media")"
master="${signed}master.m3u8"
hd="${signed}720p/index.m3u8"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now_ms() { date +%s%3N; }

ours=()
gst=()
for _ in $(seq "$runs"); do
    out="$(QT_QPA_PLATFORM=offscreen "$bin/bench/lectern-bench-firstframe" "$master" 2>/dev/null)"
    ours+=("$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["process_to_first_frame_ms"])' "$out")")
    start="$(now_ms)"
    gst-launch-1.0 -q playbin uri="$master" video-sink="fakesink num-buffers=1" \
        audio-sink="fakesink num-buffers=1" >/dev/null 2>&1
    gst+=("$(( $(now_ms) - start ))")
done
ours_median="$(printf '%s\n' "${ours[@]}" | median)"
gst_median="$(printf '%s\n' "${gst[@]}" | median)"
ratio="$(python3 -c "print(f'{$ours_median / $gst_median:.2f}')")"

memory="$(xvfb-run -a -s '-screen 0 1280x800x24' "$bin/bench/lectern-bench-firstframe" "$hd" \
    --widget --play-seconds 30 2>/dev/null)"
peak="$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.0f MB over %d frames" % (d["peak_rss_mb"], d["frames"]))' "$memory")"

echo "runs:                         $runs"
echo "first frame, Lectern (median): ${ours_median} ms   [${ours[*]}]"
echo "first frame, gst-launch (median): ${gst_median} ms   [${gst[*]}]"
echo "ratio Lectern / gst-launch:   ${ratio}"
echo "peak RSS playing 720p 30 s:   ${peak}"
