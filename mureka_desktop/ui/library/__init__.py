"""The Library tab: every video delivered, as a cover grid with a detail pane and keyboard
triage. Layout and rendering only: every decision is an engine call (core/engine/library.py) and the
views learn the result from its ``VideoChanged`` event."""

from mureka_desktop.ui.library.view import LibraryView

__all__ = ["LibraryView"]
