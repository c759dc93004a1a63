"""The core's phrases, found where they are said, written out for Qt's lupdate.

    python scripts/phrase_catalog.py OUT.py

Each ``phrase("key", "English {field}…", …)`` call in ``mureka_desktop`` (key and English as
literals: this script refuses anything else) is one sentence. ``OUT.py`` gets every sentence
as lupdate reads one: ``self.tr("English %1…", "key", n)`` in a class named ``phrases``, so the
messages land in the context "phrases" with the key as disambiguation, plural when the
sentence has a count (``core/runtime/phrases.py``: ``{n}`` is ``%n``), and with the fields
behind the placeholders as the translator's note. ``scripts/update-translations.sh`` writes it
into a temporary folder and passes it to lupdate with the UI's sources: the English stays
written once, in the core, and the window (``ui/engine_words.py``) asks Qt for the same
message by the phrase's key.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mureka_desktop"
sys.path.insert(0, str(ROOT))

from mureka_desktop.core.runtime.phrases import COUNT, qt_text  # noqa: E402

# The one call whose English is built, not written: several sentences one after the other.
BUILT = {("core/runtime/phrases.py", "sentences")}


@dataclass(frozen=True)
class Said:
    """One ``phrase(...)`` call of the source."""

    key: str
    english: str
    where: str  # path:line, relative to the package

    @property
    def qt(self) -> tuple[str, tuple[str, ...]]:
        return qt_text(self.english)

    @property
    def plural(self) -> bool:
        return f"{{{COUNT}}}" in self.english


def calls(package: Path = PACKAGE) -> list[Said]:
    """Every phrase the package says, in the order of the files and lines."""
    found: list[Said] = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "phrase"):
                continue
            where = f"{relative}:{node.lineno}"
            literals = [arg.value for arg in node.args[:2]
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
            if len(literals) == 2:
                found.append(Said(literals[0], literals[1], where))
            elif not (literals and (relative, literals[0]) in BUILT):
                raise SystemExit(f"{where}: write a phrase's key and English as literals")
    return found


def catalog(package: Path = PACKAGE) -> dict[str, Said]:
    """Each key's phrase; a key said with two different English sentences is refused."""
    by_key: dict[str, Said] = {}
    for said in calls(package):
        first = by_key.setdefault(said.key, said)
        if first.english != said.english:
            raise SystemExit(f"{said.where}: {said.key!r} says other English than at "
                             f"{first.where}: give the other sentence its own key")
    return by_key


def lupdate_source(phrases: dict[str, Said]) -> str:
    lines = ["from PySide6.QtCore import QObject", "", "",
             "class phrases(QObject):", "    def said(self, n: int) -> None:"]
    for key, said in sorted(phrases.items()):
        text, names = said.qt
        note = ", ".join(f"%{i}: {name}" for i, name in enumerate(names, 1))
        file = said.where.rsplit(":", 1)[0]  # no line: editing a file must not churn the .ts
        lines.append(f"        #: {file}" + (f"; {note}" if note else ""))
        count = ", n" if said.plural else ""
        lines.append(f"        self.tr({text!r}, {key!r}{count})")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(lupdate_source(catalog()), encoding="utf-8")
