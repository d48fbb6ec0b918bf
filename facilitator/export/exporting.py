"""What the interface and the command line call: build a summary, check it for personal
identifiers, write it as PDF, data bundle or CSV.

Plain functions, safe to run off the GUI thread (each opens nothing the caller does not
pass in). The usual flow:

    summary = meeting_summary(store, meeting_id, language)      # from_store.py
    warnings = identifier_warnings(summary)                      # show them, let the user decide
    result = export_summary(summary, ExportFormat.PDF, path, ledger=ledger_for(store))

`export_meeting` and `export_course` do all three in one call (the command line's way:
warnings come back in the result). A file is written completely or not at all.
"""

from __future__ import annotations

import enum
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.export.bundle import write_bundle
from facilitator.export.csv_export import write_csv
from facilitator.export.from_store import (
    ExportError,
    ProgrammeLookup,
    course_summary,
    library_lookup,
    meeting_summary,
)
from facilitator.export.identifiers import Finding, find_identifiers
from facilitator.export.pdf_course import write_course_pdf
from facilitator.export.pdf_meeting import write_meeting_pdf
from facilitator.export.revisions import RevisionLedger, ledger_beside
from facilitator.export.summary import MeetingSummary, Summary
from facilitator.export.suppression import DEFAULT_MINIMUM

if TYPE_CHECKING:
    from facilitator.records.store import Store

__all__ = [
    "ExportError",
    "ExportFormat",
    "ExportResult",
    "IdentifierWarning",
    "course_summary",
    "export_course",
    "export_meeting",
    "export_summary",
    "identifier_warnings",
    "ledger_for",
    "meeting_summary",
]


class ExportFormat(enum.Enum):
    PDF = "pdf"
    BUNDLE = "bundle"
    CSV = "csv"


@dataclass(frozen=True)
class IdentifierWarning:
    """A possible personal identifier in text that would leave the laptop."""

    source: str
    """"note" (a shareable note) or "reason" (a reason given for a deviation)."""
    number: int
    """Which note or reason, counting from 1 in the order of the summary."""
    context: str
    """The step the reason belongs to, or "" for a note."""
    finding: Finding


@dataclass(frozen=True)
class ExportResult:
    """A finished export: the file written, its revision and digest, and identifier warnings."""

    path: Path
    format: ExportFormat
    revision: int
    digest: str
    warnings: tuple[IdentifierWarning, ...] = ()


def identifier_warnings(summary: Summary) -> tuple[IdentifierWarning, ...]:
    """Every possible personal identifier in the free text the summary carries."""
    if not isinstance(summary, MeetingSummary):
        return ()  # a course report carries counts and titles only, no free text
    warnings: list[IdentifierWarning] = []
    for number, note in enumerate(summary.notes, start=1):
        warnings += [IdentifierWarning("note", number, "", f) for f in find_identifiers(note.text)]
    reasons = [(step.title, step.reason) for step in summary.steps if step.reason]
    reasons += [("", reason) for reason in summary.other_deviations]
    for number, (context, reason) in enumerate(reasons, start=1):
        warnings += [IdentifierWarning("reason", number, context, f) for f in find_identifiers(reason)]
    return tuple(warnings)


def ledger_for(store: Store) -> RevisionLedger:
    """The export revisions of this store's meetings and courses."""
    location = store.location
    return ledger_beside(location.path if location.is_file else None)


def export_summary(
    summary: Summary,
    format: ExportFormat,
    out: Path,
    *,
    ledger: RevisionLedger | None = None,
    language: str | None = None,
    minimum: int = DEFAULT_MINIMUM,
    lookup: ProgrammeLookup | None = None,
) -> ExportResult:
    """Give the summary its export revision (when a ledger is passed) and write it."""
    if ledger is not None:
        summary = ledger.assign(summary)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist, so nothing was written.")
    handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=out.suffix, dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            if format is ExportFormat.PDF:
                if isinstance(summary, MeetingSummary):
                    write_meeting_pdf(summary, file, language)
                else:
                    write_course_pdf(summary, file, language, minimum)
            elif format is ExportFormat.CSV:
                write_csv(summary, file, language, minimum)
            else:
                programme = (lookup or library_lookup())(summary.programme_id, summary.programme_version)
                write_bundle(summary, file, programme, language, minimum)
        os.replace(temporary, out)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"{out} could not be written: {error.strerror or error}.") from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return ExportResult(out, format, summary.export_revision, summary.digest, identifier_warnings(summary))


def export_meeting(store: Store, meeting_id: uuid.UUID, format: ExportFormat, out: Path, *,
                   language: str | None = None, lookup: ProgrammeLookup | None = None,
                   ledger: RevisionLedger | None = None) -> ExportResult:
    """A meeting's session summary as PDF, bundle or CSV, in `language` (default: host's)."""
    lookup = lookup or library_lookup()
    summary = meeting_summary(store, meeting_id, language, lookup)
    return export_summary(summary, format, out, ledger=ledger or ledger_for(store), lookup=lookup)


def export_course(store: Store, course_id: uuid.UUID, format: ExportFormat, out: Path, *,
                  language: str | None = None, minimum: int = DEFAULT_MINIMUM,
                  lookup: ProgrammeLookup | None = None,
                  ledger: RevisionLedger | None = None) -> ExportResult:
    """A course report as PDF, bundle or CSV, with breakdowns suppressed below `minimum`."""
    lookup = lookup or library_lookup()
    summary = course_summary(store, course_id, language, lookup)
    return export_summary(summary, format, out, ledger=ledger or ledger_for(store), minimum=minimum,
                          lookup=lookup)
