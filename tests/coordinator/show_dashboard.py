"""Show the coordinator dashboard on a store, for screenshots (docs/screenshots/coordinator-*):

    FACILITATOR_LANGUAGE=da python -m tests.coordinator.show_dashboard STORE_URL \
        [--tab N] [--table] [--from DATE --to DATE] [--host NAME]

Not a test: run it under /work/shared/tools/snap.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.records.coordinator.store import open_coordinator_store
from facilitator.ui import theme
from facilitator.ui.background import Background
from facilitator.ui.coordinator.window import CoordinatorWindow
from facilitator.ui.i18n import InterfaceLanguage


def fill(url: str, folder: Path) -> None:
    """Two years of 160 invented courses at six hosts (bundles written by the exports'
    writer, then imported), with every kind of participant present somewhere."""
    from facilitator.records.coordinator.imports import import_paths
    from facilitator.sessions.vocabulary import AgeBand, ConcernKind, Gender, ReferralDestination
    from tests.coordinator import bundles

    rng = random.Random(7)
    hosts = ("Nordby Kommune", "Havnestad Kommune", "Lindhøj Skole", "Søvang Boligforening",
             "Bakkeby Bibliotek", "Fjordholm Asylcenter")
    languages = ("ar", "ar", "uk", "fa", "so", "ru", "ti")
    films = ("dropping-anchor", "what-stress-does", "children-and-change", "two-cultures", "being-kind")
    referrals = list(ReferralDestination)[1:]
    for c in range(160):
        course = uuid.UUID(int=900_000 + c)
        language = languages[c % len(languages)]
        start = date(2024, 1, 8) + timedelta(days=rng.randrange(680))
        meetings = []
        for n in range(1, 9 if c % 2 else 6):
            meetings.append(bundles.meeting(
                course, n, start + timedelta(days=7 * (n - 1)), host=hosts[c % len(hosts)],
                programme_id=(bundles.PARENTS if c % 2 else bundles.STRESS),
                attendance=(max(3, 11 - n + rng.randint(-2, 1)), rng.randint(0, 2), rng.randint(0, 2),
                            rng.randint(0, 2)),
                films=((films[(c + n) % len(films)], 1),) if n % 2 else (),
                themes=(("stress", "sleep", "worry")[(c + n) % 3],),
                referrals={rng.choice(referrals): 1} if rng.random() < 0.25 else None,
                concerns={rng.choice(list(ConcernKind)): 1} if rng.random() < 0.25 else None,
                skipped=1 if rng.random() < 0.12 else 0, group_languages=(language, "da")))
        for m in meetings:
            bundles.write(m, folder)
        reach = {
            (Gender.WOMAN, AgeBand.FROM_30_TO_44): rng.randint(3, 6),
            (Gender.WOMAN, AgeBand.FROM_18_TO_29): rng.randint(1, 3),
            (Gender.WOMAN, AgeBand.FROM_45_TO_64): rng.randint(0, 2),
            (Gender.MAN, AgeBand.FROM_30_TO_44): rng.randint(1, 3),
            (Gender.MAN, AgeBand.FROM_45_TO_64): rng.randint(0, 2),
            (Gender.MAN, AgeBand.FROM_18_TO_29): rng.randint(0, 2),
            (Gender.WOMAN, AgeBand.OVER_64): rng.randint(0, 1),
            (Gender.MAN, AgeBand.OVER_64): rng.randint(0, 1),
            (Gender.WOMAN, AgeBand.UNDER_18): rng.randint(0, 1),
            (Gender.MAN, AgeBand.UNDER_18): rng.randint(0, 1),
            (Gender.OTHER, AgeBand.FROM_18_TO_29): rng.randint(0, 1),
            (Gender.NOT_STATED, AgeBand.NOT_STATED): rng.randint(0, 1),
        }
        people = sum(reach.values())
        if c % 5:
            bundles.write(bundles.course(course, meetings, reach=reach, group_languages=(language, "da"),
                                         languages={language: people - 2, "da": 1, "not-stated": 1}), folder)
    store = open_coordinator_store(url)
    try:
        import_paths(store, [folder], catalogue=bundles.catalogue(bundles.STRESS, bundles.PARENTS))
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--tab", type=int, default=0)
    parser.add_argument("--table", action="store_true")
    parser.add_argument("--from", dest="start", type=date.fromisoformat, default=None)
    parser.add_argument("--to", dest="end", type=date.fromisoformat, default=None)
    parser.add_argument("--host", default=None)
    parser.add_argument("--fill", type=Path, default=None, metavar="FOLDER",
                        help="first write invented bundles there and import them")
    args = parser.parse_args()
    if args.fill:
        fill(args.url, args.fill)
        return 0
    app = QApplication(sys.argv[:1])
    theme.apply(app, False)
    InterfaceLanguage(app).apply(os.environ.get("FACILITATOR_LANGUAGE", "en"))
    window = CoordinatorWindow(Background(app), lambda: open_coordinator_store(args.url))
    dashboard = window.dashboard

    def arrange() -> None:
        dashboard.refreshed.disconnect(arrange)
        if args.host:
            dashboard.filters.choose_host(dashboard.filters.host.itemData(dashboard.filters.host.findText(args.host)))
        if args.start and args.end:
            dashboard.filters.choose_period(args.start, args.end)
        dashboard.tabs.setCurrentIndex(args.tab)
        view = dashboard.tabs.currentWidget()
        if args.table and hasattr(view, "show_table"):
            view.show_table(True)

    dashboard.refreshed.connect(arrange)
    window.resize(1600, 900)
    window.show()
    QTimer.singleShot(60000, app.quit)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
