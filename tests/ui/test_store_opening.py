"""Opening the records at start-up: the passphrase is asked for, and a damaged or
unwritable store gives a clear sentence in a dialog, never a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app import StoreOpener
from facilitator.records.store import open_store
from facilitator.ui.background import Background
from facilitator.ui.main_window import MainWindow
from facilitator.ui.passphrase_dialogs import PassphraseDialog
from facilitator.ui.preferences import Preferences
from facilitator.ui.records_model import Records, RecordsState


def opened_window(qtbot: QtBot, preferences: Preferences) -> tuple[MainWindow, Records]:
    records = Records(Background())
    window = MainWindow(records, preferences, "en")
    qtbot.addWidget(window)
    window.show()
    return window, records


def test_a_damaged_store_is_explained_in_a_dialog(
    qtbot: QtBot, tmp_path: Path, preferences: Preferences
) -> None:
    damaged = tmp_path / "facilitator.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    window, records = opened_window(qtbot, preferences)
    StoreOpener(records, window, str(damaged)).start()
    qtbot.waitUntil(lambda: records.state is RecordsState.UNAVAILABLE, timeout=15000)
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "damaged" in boxes[-1].text()
    assert "Traceback" not in boxes[-1].text()
    assert "could not be opened" in window.home._status.text()
    boxes[-1].done(0)


def test_an_encrypted_store_asks_for_its_passphrase_again_until_it_is_right(
    qtbot: QtBot, tmp_path: Path, preferences: Preferences
) -> None:
    path = str(tmp_path / "facilitator.db")
    store = open_store(path)
    store.create_host("Mølleparken Bibliotek", "Mølleparken", "da", "Europe/Copenhagen")
    store.set_passphrase("en lang og rolig sætning")
    store.close()
    window, records = opened_window(qtbot, preferences)
    StoreOpener(records, window, path).start()

    def asking() -> PassphraseDialog:
        found = [d for d in window.findChildren(PassphraseDialog) if d.isVisible()]
        assert found
        return found[-1]

    qtbot.waitUntil(lambda: bool(asking()), timeout=15000)
    dialog = asking()
    dialog.current.setText("forkert sætning")
    dialog._on_buttons_accepted()
    qtbot.waitUntil(lambda: asking() is not dialog and "not right" in asking()._error.text(),
                    timeout=30000)
    again = asking()
    again.current.setText("en lang og rolig sætning")
    with qtbot.waitSignal(records.changed, timeout=30000):
        again._on_buttons_accepted()
    assert records.state is RecordsState.READY
    assert [h.name for h in records.snapshot.hosts] == ["Mølleparken Bibliotek"]
    assert records.snapshot.encrypted
    records.background.wait_for_done(10000)
    QApplication.processEvents()
    if records.store is not None:
        records.store.close()
