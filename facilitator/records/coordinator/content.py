"""What a bundle's summary.json says, checked field by field and turned into plain values.

The coordinator accepts the summary schema versions in SUPPORTED (the writer's
`facilitator.export.summary_json` declares the one it writes; a test keeps them in step).
Only counts are kept: shareable note texts are read for their theme tags and dropped, and
nothing here could hold a participant code.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from facilitator.records.coordinator.bundle import Bundle, BundleRejected
from facilitator.sessions.vocabulary import AgeBand, ConcernKind, Gender, ReferralDestination

SCHEMA = "facilitator-companion/summary"
SUPPORTED = frozenset({1})
ATTENDANCE_FIELDS = ("present", "late", "excused", "absent", "not_marked")


@dataclass(frozen=True)
class Counted:
    """One film, theme, concern kind or referral destination that a summary counts, by its id."""

    key: str
    title: str
    count: int


@dataclass(frozen=True)
class Attendance:
    """A meeting's attendance marks as a bundle's summary counts them."""

    present: int
    late: int
    excused: int
    absent: int
    not_marked: int

    @property
    def attended(self) -> int:
        return self.present + self.late

    @property
    def enrolled(self) -> int:
        return self.present + self.late + self.excused + self.absent + self.not_marked


@dataclass(frozen=True)
class Header:
    """What every summary says about its course."""

    course_id: uuid.UUID
    is_demo: bool
    revision: int
    digest: str
    language: str
    programme_id: str
    programme_version: str
    programme_title: str
    host_name: str
    place: str
    group_languages: tuple[str, ...]


@dataclass(frozen=True)
class MeetingFacts:
    """One held meeting: a whole meeting bundle, or a line of a course report."""

    meeting_id: uuid.UUID
    session_number: int
    held_on: date
    programme_version: str
    attendance: Attendance
    adherence: float | None
    planned_minutes: int
    actual_minutes: float
    skipped: int
    overruns: int
    films_shown: int
    language: str | None = None
    counts: tuple[tuple[str, Counted], ...] = ()
    """(measure, count) for film, theme, concern and referral; empty for a report line."""


@dataclass(frozen=True)
class MeetingContent:
    """What a meeting bundle's summary says: its course and the one meeting held."""

    header: Header
    meeting: MeetingFacts


@dataclass(frozen=True)
class CourseContent:
    """What a course report's summary says: its meetings and the people it reached."""

    header: Header
    sessions_planned: int
    participants: int
    reached: int
    meetings: tuple[MeetingFacts, ...]
    counts: tuple[tuple[str, Counted], ...]
    gender_age: tuple[tuple[str, str, int], ...]
    languages: tuple[tuple[str, int], ...]


Content = MeetingContent | CourseContent


