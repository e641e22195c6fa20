"""Composing briefings from the store: window, ranking, replies."""
