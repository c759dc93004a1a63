"""Outside values inside the app's own sentences: a right-to-left override in a title or the
server's words is isolated (FSI … PDI) where it is put into a sentence, so it reverses none of
the sentence's words (the pause banner, the accounts' Health cell and its tooltip, the status
bar); a 1 MB title keeps the status bar's message within the window; a tooltip of a 1 MB
word is capped and broken so it wraps within the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6 import QtGui
from PySide6.QtGui import QTextDocument
from songs import finish_songs
from window_tools import activate, wait_for

from mureka_desktop.core.model.accounts import AccountInfo
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.runtime.phrases import phrase
from mureka_desktop.ui.accounts_panel import COL_HEALTH, AccountsModel
from mureka_desktop.ui.text import tip

FSI, PDI, RLO = "\u2068", "\u2069", "\u202e"
VALUE = f"abc{RLO}def RTL tail"
LINK = '<a href="file:///etc/passwd">passwd</a>'


def isolates_value(text: str) -> None:
    """``VALUE`` is there, inside its own isolate: the words around it are outside it."""
    assert FSI + VALUE + PDI in text, f"value not isolated in {text!r}"


async def test_the_banner_isolates_the_servers_words_in_its_sentence(window: Any):
    reason = PauseReason("account", phrase(
        "account_attention", "The Mureka account needs attention ({code}): {error}. Update "
        "the account on useapi.net, then resume.", code="E42", error=VALUE))
    window.banner.show_reason(reason)
    text = window.banner.message.text()
    isolates_value(text)
    assert "Update the account" in text.split(VALUE + PDI)[1]  # the app's words: outside


def test_the_health_cell_and_its_tooltip_isolate_the_account_error(qapp: Any):
    model = AccountsModel()
    model.set_accounts([AccountInfo("a1", VALUE, 3.0, True, 100)])
    index = model.index(0, COL_HEALTH)
    isolates_value(index.data())
    isolates_value(index.data(3))  # Qt.ToolTipRole


async def test_a_status_message_isolates_a_title_and_stays_within_the_window(
        window: Any, tmp_path: Path):
    titles = {"1": VALUE, "2": "W" * 1_000_000}
    for number, title in titles.items():  # titles from the server, as the scheduler keeps them
        await finish_songs(window.engine, tmp_path, [number], title=title.replace("{", "{{"))
    window.resize(1200, 760)
    await activate(window)
    by = {v.song_number: v for v in window.engine.library.videos.all()}
    window.engine.library.mark_seen(by["1"].id)
    bar = window.statusBar()
    await wait_for(lambda: "Ctrl+Z" in bar.currentMessage())
    isolates_value(bar.currentMessage())
    window.engine.library.mark_seen(by["2"].id)
    await wait_for(lambda: "WWW" in bar.currentMessage())
    message = bar.currentMessage()
    assert len(message) < 1000
    assert bar.fontMetrics().horizontalAdvance(message) <= window.width(), len(message)


def test_a_tooltip_of_a_huge_word_is_capped_and_broken_to_wrap(qapp: Any):
    for value in ("W" * 1_000_000, f"{LINK} " + "W" * 1_000_000):
        text = tip(value)
        assert len(text) < 3000
        assert QtGui.Qt.mightBeRichText(text)  # type: ignore[attr-defined]  # Qt wraps it
        doc = QTextDocument()
        doc.setHtml(text)
        read = doc.toPlainText()
        assert read.endswith("…") and read.startswith(value[:20])
        longest = max(len(run) for run in read.replace("\u200b", " ").split())
        assert longest <= 100, longest


def test_a_stray_pdi_in_a_value_cannot_end_its_isolate_early():
    from mureka_desktop.ui.i18n import fill

    said = fill("Seen: %1. Undo?", f"x{PDI}{RLO}y")
    assert said == f"Seen: {FSI}x{RLO}y{PDI}. Undo?"
    assert fill("Seen: %1.", "plain ASCII") == "Seen: plain ASCII."  # left as it is
    nested = fill("%1 Ctrl+Z to undo.", fill("Seen: %1.", VALUE))
    assert nested == f"{FSI}Seen: {FSI}{VALUE}{PDI}.{PDI} Ctrl+Z to undo."
