"""The sound output opens on first use, not at start-up, and keeps settings made before."""

from __future__ import annotations

from companion.audio.lazy import LazyOutput


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
