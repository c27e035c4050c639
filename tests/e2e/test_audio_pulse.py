"""Real sound: play through PortAudio into a PulseAudio null sink and listen back.

A private PulseAudio daemon (its own HOME, runtime dir and socket, no default config) gets a
48 kHz null sink. A separate Python process (a Qt application, like the app) runs the
breathing pacer with SoundOutput and the real sounddevice stream (ALSA's ``default`` device, which
the pulse ALSA plugin routes to PULSE_SERVER); ``parec`` records the sink's monitor.

With a CPU hog busy on the other core, the recording must show: the first cue whole (the
pre-roll keeps the first buffer's loss away from it), cue onsets spaced as the timeline says
within 10 ms, no underrun, a stop mid-cue that fades out rather than cuts, and the pacer's
shape turning within 20 ms of each cue (the player logs when each paint drew which moment;
the recording's arrival times place the cues on the same clock). A second test stops the
sound server with SIGSTOP for 10 s: the player's GUI-thread timer must keep firing, a
message must appear within 1 s, and sound must come back by itself within 2 s of SIGCONT,
in step with the wall clock and with the shape. A third leaves mid-session without closing
the output: the stream must still be closed before PortAudio ends.

As root, pulseaudio only warns ("not intended to be run as root") and runs in per-user mode
when started with ``-n`` and explicit modules, so no ``--system`` mode is needed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from e2e.sink_recording import RATE, Recording

from companion.audio.mixer import CueMixer
from companion.core.breath_pattern import resolve_pattern
from companion.core.breathing import Timeline

pytestmark = pytest.mark.audio

PRESET = "cyclic-sigh"
SECONDS = float(os.environ.get("COMPANION_AUDIO_SECONDS", "30"))
VOLUME = 0.8
STOP_PID = "COMPANION_TEST_PULSE_PID"

PLAYER = Path(__file__).with_name("pacer_player.py")
LEAVER = Path(__file__).with_name("stream_leaver.py")


def _missing(*names: str) -> list[str]:
    return [name for name in names if shutil.which(name) is None]


@pytest.fixture
def pulse_env() -> Iterator[dict[str, str]]:
    """A private PulseAudio daemon with a null sink; yields the environment for its clients."""
    missing = _missing("pulseaudio", "parec", "pacat")
    if missing:
        reason = f"needs {' and '.join(missing)} (apt install pulseaudio pulseaudio-utils)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run this real-sound test, but it {reason}")
        pytest.skip(reason)
    # A short path: unix socket names are limited to about 100 characters.
    root = Path(tempfile.mkdtemp(prefix="cpa-"))
    home, runtime = root / "home", root / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    socket = runtime / "native"
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(home / ".config"),
        PULSE_RUNTIME_PATH=str(runtime / "pulse"),
        PULSE_SERVER=f"unix:{socket}",
    )
    env.pop("PULSE_SINK", None)
    daemon = subprocess.Popen(
        [
            "pulseaudio",
            "-n",  # no default.pa: only the modules below
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--log-target=stderr",
            f"--load=module-native-protocol-unix auth-anonymous=1 socket={socket}",
            f"--load=module-null-sink sink_name=companion_test rate={RATE} channels=2",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 15
        while not socket.exists():
            if daemon.poll() is not None:
                error = daemon.stderr.read().decode(errors="replace") if daemon.stderr else ""
                pytest.fail(f"pulseaudio did not start:\n{error[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail("pulseaudio did not open its socket within 15 s")
            time.sleep(0.05)
        env[STOP_PID] = str(daemon.pid)
        yield env
    finally:
        with_signal = getattr(signal, "SIGCONT", None)
        if with_signal is not None:
            daemon.send_signal(with_signal)  # in case a test left it stopped
        daemon.send_signal(signal.SIGTERM)
        try:
            daemon.wait(timeout=10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait(timeout=5)
        if daemon.stderr:
            daemon.stderr.close()
        shutil.rmtree(root, ignore_errors=True)


def find_onsets(sound: np.ndarray, rate: int) -> np.ndarray:
    """Samples where sound rises above -40 dBFS after at least 100 ms below it.

    The sink's monitor only delivers audio once something plays, so a cue at the very
    start of the recording has no silence before it and is not counted.
    """
    gap = round(0.1 * rate)
    loud = np.flatnonzero(np.abs(sound) > 0.01)
    if len(loud) == 0:
        return loud
    starts = np.concatenate([loud[:1], loud[1:][np.diff(loud) > gap]])
    return starts[starts >= gap]


@pytest.fixture
def cpu_hog() -> Iterator[None]:
    """Keep one core fully busy for the test (the machine has two)."""
    hog = subprocess.Popen([sys.executable, "-c", "while 1: pass"])
    try:
        yield
    finally:
        hog.kill()
        hog.wait(timeout=10)


def record_while_playing(
    env: dict[str, str], data_dir: Path, seconds: float, stop_for: float = 0.0
) -> tuple[dict[str, Any], np.ndarray, Recording]:
    """Record the sink while the player plays ``seconds`` of the preset.

    Returns the player's report, the sound recorded and the recording (for its clock).
    A stream of silence keeps the sink running throughout, so its monitor delivers every
    sample from before the player starts (an idle sink's monitor would begin mid-cue).
    """
    with open("/dev/zero", "rb") as zeros:
        keeper = subprocess.Popen(
            ["pacat", "--playback", "--raw", "--format=float32le", f"--rate={RATE}"],
            env=env,
            stdin=zeros,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    recording = Recording(env)
    try:
        recording.wait_for_sound()
        player = subprocess.run(
            [sys.executable, str(PLAYER), PRESET, str(seconds), str(stop_for), str(data_dir)],
            env=env,
            capture_output=True,
            text=True,
            timeout=seconds + stop_for + 40,
            check=False,
        )
    finally:
        sound = recording.finish()
        keeper.kill()
        keeper.wait(timeout=5)
    assert player.returncode == 0, player.stderr[-2000:]
    report: dict[str, Any] = json.loads(player.stdout.strip().splitlines()[-1])
    shown = {key: value for key, value in report.items() if key != "paints"}
    print("player report:", shown)  # shown with -s or on failure
    return report, sound, recording


def rendered_start(seconds: float) -> np.ndarray:
    """The first ``seconds`` of the session as the mixer renders it (what should be heard)."""
    mixer = CueMixer(Timeline(resolve_pattern(PRESET)), "soft", RATE, VOLUME)
    mixer.prepare_all()
    out = np.zeros(round(seconds * RATE), dtype=np.float32)
    mixer.fill(out, 0)
    return out


def first_cue_error(sound: np.ndarray) -> float:
    """Largest difference between the recording's first cue and the render, lined up.

    A first buffer lost on its way to the server would cut the cue's start: a step.
    """
    expected = rendered_start(0.5)
    start = int(np.flatnonzero(np.abs(sound) > 0.01)[0])
    window = sound[max(0, start - RATE // 10) : start + RATE // 2]
    lags = np.arange(0, len(window) - len(expected))
    head = expected[: RATE // 5]
    scores = [float(np.dot(window[k : k + len(head)], head)) for k in lags[::1]]
    best = int(lags[int(np.argmax(scores))])
    heard = window[best : best + len(expected)]
    return float(np.max(np.abs(heard - expected)))


def end_step(sound: np.ndarray) -> float:
    """How abruptly the sound ends: the size of the last sample before silence."""
    loud = np.flatnonzero(np.abs(sound) > 1e-5)
    assert len(loud), "nothing was recorded"
    return float(abs(sound[loud[-1]]))


def shape_offsets(
    paints: list[tuple[float, float]],
    sound: np.ndarray,
    clock: Callable[[np.ndarray], np.ndarray],
    after: float = 0.0,
) -> list[float]:
    """For each phase change the recording has a cue for: when the shape first showed the
    new phase, minus when its cue was heard (seconds; positive: the picture was late).

    ``paints`` are (monotonic time, timeline seconds drawn) of the player's shape; cue
    onsets are placed in monotonic time by the recording's ``clock``.
    """
    heard = clock(find_onsets(sound, RATE))
    heard = heard[heard > after]
    last = paints[-1][1]
    timeline = Timeline(resolve_pattern(PRESET))
    offsets = []
    for start in timeline.phase_starts(0.1, last - 0.1):
        turned = next(at for at, drawn in paints if drawn >= start.time)
        if turned <= after or len(heard) == 0:
            continue
        nearest = heard[np.argmin(np.abs(heard - turned))]
        if abs(turned - nearest) < 0.2:  # (a phase with no cue heard: sound was off)
            offsets.append(float(turned - nearest))
    return offsets


def test_cues_reach_a_real_sink_whole_and_on_time_under_load(
    pulse_env, cpu_hog, tmp_path: Path
) -> None:
    report, sound, recording = record_while_playing(pulse_env, tmp_path, SECONDS)
    assert report["status"] == ""
    assert report["heard"] >= SECONDS
    assert report["underflows"] == 0

    # Nothing of the first cue lost: it matches the render sample for sample (16-bit grain).
    assert first_cue_error(sound) < 0.002
    # The stop mid-cue faded out: the last sound before silence is below -60 dBFS.
    assert end_step(sound) < 10 ** (-60 / 20)

    onsets = find_onsets(sound, RATE)
    timeline = Timeline(resolve_pattern(PRESET))
    expected = np.array([start.time for start in timeline.phase_starts(0.0, SECONDS + 1)])
    assert len(onsets) >= 6, f"only {len(onsets)} cues found in {len(sound) / RATE:.1f} s"
    measured = np.diff(onsets) / RATE
    # Line the heard cues up with the timeline's.
    errors = [
        float(np.max(np.abs(measured - np.diff(expected[k : k + len(onsets)]))))
        for k in range(len(expected) - len(onsets) + 1)
    ]
    assert errors, "more cues were heard than were played"
    assert min(errors) <= 0.010, (measured, expected)

    # The shape turns with the sound: within 20 ms of the cue on 99 % of phase changes.
    offsets = shape_offsets(report["paints"], sound, recording.clock())
    print("shape minus sound, ms:", [round(1000 * offset, 1) for offset in offsets])
    assert len(offsets) >= len(onsets) - 1, "a cue was heard with no turn of the shape near it"
    assert np.quantile(np.abs(offsets), 0.99) <= 0.020, offsets


def test_a_stopped_sound_server_never_freezes_the_player_and_sound_comes_back(
    pulse_env, tmp_path: Path
) -> None:
    report, sound, recording = record_while_playing(pulse_env, tmp_path, 20.0, stop_for=10.0)
    # The GUI thread's 10 ms timer never waited 100 ms on the app (time spent waiting for a
    # CPU on a busy machine is not the app's doing; a thread blocked by sound counts in full).
    assert report["gap"] < 0.1, report
    assert report["told"] is not None and report["told"] <= 1.0
    assert report["back"] is not None and report["back"] <= 2.0
    # Back where the breath is by the wall clock (not 10 s behind, nor a step back).
    assert abs(report["lag"]) < 0.1
    assert report["status"] == ""
    # The cues that came back are heard where the shape turns: at the right phase.
    back = report["resumed"]
    offsets = shape_offsets(report["paints"], sound, recording.clock(since=back + 1.0), after=back)
    print(
        "after the server came back, shape minus sound, ms:", [round(1000 * o, 1) for o in offsets]
    )
    assert offsets, "no cue was heard after the server came back"
    assert max(np.abs(offsets)) <= 0.020, offsets


def test_a_process_that_ends_mid_session_releases_its_stream_first(pulse_env) -> None:
    """Quitting without ``close()`` (a crash path, a test) still closes the stream before
    PortAudio ends: no stream is left open and sounddevice's exit handler has nothing to say."""
    result = subprocess.run(
        [sys.executable, str(LEAVER), PRESET],
        env=pulse_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "open at exit: 0" in result.stdout, result.stdout
    assert "Exception ignored" not in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
