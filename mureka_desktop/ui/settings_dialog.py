"""Settings: token (keyring), output folder, file names, concurrency, reuse, API base
(advanced)."""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mureka_desktop.core.api import client as api
from mureka_desktop.core.library import naming
from mureka_desktop.core.model.accounts import AccountInfo
from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.core.settings.secrets import TokenStore, looks_like_token
from mureka_desktop.core.settings.values import LANGUAGES, Settings
from mureka_desktop.ui.engine_words import EngineWords
from mureka_desktop.ui.i18n import fill, language_name
from mureka_desktop.ui.text import plain


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``saved`` carries the new settings and token."""

    saved = Signal(object, str)

    def __init__(self, settings: Settings, tokens: TokenStore,
                 check: Callable[[str, str], Awaitable[list[AccountInfo]]],
                 tasks: TaskOwner, default_output: Path, parent: QWidget | None = None,
                 demo: bool = False, sections: Sequence[QWidget] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self._tokens = tokens
        self._load_accounts = check  # the engine's loader, as the accounts panel's
        self._tasks = tasks
        self.settings = Settings(**vars(settings))

        self.token = QLineEdit(tokens.get() or "")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("user:12345-…")
        self.show_token = QCheckBox(self.tr("Show"))
        self.show_token.toggled.connect(lambda on: self.token.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setToolTip(self.tr("Ask the API for the accounts behind this token"))
        self.check_button.clicked.connect(self.check)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token, 1)
        token_row.addWidget(self.show_token)
        token_row.addWidget(self.check_button)
        self.token_note = QLabel()
        self.token_note.setWordWrap(True)
        self.token_note.setObjectName("tokenNote")
        self.health = QLabel()
        self.health.setWordWrap(True)
        self.health.setObjectName("accountHealth")
        self.health.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plain(self.health)  # the server's words (account names, errors) as text
        if tokens.from_environment:
            self.token_note.setText(self.tr("The token comes from USEAPI_TOKEN; it overrides "
                                            "the saved one."))
        elif not tokens.persistent:
            self.token_note.setText(self.tr("No system keyring is available: the token is "
                                            "kept for this session only, never written to a "
                                            "file."))
        else:
            self.token_note.setText(self.tr("Saved in the system keyring; sent only to the "
                                            "API host."))
        if demo:
            self.token_note.setText(self.tr("Demo mode: the built-in simulator needs no "
                                            "token, and videos go to the demo folder."))

        self.output = QLineEdit(settings.output_dir)
        self.output.setPlaceholderText(str(default_output))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(browse)

        self.words = EngineWords(self)  # the core's reasons in the user's language
        self.template = QLineEdit(settings.name_template)
        self.template.setObjectName("nameTemplate")
        self.template.setPlaceholderText(naming.DEFAULT_TEMPLATE)
        self.template.setToolTip(self.tr(
            "Fields: {title} the song's title, {song} the song number, {video} the video id, "
            "{date} the day the video was made (YYYY-MM-DD), {model} the model. {{ and }} "
            "write a brace."))
        self.template_note = plain(QLabel())  # a sample name from the user's template
        self.template_note.setObjectName("nameTemplateNote")
        self.template_note.setWordWrap(True)
        self.template.textChanged.connect(self._template_changed)
        self._template_changed()

        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, 10)
        self.concurrency.setValue(settings.concurrency)
        self.concurrency.setSuffix(self.tr(" at once", "generations at once"))
        self.reuse = QCheckBox(self.tr("Reuse videos that already exist (saves credits)"))
        self.reuse.setChecked(settings.reuse_existing)
        self.api_base = QLineEdit(settings.api_base)
        if os.environ.get("MUREKA_API_BASE", "").strip():  # what is in use, and why
            self.api_base.setText(settings.api_base_effective())
            self.api_base.setReadOnly(True)
            self.api_base.setToolTip(self.tr("Set by the environment variable MUREKA_API_BASE"))
        self.keep_in_tray = QCheckBox(self.tr("Keep running in the tray when the window is "
                                              "closed"))
        self.keep_in_tray.setChecked(settings.keep_in_tray)

        self.auto_advance = QCheckBox(self.tr("After a decision, go to the next unreviewed "
                                              "video"))
        self.auto_advance.setObjectName("autoAdvance")
        self.auto_advance.setToolTip(self.tr("In the library: P, X and the stars move on by "
                                             "themselves"))
        self.auto_advance.setChecked(settings.auto_advance)

        # Each language in its own words (Qt's names), the system's first; read at start.
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("The system's language"), "")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        language_note = QLabel(self.tr("A new language applies at the next start."))
        language_note.setObjectName("languageNote")
        language_note.setWordWrap(True)

        account = QGroupBox(self.tr("useapi.net account"))
        form = QFormLayout(account)
        form.addRow(self.tr("API token"), token_row)
        form.addRow("", self.token_note)
        form.addRow("", self.health)
        videos = QGroupBox(self.tr("Videos"))
        vform = QFormLayout(videos)
        vform.addRow(self.tr("Output folder"), output_row)
        vform.addRow(self.tr("File names"), self.template)
        vform.addRow("", self.template_note)
        vform.addRow(self.tr("Generations"), self.concurrency)
        vform.addRow("", self.reuse)
        library = QGroupBox(self.tr("Library"))
        lform = QFormLayout(library)
        lform.addRow("", self.auto_advance)
        language = QGroupBox(self.tr("Language"))
        gform = QFormLayout(language)
        gform.addRow(self.tr("Window language"), self.language)
        gform.addRow("", language_note)
        advanced = QGroupBox(self.tr("Advanced"))
        aform = QFormLayout(advanced)
        aform.addRow(self.tr("API base URL"), self.api_base)
        aform.addRow("", self.keep_in_tray)

        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                                  QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        # The sections scroll above the buttons: the dialog fits a small screen (Qt gives a new
        # window at most 2/3 of it and squeezed the sections over each other).
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(account)
        self._sections = list(sections)
        for section in sections:  # the Mureka accounts, with the learned spacing
            layout.addWidget(section)
        if sections:
            self.setMinimumWidth(800)
        layout.addWidget(videos)
        layout.addWidget(library)
        layout.addWidget(language)
        layout.addWidget(advanced)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        buttons.setContentsMargins(9, 0, 9, 9)
        room = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(max(self.minimumWidth(), body.sizeHint().width()),
                    min(body.sizeHint().height() + buttons.sizeHint().height() + 4,
                        int(room.height() * 0.9)))
        if demo:
            for widget in (self.token, self.show_token, self.check_button, self.output,
                           browse, self.api_base):
                widget.setEnabled(False)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Output folder"), self.output.text() or
                             self.output.placeholderText())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(self.output.setText)
        dialog.open()

    def _template_changed(self) -> bool:
        """Show what a new download would be called, or why the template cannot be used."""
        template = self.template.text()
        problem = naming.check_template(template)
        if problem is not None:
            self.template_note.setText("✗ " + self.words.say(problem))
            self.template_note.setStyleSheet("color: #d93025;")
            return False
        sample = dataclasses.replace(naming.SAMPLE, title=self.tr("Summer Rain"),
                                     created_at=time.time())
        name = naming.render(template, sample)
        text = fill(self.tr("For new downloads, e.g. %1 (and .png for the cover)"),
                    f"{name}.mp4")
        note = naming.template_note(template)  # allowed, at a cost
        if note is not None:
            text += "\n" + self.words.say(note)
        self.template_note.setText(text)
        self.template_note.setStyleSheet("")
        return True

    def check(self) -> None:
        token = self.token.text().strip()
        if not token:
            self.health.setText(self.tr("Enter a token first."))
            return
        self.health.setText(self.tr("Checking…"))
        self.check_button.setEnabled(False)
        self._tasks.replace("settings-check", self._check(token, self.api_base.text().strip()))

    async def _check(self, token: str, base: str) -> None:
        try:
            accounts = await self._load_accounts(token, base)
        except api.AuthError:
            self.health.setText(self.tr("✗ The API rejected this token."))
        except api.ApiError as exc:
            self.health.setText(fill(self.tr("✗ Check failed: %1"), self.words.say(exc.message)))
        else:
            if not accounts:
                self.health.setText(self.tr("✓ Token accepted, but no Mureka account is "
                                            "configured on useapi.net."))
            else:
                self.health.setText("\n".join(self._account_line(acc) for acc in accounts))
            if token != (self._tokens.get() or ""):
                for section in self._sections:  # they show the saved token's accounts
                    note = getattr(section, "checked_unsaved", None)
                    if callable(note):
                        note(len(accounts))
        finally:
            self.check_button.setEnabled(True)

    def _account_line(self, acc: AccountInfo) -> str:
        """One account's health, e.g. ✓ Mureka account 123: healthy, session 3 days old,
        1,234 credits left (one sentence per language, real plurals)."""
        facts = [fill(self.tr("needs attention: %1", "%1: useapi.net's words"), acc.error)
                 if acc.error else self.tr("healthy")]
        if acc.token_issued_days_ago is not None:
            days = round(acc.token_issued_days_ago)
            facts.append(self.tr("session %n day(s) old", "", days))
        if acc.credits is not None:
            facts.append(fill(self.tr("%1 credit(s) left", "", acc.credits),
                              f"{acc.credits:,}"))
        return fill(self.tr("%1 Mureka account %2: %3", "✓ or ✗, the account, its facts"),
                    "✗" if acc.error else "✓", acc.account,
                    self.tr(", ", "between an account's facts").join(facts))

    def _save(self) -> None:
        token = self.token.text().strip()
        if token and not looks_like_token(token):
            self.token_note.setText(self.tr("That does not look like a useapi.net token "
                                            "(user:<digits>-<letters and digits>)."))
            return
        if not self._template_changed():
            self.template.setFocus()
            return
        self.settings.name_template = self.template.text()
        self.settings.output_dir = self.output.text().strip()
        self.settings.concurrency = self.concurrency.value()
        self.settings.reuse_existing = self.reuse.isChecked()
        self.settings.keep_in_tray = self.keep_in_tray.isChecked()
        self.settings.auto_advance = self.auto_advance.isChecked()
        self.settings.language = str(self.language.currentData())
        if not self.api_base.isReadOnly():  # the environment's value is not saved as a setting
            self.settings.api_base = self.api_base.text().strip() or api.DEFAULT_API_BASE
        self.settings.normalized()
        self.saved.emit(self.settings, token)
        self.accept()
