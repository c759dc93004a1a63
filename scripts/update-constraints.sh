#!/usr/bin/env bash
# Re-resolves every dependency (runtime, test tools, PyInstaller) in a throw-away virtualenv
# and writes the exact versions to constraints.txt, which scripts/setup.sh installs with.
# Run it on purpose (a new ruff, mypy or PySide6), then run ./scripts/test.sh and commit both.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$PYTHON" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --upgrade pip
"$tmp/venv/bin/python" -m pip install -q ".[test]" "pyinstaller>=6.10" \
    2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
{
    echo "# Exact versions used by scripts/setup.sh (CI, demo, tests) and packaging/build-bundle.sh."
    echo "# Made by scripts/update-constraints.sh with $("$tmp/venv/bin/python" --version); do not edit by hand."
    "$tmp/venv/bin/python" -m pip freeze --exclude mureka-desktop | grep -v '^-e '
} > constraints.txt
echo "constraints.txt: $(grep -vc '^#' constraints.txt) pins"
