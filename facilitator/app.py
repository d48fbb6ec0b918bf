"""Composition root: builds the QApplication, services and windows, and wires them."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.sessions.library import Library


def run_application(args: argparse.Namespace | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator import __version__
    from facilitator.ui.i18n import InterfaceLanguage, system_language
    from facilitator.ui.library_loader import LibraryLoader
    from facilitator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Facilitator Companion")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("facilitator-companion")

    def discover() -> Library:
        # Imported in the loader's thread: YAML and the validator stay off the start-up path.
        from facilitator.sessions.library import discover as read_library

        return read_library()

    language = InterfaceLanguage(app)
    language.apply(os.environ.get("FACILITATOR_LANGUAGE") or system_language())
    window = MainWindow()
    loader = LibraryLoader(discover, window)
    loader.loaded.connect(window.show_library)
    loader.failed.connect(window.show_error)
    if os.environ.get("FACILITATOR_EXIT_WHEN_READY"):
        # For bench/startup.py: report when the filled window is shown and idle, then quit.
        def ready(_: object) -> None:
            QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))

        loader.loaded.connect(ready)
        loader.failed.connect(ready)
    window.show()
    # The library is read after the first paint, off the GUI thread.
    QTimer.singleShot(0, loader.start)
    return int(app.exec())
