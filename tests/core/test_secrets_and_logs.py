import logging
from pathlib import Path

import pytest
from helpers import FakeKeyring

from mureka_desktop.core.runtime import logs
from mureka_desktop.core.settings.secrets import ENV_VAR, SERVICE, TokenStore, looks_like_token
from mureka_desktop.core.settings.values import Settings

TOKEN = "user:777-AbCdEf123456"


class FailBackend(FakeKeyring):
    priority = 0


def test_token_from_environment_first_then_keyring(monkeypatch: pytest.MonkeyPatch):
    backend = FakeKeyring()
    tokens = TokenStore(backend)
    assert tokens.persistent and tokens.get() is None
    assert tokens.set(TOKEN) is True
    assert backend.passwords == {(SERVICE, "useapi-token"): TOKEN}
    monkeypatch.setenv(ENV_VAR, "user:1-fromEnv")
    assert tokens.get() == "user:1-fromEnv" and tokens.from_environment
    tokens.clear()
    assert backend.passwords == {}


def test_no_keyring_keeps_the_token_in_memory_only():
    for tokens in (TokenStore(None), TokenStore(FailBackend())):
        assert not tokens.persistent
        assert tokens.set(TOKEN) is False
        assert tokens.get() == TOKEN


def test_token_shape():
    assert looks_like_token(TOKEN) and not looks_like_token("abc")
    assert not looks_like_token("Bearer " + TOKEN)


def test_logs_never_hold_the_token(tmp_path: Path):
    scrubber = logs.setup(tmp_path, secrets=["user:1-odd"])
    log = logging.getLogger("mureka_desktop.test")
    log.info("calling with Authorization: Bearer %s", TOKEN)
    log.warning("token %s and %s", TOKEN, "user:1-odd")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (tmp_path / "mureka-desktop.log").read_text()
    assert TOKEN not in text and "user:1-odd" not in text
    assert "Bearer [redacted]" in text
    assert scrubber.secrets == ["user:1-odd"]


def test_settings_round_trip_and_garbage(tmp_path: Path):
    path = tmp_path / "settings.json"
    Settings(concurrency=3, reuse_existing=False).save(path)
    loaded = Settings.load(path)
    assert (loaded.concurrency, loaded.reuse_existing) == (3, False)
    path.write_text('{"concurrency": 99, "reuse_existing": "yes", "unknown": 1}')
    odd = Settings.load(path)
    assert odd.concurrency == 10 and odd.reuse_existing is True
    path.write_text("not json")
    assert Settings.load(path) == Settings()


@pytest.mark.parametrize("echo", [
    "user:1-abc123", "user%3A1-abc123", "user%3a1-abc123", "user\\u003a1-abc123",
    "dXNlcjoxLWFiYzEyMw==", "dXNlcjoxLWFiYzEyMw", "dXNlcjoxLWFiYzEyMw%3D%3D",
    "abc123", "YWJjMTIz",
])
def test_every_spelling_of_the_token_is_scrubbed(echo: str):
    # A 400 echoing the token URL-encoded, JSON-escaped, in base64 or only its secret part.
    text = f'{{"error": "bad request for {echo} (see docs)"}}'
    out = logs.scrub(text, ["user:1-abc123"])
    assert "abc123" not in out and "YWJjMTIz" not in out and "dXNlcjox" not in out
    assert out == '{"error": "bad request for [token] (see docs)"}'


def test_scrub_replaces_only_the_token_after_bearer():
    assert logs.scrub('{"h": "Bearer user:1-abc123\\"}', ["user:1-abc123"]) == \
        '{"h": "Bearer [redacted]\\"}'
    assert logs.scrub('auth "Bearer user:9-zzzzzzzz"} end') == 'auth "Bearer [redacted]"} end'
    assert logs.scrub("user:777-mureka:555-song:700000004") == \
        "user:777-mureka:555-song:700000004"


def test_one_scrub_for_logs_store_exports_and_the_cli():
    from mureka_desktop.core.engine.facade import scrub_text

    text = "echo user%3A1-abc123 and dXNlcjoxLWFiYzEyMw"
    assert scrub_text(text, ["user:1-abc123"]) == logs.scrub(text, ["user:1-abc123"]) == \
        "echo [token] and [token]"
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "said %s", (text,), None)
    logs.ScrubFilter(["user:1-abc123"]).filter(record)
    assert record.getMessage() == "said echo [token] and [token]"
