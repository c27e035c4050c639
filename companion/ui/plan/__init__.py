"""Our pause plan: the guided page where a couple makes it, and the card they print."""
