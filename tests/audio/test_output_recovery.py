"""The sound output when things go wrong: missing library, lost device, hung server, and
the guarantee that nothing that can block runs on the caller's thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from helpers.sound_output import (
    LEAD,
    PRE,
    QueuedWorker,
    first_heard,
    flush,
    make_output,
    play,
)

from companion.audio import jobs as jobs_module
from companion.audio.output import RECONNECT_SECONDS, STALL_SECONDS, SoundOutput
from companion.audio.stream import PREROLL_SECONDS, STARTUP_SECONDS
from companion.audio.worker import InlineWorker, ThreadWorker
from companion.core.breath_pattern import PRESETS
from companion.core.breathing import Timeline
from companion.core.clock import ManualClock


# ---------------------------------------------------------------- failure paths
def test_missing_portaudio_is_silent_says_how_to_fix_and_retry_works(fake_backend) -> None:
    clock = ManualClock()
    state = {"installed": False}

    def load() -> object:
        if not state["installed"]:
            raise OSError("PortAudio library not found")
        return fake_backend

    fake_backend.clock = clock
    output = SoundOutput(backend_loader=load, clock=clock, worker=InlineWorker())
    timeline = Timeline(PRESETS["exhale-4-6"])
    output.start(timeline, 0.0)  # the session starts regardless
    assert output.heard_elapsed() is None
    message = output.status_message()
    assert "libportaudio2" in message and "Retry" in message
    assert output.devices() == []
    clock.advance(30.0)
    assert output.retry() is False
    state["installed"] = True
    assert output.retry() is True
    assert output.status_message() == ""
    stream = fake_backend.stream
    assert stream.active
    assert first_heard(output, stream) == pytest.approx(30.0 + LEAD, abs=1e-6)


def test_no_output_device_is_silent_and_retry_finds_a_new_one(fake_backend) -> None:
    fake_backend.default_output = None
    output, _ = make_output(fake_backend)
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    assert fake_backend.streams == []
    assert "no speakers or headphones" in output.status_message()
    assert output.heard_elapsed() is None
    fake_backend.default_output = 0  # plugged in
    assert output.retry() is True
    assert fake_backend.rescans == 1  # PortAudio was asked to look again
    assert fake_backend.stream.active and output.status_message() == ""


def test_a_chosen_device_that_is_gone_says_so(fake_backend) -> None:
    output, _ = make_output(fake_backend, device=7)
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    assert "chosen sound device is not available" in output.status_message()
    output.set_device(None)
    assert fake_backend.stream.active and output.status_message() == ""


def test_a_stream_that_will_not_start_reports_the_reason(fake_backend) -> None:
    fake_backend.fail_start = True
    output, _ = make_output(fake_backend)
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    message = output.status_message()
    assert "could not be opened" in message and "Device unavailable" in message
    assert fake_backend.stream.closed
    fake_backend.fail_start = False
    assert output.retry() is True


def test_device_pulled_out_mid_session_goes_silent_and_comes_back_by_itself(fake_backend) -> None:
    output, clock = make_output(fake_backend)
    timeline = Timeline(PRESETS["exhale-4-6"])
    output.start(timeline, 0.0)
    stream = fake_backend.stream
    stream.pump(PRE, at=0.0)
    for _ in range(100):
        stream.pump(480)
        output.heard_elapsed()
    fake_backend.default_output = None
    stream.die()  # unplugged, and no other device to go to
    assert output.heard_elapsed() is None  # the pacer carries on with its own clock
    assert "went away" in output.status_message()
    assert stream.closed
    clock.advance(0.5)
    output._worker.housekeep()  # type: ignore[attr-defined]
    assert len(fake_backend.streams) == 1  # nothing to open yet
    fake_backend.default_output = 0  # plugged back in
    clock.advance(RECONNECT_SECONDS)
    output._worker.housekeep()  # type: ignore[attr-defined]
    resumed = fake_backend.stream
    assert resumed is not stream and resumed.active and output.status_message() == ""
    assert fake_backend.rescans >= 1  # PortAudio was asked to look again
    # It picks up where the breath is by now, aimed at when it will be heard.
    last = 1.0 + 0.01 - 0.05  # last frame written minus the latency, at the unplugging
    heard = first_heard(output, resumed)
    assert heard == pytest.approx(last + 0.5 + RECONNECT_SECONDS + LEAD, abs=0.02)


def test_a_hung_sound_server_never_blocks_and_sound_returns_by_itself(fake_backend) -> None:
    worker = QueuedWorker()
    output, clock = make_output(fake_backend, worker=worker)
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    worker.run_all()
    stream = fake_backend.stream
    play(stream, PREROLL_SECONDS + STARTUP_SECONDS)  # well under way
    assert output.heard_elapsed() is not None
    clock.advance(STALL_SECONDS + 0.1)  # the server stops asking for sound
    assert output.heard_elapsed() is None  # the picture keeps the wall-clock pace
    assert "not answering" in output.status_message()
    assert worker.jobs  # the stream is replaced on the worker, never here
    clock.advance(10.0)
    assert output.heard_elapsed() is None and not stream.closed
    worker.run_all()  # the server answers again: the worker gets through
    assert stream.closed and fake_backend.stream is not stream
    assert output.status_message() == ""
    heard = first_heard(output, fake_backend.stream)
    assert heard is not None and heard > 10.0


# ---------------------------------------------------------------- never on the GUI thread
def test_nothing_that_can_block_runs_on_the_calling_thread(fake_backend) -> None:
    """Opening, starting, stopping, aborting, closing and rescanning all happen on the
    output's own worker thread; the caller (the GUI) only reads and hands over."""
    caller = threading.get_ident()
    calls: list[tuple[str, int]] = []

    def spy(name: str, method: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object, **kwargs: object) -> object:
            calls.append((name, threading.get_ident()))
            return method(*args, **kwargs)

        return wrapper

    opened = fake_backend.OutputStream

    def make_stream(**kwargs: object) -> object:
        stream = opened(**kwargs)
        for name in ("start", "stop", "abort", "close"):
            setattr(stream, name, spy(name, getattr(stream, name)))
        return stream

    fake_backend.OutputStream = spy("open", make_stream)
    fake_backend._terminate = spy("rescan", fake_backend._terminate)
    worker = ThreadWorker()
    output = SoundOutput(fake_backend, clock=ManualClock(), worker=worker)
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    output.heard_elapsed()  # what a paint event asks
    output.chime()
    flush(worker)
    output.stop()
    output.set_device(2)  # a device change reopens once
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    flush(worker)
    fake_backend.stream.die()
    output.status_message()  # notices the loss; the worker replaces the stream
    output.retry()
    flush(worker)
    output.close()  # waits for the worker (a bounded wait, only on quit)
    names = [name for name, _ in calls]
    assert {"open", "start", "close"} <= set(names) and names.count("open") >= 2
    assert all(thread != caller for _, thread in calls), calls


