"""Exports from a real store (SQLite): figures checked against the store, revisions, the
command line (warnings on stderr, one-sentence errors), and the demo data in every format."""

from __future__ import annotations

import io
import json
import re
import uuid
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.export.exporting import (
    ExportFormat,
    course_summary,
    export_course,
    export_meeting,
    meeting_summary,
)
from facilitator.export.i18n import translation
from facilitator.records.demo import fill_demo
from facilitator.records.store import Store, open_store
from facilitator.sessions.vocabulary import Attendance, ConcernKind, ReferralDestination
from tests.export.pdfread import flat, lines_with, pdf_text, tokens
from tests.export.samples import bundled

PRIVATE = "PRIVATE-77: P02 told us about her landlord"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 5, 6, 15, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "records.db"), clock=clock)
    yield opened
    opened.close()


def hold_meeting(store: Store, clock: Clock) -> tuple[uuid.UUID, uuid.UUID]:
    programme = bundled("managing-stress-together")
    host = store.create_host("Sydby Boligforening", "Sydby", "da", "Europe/Copenhagen")
    course = store.create_course(host_id=host.id, programme_id=programme.id,
                                 programme_version=programme.version, title="Tuesday group",
                                 location="Beboerhuset, Sydby", group_languages=("ar", "da"),
                                 facilitator_initials=("LK",))
    people = store.add_participants(course.id, 9)
    session = programme.session(1)
    meeting = store.start_meeting(course.id, 1)
    marks = [Attendance.PRESENT] * 5 + [Attendance.LATE, Attendance.EXCUSED, Attendance.ABSENT]
    for person, mark in zip(people, marks, strict=False):
        store.mark_attendance(meeting.id, person.id, mark)
    skipped = next(s for s in session.steps if s.kind.value == "homework")
    for step in session.steps:
        if step.optional or step is skipped:
            continue
        store.enter_step(meeting.id, step.id)
        clock.advance(step.minutes * (2 if step.kind.value == "discussion" else 1))
    store.skip_step(meeting.id, skipped.id, "We ran out of time after a long discussion.")
    store.save_note(meeting.id, PRIVATE, shareable=False)
    store.save_note(meeting.id, "Several asked how to sleep better.", shareable=True,
                    themes=("sleep",))
    store.record_concern(meeting.id, ConcernKind.HEALTH, ReferralDestination.GENERAL_PRACTITIONER)
    store.finish_meeting(meeting.id)
    return course.id, meeting.id


def test_meeting_summary_agrees_with_the_store(store: Store, clock: Clock) -> None:
    course_id, meeting_id = hold_meeting(store, clock)
    summary = meeting_summary(store, meeting_id, "en")
    marks = Counter(store.attendance(meeting_id).values())
    assert summary.attendance.present == marks[Attendance.PRESENT] == 5
    assert summary.attendance.late == marks[Attendance.LATE]
    assert summary.attendance.not_marked == 1  # the ninth code was never ticked
    assert summary.attendance.enrolled == len(store.participants(course_id))
    times = store.step_times(meeting_id)
    for step in summary.steps:
        if step.step_id in times:
            assert step.actual_minutes == pytest.approx(times[step.step_id].total_seconds() / 60)
    assert [s.title for s in summary.overruns]  # the discussion took twice its time
    assert len(summary.skipped) == 1 and summary.skipped[0].reason.startswith("We ran out")
    assert [n.text for n in summary.notes] == ["Several asked how to sleep better."]
    assert dict(summary.concerns)[ConcernKind.HEALTH] == 1
    assert summary.course_attendance[-1].attended == 6
    assert meeting_summary(store, meeting_id).language == "da"  # default: the host's language


def test_meeting_pdf_from_the_store_shows_the_store_figures(store: Store, clock: Clock, tmp_path: Path) -> None:
    _course_id, meeting_id = hold_meeting(store, clock)
    result = export_meeting(store, meeting_id, ExportFormat.PDF, tmp_path / "m.pdf", language="da")
    layout = pdf_text(result.path, layout=True)
    marks = Counter(store.attendance(meeting_id).values())
    row = [str(marks[a]) for a in (Attendance.PRESENT, Attendance.LATE, Attendance.EXCUSED, Attendance.ABSENT)]
    assert any(" ".join(row) in " ".join(tokens(line)) for line in layout.splitlines())
    tr = translation("da")
    times = store.step_times(meeting_id)
    total = sum(t.total_seconds() for t in times.values()) / 60
    assert any(tr.minutes(total) in tokens(line) for line in lines_with(layout, "I alt"))
    assert PRIVATE.split(":")[0] not in flat(layout)


