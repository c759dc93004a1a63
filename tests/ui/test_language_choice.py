"""The language the window speaks: the system's locale (LANG) gives its menus and Qt's own
file dialog and buttons in that language (a child process); the language chosen in Settings
is saved and wins at the next start; the command line stays English; the update script
keeps translations. The shipped files themselves: test_translations.py."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import FakeKeyring
from PySide6.QtCore import QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from test_translations import NON_LATIN, ROOT, SHIPPED, TABLES, TRANSLATIONS, messages, texts

from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.core.settings.values import LANGUAGES, Settings
from mureka_desktop.ui.i18n import language_name, qt_translations_dir

# ---------------------------------------------------------------------- the system's locale

LOCALE_CHILD = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel
from mureka_desktop.ui.i18n import install_translators
app = QApplication([])
installed = install_translators(app)
from mureka_desktop.app import build_engine
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.ui.main_window import MainWindow
engine = build_engine(AppPaths.resolve(Path(sys.argv[1])), demo=True, require_token=False)
window = MainWindow(engine)
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                       QDialogButtonBox.StandardButton.Cancel)
dialog = QFileDialog(None)
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
print(json.dumps({"locale": QLocale.system().name(),
                  "installed": [Path(t.filePath()).name for t in installed],
                  "menus": [a.text() for a in window.menuBar().actions()],
                  "buttons": [b.text() for b in box.buttons()],
                  "look_in": labels["lookInLabel"], "file_name": labels["fileNameLabel"]},
                 ensure_ascii=False))
"""


def qt_words(locale: str, context: str, source: str) -> str:
    translator = QTranslator()
    assert translator.load(f"qtbase_{locale}", qt_translations_dir())
    return translator.translate(context, source) or source


