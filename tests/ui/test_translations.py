"""The shipped translations (mureka_desktop_<locale>.ts / .qm): complete and current with the
template, the right number of plural forms for each language and the right one chosen for 1, 2,
5 and 21, placeholders kept, menu accelerators unique under each language in the real window. The
language the window speaks (the system's locale, the Settings' choice): test_language_choice.py.

Each test runs over the locales whose file ships, so a language added later (zh_CN, ja, ko from
another branch) is checked as soon as its file is there."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMenu

from mureka_desktop.core.settings.values import LANGUAGES
from mureka_desktop.ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "mureka_desktop" / "resources" / "translations"
TEMPLATE = TRANSLATIONS / "mureka_desktop.ts"
TABLES = ROOT / "scripts" / "translation_tables"
SHIPPED = sorted(p.stem.removeprefix("mureka_desktop_")
                 for p in TRANSLATIONS.glob("mureka_desktop_*.ts")
                 if p.stem != "mureka_desktop_en")
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
TAG = re.compile(r"</?(?:a|b|i|p|br|h\d)\b[^<>]*>")  # markup, not "<digits>"

# Which plural form Qt (lrelease's rules, CLDR's) takes for a count, per language.
PLURAL_RULES = {
    "de": lambda n: 0 if n == 1 else 1,
    "es": lambda n: 0 if n == 1 else 1,
    "fr": lambda n: 0 if n <= 1 else 1,
    "pt_BR": lambda n: 0 if n <= 1 else 1,
    "zh_CN": lambda n: 0,
    "ja": lambda n: 0,
    "ko": lambda n: 0,
}
FORMS = {"de": 2, "es": 2, "fr": 2, "pt_BR": 2, "zh_CN": 1, "ja": 1, "ko": 1}
# One plural message said in full, as a user reads it.
VIDEOS = {
    "de": ["1 Video", "2 Videos", "5 Videos", "21 Videos"],
    "es": ["1 vídeo", "2 vídeos", "5 vídeos", "21 vídeos"],
    "fr": ["1 vidéo", "2 vidéos", "5 vidéos", "21 vidéos"],
    "pt_BR": ["1 vídeo", "2 vídeos", "5 vídeos", "21 vídeos"],
}
# Locales that write their words in another script than English.
NON_LATIN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def test_every_language_of_the_settings_is_shipped_or_on_its_way():
    assert set(SHIPPED) <= set(LANGUAGES) and {"de", "fr", "es", "pt_BR"} <= set(SHIPPED)
    script = (ROOT / "scripts" / "update-translations.sh").read_text()
    listed = re.search(r"^LOCALES=\(([^)]*)\)", script, re.M)
    assert listed is not None
    assert set(listed[1].split()) == set(LANGUAGES) - {"en"}


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or ""): m
            for c in root.iter("context") for m in c.iter("message")}


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("locale", SHIPPED)
def test_the_translation_is_complete_and_current_with_the_template(locale: str):
    path = TRANSLATIONS / f"mureka_desktop_{locale}.ts"
    assert ET.parse(path).getroot().get("language") == locale
    template, translated = messages(TEMPLATE), messages(path)
    assert set(translated) - set(template) == set(), "vanished: run update-translations.sh"
    assert set(template) - set(translated) == set(), "new: run update-translations.sh"
    unfinished = [key for key, m in translated.items()
                  if m.find("translation").get("type") is not None  # type: ignore[union-attr]
                  or not all(texts(m))]
    assert unfinished == [], f"{len(unfinished)} unfinished in {path.name}, e.g. {unfinished[:3]}"
    wrong_forms = [key for key, m in translated.items()
                   if m.get("numerus") == "yes" and len(texts(m)) != FORMS.get(locale, 0)
                   and locale in FORMS]
    assert wrong_forms == []


@pytest.mark.parametrize("locale", SHIPPED)
def test_placeholders_and_markup_are_kept(locale: str):
    wrong = []
    for key, message in messages(TRANSLATIONS / f"mureka_desktop_{locale}.ts").items():
        source = key[1]
        for text in texts(message):
            if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)) or \
                    Counter(TAG.findall(text)) != Counter(TAG.findall(source)):
                wrong.append((key, text))
    assert wrong == []


MNEMONIC = re.compile(r"&([^&\s])")
# Sources whose edge space is English word order: a Korean counter attaches to its number
# ("10개 동시 실행"), a CJK list comma ("、") takes no space.
EDGE_FREE = {", ", " at once"}


@pytest.mark.parametrize("locale", SHIPPED)
def test_mnemonics_line_breaks_and_edge_spaces_follow_the_source(locale: str):
    """One mnemonic where the source has one ("&Datei", "ファイル(&F)"), none where it has none;
    as many line breaks; a leading or trailing space where the source has it."""
    wrong = []
    for key, message in messages(TRANSLATIONS / f"mureka_desktop_{locale}.ts").items():
        source = key[1]
        for text in texts(message):
            keys = MNEMONIC.findall(text.replace("&&", ""))
            if len(keys) != min(1, len(MNEMONIC.findall(source.replace("&&", "")))):
                wrong.append((key, text, "mnemonic"))
            if text.count("\n") != source.count("\n"):
                wrong.append((key, text, "line breaks"))
            if source not in EDGE_FREE and (text[:1] == " ", text[-1:] == " ") != (
                    source[:1] == " ", source[-1:] == " "):
                wrong.append((key, text, "edge space"))
    assert wrong == []


@pytest.mark.parametrize("locale", SHIPPED)
def test_the_table_is_what_the_translation_says(locale: str):
    """scripts/translation_tables/<locale>.json is the one place a translation is written: the
    .ts says exactly what its table says (a row fill_translations.py refused shows here)."""
    rows = json.loads((TABLES / f"{locale}.json").read_text(encoding="utf-8"))
    table = {(r["context"], r["source"], r.get("comment", "")): r["translation"] for r in rows}
    assert len(table) == len(rows), "a message twice in the table"
    said = {key: texts(m) if m.get("numerus") == "yes" else texts(m)[0]
            for key, m in messages(TRANSLATIONS / f"mureka_desktop_{locale}.ts").items()}
    assert {k: v for k, v in table.items() if said.get(k) != v} == {}
    assert set(said) - set(table) == set()


def translator_for(locale: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(f"mureka_desktop_{locale}", str(TRANSLATIONS))
    return translator


@pytest.mark.parametrize("locale", SHIPPED)
def test_plurals_follow_the_language_for_1_2_5_and_21(qapp: QApplication, locale: str):
    if locale not in PLURAL_RULES:
        pytest.skip(f"no plural rule written down for {locale}")
    rule = PLURAL_RULES[locale]
    translator = translator_for(locale)
    for (context, source, comment), message in messages(
            TRANSLATIONS / f"mureka_desktop_{locale}.ts").items():
        if message.get("numerus") != "yes":
            continue
        forms = texts(message)
        for n in (1, 2, 5, 21):
            assert translator.translate(context, source, comment or None, n) == \
                forms[rule(n)], (locale, source, n)
    qapp.installTranslator(translator)
    try:
        said = [QCoreApplication.translate("LibraryFileCommands", "%n video(s)", "", n)
                for n in (1, 2, 5, 21)]
    finally:
        qapp.removeTranslator(translator)
    if locale in VIDEOS:
        assert said == VIDEOS[locale]
    else:
        assert all(str(n) in s for n, s in zip((1, 2, 5, 21), said, strict=True))


def accelerators(texts: list[str]) -> list[str]:
    return [m[1].lower() for text in texts
            for m in [re.search(r"&([^&\s])", text.replace("&&", ""))] if m]


@pytest.mark.parametrize("locale", SHIPPED)
async def test_menu_accelerators_are_unique_in_the_real_window(
        open_window: Any, qapp: QApplication, locale: str):
    installed = install_translators(qapp, QLocale(locale))
    try:
        assert f"mureka_desktop_{locale}.qm" in [Path(t.filePath()).name for t in installed]
        window = open_window()
        titles = [a.text() for a in window.menuBar().actions() if a.menu() is not None]
        assert len(titles) >= 7 and "&Help" not in titles  # translated
        keys = accelerators(titles)
        assert len(keys) == len(titles), titles  # every menu has its key
        assert len(set(keys)) == len(keys), titles
        # The Library menu is put before Help in any language.
        assert window.menuBar().actions()[-1].menu().objectName() == "helpMenu"
        for menu in window.findChildren(QMenu):
            keys = accelerators([a.text() for a in menu.actions()])
            assert len(set(keys)) == len(keys), (menu.title(), keys)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("locale", [loc for loc in SHIPPED if loc in ("ja", "zh_CN", "ko")])
async def test_the_shortcut_list_heads_its_sections_without_the_mnemonic(
        open_window: Any, qapp: QApplication, locale: str):
    """Chinese, Japanese and Korean menu titles carry their mnemonic after the word
    ("ファイル(&F)"): the shortcut list's section headers read "ファイル"."""
    from mureka_desktop.ui.help import ShortcutsDialog

    installed = install_translators(qapp, QLocale(locale))
    try:
        dialog = ShortcutsDialog(open_window())
        rows = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
        headings = [row.text(0) for row in rows if row is not None and not row.text(1)]
        file_title = texts(messages(TRANSLATIONS / f"mureka_desktop_{locale}.ts")[
            ("WindowActions", "&File", "")])[0]
        assert file_title.endswith("(&F)")
        assert headings[0] == file_title.removesuffix("(&F)")
        assert len(headings) >= 4
        assert all("&" not in h and "(" not in h and NON_LATIN.search(h) for h in headings)
        dialog.deleteLater()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
