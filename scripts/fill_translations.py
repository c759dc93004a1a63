"""Fill a locale's .ts from its translation table, keyed by (context, source, comment).

    python scripts/fill_translations.py de [fr ...]

reads ``scripts/translation_tables/<locale>.json`` (a list of {"context", "source", "comment",
"translation"}: "comment" only where the source has one, as lupdate files it; the translation
a list of forms for a plural message, one form for Chinese, Japanese and Korean) and writes
each matching message of ``mureka_desktop/resources/translations/mureka_desktop_<locale>.ts``
as finished. ``scripts/update-translations.sh`` runs this for every locale between lupdate
(which makes the file current with the source) and lrelease: edit a table, run that script.

A message whose source is not in the table keeps what it has (lupdate's "unfinished" for a
new or changed text) and is named on stderr as untranslated; a row of the table that no
message uses is named as stale. A translation is refused (left as it was, named on stderr)
when it does not keep the source's form (see ``problems``): its placeholders (%1 … %9, %n),
its markup tags, its line breaks, its leading and trailing space, its one mnemonic ("&F";
Chinese, Japanese and Korean write it after the word: "ファイル(&F)"); or when its plural forms
are not as many as lupdate asks for the language. The exit status is 1 if anything was
refused, untranslated or stale. TRANSLATIONS_DIR and TRANSLATION_TABLES name other folders
(the tests run the update into a copy).
"""

from __future__ import annotations

import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = Path(os.environ.get("TRANSLATIONS_DIR")
                    or ROOT / "mureka_desktop" / "resources" / "translations")
TABLES = Path(os.environ.get("TRANSLATION_TABLES") or ROOT / "scripts" / "translation_tables")
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
TAG = re.compile(r"</?(?:a|b|i|p|br|h\d)\b[^<>]*>")  # markup, not "<digits>"
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
# Sources whose edge space is the English word order's: Korean counters attach to the number
# ("10개 동시 실행"), a CJK list comma ("、", "，") takes no space.
EDGE_FREE = {", ", " at once"}

Key = tuple[str, str, str]


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def problems(source: str, text: str, plural: bool = False) -> list[str]:
    """How a translation fails to keep its source's form ([] when it keeps it)."""
    found = []
    if not text.strip():
        found.append("empty")
    if placeholders(text) != placeholders(source):
        found.append("placeholders differ")
    elif not plural and Counter(PLACEHOLDER.findall(text)) != Counter(
            PLACEHOLDER.findall(source)):
        found.append("placeholder counts differ")
    if Counter(TAG.findall(text)) != Counter(TAG.findall(source)):
        found.append("markup differs")
    if text.count("\n") != source.count("\n"):
        found.append("line breaks differ")
    if source not in EDGE_FREE and (text[:1] == " ", text[-1:] == " ") != (
            source[:1] == " ", source[-1:] == " "):
        found.append("leading or trailing space differs")
    wanted = len(MNEMONIC.findall(source.replace("&&", "")))
    if len(MNEMONIC.findall(text.replace("&&", ""))) != min(wanted, 1):
        found.append("mnemonic missing, doubled or stray")
    return found


def load_table(locale: str, tables: Path = TABLES) -> dict[Key, str | list[str]]:
    rows = json.loads((tables / f"{locale}.json").read_text(encoding="utf-8"))
    table: dict[Key, str | list[str]] = {}
    for row in rows:
        key = (row["context"], row["source"], row.get("comment", ""))
        if key in table:
            raise ValueError(f"{locale}: {key} twice in the table")
        table[key] = row["translation"]
    return table


def fill(locale: str, translations: Path = TRANSLATIONS,
         tables: Path = TABLES) -> tuple[int, list[str]]:
    """Fill the locale's .ts in place; returns (messages filled, what is wrong)."""
    path = translations / f"mureka_desktop_{locale}.ts"
    tree = ET.parse(path)
    table = load_table(locale, tables)
    filled, wrong, used = 0, [], set()
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            key = (name, source, message.findtext("comment") or "")
            if key not in table:
                wrong.append(f"untranslated {key}")
                continue
            used.add(key)
            translation = message.find("translation")
            assert translation is not None
            text = table[key]
            plural = message.get("numerus") == "yes"
            forms = translation.findall("numerusform")
            if plural:
                if not isinstance(text, list) or len(text) != len(forms):
                    wrong.append(f"refused {key}: {len(forms)} plural forms wanted")
                    continue
                # Every form keeps %n, so a count is never lost (French "une chanson" is not
                # used).
                found = sorted({p for t in text for p in problems(source, t, plural=True)})
            else:
                found = problems(source, text) if isinstance(text, str) else ["not a text"]
            if found:
                wrong.append(f"refused {key}: {', '.join(found)}: {text!r}")
                continue
            if plural:
                for form, value in zip(forms, text, strict=True):
                    form.text = value
            else:
                translation.text = str(text)
            translation.attrib.pop("type", None)
            filled += 1
    wrong += [f"stale row {key} (no such message)" for key in table if key not in used]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return filled, wrong


if __name__ == "__main__":
    status = 0
    for locale in sys.argv[1:]:
        count, found = fill(locale)
        print(f"{locale}: {count} messages filled in")
        for problem in found:
            print(f"{locale}: {problem}", file=sys.stderr)
            status = 1
    sys.exit(status)
