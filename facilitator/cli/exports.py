"""`export meeting|course ID --format pdf|bundle|csv --out PATH [--lang da|en|ar|ru]`.

Possible personal identifiers in shareable notes and reasons are listed on stderr before
the file is written (the export goes ahead: the command line cannot ask, and the
facilitator decides what to share). Every failure is one sentence and a non-zero exit.
Messages go through gettext like the exports themselves; no Qt.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.cli import CommandError

if TYPE_CHECKING:
    from facilitator.export.exporting import IdentifierWarning
    from facilitator.export.i18n import Translation

LANGUAGES = ("da", "en", "ar", "ru")


def register(sub: Any) -> None:
    export = sub.add_parser("export", help="write a session summary or course report (PDF, data bundle, CSV)")
    what = export.add_subparsers(dest="export_what", metavar="meeting|course", required=True)
    for name, help_text in (("meeting", "a session summary of one meeting"),
                            ("course", "the course report of one course")):
        parser = what.add_parser(name, help=help_text)
        parser.add_argument("id", metavar="ID", help="the id (see: facilitator courses)")
        parser.add_argument("--format", required=True, choices=("pdf", "bundle", "csv"))
        parser.add_argument("--out", required=True, type=Path, metavar="PATH")
        # Its own dest: a sub-command default would overwrite the global --lang.
        parser.add_argument("--lang", dest="export_lang", choices=LANGUAGES, default=None,
                            help="language of the export (default: the host's language)")
        if name == "course":
            parser.add_argument("--minimum", type=int, default=None, metavar="N",
                                help="smallest count shown in breakdowns (default 5, never below 3)")
        parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    from facilitator.cli.records import _store
    from facilitator.export.exporting import (
        ExportError,
        ExportFormat,
        course_summary,
        export_summary,
        identifier_warnings,
        ledger_for,
        meeting_summary,
    )
    from facilitator.export.i18n import translation
    from facilitator.export.suppression import DEFAULT_MINIMUM

    language = args.export_lang or args.lang
    messages = translation(language or "en")
    _ = messages.gettext
    try:
        ident = uuid.UUID(args.id.strip())
    except ValueError:
        raise CommandError(_("“{id}” is not an id; `facilitator courses` lists them.").format(
            id=args.id)) from None
    with _store(args) as store:
        try:
            if args.export_what == "meeting":
                summary: Any = meeting_summary(store, ident, language)
            else:
                summary = course_summary(store, ident, language)
            messages = translation(language or summary.language)
            for warning in identifier_warnings(summary):
                print(describe_warning(warning, messages), file=sys.stderr)
            minimum = getattr(args, "minimum", None) or DEFAULT_MINIMUM
            result = export_summary(summary, ExportFormat(args.format), args.out,
                                    ledger=ledger_for(store), minimum=minimum)
        except ExportError as error:
            raise CommandError(str(error)) from None
    print(messages.gettext("Wrote {path} (export revision {revision}).").format(
        path=result.path, revision=result.revision))
    return 0


def describe_warning(warning: IdentifierWarning, tr: Translation) -> str:
    """One line for stderr: where, what kind, and the text found."""
    _ = tr.gettext
    kinds = {
        "cpr": _("a CPR number"),
        "phone": _("a phone number"),
        "email": _("an e-mail address"),
        "name": _("a first name"),
    }
    kind = kinds[warning.finding.kind.value]
    if warning.source == "note":
        where = _("Shareable note {number}").format(number=warning.number)
    elif warning.context:
        where = _("The reason given for “{step}”").format(step=warning.context)
    else:
        where = _("Deviation reason {number}").format(number=warning.number)
    return _("Warning: {where} may contain {kind}: “{text}”.").format(
        where=where, kind=kind, text=warning.finding.text)
