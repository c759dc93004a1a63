#!/usr/bin/env bash
# Sets up and opens Mureka Desktop in demo mode (a built-in simulator of the API: no token,
# no credits). Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
.venv/bin/mureka-desktop --demo "$@" || {
    rc=$?
    echo "demo: the app is installed at .venv/bin/mureka-desktop" >&2
    exit $rc
}
