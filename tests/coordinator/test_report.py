"""The host report for a period, as PDF and CSV, on SQLite and PostgreSQL, in four languages."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from facilitator.export.host_report import build_host_report, write_host_report
from facilitator.records.coordinator.importer import Outcome
from facilitator.records.coordinator.imports import import_paths
from facilitator.records.coordinator.store import CoordinatorStore
from facilitator.sessions.vocabulary import AgeBand, ConcernKind, Gender, ReferralDestination
from tests.coordinator import bundles
from tests.export.pdfread import flat, loose, pdf_text

KNOWN = bundles.catalogue(bundles.STRESS, bundles.PARENTS)
SPRING = (date(2025, 1, 1), date(2025, 6, 30))


def _fill(store: CoordinatorStore, folder: Path) -> None:
    """Lindhøj: two courses in spring (one crossing into summer), Havnestad: one in autumn."""
    plan = [
        (uuid.UUID(int=1), "Lindhøj Skole", date(2025, 3, 3), bundles.STRESS),
        (uuid.UUID(int=2), "Lindhøj Skole", date(2025, 5, 26), bundles.PARENTS),
        (uuid.UUID(int=3), "Havnestad Kommune", date(2025, 9, 1), bundles.STRESS),
    ]
    for course, host, start, programme in plan:
        meetings = [
            bundles.meeting(course, n, start + timedelta(days=7 * (n - 1)), host=host, programme_id=programme,
                            attendance=(10 - n, 1, 1, n - 1), skipped=1 if n == 3 else 0,
                            referrals={ReferralDestination.GENERAL_PRACTITIONER: 1} if n == 2 else None,
                            concerns={ConcernKind.HEALTH: 1} if n == 2 else None)
            for n in range(1, 6)
        ]
        for m in meetings:
            bundles.write(m, folder)
        bundles.write(bundles.course(course, meetings, reach={
            (Gender.WOMAN, AgeBand.FROM_30_TO_44): 7, (Gender.MAN, AgeBand.FROM_30_TO_44): 2,
            (Gender.WOMAN, AgeBand.FROM_45_TO_64): 1}, languages={"ar": 9, "not-stated": 1}), folder)
    summary = import_paths(store, [folder], catalogue=KNOWN)
    assert not summary.rejected and summary.counts[Outcome.IMPORTED] == 18


def test_report_counts_the_hosts_period(coordinator: CoordinatorStore, tmp_path: Path) -> None:
    _fill(coordinator, tmp_path / "in")
    report = build_host_report(coordinator, *SPRING, "Lindhøj Skole", "en")
    c = report.counts
    # Course 2 started on 26 May: its meetings of 26 May … 23 June count, those in July do not.
    assert (c.meetings, c.courses, c.hosts) == (5 + 5, 2, 1)
    assert c.attended == 2 * (10 + 9 + 8 + 7 + 6)
    assert c.courses_reporting == 2 and c.reached == 20
    assert report.host == "Lindhøj Skole"
    everyone = build_host_report(coordinator, date(2025, 1, 1), date(2025, 12, 31), None, "en")
    assert everyone.counts.meetings == 15 and everyone.host == "All hosts"


def test_report_csv_suppresses_small_cells_and_defuses_formulas(coordinator: CoordinatorStore,
                                                                 tmp_path: Path) -> None:
    _fill(coordinator, tmp_path / "in")
    out = tmp_path / "report.csv"
    write_host_report(build_host_report(coordinator, *SPRING, "Lindhøj Skole", "en"), out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = [line.split(";") for line in data.decode("utf-8-sig").splitlines()]
    assert rows[0] == ["Section", "Item", "Detail", "Value"]
    values = {(r[0], r[1], r[2]): r[3] for r in rows}
    assert values[("About", "Meetings held", "")] == "10"
    assert values[("Referrals by destination", "general practitioner", "")] == "<5"  # 2 referrals
    assert values[("Concerns by kind", "health", "")] == "<5"
    woman = values[("People reached, by gender and age band", "woman", "30–44")]
    assert woman in ("14", "x")
    assert values[("People reached, by gender and age band", "Total", "Total")] == "20"
    formula = '=HYPERLINK("http://x")'
    coordinator.merge_hosts(["Lindhøj Skole"], into=formula)
    write_host_report(build_host_report(coordinator, *SPRING, formula, "en"), out)
    assert "'=HYPERLINK" in out.read_bytes().decode("utf-8-sig")


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["Activity report", "Meetings per month", "Attendance by session number", "Adherence per programme"]),
    ("da", ["Aktivitetsrapport", "Møder pr. måned", "Fremmøde efter mødenummer", "Programtroskab pr. program"]),
    ("ru", ["Отчёт о работе", "Встречи по месяцам", "Посещаемость по номеру встречи", "Соблюдение по программам"]),
    ("ar", ["تقرير النشاط", "اللقاءات في كل شهر", "الحضور حسب رقم اللقاء", "الالتزام بالدليل لكل برنامج"]),
])
def test_report_pdf_reads_back_in_its_language(coordinator: CoordinatorStore, tmp_path: Path, language: str,
                                               words: list[str]) -> None:
    _fill(coordinator, tmp_path / "in")
    out = tmp_path / f"report-{language}.pdf"
    write_host_report(build_host_report(coordinator, *SPRING, "Lindhøj Skole", language), out)
    text = loose(pdf_text(out))
    assert "Lindhøj Skole" in flat(pdf_text(out))
    for phrase in words:
        assert loose(phrase) in text, phrase


def test_report_marks_demo_data_on_every_page(coordinator: CoordinatorStore, tmp_path: Path) -> None:
    course = uuid.uuid4()
    path = bundles.write(bundles.meeting(course, 1, date(2025, 2, 2), is_demo=True), tmp_path)
    assert import_paths(coordinator, [path], catalogue=KNOWN, allow_demo=True).counts[Outcome.IMPORTED] == 1
    out = tmp_path / "demo.pdf"
    write_host_report(build_host_report(coordinator, *SPRING, None, "en", include_demo=True), out)
    assert "INCLUDES DEMO DATA" in pdf_text(out)
    write_host_report(build_host_report(coordinator, *SPRING, None, "en"), out)
    assert "No meetings were held" in flat(pdf_text(out))
