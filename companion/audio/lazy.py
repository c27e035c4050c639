"""Open the sound output only when a sound is first wanted, never during start-up.

Building the real output imports numpy and loads PortAudio; the window must paint first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class LazyOutput:
    """Looks like ``SoundOutput``; builds it on the first call that needs sound."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self._real: Any = None
        self._pending: list[tuple[str, tuple[Any, ...]]] = []

    def real(self) -> Any:
        """The real output, built now if it was not yet."""
        if self._real is None:
            self._real = self._factory()
            for name, args in self._pending:
                getattr(self._real, name)(*args)
            self._pending.clear()
        return self._real

    def is_open(self) -> bool:
        return self._real is not None

    # Cheap questions are answered without opening anything.
    def heard_elapsed(self) -> float | None:
        return None if self._real is None else self._real.heard_elapsed()

    def status_message(self) -> str:
        return "" if self._real is None else str(self._real.status_message())

    def stop(self) -> None:
        if self._real is not None:
            self._real.stop()

    def close(self) -> None:
        if self._real is not None:
            self._real.close()

    # Settings are remembered and applied when the output opens.
    def _setting(self, name: str, *args: Any) -> None:
        if self._real is None:
            self._pending.append((name, args))
        else:
            getattr(self._real, name)(*args)

    def set_enabled(self, on: bool) -> None:
        self._setting("set_enabled", on)

    def set_volume(self, volume: float) -> None:
        self._setting("set_volume", volume)

    def set_style(self, style: Any) -> None:
        self._setting("set_style", style)

    def set_rhythm(self, on: bool) -> None:
        self._setting("set_rhythm", on)

    def set_device(self, index: int | None) -> None:
        self._setting("set_device", index)

    def set_device_name(self, name: str | None) -> None:
        """Choose the output device by its name (indices change between boots)."""
        self._setting("set_device_name", name)

    def chime(self) -> None:
        """Open the output (if it is not yet) and chime once."""
        self.real().chime()

    def __getattr__(self, name: str) -> Any:
        # Anything else (start, devices, retry, ...) needs the real output.
        return getattr(self.real(), name)
