"""Programmes and the session run: pure Python, no Qt."""