@pytest.mark.parametrize("locale", ["ja", *[loc for loc in SHIPPED if loc != "ja"]])
def test_the_system_locale_speaks_its_language_in_menus_and_qt_dialogs(tmp_path: Path,
                                                                        locale: str):
    if locale not in SHIPPED:
        pytest.skip(f"mureka_desktop_{locale}.ts is not shipped yet")
    country = {"ja": "JP", "ko": "KR", "zh_CN": "", "pt_BR": "", "de": "DE", "fr": "FR",
               "es": "ES"}[locale]
    lang = f"{locale}_{country}" if country else locale
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env.update(LANG=f"{lang}.UTF-8", QT_QPA_PLATFORM="offscreen",
               QT_LOGGING_RULES="qt.multimedia*=false")
    child = subprocess.run([sys.executable, "-c", "import json\n" + LOCALE_CHILD, str(tmp_path)],
                           env=env, capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stderr
    said = json.loads(child.stdout.strip().splitlines()[-1])
    assert said["locale"] == lang
    assert said["installed"] == ["mureka_desktop_en.qm", f"mureka_desktop_{locale}.qm",
                                 f"qtbase_{locale}.qm"]
    translated = messages(TRANSLATIONS / f"mureka_desktop_{locale}.ts")
    expected = [texts(translated[("WindowActions", "&" + m, "")])[0]
                for m in ("File", "Queue", "View", "Review", "Song")]
    assert said["menus"][:5] == expected
    assert said["menus"][5] == texts(translated[("LibraryFileCommands", "&Library", "")])[0]
    assert said["buttons"] == [qt_words(locale, "QPlatformTheme", "Save"),
                               qt_words(locale, "QPlatformTheme", "Cancel")]
    assert said["buttons"] != ["Save", "Cancel"]
    # Qt's own translations are not complete in every language ("Look in:" is English in
    # French): what Qt has, shows.
    assert said["look_in"] == qt_words(locale, "QFileDialog", "&Look in:")
    assert said["file_name"] == qt_words(locale, "QFileDialog", "File &name:") != "File &name:"
    if locale in ("ja", "zh_CN", "ko"):
        assert all(NON_LATIN.search(text) for text in [*said["menus"], *said["buttons"],
                                                         said["file_name"]])


# ---------------------------------------------------------------------- the language setting


def test_settings_keep_a_known_language_only(tmp_path: Path):
    path = tmp_path / "settings.json"
    Settings(language="pt_BR").save(path)
    assert Settings.load(path).language == "pt_BR"
    path.write_text(json.dumps({"language": "xx_YY"}))
    assert Settings.load(path).language == ""


def test_each_language_is_named_in_its_own_words():
    assert [language_name(code) for code in LANGUAGES] == [
        "English", "简体中文", "日本語", "한국어", "Español", "Português (Brasil)", "Deutsch",
        "Français"]


async def test_the_language_is_chosen_in_settings_and_saved(
        qapp: QApplication, keyring_backend: FakeKeyring, make_engine: Any, tmp_path: Path):
    from mureka_desktop.ui.settings_dialog import SettingsDialog

    engine = make_engine()
    dialog = SettingsDialog(Settings(language="fr"), engine.settings.tokens, engine.accounts.check,
                            TaskOwner("settings"), tmp_path)
    try:
        combo = dialog.findChild(QComboBox, "language")
        assert combo is not None and combo.currentText() == "Français"
        assert [combo.itemData(i) for i in range(combo.count())] == ["", *LANGUAGES]
        assert "next start" in dialog.findChild(type(dialog.token_note), "languageNote").text()
        saved: list[Settings] = []
        dialog.saved.connect(lambda settings, _token: saved.append(settings))
        combo.setFocus()
        QTest.keyClick(combo, "D")  # "Deutsch", typed as on the real combo box
        assert combo.currentData() == "de"
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert [s.language for s in saved] == ["de"]
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize("chosen", ["de", "en"])
def test_the_language_of_the_settings_wins_over_the_system_at_start(tmp_path: Path,
                                                                      chosen: str):
    """The real start-up path (--exit-after-show): settings.json says the language, LANG says
    another; the log names the translation installed."""
    Settings(language=chosen).save(tmp_path / "config" / "settings.json")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env.update(LANG="fr_FR.UTF-8", QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = subprocess.run([sys.executable, "-m", "mureka_desktop", "--demo", "--data-dir",
                             str(tmp_path), "--exit-after-show"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "logs" / "mureka-desktop.log").read_text()
    shown = re.search(r"window shown \(.*translations (.*)\)", log)
    assert shown is not None, log
    assert shown[1] == ("mureka_desktop_en.qm, mureka_desktop_de.qm, qtbase_de.qm"
                        if chosen == "de" else "mureka_desktop_en.qm")


@pytest.mark.skipif(sys.platform == "win32", reason="the update script is bash")
def test_the_update_keeps_translations_and_marks_a_changed_message_unfinished(tmp_path: Path):
    """After a merge changes UI wording, update-translations.sh fills every message from the
    tables, leaves the changed one unfinished (English in the .qm), names it and the table's
    stale row, and exits 1; a row that loses its placeholder or mnemonic is refused and named."""
    bin_dir = Path(sys.executable).parent
    if not (bin_dir / "pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate not installed")
    out, tables = tmp_path / "translations", tmp_path / "tables"
    shutil.copytree(TRANSLATIONS, out)
    shutil.copytree(TABLES, tables)
    ts = out / "mureka_desktop_de.ts"
    # As if the source had said "Begin" when German was translated, and now says "Start".
    text = ts.read_text(encoding="utf-8")
    assert text.count("<source>Start</source>") == 1
    ts.write_text(text.replace("<source>Start</source>", "<source>Begin</source>"),
                  encoding="utf-8")
    rows = json.loads((tables / "de.json").read_text(encoding="utf-8"))
    for row in rows:
        if (row["context"], row["source"]) == ("WindowActions", "Start"):
            row["source"] = "Begin"
        if (row["context"], row["source"]) == ("WindowActions", "&File"):
            row["translation"] = "Datei"  # the mnemonic lost
        if (row["context"], row["source"]) == ("AccountSongsDialog", "Account %1"):
            row["translation"] = "Konto"  # the placeholder lost
    (tables / "de.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    update = subprocess.run(["bash", str(ROOT / "scripts" / "update-translations.sh")],
                            timeout=300, capture_output=True, text=True,
                            env={**os.environ, "BIN": str(bin_dir), "TRANSLATIONS_DIR": str(out),
                                 "TRANSLATION_TABLES": str(tables)})
    assert update.returncode == 1, update.stderr
    assert "de: untranslated ('WindowActions', 'Start', '')" in update.stderr
    assert "de: stale row ('WindowActions', 'Begin', '')" in update.stderr
    assert "de: refused ('WindowActions', '&File', ''): mnemonic" in update.stderr
    assert "de: refused ('AccountSongsDialog', 'Account %1', ''): placeholders" in update.stderr
    assert update.stderr.count("de: ") == 4 and "fr: " not in update.stderr
    before, after = messages(TRANSLATIONS / "mureka_desktop_de.ts"), messages(ts)
    assert set(after) == set(before)  # "Begin" gone, "Start" back
    changed = [key for key, m in after.items()
               if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert changed == [("WindowActions", "Start", "")]
    assert all(texts(after[key]) == texts(before[key]) for key in after if key not in changed)
    translator = QTranslator()
    assert translator.load(str(out / "mureka_desktop_de.qm"))
    assert translator.translate("WindowActions", "Start") == ""  # English until translated
    assert translator.translate("WindowActions", "Pause") == "Pausieren"
    for locale in SHIPPED:
        if locale != "de":
            assert (out / f"mureka_desktop_{locale}.qm").read_bytes() == \
                (TRANSLATIONS / f"mureka_desktop_{locale}.qm").read_bytes()


def test_the_command_line_stays_english_under_another_locale(tmp_path: Path):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env.update(LANG="de_DE.UTF-8")
    result = subprocess.run([sys.executable, "-m", "mureka_desktop", "--data-dir",
                             str(tmp_path), "generate", "--demo", "not-an-id"], env=env,
                            capture_output=True, text=True, timeout=60)
    said = result.stdout + result.stderr
    assert "not a song id: 'not-an-id'" in said
    assert "No valid song id given; nothing queued." in said
