"""Fill the English plural forms of a .ts file made by pyside6-lupdate.

"%n song(s)" becomes "%n song" (one) and "%n songs" (other); a source without "(s)" keeps its
text in both forms ("%n new"). Forms already filled in by hand are kept.
Usage: python scripts/english_plurals.py mureka_desktop/resources/translations/mureka_desktop_en.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def forms(source: str) -> tuple[str, str]:
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        existing = [f.text or "" for f in translation.findall("numerusform")]
        if len(existing) == 2 and all(existing) and translation.get("type") != "unfinished":
            continue
        for old in translation.findall("numerusform"):
            translation.remove(old)
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return filled


if __name__ == "__main__":
    target = Path(sys.argv[1])
    print(f"{target}: {fill(target)} plural messages filled in")
