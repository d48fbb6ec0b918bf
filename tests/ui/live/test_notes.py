"""Notes: private by default, shared with themes after the identifier warning, deleted and
undeleted; concerns logged and undone; attendance undone from the panel."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.sessions.vocabulary import Attendance, ConcernKind, ReferralDestination
from tests.ui.live.conftest import Live


def _note(live: Live, text: str) -> None:
    live.meeting.save_note(text)
    live.settle()
    live.qtbot.waitUntil(lambda: any(n.text == text for n in live.meeting.notes()))


def test_sharing_a_note_warns_about_identifiers_and_saves_its_themes(open_live) -> None:
    live: Live = open_live()
    _note(live, "Mette said her number is 22 33 44 55")
    panel = live.session.window.parts.notes
    note = live.meeting.notes()[0]
    assert not note.shareable  # private by default
    dialog = panel.open_share_dialog(note.id)
    live.qtbot.waitUntil(dialog.isVisible)
    assert dialog.warning.isVisible()
    assert "Mette" in dialog.warning.text() and "22 33 44 55" in dialog.warning.text()
    assert dialog.share_button.text() == "Share anyway"
    assert dialog.themes["sleep"].text() == "Sleep"  # titles from the programme's texts
    dialog.text.setPlainText("One participant worries about sleep")
    assert not dialog.warning.isVisible() and dialog.share_button.text() == "Share with the host"
    dialog.themes["sleep"].setChecked(True)
    dialog.themes["worry"].setChecked(True)
    live.qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    live.settle()
    stored = live.store.notes(live.meeting.meeting_id)
    assert [(n.text, n.shareable, n.themes) for n in stored] == [
        ("One participant worries about sleep", True, ("sleep", "worry"))]
    assert "Shared with the host: Sleep, Worry" in panel.list.item(0).text()
    live.qtbot.mouseClick(panel.private_button, Qt.MouseButton.LeftButton)
    live.settle()
    assert not live.store.notes(live.meeting.meeting_id)[0].shareable


def test_a_deleted_note_comes_back_with_undo(open_live) -> None:
    live: Live = open_live()
    _note(live, "Group liked the film")
    panel = live.session.window.parts.notes
    panel.list.setCurrentRow(0)
    live.qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    live.settle()
    assert live.meeting.notes() == [] and panel.list.count() == 0
    assert live.store.notes(live.meeting.meeting_id) == []
    live.qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    live.settle()
    assert [n.text for n in live.store.notes(live.meeting.meeting_id)] == ["Group liked the film"]
    assert panel.list.count() == 1


def test_a_concern_is_two_clicks_and_can_be_undone(open_live) -> None:
    live: Live = open_live()
    safety = live.session.window.parts.safety
    assert "11 22 33 44" in safety.card.toPlainText()  # the host's card, one tab away
    live.qtbot.mouseClick(safety.kind_buttons[ConcernKind.HEALTH], Qt.MouseButton.LeftButton)
    live.qtbot.mouseClick(safety.referral_buttons[ReferralDestination.GENERAL_PRACTITIONER],
                          Qt.MouseButton.LeftButton)
    live.settle()
    concerns = live.store.concerns(live.meeting.meeting_id)
    assert [(c.kind, c.referral) for c in concerns] == [
        (ConcernKind.HEALTH, ReferralDestination.GENERAL_PRACTITIONER)]
    assert "general practitioner" in safety.logged.text()
    live.qtbot.mouseClick(safety.undo_button, Qt.MouseButton.LeftButton)
    live.settle()
    assert live.store.concerns(live.meeting.meeting_id) == []


def test_attendance_cycles_is_written_at_once_and_undone(open_live) -> None:
    live: Live = open_live()
    panel = live.session.window.parts.attendance
    button = panel.button("P03")
    for _ in range(2):
        live.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    live.settle()
    p03 = next(p.id for p in live.meeting.participants if p.code == "P03")
    assert live.store.attendance(live.meeting.meeting_id)[p03] is Attendance.LATE
    assert "late" in button.text()
    live.qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    live.settle()
    assert live.store.attendance(live.meeting.meeting_id)[p03] is Attendance.PRESENT
    panel.new_code.setText("P03")
    live.qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "already" in panel.message.text()
    panel.new_code.setText("Sara")
    live.qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "never a name" in panel.message.text()
    assert len(live.store.participants(live.meeting.course.id)) == 6
