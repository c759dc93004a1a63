"""Counts read as English: "1 duplicate", "2 duplicates", "(line 4)", "(lines 4, 7)", through
Qt's plural forms and the shipped English translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from mureka_desktop.core import ids
from mureka_desktop.core.intake import review
from mureka_desktop.core.store import State
from mureka_desktop.ui.i18n import install_translators
from mureka_desktop.ui.intake import ReviewDialog
from mureka_desktop.ui.main_window import MainWindow
from mureka_desktop.ui.notifications import Notifier

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "mureka_desktop" / "resources" / "translations"


def review_of(window: MainWindow, text: str) -> ReviewDialog:
    dialog = ReviewDialog(review(ids.parse_text(text), window.engine.store), "Typed in", window)
    dialog.deleteLater()
    return dialog


async def test_one_of_each_reads_singular(window: MainWindow):
    window.engine.store.add(["500"])
    item = window.engine.store.by_song("500")
    assert item is not None
    window.engine.store.update(item.id, state=State.DONE)
    dialog = review_of(window, "101\n101\n500\nnot-an-id\n")
    assert dialog.summary.text() == \
        "1 new · 1 duplicate · 1 already done · 1 invalid (line 4)"
    assert dialog.add_button.text() == "Add 1"
    assert dialog.regenerate.text() == \
        "Also generate the 1 already done song again (costs 1 credit)"


async def test_two_of_each_reads_plural(window: MainWindow):
    dialog = review_of(window, "101\n101\n102\nbad\n\n102\nworse\n")
    assert dialog.summary.text() == "2 new · 2 duplicates · 0 already done · 2 invalid " \
        "(lines 4, 7)"
    assert dialog.add_button.text() == "Add 2"


async def test_status_bar_and_notification_counts(window: MainWindow):
    notifier = Notifier(window)
    assert notifier.run_finished(1, 0) == "1 video done."
    assert notifier.run_finished(2, 1) == "2 videos done, 1 failed."
    assert window.status_panel.counts.text() == "0 done · 0 failed · 0 queued"


def test_a_locale_without_its_own_translation_falls_back_to_english(qapp: QApplication):
    installed = install_translators(qapp, QLocale(QLocale.Language.German))
    try:
        assert [Path(t.filePath()).name for t in installed] == ["mureka_desktop_en.qm"]
        assert installed[0].translate("ReviewDialog", "%n duplicate(s)", "", 1) == \
            "%n duplicate"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_every_plural_string_is_in_the_shipped_translation(tmp_path: Path):
    sources = set()
    for path in (ROOT / "mureka_desktop" / "ui").glob("*.py"):
        sources |= set(re.findall(r'tr\(\s*"([^"]*%n[^"]*)"', path.read_text()))
    ts = ET.parse(TRANSLATIONS / "mureka_desktop_en.ts")
    forms = {m.findtext("source"): [f.text for f in m.iter("numerusform")]
             for m in ts.iter("message") if m.get("numerus") == "yes"}
    assert sources and sources <= set(forms), sources - set(forms)
    assert all(len(f) == 2 and all(f) for f in forms.values())
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    shutil.copy(TRANSLATIONS / "mureka_desktop_en.ts", tmp_path / "en.ts")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "en.ts"), "-qm",
                    str(tmp_path / "en.qm")], check=True, timeout=60)
    assert (tmp_path / "en.qm").read_bytes() == \
        (TRANSLATIONS / "mureka_desktop_en.qm").read_bytes(), \
        "the .qm is stale: run scripts/update-translations.sh"
