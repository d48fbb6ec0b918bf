"""Preferences of this computer's interface, kept in `interface.ini` in the data folder.

The records layer's settings table accepts only its own keys (records/settings.py); what
belongs to the machine and the interface rather than to the records lives here instead:

    interface/language      a copy of the store's `interface.language`, read at start-up so
                            the first window appears in the right language before the store
                            is open
    interface/large_text    the large-text mode of the facilitator view (bool)
    media/player_backend    auto | vlc | qt
    store/location          another store file, used from the next start (empty: default)
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from facilitator import paths

PLAYER_BACKENDS = ("auto", "vlc", "qt")


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(str(paths.data_dir() / "interface.ini"),
                                               QSettings.Format.IniFormat)

    def _text(self, key: str, default: str) -> str:
        value = self._settings.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        return self._text("interface/language", "")

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("interface/language", code)

    @property
    def large_text(self) -> bool:
        return self._text("interface/large_text", "false").lower() in ("true", "1")

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self._settings.setValue("interface/large_text", "true" if value else "false")

    @property
    def player_backend(self) -> str:
        value = self._text("media/player_backend", "auto")
        return value if value in PLAYER_BACKENDS else "auto"

    @player_backend.setter
    def player_backend(self, value: str) -> None:
        self._settings.setValue("media/player_backend", value)

    @property
    def store_location(self) -> str:
        return self._text("store/location", "")

    @store_location.setter
    def store_location(self, value: str) -> None:
        self._settings.setValue("store/location", value)

    def sync(self) -> None:
        self._settings.sync()
