#!/usr/bin/env bash
# Makes the two Debian packages with cpack, unpacks them into a temporary root with dpkg -x and
# checks them as an installation would meet them: the metadata (dependencies from
# dpkg-shlibdeps), the files each package must hold, the maintainer scripts, that both
# binaries start from the root and report this version, and that the desktop entry and the
# AppStream metadata pass their validators. A missing tool is a failure, never a skip.
# Usage: check-packages.sh CPACK BUILD_DIR VERSION
set -euo pipefail

cpack="$1"
build_dir="$2"
version="$3"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

for tool in "$cpack" dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli systemd-analyze \
    python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is not installed (scripts/install-deps.sh installs it)" >&2
        exit 1
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --- make the packages ----------------------------------------------------------------------
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
client_deb="$(find "$work/out" -maxdepth 1 -name "lectern_${version}_*.deb")"
server_deb="$(find "$work/out" -maxdepth 1 -name "lectern-server_${version}_*.deb")"
if [[ ! -f "$client_deb" || ! -f "$server_deb" ]]; then
    ls -l "$work/out" >&2
    echo "FAIL: cpack did not make lectern_${version}_*.deb and lectern-server_${version}_*.deb" >&2
    exit 1
fi
pass "cpack made $(basename "$client_deb") and $(basename "$server_deb")"

# --- metadata -------------------------------------------------------------------------------
# field DEB NAME EXPECTED-REGEX
expect_field() {
    local value
    value="$(dpkg-deb -f "$1" "$2")"
    if [[ "$value" =~ $3 ]]; then
        pass "$(basename "$1") $2 matches /$3/"
    else
        fail "$(basename "$1") $2 is \"$value\", expected to match /$3/"
    fi
}
expect_field "$client_deb" Package '^lectern$'
expect_field "$client_deb" Version "^${version//./\\.}\$"
expect_field "$client_deb" Section '^education$'
expect_field "$client_deb" Maintainer '^.+ <.+@.+>$'
expect_field "$client_deb" Description '^desktop client'
# dpkg-shlibdeps found the libraries the binary links, and the plugins it loads are added.
expect_field "$client_deb" Depends 'libqt6widgets6'
expect_field "$client_deb" Depends 'libqt6multimedia6'
expect_field "$client_deb" Depends 'libqt6sql6-sqlite'
expect_field "$client_deb" Depends 'gstreamer1\.0-libav'
expect_field "$server_deb" Package '^lectern-server$'
expect_field "$server_deb" Version "^${version//./\\.}\$"
expect_field "$server_deb" Maintainer '^.+ <.+@.+>$'
expect_field "$server_deb" Description '^server for'
expect_field "$server_deb" Depends 'libsodium23'
expect_field "$server_deb" Depends 'libqt6httpserver6'
expect_field "$server_deb" Depends 'adduser'
# The client's GUI libraries have no business on a server.
if dpkg-deb -f "$server_deb" Depends | grep -q 'libqt6widgets6'; then
    fail "lectern-server depends on libqt6widgets6"
else
    pass "lectern-server does not pull in Qt Widgets"
fi

# Every file belongs to root: a build user's uid in a package would own files on installation.
for deb in "$client_deb" "$server_deb"; do
    if dpkg-deb -c "$deb" | awk '{print $2}' | grep -v '^root/root$' >/dev/null; then
        fail "$(basename "$deb") has files not owned by root/root"
    fi
done

# --- files ----------------------------------------------------------------------------------
root="$work/root"
mkdir -p "$root"
dpkg -x "$client_deb" "$root"
dpkg -x "$server_deb" "$root"

expect_file() {
    if [[ -f "$root/$1" ]]; then
        pass "installs /$1"
    else
        fail "no /$1 in the packages"
    fi
}
expect_file usr/bin/lectern
expect_file usr/share/applications/org.lectern.Lectern.desktop
expect_file usr/share/metainfo/org.lectern.Lectern.metainfo.xml
expect_file usr/share/icons/hicolor/scalable/apps/lectern.svg
for size in 16 22 24 32 48 64 128 256 512; do
    png="usr/share/icons/hicolor/${size}x${size}/apps/lectern.png"
    expect_file "$png"
    # A PNG's width and height are big-endian at bytes 16..23 of its IHDR chunk.
    if [[ -f "$root/$png" ]]; then
        dims="$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8]==b"\x89PNG\r\n\x1a\n" else "not-a-png")' "$root/$png")"
        [[ "$dims" == "${size}x${size}" ]] || fail "$png is $dims, not ${size}x${size}"
    fi
