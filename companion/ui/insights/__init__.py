"""Insights and history: how often each state comes up, and every entry."""
