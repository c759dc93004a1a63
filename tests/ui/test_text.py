"""ui/text.py: outside text made fit to show (controls, ANSI escapes, bidi, length), tooltips
that Qt would take as HTML escaped, and a one-line label that never grows with its text."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QWidget

from mureka_desktop.ui.text import FSI, PDI, ElidedLabel, shown, tip


def test_shown_drops_ansi_escapes_and_shows_control_characters():
    assert shown("a\x1b[31mred\x1b[0m b\x07c\x00d") == "ared b␇c␀d"
    assert shown("one\ntwo") == "one ⏎ two"
    assert shown("one\ntwo", lines=True) == "one\ntwo"
    assert shown("\x1b]0;title\x07x") == "x"  # an OSC (window title) sequence


def test_shown_isolates_right_to_left_overrides_and_leaves_plain_text_alone():
    assert shown("Night Drive") == "Night Drive"
    text = shown("abc\u202edef")
    assert text == f"{FSI}abc\u202edef{PDI}"
    # an isolate of the text's own cannot close ours early
    assert shown(f"x{PDI}\u202ey") == f"{FSI}x\u202ey{PDI}"


def test_shown_cuts_a_megabyte_to_a_line():
    text = shown("W" * 1_000_000)
    assert len(text) == 500 and text.endswith("…")


def test_a_tooltip_that_looks_like_html_is_escaped():
    assert tip("plain words") == "plain words"
    markup = '<img src="/dev/zero">zero'
    value = tip(markup)
    assert QtGui.Qt.mightBeRichText(value) and "<img" not in value  # type: ignore[attr-defined]
    doc = QTextDocument()
    doc.setHtml(value)
    assert doc.toPlainText() == markup


def test_an_elided_label_keeps_its_width_whatever_its_text(qapp):
    box = QWidget()
    row = QHBoxLayout(box)
    label = ElidedLabel()
    row.addWidget(label)
    before = box.minimumSizeHint().width()
    label.set_outside_text("<b>" + "W" * 100_000)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().startswith("<b>WWW") and len(label.text()) == 500
    assert box.minimumSizeHint().width() == before and label.sizeHint().width() <= 400
    assert "&lt;b&gt;" in label.toolTip()
