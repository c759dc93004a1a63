"""Rotating logs in the platformdirs log folder, with the token scrubbed from every record."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_TOKEN = re.compile(r"user:\d+-[A-Za-z0-9]{6,}")
_BEARER = re.compile(r"(Bearer\s+)\S+", re.IGNORECASE)


def scrub(text: str) -> str:
    text = _BEARER.sub(r"\1[redacted]", text)
    return _TOKEN.sub("[token]", text)


class ScrubFilter(logging.Filter):
    """Removes anything shaped like a token from the formatted message."""

    def __init__(self, secrets: list[str] | None = None) -> None:
        super().__init__()
        self.secrets = secrets or []

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for secret in self.secrets:
            if secret:
                message = message.replace(secret, "[token]")
        record.msg = scrub(message)
        record.args = None
        return True


def setup(log_dir: Path, verbose: bool = False, secrets: list[str] | None = None
          ) -> ScrubFilter:
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "mureka-desktop.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    scrubber = ScrubFilter(secrets)
    handler.addFilter(scrubber)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for old in [h for h in root.handlers if getattr(h, "_mureka", False)]:
        root.removeHandler(old)
        old.close()
    handler._mureka = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    # httpx logs full URLs at INFO; ours never carry the token, but keep its noise out.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return scrubber
