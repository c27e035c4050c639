"""The sound output opens on first use, not at start-up, and keeps settings made before."""

from __future__ import annotations

from companion.audio.lazy import LazyOutput
from companion.audio.output import SoundOutput
from companion.audio.worker import InlineWorker
from companion.core.breath_pattern import PRESETS
from companion.core.breathing import Timeline
from companion.core.clock import ManualClock


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def __getattr__(self, name: str):
        return lambda *args: self.calls.append((name, args)) or 0.25


def test_nothing_opens_until_a_sound_is_wanted() -> None:
    built: list[Recorder] = []
    lazy = LazyOutput(lambda: built.append(Recorder()) or built[-1])
    assert lazy.heard_elapsed() is None
    assert lazy.status_message() == ""
    lazy.set_volume(0.3)
    lazy.set_style("bell")
    lazy.stop()
    lazy.close()
    assert built == []
    lazy.start("timeline", 0.0)
    assert len(built) == 1
    assert built[0].calls == [
        ("set_volume", (0.3,)),
        ("set_style", ("bell",)),
        ("start", ("timeline", 0.0)),
    ]
    assert lazy.heard_elapsed() == 0.25
    lazy.set_volume(0.5)
    assert built[0].calls[-1] == ("set_volume", (0.5,))


def test_a_device_named_before_opening_is_chosen_when_it_opens() -> None:
    built: list[Recorder] = []
    lazy = LazyOutput(lambda: built.append(Recorder()) or built[-1])
    lazy.set_enabled(True)
    lazy.set_device_name("USB headset")
    assert built == []
    lazy.real()
    assert built[0].calls == [("set_enabled", (True,)), ("set_device_name", ("USB headset",))]
    lazy.set_device_name(None)
    assert built[0].calls[-1] == ("set_device_name", (None,))


def test_a_chime_opens_the_output_and_chimes_once() -> None:
    built: list[Recorder] = []
    lazy = LazyOutput(lambda: built.append(Recorder()) or built[-1])
    lazy.set_volume(0.4)
    lazy.chime()
    assert len(built) == 1
    assert built[0].calls == [("set_volume", (0.4,)), ("chime", ())]


def test_a_real_output_opened_late_plays_on_the_device_named_early(fake_backend) -> None:
    lazy = LazyOutput(lambda: SoundOutput(fake_backend, clock=ManualClock(), worker=InlineWorker()))
    lazy.set_device_name("USB headset")
    lazy.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    assert fake_backend.stream.device == 2
