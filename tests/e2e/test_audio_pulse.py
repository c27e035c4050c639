"""Real sound: play a preset through PortAudio into a PulseAudio null sink and listen back.

A private PulseAudio daemon (its own HOME, runtime dir and socket, no default config) gets a
48 kHz null sink. A separate Python process plays 30 s of a preset through SoundOutput and
the real sounddevice stream (ALSA's ``default`` device, which the pulse ALSA plugin routes to
PULSE_SERVER); ``parecord`` records the sink's monitor. The cue onsets in the recording must
be spaced as the timeline says, within 10 ms.

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
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from companion.core.breathing import Timeline, resolve_pattern

pytestmark = pytest.mark.audio

RATE = 48000
PRESET = "cyclic-sigh"
SECONDS = 30.0

PLAYER = """
import json, sys, time
from companion.audio.output import SoundOutput
from companion.core.breathing import Timeline, resolve_pattern

output = SoundOutput(sample_rate=48000)
output.start(Timeline(resolve_pattern(sys.argv[1])), 0.0)
problem = output.status_message()
if problem:
    print(problem, file=sys.stderr)
    sys.exit(3)
limit = time.monotonic() + float(sys.argv[2]) + 15.0
heard = None
while time.monotonic() < limit:
    heard = output.heard_elapsed()
    if heard is not None and heard >= float(sys.argv[2]):
        break
    time.sleep(0.05)
output.stop()
time.sleep(0.3)
status = output.status_message()
output.close()
print(json.dumps({"heard": heard, "underflows": output.underflows, "status": status}))
"""


def _missing(*names: str) -> list[str]:
    return [name for name in names if shutil.which(name) is None]


@pytest.fixture
def pulse_env() -> Iterator[dict[str, str]]:
    """A private PulseAudio daemon with a null sink; yields the environment for its clients."""
    missing = _missing("pulseaudio", "parecord")
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
        yield env
    finally:
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


def test_cues_reach_a_real_sink_at_the_timeline_intervals(pulse_env, tmp_path: Path) -> None:
    recording = tmp_path / "sink.raw"
    recorder = subprocess.Popen(
        [
            "parecord",
            "--device=companion_test.monitor",
            "--raw",
            "--format=float32le",
            f"--rate={RATE}",
            "--channels=1",
            "--latency-msec=20",
            str(recording),
        ],
        env=pulse_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        time.sleep(0.3)  # edge: let the recorder attach before the first cue
        assert recorder.poll() is None, recorder.stderr.read().decode() if recorder.stderr else ""
        player = subprocess.run(
            [sys.executable, "-c", PLAYER, PRESET, str(SECONDS)],
            env=pulse_env,
            capture_output=True,
            text=True,
            timeout=SECONDS + 25,
            check=False,
        )
    finally:
        recorder.send_signal(signal.SIGINT)
        try:
            recorder.wait(timeout=5)
        except subprocess.TimeoutExpired:
            recorder.kill()
            recorder.wait(timeout=5)
        if recorder.stderr:
            recorder.stderr.close()
    assert player.returncode == 0, player.stderr[-2000:]
    report = json.loads(player.stdout.strip().splitlines()[-1])
    assert report["status"] == ""
    assert report["heard"] >= SECONDS

    sound = np.fromfile(recording, dtype="<f4")
    onsets = find_onsets(sound, RATE)
    timeline = Timeline(resolve_pattern(PRESET))
    expected = np.array([start.time for start in timeline.phase_starts(0.0, SECONDS + 1)])
    assert len(onsets) >= 6, f"only {len(onsets)} cues found in {len(sound) / RATE:.1f} s"
    measured = np.diff(onsets) / RATE
    # Line the heard cues up with the timeline's (the first may lack silence before it).
    errors = [
        float(np.max(np.abs(measured - np.diff(expected[k : k + len(onsets)]))))
        for k in range(len(expected) - len(onsets) + 1)
    ]
    assert errors, "more cues were heard than were played"
    assert min(errors) <= 0.010, (measured, expected)
