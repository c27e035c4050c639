"""Check in: the wheel and the card around it."""
