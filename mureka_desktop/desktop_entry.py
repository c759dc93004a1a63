"""A menu entry for pip and pipx installs: ``--install-desktop-entry`` / ``--uninstall-…``.

Writes the package's .desktop file (the same one as ``packaging/``, with ``Exec`` pointing at
this installation's ``mureka-desktop``) to ``$XDG_DATA_HOME/applications`` and the icon to
``$XDG_DATA_HOME/icons/hicolor/scalable/apps`` (``~/.local/share`` when XDG_DATA_HOME is unset
or not absolute, as the XDG base directory spec says). No Qt, no root.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from mureka_desktop.core.runtime.paths import APP_ID, resources_dir

DESKTOP_NAME = f"{APP_ID}.desktop"


def data_home(env: Mapping[str, str] = os.environ) -> Path:
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def targets(env: Mapping[str, str] = os.environ) -> tuple[Path, Path]:
    home = data_home(env)
    return (home / "applications" / DESKTOP_NAME,
            home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")


def _quote_exec(program: str) -> str:
    """A path as one argument of a desktop entry's Exec key (spec: double quotes, escapes)."""
    if all(c.isalnum() or c in "/-_.+" for c in program):
        return program
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in program)
    return f'"{escaped}"'


def launcher() -> str:
    """This installation's ``mureka-desktop`` (a pipx venv's bin may not be on the menu's PATH)."""
    beside = Path(sys.executable).parent / "mureka-desktop"
    if beside.is_file():
        return str(beside)
    found = shutil.which("mureka-desktop")
    return str(Path(found).resolve()) if found else "mureka-desktop"


def entry_text(program: str) -> str:
    template = (resources_dir() / DESKTOP_NAME).read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={_quote_exec(program)} %F"
        elif line.startswith("TryExec="):
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(env: Mapping[str, str] = os.environ, program: str | None = None) -> list[Path]:
    desktop, icon = targets(env)
    desktop.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    tmp = desktop.with_suffix(".tmp")
    tmp.write_text(entry_text(program or launcher()), encoding="utf-8")
    tmp.replace(desktop)
    shutil.copyfile(resources_dir() / "icons" / f"{APP_ID}.svg", icon)
    _refresh(desktop.parent)
    return [desktop, icon]


def uninstall(env: Mapping[str, str] = os.environ) -> list[Path]:
    removed = []
    for path in targets(env):
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh(targets(env)[0].parent)
    return removed


def _refresh(applications: Path) -> None:
    """Let menus see the change now (the MIME cache for "Open with"); optional tools."""
    tool = shutil.which("update-desktop-database")
    if tool and applications.is_dir():
        subprocess.run([tool, "-q", str(applications)], check=False, timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(uninstalling: bool) -> int:
    try:
        paths = uninstall() if uninstalling else install()
    except OSError as exc:
        print(f"Could not {'remove' if uninstalling else 'install'} the menu entry: {exc}",
              file=sys.stderr)
        return 1
    if uninstalling:
        print("Removed: " + ", ".join(map(str, paths)) if paths else "No menu entry was installed.")
    else:
        print("Installed: " + ", ".join(map(str, paths)))
    return 0
