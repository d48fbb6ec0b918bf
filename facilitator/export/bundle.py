"""The data bundle for the coordinator: one zip holding

- `summary.json`: the summary with exact counts (schema: docs/bundle-schema.json),
- the PDF the host got (`summary.pdf` for a meeting, `course-report.pdf` for a course),
- `programme.json`: the programme's plan (titles of sessions, themes and films in every
  language), so a coordinator without this programme version can still import it,
- `manifest.json`: SHA-256 and size of every other file, and the summary's identity.

Never a participant code or a per-person row: the summary has none to give. The zip is
deterministic (fixed member order and timestamps), so the same summary gives the same
bytes, and is written atomically.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date
from pathlib import Path
from typing import IO, Any

from facilitator.export.pdf_course import write_course_pdf
from facilitator.export.pdf_meeting import write_meeting_pdf
from facilitator.export.summary import MeetingSummary, Summary
from facilitator.export.summary_json import SCHEMA, SCHEMA_VERSION, dumps
from facilitator.export.suppression import DEFAULT_MINIMUM
from facilitator.sessions.programme import Programme

MANIFEST_FORMAT = 1


def pdf_name(summary: Summary) -> str:
    return "summary.pdf" if isinstance(summary, MeetingSummary) else "course-report.pdf"


def render_pdf(summary: Summary, language: str | None = None, minimum: int = DEFAULT_MINIMUM) -> bytes:
    buffer = io.BytesIO()
    if isinstance(summary, MeetingSummary):
        write_meeting_pdf(summary, buffer, language)
    else:
        write_course_pdf(summary, buffer, language, minimum)
    return buffer.getvalue()


def programme_plan(programme: Programme) -> dict[str, Any]:
    """What a coordinator needs of a programme version to report on it: its titles."""
    languages = programme.languages or (programme.source_language,)
    texts = {lang: programme.text(lang) for lang in languages}
    return {
        "id": programme.id,
        "version": programme.version,
        "titles": {lang: t.programme.title for lang, t in texts.items()},
        "sessions": [
            {
                "number": s.number,
                "titles": {lang: t.sessions[s.id].title for lang, t in texts.items() if s.id in t.sessions},
            }
            for s in programme.sessions
        ],
        "themes": {
            theme: {lang: t.themes[theme] for lang, t in texts.items() if theme in t.themes}
            for theme in programme.themes
        },
        "films": {film_id: dict(film.titles) for film_id, film in programme.films.items()},
    }


def bundle_files(summary: Summary, programme: Programme | None = None, language: str | None = None,
                 minimum: int = DEFAULT_MINIMUM) -> dict[str, bytes]:
    """The bundle's members by name, manifest last."""
    files: dict[str, bytes] = {"summary.json": dumps(summary).encode("utf-8")}
    files[pdf_name(summary)] = render_pdf(summary, language, minimum)
    if programme is not None:
        plan = json.dumps(programme_plan(programme), ensure_ascii=False, indent=1, sort_keys=True)
        files["programme.json"] = (plan + "\n").encode("utf-8")
    manifest: dict[str, Any] = {
        "format": MANIFEST_FORMAT,
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "kind": "meeting" if isinstance(summary, MeetingSummary) else "course",
        "is_demo": summary.is_demo,
        "course_id": str(summary.course_id),
        "export_revision": summary.export_revision,
        "digest": summary.digest,
        "files": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for name, data in files.items()
        ],
    }
    if isinstance(summary, MeetingSummary):
        manifest["meeting_id"] = str(summary.meeting_id)
    files["manifest.json"] = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def write_bundle(summary: Summary, out: Path | IO[bytes], programme: Programme | None = None,
                 language: str | None = None, minimum: int = DEFAULT_MINIMUM) -> None:
    """Write the zip to a path or a binary file."""
    files = bundle_files(summary, programme, language, minimum)
    day = _zip_day(summary)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(day.year, day.month, day.day, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    if isinstance(out, Path):
        out.write_bytes(buffer.getvalue())
    else:
        out.write(buffer.getvalue())


def _zip_day(summary: Summary) -> date:
    """A fixed timestamp for the members: the meeting's date (the last one for a course)."""
    if isinstance(summary, MeetingSummary):
        day = summary.date
    else:
        day = summary.meetings[-1].date if summary.meetings else date(2000, 1, 1)
    return max(day, date(1980, 1, 1))
