"""Open the live session on its own, on a given store (tests, screenshots, benchmarks).

    python -m facilitator.ui.live.standalone --db FILE [--prepare-demo] [--session 2]

With `--prepare-demo` an empty store gets a synthetic course of the bundled demo
programme (invented host and place, codes P01…). An unfinished meeting in the store is
offered for resuming first; otherwise a new meeting of `--session` starts.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.media.catalogue import FilmCatalogue
from facilitator.media.factory import create_player
from facilitator.media.player import Player
from facilitator.media.qtcompat import protect_singletons
from facilitator.ui import theme
from facilitator.ui.i18n import InterfaceLanguage
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.opening import MeetingSnapshot, begin_meeting, resume_meeting
from facilitator.ui.live.resume_offer import ResumeOfferDialog
from facilitator.ui.live.session import LiveSession
from facilitator.ui.live.writer import StoreWriter

if TYPE_CHECKING:
    from facilitator.records.store import Store
    from facilitator.sessions.programme import Programme

DEMO_PROGRAMME = "managing-stress-together"
SAFETY_CONTACTS = {
    "en": "- Health line of the municipality: 11 22 33 44 (day)\n- Emergency: 112",
    "da": "- Kommunens sundhedslinje: 11 22 33 44 (dag)\n- Alarm: 112",
    "ar": "- الخط الصحي للبلدية: 11 22 33 44 (نهارًا)\n- الطوارئ: 112",
    "ru": "- Линия здоровья коммуны: 11 22 33 44 (днём)\n- Экстренная помощь: 112",
}
REFERRAL_STEPS = {
    "en": "1. Stay calm and stay with the person.\n2. Ask what they need; offer a break.\n"
          "3. Call the co-facilitator and the health line together.",
    "da": "1. Bevar roen og bliv hos personen.\n2. Spørg, hvad personen har brug for; tilbyd "
          "en pause.\n3. Ring sammen med medfacilitatoren til sundhedslinjen.",
    "ar": "1. حافظ على هدوئك وابقَ مع الشخص.\n2. اسأله عمّا يحتاجه واعرض عليه استراحة.\n"
          "3. اتصلا معًا، أنت والميسّر المشارك، بالخط الصحي.",
    "ru": "1. Сохраняйте спокойствие и оставайтесь рядом.\n2. Спросите, что нужно; предложите "
          "перерыв.\n3. Вместе с соведущим позвоните на линию здоровья.",
}


def find_programme(programme_id: str, version: str) -> Programme | None:
    from facilitator.sessions.library import discover

    entry = discover().find(programme_id, version)
    return entry.programme if entry else None


def prepare_demo(store: Store, group: str, facilitator: str, codes: int = 8) -> uuid.UUID:
    """A synthetic course (invented host and place) unless the store has one already."""
    existing = store.courses()
    if existing:
        return existing[0].id
    programme = find_programme(DEMO_PROGRAMME, "1.0.0")
    if programme is None:
        raise SystemExit("The demo programme is not installed.")
    host = store.create_host("Egebjerg Kommune", "Egebjerg", "da", "Europe/Copenhagen")
    for language in ("en", "da", "ar", "ru"):
        store.set_safety_card(host.id, language, SAFETY_CONTACTS[language],
                              REFERRAL_STEPS[language])
    course = store.create_course(
        host_id=host.id, programme_id=programme.id, programme_version=programme.version,
        title="Tirsdagsgruppen", location="Borgerhuset", group_languages=[group],
        facilitator_language=facilitator, facilitator_initials=["AB", "CD"], is_demo=True)
    store.add_participants(course.id, codes)
    return course.id


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--prepare-demo", action="store_true")
    parser.add_argument("--session", type=int, default=2)
    parser.add_argument("--language", default=os.environ.get("FACILITATOR_LANGUAGE", "en"))
    parser.add_argument("--group", default="ar", help="the group's language (new course)")
    parser.add_argument("--facilitator", default="en", help="facilitators' language")
    parser.add_argument("--player", default="fake", choices=("fake", "auto", "vlc", "qt"))
    parser.add_argument("--resume", choices=("ask", "yes", "no"), default="ask")
    parser.add_argument("--large-text", action="store_true")
    parser.add_argument("--steps", type=int, default=0,
                        help="move on this many steps, each taking its planned time plus "
                             "--over minutes (a staged clock, for screenshots)")
    parser.add_argument("--over", type=float, default=1.0)
    parser.add_argument("--two-languages", action="store_true")
    parser.add_argument("--tab", choices=("attendance", "notes", "safety"), default="attendance")
    parser.add_argument("--mark", type=int, default=0, help="mark this many codes present")
    parser.add_argument("--note", default="", help="save this note at the start")
    return parser.parse_args(list(argv))


class StagedClock:
    """The monotonic clock, plus time a screenshot pretends has passed."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset


