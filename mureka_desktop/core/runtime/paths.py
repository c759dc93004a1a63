"""Every path the app uses, in one place, on platformdirs; overridable for tests and portable use.

``--data-dir DIR`` (or ``MUREKA_DESKTOP_HOME``) puts data, config and logs under one folder, so a
test never touches the real user folders.
"""

from __future__ import annotations

import importlib.resources
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "MurekaDesktop"
APP_ID = "io.github.murekadesktop.MurekaDesktop"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    default_output_dir: Path
    cache_dir: Path | None = None  # None: ``cache`` inside the data folder

    @property
    def thumbnail_dir(self) -> Path:
        """The library's thumbnails (re-made at will, so under the cache folder)."""
        return (self.cache_dir or self.data_dir / "cache") / "thumbnails"

    @property
    def database(self) -> Path:
        return self.data_dir / "queue.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def ui_state_file(self) -> Path:
        return self.config_dir / "window.ini"

    @classmethod
    def resolve(cls, data_dir: Path | None = None) -> AppPaths:
        home = data_dir or (Path(os.environ["MUREKA_DESKTOP_HOME"])
                            if os.environ.get("MUREKA_DESKTOP_HOME") else None)
        if home is not None:
            home = home.expanduser().resolve()
            return cls(home, home / "config", home / "logs", home / "videos", home / "cache")
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(Path(dirs.user_data_dir), Path(dirs.user_config_dir),
                   Path(dirs.user_log_dir),
                   Path(platformdirs.user_videos_dir()) / "Mureka", Path(dirs.user_cache_dir))


def demo_settings_file(paths: AppPaths) -> Path:
    """Demo mode's own settings, in its data folder (``paths`` are the demo's)."""
    return paths.data_dir / "settings.json"


def resources_dir() -> Path:
    """The folder holding the demo clip and the icon: ``mureka_desktop/resources``, shipped
    inside the package, so a wheel, pipx, an editable install and the bundle all have it."""
    override = os.environ.get("MUREKA_DESKTOP_RESOURCES")
    if override:
        return Path(override)
    return Path(str(importlib.resources.files("mureka_desktop") / "resources"))
