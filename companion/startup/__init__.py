"""Building the main window in two steps: what the first frame shows, then the rest."""
