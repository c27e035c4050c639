"""The sound output through a fake stream: timing, start and stop, one-off sounds, words."""

from __future__ import annotations

import shutil
import subprocess
import sys
import wave
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from helpers.sound_output import LEAD, PRE, RATE, first_heard, make_output, play
from helpers.sounddevice_fakes import FakePortAudioError

from companion.audio import messages as messages_module
from companion.audio.mixer import FADE_SECONDS
from companion.audio.output import (
    IDLE_CLOSE_SECONDS,
    SilentOutput,
    describe_audio,
)
from companion.audio.render import render_wav
from companion.audio.stream import PREROLL_SECONDS
from companion.core.breath_pattern import PRESETS, PhaseKind, parse_pattern
from companion.core.breathing import SessionLength, Timeline


# ---------------------------------------------------------------- picture and sound agree
def test_the_picture_turns_within_20_ms_of_the_cue_reaching_the_speaker(fake_backend) -> None:
    """The pacer draws timeline.at(heard_elapsed()); the phase must change when the exhale
    cue's first sample reaches the DAC, not when the callback wrote it (80 ms earlier)."""
    fake_backend.latency = 0.080
    output, _ = make_output(fake_backend)
    timeline = Timeline(parse_pattern("4-6"))
    output.start(timeline, 0.0)
    stream = fake_backend.stream
    block = 512
    onset = PRE + next(
        f for f, k, _ in timeline.phase_start_frames(RATE, 1, 20 * RATE) if k.value == "exhale"
    )
    rng = np.random.default_rng(7)
    written_at = None
    heard_at = None
    next_callback, frame = 0.0, 0
    for step in range(4300):
        now = step / 1000  # the screen looks every millisecond
        while next_callback <= now:
            # PortAudio calls back a little early, by a varying amount; the DAC time is
            # when this buffer will actually play: its frames' time plus the latency.
            buffer = stream.pump(block, at=next_callback, dac=frame / RATE + 0.080)
            if written_at is None and frame <= onset < frame + block:
                written_at = next_callback
                assert buffer[onset - frame, 0] == 0.0  # the cue begins from silence
            frame += block
            next_callback = frame / RATE - float(rng.uniform(0.0, 0.010))
        stream.time = now
        heard = output.heard_elapsed()
        assert heard is not None
        if heard is not None and heard_at is None and timeline.at(heard).phase is PhaseKind.EXHALE:
            heard_at = now
    reaches_dac = onset / RATE + 0.080
    assert heard_at is not None and written_at is not None
    assert abs(heard_at - reaches_dac) <= 0.020
    assert reaches_dac - written_at >= 0.070  # the clock that was *not* used would be late


def test_heard_time_falls_back_to_stream_latency_when_dac_time_is_missing(fake_backend) -> None:
    fake_backend.latency = 0.1
    output, _ = make_output(fake_backend)
    output.start(Timeline(PRESETS["exhale-4-6"]), 10.0)
    stream = fake_backend.stream
    stream.dac_unset = True
    assert output.heard_elapsed() == 10.0  # nothing heard yet: the picture waits for it
    stream.pump(PRE)
    stream.pump(480)
    stream.time = PREROLL_SECONDS + 0.1  # the first cue frame reaches the speaker now
    assert output.heard_elapsed() == pytest.approx(10.0, abs=1e-6)
    stream.time += 0.005
    assert output.heard_elapsed() == pytest.approx(10.005, abs=1e-6)
    stream.time += 0.005
    assert output.heard_elapsed() == pytest.approx(10.01, abs=1e-6)
    # Past all that was written, while the stream is starting (the server may not play
    # yet): the heard time waits at the written end.
    stream.time += 0.1
    assert output.heard_elapsed() == pytest.approx(10.01, abs=1e-6)


# ---------------------------------------------------------------- the callback
def test_callback_fills_every_frame_in_every_channel(fake_backend) -> None:
    output, _ = make_output(fake_backend)
    output.start(Timeline(PRESETS["cyclic-sigh"], ease_in=True), 0.0)
    stream = fake_backend.stream
    assert stream.kwargs["dtype"] == "float32" and stream.channels == 2
    for frames in (1, 17, 256, 1024, 3000, 8192):
        out = stream.pump(frames)
        assert not np.isnan(out).any()
        assert np.array_equal(out[:, 0], out[:, 1])


def test_callback_allocates_nothing(fake_backend, measure_allocations) -> None:
    output, _ = make_output(fake_backend, style="breath")
    output.start(Timeline(PRESETS["cyclic-sigh"], ease_in=True), 0.0)
    stream = fake_backend.stream

    def callback(i: int) -> None:
        stream.pump(1024, underflow=(i % 100 == 0))

    # About a minute of audio, cues of every kind, a few underflows counted.
    growth, peak = measure_allocations(callback, 1000, 2000)
    # One 1024 x 2 float32 buffer is 8 KiB: nothing near that is made, and nothing is kept.
    assert growth < 512
    assert peak < 2048
    assert output.underflows == 30


