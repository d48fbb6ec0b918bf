"""Choosing a player backend: VLC when it works here, else Qt Multimedia, with the reason.

choice = create_player("auto")
choice.player          # a Player
choice.fallback_reason # None, or why VLC (wanted) is not used: show it to the facilitator
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtGui import QGuiApplication

from facilitator.media import messages
from facilitator.media.player import Player

Preference = Literal["auto", "vlc", "qt", "fake"]

# Window systems whose native window ids VLC can draw into (see FIELD-NOTES: Wayland has none).
_EMBEDDABLE = {"xcb", "windows", "cocoa"}


@dataclass(frozen=True)
class PlayerChoice:
    """The player backend chosen for this computer, and why VLC was passed over if it was."""

    player: Player
    fallback_reason: str | None = None


def embedding_problem() -> str | None:
    """Why VLC could not draw into this application's windows, or None."""
    platform = QGuiApplication.platformName() if QGuiApplication.instance() else ""
    if not platform or platform in _EMBEDDABLE:
        return None
    return messages.vlc_cannot_embed(platform)


def create_player(preference: Preference = "auto", *, headless: bool = False) -> PlayerChoice:
    """A player for `preference`. "auto" and "vlc" fall back to Qt when VLC cannot be used
    (not installed, broken, or the window system cannot host it) and say why; `headless`
    makes VLC decode without showing anything (tests, benchmarks)."""
    if preference == "fake":
        from facilitator.media.fake_backend import FakePlayer

        return PlayerChoice(FakePlayer())
    reason: str | None = None
    if preference in ("auto", "vlc"):
        from facilitator.media import vlc_backend

        reason = vlc_backend.vlc_available(headless)
        if reason is None and not headless:
            reason = embedding_problem()
        if reason is None:
            try:
                return PlayerChoice(vlc_backend.VlcPlayer(headless=headless))
            except vlc_backend.VlcUnavailable as exc:
                reason = str(exc)
    elif preference != "qt":
        raise ValueError(f"unknown player preference {preference!r}")
    from facilitator.media.qt_backend import QtPlayer

    return PlayerChoice(QtPlayer(), reason)
