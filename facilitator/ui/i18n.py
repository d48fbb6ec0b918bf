"""The interface language: Qt translators for the application and Qt itself.

Switching at run time installs new translators; Qt then sends every widget a
LanguageChange event and each widget's `retranslate_ui()` redraws its texts. Arabic lays
the whole interface out right to left.

The widgets built at every start (the main window, Home, the first-start panel) listen to
`language_changes()` instead: a `changeEvent` written in Python makes PySide6 build the
Python enum of every QEvent type (some 190) before the first window, and call into
Python for every change event each of them gets (together about 4 ms of the start, see
docs/start-up.md).
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
    SignalInstance,
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


class _Announcer(QObject):
    changed = Signal(str)


_announcer: _Announcer | None = None


def language_changes() -> SignalInstance:
    """`(code)` after every switch of the interface language, whichever InterfaceLanguage
    made it, once its translators are in place."""
    global _announcer
    if _announcer is None:
        _announcer = _Announcer()
    return _announcer.changed


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
        language_changes().emit(code)
