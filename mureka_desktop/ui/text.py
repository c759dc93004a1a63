"""Text from outside (the server, the disk, the user) shown as text, never as markup.

Titles, lyrics, errors, account names, notes and paths come from elsewhere: a title
``<img src="/dev/zero">`` made a rich-text label read /dev/zero until memory ran out. So:

* :func:`shown` makes such text fit for display: ANSI escapes dropped, control characters shown
  as their visible pictures (U+2400…), cut to a sane length with an ellipsis, and, when it
  holds right-to-left letters or bidi controls, wrapped in FSI … PDI (U+2068 … U+2069; its
  own isolates kept only in pairs), so a right-to-left override inside reverses nothing around
  it;
* :func:`isolated` is that wrapping alone: ``i18n.fill`` puts every value into a translated
  sentence through it, so a title or the server's words reverse none of the sentence's words;
* :func:`tip` makes a tooltip of it: Qt takes a tooltip that "might be rich text" as HTML, so
  such a text is escaped and set in a ``pre-wrap`` paragraph (our markup, the text as it is);
  a long one is capped, set so too (Qt wraps only rich text) and its long words broken;
* :func:`plain` sets a label to plain text (and lets a layout make it narrower than its text);
* :class:`ElidedLabel` is a one-line label that never grows with its text: it draws what fits,
  with an ellipsis, and shows the whole text in its tooltip.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

LINE = 500  # characters of a one-line text (a title, a name) kept for display
BLOCK = 4000  # characters of a block (an error)
TIP = 2000  # characters of a tooltip
WORD = 80  # characters of a word a tooltip keeps unbroken
FSI, PDI = "\u2068", "\u2069"

_ANSI = re.compile(r"\x1b(?:\[[0-?]*[\x20-/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_LONG_WORD = re.compile(rf"[^\s\u200b]{{{WORD + 1},}}")
_ISOLATES = re.compile("[\u2066-\u2069]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Right-to-left letters and the bidi controls: text holding none needs no isolate.
_BIDI_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFC), (0x10800, 0x10FFF),
                (0x1E800, 0x1EFFF), (0x200E, 0x200F), (0x061C, 0x061C), (0x202A, 0x202E),
                (0x2066, 0x2069))
_BIDI = re.compile(f"[{''.join(f'{chr(a)}-{chr(b)}' for a, b in _BIDI_RANGES)}]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ ␇ ␛ …
    return "\u2421" if code == 0x7F else "\ufffd"


def shown(text: str | None, limit: int = LINE, lines: bool = False) -> str:
    """``text`` from outside, fit to show: see the module's docstring. ``lines``: keep line
    breaks (a block of text); otherwise they show as " ⏎ "."""
    if not text:
        return ""
    # The work (and what the cache keeps) stays bounded whatever came in; a short text is
    # passed as it is (its hash is kept with it).
    return _shown(text[: limit * 4], limit, lines)


@lru_cache(maxsize=4096)  # item views ask for the same texts at every repaint
def _shown(text: str, limit: int, lines: bool) -> str:
    text = _ANSI.sub("", text)
    text = text.replace("\r\n", "\n").replace("\t", " ")
    if not lines:
        text = text.replace("\n", " ⏎ ")
    text = _CONTROLS.sub(_picture, text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return isolated(text)


def capped(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when it was longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def isolated(text: str) -> str:
    """``text`` wrapped in FSI … PDI when it holds right-to-left letters or bidi controls
    (else as it is): a value put into a sentence of ours reverses none of its words. Isolates
    inside that open and close in pairs are kept (a sentence of ours holding an isolated
    value); a stray PDI is dropped and an unclosed one closed, so nothing escapes."""
    if not _BIDI.search(text):
        return text
    if text.startswith(FSI) and text.endswith(PDI) and _balanced(text[1:-1]) == text[1:-1]:
        return text  # already one isolate
    return FSI + _balanced(text) + PDI


def _balanced(text: str) -> str:
    if not _ISOLATES.search(text):
        return text
    out: list[str] = []
    depth = 0
    for char in text:
        if char == PDI:
            if not depth:
                continue
            depth -= 1
        elif _ISOLATES.match(char):
            depth += 1
        out.append(char)
    return "".join(out) + PDI * depth


def tip(text: str | None, limit: int = TIP) -> str:
    """A tooltip showing ``text`` (from outside) literally, whatever markup it holds, cut to
    ``limit`` characters and wrapped within the screen: Qt wraps only a rich-text tooltip,
    and only where a line may break, so a longer text is set as rich text and a long word
    (a 1 MB title without a space) gets a break opportunity (U+200B) every ``WORD``
    characters."""
    if not text:
        return ""
    return _tip(text[: limit * 4], limit)


@lru_cache(maxsize=1024)
def _tip(text: str, limit: int) -> str:
    value = _LONG_WORD.sub(_breakable, shown(text, limit, lines=True))
    if len(value) <= WORD and not QtGui.Qt.mightBeRichText(value):
        return value  # Qt shows it as plain text, on one short line
    return "<p style='white-space:pre-wrap'>" + html.escape(value) + "</p>"


def _breakable(match: re.Match[str]) -> str:
    word = match.group()
    return "\u200b".join(word[i:i + WORD] for i in range(0, len(word), WORD))


def escaped(text: str | None, limit: int = LINE) -> str:
    """``text`` from outside for a place whose markup is ours (rich text)."""
    return html.escape(shown(text, limit))


def plain(label: QLabel, narrow: bool = True) -> QLabel:
    """``label`` shows its text as plain text; ``narrow``: a layout may make it narrower than
    its text (a long word from outside never widens the window)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if narrow:
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        label.setSizePolicy(policy)
        label.setMinimumWidth(40)
    return label


class ElidedLabel(QLabel):
    """One line of plain text, elided to the width it is given; the whole text is its tooltip.

    ``text()`` is the text shown in full (after :func:`shown`); only the painting elides."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._mode = mode
        self._elided = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.setText(text)

    def set_outside_text(self, text: str | None, whole: str | None = None) -> None:
        """Show ``text`` from outside: cleaned, elided, in full in the tooltip (or ``whole``
        there, a longer text)."""
        self.setText(shown(text))
        self.setToolTip(tip(whole or text))

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(min(hint.width(), 400), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(40, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self._elided = self.fontMetrics().elidedText(self.text(), self._mode,
                                                     max(0, self.contentsRect().width()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        QFrame.paintEvent(self, event)  # the frame and a style sheet's background
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()) | int(
            Qt.AlignmentFlag.AlignVCenter), self._elided)
        painter.end()
