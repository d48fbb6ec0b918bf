"""Importing bundles: new, the same again, newer, older, course reports, demo, folders."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from facilitator.records.coordinator.importer import Outcome
from facilitator.records.coordinator.imports import import_bundle, import_paths
from facilitator.records.coordinator.queries import Filters
from facilitator.records.coordinator.store import CoordinatorStore
from facilitator.sessions.vocabulary import ReferralDestination
from tests.coordinator import bundles
from tests.coordinator.conftest import snapshot

KNOWN = bundles.catalogue(bundles.STRESS, bundles.PARENTS)


def _import(store: CoordinatorStore, path: Path, **options: object) -> Outcome:
    result = import_bundle(store, path, catalogue=KNOWN, **options)  # type: ignore[arg-type]
    assert result.outcome is not Outcome.REJECTED, result.reason
    return result.outcome


def test_import_meeting_bundle_stores_its_counts(coordinator: CoordinatorStore, tmp_path: Path) -> None:
    course = uuid.uuid4()
    summary = bundles.meeting(course, 1, attendance=(6, 2, 1, 1), films=(("dropping-anchor", 2),),
                              referrals={ReferralDestination.GENERAL_PRACTITIONER: 1})
    assert _import(coordinator, bundles.write(summary, tmp_path)) is Outcome.IMPORTED
    counts = coordinator.period_counts(Filters())
    assert (counts.meetings, counts.attended, counts.enrolled) == (1, 8, 10)
    assert [(f.key, f.count) for f in counts.films] == [("dropping-anchor", 2)]
    assert counts.referrals == {"general-practitioner": 1}
    assert [t.key for t in counts.themes] == ["stress"]
    assert [h.name for h in coordinator.hosts()] == ["Lindhøj Skole"]


def test_import_same_bundle_twice_changes_nothing(coordinator: CoordinatorStore, tmp_path: Path) -> None:
    path = bundles.write(bundles.meeting(uuid.uuid4()), tmp_path)
    _import(coordinator, path)
    before = snapshot(coordinator)
    assert _import(coordinator, path) is Outcome.ALREADY_THERE
    assert snapshot(coordinator) == before


def test_import_same_meeting_in_another_language_is_already_there(
    coordinator: CoordinatorStore, tmp_path: Path
) -> None:
    course = uuid.uuid4()
    _import(coordinator, bundles.write(bundles.meeting(course, language="en"), tmp_path / "en"))
    assert _import(coordinator, bundles.write(bundles.meeting(course, language="da"), tmp_path / "da")) \
        is Outcome.ALREADY_THERE


def test_import_newer_revision_replaces_and_older_is_already_newer_there(
    coordinator: CoordinatorStore, tmp_path: Path
) -> None:
    course = uuid.uuid4()
    first = bundles.write(bundles.meeting(course, attendance=(5, 0, 0, 0), revision=1), tmp_path)
    second = bundles.write(bundles.meeting(course, attendance=(7, 0, 0, 0), revision=2), tmp_path)
    _import(coordinator, first)
    assert _import(coordinator, second) is Outcome.REPLACED
    assert coordinator.period_counts(Filters()).attended == 7
    before = snapshot(coordinator)
    assert _import(coordinator, first) is Outcome.OLDER
    assert snapshot(coordinator) == before


def test_import_refuses_different_content_under_the_same_revision(
    coordinator: CoordinatorStore, tmp_path: Path
) -> None:
    course = uuid.uuid4()
    _import(coordinator, bundles.write(bundles.meeting(course, attendance=(5, 0, 0, 0)), tmp_path / "a"))
    before = snapshot(coordinator)
    result = import_bundle(coordinator, bundles.write(bundles.meeting(course, attendance=(6, 0, 0, 0)),
                                                      tmp_path / "b"), catalogue=KNOWN)
    assert result.outcome is Outcome.REJECTED
    assert "same export revision" in result.reason
    assert snapshot(coordinator) == before


def test_import_course_report_fills_missing_meetings_but_keeps_meeting_detail(
    coordinator: CoordinatorStore, tmp_path: Path
) -> None:
    course = uuid.uuid4()
    meetings = [bundles.meeting(course, n, date(2025, 3, n), referrals={
        ReferralDestination.SOCIAL_SERVICES: 1}) for n in (1, 2, 3)]
    _import(coordinator, bundles.write(meetings[0], tmp_path))
    report = bundles.course(course, meetings)
    assert _import(coordinator, bundles.write(report, tmp_path)) is Outcome.IMPORTED
    counts = coordinator.period_counts(Filters())
    assert counts.meetings == 3
    assert counts.courses_reporting == 1 and counts.reached == 8
    # The meeting bundle's referral stays; the two course-report lines have no detail and the
    # course's own counts are not added because one of its meetings came with detail.
    assert counts.referrals == {"social-services": 1}
    assert _import(coordinator, bundles.write(report, tmp_path / "again")) is Outcome.ALREADY_THERE
    # The missing meetings arriving later replace their lines.
    assert _import(coordinator, bundles.write(meetings[2], tmp_path)) is Outcome.IMPORTED
    assert coordinator.period_counts(Filters()).referrals == {"social-services": 2}


def test_import_course_report_alone_counts_its_totals_in_the_period_of_its_last_meeting(
    coordinator: CoordinatorStore, tmp_path: Path
) -> None:
    course = uuid.uuid4()
    meetings = [bundles.meeting(course, n, date(2025, 6, 10) + timedelta(days=7 * n)) for n in (1, 2, 3)]
    report = bundles.course(course, meetings, referrals={ReferralDestination.GENERAL_PRACTITIONER: 2})
    _import(coordinator, bundles.write(report, tmp_path))
    spring = coordinator.period_counts(Filters(date(2025, 1, 1), date(2025, 6, 30)))
    autumn = coordinator.period_counts(Filters(date(2025, 7, 1), date(2025, 12, 31)))
    assert (spring.meetings, autumn.meetings) == (2, 1)
    assert spring.referrals == {} and autumn.referrals == {"general-practitioner": 2}


def test_import_refuses_demo_unless_allowed(coordinator: CoordinatorStore, tmp_path: Path) -> None:
    path = bundles.write(bundles.meeting(uuid.uuid4(), is_demo=True), tmp_path)
    refused = import_bundle(coordinator, path, catalogue=KNOWN)
    assert refused.outcome is Outcome.REJECTED and "demo" in refused.reason
    assert coordinator.period_counts(Filters(include_demo=True)).meetings == 0
    assert _import(coordinator, path, allow_demo=True) is Outcome.IMPORTED
    assert coordinator.period_counts(Filters()).meetings == 0
    assert coordinator.period_counts(Filters(include_demo=True)).demo_meetings == 1


def test_import_folder_twice_gives_the_same_counts(coordinator: CoordinatorStore, tmp_path: Path) -> None:
    folder = tmp_path / "laptops"
    for laptop in ("a", "b"):
        course = uuid.uuid4()
        meetings = [bundles.meeting(course, n, date(2025, 2, n)) for n in (1, 2)]
        for m in meetings:
            bundles.write(m, folder / laptop)
        bundles.write(bundles.course(course, meetings), folder / laptop)
    (folder / "b" / "notes.txt").write_text("not a bundle")
    (folder / "broken.zip").write_bytes(b"PK not really")
    seen: list[int] = []
    first = import_paths(coordinator, [folder], catalogue=KNOWN, progress=lambda d, t, r: seen.append(d))
    assert seen == list(range(1, 8))
    assert first.counts[Outcome.IMPORTED] + first.counts[Outcome.REPLACED] == 6
    assert [r.path.name for r in first.rejected] == ["broken.zip"]
    stored = snapshot(coordinator)
    figures = coordinator.period_counts(Filters())
    second = import_paths(coordinator, [folder], catalogue=KNOWN)
    assert second.counts[Outcome.ALREADY_THERE] == 6 and len(second.rejected) == 1
    assert coordinator.period_counts(Filters()) == figures
    assert snapshot(coordinator) == stored


def test_import_missing_path_is_reported(coordinator: CoordinatorStore, tmp_path: Path) -> None:
    summary = import_paths(coordinator, [tmp_path / "nowhere"], catalogue=KNOWN)
    assert summary.rejected[0].reason == "it does not exist"


@pytest.mark.parametrize("spellings", [("Aarhus Kommune", "Århus kommune", "aarhus  kommune.")])
def test_hosts_typed_differently_are_suggested_and_merged(
    coordinator: CoordinatorStore, tmp_path: Path, spellings: tuple[str, ...]
) -> None:
    for i, host in enumerate(spellings):
        _import(coordinator, bundles.write(bundles.meeting(uuid.uuid4(), host=host), tmp_path / str(i)))
    _import(coordinator, bundles.write(bundles.meeting(uuid.uuid4(), host="Lindhøj Skole"), tmp_path / "x"))
    groups = coordinator.merge_suggestions()
    assert [sorted(h.name for h in g) for g in groups] == [sorted(" ".join(s.split()) for s in spellings)]
    merged = coordinator.merge_hosts(["Århus kommune", "aarhus kommune."], into="Aarhus Kommune")
    assert merged.meetings == 3 and merged.courses == 3
    assert len(coordinator.hosts()) == 2 and coordinator.merge_suggestions() == []
    # A later bundle typed the old way lands on the merged host.
    _import(coordinator, bundles.write(bundles.meeting(uuid.uuid4(), host="Århus kommune"), tmp_path / "y"))
    host_id = coordinator.host_id("Aarhus Kommune")
    assert coordinator.period_counts(Filters(host_ids=(host_id,))).meetings == 4


def test_retention_purges_old_meetings_and_empty_courses(coordinator: CoordinatorStore, tmp_path: Path) -> None:
    old, recent = uuid.uuid4(), uuid.uuid4()
    _import(coordinator, bundles.write(bundles.meeting(old, 1, date(2019, 5, 1)), tmp_path))
    _import(coordinator, bundles.write(bundles.meeting(recent, 1, date(2024, 5, 1)), tmp_path))
    coordinator.set_setting("retention.years", 5)
    purged = coordinator.purge_expired(today=date(2026, 1, 15))
    assert (purged.meetings, purged.courses, purged.before) == (1, 1, date(2021, 1, 15))
    assert coordinator.period_counts(Filters()).meetings == 1
    assert coordinator.period_counts(Filters()).films[0].count == 1