done
expect_file usr/share/lectern/translations/lectern_en.qm
expect_file usr/share/lectern/translations/lectern_es.qm
expect_file usr/bin/lectern-server
expect_file usr/lib/systemd/system/lectern-server.service
expect_file etc/default/lectern-server
expect_file usr/share/doc/lectern-server/examples/nginx-lectern.conf
expect_file usr/share/doc/lectern-server/README.Debian
# The server package carries nothing of the client's, and the other way round.
if dpkg-deb -c "$server_deb" | grep -E 'bin/lectern$|share/applications' >/dev/null; then
    fail "lectern-server holds client files"
fi
if dpkg-deb -c "$client_deb" | grep -E 'lectern-server|systemd' >/dev/null; then
    fail "lectern holds server files"
fi

# The unit runs the packaged binary as its own user, with its state folder.
unit="$root/usr/lib/systemd/system/lectern-server.service"
if [[ -f "$unit" ]]; then
    for line in '^User=lectern$' '^Group=lectern$' '^StateDirectory=lectern$' \
        '^ExecStart=/usr/bin/lectern-server serve --data /var/lib/lectern ' \
        '^EnvironmentFile=-/etc/default/lectern-server$'; do
        grep -Eq "$line" "$unit" && pass "unit has /$line/" || fail "unit has no line /$line/"
    done
fi

# systemd's own parser reads the unit, its ExecStart pointed into the root: a misspelt key or a
# bad value shows here rather than on a server. (verify exits 0 on unknown keys, so any output
# at all is a failure.)
if [[ -f "$unit" ]]; then
    sed "s|=/usr/bin/lectern-server |=$root/usr/bin/lectern-server |" "$unit" \
        >"$work/lectern-server.service"
    if out="$(systemd-analyze verify "$work/lectern-server.service" 2>&1)" && [[ -z "$out" ]]; then
        pass "systemd-analyze verify lectern-server.service"
    else
        fail "systemd-analyze verify lectern-server.service: $out"
    fi
fi

# --- maintainer scripts ---------------------------------------------------------------------
control="$work/control"
dpkg-deb -e "$server_deb" "$control"
for script in postinst prerm postrm; do
    if [[ ! -x "$control/$script" ]]; then
        fail "lectern-server has no executable $script"
    elif ! sh -n "$control/$script"; then
        fail "lectern-server $script is not valid sh"
    else
        pass "lectern-server $script is valid sh"
    fi
done
grep -q 'adduser --system' "$control/postinst" 2>/dev/null \
    && pass "postinst creates the system user" || fail "postinst does not create the system user"
# /etc/default/lectern-server is the operator's: an upgrade must not overwrite their edits.
if grep -qx '/etc/default/lectern-server' "$control/conffiles" 2>/dev/null; then
    pass "/etc/default/lectern-server is a conffile"
else
    fail "/etc/default/lectern-server is not listed in conffiles"
fi

# --- run from the root ----------------------------------------------------------------------
# No display at all: --version must not need one (a terminal over ssh, this check in CI).
# expect_output NAME EXPECTED COMMAND...
expect_output() {
    local name="$1" expected="$2" output
    shift 2
    if ! output="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@" 2>"$work/stderr")"; then
        fail "$name failed: $output $(cat "$work/stderr")"
    elif [[ "$output" != "$expected" ]]; then
        fail "$name printed \"$output\", expected \"$expected\""
    else
        pass "$name prints \"$output\""
    fi
}
expect_output "lectern --version" "Lectern $version" "$root/usr/bin/lectern" --version
expect_output "lectern-server --version" "lectern-server $version" \
    "$root/usr/bin/lectern-server" --version

# --- validators -----------------------------------------------------------------------------
if out="$(desktop-file-validate "$root/usr/share/applications/org.lectern.Lectern.desktop" 2>&1)" \
    && [[ -z "$out" ]]; then
    pass "desktop-file-validate"
else
    fail "desktop-file-validate: $out"
fi
if out="$(appstreamcli validate --no-net "$root/usr/share/metainfo/org.lectern.Lectern.metainfo.xml" 2>&1)"; then
    pass "appstreamcli validate"
else
    fail "appstreamcli validate: $out"
fi
# The metainfo, the desktop entry it launches and the icon, checked together as installed.
if out="$(appstreamcli validate-tree --no-net "$root" 2>&1)"; then
    pass "appstreamcli validate-tree"
else
    fail "appstreamcli validate-tree: $out"
fi

if ((failures > 0)); then
    echo "$failures package checks failed" >&2
    exit 1
fi
echo "all package checks passed"
