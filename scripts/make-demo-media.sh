#!/usr/bin/env bash
# Builds the demo lecture media for resources/demo, as docs/media.md describes:
#   scripts/make-demo-media.sh [OUT]        (default OUT: .cache/demo-media in the repository)
# Every trimester-1 lecture gets its own clip (espeak-ng narration, slides drawn by ffmpeg,
# captions timed to the narration, H.264/AAC HLS in 360p and 720p); later lectures share
# six programme clips. OUT/lectures.json maps every lecture id to its clip id.
#
# Cached: a clip is rebuilt only when its inputs (lecture text, generator code) changed.
# Clips are built in a temporary folder and renamed into place, lectures.json is written
# last, so an interrupted run never leaves a clip or a map that looks complete.
# LECTERN_MEDIA_JOBS sets how many clips are built at once (default: nproc).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/.cache/demo-media}"
[[ "$out" == /* ]] || out="$PWD/$out"
out="$(realpath -m "$out")"
demo="$root/resources/demo"
helpers="$root/scripts/demo_media"

missing=()
for tool in ffmpeg ffprobe espeak-ng python3; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "make-demo-media: missing ${missing[*]}; run scripts/install-deps.sh first" >&2
    exit 1
fi
encoders="$(ffmpeg -hide_banner -encoders 2>/dev/null || true)"
if [[ "$encoders" != *libx264* ]]; then
    echo "make-demo-media: this ffmpeg has no libx264 encoder; install Debian's ffmpeg" \
        "(scripts/install-deps.sh)" >&2
    exit 1
fi
[[ -f "$demo/programme.json" ]] || {
    echo "make-demo-media: $demo/programme.json not found" >&2
    exit 1
}

mkdir -p "$out"
# One generator at a time per output folder; a second one waits, then finds it up to date.
exec 9>"$out/.lock"
if command -v flock >/dev/null 2>&1; then
    flock 9
fi

export PYTHONDONTWRITEBYTECODE=1
jobs="${LECTERN_MEDIA_JOBS:-$(nproc 2>/dev/null || echo 2)}"

started=$SECONDS
rm -rf "$out/.jobs"
mapfile -t todo < <(python3 "$helpers/main.py" plan "$demo" "$out")
# `mapfile` does not see the planner's exit status; the plan file tells whether it finished.
[[ -f "$out/.jobs/plan.json" ]] || exit 1

if ((${#todo[@]})); then
    echo "make-demo-media: building ${#todo[@]} clips, $jobs at a time" >&2
    if ! printf '%s\0' "${todo[@]}" |
        xargs -0 -n 1 -P "$jobs" python3 "$helpers/main.py" build; then
        echo "make-demo-media: failed; clips already built are kept, run again to continue" >&2
        exit 1
    fi
fi

python3 "$helpers/main.py" finish "$out"
echo "make-demo-media: done in $((SECONDS - started)) s" >&2
