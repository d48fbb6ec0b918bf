"""What a failure means for the user, in the interface language; never a traceback.

The records layer raises `StoreError` subclasses with English sentences; here each kind
gets its translated sentence. Anything unexpected gets a calm general sentence (the
details go to the log on stderr for whoever supports the facilitator).
"""

from __future__ import annotations

import sys
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


class NoStore(Exception):
    """The records are not open (yet), so nothing can be saved."""


def describe(error: BaseException) -> str:
    """One translated sentence for `error`."""
    name = type(error).__name__
    translate = QCoreApplication.translate
    sentences = {
        "NoStore": translate("StoreErrors", "The records are not open, so nothing can be saved yet."),
        "WrongPassphrase": translate("StoreErrors", "The passphrase is not right, so the records stay "
                                            "locked; nothing was changed."),
        "PassphraseRequired": translate("StoreErrors", "The records are encrypted; enter the "
                                               "passphrase to open them."),
        "StoreCorrupt": translate("StoreErrors", "The records file is damaged or is not a Facilitator "
                                         "Companion store; it was left as it was, so restore a "
                                         "backup."),
        "StoreReadOnly": translate("StoreErrors", "The folder holding the records cannot be written "
                                          "to, so nothing can be saved; nothing was changed."),
        "DiskFull": translate("StoreErrors", "The disk is full, so the last change was not saved; free "
                                     "some space and try again."),
        "StoreBusy": translate("StoreErrors", "The records are in use by another program; close it "
                                      "and try again."),
        "StoreUnavailable": translate("StoreErrors", "The database server cannot be reached, so the "
                                             "records cannot be opened."),
        "StoreTooNew": translate("StoreErrors", "The records were written by a newer version of "
                                        "Facilitator Companion; update the program to open "
                                        "them."),
        "MigrationFailed": translate("StoreErrors", "The records could not be brought up to date; "
                                            "they were left as they were and a backup was "
                                            "kept."),
        "BackupFailed": translate("StoreErrors", "The backup could not be made or read."),
        "BackupUnsupported": translate("StoreErrors", "This program backs up only records kept in a "
                                              "file; a database server is backed up by its "
                                              "administrator."),
        "NotFound": translate("StoreErrors", "The record asked for does not exist (it may have been "
                                     "erased)."),
        "InvalidRecord": translate("StoreErrors", "The change was not saved because it is not valid:"),
        "StoreError": translate("StoreErrors", "The records could not be read or saved."),
    }
    for kind in type(error).__mro__:
        if kind.__name__ in sentences:
            name = kind.__name__
            break
    else:
        traceback.print_exception(error, file=sys.stderr)
        return translate("StoreErrors", "Something went wrong, and the last action was not "
                                "completed. Nothing else was changed.")
    if name == "InvalidRecord":
        # The detail (which field) comes from the records layer in English.
        return f"{sentences[name]} {error}"
    return sentences[name]


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """A clear dialog for a failure (window-modal, not blocking other windows)."""
    # Imported here: the message box (and its enums) is made only when something fails.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("StoreErrors", "Facilitator Companion")
    box = QMessageBox(QMessageBox.Icon.Warning, title, describe(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal if parent else
                          Qt.WindowModality.ApplicationModal)
    box.setAccessibleName(QCoreApplication.translate("StoreErrors", "Error"))
    box.open()
    return box
