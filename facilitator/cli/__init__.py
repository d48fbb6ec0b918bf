"""The command line of DESIGN section 6.

Each group of commands lives in its own module with a `register(subparsers)` function;
`main` builds the parser from them. Commands that need no window never import Qt, so
they start fast. Errors are one clear sentence on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from facilitator import __version__

# Modules that add sub-commands; each defines register(subparsers).
COMMAND_MODULES = (
    "facilitator.cli.programmes",
    "facilitator.cli.records",
    "facilitator.cli.coordinator",
    "facilitator.cli.exports",
)


class CommandError(Exception):
    """A failure to report as one sentence on stderr (exit status in `status`)."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def defaults() -> argparse.Namespace:
    """The global options' values when none is given on the command line."""
    return argparse.Namespace(
        command=None, handler=None, lang=None,
        db=os.environ.get("FACILITATOR_DB"),
        coordinator_db=os.environ.get("FACILITATOR_COORDINATOR_DB"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Facilitator Companion: run manualised group sessions offline.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument(
        "--db",
        default=defaults().db,
        help="the facilitator's store as a database URL (default: SQLite in the data folder)",
    )
    parser.add_argument(
        "--coordinator-db",
        default=defaults().coordinator_db,
        help="the coordinator store (default: a separate SQLite file beside the store)",
    )
    parser.add_argument(
        "--lang", choices=("da", "en", "ar", "ru"), default=None,
        help="language of what is written (reports, exports)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:
        # Scripts call this to probe the installation: answer before any command module loads.
        print(f"facilitator {__version__}")
        return 0
    if not arguments:
        # The window: no command module (nor the parser built from them) is needed.
        # The cycle collector would walk every object made so far, again and again, while
        # thousands are made on the way to the window; the application runs it itself
        # from then on (facilitator.ui.collector), on the GUI thread.
        import gc

        gc.disable()
        from facilitator.app import run_application

        return run_application(defaults())
    parser = build_parser()
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        from facilitator.app import run_application

        return run_application(args)
    try:
        return int(handler(args) or 0)
    except CommandError as error:
        print(f"facilitator: {error}", file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
