"""Exporting from the interface: the summary is checked for identifiers, written off the GUI
thread, and the file is there to open."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.records.store import Store
from facilitator.sessions.vocabulary import Attendance
from facilitator.ui.export_dialog import ExportDialog, ExportKind
from facilitator.ui.records_model import Records
from tests.ui.conftest import settle
from tests.ui.test_home import STRESS, planned_course


def held_meeting(store: Store, note: str) -> object:
    course = planned_course(store)
    store.add_participants(course.id, 6)  # type: ignore[attr-defined]
    meeting = store.start_meeting(course.id, 2)  # type: ignore[attr-defined]
    for participant in store.participants(course.id)[:3]:  # type: ignore[attr-defined]
        store.mark_attendance(meeting.id, participant.id, Attendance.PRESENT)
    store.save_note(meeting.id, note, shareable=True)
    store.finish_meeting(meeting.id)
    return meeting


def export(qtbot: QtBot, dialog: ExportDialog, format_index: int) -> None:
    dialog.show()
    dialog._format.setCurrentIndex(format_index)
    dialog._export.click()
    qtbot.waitUntil(lambda: dialog._open.isVisible() or "failed" in dialog._status.text()
                    or "Not exported" in dialog._status.text(), timeout=30000)


def test_a_meeting_exports_as_pdf_and_bundle_from_the_dialog(
    qtbot: QtBot, records: Records, store: Store, tmp_path: Path,
) -> None:
    meeting = held_meeting(store, "The group talked about sleep and worry.")
    records.refresh()
    settle(qtbot, records)
    dialog = ExportDialog(records, ExportKind.MEETING, meeting.id)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog._folder.setText(str(tmp_path))
    export(qtbot, dialog, 0)
    pdfs = list(tmp_path.glob("meeting-*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].read_bytes().startswith(b"%PDF")
    assert str(pdfs[0]) in dialog._status.text()
    export(qtbot, dialog, 1)
    bundles = list(tmp_path.glob("meeting-*.zip"))
    assert len(bundles) == 1
    assert "manifest.json" in zipfile.ZipFile(bundles[0]).namelist()


def test_a_note_with_a_phone_number_is_flagged_before_anything_is_written(
    qtbot: QtBot, records: Records, store: Store, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = held_meeting(store, "Call her on 20 45 67 89 about the housing letter.")
    records.refresh()
    settle(qtbot, records)
    shown: list[str] = []

    def refuse(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0  # closed without "Export anyway"

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    dialog = ExportDialog(records, ExportKind.MEETING, meeting.id)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    out = tmp_path / "exports"
    out.mkdir()
    dialog._folder.setText(str(out))
    export(qtbot, dialog, 0)
    assert shown and "20 45 67 89" in shown[0] and "phone number" in shown[0]
    assert "Not exported" in dialog._status.text()
    assert list(out.iterdir()) == []


def test_a_course_report_exports_as_csv(
    qtbot: QtBot, records: Records, store: Store, tmp_path: Path,
) -> None:
    held_meeting(store, "Fine week.")
    records.refresh()
    settle(qtbot, records)
    course = records.snapshot.overviews[0].course
    assert course.programme_id == STRESS
    dialog = ExportDialog(records, ExportKind.COURSE, course.id)
    qtbot.addWidget(dialog)
    dialog._folder.setText(str(tmp_path))
    export(qtbot, dialog, 2)
    csvs = list(tmp_path.glob("course-*.csv"))
    assert len(csvs) == 1 and csvs[0].read_bytes().startswith(b"\xef\xbb\xbf")