def test_underflows_are_counted(fake_backend) -> None:
    output, _ = make_output(fake_backend)
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    stream = fake_backend.stream
    stream.pump(512)
    stream.pump(512, underflow=True)
    stream.pump(512, underflow=True)
    stream.pump(512)
    assert output.underflows == 2


def test_the_stream_plays_exactly_what_render_audio_writes(fake_backend, tmp_path: Path) -> None:
    timeline = Timeline(PRESETS["4-7-8"], length=SessionLength(minutes=1))
    render_wav("4-7-8", 1, tmp_path / "cues.wav", style="bell", volume=0.6, rate=RATE)
    with wave.open(str(tmp_path / "cues.wav"), "rb") as wav:
        written = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    output, _ = make_output(fake_backend, style="bell", volume=0.6)
    output.start(timeline, 0.0)
    stream = fake_backend.stream
    sizes = np.random.default_rng(3).integers(64, 4096, size=4000)
    chunks, total = [], 0
    for size in sizes:
        if total >= len(written) + PRE:
            break
        chunks.append(stream.pump(int(size))[:, 0].copy())
        total += int(size)
    played = np.concatenate(chunks)
    assert not np.any(played[:PRE])  # the pre-roll: silence the sound server may drop
    played = np.rint(played[PRE : PRE + len(written)] * 32767).astype("<i2")
    assert np.array_equal(played, written)


