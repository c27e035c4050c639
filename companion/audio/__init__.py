"""Cue synthesis, frame-exact mixing and the sound output adapter."""
