#!/usr/bin/env bash
# Builds a one-folder bundle of Mureka Desktop with PyInstaller into dist/mureka-desktop/,
# checks that it starts (demo mode, offscreen) and packs it as dist/mureka-desktop-linux.tgz.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
.venv/bin/python -m pip install -q -c constraints.txt "pyinstaller>=6.10"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --name mureka-desktop --windowed --paths "$PWD" --specpath build \
    --add-data "$PWD/mureka_desktop/resources:mureka_desktop/resources" \
    --add-data "$PWD/packaging/io.github.murekadesktop.MurekaDesktop.desktop:packaging" \
    --add-data "$PWD/packaging/io.github.murekadesktop.MurekaDesktop.metainfo.xml:packaging" \
    --collect-submodules mureka_desktop \
    --exclude-module PySide6.QtWebEngineCore --exclude-module PySide6.QtWebEngineWidgets \
    --exclude-module PySide6.Qt3DCore --exclude-module PySide6.QtQuick3D \
    packaging/launcher.py
home="$(mktemp -d)"
QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
    dist/mureka-desktop/mureka-desktop --demo --data-dir "$home" --exit-after-show | grep -q "window shown"
rm -rf "$home"
tar -C dist -czf dist/mureka-desktop-linux.tgz mureka-desktop
du -sh dist/mureka-desktop dist/mureka-desktop-linux.tgz
