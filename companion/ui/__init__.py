"""Widgets. They hold no business rules; they ask ``companion.core`` and draw the answer."""
