"""What the sound output says when sound is off, marked for translation but not translated.

The texts are translated when shown (``SoundOutput.status_message``), so this module needs
no Qt.
"""

from __future__ import annotations

__all__ = [
    "DEVICE_LOST",
    "MESSAGES",
    "MESSAGE_CONTEXT",
    "NO_DEVICE",
    "NO_PORTAUDIO",
    "NO_SUCH_DEVICE",
    "OPEN_FAILED",
    "SERVER_QUIET",
    "UNKNOWN_DETAIL",
]

#: The translation context of every message below; ``status_message`` translates with it.
MESSAGE_CONTEXT = "SoundOutput"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the translation tools (which look for this name) without Qt here.

    The text is translated when shown, through the ``translate`` callable.
    """
    return text


NO_PORTAUDIO = QT_TRANSLATE_NOOP(
    "SoundOutput",
    "Sound is off because the PortAudio sound library is missing. Install it (on Debian or "
    "Ubuntu: sudo apt install libportaudio2), then press Retry.",
)
NO_DEVICE = QT_TRANSLATE_NOOP(
    "SoundOutput",
    "Sound is off because no speakers or headphones were found. Connect some, then press Retry.",
)
NO_SUCH_DEVICE = QT_TRANSLATE_NOOP(
    "SoundOutput",
    "Sound is off because the chosen sound device is not available. Choose another one, "
    "or connect it and press Retry.",
)
OPEN_FAILED = QT_TRANSLATE_NOOP(
    "SoundOutput",
    "Sound is off because the sound device could not be opened ({detail}). Choose another "
    "device or press Retry.",
)
DEVICE_LOST = QT_TRANSLATE_NOOP(
    "SoundOutput",
    "Sound stopped because the sound device went away. Reconnect it or choose another, "
    "then press Retry. The breathing guide carries on without sound.",
)
SERVER_QUIET = QT_TRANSLATE_NOOP(
    "SoundOutput",
    "Sound is paused because the sound system is not answering. The breathing guide carries "
    "on, and sound comes back by itself when the system answers again.",
)
#: Stands in for the device's own words when it gave none.
UNKNOWN_DETAIL = QT_TRANSLATE_NOOP("SoundOutput", "no reason given")
#: Every message ``status_message`` can show (the tests check each is translatable).
MESSAGES = (
    NO_PORTAUDIO,
    NO_DEVICE,
    NO_SUCH_DEVICE,
    OPEN_FAILED,
    DEVICE_LOST,
    SERVER_QUIET,
    UNKNOWN_DETAIL,
)
