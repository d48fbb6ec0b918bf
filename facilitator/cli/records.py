"""The store on the command line: `courses`, `demo`, `backup`, `restore`, `erase-course`,
`participant`.

A passphrase is read from FACILITATOR_PASSPHRASE or asked on the terminal. Every store
failure becomes one sentence on stderr and a non-zero exit (no traceback). No Qt here.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.cli import CommandError

if TYPE_CHECKING:
    from facilitator.records.store import Store


def register(sub: Any) -> None:
    listing = sub.add_parser("courses", help="list courses and their meetings with ids")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_courses)

    demo = sub.add_parser("demo", help="fill the store with realistic synthetic courses")
    demo.add_argument("--courses", type=int, default=6, metavar="N", help="how many (default 6)")
    demo.add_argument("--seed", type=int, default=None, help="repeatable data")
    demo.set_defaults(handler=_demo)

    backup = sub.add_parser("backup", help="back the store up now")
    backup.add_argument("--out", type=Path, default=None, metavar="PATH",
                        help="where to write it (default: the backups folder beside the store)")
    backup.set_defaults(handler=_backup)

    restore = sub.add_parser("restore", help="replace the store with a backup (backing it up first)")
    restore.add_argument("path", type=Path, metavar="PATH")
    restore.set_defaults(handler=_restore)

    erase = sub.add_parser("erase-course", help="erase a course and everything under it, backups included")
    erase.add_argument("course", metavar="ID")
    erase.add_argument("--yes", action="store_true", help="do not ask to type the id")
    erase.set_defaults(handler=_erase_course)

    person = sub.add_parser("participant", help="show, export or erase what is recorded under a code")
    person.add_argument("code", metavar="CODE")
    person.add_argument("--course", required=True, metavar="ID")
    action = person.add_mutually_exclusive_group()
    action.add_argument("--export", type=Path, metavar="FILE", help="write it as JSON")
    action.add_argument("--erase", action="store_true", help="erase it, backups included")
    person.add_argument("--yes", action="store_true", help="do not ask to type the code")
    person.set_defaults(handler=_participant)


@contextmanager
def _store_errors() -> Iterator[None]:
    from facilitator.records.errors import StoreError

    try:
        yield
    except StoreError as error:
        raise CommandError(str(error)) from error


def _open(args: argparse.Namespace) -> Store:
    from facilitator.records.errors import PassphraseRequired
    from facilitator.records.store import open_store

    passphrase = os.environ.get("FACILITATOR_PASSPHRASE") or None
    with _store_errors():
        try:
            return open_store(args.db, passphrase)
        except PassphraseRequired:
            if not sys.stdin.isatty():
                raise
        import getpass

        return open_store(args.db, getpass.getpass("Passphrase: "))


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[Store]:
    store = _open(args)
    try:
        with _store_errors():
            yield store
    finally:
        store.close()


def _course_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError as error:
        raise CommandError(f"“{text}” is not a course id; `facilitator courses` lists them.") from error


def _confirm(prompt: str, expected: str) -> None:
    try:
        typed = input(prompt)
    except EOFError:
        typed = ""
    if typed.strip().lower() != expected.lower():
        raise CommandError("What you typed did not match, so nothing was erased.")


def _courses(args: argparse.Namespace) -> int:
    with _store(args) as store:
        overviews = store.course_overviews()
    if args.json:
        json.dump([_course_json(o) for o in overviews], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not overviews:
        print("No courses yet (try: facilitator demo --courses 3).")
    for overview in overviews:
        c = overview.course
        demo = "  [demo]" if c.is_demo else ""
        print(f"{c.id}  {c.title or '(untitled)'}  {c.programme_id} {c.programme_version}  "
              f"{c.host_name}{demo}  {overview.participants} codes")
        for m in overview.meetings:
            print(f"    meeting {m.id}  session {m.session_number}  {m.started_at:%Y-%m-%d %H:%M} UTC  "
                  f"{m.state.value}  attended {m.attended}/{overview.participants}")
        held = {m.session_number for m in overview.meetings}
        for s in overview.schedule:
            if s.session_number not in held:
                print(f"    scheduled session {s.session_number}  {s.local_date} {s.local_time:%H:%M} {s.time_zone}")
    return 0


def _course_json(overview: Any) -> dict[str, Any]:
    c = overview.course
    return {
        "id": str(c.id),
        "title": c.title,
        "programme": c.programme_id,
        "programme_version": c.programme_version,
        "host": c.host_name,
        "location": c.location,
        "group_languages": list(c.group_languages),
        "is_demo": c.is_demo,
        "participants": overview.participants,
        "meetings": [
            {
                "id": str(m.id),
                "session": m.session_number,
                "programme_version": m.programme_version,
                "state": m.state.value,
                "started_at": m.started_at.isoformat(),
                "finished_at": m.finished_at.isoformat() if m.finished_at else None,
                "attended": m.attended,
            }
            for m in overview.meetings
        ],
        "schedule": [
            {"session": s.session_number, "date": s.local_date.isoformat(),
             "time": s.local_time.strftime("%H:%M"), "time_zone": s.time_zone}
            for s in overview.schedule
        ],
    }


def _demo(args: argparse.Namespace) -> int:
    if args.courses < 1:
        raise CommandError("Give at least one course: --courses N with N ≥ 1.")
    from facilitator.records.demo import fill_demo

    with _store(args) as store:
        summary = fill_demo(store, args.courses, seed=args.seed)
    print(f"Added {summary.courses} demo courses with {summary.meetings} meetings "
          f"({sum(summary.rows.values())} rows), all marked as demo.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    with _store(args) as store:
        path = store.backup_now(args.out)
    print(path)
    return 0


def _restore(args: argparse.Namespace) -> int:
    with _store(args) as store:
        store.restore(args.path)
    print(f"Restored the records from {args.path}; the previous state was backed up first.")
    return 0


def _erase_course(args: argparse.Namespace) -> int:
    course_id = _course_id(args.course)
    with _store(args) as store:
        course = store.course(course_id)
        if not args.yes:
            _confirm(f"This erases the course “{course.title}” and everything under it, backups included.\n"
                     f"Type the course id to confirm: ", str(course_id))
        erased = store.erase_course(course_id)
    print(f"Erased the course and {erased.rows} row(s) under it; "
          f"{erased.backups_rewritten} backup(s) rewritten, {erased.backups_deleted} deleted.")
    return 0


def _participant(args: argparse.Namespace) -> int:
    course_id = _course_id(args.course)
    code = args.code.strip().upper()
    with _store(args) as store:
        if args.erase:
            data = store.participant_data(course_id, code)
            if not args.yes:
                _confirm(f"This erases everything recorded under {code}, backups included.\n"
                         f"Type the code to confirm: ", code)
            erased = store.erase_participant(course_id, code)
            print(f"Erased {data['code']}; {erased.backups_rewritten} backup(s) rewritten, "
                  f"{erased.backups_deleted} deleted.")
            return 0
        text = store.export_participant(course_id, code)
    if args.export:
        try:
            args.export.write_text(text + "\n", encoding="utf-8")
        except OSError as error:
            raise CommandError(f"Could not write {args.export}: {error.strerror}.") from error
        print(f"Wrote everything recorded under {code} to {args.export}.")
    else:
        print(text)
    return 0
