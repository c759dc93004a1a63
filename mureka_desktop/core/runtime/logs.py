"""Rotating logs in the platformdirs log folder, and :func:`scrub`: the one function that takes
the token out of every text the app keeps or shows (log records, stored errors, exports, the
CLI's output)."""

from __future__ import annotations

import base64
import contextlib
import logging
import logging.handlers
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

_COLON = r"(?::|%3[aA]|\\[uU]003[aA]|\\[xX]3[aA])"
# A token as useapi.net issues them (the colon maybe encoded), not followed by more id text
# (so that a song id "user:1-mureka:2-song:3" is left alone).
_TOKEN = re.compile(r"user" + _COLON + r"\d+-[A-Za-z0-9]{6,}(?![A-Za-z0-9:]|%3[aA]|\\[uU]003)")
# Only the token after "Bearer": the quote or brace that follows it stays.
_BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/%:=-]+", re.IGNORECASE)
_PARTS = re.compile(r"user:\d+-(.{6,})", re.DOTALL)
MASK = "[token]"


def _spelling(char: str) -> str:
    """Every way ``char`` shows up in text a server echoed: itself, %XX (quote, quote_plus),
    \\uXXXX (JSON), \\xXX, and + for a space (quote_plus)."""
    code = ord(char)
    forms = [re.escape(char)]
    if code < 0x100:
        forms.append(f"%{code:02x}")
        forms.append(f"\\\\x{code:02x}")
    forms.append(f"\\\\u{code:04x}")
    if char == " ":
        forms.append(r"\+")
    return "(?:" + "|".join(forms) + ")"


def _base64_forms(value: str) -> list[str]:
    raw = value.encode("utf-8")
    forms = {base64.b64encode(raw).decode("ascii"), base64.urlsafe_b64encode(raw).decode("ascii")}
    return [re.escape(f.rstrip("=")) + "(?:=|%3[dD]){0,2}" for f in sorted(forms)]


@lru_cache(maxsize=64)
def _secret_pattern(secret: str) -> re.Pattern[str] | None:
    """One pattern for every spelling of ``secret`` and of its secret part (the letters after
    ``user:<digits>-``, when at least 6 long): literal, URL-encoded, JSON-escaped, base64."""
    values = [secret]
    part = _PARTS.fullmatch(secret)
    if part:
        values.append(part[1])
    alternatives: list[str] = []
    for value in values:  # the whole token first: it is replaced whole, not around its part
        alternatives += _base64_forms(value)
        alternatives.append("".join(_spelling(c) for c in value))
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every known secret (in any spelling) and token-shaped string replaced by
    ``[token]``, and whatever follows "Bearer " redacted; the rest of the text is kept."""
    text = _BEARER.sub(r"\1[redacted]", text)
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        pattern = _secret_pattern(secret)
        if pattern is not None:
            text = pattern.sub(MASK, text)
    return _TOKEN.sub(MASK, text)


class ScrubFilter(logging.Filter):
    """Removes the known secrets and anything shaped like a token from the formatted message."""

    def __init__(self, secrets: list[str] | None = None) -> None:
        super().__init__()
        self.secrets = secrets or []

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage(), self.secrets)
        record.args = None
        return True


class LogFileHandler(logging.handlers.RotatingFileHandler):
    """The log file; when it cannot be written (a full disk), it says so once on stderr
    instead of printing a "--- Logging error ---" traceback for every record."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        self.failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        if self.failed:
            return
        self.failed = True
        error = sys.exc_info()[1]
        reason = (error.strerror if isinstance(error, OSError) and error.strerror
                  else str(error) or type(error).__name__)
        with contextlib.suppress(Exception):
            sys.stderr.write(f"Cannot write the log file {self.baseFilename}: {reason}. "
                             "Later log records may be lost.\n")
            sys.stderr.flush()


def setup(log_dir: Path, verbose: bool = False, secrets: list[str] | None = None
          ) -> ScrubFilter:
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = LogFileHandler(log_dir / "mureka-desktop.log")
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
