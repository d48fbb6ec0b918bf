"""Summaries as JSON (the bundle's summary.json, schema in docs/bundle-schema.json) and
their digest.

Exact counts, never a participant code or a per-person row. The digest is SHA-256 over the
canonical JSON of the facts: everything but titles (they follow the export's language),
the language itself, the export revision and the digest.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from typing import Any, TypeVar

from facilitator.export.summary import (
    AttendanceTotals,
    CourseSummary,
    FilmShown,
    MeetingSummary,
    Summary,
)
from facilitator.export.suppression import CountTable

SCHEMA = "facilitator-companion/summary"
SCHEMA_VERSION = 1

_NOT_FACTS = frozenset({"export_revision", "digest", "language", "title", "session_title"})


def to_json(summary: Summary) -> dict[str, Any]:
    """The summary as the plain JSON object a bundle carries."""
    if isinstance(summary, MeetingSummary):
        return _meeting(summary)
    return _course(summary)


def digest(summary: Summary) -> str:
    """SHA-256 (hex) of the summary's facts; the same for every language and revision."""
    facts = _facts(to_json(summary))
    text = json.dumps(facts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


S = TypeVar("S", MeetingSummary, CourseSummary)


def with_digest(summary: S) -> S:
    return replace(summary, digest=digest(summary))


def dumps(summary: Summary) -> str:
    return json.dumps(to_json(summary), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _facts(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _facts(v) for k, v in value.items() if k not in _NOT_FACTS}
    if isinstance(value, list):
        return [_facts(v) for v in value]
    return value


def _ratio(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _attendance(totals: AttendanceTotals) -> dict[str, int]:
    return {
        "present": totals.present,
        "late": totals.late,
        "excused": totals.excused,
        "absent": totals.absent,
        "not_marked": totals.not_marked,
        "attended": totals.attended,
        "enrolled": totals.enrolled,
    }


def _films(films: tuple[FilmShown, ...]) -> list[dict[str, Any]]:
    return [
        {"id": f.film_id, "title": f.title, "times": f.times, "subtitles": list(f.subtitles)}
        for f in films
    ]


def _header(summary: Summary) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "kind": "meeting" if isinstance(summary, MeetingSummary) else "course",
        "is_demo": summary.is_demo,
        "course_id": str(summary.course_id),
        "export_revision": summary.export_revision,
        "digest": summary.digest,
        "language": summary.language,
        "programme": {
            "id": summary.programme_id,
            "version": summary.programme_version,
            "title": summary.programme_title,
        },
        "course_title": summary.course_title,
        "host_name": summary.host_name,
        "place": summary.place,
        "facilitators": list(summary.facilitators),
        "group_languages": list(summary.group_languages),
    }


def _meeting(s: MeetingSummary) -> dict[str, Any]:
    data = _header(s)
    data["meeting_id"] = str(s.meeting_id)
    data.update({
        "session": {"number": s.session_number, "title": s.session_title,
                    "of": s.sessions_planned, "language": s.meeting_language},
        "date": s.date.isoformat(),
        "attendance": _attendance(s.attendance),
        "course_attendance": [
            {"session_number": m.session_number, "date": m.date.isoformat(), "attended": m.attended}
            for m in s.course_attendance
        ],
        "steps": [
            {
                "id": step.step_id,
                "title": step.title,
                "kind": step.kind,
                "optional": step.optional,
                "planned_minutes": step.planned_minutes,
                "actual_minutes": None if step.actual_minutes is None else round(step.actual_minutes, 1),
                "status": step.status.value,
                "overrun": step.overrun,
                "reason": step.reason,
            }
            for step in s.steps
        ],
        "planned_minutes": s.planned_minutes,
        "actual_minutes": round(s.actual_minutes, 1),
        "adherence": _ratio(s.adherence),
        "films": _films(s.films),
        "notes": [
            {"text": note.text, "themes": [{"id": t.id, "title": t.title} for t in note.themes]}
            for note in s.notes
        ],
        "concerns": {kind.value: n for kind, n in s.concerns},
        "referrals": {dest.value: n for dest, n in s.referrals},
        "other_deviations": list(s.other_deviations),
    })
    return data


def _table(table: CountTable) -> dict[str, Any]:
    data: dict[str, Any] = {"rows": list(table.rows)}
    if table.columns:
        data["columns"] = list(table.columns)
        data["counts"] = [list(row) for row in table.counts]
    else:
        data["counts"] = [row[0] for row in table.counts]
    return data


def _course(s: CourseSummary) -> dict[str, Any]:
    data = _header(s)
    data.update({
        "sessions_planned": s.sessions_planned,
        "participants": s.participants,
        "reached": s.reached,
        "meetings": [
            {
                "meeting_id": str(m.meeting_id),
                "session_number": m.session_number,
                "session_title": m.session_title,
                "date": m.date.isoformat(),
                "programme_version": m.programme_version,
                "attendance": _attendance(m.attendance),
                "adherence": _ratio(m.adherence),
                "planned_minutes": m.planned_minutes,
                "actual_minutes": round(m.actual_minutes, 1),
                "skipped": m.skipped,
                "overruns": m.overruns,
                "films": m.films,
            }
            for m in s.meetings
        ],
        "retention": _ratio(s.retention),
        "themes": [{"id": t.theme.id, "title": t.theme.title, "notes": t.notes} for t in s.themes],
        "films": _films(s.films),
        "concerns": {kind.value: n for kind, n in s.concerns},
        "referrals": {dest.value: n for dest, n in s.referrals},
        "breakdowns": {
            "gender_by_age": _table(s.gender_by_age),
            "languages": _table(s.languages),
        },
    })
    return data
