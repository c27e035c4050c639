"""Companion: step away well in a fight, and practise regulating every day."""

__version__ = "0.1.0"
APP_NAME = "Companion"
APP_ID = "io.github.companion_app.Companion"
