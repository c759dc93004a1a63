"""The core's modules import each other in one direction: no cycle (TYPE_CHECKING imports
count too: a cycle hidden behind them is still one module needing the other)."""

from __future__ import annotations

import ast
from pathlib import Path

import mureka_desktop.core as core

CORE = Path(core.__file__).parent
JOBS = {"scheduler", "dispatch", "generation", "lookups", "download_jobs", "accounts",
        "pacing", "scheduler_events", "picking", "roster"}


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    names = {p.stem for p in CORE.glob("*.py")}
    for path in CORE.glob("*.py"):
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "mureka_desktop.core":
                    deps.update(a.name for a in node.names if a.name in names)
                elif node.module.startswith("mureka_desktop.core."):
                    deps.add(node.module.split(".")[2])
            elif isinstance(node, ast.Import):
                deps.update(a.name.split(".")[2] for a in node.names
                            if a.name.startswith("mureka_desktop.core."))
        graph[path.stem] = deps - {path.stem}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_scheduler_and_its_jobs_import_each_other_in_no_circle():
    graph = import_graph()
    assert {"scheduler", "dispatch", "generation", "lookups"} <= set(graph)
    assert [c for c in cycles(graph) if set(c) & JOBS] == []


def test_the_core_has_no_import_cycle_at_all():
    assert cycles(import_graph()) == []