class Standalone:
    """Holds what the running session needs (the store, the writer, the session)."""

    def __init__(self, app: QApplication, store: Store, args: argparse.Namespace) -> None:
        self.app = app
        self.store = store
        self.args = args
        self.writer = StoreWriter(store)
        self.session: LiveSession | None = None
        self.offer: ResumeOfferDialog | None = None
        self.ready: list[Callable[[LiveSession], None]] = []
        """Called once the live session is shown (tests and benchmarks hook in here)."""

    def make_player(self) -> Player:
        return create_player(self.args.player).player

    def begin(self, course_id: uuid.UUID) -> None:
        unfinished = self.store.find_unfinished_meeting()
        if unfinished is None or self.args.resume == "no":
            self.open(begin_meeting(self.store, find_programme, course_id, self.args.session))
            return
        if self.args.resume == "yes":
            self.open(resume_meeting(self.store, find_programme, unfinished.id))
            return
        course = self.store.course(unfinished.course_id)
        programme = find_programme(course.programme_id, unfinished.programme_version)
        step_title = ""
        if programme is not None and unfinished.current_step_id:
            language = course.facilitator_language
            step_title = programme.text(language).steps[unfinished.current_step_id].title
        self.offer = ResumeOfferDialog(course.title, step_title, unfinished.started_at)
        self.offer.accepted.connect(
            lambda: self.open(resume_meeting(self.store, find_programme, unfinished.id)))
        self.offer.rejected.connect(self.app.quit)
        self.offer.open()
        print("resume-offered", unfinished.id, flush=True)

    def open(self, snapshot: MeetingSnapshot) -> None:
        staged = StagedClock()
        meeting = LiveMeeting(snapshot, self.writer, clock=staged)
        catalogue = FilmCatalogue(snapshot.programme)
        player = self.make_player()
        self.session = LiveSession(meeting, player, catalogue, large_text=self.args.large_text)
        self.session.closed.connect(self.app.quit)
        self.session.show()
        self.session.window.parts.script.set_bilingual(self.args.two_languages)
        for _ in range(self.args.steps):
            staged.offset += (meeting.current.minutes + self.args.over) * 60
            meeting.next()
        for participant in list(meeting.participants)[: self.args.mark]:
            meeting.cycle(participant.id)
        if self.args.note:
            meeting.save_note(self.args.note)
        tabs = {"attendance": 0, "notes": 1, "safety": 2}
        self.session.window.parts.tabs.setCurrentIndex(tabs[self.args.tab])
        print("live-ready", meeting.meeting_id, flush=True)
        for hook in self.ready:
            hook(self.session)


def build(args: argparse.Namespace) -> Standalone:
    """The application, the store and the runner; the session opens once the loop runs."""
    protect_singletons()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app, args.large_text)
    language = InterfaceLanguage(app)
    language.apply(args.language)
    from facilitator.records.store import open_store

    store = open_store(args.db)
    course_id = (prepare_demo(store, args.group, args.facilitator) if args.prepare_demo
                 else store.courses()[0].id)
    runner = Standalone(app, store, args)
    QTimer.singleShot(0, lambda: runner.begin(course_id))
    app.aboutToQuit.connect(runner.writer.stop)
    return runner


def run(runner: Standalone) -> int:
    code = int(runner.app.exec())
    runner.writer.stop()
    runner.store.close()
    return code


def main(argv: Sequence[str] | None = None) -> int:
    return run(build(parse(sys.argv[1:] if argv is None else argv)))


if __name__ == "__main__":
    sys.exit(main())
