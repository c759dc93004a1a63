"""No import cycle: the import graph of the whole package (computed by grimp, the graph
import-linter uses; imports under TYPE_CHECKING count too: a cycle hidden behind them is still
one module needing the other) has no strongly connected component of more than one module."""

from __future__ import annotations

import grimp
import pytest

#: The whole package: no cycle anywhere (the window included, and cli / ui.launch).
PACKAGES = ["mureka_desktop"]


def import_graph(package: str) -> dict[str, set[str]]:
    graph = grimp.build_graph("mureka_desktop", cache_dir=None)
    return {m: {d for d in graph.find_modules_directly_imported_by(m) if d.startswith(package)}
            for m in graph.modules if m.startswith(package)}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph.get(v, ())):
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


def test_the_graph_sees_the_core():
    graph = import_graph("mureka_desktop.core")
    scheduler = "mureka_desktop.core.queue.scheduler"
    assert "mureka_desktop.core.queue.dispatch" in graph[scheduler]


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycle(package):
    assert cycles(import_graph(package)) == []
