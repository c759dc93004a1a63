"""The wheel as a user gets it (pip or pipx: a fresh virtualenv, no source tree): it carries
its own resources and runs a demo generation to the end."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mureka_desktop.core.runtime.paths import APP_ID, resources_dir

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.e2e


def _source_copy(dest: Path) -> Path:
    """The project as committed or edited, without build state (a build writes into it)."""
    skip = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                  ".*_cache")
    dest.mkdir()
    for name in ("pyproject.toml", "README.md", "constraints.txt"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "mureka_desktop", dest / "mureka_desktop", ignore=skip)
    return dest


def test_the_wheel_installs_into_a_fresh_venv_and_runs_a_demo(tmp_path: Path):
    src = _source_copy(tmp_path / "src")
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels),
                    str(src)], check=True, capture_output=True, timeout=300)
    wheel = next(wheels.glob("mureka_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "mureka_desktop/resources/demo-clip.mp4" in names
    assert f"mureka_desktop/resources/icons/{APP_ID}.svg" in names
    assert "mureka_desktop/resources/translations/mureka_desktop_en.qm" in names
    assert "mureka_desktop/py.typed" in names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q",
                          "-c", str(ROOT / "constraints.txt"), str(wheel)],
                         capture_output=True, text=True, timeout=600)
    assert pip.returncode == 0, pip.stderr[-3000:]

    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("MUREKA_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    out = tmp_path / "out"
    run = subprocess.run([str(venv / "bin" / "mureka-desktop"), "generate", "--demo",
                          "700000001", "700000002", "--data-dir", str(tmp_path / "data"),
                          "--out", str(out)], cwd=tmp_path, env=env, capture_output=True,
                         text=True, timeout=180)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 done, 0 failed" in run.stdout
    clip = (resources_dir() / "demo-clip.mp4").read_bytes()
    videos = sorted(out.glob("*.mp4"))
    assert len(videos) == 2 and all(v.read_bytes() == clip for v in videos)
    assert len(list(out.glob("*.png"))) == 2
    # the installed package, not this source tree, answered
    where = subprocess.run([str(venv / "bin" / "python"), "-c",
                            "import mureka_desktop; print(mureka_desktop.__file__)"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert where.stdout.strip().startswith(str(venv))
