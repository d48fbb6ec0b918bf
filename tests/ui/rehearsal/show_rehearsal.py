"""Show a rehearsal report, or a rehearsal in progress, for screenshots (not a test).

    python tests/ui/rehearsal/show_rehearsal.py report [en|da|ar|ru]
    python tests/ui/rehearsal/show_rehearsal.py session [en|da|ar|ru]

`report`: two earlier rehearsals and one just finished of meeting 1 of the demo programme,
their step logs written through the store with a clock moved by this script, then the
report of the last one with the history below. `session`: the rehearsal screens (the live
facilitator view and projector) a few steps in.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

# Minutes per step in three rehearsals, the last the one reported (None: left out).
REHEARSALS = (
    [14, 11, 17, 5, 9, 15, None, 24, 12, 6],
    [12, 9, 15, 5, 8, 13, None, 19, 10, 5],
    [11, 7, 16, 5, 8, 12, None, 17, 11, 4],
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def main(argv: list[str]) -> int:
    mode = argv[1] if len(argv) > 1 else "report"
    language = argv[2] if len(argv) > 2 else "en"
    tmp = Path(tempfile.mkdtemp(prefix="fc-rehearsal-"))
    os.environ["FACILITATOR_HOME"] = str(tmp / "home")
    sys.path.insert(0, str(REPO))

    from PySide6.QtWidgets import QApplication

    from facilitator.media.fake_backend import FakePlayer
    from facilitator.records.store import open_store
    from facilitator.sessions.library import discover
    from facilitator.ui import theme
    from facilitator.ui.background import Background
    from facilitator.ui.i18n import InterfaceLanguage
    from facilitator.ui.records_model import Records
    from facilitator.ui.rehearsal.flow import Rehearsals
    from facilitator.ui.rehearsal.pacing import load_report

    app = QApplication(argv[:1])
    theme.apply(app)
    InterfaceLanguage(app).apply(language)
    library = discover()
    entry = library.find("managing-stress-together")
    assert entry is not None
    programme = entry.programme
    steps = programme.session(1).steps

    clock = Clock()
    store = open_store(str(tmp / "records.db"), clock=clock)
    last = None
    for day, minutes in enumerate(REHEARSALS):
        clock.now = datetime(2025, 3, 3 + 2 * day, 9, 0, tzinfo=UTC)
        rehearsal = store.start_rehearsal(programme.id, programme.version, 1, language)
        for step, spent in zip(steps, minutes, strict=True):
            if spent is None:
                continue
            store.enter_rehearsal_step(rehearsal.id, step.id)
            clock.now += timedelta(minutes=spent)
        store.finish_rehearsal(rehearsal.id)
        last = rehearsal
    assert last is not None

    records = Records(Background(app), app)
    records.set_library(library)
    records.attach(store)
    flow = Rehearsals(records, lambda: FakePlayer(duration_ms=60000))
    if mode == "report":
        flow._show_report(programme, load_report(store, programme, last.id))
        assert flow.report is not None
        flow.report.resize(1280, 860)
    else:
        flow.session_started.connect(lambda session: (
            session.rehearsal.next(), session.rehearsal.next(),
            session.window.resize(1560, 860), session.window.move(20, 20)))
        flow.start(programme, 1, language)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
