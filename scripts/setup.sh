#!/usr/bin/env bash
# Sets up everything Mureka Desktop needs on a fresh clone: the Debian libraries Qt needs
# (when run as root or with sudo on Debian/Ubuntu), a virtualenv in .venv and the package
# with its test tools. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBS="libpulse0 libxcb-icccm4 libxcb-keysyms1 libegl1 libgl1 libgl1-mesa-dri libglib2.0-0
libdbus-1-3 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0
libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
fonts-dejavu-core xvfb xauth imagemagick xdotool curl desktop-file-utils appstream
dbus-daemon python3-dbus python3-gi"

if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for pkg in $DEBS; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "setup: installing Debian packages: ${missing[*]}"
        SUDO=""
        [ "$(id -u)" -ne 0 ] && SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    fi
else
    echo "setup: not a Debian system; install Qt's runtime libraries yourself if Qt fails" >&2
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
# Exact versions from constraints.txt: a new ruff, mypy or PySide6 release changes nothing here
# until scripts/update-constraints.sh is run on purpose.
stamp=".venv/.installed-$(cat pyproject.toml constraints.txt | sha1sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
    quiet() { "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2); }
    quiet .venv/bin/python -m pip install -q --upgrade pip
    quiet .venv/bin/python -m pip install -q -c constraints.txt -e ".[test]"
    rm -f .venv/.installed-*
    touch "$stamp"
fi
