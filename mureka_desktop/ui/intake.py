"""Adding songs: drops, paste and the Add dialog all end in one review before queueing."""

from __future__ import annotations

import asyncio
import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mureka_desktop.core.ids import parse as ids
from mureka_desktop.core.ids.reading import megabytes
from mureka_desktop.core.model.items import Record
from mureka_desktop.core.queue.intake import (
    IntakeReview,
    Source,
    SummaryPart,
    parse_input,
    read_inputs,
)
from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.ui import icons, scheme
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.text import BLOCK, plain, shown

if TYPE_CHECKING:
    from mureka_desktop.core.engine.facade import Engine

READING_SHOWN = 1_000_000  # from 1 MB on, reading takes long enough to say so


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


class ReviewDialog(QDialog):
    """"N new · M duplicates · K already done · L invalid (lines …)" with Add / Cancel."""

    def __init__(self, result: IntakeReview, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = result
        self.setWindowTitle(self.tr("Add songs"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{html.escape(source)}</b>")  # a file name may hold "<"
        heading.setTextFormat(Qt.TextFormat.RichText)  # our bold; the name escaped
        self.summary = plain(QLabel(self._summary()))
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        if result.invalid:
            details = QPlainTextEdit()
            details.setReadOnly(True)
            details.setMaximumHeight(110)
            line = self.tr("line %1: %2")
            details.setPlainText("\n".join(fill(line, t.line, shown(t.text))
                                           for t in result.invalid[:500]))
            layout.addWidget(QLabel(self.tr("Not song ids (skipped):")))
            layout.addWidget(details)
        if result.rejected:
            thrown = QPlainTextEdit()
            thrown.setObjectName("rejectedEarlier")
            thrown.setReadOnly(True)
            thrown.setMaximumHeight(90)
            thrown.setPlainText("\n".join(result.rejected[:500]))
            layout.addWidget(QLabel(self.tr(
                "Rejected earlier: not made again (Regenerate makes a new version):")))
            layout.addWidget(thrown)
        done = len(result.already_done)
        self.regenerate = QCheckBox(self.tr(
            "Also generate the %Ln already done song(s) again (costs %Ln credit(s))", "", done))
        self.regenerate.setVisible(bool(result.already_done))
        layout.addWidget(self.regenerate)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(
            self.tr("Add %Ln", "", result.to_add), QDialogButtonBox.ButtonRole.AcceptRole)
        scheme.tint_buttons(self.buttons)  # Cancel's icon, visible on a dark scheme
        self.add_button.setIcon(icons.action_icon("add", self.palette()))
        # Enter adds when there is something to add: a focused Cancel must not take over.
        for button in (self.cancel_button, self.add_button):
            button.setAutoDefault(False)
        self.regenerate.toggled.connect(self._update_count)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_count()

    def _summary(self) -> str:
        """"2 new · 1 duplicate · 0 already done · 2 invalid (lines 4, 7)": the review's
        parts (the core picks them), worded here with Qt's plurals."""
        words = {
            SummaryPart.NEW: lambda n: self.tr("%Ln new", "", n),
            SummaryPart.RESTORED: lambda n: self.tr("%Ln restored from an export", "", n),
            SummaryPart.REJECTED: lambda n: self.tr("%Ln rejected earlier: not made again",
                                                    "", n),
            SummaryPart.RETRY: lambda n: self.tr("%Ln to retry", "", n),
            SummaryPart.DUPLICATES: lambda n: self.tr("%Ln duplicate(s)", "", n),
            SummaryPart.ALREADY_DONE: lambda n: self.tr("%Ln already done", "", n),
            SummaryPart.INVALID: lambda n: self.tr("%Ln invalid", "", n),
        }
        count, lines = self.review.invalid_lines
        parts = []
        for part, n in self.review.summary_parts():
            text = words[part](n)
            if part == SummaryPart.INVALID and count:  # "2 invalid (lines 4, 7)"
                text = fill(self.tr("%1 (line(s) %2)", "", count), text, lines)
            parts.append(text)
        return " · ".join(parts)

    def _update_count(self) -> None:
        n = self.review.to_add + (len(self.review.already_done)
                                  if self.regenerate.isChecked() else 0)
        self.add_button.setText(self.tr("Add %Ln", "", n))
        self.add_button.setEnabled(n > 0)
        # Enter adds; with nothing to add it closes the dialog.
        (self.add_button if n > 0 else self.cancel_button).setDefault(True)


class Intake:
    """Turns mime data, text and files into a review dialog, then into queued items."""

    def __init__(self, engine: Engine, parent: QWidget, tasks: TaskOwner) -> None:
        self.engine = engine
        self.parent = parent
        self.tasks = tasks
        self.dialog: QDialog | None = None

    # ------------------------------------------------------------------ sources
    @staticmethod
    def can_accept(mime: QMimeData) -> bool:
        return mime.hasUrls() or mime.hasText()

    @staticmethod
    def is_empty(mime: QMimeData) -> bool:
        """Nothing in it to add: no file, no link, no text but white space."""
        return not mime.urls() and not mime.text().strip()

    def reading(self, size: int) -> None:
        """A large input takes seconds to read: the status bar says so at once. Every way in
        calls this before reading (a drop, a paste, the Add dialog, files named on the
        command line or handed over by a later start); :meth:`done_reading` when read."""
        if size >= READING_SHOWN and isinstance(self.parent, QMainWindow):
            self._reading_text = fill(QCoreApplication.translate("Intake", "Reading %1…"),
                                      megabytes(size))
            self.parent.statusBar().showMessage(self._reading_text)

    def reading_files(self, paths: Sequence[Path]) -> None:
        """:meth:`reading` for files, by their size on disk."""
        self.reading(sum(_size(path) for path in paths))

    def done_reading(self) -> None:
        """Read: the "Reading…" message goes (not another message shown since)."""
        if isinstance(self.parent, QMainWindow) and self._reading_text and \
                self.parent.statusBar().currentMessage() == self._reading_text:
            self.parent.statusBar().clearMessage()
        self._reading_text = ""

    _reading_text = ""

    def take_mime(self, mime: QMimeData, source: str) -> None:
        local = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if local:
            self.reading_files(local)
            self.tasks.replace("intake", self._read_files(local))
            return
        text = mime.text()
        if not text and mime.hasUrls():
            text = "\n".join(u.toString() for u in mime.urls())
        if not text.strip():
            self._warn(QCoreApplication.translate("Intake", "Nothing to add"),
                       QCoreApplication.translate("Intake",
                                                  "The dropped data holds no text or files."))
            return
        self.take_text(text, source)

    def take_text(self, text: str, source: str) -> None:
        """Parse on a worker thread (a 50 MB paste must not freeze the window; an export's
        files are checked on disk), then review. A newer drop or paste cancels this one."""
        async def parse() -> None:
            try:
                incoming = await asyncio.to_thread(parse_input, text)
            finally:
                self.done_reading()
            self.show_review(incoming.parsed, source, incoming.records)

        self.reading(len(text))
        self.tasks.replace("intake", parse())

    async def _read_files(self, paths: list[Path]) -> None:
        try:
            read = await asyncio.to_thread(read_inputs, [Source.file(p, p.name) for p in paths])
        finally:
            self.done_reading()
        if read.unreadable:
            self.warn_unread([e.message for e in read.unreadable])
        parsed = read.incoming.parsed
        if parsed.ids or parsed.invalid:
            self.show_review(parsed, self.from_files([p.name for p in paths]),
                             read.incoming.records)

    @staticmethod
    def from_files(names: Sequence[str]) -> str:
        """The review's heading for ids read from files: "From a.txt, b.csv, c.json …"."""
        listed = ", ".join(shown(n) for n in names[:3]) + (" …" if len(names) > 3 else "")
        return fill(QCoreApplication.translate("Intake", "From %1"), listed)

    def warn_unread(self, errors: Sequence[str]) -> None:
        """Files that could not be read, each with its reason."""
        self._warn(QCoreApplication.translate("Intake", "Some files were not read"),
                   fill(QCoreApplication.translate("Intake",
                                                   "%1\n\nNothing from them was queued."),
                        "\n".join(shown(e, BLOCK) for e in errors)))

    # ------------------------------------------------------------------ review
    def show_review(self, parsed: ids.ParseResult, source: str,
                    records: Sequence[Record] = ()) -> None:
        if not parsed.ids and not parsed.invalid and not records:
            self._warn(QCoreApplication.translate("Intake", "No song ids"),
                       QCoreApplication.translate("Intake", "No song ids were found."))
            return
        dialog = ReviewDialog(self.engine.queue.review(parsed, records), source, self.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add(dialog))
        self.dialog = dialog
        dialog.open()  # never exec(): no nested event loop

    def _add(self, dialog: ReviewDialog) -> None:
        """One engine call; the queue view learns the result from the engine's event."""
        self.engine.queue.add_reviewed(dialog.review, regenerate_done=dialog.regenerate.isChecked())

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # may name a file
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()


class AddSongsDialog(QDialog):
    """A box to type or paste ids into; Next leads to the same review as a drop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add songs"))
        self.resize(480, 320)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Song ids, mureka.ai links, or any text holding them:")))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText("123456789\nuser:777-mureka:123456789-song:111122222\n"
                                       "https://www.mureka.ai/song-detail/…")
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = buttons.addButton(self.tr("Review…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setToolTip(self.tr("Review the ids before queueing them (Ctrl+Return)"))
        submit = QShortcut(QKeySequence("Ctrl+Return"), self)
        submit.activated.connect(self.accept)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
