#!/usr/bin/env bash
# Regenerates the translation files from the source with Qt's own tools:
#   mureka_desktop/resources/translations/mureka_desktop.ts      the template for translators:
#       every string of the UI (self.tr, QCoreApplication.translate, QT_TRANSLATE_NOOP) and
#       every phrase of the core (context "phrases", see below), no
#       line numbers (editing a file does not churn it). A translator copies it to
#       mureka_desktop_<locale>.ts, sets the language, translates it (Qt Linguist:
#       .venv/bin/pyside6-linguist) and adds the file to LOCALES below; the app loads
#       mureka_desktop_<locale>.qm for the system locale (or the one chosen in Settings).
#   mureka_desktop/resources/translations/mureka_desktop_<locale>.ts   for each of LOCALES whose
#       file exists: updated from the source by lupdate, which keeps every translation, marks
#       new and changed messages unfinished (type="unfinished", the old text kept as a hint
#       when the source only changed a little) and drops messages that vanished; then filled
#       from scripts/translation_tables/<locale>.json (the one place the translations are
#       written: scripts/fill_translations.py, which refuses a translation that loses a
#       placeholder, markup, a line break or the mnemonic), put back in lupdate's layout and
#       compiled to .qm. A message the table lacks stays unfinished (English in the .qm) and
#       is named; this script then exits 1, as tests/ui/test_translations.py fails while any
#       message is unfinished: add it to the table and run this script again.
#   mureka_desktop/resources/translations/mureka_desktop_en.ts   plural forms found by lupdate,
#       filled in for English ("%n song(s)" -> "%n song" / "%n songs")
#   mureka_desktop/resources/translations/mureka_desktop_en.qm   compiled by lrelease (shipped)
# Run it after adding or changing a user-facing string; tests/ui/test_wording.py checks that the
# committed files are current (it runs this script into a copy: BIN, TRANSLATIONS_DIR and
# TRANSLATION_TABLES).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
DIR=${TRANSLATIONS_DIR:-mureka_desktop/resources/translations}
LOCALES=(zh_CN ja ko es pt_BR de fr)  # mureka_desktop_<locale>.ts, where it exists
mkdir -p "$DIR"
# The core's phrases (phrase("key", "English")), written where the core says them, reach
# lupdate through a file made for it here (context "phrases", the key as disambiguation):
# scripts/phrase_catalog.py; ui/engine_words.py asks Qt for them by key.
PHRASES=$(mktemp -d)
trap 'rm -rf "$PHRASES"' EXIT
"$BIN/python" scripts/phrase_catalog.py "$PHRASES/phrases.py"
SOURCES="$(find mureka_desktop/ui -name '*.py' | LC_ALL=C sort) $PHRASES/phrases.py"
# The template holds no translations: made afresh, so it is the same on every machine.
rm -f "$DIR/mureka_desktop.ts"
# shellcheck disable=SC2086
"$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en \
    $SOURCES -ts "$DIR/mureka_desktop.ts"
# shellcheck disable=SC2086
"$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -pluralonly \
    -source-language en -target-language en \
    $SOURCES -ts "$DIR/mureka_desktop_en.ts"
"$BIN/python" scripts/english_plurals.py "$DIR/mureka_desktop_en.ts"
"$BIN/pyside6-lrelease" -silent "$DIR/mureka_desktop_en.ts" -qm "$DIR/mureka_desktop_en.qm"
status=0
lupdate_locale() {
    # shellcheck disable=SC2086
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en \
        -target-language "$1" $SOURCES -ts "$DIR/mureka_desktop_$1.ts"
}
# shellcheck disable=SC2086
for locale in "${LOCALES[@]}" ${START:-}; do
    # A locale whose file is not there yet is left alone (its translator starts it: START).
    if [ ! -f "$DIR/mureka_desktop_$locale.ts" ] && [[ " ${START:-} " != *" $locale "* ]]; then
        continue
    fi
    lupdate_locale "$locale"
    if [ -f "${TRANSLATION_TABLES:-scripts/translation_tables}/$locale.json" ]; then
        TRANSLATIONS_DIR="$DIR" "$BIN/python" scripts/fill_translations.py "$locale" \
            >/dev/null || status=1
        lupdate_locale "$locale"  # lupdate's own layout, so a second run changes nothing
    fi
    # Unfinished messages stay English in the .qm: an old translation lupdate kept as a hint
    # may no longer say what the changed source says.
    "$BIN/pyside6-lrelease" -silent -nounfinished "$DIR/mureka_desktop_$locale.ts" \
        -qm "$DIR/mureka_desktop_$locale.qm"
done
exit $status