class _Fields:
    """Typed access to one JSON object, naming the field in every refusal."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise BundleRejected(f"its summary is not valid: {where} is not an object")
        self.data = data
        self.where = where

    def _bad(self, key: str, what: str) -> BundleRejected:
        path = f"{self.where}.{key}" if self.where else key
        return BundleRejected(f"its summary is not valid: {path} {what}")

    def get(self, key: str) -> Any:
        if key not in self.data:
            raise self._bad(key, "is missing")
        return self.data[key]

    def text(self, key: str, limit: int = 300, optional: bool = False) -> str:
        if optional and self.data.get(key) is None:
            return ""
        value = self.get(key)
        if not isinstance(value, str) or len(value) > limit:
            raise self._bad(key, "is not a short text")
        return value

    def integer(self, key: str, optional: bool = False) -> int:
        if optional and key not in self.data:
            return 0
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
            raise self._bad(key, "is not a count")
        return value

    def number(self, key: str) -> float:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1e9:
            raise self._bad(key, "is not a number")
        return float(value)

    def ratio(self, key: str) -> float | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise self._bad(key, "is not a ratio between 0 and 1")
        return float(value)

    def flag(self, key: str) -> bool:
        value = self.get(key)
        if not isinstance(value, bool):
            raise self._bad(key, "is not true or false")
        return value

    def uuid(self, key: str) -> uuid.UUID:
        try:
            return uuid.UUID(self.text(key, 40))
        except ValueError:
            raise self._bad(key, "is not an id") from None

    def day(self, key: str) -> date:
        try:
            return date.fromisoformat(self.text(key, 10))
        except ValueError:
            raise self._bad(key, "is not a date") from None

    def obj(self, key: str) -> _Fields:
        return _Fields(self.get(key), f"{self.where}.{key}" if self.where else key)

    def items(self, key: str) -> list[_Fields]:
        value = self.get(key)
        if not isinstance(value, list):
            raise self._bad(key, "is not a list")
        return [_Fields(v, f"{self.where}.{key}[{i}]" if self.where else f"{key}[{i}]")
                for i, v in enumerate(value)]

    def counts(self, key: str, vocabulary: type[ConcernKind] | type[ReferralDestination]) -> dict[str, int]:
        table = self.obj(key)
        known = {v.value for v in vocabulary}
        result: dict[str, int] = {}
        for name in table.data:
            if name not in known:
                raise self._bad(key, f"has an unknown kind {name!r}")
            result[name] = table.integer(name)
        return result


def parse(bundle: Bundle) -> Content:
    """The bundle's summary as values; BundleRejected when its schema or a field is wrong."""
    fields = _Fields(bundle.summary, "")
    schema = fields.data.get("schema")
    version = fields.data.get("schema_version")
    if schema != SCHEMA:
        raise BundleRejected("it is not a Facilitator Companion data bundle (unknown schema)")
    if version not in SUPPORTED:
        raise BundleRejected(
            f"its schema version {version!r} is not one this program reads "
            f"({', '.join(str(v) for v in sorted(SUPPORTED))}); update the program or re-export it"
        )
    _check_manifest_agrees(bundle, fields)
    header = _header(fields)
    kind = fields.get("kind")
    if kind == "meeting":
        return MeetingContent(header, _meeting(fields, header))
    if kind == "course":
        return _course(fields, header)
    raise BundleRejected(f"its summary is of an unknown kind {kind!r}")


def _check_manifest_agrees(bundle: Bundle, fields: _Fields) -> None:
    """The manifest repeats some facts of the summary; they must agree."""
    for key in ("is_demo", "export_revision", "digest", "schema_version"):
        if key in bundle.manifest and bundle.manifest[key] != fields.data.get(key):
            raise BundleRejected(f"its manifest and its summary disagree about {key}")


def _header(fields: _Fields) -> Header:
    programme = fields.obj("programme")
    digest = fields.text("digest", 64)
    if len(digest) != 64:
        raise BundleRejected("its summary is not valid: digest is not a SHA-256")
    languages = fields.data.get("group_languages")
    group = tuple(str(x)[:16] for x in languages) if isinstance(languages, list) else ()
    return Header(
        course_id=fields.uuid("course_id"),
        is_demo=fields.flag("is_demo"),
        revision=fields.integer("export_revision"),
        digest=digest,
        language=fields.text("language", 16),
        programme_id=programme.text("id", 100),
        programme_version=programme.text("version", 32),
        programme_title=programme.text("title"),
        host_name=" ".join(fields.text("host_name", 200).split()),
        place=fields.text("place", 200, optional=True),
        group_languages=group,
    )


def _attendance(fields: _Fields) -> Attendance:
    values = {name: fields.integer(name) for name in ATTENDANCE_FIELDS}
    return Attendance(**values)


def _counted(items: list[_Fields], title: str = "title", count: str = "times") -> list[Counted]:
    return [Counted(f.text("id", 100), f.text(title, optional=True), f.integer(count)) for f in items]


def _vocabulary_counts(fields: _Fields) -> list[tuple[str, Counted]]:
    found: list[tuple[str, Counted]] = []
    for measure, key, vocabulary in (("concern", "concerns", ConcernKind),
                                     ("referral", "referrals", ReferralDestination)):
        for name, n in fields.counts(key, vocabulary).items():
            found.append((measure, Counted(name, name, n)))
    return found


def _meeting(fields: _Fields, header: Header) -> MeetingFacts:
    steps = fields.items("steps")
    statuses = [step.text("status", 16) for step in steps]
    films = _counted(fields.items("films"))
    theme_counts: dict[str, Counted] = {}
    for note in fields.items("notes"):
        for theme in note.items("themes"):
            key = theme.text("id", 100)
            old = theme_counts.get(key)
            theme_counts[key] = Counted(key, theme.text("title", optional=True), (old.count if old else 0) + 1)
    counts = [("film", f) for f in films] + [("theme", t) for t in theme_counts.values()]
    counts += _vocabulary_counts(fields)
    session = fields.obj("session")
    return MeetingFacts(
        meeting_id=fields.uuid("meeting_id"),
        session_number=session.integer("number"),
        held_on=fields.day("date"),
        programme_version=header.programme_version,
        attendance=_attendance(fields.obj("attendance")),
        adherence=fields.ratio("adherence"),
        planned_minutes=fields.integer("planned_minutes"),
        actual_minutes=fields.number("actual_minutes"),
        skipped=statuses.count("skipped"),
        overruns=sum(1 for step in steps if step.data.get("overrun") is True),
        films_shown=sum(f.count for f in films),
        language=_delivered_language(fields, header),
        counts=tuple((m, c) for m, c in counts if c.count > 0),
    )