def test_export_revision_counts_changes_not_exports(store: Store, clock: Clock, tmp_path: Path) -> None:
    _course_id, meeting_id = hold_meeting(store, clock)
    first = export_meeting(store, meeting_id, ExportFormat.BUNDLE, tmp_path / "1.zip")
    again = export_meeting(store, meeting_id, ExportFormat.PDF, tmp_path / "again.pdf", language="ar")
    assert (first.revision, again.revision) == (1, 1) and first.digest == again.digest
    store.save_note(meeting_id, "One more shareable thought.", shareable=True)
    changed = export_meeting(store, meeting_id, ExportFormat.BUNDLE, tmp_path / "2.zip")
    assert changed.revision == 2 and changed.digest != first.digest
    with zipfile.ZipFile(tmp_path / "2.zip") as archive:
        data = json.loads(archive.read("summary.json"))
        manifest = json.loads(archive.read("manifest.json"))
    assert data["export_revision"] == manifest["export_revision"] == 2
    assert data["meeting_id"] == str(meeting_id) and data["digest"] == changed.digest


def test_command_line_exports_and_warns(store: Store, clock: Clock, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    course_id, meeting_id = hold_meeting(store, clock)
    store.save_note(meeting_id, "Ask Mette to call 22 33 44 55 about the room.", shareable=True)
    db = str(store.location.path)
    for what, ident in (("meeting", meeting_id), ("course", course_id)):
        for fmt, suffix in (("pdf", "pdf"), ("bundle", "zip"), ("csv", "csv")):
            out = tmp_path / f"{what}.{suffix}"
            status = main(["--db", db, "export", what, str(ident), "--format", fmt, "--out", str(out),
                           "--lang", "ru"])
            captured = capsys.readouterr()
            assert status == 0, captured.err
            assert out.stat().st_size > 0
            assert "версия экспорта 1" in captured.out
            if what == "meeting":
                assert "Mette" in captured.err and "22 33 44 55" in captured.err
                assert captured.err.count("\n") == 2  # a name and a phone number, one line each


@pytest.mark.parametrize("argv", [
    ["export", "meeting", "not-an-id", "--format", "pdf", "--out", "x.pdf"],
    ["export", "course", str(uuid.UUID(int=5)), "--format", "csv", "--out", "x.csv"],
])
def test_command_line_errors_are_one_sentence(store: Store, argv: list[str],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--db", str(store.location.path), *argv])
    err = capsys.readouterr().err
    assert status != 0
    assert err.count("\n") == 1 and err.startswith("facilitator: ") and "Traceback" not in err


def test_missing_output_folder_is_one_sentence(store: Store, clock: Clock, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _course_id, meeting_id = hold_meeting(store, clock)
    status = main(["--db", str(store.location.path), "export", "meeting", str(meeting_id),
                   "--format", "pdf", "--out", str(tmp_path / "no" / "such" / "x.pdf")])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and "does not exist" in err
    assert not list(tmp_path.glob("**/.export-*"))


def test_demo_courses_export_in_every_format_without_codes(store: Store, tmp_path: Path) -> None:
    fill_demo(store, 3, seed=11)
    for overview in store.course_overviews():
        codes = {p.code for p in store.participants(overview.course.id)}
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, codes)) + r")\b")
        private = [n.text for m in overview.meetings for n in store.notes(m.id) if not n.shareable]
        summary = course_summary(store, overview.course.id)
        assert summary.is_demo and len(summary.meetings) == len(overview.meetings)
        for fmt in ExportFormat:
            out = tmp_path / f"{overview.course.id}.{fmt.value}"
            export_course(store, overview.course.id, fmt, out)
            texts = _readable(out, fmt)
            for text in texts:
                assert not pattern.search(text), f"a code in the {fmt.value} export"
                assert not any(p and p in text for p in private)
            if fmt is ExportFormat.PDF:
                assert "DEMO" in texts[0]
        for meeting in overview.meetings:
            out = tmp_path / f"{meeting.id}.zip"
            export_meeting(store, meeting.id, ExportFormat.BUNDLE, out)
            for text in _readable(out, ExportFormat.BUNDLE):
                assert not pattern.search(text)
                assert not any(p and p in text for p in private)


def _readable(path: Path, fmt: ExportFormat) -> list[str]:
    if fmt is ExportFormat.PDF:
        return [pdf_text(path)]
    if fmt is ExportFormat.CSV:
        return [path.read_bytes().decode("utf-8-sig")]
    texts = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith(".pdf"):
                pdf = path.with_suffix(".inner.pdf")
                pdf.write_bytes(data)
                texts.append(pdf_text(pdf))
            else:
                texts.append(io.BytesIO(data).read().decode("utf-8"))
    return texts
