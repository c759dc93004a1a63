"""Keeping Python's cyclic GC out of the frame budget.

A full (generation 2) collection walks every tracked object: with tens of thousands of queue
rows that took 50-90 ms on the UI thread (bench/bench_ui.py measured it), a visible stall.
Rows are replaced, never part of cycles, so after start-up and after bulk loads we move the
current heap to the permanent generation (``gc.freeze``): refcounting still frees those
objects, the cyclic collector just stops re-walking them.
"""

from __future__ import annotations

import gc

# Adds at least this large are worth a full collection (tens of ms) before freezing.
BULK = 1000


def settle() -> None:
    """Collect what is garbage now, then freeze the long-lived rest."""
    gc.collect()
    gc.freeze()
