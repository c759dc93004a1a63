"""Settings round-trip with a fake keyring backend; Check against the simulator over HTTP."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from helpers import FakeKeyring, ServerThread
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from window_tools import dispose, wait_for

from mureka_desktop.app import build_engine
from mureka_desktop.core.model.accounts import AccountInfo
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.settings.secrets import SERVICE, TokenStore
from mureka_desktop.simulator import SimConfig, build_app
from mureka_desktop.ui.accounts_view import AccountsSettings
from mureka_desktop.ui.main_window import MainWindow
from mureka_desktop.ui.settings_dialog import SettingsDialog

TOKEN = "user:777-demoTokenForTheSimulator"


def save(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.fixture
async def real_window(tmp_path: Path, keyring_backend: FakeKeyring, open_window: Any):
    engine = build_engine(AppPaths.resolve(tmp_path / "home"), require_token=False,
                          tokens=TokenStore(keyring_backend))
    return open_window(engine, show=False)  # closed with the window


async def test_settings_round_trip(real_window: MainWindow, keyring_backend: FakeKeyring,
                                   tmp_path: Path):
    engine = real_window.engine
    dialog = real_window.commands.open_settings()
    assert dialog.token.echoMode() == QLineEdit.EchoMode.Password
    assert "system keyring" in dialog.token_note.text()
    dialog.token.setText(TOKEN)
    dialog.concurrency.setValue(4)
    dialog.reuse.setChecked(False)
    dialog.output.setText(str(tmp_path / "vids"))
    dialog.api_base.setText("https://example.invalid/v1/mureka/")
    dialog.keep_in_tray.setChecked(True)
    assert dialog.auto_advance.isChecked()  # on by default
    dialog.auto_advance.setChecked(False)
    save(dialog)
    assert keyring_backend.passwords == {(SERVICE, "useapi-token"): TOKEN}
    stored = json.loads(engine.paths.settings_file.read_text())
    assert stored == {"output_dir": str(tmp_path / "vids"), "concurrency": 4,
                      "reuse_existing": False, "api_base": "https://example.invalid/v1/mureka",
                      "keep_in_tray": True, "auto_advance": False,
                      "name_template": "{title} - {song}", "language": ""}
    assert TOKEN not in engine.paths.settings_file.read_text()
    assert engine.scheduler.config.concurrency == 4
    assert engine.scheduler.config.reuse_existing is False
    assert engine.scheduler.config.output_dir == tmp_path / "vids"
    assert engine.accounts.client.base_url == "https://example.invalid/v1/mureka"
    again = real_window.commands.open_settings()
    assert again.token.text() == TOKEN and again.concurrency.value() == 4
    assert not again.reuse.isChecked() and not again.auto_advance.isChecked()
    assert again.keep_in_tray.isChecked()
    again.reject()


async def test_the_file_name_template_is_checked_as_it_is_typed(real_window: MainWindow):
    engine = real_window.engine
    dialog = real_window.commands.open_settings()
    assert dialog.template.text() == "{title} - {song}"
    assert "Summer Rain - 700000004.mp4" in dialog.template_note.text()
    dialog.template.setFocus()
    dialog.template.selectAll()
    QTest.keyClicks(dialog.template, "{titel} - {song}")
    assert "Unknown field {titel}" in dialog.template_note.text()
    save(dialog)  # refused: the dialog stays, with the reason, and nothing is saved
    assert dialog.isVisible() and "Unknown field {titel}" in dialog.template_note.text()
    assert not engine.paths.settings_file.exists()
    dialog.template.selectAll()
    QTest.keyClick(dialog.template, Qt.Key.Key_Delete)
    assert "empty" in dialog.template_note.text()
    QTest.keyClicks(dialog.template, "{song} {title}")
    assert "700000004 Summer Rain.mp4" in dialog.template_note.text()
    save(dialog)
    assert not dialog.isVisible()
    assert json.loads(engine.paths.settings_file.read_text())["name_template"] == \
        "{song} {title}"
    assert engine.scheduler.config.name_template == "{song} {title}"


async def test_bad_token_shape_is_refused(real_window: MainWindow,
                                          keyring_backend: FakeKeyring):
    dialog = real_window.commands.open_settings()
    dialog.token.setText("Bearer abc")
    save(dialog)
    assert dialog.isVisible() and "does not look like" in dialog.token_note.text()
    assert keyring_backend.passwords == {}


async def test_without_a_keyring_the_token_lives_for_the_session_only(tmp_path: Path,
                                                                      open_window: Any):
    tokens = TokenStore(None)
    engine = build_engine(AppPaths.resolve(tmp_path / "h"), require_token=False, tokens=tokens)
    window = open_window(engine, show=False)
    dialog = window.commands.open_settings()
    assert "session only" in dialog.token_note.text()
    dialog.token.setText(TOKEN)
    save(dialog)
    assert tokens.get() == TOKEN
    assert not any(TOKEN.encode() in p.read_bytes()
                   for p in (tmp_path / "h").rglob("*") if p.is_file())
    assert "session only" in window.statusBar().currentMessage()


async def test_check_shows_each_accounts_health(real_window: MainWindow):
    app, _ = build_app(SimConfig(credits=1234))
    with ServerThread(app) as server:
        dialog: SettingsDialog = real_window.commands.open_settings()
        dialog.api_base.setText(f"{server.url}/v1/mureka")
        dialog.token.setText(TOKEN)
        dialog.check_button.click()
        await wait_for(lambda: dialog.check_button.isEnabled(), timeout=10)
        assert dialog.health.text() == \
            "✓ Mureka account 123456789: healthy, session 3 days old, 1,234 credits left"
        dialog.token.setText("user:1-wrongToken")
        dialog.check_button.click()
        await wait_for(lambda: dialog.check_button.isEnabled(), timeout=10)
        assert dialog.health.text() == "✗ The API rejected this token."
        dialog.reject()


async def test_start_without_a_token_asks_for_one_and_calls_nothing(real_window: MainWindow):
    real_window.engine.queue.add(["1"])
    real_window.acts.start_action.trigger()
    assert not real_window.queue.running
    assert isinstance(real_window.dialog, SettingsDialog) and real_window.dialog.isVisible()
    assert "Enter your useapi.net token" in real_window.statusBar().currentMessage()
    real_window.dialog.reject()


async def test_settings_show_the_api_base_the_environment_sets_and_keep_the_saved_one(
        real_window: MainWindow, monkeypatch: pytest.MonkeyPatch):
    engine = real_window.engine
    monkeypatch.setenv("MUREKA_API_BASE", "http://127.0.0.1:9/v1/mureka")
    dialog = real_window.commands.open_settings()
    assert dialog.api_base.text() == "http://127.0.0.1:9/v1/mureka"  # what is in use
    assert dialog.api_base.isReadOnly() and "MUREKA_API_BASE" in dialog.api_base.toolTip()
    dialog.concurrency.setValue(3)
    save(dialog)
    stored = json.loads(engine.paths.settings_file.read_text())
    assert stored.get("api_base", "https://api.useapi.net/v1/mureka") == \
        "https://api.useapi.net/v1/mureka"  # the environment's value is not saved


async def test_check_says_one_day_and_one_credit_in_the_singular(real_window: MainWindow):
    dialog: SettingsDialog = real_window.commands.open_settings()
    young = AccountInfo(account="5", error=None, token_issued_days_ago=1.0,
                        has_auto_refresh=None, credits=1)
    assert dialog._account_line(young) == \
        "✓ Mureka account 5: healthy, session 1 day old, 1 credit left"
    broken = dataclasses.replace(young, token_issued_days_ago=None, error="Login expired",
                                 credits=None)
    assert dialog._account_line(broken) == \
        "✗ Mureka account 5: needs attention: Login expired"
    dialog.reject()


async def test_a_token_saved_in_settings_clears_the_no_token_banner_and_loads_the_accounts(
        real_window: MainWindow):
    from mureka_desktop.core.model.config import PauseReason

    window = real_window
    # as at a start without a token (ui/launch.py): the banner offers Settings
    window.banner.show_reason(PauseReason("auth", "No useapi.net token yet: generating is "
                                          "off. The library works offline."))
    window.show()
    assert window.banner.isVisible()
    app, _ = build_app(SimConfig(credits=1234))
    with ServerThread(app) as server:
        dialog: SettingsDialog = window.commands.open_settings()
        assert "No useapi.net token" in window.accounts.summary()[0]
        dialog.api_base.setText(f"{server.url}/v1/mureka")
        dialog.token.setText(TOKEN)
        save(dialog)
        assert not window.banner.isVisible()  # at once, not at the next F5
        await wait_for(lambda: "No useapi.net token" not in window.accounts.summary()[0],
                       timeout=10)
        again: SettingsDialog = window.commands.open_settings()
        section = again.findChild(AccountsSettings)
        assert isinstance(section, AccountsSettings)
        model = section.table.model()
        shown = section.summary.text() + "".join(
            str(model.index(r, c).data())
            for r in range(model.rowCount()) for c in range(model.columnCount()))
        assert "123456789" in shown
        again.reject()


async def test_check_of_a_token_not_saved_yet_says_so_in_the_accounts_section(
        real_window: MainWindow):
    app, _ = build_app(SimConfig(credits=1234))
    with ServerThread(app) as server:
        dialog: SettingsDialog = real_window.commands.open_settings()
        section = dialog.findChild(AccountsSettings)
        assert isinstance(section, AccountsSettings)
        assert "No useapi.net token" in section.summary.text()
        dialog.api_base.setText(f"{server.url}/v1/mureka")
        dialog.token.setText(TOKEN)
        dialog.check_button.click()
        await wait_for(lambda: dialog.check_button.isEnabled(), timeout=10)
        assert "123456789" in dialog.health.text()
        assert "No useapi.net token" not in section.summary.text()
        assert "Check found 1 account for the token above; Save" in section.summary.text()
        dialog.reject()


async def test_settings_changed_in_demo_mode_last_in_the_demo_folder(
        make_engine: Any, open_window: Any, tmp_path: Path):
    window = open_window(make_engine(), show=False)  # demo mode
    real_file = window.engine.paths.config_dir / "settings.json"
    dialog: SettingsDialog = window.commands.open_settings()
    dialog.concurrency.setValue(3)
    dialog.auto_advance.setChecked(False)
    save(dialog)
    engine = window.engine
    await dispose(window)
    await engine.aclose()
    again = make_engine()  # the next demo start
    assert again.settings.current.concurrency == 3
    assert again.settings.current.auto_advance is False
    assert again.scheduler.config.concurrency == 3
    assert not real_file.exists()  # the real settings are not the demo's
    real = build_engine(AppPaths.resolve(tmp_path / "home"), require_token=False,
                        tokens=again.settings.tokens)
    try:
        assert real.settings.current.concurrency != 3
    finally:
        await real.aclose()
