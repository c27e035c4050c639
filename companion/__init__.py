"""Companion: step away well in a fight, and practise regulating every day."""

__version__ = "0.1.0"
APP_NAME = "Companion"
APP_ID = "io.github.companion_app.Companion"
EXIT_USAGE = 2
"""Exit code for something the user can fix (a mistyped time, a data folder that cannot be used)."""
