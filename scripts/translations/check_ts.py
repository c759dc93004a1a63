"""Check translated .ts files against their sources (a helper, not a test).

For each message: finished (no type="unfinished", no empty form); the placeholders (%1..%9, %n)
the same set as the source's; for a plural message of a one-form language exactly one
numerusform; a mnemonic ("&F") wherever the source has one, and the menu bar's mnemonics unique;
the same markup tags, line breaks, leading and trailing spaces as the source.

Usage: .venv/bin/python scripts/translations/check_ts.py ja zh_CN ko
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

DIR = Path(__file__).resolve().parents[2] / "mureka_desktop" / "resources" / "translations"
ONE_FORM = {"ja", "zh_CN", "ko"}
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
TAG = re.compile(r"</?(?:a|b|i|p|br|h[1-6])\b[^>]*>")  # the HTML the UI uses
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
# Korean counters attach to the number ("10개"); CJK commas ("、", "，") take no space.
EDGE_FREE = {", ", " at once"}
MENU_BAR = {("WindowActions", s) for s in ("&File", "&Queue", "&View", "&Review", "&Song",
                                           "&Help")} | {("LibraryFileCommands", "&Library")}


def edges(text: str) -> tuple[bool, bool]:
    return text[:1] == " ", text[-1:] == " "


def check(locale: str) -> list[str]:
    problems: list[str] = []
    tree = ET.parse(DIR / f"mureka_desktop_{locale}.ts")
    bar: list[str] = []
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{locale} {name}: {source!r}"
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                problems.append(f"{where}: unfinished")
                continue
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.findall("numerusform")]
                if locale in ONE_FORM and len(texts) != 1:
                    problems.append(f"{where}: {len(texts)} numerus forms, not 1")
            else:
                texts = [translation.text or ""]
            for text in texts:
                if not text.strip():
                    problems.append(f"{where}: empty")
                    continue
                if sorted(set(PLACEHOLDER.findall(text))) != sorted(
                        set(PLACEHOLDER.findall(source))):
                    problems.append(f"{where}: placeholders {text!r}")
                if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)) \
                        and message.get("numerus") != "yes":
                    problems.append(f"{where}: placeholder counts differ {text!r}")
                if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
                    problems.append(f"{where}: markup differs {text!r}")
                if source.count("\n") != text.count("\n"):
                    problems.append(f"{where}: line breaks differ {text!r}")
                if edges(source) != edges(text) and source not in EDGE_FREE:
                    problems.append(f"{where}: leading/trailing space differs {text!r}")
                has = MNEMONIC.findall(text)
                if MNEMONIC.findall(source) and len(has) != 1:
                    problems.append(f"{where}: mnemonic missing or doubled {text!r}")
                if not MNEMONIC.findall(source) and has:
                    problems.append(f"{where}: stray mnemonic {text!r}")
                if (name, source) in MENU_BAR and has:
                    bar.append(has[0].upper())
    for letter, n in Counter(bar).items():
        if n > 1:
            problems.append(f"{locale}: menu bar mnemonic &{letter} used {n} times")
    if len(bar) != len(MENU_BAR):
        problems.append(f"{locale}: {len(bar)} menu bar titles found, not {len(MENU_BAR)}")
    print(f"{locale}: {count} messages, {len(problems)} problems")
    return problems


if __name__ == "__main__":
    found = [p for locale in sys.argv[1:] or ["ja", "zh_CN", "ko"] for p in check(locale)]
    for problem in found:
        print(problem)
    sys.exit(1 if found else 0)
