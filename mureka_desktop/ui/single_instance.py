"""One window per queue: a second ``mureka-desktop [files or ids]`` hands its arguments over.

The first window listens on a QLocalServer named after the user and the data folder (a demo
queue is a queue of its own). A later start connects to it, sends its arguments (files made
absolute: the window does not share the caller's working folder) as one JSON line, waits for
the one-line answer and exits 0; the window comes to the front with the usual review.

Only when nobody answers does the later start go on to open a window of its own; the queue's
file lock (core/instance.py) still guards the store against a race between two starts.
"""

from __future__ import annotations

import asyncio
import getpass
import hashlib
import io
import json
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mureka_desktop import inputs
from mureka_desktop.core.ids.parse import UnreadableInput

log = logging.getLogger(__name__)

ACK = b"ok\n"
MAX_MESSAGE = 1_000_000  # arguments, not file contents: the window reads the files itself


def server_name(data_dir: Path, demo: bool) -> str:
    """Per user and per queue; short enough for a Unix socket path on every platform."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (some containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}\0{'demo' if demo else ''}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return f"mureka-desktop-{digest}"


def absolute_arguments(arguments: Sequence[str], cwd: Path | None = None) -> list[str]:
    """Existing files as absolute paths; ids, links and text as they are."""
    base = cwd or Path.cwd()
    out = []
    for arg in arguments:
        path = Path(arg).expanduser()
        candidate = path if path.is_absolute() else base / path
        out.append(str(candidate.resolve()) if arg != "-" and candidate.is_file() else arg)
    return out


def hand_off(name: str, arguments: Sequence[str], timeout_ms: int = 3000) -> bool:
    """Give ``arguments`` to the window listening on ``name``: True when it took them."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    message = json.dumps({"arguments": absolute_arguments(arguments)}).encode() + b"\n"
    socket.write(QByteArray(message))
    if not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return False
    answer = b""
    while ACK not in answer and socket.waitForReadyRead(timeout_ms):
        answer += socket.readAll().data()
    socket.disconnectFromServer()
    return ACK in answer


class InstanceServer(QObject):
    """Listens for later starts and passes their arguments to ``on_arguments``."""

    def __init__(self, name: str, on_arguments: Callable[[list[str]], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_arguments = on_arguments
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        if not self.server.listen(name):
            # A socket file left by a crashed window: nobody answered hand_off, so remove it.
            QLocalServer.removeServer(name)
            if not self.server.listen(name):
                log.warning("single instance: cannot listen on %s: %s", name,
                            self.server.errorString())

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer += socket.readAll().data()
                if len(buffer) > MAX_MESSAGE:
                    log.warning("single instance: message too long, dropped")
                    socket.abort()
                    return
                if b"\n" in buffer:
                    line = bytes(buffer.split(b"\n", 1)[0])
                    socket.write(QByteArray(ACK))
                    socket.flush()
                    socket.disconnectFromServer()
                    self._deliver(line)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)

    def _deliver(self, line: bytes) -> None:
        try:
            arguments = json.loads(line)["arguments"]
            if not isinstance(arguments, list) or not all(isinstance(a, str)
                                                          for a in arguments):
                raise ValueError("arguments must be a list of strings")
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("single instance: bad message ignored (%s)", exc)
            return
        log.info("single instance: %d argument(s) handed over by a later start",
                 len(arguments))
        self.on_arguments(arguments)

    def close(self) -> None:
        self.server.close()


def bring_to_front(window: object) -> None:
    """Un-minimise, raise and ask for focus (a window manager may only flash the task bar)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def take_arguments(window: object, arguments: list[str]) -> None:
    """Ids and files given on the command line at start, or handed over by a later start:
    a big file says "Reading 45 MB…" at once, then the usual review (read off the UI thread;
    a newer handover replaces this one)."""
    from mureka_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.intake.reading_files([Path(a) for a in arguments if a != "-"])
    window.tasks.replace("arguments", review_arguments(window, arguments))


async def review_arguments(window: object, arguments: list[str]) -> None:
    """The usual review for ids and files given on the command line (read off the UI thread)."""
    from mureka_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    bring_to_front(window)
    if not arguments:
        return
    args = [a for a in arguments if a != "-"]  # a later start's stdin is not ours to read
    try:
        incoming, errors = await asyncio.to_thread(inputs.read, args, io.StringIO(""))
    finally:
        window.intake.done_reading()
    # lines without an id show in the review; files that cannot be read are told here
    unreadable = [str(e) for e in errors if isinstance(e, UnreadableInput)]
    if unreadable:
        window.intake.warn_unread(unreadable)
    if incoming.parsed.ids or incoming.parsed.invalid or incoming.records:
        files = [Path(a).name for a in args if Path(a).is_file()]
        source = window.intake.from_files(files) if files else \
            QCoreApplication.translate("Intake", "From the command line")
        window.intake.show_review(incoming.parsed, source, incoming.records)
        log.info("single instance: review shown (%d id(s))", len(incoming.parsed.ids))

