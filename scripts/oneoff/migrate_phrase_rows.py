"""One-off: move the translation tables' rows of context EngineWords (the sentences the window
re-typed) to context "phrases", keyed by each phrase's key, the placeholders renumbered as the
core's English orders its fields. Nothing is translated anew; rows with no match are named."""
from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

ROOT = Path(sys.argv[1])
OLD = Path(sys.argv[2])
sys.path.insert(0, str(ROOT / "scripts"))
import phrase_catalog  # noqa: E402

TABLES = ROOT / "scripts" / "translation_tables"


def name_of(arg: ast.expr) -> str:
    if isinstance(arg, ast.Name):
        return arg.id
    assert isinstance(arg, ast.Call), ast.unparse(arg)
    if isinstance(arg.func, ast.Attribute) and arg.func.attr == "tr":
        assert isinstance(arg.args[0], ast.Constant) and arg.args[0].value == "%n song(s)"
        return "songs"
    first = arg.args[0]
    assert isinstance(first, ast.Constant)
    return str(first.value)


def old_sentences() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """key -> (old source, old comment, names behind %1…)."""
    tree = ast.parse(OLD.read_text(encoding="utf-8"))
    table = next(node for node in ast.walk(tree) if isinstance(node, ast.Dict)
                 and any(isinstance(k, ast.Constant) and k.value == "queued" for k in node.keys))
    out = {}
    for key, value in zip(table.keys, table.values, strict=True):
        assert isinstance(key, ast.Constant) and isinstance(value, ast.Lambda)
        body = value.body
        assert isinstance(body, ast.Call)
        if isinstance(body.func, ast.Name) and body.func.id == "fill":
            tr, args = body.args[0], body.args[1:]
        elif isinstance(body.func, ast.Attribute) and body.func.attr == "tr":
            tr, args = body, []
        else:
            continue  # "sentences": joined, not translated
        assert isinstance(tr, ast.Call)
        source = tr.args[0].value  # type: ignore[attr-defined]
        comment = tr.args[1].value if len(tr.args) > 1 else ""  # type: ignore[attr-defined]
        out[str(key.value)] = (source, comment, tuple(name_of(a) for a in args))
    out["songs"] = ("%n song(s)", "", ())
    return out


def renumber(text: str, old: tuple[str, ...], new: tuple[str, ...]) -> str:
    return re.sub(r"%([1-9])", lambda m: f"%{new.index(old[int(m[1]) - 1]) + 1}", text)


def main() -> int:
    catalog = phrase_catalog.catalog()
    old = old_sentences()
    by_message: dict[tuple[str, str], list[str]] = {}
    status = 0
    for key, said in catalog.items():
        text, names = said.qt
        if key not in old:
            print(f"new phrase, no row: {key}: {text!r}")
            continue
        source, comment, old_names = old[key]
        if renumber(source, old_names, names) != text:
            print(f"changed: {key}: {source!r} -> {text!r}")
            status = 1
            continue
        by_message.setdefault((source, comment), []).append(key)
    for key in sorted(set(old) - set(catalog)):
        print(f"gone from the core: {key}")
    for path in sorted(TABLES.glob("*.json")):
        rows = json.loads(path.read_text(encoding="utf-8"))
        out, moved = [], 0
        for row in rows:
            if row["context"] != "EngineWords":
                out.append(row)
                continue
            keys = by_message.get((row["source"], row.get("comment", "")), [])
            if not keys:
                print(f"{path.stem}: row left unmoved {row['source']!r}")
                status = 1
            for key in keys:
                text, names = catalog[key].qt
                source, comment, old_names = old[key]
                translation = row["translation"]
                if isinstance(translation, list):
                    translation = [renumber(t, old_names, names) for t in translation]
                else:
                    translation = renumber(translation, old_names, names)
                out.append({"context": "phrases", "source": text, "comment": key,
                            "translation": translation})
                moved += 1
        path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path.stem}: {moved} rows moved")
    return status


if __name__ == "__main__":
    sys.exit(main())
