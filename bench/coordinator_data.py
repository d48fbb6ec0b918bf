"""Data for bench/coordinator.py: bundles written by the exports' writer (kept in the cache
between runs), and a coordinator store filled in bulk with synthetic meetings."""

from __future__ import annotations

import random
import shutil
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from facilitator.records.coordinator.models import (
    CourseCell,
    CourseCount,
    CourseRow,
    HostName,
    HostRow,
    MeetingCount,
    MeetingRow,
    ProgrammeRow,
)
from facilitator.records.coordinator.store import open_coordinator_store
from facilitator.sessions.vocabulary import AgeBand, ConcernKind, Gender, ReferralDestination

FORMAT = 3
"""Bump when the generated data changes, so cached copies are made again."""
HOSTS = [f"{place} Kommune" for place in (
    "Nordby", "Havnestad", "Lindhøj", "Søvang", "Bakkeby", "Egedal Øst", "Fjordholm", "Kirkeby",
    "Mosegård", "Rønnebæk", "Skovlund", "Strandby", "Tårnhøj", "Vesterå", "Ålykke", "Engby",
    "Grønnevang", "Højmark", "Kløverdal", "Sundvig")]
PROGRAMMES = ("managing-stress-together", "parents-in-a-new-country")
LANGUAGES = ("ar", "ru", "uk", "fa", "so", "ti", "da")
FILMS = ("dropping-anchor", "what-stress-does", "children-and-change", "two-cultures", "being-kind")
THEMES = ("stress", "sleep", "worry", "exile", "school", "family")


def bundle_folder(cache: Path, courses: int) -> Path:
    """`courses` × (7 meeting bundles + 1 course report), made once and cached."""
    folder = cache / f"bundles-v{FORMAT}-{courses}"
    if (folder / ".complete").exists():
        return folder
    from tests.coordinator import bundles

    partial = cache / f".partial-{folder.name}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    rng = random.Random(11)
    for c in range(courses):
        course = uuid.UUID(int=10_000 + c)
        languages = (LANGUAGES[c % len(LANGUAGES)], "da")
        start = date(2024, 1, 8) + timedelta(days=(c * 3) % 600)
        meetings = []
        for n in range(1, 8):
            present = max(2, 11 - n + rng.randint(-2, 1))
            meetings.append(bundles.meeting(
                course, n, start + timedelta(days=7 * (n - 1)), host=HOSTS[c % len(HOSTS)],
                programme_id=PROGRAMMES[c % 2], attendance=(present, rng.randint(0, 2), rng.randint(0, 2),
                                                            rng.randint(0, 2)),
                films=((FILMS[n % len(FILMS)], 1),) if n % 2 else (), themes=(THEMES[(c + n) % len(THEMES)],),
                referrals={ReferralDestination.GENERAL_PRACTITIONER: 1} if rng.random() < 0.15 else None,
                concerns={ConcernKind.HEALTH: 1} if rng.random() < 0.15 else None,
                skipped=1 if rng.random() < 0.1 else 0, is_demo=True, group_languages=languages))
        for m in meetings:
            bundles.write(m, partial)
        reach = {(Gender.WOMAN, AgeBand.FROM_30_TO_44): rng.randint(3, 8),
                 (Gender.MAN, AgeBand.FROM_30_TO_44): rng.randint(1, 4),
                 (Gender.WOMAN, AgeBand.FROM_18_TO_29): rng.randint(0, 3)}
        bundles.write(bundles.course(course, meetings, reach=reach, group_languages=languages,
                                     languages={languages[0]: sum(reach.values())}), partial)
    (partial / ".complete").write_text("ok\n")
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    return folder


def _chunks(rows: list[dict[str, Any]], size: int = 5000) -> list[list[dict[str, Any]]]:
    return [rows[i:i + size] for i in range(0, len(rows), size)]


def fill_store(url: str, meetings: int, cached: bool = False) -> str:
    """A coordinator store holding `meetings` synthetic meetings (8 per course); for a file
    with `cached`, made once and reused."""
    if cached and url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        marker = path.with_name(path.name + f".v{FORMAT}.complete")
        if marker.exists() and path.exists():
            return url
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
        _fill(url, meetings)
        marker.write_text("ok\n")
        return url
    _fill(url, meetings)
    return url