def test_asking_again_for_what_already_plays_changes_nothing(fake_backend) -> None:
    """After a retry that found sound already back, the pacer asks to play from where it
    is; the session must not restart (no fade, no new start, no step in the picture)."""
    output, _ = make_output(fake_backend)
    timeline = Timeline(PRESETS["exhale-4-6"])
    output.start(timeline, 0.0)
    stream = fake_backend.stream
    play(stream, PREROLL_SECONDS + 1.0)
    heard = output.heard_elapsed()
    assert heard is not None
    voice = output._voice  # the session's place on the stream
    output.start(timeline, heard + 0.01)
    assert output._voice is voice and output.heard_elapsed() == pytest.approx(heard, abs=0.02)
    output.start(timeline, heard + 3.0)  # somewhere else: that is a real new start
    assert output._voice is not voice


def test_sound_turned_back_on_is_heard_exactly_where_the_breath_is(
    fake_backend, monkeypatch
) -> None:
    """Sound coming back mid-session is aimed on the stream's clock: when it is first
    heard, it is where the breath is by then, however long preparing it took."""
    output, clock = make_output(fake_backend)
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    stream = fake_backend.stream
    play(stream, PREROLL_SECONDS + 2.0)
    before, then = output.heard_elapsed(), clock.monotonic()
    assert before is not None
    output.set_enabled(False)
    play(stream, 0.5)  # the stream keeps running, silent
    made = jobs_module.CueMixer

    def slowly_made(*args: object, **kwargs: object) -> object:
        mixer = made(*args, **kwargs)
        for _ in range(40):  # rendering took 0.2 s, and the stream played on meanwhile
            stream.pump(240)
        return mixer

    monkeypatch.setattr(jobs_module, "CueMixer", slowly_made)
    output.set_enabled(True)
    for _ in range(400):
        stream.pump(240)
        heard = output.heard_elapsed()
        if heard is not None:
            break
    assert heard is not None
    assert heard == pytest.approx(before + clock.monotonic() - then, abs=0.006)
    assert len(fake_backend.streams) == 1
