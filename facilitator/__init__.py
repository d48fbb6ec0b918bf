"""Facilitator Companion: guides peer facilitators through manualised group sessions."""

__version__ = "0.1.0"