def _fill(url: str, meetings: int) -> None:
    from facilitator.records.coordinator.programmes import library_catalogue

    rng = random.Random(5)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    store = open_coordinator_store(url)
    catalogue = library_catalogue()
    hosts = [{"id": i + 1, "name": name, "created_at": now} for i, name in enumerate(HOSTS)]
    programmes = []
    for pid in PROGRAMMES:
        info = catalogue(pid, "1.0.0")
        assert info is not None, pid
        programmes.append(dict(id=info.id, version=info.version, source=info.source,
                               sessions_planned=info.sessions_planned, titles=info.titles,
                               sessions=info.sessions, themes=info.themes, films=info.films))
    courses: list[dict[str, Any]] = []
    cells: list[dict[str, Any]] = []
    course_counts: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    counts: list[dict[str, Any]] = []
    days = (date(2025, 12, 31) - date(2021, 1, 4)).days
    for c in range((meetings + 7) // 8):
        course = uuid.UUID(int=1_000_000 + c)
        host = 1 + c % len(HOSTS)
        programme = PROGRAMMES[c % 2]
        language = LANGUAGES[c % len(LANGUAGES)]
        start = date(2021, 1, 4) + timedelta(days=rng.randrange(days - 60))
        reported = c % 10 < 7
        n_meetings = min(8, meetings - 8 * c)
        courses.append(dict(id=course, host_id=host, host_name_typed=HOSTS[host - 1], programme_id=programme,
                            programme_version="1.0.0", place="Community room", is_demo=False,
                            group_languages=[language, "da"], report_revision=1 if reported else None,
                            report_digest=f"{c:064x}" if reported else None,
                            participants=12 if reported else None, reached=10 if reported else None,
                            sessions_planned=8 if reported else None,
                            last_held_on=start + timedelta(days=7 * (n_meetings - 1)) if reported else None,
                            updated_at=now))
        if reported:
            for gender, band, n in ((Gender.WOMAN, AgeBand.FROM_30_TO_44, rng.randint(3, 7)),
                                    (Gender.MAN, AgeBand.FROM_30_TO_44, rng.randint(1, 3)),
                                    (Gender.WOMAN, AgeBand.FROM_45_TO_64, rng.randint(0, 2))):
                cells.append(dict(course_id=course, breakdown="gender_age", row=gender.value,
                                  column=band.value, count=n))
            cells.append(dict(course_id=course, breakdown="language", row=language, column="", count=10))
            cells.append(dict(course_id=course, breakdown="reached", row="", column="", count=10))
        for n in range(1, n_meetings + 1):
            meeting = uuid.UUID(int=50_000_000 + 8 * c + n)
            held = start + timedelta(days=7 * (n - 1))
            present, late = max(2, 11 - n + rng.randint(-2, 1)), rng.randint(0, 2)
            excused, absent = rng.randint(0, 2), rng.randint(0, 2)
            rows.append(dict(id=meeting, course_id=course, host_id=host, programme_id=programme,
                             programme_version="1.0.0", language=language, is_demo=False, session_number=n,
                             held_on=held, held_month=held.isoformat()[:7], present=present, late=late,
                             excused=excused, absent=absent, not_marked=0, attended=present + late,
                             enrolled=present + late + excused + absent, adherence=rng.choice((1.0, 1.0, 0.75)),
                             planned_minutes=120, actual_minutes=118.0, skipped=0, overruns=0,
                             films_shown=n % 2, detailed=True, revision=1, digest=f"{8 * c + n:064x}",
                             imported_at=now))
            copied = dict(meeting_id=meeting, held_on=held, host_id=host, programme_id=programme,
                          language=language, is_demo=False, title="", count=1)
            counts.append(dict(copied, measure="theme", key=THEMES[(c + n) % len(THEMES)]))
            if n % 2:
                counts.append(dict(copied, measure="film", key=FILMS[n % len(FILMS)]))
            if rng.random() < 0.15:
                counts.append(dict(copied, measure="referral", key=ReferralDestination.GENERAL_PRACTITIONER.value))
                counts.append(dict(copied, measure="concern", key=ConcernKind.HEALTH.value))
    with store.engine.begin() as connection:
        connection.execute(insert(HostRow), hosts)
        connection.execute(insert(HostName), [{"name": h["name"], "host_id": h["id"]} for h in hosts])
        connection.execute(insert(ProgrammeRow), programmes)
        for table, data in ((CourseRow, courses), (CourseCell, cells), (CourseCount, course_counts),
                            (MeetingRow, rows), (MeetingCount, counts)):
            for chunk in _chunks(data):
                connection.execute(insert(table), chunk)
    if store.dialect == "postgresql":
        with store.engine.connect() as connection:
            connection.exec_driver_sql("COMMIT")
            connection.exec_driver_sql("ANALYZE")
    else:
        with store.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    store.close()
