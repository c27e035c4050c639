"""The pause: take a break, the countdown, the way back."""
