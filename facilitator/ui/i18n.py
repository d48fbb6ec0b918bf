"""The interface language: Qt translators for the application and Qt itself.

Switching at run time installs new translators; Qt then sends every widget a
LanguageChange event and each widget's `retranslate_ui()` redraws its texts. Arabic lays
the whole interface out right to left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from facilitator import paths

INTERFACE_LANGUAGES = {"en": "English", "da": "Dansk", "ar": "العربية", "ru": "Русский"}
RTL_LANGUAGES = {"ar", "fa", "he", "ur", "ps", "ckb"}


def is_rtl(language: str) -> bool:
    return language.split("-")[0] in RTL_LANGUAGES


def system_language() -> str:
    """The system's language when the interface offers it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in INTERFACE_LANGUAGES else "en"


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


class InterfaceLanguage(QObject):
    """Owns the installed translators; `changed(code)` after each switch."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self.code = "en"

    def apply(self, code: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("apply() needs a running QApplication")
        if code not in INTERFACE_LANGUAGES:
            code = "en"
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues = [(f"facilitator_{code}", str(translations_dir()))]
        if code != "en":
            catalogues.insert(0, (f"qtbase_{code}", qt_dir))
        # English has a catalogue of its own too: its plural forms ("1 meeting", "2 meetings").
        for name, folder in catalogues:
            translator = QTranslator(self)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._translators.append(translator)
        QLocale.setDefault(QLocale(code))
        # Left to right is Qt's default: the direction is set for a right-to-left language
        # and when leaving one, so a left-to-right start never builds the `Qt` namespace's
        # enums (see docs/start-up.md).
        if isinstance(app, QGuiApplication) and (is_rtl(code) or app.isRightToLeft()):
            from PySide6.QtCore import Qt

            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(code) else
                                   Qt.LayoutDirection.LeftToRight)
        self.code = code
        self.changed.emit(code)
