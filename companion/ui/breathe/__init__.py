"""Breathe: the pacer, its patterns and its cues."""
