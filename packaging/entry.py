"""The frozen application's entry point (PyInstaller's script).

It runs the ordinary command line (`facilitator.cli.main`). When the environment variable
FACILITATOR_SELFTEST is set it runs a packaging self-test instead (packaging/selftest.py):
the smoke tests use it to check, inside the bundle, things the command line cannot show,
such as playing a film headless. It never reads anything else from the environment.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    # Nothing in the application starts a copy of itself yet. If something ever uses
    # multiprocessing, call multiprocessing.freeze_support() here first (Windows bundles
    # need it; PyInstaller's runtime hook covers the rest).
    if os.environ.get("FACILITATOR_SELFTEST"):
        import facilitator_selftest

        return facilitator_selftest.main(os.environ["FACILITATOR_SELFTEST"])
    from facilitator.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
