"""A trainer rehearses a session on the live screens with the clock held by the test: the
report shows each step's planned and rehearsed time, the total and the overruns; the
history lists the rehearsals; nothing of any course changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from facilitator.records.store import Store
from facilitator.ui.i18n import InterfaceLanguage
from facilitator.ui.records_model import Records
from facilitator.ui.rehearsal.flow import RehearsalReportWindow, Rehearsals
from facilitator.ui.rehearsal.history import RehearsalHistory
from facilitator.ui.rehearsal.pacing import load_report
from facilitator.ui.rehearsal.picker import RehearsalPicker
from facilitator.ui.rehearsal.session import RehearsalSession
from tests.ui.conftest import settle as settle_records
from tests.ui.rehearsal.conftest import TrainerClock, demo_programme, rows_about_courses

# Minutes spent in each step (None: not visited), session 1 of Managing stress together.
PACE = {
    "s1-welcome": 12,       # planned 10: +2, not an overrun (not over 15)
    "s1-check-in": 6,       # planned 8: -2
    "s1-stress": 16,        # planned 10: +6, an overrun (over 15 and 3 or more over)
    "s1-stress-film": 5,    # planned 5
    "s1-film": 9,           # planned 8, and 4 minutes paused that do not count
    "s1-exercise": 12,      # planned 12
    "s1-break": None,       # optional, left out
    "s1-discussion": 20,    # planned 15: +5, not an overrun (not over 22.5)
    "s1-homework": 11,      # planned 7: +4, an overrun (over 10.5 and 4 over)
    "s1-round-up": 3,       # planned 5: -2
}


def settle(qtbot: QtBot, records: Records, session: RehearsalSession | None = None) -> None:
    """Wait until the store has every write asked for (the step log has its own writer)."""
    if session is not None:
        writer = session.rehearsal.writer
        qtbot.waitUntil(lambda: writer.pending == 0, timeout=10000)
    settle_records(qtbot, records)


def table(widget: QTableWidget) -> list[list[str]]:
    return [[widget.item(r, c).text() if widget.item(r, c) else ""
             for c in range(widget.columnCount())] for r in range(widget.rowCount())]


def pick(qtbot: QtBot, flow: Rehearsals, language: str) -> RehearsalSession:
    picker: RehearsalPicker = flow.open_picker()
    qtbot.addWidget(picker)
    picker.choose("managing-stress-together", 1, language)
    programme = demo_programme()
    assert picker.session.currentText() == programme.session_title("s1", language)
    with qtbot.waitSignal(flow.session_started, timeout=10000) as started:
        qtbot.mouseClick(picker.start_button, Qt.MouseButton.LeftButton)
    session = started.args[0]
    assert isinstance(session, RehearsalSession)
    qtbot.waitExposed(session.window)
    return session


def finish(qtbot: QtBot, flow: Rehearsals, session: RehearsalSession) -> RehearsalReportWindow:
    qtbot.mouseClick(session.window.parts.wrap_up_button, Qt.MouseButton.LeftButton)
    assert session.confirm is not None
    yes = session.confirm.button(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(flow.report_shown, timeout=10000) as shown:
        yes.click()
    window = shown.args[0]
    assert isinstance(window, RehearsalReportWindow)
    qtbot.addWidget(window)
    return window


def rehearse(qtbot: QtBot, flow: Rehearsals, records: Records,
             clock: TrainerClock) -> RehearsalReportWindow:
    session = pick(qtbot, flow, "ar")
    meeting = session.rehearsal
    parts = session.window.parts
    assert not parts.tabs.isVisible() and not parts.quick_note.isVisible()
    assert session.window.windowTitle().startswith("Rehearsal: ")
    for step_id, minutes in PACE.items():
        if minutes is None:
            continue
        if meeting.current.id != step_id:
            if step_id == "s1-discussion":
                meeting.go_to(step_id)  # past the optional break, as from the agenda
            else:
                qtbot.keyClick(session.window, Qt.Key.Key_Right)
        assert meeting.current.id == step_id
        # The step log is written off the GUI thread at the store's clock: let each write
        # land before the clock moves on (in use it takes milliseconds).
        settle(qtbot, records, session)
        if step_id == "s1-film":
            clock.advance(minutes=5)
            qtbot.keyClick(session.window, Qt.Key.Key_P)   # pause: a question from a trainee
            assert meeting.is_paused
            settle(qtbot, records, session)
            clock.advance(minutes=4)
            qtbot.keyClick(session.window, Qt.Key.Key_P)
            settle(qtbot, records, session)
            clock.advance(minutes=minutes - 5)
        else:
            clock.advance(minutes=minutes)
    return finish(qtbot, flow, session)


def test_rehearsal_report_history_and_nothing_about_people(
        qtbot: QtBot, records: Records, store: Store, held_course: None, flow: Rehearsals,
        clock: TrainerClock) -> None:
    settle(qtbot, records)
    before = rows_about_courses(store)
    assert before["attendance"] == 4 and before["notes"] == 1 and before["meetings"] == 1

    report = rehearse(qtbot, flow, records, clock)
    view = report.view
    arabic = demo_programme().text("ar").steps
    rows = table(view.steps)
    assert rows[:-1] == [
        [arabic["s1-welcome"].title, "10:00", "12:00", "+2:00", ""],
        [arabic["s1-check-in"].title, "8:00", "6:00", "−2:00", ""],
        [arabic["s1-stress"].title, "10:00", "16:00", "+6:00", "overran"],
        [arabic["s1-stress-film"].title, "5:00", "5:00", "±0:00", ""],
        [arabic["s1-film"].title, "8:00", "9:00", "+1:00", ""],
        [arabic["s1-exercise"].title, "12:00", "12:00", "±0:00", ""],
        [arabic["s1-break"].title + " (optional)", "10:00", "–", "–", ""],
        [arabic["s1-discussion"].title, "15:00", "20:00", "+5:00", ""],
        [arabic["s1-homework"].title, "7:00", "11:00", "+4:00", "overran"],
        [arabic["s1-round-up"].title, "5:00", "3:00", "−2:00", ""],
    ]
    assert rows[-1] == ["Total", "1:30:00", "1:34:00", "+4:00", "2"]
    assert view.total.text() == "Total: 1:34:00 rehearsed of 1:30:00 planned (+4:00)"
    assert view.overruns.text() == (
        f"Steps that overran: {arabic['s1-stress'].title} · {arabic['s1-homework'].title}")

    qtbot.waitUntil(lambda: view.history.rowCount() == 1, timeout=10000)
    first = table(view.history)[0]
    assert first[1:] == ["Arabic", "1:34:00", "+4:00", "2"]

    # A second, better paced rehearsal: the history shows both, newest first.
    report.accept()
    clock.advance(minutes=60)
    session = pick(qtbot, flow, "ar")
    meeting = session.rehearsal
    while True:
        settle(qtbot, records, session)
        clock.advance(minutes=meeting.current.minutes)
        if not meeting.next():
            break
    second = finish(qtbot, flow, session)
    assert table(second.view.steps)[-1] == ["Total", "1:30:00", "1:30:00", "±0:00", "0"]
    qtbot.waitUntil(lambda: second.view.history.rowCount() == 2, timeout=10000)
    history = table(second.view.history)
    assert [row[2:] for row in history] == [["1:30:00", "±0:00", "0"],
                                           ["1:34:00", "+4:00", "2"]]
    assert second.view.history.item(0, 0).font().bold()

    settle(qtbot, records)
    assert rows_about_courses(store) == before
    assert [len(o.meetings) for o in store.course_overviews()] == [1]
    assert len(store.rehearsals()) == 2
    assert all(r.finished_at is not None for r in store.rehearsals())


def test_rehearsal_people_calls_write_nothing(
        qtbot: QtBot, records: Records, store: Store, held_course: None, flow: Rehearsals,
        clock: TrainerClock) -> None:
    """Even if a key or a panel reached them, attendance, notes, concerns and film plays of
    a rehearsal are refused before the store."""
    settle(qtbot, records)
    before = rows_about_courses(store)
    session = pick(qtbot, flow, "en")
    meeting = session.rehearsal
    meeting.add_participant("P99")
    meeting.save_note("A note that must not be kept", shareable=True)
    meeting.film_started("what-stress-does", "ar", "en")
    meeting.film_ended()
    qtbot.keyClick(session.window, Qt.Key.Key_A)   # attendance key: nothing to show
    assert not session.window.parts.tabs.isVisible()
    clock.advance(minutes=1)
    finish(qtbot, flow, session)
    settle(qtbot, records)
    assert rows_about_courses(store) == before


def test_rehearsal_report_saves_as_pdf(
        qtbot: QtBot, records: Records, store: Store, clock: TrainerClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The report's Save as PDF writes the exports' rehearsal report, off the GUI thread."""
    programme = demo_programme()
    rehearsal = store.start_rehearsal(programme.id, programme.version, 1, "da")
    for step in programme.session(1).steps[:3]:
        store.enter_rehearsal_step(rehearsal.id, step.id)
        clock.advance(minutes=step.minutes + 6)
    store.finish_rehearsal(rehearsal.id)
    history = RehearsalHistory(records, programme, 1)
    window = RehearsalReportWindow(load_report(store, programme, rehearsal.id), history)
    qtbot.addWidget(window)
    view = window.view
    assert view.overruns.text().startswith("Steps that overran: ")
    out = tmp_path / "rehearsal"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(out), "PDF (*.pdf)")))
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status.text().startswith("Saved: "), timeout=30000)
    saved = tmp_path / "rehearsal.pdf"
    assert view.status.text() == f"Saved: {saved}"
    assert saved.read_bytes().startswith(b"%PDF")


def test_rehearsal_window_stays_a_rehearsal_in_another_language(
        qtbot: QtBot, records: Records, flow: Rehearsals, language: InterfaceLanguage) -> None:
    session = pick(qtbot, flow, "ru")
    language.apply("da")
    qtbot.waitUntil(lambda: session.window.windowTitle().startswith("Øvelse: "))
    assert session.window.parts.wrap_up_button.text() == "Afslut øvelsen…"
    assert session.window.parts.subtitle.text().startswith("Øvelse · russisk · ")
    language.apply("en")
    qtbot.waitUntil(lambda: session.window.windowTitle().startswith("Rehearsal: "))
