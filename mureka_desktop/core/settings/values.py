"""User settings: one typed object with defaults, stored as JSON. The token is never here."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from mureka_desktop.core.api.client import DEFAULT_API_BASE
from mureka_desktop.core.library.naming import DEFAULT_TEMPLATE, check_template

log = logging.getLogger(__name__)

# The languages the window can speak (a translation ships for each, English is the source),
# each named in its own words for the choice in Settings. "" in Settings.language means the
# system's; the command line always speaks English.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "ja": "日本語", "ko": "한국어",
                  "es": "Español", "pt_BR": "Português (Brasil)", "de": "Deutsch",
                  "fr": "Français"}
LANGUAGES = tuple(LANGUAGE_NAMES)


@dataclass
class Settings:
    output_dir: str = ""
    concurrency: int = 10
    reuse_existing: bool = True
    api_base: str = DEFAULT_API_BASE
    keep_in_tray: bool = False  # a permanent tray icon; closing the window hides it there
    auto_advance: bool = True  # the library's triage moves to the next unreviewed video
    name_template: str = DEFAULT_TEMPLATE  # new downloads' file names (core/naming.py)
    language: str = ""  # the window's language, one of LANGUAGES; "" the system's (next start)

    def normalized(self) -> Settings:
        self.concurrency = max(1, min(10, int(self.concurrency)))
        self.api_base = self.api_base.strip().rstrip("/") or DEFAULT_API_BASE
        if check_template(self.name_template) is not None:  # a file edited by hand
            log.warning("file name template %r unusable: %s; using %r", self.name_template,
                        check_template(self.name_template), DEFAULT_TEMPLATE)
            self.name_template = DEFAULT_TEMPLATE
        if self.language not in ("", *LANGUAGES):  # a file edited by hand, or a dropped one
            log.warning("language %r not known: following the system's", self.language)
            self.language = ""
        return self

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw: Any = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s): using defaults", path, exc)
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name: f.type for f in fields(cls)}
        values: dict[str, Any] = {}
        defaults = asdict(cls())
        for name, value in raw.items():
            if name in known and isinstance(value, type(defaults[name])):
                values[name] = value
        return cls(**values).normalized()

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), "utf-8")
        os.replace(tmp, path)

    def api_base_effective(self) -> str:
        return os.environ.get("MUREKA_API_BASE", "").strip() or self.api_base
