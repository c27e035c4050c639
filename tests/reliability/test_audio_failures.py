"""Sound that fails: a device unplugged mid-session, or no PortAudio at all. The breathing guide
carries on, in silence, and says why (in the pacer and in the sound settings)."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.faults import FakeSoundDevice
from helpers.figures import FigureBook
from PySide6.QtWidgets import QLabel

import companion.audio.output as output_module
from companion.app import build_main_window
from companion.audio.messages import DEVICE_LOST, NO_PORTAUDIO
from companion.audio.output import SoundOutput
from companion.audio.worker import InlineWorker
from companion.cli import main as cli_main
from companion.core.clock import ManualClock
from companion.ui.breathe.pacer_view import PacerView
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.sound_settings import SoundSettings

RATE = 48000
BLOCK = 4000  # frames per callback in these tests (1/12 s at 48 kHz)


def _window(qtbot, data_dir: Path, clock: ManualClock, audio: object = None) -> MainWindow:
    window = build_main_window(data_dir, clock=clock, audio=audio)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _pacer(qtbot, window: MainWindow) -> PacerView:
    pacer = window.show_area("breathe")
    assert isinstance(pacer, PacerView)
    qtbot.waitUntil(pacer.isVisible)
    return pacer


def _audio_status(pacer: PacerView) -> QLabel:
    label = pacer.findChild(QLabel, "audioStatus")
    assert label is not None
    return label


def _breathe(clock: ManualClock, pacer: PacerView, seconds: float, stream: object = None) -> None:
    """Let ``seconds`` pass in steps of one audio buffer, as the audio thread and timer would."""
    for _ in range(round(seconds * RATE / BLOCK)):
        clock.advance(BLOCK / RATE)
        if stream is not None:
            stream.pump(BLOCK)  # type: ignore[attr-defined]
        pacer.tick()


@pytest.fixture
def audio_figure(figure_counts: FigureBook) -> FigureBook:
    figure_counts.add("audio", "sound failures", 0)
    figure_counts.add("audio", "sessions finished in silence", 0)
    figure_counts.add("audio", "reasons shown", 0)
    return figure_counts


def test_a_device_unplugged_mid_session(qtbot, data_dir: Path, audio_figure: FigureBook) -> None:
    clock = ManualClock(datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc))
    device = FakeSoundDevice()
    sound = SoundOutput(device, clock=clock, worker=InlineWorker())
    window = _window(qtbot, data_dir, clock, sound)
    pacer = _pacer(qtbot, window)
    pacer.start("exhale-4-6", minutes=1.0)
    stream = device.stream
    _breathe(clock, pacer, 20, stream)
    assert sound.playing and sound.status_message() == ""
    assert _audio_status(pacer).isHidden()
    heard = sound.heard_elapsed()
    assert heard is not None and 19 < heard < 20.5  # the picture followed the sound

    device.vanish()  # the headphones are pulled out
    _breathe(clock, pacer, 1)
    assert pacer.is_running()
    assert sound.status_message() == DEVICE_LOST
    label = _audio_status(pacer)
    assert label.isVisible() and label.text() == DEVICE_LOST
    settings = SoundSettings(sound)
    qtbot.addWidget(settings)
    settings.refresh_status()
    assert settings.status_label.text() == DEVICE_LOST and not settings.retry_button.isHidden()

    _breathe(clock, pacer, 45)  # silence, but the breathing guide keeps its pace
    assert not pacer.is_running()
    (session,) = window.services.store.sessions()
    assert session.finished and session.breaths == 6
    assert session.seconds == pytest.approx(60.0, abs=0.1)
    audio_figure.add("audio", "sound failures")
    audio_figure.add("audio", "sessions finished in silence")
    audio_figure.add("audio", "reasons shown")


@pytest.mark.parametrize("how", ["import fails", "library missing"])
def test_no_portaudio_at_all(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, how: str, audio_figure: FigureBook
) -> None:
    if how == "import fails":
        monkeypatch.setitem(sys.modules, "sounddevice", None)  # import sounddevice -> ImportError
    else:

        def missing() -> object:
            raise OSError("PortAudio library not found")  # what sounddevice raises then

        monkeypatch.setattr(output_module, "_import_sounddevice", missing)
    clock = ManualClock(datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc))
    window = _window(qtbot, data_dir, clock)  # the app's own sound output, as in real use
    pacer = _pacer(qtbot, window)
    pacer.start("exhale-4-6", minutes=1.0)
    label = _audio_status(pacer)

    def told() -> bool:  # the output looks for PortAudio on its own thread
        pacer.tick()
        return label.isVisible()

    qtbot.waitUntil(told, timeout=5000)
    _breathe(clock, pacer, 2)
    assert label.isVisible() and label.text() == NO_PORTAUDIO
    assert "libportaudio2" in label.text()
    _breathe(clock, pacer, 59)
    (session,) = window.services.store.sessions()
    assert session.finished and session.breaths == 6
    audio = window.services.audio
    real = audio.real() if hasattr(audio, "real") else audio
    settings = SoundSettings(real)
    qtbot.addWidget(settings)
    assert settings.status_label.text() == NO_PORTAUDIO
    assert settings.device_box.count() == 1  # only "System default": nothing to list
    audio_figure.add("audio", "sound failures")
    audio_figure.add("audio", "sessions finished in silence")
    audio_figure.add("audio", "reasons shown")


def test_doctor_without_portaudio_still_says_the_app_can_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)
    code = cli_main(["doctor", "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert "Traceback" not in out + err
    portaudio = [line for line in out.splitlines() if line.startswith("PortAudio")]
    assert portaudio and "loaded" not in portaudio[0]
