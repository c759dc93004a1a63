"""``python -m mureka_desktop.simulator`` without its optional HTTP server installed."""

from __future__ import annotations

import sys

import pytest

from mureka_desktop.simulator.__main__ import main


def test_missing_uvicorn_names_the_extra(monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]):
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn -> ImportError
    assert main(["--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "mureka-desktop[simulator]" in err and "--demo" in err
