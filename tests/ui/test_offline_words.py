"""No network: the window says "Offline" in plain words, never an exception's class name."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from window_tools import wait_for

from mureka_desktop.app import build_engine
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.settings.secrets import TokenStore
from mureka_desktop.core.settings.values import Settings
from tests.helpers import FakeKeyring


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_an_unreachable_api_shows_offline_in_plain_words(
        tmp_path: Path, open_window: Any, keyring_backend: FakeKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUREKA_API_BASE", f"http://127.0.0.1:{closed_port()}/v1/mureka")
    tokens = TokenStore(keyring_backend)
    tokens.set("user:1-offline-test-token")
    monkeypatch.delenv("USEAPI_TOKEN", raising=False)
    paths = AppPaths.resolve(tmp_path / "home")
    engine = build_engine(paths, tokens=tokens, settings=Settings.load(paths.settings_file),
                          out_dir=tmp_path / "out")
    window = open_window(engine)
    engine.queue.add(["700000001"])
    engine.queue.start()
    await wait_for(lambda: window.banner.isVisible())
    text = window.banner.message.text()
    assert text.startswith("Offline: the API cannot be reached")
    assert "nothing answers at 127.0.0.1" in text and "Error" not in text
    assert "Queue paused" not in text  # offline is a wait that ends by itself
    assert window.banner.button.text() == "Try now"
    window.refresh_status()
    assert window.status_panel.next_call.text() == "Offline: waiting for the API"
