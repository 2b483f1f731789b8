#!/usr/bin/env bash
# Screenshots of every main page of the client, as a learner and as faculty, in English and
# Spanish, light and dark:
#   scripts/screenshots.sh [OUTDIR]          (default OUTDIR: docs/screenshots)
#
# Uses the build in LECTERN_BUILD_DIR (default build/dev; the lectern and lectern-server
# targets are built there if missing) and the demo media in .cache/demo-media (made with
# scripts/make-demo-media.sh if missing). Runs its own Xvfb and its own demo server on
# loopback, both in a temporary folder, and removes them on exit. Nothing outside OUTDIR and
# the temporary folder is written: the client runs with a fresh --data-dir, without the
# desktop's session bus (no keychain entry) and without its sound server.
#
# For each variant (en/es x light/dark) the server starts from a fresh copy of the demo
# programme, the demo learner logs in, searches, opens a course, plays a lecture with
# captions (at 2x, to the end, which unlocks its quiz), downloads it, and visits the quiz,
# the live sessions, the downloads and Home; then the demo faculty member logs in and opens
# the course page, the roster (which shows the learner's viewing just recorded) and the quiz
# preview. Files: OUTDIR/<page>-<en|es>-<light|dark>.png, compressed with pngquant when it is
# installed. LECTERN_SHOTS_VARIANTS limits the run, e.g. "en-light es-dark".
#
# Needs: xvfb, xdotool, imagemagick, sqlite3 (pngquant optional):
#   apt-get install -y xvfb xdotool imagemagick sqlite3 pngquant
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/docs/screenshots}"
[[ "$out" == /* ]] || out="$PWD/$out"
build="${LECTERN_BUILD_DIR:-build/dev}"
[[ "$build" == /* ]] || build="$root/$build"
variants=(${LECTERN_SHOTS_VARIANTS:-en-light en-dark es-light es-dark})
width=1440
height=900

log() { echo "screenshots: $*" >&2; }
die() { log "$*"; exit 1; }

missing=()
for tool in Xvfb:xvfb xdotool:xdotool import:imagemagick convert:imagemagick sqlite3:sqlite3 \
    curl:curl python3:python3; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
if ((${#missing[@]})); then
    die "missing $(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')- install with:" \
        "apt-get install -y $(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')"
fi

cd "$root"
if [[ ! -x "$build/app/lectern" || ! -x "$build/server/lectern-server" ]]; then
    log "building lectern and lectern-server in $build"
    [[ -f "$build/build.ninja" || -f "$build/Makefile" ]] || cmake --preset dev -B "$build"
    cmake --build "$build" -j "$(nproc)" --target lectern lectern-server
fi
lectern="$build/app/lectern"
server="$build/server/lectern-server"
[[ -f .cache/demo-media/lectures.json ]] || scripts/make-demo-media.sh .cache/demo-media

tmp="$(mktemp -d "${TMPDIR:-/tmp}/lectern-shots.XXXXXX")"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Stops one process started here: politely, then for good after 5 s.
stop() {
    local pid="$1" i
    kill "$pid" 2>/dev/null || return 0
    for i in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local left=() p
    for p in "${pids[@]}"; do
        [[ "$p" == "$pid" ]] || left+=("$p")
    done
    pids=("${left[@]}")
}

# --- the virtual display -----------------------------------------------------------------
Xvfb -displayfd 3 -screen 0 "${width}x${height}x24" -nolisten tcp 3>"$tmp/display" \
    >"$tmp/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    [[ -s "$tmp/display" ]] && break
    sleep 0.1
done
[[ -s "$tmp/display" ]] || die "Xvfb did not start: $(cat "$tmp/xvfb.log")"
export DISPLAY=":$(head -1 "$tmp/display")"
log "Xvfb on $DISPLAY (${width}x${height})"

# The client's surroundings: no desktop session bus (the keychain would keep the demo token
# in the user's real keyring), no sound server, settings and caches in the temporary folder.
mkdir -m 0700 -p "$tmp/run" "$tmp/config" "$tmp/cache"
client_env=(env DISPLAY="$DISPLAY" QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR="$tmp/run"
    XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
    DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/run/no-bus" PULSE_SERVER="unix:$tmp/run/no-pulse"
    QT_ACCESSIBILITY=0)
language_option=0
if "${client_env[@]}" "$lectern" --help 2>/dev/null | grep -q -- '--language'; then
    language_option=1
fi

# --- the demo programme, imported once and copied for each variant ----------------------
log "importing the demo programme"
"$server" import resources/demo --data "$tmp/pristine" --demo-users --media .cache/demo-media \
    >"$tmp/import.log" 2>&1 || die "import failed: $(tail -5 "$tmp/import.log")"

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- helpers that drive and watch the client ---------------------------------------------
problems=()
problem() {
    problems+=("$variant: $*")
    log "PROBLEM: $*"
}

# A hash of the screen, or of the part $1 (WxH+X+Y) of it.
screen_hash() {
    import -window root ${1:+-crop "$1"} -depth 8 rgb:- 2>/dev/null | md5sum | cut -d' ' -f1
}

# Waits until the screen stops changing: the same picture as one of the two before (a text
# caret blinking between two pictures counts as still). Gives up after $1 seconds (default 10).
settle() {
    local end=$((SECONDS + ${1:-10})) h1="" h2="" now
    while ((SECONDS < end)); do
        now="$(screen_hash)"
        [[ -n "$h1" && ("$now" == "$h1" || "$now" == "$h2") ]] && return 0
        h2="$h1" h1="$now"
        sleep 0.2
    done
    log "the screen did not settle within ${1:-10} s"
}

# Waits until the screen has not changed for $1 seconds, up to $2 seconds.
wait_for_still() {
    local end=$((SECONDS + $2)) last="" since=$SECONDS now
    while ((SECONDS < end)); do
        now="$(screen_hash)"
        if [[ "$now" != "$last" ]]; then
            last="$now" since=$SECONDS
        elif ((SECONDS - since >= $1)); then
            return 0
        fi
        sleep 0.2
    done
    problem "the screen kept changing for $2 s"
}

# Waits until "$@" succeeds, up to $1 seconds; $2 says what is awaited.
wait_for() {
    local timeout="$1" what="$2" end
    shift 2
    end=$((SECONDS + timeout))
    until "$@"; do
        if ((SECONDS >= end)); then
            problem "gave up waiting for $what after ${timeout} s"
            return 1
        fi
        sleep 0.2
    done
}

# The client's visible top-level windows (main window, dialogs, the search popup).
toplevels() { xdotool search --maxdepth 1 --onlyvisible --pid "$app" 2>/dev/null || true; }
toplevel_count_at_least() { (($(toplevels | wc -l) >= $1)); }
main_window() {
    local w
    for w in $(toplevels); do
        [[ "$(xdotool getwindowname "$w" 2>/dev/null)" == Lectern* ]] && { echo "$w"; return; }
    done
}
other_window() {
    local w main="$1"
    for w in $(toplevels); do
        [[ "$w" != "$main" ]] && { echo "$w"; return; }
    done
}
no_dialog() { [[ -z "$(other_window "$main")" ]]; }
screen_differs_from() { [[ "$(screen_hash "${2:-}")" != "$1" ]]; }
db() { sqlite3 -readonly -cmd '.timeout 2000' "$data/lectern.sqlite" "$1" 2>/dev/null || true; }
db_true() { [[ "$(db "$1")" == 1 ]]; }

# The pointer rests on the empty end of the menu bar: no hover, no tool tip in the picture.
rest_pointer() { xdotool mousemove $((width - 200)) 8; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.3; }
# Clicks at $1 $2 and checks that the screen changed; $3 says what the click opens.
click_for() {
    local before
    before="$(screen_hash)"
    xdotool mousemove "$1" "$2" click 1
    wait_for 10 "$3 (a click at $1,$2 changed nothing)" screen_differs_from "$before"
}
key() { xdotool key --delay 80 "$@"; }

shot() {
    local name="$1-$variant"
    import -window root "$tmp/shots/$name.png"
    log "  $name.png"
}

# Moves a dialog or window to the middle of the screen, a little above the centre.
centre() {
    local geometry w h
    geometry="$(xdotool getwindowgeometry --shell "$1")"
    w="$(sed -n 's/^WIDTH=//p' <<<"$geometry")"
    h="$(sed -n 's/^HEIGHT=//p' <<<"$geometry")"
    xdotool windowmove --sync "$1" $(((width - w) / 2)) $(((height - h) / 3))
}

# Tree rows in the programme tree (the window is always ${width}x${height}): the first row,
# "Year 1 · Trimester 1", is followed by PAIN-704, its first course.
tree_first_row=(80 65)

# Starts the client for user $1 in a fresh data folder, waits for the login dialog, and
# leaves the main window at full size and the dialog centred on it.
start_client() {
    local user="$1"
    data="$tmp/$variant/$user"
    mkdir -p "$data"
    local options=(--server "http://127.0.0.1:$port" --data-dir "$data" --user "$user"
        --theme "$theme")
    ((language_option)) && options+=(--language "$lang")
    "${client_env[@]}" "${lang_env[@]}" "$lectern" "${options[@]}" >"$tmp/$variant/$user.log" 2>&1 &
    app=$!
    pids+=("$app")
    wait_for 30 "the login dialog" toplevel_count_at_least 2 || return 1
    main="$(main_window)"
    dialog="$(other_window "$main")"
    xdotool windowmove --sync "$main" 0 0 windowsize --sync "$main" "$width" "$height"
    centre "$dialog"
    # Under Xvfb there is no window manager: the keyboard goes where it is sent.
    xdotool windowfocus --sync "$dialog"
    local title
    title="$(xdotool getwindowname "$dialog")"
    if [[ "$lang" == es && "$title" == "Log in to Lectern" ]]; then
        problem "the login dialog is in English ('$title'): the Spanish translation did not load"
    elif [[ "$lang" == en && "$title" != "Log in to Lectern" ]]; then
        problem "the login dialog is titled '$title', not 'Log in to Lectern'"
    fi
}

# Logs in with the password typed and waits for the programme and the transcripts search reads.
log_in() {
    key Return
    wait_for 30 "the login dialog to close" no_dialog || return 1
    wait_for 60 "the programme" db_true "SELECT count(*) > 0 FROM lecture"
    xdotool windowfocus --sync "$main"
}

quit_client() {
    stop "$app"
}

# --- one variant: the learner's pages, then the faculty's -------------------------------
learner_pages() {
    start_client learner || return 1
    xdotool type --delay 40 learner-demo
    rest_pointer
    sleep 0.5
    shot login
    log_in || return 1
    # Search reads the transcripts, indexed after the first sync.
    wait_for 60 "the transcripts to be indexed" db_true \
        "SELECT count(*) > 0 FROM transcript WHERE lecture_id = 'PAIN-704-w1-l1'"
    settle 15

    # Search: a phrase spoken in the first lecture of this week, in the course's description
    # and in a lecture's objectives too.
    key ctrl+f
    xdotool type --delay 40 "high-impact chronic pain"
    wait_for 10 "the search results" toplevel_count_at_least 2
    rest_pointer
    settle 5
    shot search
    key Escape Escape # the list, then the text

    # The course page: the first course of the first trimester.
    click "${tree_first_row[@]}"
    key Down
    rest_pointer
    settle 10
    shot course

    # The lecture, playing at 2x with captions (on by default): frames must be moving.
    key Right Down Right Down
    settle 10
    local before video=600x400+550+250 # inside the video, whatever the language
    key bracketright bracketright bracketright bracketright
    before="$(screen_hash "$video")"
    key space
    wait_for 15 "the video to play" screen_differs_from "$before" "$video"
    # At 2x the captions run without a gap from 2.7 s to 9.4 s after the start (5.3-18.9 s
    # into the lecture); at 6 s the third one shows over the "In this lecture" slide.
    sleep 6
    shot lecture
    # Download it for offline (the button under the title), to fill the Downloads page.
    click 530 104
    rest_pointer
    wait_for 60 "the lecture to be watched to its quiz's threshold" db_true \
        "SELECT count(*) > 0 FROM lecture_progress WHERE lecture_id = 'PAIN-704-w1-l1'
         AND unlocked_at IS NOT NULL AND unlocked_at <> ''"
    # To the end of the lecture: the clock under the video stops.
    wait_for_still 3 40

    # The quiz after the lecture, unlocked now: the next row of the tree.
    click_for 250 121 "the quiz"
    rest_pointer
    settle 10
    shot quiz

    key ctrl+l
    settle 10
    shot live-sessions

    wait_for 30 "the download" db_true "SELECT count(*) > 0 FROM download WHERE state = 'done'"
    key ctrl+j
    settle 10
    shot downloads

    key ctrl+1
    settle 10
    shot dashboard
    quit_client
}

faculty_pages() {
    start_client faculty || return 1
    xdotool type --delay 40 faculty-demo
    log_in || return 1
    settle 15
    click "${tree_first_row[@]}"
    key Down
    rest_pointer
    settle 10
    shot course-faculty

    # The quiz after the first lecture, open in preview with its answer key: the course and
    # its first week opened, then the quiz's row (the fifth).
    key Right Down Right
    settle 5
    click_for 250 121 "the quiz preview"
    rest_pointer
    settle 10
    shot quiz-faculty

    # Back to the course, and its roster (the button at the top right of the course page).
    click "${tree_first_row[@]}"
    key Down
    settle 10
    click_for $((width - 30)) 74 "the roster"
    rest_pointer
    # Where the roster is a window of its own, it goes to the middle of the screen, as a
    # window manager would put it.
    sleep 1
    local roster
    roster="$(other_window "$main")"
    if [[ -n "$roster" ]]; then centre "$roster"; fi
    settle 15
    shot roster
    quit_client
}

mkdir -p "$tmp/shots"
started=$SECONDS
for variant in "${variants[@]}"; do
    lang="${variant%-*}"
    theme="${variant#*-}"
    case "$lang" in
    en) lang_env=(LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 LANGUAGE=en) ;;
    es) lang_env=(LANG=es_ES.UTF-8 LC_ALL=es_ES.UTF-8 LANGUAGE=es) ;;
    *) die "unknown language in variant $variant (en or es)" ;;
    esac
    [[ "$theme" == light || "$theme" == dark ]] || die "unknown theme in variant $variant"
    log "$variant"
    mkdir -p "$tmp/$variant"
    cp -a "$tmp/pristine" "$tmp/$variant/server"
    port="$(free_port)"
    "$server" serve --data "$tmp/$variant/server" --port "$port" --bind 127.0.0.1 \
        >"$tmp/$variant/server.log" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    wait_for 20 "the server" curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" || exit 1
    learner_pages || problem "the learner's pages stopped early"
    faculty_pages || problem "the faculty's pages stopped early"
    stop "$server_pid"
    # The theme really applied: the dashboard's mean brightness.
    if [[ -f "$tmp/shots/dashboard-$variant.png" ]]; then
        mean="$(convert "$tmp/shots/dashboard-$variant.png" -colorspace Gray -format '%[fx:mean]' info:)"
        if [[ "$theme" == dark ]] && awk "BEGIN { exit !($mean > 0.5) }"; then
            problem "the dark dashboard is bright (mean $mean)"
        elif [[ "$theme" == light ]] && awk "BEGIN { exit !($mean < 0.5) }"; then
            problem "the light dashboard is dark (mean $mean)"
        fi
    fi
done

# Small files: a 256-colour palette is plenty for widgets (pngquant when installed).
mkdir -p "$out"
for file in "$tmp/shots"/*.png; do
    [[ -e "$file" ]] || continue
    name="$(basename "$file")"
    if command -v pngquant >/dev/null 2>&1; then
        pngquant --force --skip-if-larger --strip --speed 1 --quality 70-95 \
            --output "$out/$name" "$file" || cp "$file" "$out/$name"
    else
        convert "$file" -strip -define png:compression-level=9 "PNG8:$out/$name"
    fi
done
count="$(find "$tmp/shots" -name '*.png' | wc -l)"
log "$count screenshots in $out ($(du -ch "$out"/*.png 2>/dev/null | tail -1 | cut -f1) in all)" \
    "in $((SECONDS - started)) s"
if ((${#problems[@]})); then
    log "problems:"
    printf '  %s\n' "${problems[@]}" >&2
    exit 1
fi
