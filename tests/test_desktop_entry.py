"""``--install-desktop-entry``: the menu entry and icon in the user's XDG folders."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mureka_desktop.core.runtime.paths import APP_ID, resources_dir
from mureka_desktop.desktop_entry import _quote_exec, data_home

ROOT = Path(__file__).resolve().parents[1]


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mureka_desktop", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_install_and_uninstall_in_xdg_data_home(tmp_path: Path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "HOME": str(tmp_path)}
    result = _cli("--install-desktop-entry", env=env)
    assert result.returncode == 0, result.stderr
    desktop = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert desktop.is_file() and icon.is_file()
    assert not (tmp_path / ".local").exists()  # XDG_DATA_HOME honoured
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(desktop)
    section = entry["Desktop Entry"]
    assert section["MimeType"] == "text/plain;text/csv;application/json;"
    program, field = section["Exec"].rsplit(" ", 1)
    assert field == "%F"
    assert Path(program.strip('"')).name == "mureka-desktop"
    assert section["Icon"] == APP_ID
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)

    result = _cli("--uninstall-desktop-entry", env=env)
    assert result.returncode == 0, result.stderr
    assert not desktop.exists() and not icon.exists()
    assert "No menu entry" in _cli("--uninstall-desktop-entry", env=env).stdout


def test_relative_xdg_data_home_is_ignored(tmp_path: Path):
    assert data_home({"XDG_DATA_HOME": "relative/share"}) == Path.home() / ".local" / "share"
    assert data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path


def test_exec_paths_with_spaces_are_quoted():
    assert _quote_exec("/usr/bin/mureka-desktop") == "/usr/bin/mureka-desktop"
    assert _quote_exec('/home/a b/$x"/mureka-desktop') == '"/home/a b/\\$x\\"/mureka-desktop"'


def test_the_shipped_entry_is_the_packaging_one():
    shipped = (resources_dir() / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert shipped == (ROOT / "packaging" / f"{APP_ID}.desktop").read_text(encoding="utf-8")


@pytest.mark.parametrize("flag", ["--install-desktop-entry", "--uninstall-desktop-entry"])
def test_flags_are_in_the_help(flag: str):
    assert flag in _cli("--help", env=dict(os.environ)).stdout
