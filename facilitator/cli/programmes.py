"""`programmes`, `validate` and `install`: the programme library on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from facilitator.cli import CommandError


def register(sub: Any) -> None:
    listing = sub.add_parser("programmes", help="list installed programmes")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_programmes)

    check = sub.add_parser("validate", help="check programme packages (folders or zips)")
    check.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    check.set_defaults(handler=_validate)

    put = sub.add_parser("install", help="validate, then install a programme package")
    put.add_argument("path", metavar="PATH", type=Path)
    put.set_defaults(handler=_install)


def _programmes(args: argparse.Namespace) -> int:
    from facilitator.sessions.library import discover

    library = discover()
    rows: list[dict[str, Any]] = [
        {
            "id": e.programme.id,
            "version": e.programme.version,
            "title": e.programme.title(e.programme.source_language),
            "languages": list(e.programme.languages),
            "sessions": len(e.programme.sessions),
            "origin": e.origin,
            "path": str(e.path),
        }
        for e in library.entries
    ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif not rows:
        print("No programmes installed.")
    else:
        for row in rows:
            print(f"{row['id']} {row['version']}  {row['title']}  "
                  f"[{', '.join(row['languages'])}]  {row['sessions']} sessions  "
                  f"({row['origin']}: {row['path']})")
    for path, problems in library.broken:
        print(f"facilitator: skipped {path}: {len(problems)} problems "
              f"(run: facilitator validate {path})", file=sys.stderr)
    return 0


def _validate(args: argparse.Namespace) -> int:
    from facilitator.sessions.package import summary, validate

    status = 0
    for path in args.paths:
        result = validate(path)
        if result.programme is not None:
            print(f"{path}: {summary(result.programme)}")
        else:
            status = 1
            for problem in result.problems:
                print(problem)
    return status


def _install(args: argparse.Namespace) -> int:
    from facilitator.sessions.library import InstallError, install
    from facilitator.sessions.problems import PackageInvalid

    try:
        entry = install(args.path)
    except PackageInvalid as invalid:
        for problem in invalid.problems:
            print(problem)
        raise CommandError(f"{args.path} was not installed: it has "
                           f"{len(invalid.problems)} problems") from None
    except InstallError as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise CommandError(f"could not install {args.path}: {error.strerror or error}") from None
    print(f"Installed {entry.programme.id} {entry.programme.version} in {entry.path}")
    return 0
