#!/usr/bin/env bash
# Regenerates the translation files from the source with Qt's own tools:
#   mureka_desktop/resources/translations/mureka_desktop_en.ts   plural forms found by lupdate,
#       filled in for English ("%n song(s)" -> "%n song" / "%n songs")
#   mureka_desktop/resources/translations/mureka_desktop_en.qm   compiled by lrelease (shipped)
# Run it after adding or changing a tr(..., n) string; tests/ui/test_wording.py checks that the
# committed files are current.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
DIR=mureka_desktop/resources/translations
mkdir -p "$DIR"
"$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -pluralonly \
    -source-language en -target-language en \
    $(find mureka_desktop/ui -name '*.py' | sort) -ts "$DIR/mureka_desktop_en.ts"
"$BIN/python" scripts/english_plurals.py "$DIR/mureka_desktop_en.ts"
"$BIN/pyside6-lrelease" -silent "$DIR/mureka_desktop_en.ts" -qm "$DIR/mureka_desktop_en.qm"