# ---------------------------------------------------------------- start, stop, settings
def test_stop_fades_the_cue_out_whole_and_the_stream_closes_only_when_idle(fake_backend) -> None:
    output, clock = make_output(fake_backend, volume=1.0)
    output.start(Timeline(parse_pattern("6-6")), 0.0)
    stream = fake_backend.stream
    play(stream, PREROLL_SECONDS + 0.5)
    output.stop()
    assert output.heard_elapsed() is None
    faded = play(stream, 1.0, block=480)  # the stream plays on: the fade is heard
    fade = round(FADE_SECONDS * RATE)
    assert np.any(faded[: fade // 2]) and not np.any(faded[fade:])
    assert np.max(np.abs(np.diff(faded.astype(np.float64)))) < 0.05  # a glide, not a cut
    assert stream.active and not stream.closed
    output.start(Timeline(parse_pattern("6-6")), 0.0)  # a new session: the same stream
    output.stop()
    play(stream, 0.2)
    clock.advance(IDLE_CLOSE_SECONDS / 2)
    output._worker.housekeep()  # type: ignore[attr-defined]
    assert stream.active
    clock.advance(IDLE_CLOSE_SECONDS)
    output._worker.housekeep()  # type: ignore[attr-defined]
    assert stream.closed and fake_backend.streams == [stream]
    assert output.status_message() == ""


def test_volume_and_style_reach_the_playing_stream(fake_backend) -> None:
    output, _ = make_output(fake_backend, volume=1.0)
    output.start(Timeline(parse_pattern("4-6")), 0.0)
    stream = fake_backend.stream
    loud = np.max(np.abs(play(stream, 1.0)))
    output.set_volume(0.5)
    quieter = np.max(np.abs(play(stream, 1.0)[2400:]))
    assert quieter == pytest.approx(0.25 * loud, rel=0.35)
    output.set_style("silent")
    play(stream, 3.0)  # the breath-in cue finishes; the breath out is silent
    assert not np.any(play(stream, 5.0))
    assert output.style.value == "silent" and output.volume == 0.5


def test_sound_off_means_no_stream_and_on_resumes_where_the_breath_is(fake_backend) -> None:
    output, clock = make_output(fake_backend, enabled=False)
    timeline = Timeline(PRESETS["exhale-4-6"])
    output.start(timeline, 3.0)
    assert fake_backend.streams == []
    assert output.heard_elapsed() is None and output.status_message() == ""
    clock.advance(12.0)
    output.enabled = True
    stream = fake_backend.stream
    assert stream.active
    # Sound comes in where the breath will be when it is heard, not where it was asked for.
    assert first_heard(output, stream) == pytest.approx(15.0 + LEAD, abs=1e-6)
    output.set_enabled(False)
    assert output.heard_elapsed() is None


def test_choosing_a_device_moves_the_sound_there_without_losing_the_place(fake_backend) -> None:
    output, clock = make_output(fake_backend)
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    assert output.devices() == [(0, "Built-in speakers"), (2, "USB headset")]
    first = fake_backend.stream
    first.pump(PRE, at=0.0)
    first.pump(4800)
    first.time = PREROLL_SECONDS + 0.05 + 0.05  # 50 ms of the session heard
    heard = output.heard_elapsed()
    assert heard == pytest.approx(0.05, abs=1e-6)
    clock.advance(2.0)
    output.set_device(2)
    second = fake_backend.stream
    assert second is not first and second.device == 2 and first.closed
    assert len(fake_backend.streams) == 2  # reopened once
    assert second.channels == 1 and second.samplerate == 44100  # what the headset offers
    assert first_heard(output, second) == pytest.approx(heard + 2.0 + LEAD, abs=1e-3)
    assert output.device == 2


def test_a_device_chosen_by_name_is_found_again_and_a_gone_one_means_the_default(
    fake_backend,
) -> None:
    output, _ = make_output(fake_backend)
    output.set_device_name("USB headset")
    assert output.device == 2
    output.set_device_name("Headphones that were unplugged")
    assert output.device is None
    output.set_device_name("USB headset")
    output.set_device_name(None)
    assert output.device is None


# ---------------------------------------------------------------- one-off sounds
def test_chime_without_a_session_plays_once_after_the_pre_roll(fake_backend) -> None:
    output, _ = make_output(fake_backend)
    output.chime()
    stream = fake_backend.stream
    heard = play(stream, 3.0, block=1024)
    assert not np.any(heard[:PRE])
    assert 1.5 < np.count_nonzero(heard) / RATE < 2.5  # about two seconds of chime
    assert output.heard_elapsed() is None  # a chime is not a session
    output.chime()  # the next one uses the same stream
    assert len(fake_backend.streams) == 1 and np.any(play(stream, 0.1))


def test_chime_during_a_session_joins_the_session_stream(fake_backend) -> None:
    output, _ = make_output(fake_backend)
    output.start(Timeline(parse_pattern("4-6")), 0.0)
    stream = fake_backend.stream
    play(stream, 3.9)  # into the quiet end of the breath in
    output.chime()
    assert len(fake_backend.streams) == 1
    assert np.any(play(stream, 0.05))


def test_test_sound_plays_the_chosen_style_even_when_silent_style_plays_a_chime(
    fake_backend,
) -> None:
    output, _ = make_output(fake_backend, style="bell")
    output.test_sound()
    assert len(fake_backend.streams) == 1
    play(fake_backend.stream, 8.0)
    output.set_style("silent")
    output.test_sound()
    assert np.any(play(fake_backend.stream, 0.1))
    play(fake_backend.stream, 3.0)
    output.set_enabled(False)
    output.test_sound()
    assert not np.any(play(fake_backend.stream, 1.0))  # sound off means off
    assert len(fake_backend.streams) == 1


def test_doctor_description_names_the_library_and_the_devices(fake_backend) -> None:
    loaded, detail, devices = describe_audio(lambda: fake_backend)
    assert loaded and "PortAudio V19.7.0" in detail
    assert devices == [(0, "Built-in speakers"), (2, "USB headset")]

    def missing() -> object:
        raise OSError("PortAudio library not found")

    loaded, detail, devices = describe_audio(missing)
    assert not loaded and "libportaudio2" in detail and devices == []


def test_silent_output_is_a_quiet_cue_player() -> None:
    silent = SilentOutput("Sound is not available here.")
    silent.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    assert silent.heard_elapsed() is None
    assert silent.status_message() == "Sound is not available here."
    assert silent.devices() == [] and silent.retry() is False
    silent.set_device_name("USB headset")
    assert silent.device is None
    silent.stop()


def test_only_output_imports_sounddevice_and_only_lazily() -> None:
    package = Path(__file__).resolve().parents[2] / "companion"
    importers = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if "import sounddevice" in path.read_text(encoding="utf-8")
        or "from sounddevice" in path.read_text(encoding="utf-8")
    ]
    assert importers == ["audio/output.py"]
    code = (
        "import sys, companion.audio.output, companion.audio.render;"
        "print('sounddevice' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


# ---------------------------------------------------------------- in the user's language
def _lupdate() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_every_sound_message_is_listed_for_translators(tmp_path: Path) -> None:
    """The translation tool must find each message, under the context status_message uses."""
    source = Path(messages_module.__file__)
    ts = tmp_path / "sound.ts"
    subprocess.run(
        [_lupdate(), "-silent", str(source), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    wanted = {(messages_module.MESSAGE_CONTEXT, text) for text in messages_module.MESSAGES}
    assert wanted <= found
    assert messages_module.MESSAGE_CONTEXT == "SoundOutput"


def test_messages_are_shown_in_the_user_s_language(fake_backend, monkeypatch) -> None:
    german = {
        messages_module.NO_DEVICE: "Kein Ton: keine Lautsprecher gefunden.",
        messages_module.OPEN_FAILED: "Kein Ton: das Gerät ließ sich nicht öffnen ({detail}).",
        messages_module.UNKNOWN_DETAIL: "ohne Angabe von Gründen",
    }
    asked: list[str] = []

    def translate(context: str, text: str) -> str:
        asked.append(context)
        return german.get(text, text)

    fake_backend.default_output = None
    output, _ = make_output(fake_backend, translate=translate)
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    assert output.status_message() == "Kein Ton: keine Lautsprecher gefunden."
    fake_backend.default_output = 0
    opened = fake_backend.OutputStream

    def speechless(**kwargs: object) -> object:
        stream = opened(**kwargs)

        def start() -> None:
            raise FakePortAudioError("")  # a device that gives no reason at all

        stream.start = start
        return stream

    monkeypatch.setattr(fake_backend, "OutputStream", speechless)
    assert output.retry() is False
    assert output.status_message() == (
        "Kein Ton: das Gerät ließ sich nicht öffnen (ohne Angabe von Gründen)."
    )
    assert set(asked) == {"SoundOutput"}
