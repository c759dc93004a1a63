"""Quiet: FFmpeg's stream dumps stay off stderr unless --verbose; no audio device shows as
muted, with a tooltip saying so."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtMultimedia import QMediaDevices

from mureka_desktop.ui.main_window import MainWindow

PLAY = """
import sys
from PySide6.QtCore import QMetaObject, Qt, QTimer, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoSink
from PySide6.QtWidgets import QApplication
from mureka_desktop.core.runtime.paths import resources_dir
from mureka_desktop.ui.launch import quiet_qt_logging
quiet_qt_logging(verbose=sys.argv[1] == "verbose")
app = QApplication([])
player, audio, sink = QMediaPlayer(), QAudioOutput(), QVideoSink()
player.setAudioOutput(audio)
player.setVideoOutput(sink)
player.setSource(QUrl.fromLocalFile(str(resources_dir() / "demo-clip.mp4")))
player.play()
opened = []

def finish():
    # As the app does (ui/preview.py): the player is stopped and deleted by Qt's loop, never
    # from Python holding the GIL (an FFmpeg thread may want it: a deadlock).
    QMetaObject.invokeMethod(player, "stop", Qt.ConnectionType.QueuedConnection)
    player.deleteLater()
    QTimer.singleShot(300, app.quit)

def on_duration(ms):
    if ms > 0 and not opened:  # open and playing (a loaded machine takes seconds)
        opened.append(ms)
        QTimer.singleShot(500, finish)

player.durationChanged.connect(on_duration)
QTimer.singleShot(30000, finish)
app.exec()
print("played", bool(opened))
"""


def play(mode: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_LOGGING_RULES"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([sys.executable, "-c", PLAY, mode], env=env, capture_output=True,
                          text=True, timeout=60)


@pytest.mark.parametrize("mode", ["quiet", "verbose"])
def test_ffmpeg_stream_details_reach_stderr_only_when_verbose(mode: str):
    result = play(mode)
    assert result.returncode == 0 and "played True" in result.stdout, result.stderr
    dumped = "Input #0" in result.stderr or "Stream #0:0" in result.stderr
    assert dumped == (mode == "verbose"), result.stderr


async def test_no_audio_device_shows_muted_with_a_tooltip(window: MainWindow):
    button = window.preview.mute_button
    if QMediaDevices.audioOutputs():
        assert not button.isChecked() and "no audio device" not in button.toolTip().lower()
        pytest.skip("this machine has an audio output")
    assert button.isChecked()
    assert "No audio device was found" in button.toolTip()
    assert "No audio device" in button.accessibleDescription()
    assert not window.preview.volume.isEnabled()  # nothing to set: it looks inactive
