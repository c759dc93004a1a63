"""The bearer token: from ``USEAPI_TOKEN``, else the OS keyring; never a plain file.

Where no keyring backend exists the token is kept for this session only, in memory.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "io.github.murekadesktop.MurekaDesktop"
ACCOUNT = "useapi-token"
ENV_VAR = "USEAPI_TOKEN"
_TOKEN_SHAPE = re.compile(r"user:\d+-[A-Za-z0-9]+")


def looks_like_token(token: str) -> bool:
    return bool(_TOKEN_SHAPE.fullmatch(token.strip()))


class TokenStore:
    """Reads and writes the token; ``backend`` is a keyring module or backend object."""

    def __init__(self, backend: Any | None = None) -> None:
        if backend is None:
            try:
                import keyring

                backend = keyring.get_keyring()
            except Exception:  # noqa: BLE001 - no keyring at all is a supported case
                backend = None
        self._backend: Any = backend
        self._session_token: str | None = None

    @property
    def persistent(self) -> bool:
        """False when no usable keyring backend exists (the token then lives in memory)."""
        if self._backend is None:
            return False
        priority = getattr(self._backend, "priority", 1)
        name = type(self._backend).__module__ + "." + type(self._backend).__name__
        return not (isinstance(priority, int | float) and priority <= 0) and "fail" not in \
            name.lower() and "null" not in name.lower()

    @property
    def from_environment(self) -> bool:
        return bool(os.environ.get(ENV_VAR, "").strip())

    def get(self) -> str | None:
        env = os.environ.get(ENV_VAR, "").strip()
        if env:
            return env
        if self._session_token:
            return self._session_token
        if not self.persistent:
            return None
        try:
            value = self._backend.get_password(SERVICE, ACCOUNT)
        except Exception as exc:  # noqa: BLE001 - keyring backends raise anything
            log.warning("keyring read failed: %s", type(exc).__name__)
            return None
        return str(value) if value else None

    def set(self, token: str) -> bool:
        """Store the token; True when it went to the keyring, False when session-only."""
        token = token.strip()
        if self.persistent:
            try:
                self._backend.set_password(SERVICE, ACCOUNT, token)
                self._session_token = None
                return True
            except Exception as exc:  # noqa: BLE001
                log.warning("keyring write failed (%s): keeping the token for this session",
                            type(exc).__name__)
        self._session_token = token
        return False

    def clear(self) -> None:
        self._session_token = None
        if self.persistent:
            try:
                self._backend.delete_password(SERVICE, ACCOUNT)
            except Exception:  # noqa: BLE001
                log.info("no token to delete from the keyring")