def _delivered_language(fields: _Fields, header: Header) -> str:
    """The language the meeting was held in when the bundle says so, else the course's
    first group language, else the language the summary is written in."""
    for key in ("meeting_language", "session_language"):
        value = fields.data.get(key)
        if isinstance(value, str) and value:
            return value[:16]
    session = fields.data.get("session")
    if isinstance(session, dict) and isinstance(session.get("language"), str):
        return str(session["language"])[:16]
    return header.group_languages[0] if header.group_languages else header.language


def _course(fields: _Fields, header: Header) -> CourseContent:
    lines = []
    for line in fields.items("meetings"):
        lines.append(MeetingFacts(
            meeting_id=line.uuid("meeting_id"),
            session_number=line.integer("session_number"),
            held_on=line.day("date"),
            programme_version=line.text("programme_version", 32),
            attendance=_attendance(line.obj("attendance")),
            adherence=line.ratio("adherence"),
            planned_minutes=line.integer("planned_minutes"),
            actual_minutes=line.number("actual_minutes"),
            skipped=line.integer("skipped"),
            overruns=line.integer("overruns"),
            films_shown=line.integer("films"),
        ))
    counts = [("film", f) for f in _counted(fields.items("films"))]
    counts += [("theme", t) for t in _counted(fields.items("themes"), count="notes")]
    counts += _vocabulary_counts(fields)
    breakdowns = fields.obj("breakdowns")
    gender_age = _gender_age(breakdowns.obj("gender_by_age"))
    language_table = breakdowns.obj("languages")
    languages = _languages(language_table)
    group = header.group_languages or tuple(
        str(row) for row in language_table.get("rows") if row not in ("other", "not-stated")
    )
    header = replace(header, group_languages=group)
    return CourseContent(
        header=header,
        sessions_planned=fields.integer("sessions_planned"),
        participants=fields.integer("participants"),
        reached=fields.integer("reached"),
        meetings=tuple(lines),
        counts=tuple((m, c) for m, c in counts if c.count > 0),
        gender_age=gender_age,
        languages=languages,
    )


def _gender_age(table: _Fields) -> tuple[tuple[str, str, int], ...]:
    rows, columns, counts = table.get("rows"), table.get("columns"), table.get("counts")
    genders = {g.value for g in Gender}
    bands = {b.value for b in AgeBand}
    if (not isinstance(rows, list) or not isinstance(columns, list) or not isinstance(counts, list)
            or not set(rows) <= genders or not set(columns) <= bands or len(counts) != len(rows)):
        raise BundleRejected("its summary is not valid: breakdowns.gender_by_age is not a gender by age table")
    cells = []
    for gender, row in zip(rows, counts, strict=True):
        if not isinstance(row, list) or len(row) != len(columns):
            raise BundleRejected("its summary is not valid: breakdowns.gender_by_age has a short row")
        for band, n in zip(columns, row, strict=True):
            if isinstance(n, bool) or not isinstance(n, int) or n < 0:
                raise BundleRejected("its summary is not valid: breakdowns.gender_by_age holds a non-count")
            if n:
                cells.append((gender, band, n))
    return tuple(cells)


def _languages(table: _Fields) -> tuple[tuple[str, int], ...]:
    rows, counts = table.get("rows"), table.get("counts")
    if (not isinstance(rows, list) or not isinstance(counts, list) or len(rows) != len(counts)
            or not all(isinstance(r, str) and len(r) <= 16 for r in rows)):
        raise BundleRejected("its summary is not valid: breakdowns.languages is not a language table")
    cells: dict[str, int] = {}
    for row, n in zip(rows, counts, strict=True):
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise BundleRejected("its summary is not valid: breakdowns.languages holds a non-count")
        if n:
            cells[row] = cells.get(row, 0) + n
    return tuple(cells.items())
