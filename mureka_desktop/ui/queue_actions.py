"""Queue-wide actions enabled only when they apply (the selection's ones follow the selection
in MainWindow._update_actions); Start stays enabled: it says what is missing when pressed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mureka_desktop.core.model.items import State


def follow_counts(window: Any, counts: Mapping[State, int]) -> None:
    """Retry needs a failed or cancelled song; Clear finished a done or cancelled one."""
    window.retry_action.setEnabled(bool(counts.get(State.FAILED) or
                                        counts.get(State.CANCELLED)))
    window.clear_action.setEnabled(bool(counts.get(State.DONE) or
                                        counts.get(State.CANCELLED)))
