"""The coordinator on the command line: `import`, `report`, `hosts` and `purge`.

    facilitator import [--allow-demo] BUNDLE_OR_FOLDER...
    facilitator report --from DATE --to DATE [--host NAME] --out FILE.pdf|FILE.csv
    facilitator hosts [merge NAME... [--into NAME]]
    facilitator purge [--keep-years N]
    facilitator dashboard

All of them work on the coordinator store (`--coordinator-db`, default coordinator.db
beside the facilitator's store). Failures are one sentence on stderr, never a traceback.
No Qt here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.cli import CommandError

if TYPE_CHECKING:
    from facilitator.records.coordinator.imports import BundleResult
    from facilitator.records.coordinator.store import CoordinatorStore


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-06-30") from None


def register(sub: Any) -> None:
    bring = sub.add_parser("import", help="import data bundles into the coordinator store")
    bring.add_argument("paths", nargs="+", type=Path, metavar="BUNDLE_OR_FOLDER")
    bring.add_argument("--allow-demo", action="store_true", help="accept demo bundles (trials)")
    bring.add_argument("--quiet", action="store_true", help="no progress line")
    bring.set_defaults(handler=_import)

    report = sub.add_parser("report", help="the activity report for a host and period")
    report.add_argument("--from", dest="start", type=_day, required=True, metavar="DATE")
    report.add_argument("--to", dest="end", type=_day, required=True, metavar="DATE")
    report.add_argument("--host", default=None, metavar="NAME", help="one host (default: all)")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.csv")
    report.add_argument("--include-demo", action="store_true", help="count imported demo data too")
    report.add_argument("--lang", dest="report_lang", choices=("da", "en", "ar", "ru"), default=None,
                        help="the report's language (as the global --lang)")
    report.set_defaults(handler=_report)

    hosts = sub.add_parser("hosts", help="list hosts and merge names typed differently")
    hosts_sub = hosts.add_subparsers(dest="hosts_command", metavar="ACTION")
    hosts.set_defaults(handler=_hosts)
    merge = hosts_sub.add_parser("merge", help="merge hosts into one")
    merge.add_argument("names", nargs="+", metavar="NAME")
    merge.add_argument("--into", default=None, metavar="NAME", help="the merged host's name "
                       "(default: the first name)")
    merge.set_defaults(handler=_merge)

    board = sub.add_parser("dashboard", help="open the coordinator dashboard alone")
    board.set_defaults(handler=_dashboard)

    purge = sub.add_parser("purge", help="delete imported meetings older than the retention")
    purge.add_argument("--keep-years", type=int, default=None, metavar="N",
                       help="change the retention to N years first")
    purge.set_defaults(handler=_purge)


@contextmanager
def _coordinator(args: argparse.Namespace) -> Iterator[CoordinatorStore]:
    from facilitator.records.coordinator.store import open_coordinator_store
    from facilitator.records.errors import StoreError

    try:
        store = open_coordinator_store(args.coordinator_db, args.db)
    except StoreError as error:
        raise CommandError(str(error)) from None
    try:
        yield store
    except StoreError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()


def _import(args: argparse.Namespace) -> int:
    from facilitator.records.coordinator.importer import Outcome
    from facilitator.records.coordinator.imports import import_paths

    show = not args.quiet and sys.stderr.isatty()

    def progress(done: int, total: int, _result: BundleResult) -> None:
        if show and (done == total or done % 25 == 0):
            print(f"\rImporting… {done}/{total}", end="", file=sys.stderr, flush=True)

    with _coordinator(args) as store:
        summary = import_paths(store, args.paths, allow_demo=args.allow_demo, progress=progress)
        purged = store.purge_expired()
    if show:
        print(file=sys.stderr)
    counts = summary.counts
    print(f"{len(summary.results)} bundle(s): {counts[Outcome.IMPORTED]} imported, "
          f"{counts[Outcome.ALREADY_THERE] + counts[Outcome.OLDER]} already there"
          f" ({counts[Outcome.OLDER]} of them older than what is stored), "
          f"{counts[Outcome.REPLACED]} replaced by a newer export, "
          f"{counts[Outcome.REJECTED]} rejected.")
    if purged.meetings:
        print(f"Purged {purged.meetings} meeting(s) held before {purged.before} (retention).")
    for result in summary.rejected:
        print(f"facilitator: {result.path} was rejected: {result.reason}.", file=sys.stderr)
    return 1 if summary.rejected else 0


def _report(args: argparse.Namespace) -> int:
    from facilitator.export.host_report import build_host_report, write_host_report

    if args.end < args.start:
        raise CommandError("The period ends before it starts; check --from and --to.")
    if args.out.suffix.lower() not in (".pdf", ".csv"):
        raise CommandError("The report is written as PDF or CSV: give --out a name ending in .pdf or .csv.")
    with _coordinator(args) as store:
        report = build_host_report(store, args.start, args.end, args.host,
                                   args.report_lang or args.lang or "en",
                                   include_demo=args.include_demo)
    try:
        write_host_report(report, args.out)
    except OSError as error:
        raise CommandError(f"Could not write {args.out}: {error.strerror or error}.") from None
    print(f"Wrote the report for {report.host}, {args.start} to {args.end} "
          f"({report.counts.meetings} meetings) to {args.out}.")
    return 0


def _hosts(args: argparse.Namespace) -> int:
    with _coordinator(args) as store:
        hosts = store.hosts()
        groups = store.merge_suggestions()
    if not hosts:
        print("No hosts yet: import some data bundles first.")
    for host in hosts:
        others = [n for n in host.typed_names if n != host.name]
        typed = f"  (also typed: {', '.join(others)})" if others else ""
        print(f"{host.name}  {host.courses} course(s), {host.meetings} meeting(s){typed}")
    for group in groups:
        names = " ".join(_quote(h.name) for h in group)
        print(f"Maybe one host: {', '.join(h.name for h in group)}. "
              f"To merge: facilitator hosts merge {names}")
    return 0


def _quote(name: str) -> str:
    import shlex

    return shlex.quote(name)


def _merge(args: argparse.Namespace) -> int:
    with _coordinator(args) as store:
        host = store.merge_hosts(args.names, args.into)
    print(f"Merged into {host.name}: {host.courses} course(s), {host.meetings} meeting(s), "
          f"names {', '.join(host.typed_names)}.")
    return 0


def _dashboard(args: argparse.Namespace) -> int:
    from facilitator.app import run_dashboard

    return run_dashboard(args)


def _purge(args: argparse.Namespace) -> int:
    with _coordinator(args) as store:
        if args.keep_years is not None:
            store.set_setting("retention.years", args.keep_years)
        years = store.setting("retention.years")
        purged = store.purge_expired()
    print(f"Kept {years} year(s): purged {purged.meetings} meeting(s) held before {purged.before} "
          f"and {purged.courses} course(s) left without meetings.")
    return 0
