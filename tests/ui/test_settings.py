"""Settings are saved where they belong; the passphrase shows its recovery key once;
backups are made and restored off the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.records.store import Store, open_store
from facilitator.ui.main_window import MainWindow
from facilitator.ui.passphrase_dialogs import RecoveryKeyDialog
from facilitator.ui.preferences import Preferences
from facilitator.ui.records_model import Records
from tests.ui.conftest import settle


def test_privacy_and_language_settings_go_to_the_store_and_machine_ones_to_preferences(
    qtbot: QtBot, window: MainWindow, records: Records, store: Store, preferences: Preferences
) -> None:
    page = window.settings
    window.show()
    window.show_page(3)
    page.retention.setValue(18)
    page.retention.editingFinished.emit()
    page.minimum_cell.setValue(3)
    page.minimum_cell.editingFinished.emit()
    page.report_language.setCurrentIndex(page.report_language.findData("da"))
    page.large_text.setChecked(True)
    page.player.setCurrentIndex(page.player.findData("qt"))
    settle(qtbot, records)
    assert store.setting("retention.notes_months") == 18
    assert store.setting("privacy.minimum_cell") == 3
    assert store.setting("export.language") == "da"
    assert preferences.large_text is True
    assert preferences.player_backend == "qt"
    assert page.minimum_cell.minimum() == 3  # never below 3
    assert str(store.location.path) in page.location.text()
    assert "started again" in page.location_note.text()


def test_setting_a_passphrase_shows_the_recovery_key_once_and_it_opens_the_store(
    qtbot: QtBot, window: MainWindow, records: Records, store: Store
) -> None:
    security = window.settings.security
    window.show()
    dialog = security.ask_set_passphrase()
    qtbot.keyClicks(dialog.new, "kort")
    qtbot.keyClicks(dialog.repeat, "kort")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "at least 8" in dialog._error.text()
    dialog.new.setText("tre blå stole i haven")
    dialog.repeat.setText("tre blå stole i haven")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: security.recovery_dialog is not None, timeout=30000)
    recovery = security.recovery_dialog
    assert isinstance(recovery, RecoveryKeyDialog)
    key = recovery.key.text()
    assert len(key.replace("-", "")) == 32
    settle(qtbot, records)
    assert records.snapshot.encrypted
    assert not security.change_passphrase.isHidden()
    assert security.set_passphrase.isHidden()
    location = str(store.location.path)
    store.close()
    reopened = open_store(location, key)  # the recovery key opens the records
    assert reopened.is_encrypted
    reopened.close()


def test_a_backup_is_made_and_restored_with_nothing_lost(
    qtbot: QtBot, window: MainWindow, records: Records, store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    security = window.settings.security
    window.show()
    store.create_host("Kildebakken Skole", "Kildebakken", "da", "Europe/Copenhagen")
    qtbot.mouseClick(security.make_backup, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backup made" in security.status.text(), timeout=30000)
    settle(qtbot, records)
    qtbot.waitUntil(lambda: security.backup_list.count() == 1
                    and security.backup_list.item(0).data(Qt.ItemDataRole.UserRole) is not None)
    store.create_host("Havnestad Boligforening", "Havnestad", "da", "Europe/Copenhagen")
    security.backup_list.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(security.restore_backup, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "restored" in security.status.text(), timeout=30000)
    settle(qtbot, records)
    assert [h.name for h in records.snapshot.hosts] == ["Kildebakken Skole"]
