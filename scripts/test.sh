#!/usr/bin/env bash
# Sets up and runs the whole suite: ruff, mypy (strict on the core), pytest (offscreen Qt,
# real loopback HTTP), the screenshot check under Xvfb, and the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export QT_QPA_PLATFORM=offscreen QT_API=pyside6
export QT_LOGGING_RULES="qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false"
echo "== ruff"; .venv/bin/ruff check mureka_desktop tests bench
echo "== mypy"; .venv/bin/mypy mureka_desktop
echo "== import contracts (.importlinter)"; .venv/bin/lint-imports --no-cache
echo "== pytest"; .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
echo "== screenshots of the real window under Xvfb (build/screenshots)"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1700x1000x24" \
    .venv/bin/python scripts/screenshots.py build/screenshots \
    2> build-screenshots.log || { cat build-screenshots.log; exit 1; }
# The translated window, German being the longest: build/screenshots/de-*.png
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1700x1000x24" \
    .venv/bin/python scripts/screenshots.py build/screenshots --language de \
    2> build-screenshots.log || { cat build-screenshots.log; exit 1; }
rm -f build-screenshots.log
if [ -z "${SKIP_BENCH:-}" ]; then
    echo "== benchmarks"
    for bench in bench/bench_*.py; do .venv/bin/python "$bench"; done
fi
