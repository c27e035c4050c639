"""The reliability tests; their figures print through helpers.figures (see tests/conftest.py)."""
