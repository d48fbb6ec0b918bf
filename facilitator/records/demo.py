"""Realistic synthetic courses for trials, screenshots and benchmarks (`facilitator demo`).

Both bundled demo programmes, invented hosts in invented Danish places, participant codes
only, attendance that thins out over the weeks, step logs with plausible timings (some
overruns, pauses, an optional break left out now and then), shareable and private notes
with theme tags, a few concerns and referrals, films played. Everything is marked demo.
The hosts are Danish, so courses are named and shareable notes written in Danish; private
notes are in each course's facilitator language, and every host has its safety card in
all four interface languages.

The structure comes from the bundled packages when they load; while a package is being
written (texts missing) its `sessions/*.yaml` still gives the real step ids; failing that,
a built-in outline is used.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from facilitator import paths
from facilitator.records.errors import translate_errors
from facilitator.records.meeting_log import DeviationKind, GapKind
from facilitator.records.models import (
    AttendanceMark,
    Concern,
    Course,
    FilmPlay,
    Host,
    Meeting,
    MeetingGap,
    Note,
    Participant,
    SafetyCardRow,
    ScheduledMeeting,
    StepDeviation,
    StepVisit,
)
from facilitator.records.store import Store
from facilitator.records.values import MeetingState
from facilitator.sessions.vocabulary import (
    AgeBand,
    Attendance,
    ConcernKind,
    Gender,
    ReferralDestination,
)

DEMO_PROGRAMMES = ("managing-stress-together", "parents-in-a-new-country")
_OUTLINES = {  # id: (sessions, minutes, audience themes)
    "managing-stress-together": (5, 90, ("stress", "sleep", "worry", "family", "hope")),
    "parents-in-a-new-country": (8, 120, ("exile", "stress", "school", "communication", "hope")),
}
_PLACES = (
    "Egebjerg", "Lindhøj", "Havnestad", "Skovkvarteret", "Kildebakken", "Mølleparken",
    "Engtoften", "Solbakke", "Fjordvang", "Rosengården Nord", "Bakkely", "Strandvejen Øst",
)
_HOST_KINDS = (
    ("{place} Kommune", "Borgerhuset, {place}"),
    ("{place} Skole", "Skolens fællesrum, {place}"),
    ("Boligforeningen {place}", "Beboerhuset, {place}"),
    ("{place} Bibliotek", "Mødelokale 2, {place} Bibliotek"),
)
# Notes are written as facilitators write them: private ones in the facilitator's own
# language, shareable ones (and the reasons for leaving the manual, which the summaries
# show) in Danish, for the municipality or housing association that reads the summaries.
_PRIVATE_NOTES = {
    "en": (
        "Two participants arrived late because the bus was cancelled.",
        "The room was cold; ask the caretaker about the heating before next week.",
        "The interpreter needed more time during the exercise.",
        "One participant seemed tired and left during the break; check in next time.",
        "Remember to bring extra copies of the home task sheet.",
        "The co-facilitator will lead the check-in next week.",
        "The projector cable was loose; bring the spare.",
    ),
    "da": (
        "To deltagere kom for sent, fordi bussen var aflyst.",
        "Lokalet var koldt; spørg viceværten om varmen inden næste uge.",
        "Tolken havde brug for mere tid under øvelsen.",
        "En deltager virkede træt og gik i pausen; tal med vedkommende næste gang.",
        "Husk at tage ekstra kopier af hjemmeopgaven med.",
        "Medfacilitatoren leder den indledende runde i næste uge.",
        "Projektorkablet sad løst; tag reservekablet med.",
    ),
    "ar": (
        "وصل مشاركان متأخرَين لأن الحافلة أُلغيت.",
        "كانت القاعة باردة؛ اسأل مسؤول المبنى عن التدفئة قبل الأسبوع القادم.",
        "احتاج المترجم إلى وقت أطول أثناء التمرين.",
        "بدا أحد المشاركين متعبًا وغادر أثناء الاستراحة؛ اطمئن عليه في المرة القادمة.",
        "تذكّر إحضار نسخ إضافية من ورقة المهمة المنزلية.",
        "سيقود الميسّر المشارك الجولة الافتتاحية في الأسبوع القادم.",
        "كان كابل جهاز العرض مرتخيًا؛ أحضر الكابل الاحتياطي.",
    ),
    "ru": (
        "Двое участников опоздали: отменили автобус.",
        "В комнате было холодно; до следующей недели спросить завхоза об отоплении.",
        "Переводчику понадобилось больше времени на упражнение.",
        "Один участник выглядел уставшим и ушёл в перерыве; в следующий раз поговорить с ним.",
        "Не забыть взять дополнительные копии листка с домашним заданием.",
        "На следующей неделе вступительный круг проведёт второй ведущий.",
        "Кабель проектора плохо держался; взять запасной.",
    ),
}
_SHAREABLE_NOTES = (
    "Flere deltagere fortalte, at de var begyndt at sove lidt bedre siden sidste uge.",
    "Gruppen talte om bekymringer for familiemedlemmer, der stadig er i udlandet.",
    "Deltagerne bad om mere tid til at øve vejrtrækningsøvelsen.",
    "Filmen førte til en lang snak om, hvordan stress mærkes i kroppen.",
    "Forældrene fortalte, hvordan deres børn er ved at falde til i skolen.",
    "Gruppen fandt det nyttigt at høre, hvordan andre klarer kontakten med skolen.",
    "Mange nævnte, at ventetiden på en afgørelse i deres sag er det, der stresser mest.",
    "Deltagerne foreslog at mødes på caféen, når forløbet er slut.",
)
_SKIP_REASONS = (
    "Den indledende runde tog længere tid end planlagt.",
    "Vi skulle forlade lokalet før tid.",
    "Gruppen ønskede at fortsætte samtalen i stedet.",
)
_CHANGE_REASON = "Øvelsen blev lavet stående, fordi der ikke var stole i lokalet."
# A course is named as a Danish group usually is: after its weekday and its place.
_WEEKDAY_GROUPS = ("Mandagsgruppen", "Tirsdagsgruppen", "Onsdagsgruppen", "Torsdagsgruppen",
                   "Fredagsgruppen", "Lørdagsgruppen", "Søndagsgruppen")
# The host's safety card in each language its facilitators use: (contacts, referral steps).
_SAFETY_CARDS = {
    "da": ("Akut: 112\nLægevagten: 7011 0707\n{place} familierådgivning: 7000 0000 (demo)",
           "1. Bevar roen, og lyt.\n2. Sig det til medfacilitatoren.\n"
           "3. Ring til kontakten ovenfor."),
    "en": ("Emergency: 112\nOut-of-hours doctor: 7011 0707\n"
           "{place} family counselling: 7000 0000 (demo)",
           "1. Stay calm and listen.\n2. Tell the co-facilitator.\n3. Call the contact above."),
    "ar": ("الطوارئ: 112\nالطبيب المناوب: 7011 0707\nالإرشاد الأسري في {place}: 7000 0000 (تجريبي)",
           "1. حافظ على هدوئك واستمع.\n2. أخبر الميسّر المشارك.\n3. اتصل بالجهة المذكورة أعلاه."),
    "ru": ("Экстренная помощь: 112\nДежурный врач: 7011 0707\n"
           "Семейная консультация, {place}: 7000 0000 (демо)",
           "1. Сохраняйте спокойствие и выслушайте.\n2. Сообщите второму ведущему.\n"
           "3. Позвоните по номеру выше."),
}
_LANGUAGE_MIX = (("ar",), ("ar", "da"), ("ru",), ("da",), ("en", "da"), ("ar",), ("ru", "da"))


@dataclass(frozen=True)
class DemoStep:
    """A step of a demo programme, as much as it takes to invent a plausible step log."""

    id: str
    kind: str
    minutes: int
    optional: bool = False
    film: str | None = None


@dataclass(frozen=True)
class DemoProgramme:
    """A bundled demo programme's structure, from its package or a fallback outline."""

    id: str
    version: str
    themes: tuple[str, ...]
    sessions: dict[int, tuple[DemoStep, ...]]
    source: str
    """"package", "structure" or "outline": where the step ids came from."""


@dataclass
class DemoSummary:
    """What `facilitator demo` added to the store, for the command line to report."""

    courses: int = 0
    meetings: int = 0
    rows: Counter[str] = field(default_factory=Counter)
    sources: dict[str, str] = field(default_factory=dict)


def _from_package(folder: Path) -> DemoProgramme:
    from facilitator.sessions.package import load_programme

    programme = load_programme(folder)
    return DemoProgramme(
        programme.id, programme.version, programme.themes,
        {
            s.number: tuple(DemoStep(t.id, t.kind.value, t.minutes, t.optional, t.film) for t in s.steps)
            for s in programme.sessions
        },
        "package",
    )


def _from_structure(folder: Path) -> DemoProgramme:
    import yaml

    meta = yaml.safe_load((folder / "programme.yaml").read_text(encoding="utf-8"))
    sessions: dict[int, tuple[DemoStep, ...]] = {}
    for path in sorted((folder / "sessions").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        sessions[int(data["number"])] = tuple(
            DemoStep(str(s["id"]), str(s["kind"]), int(s["minutes"]), bool(s.get("optional", False)), s.get("film"))
            for s in data["steps"]
        )
    if not sessions:
        raise ValueError("no sessions")
    return DemoProgramme(str(meta["id"]), str(meta["version"]), tuple(meta.get("themes") or ()), sessions, "structure")


def _outline(programme_id: str) -> DemoProgramme:
    count, minutes, themes = _OUTLINES[programme_id]
    sessions = {}
    for n in range(1, count + 1):
        plan = [("welcome", 5), ("check-in", 10), ("psychoeducation", 15), ("film", 10),
                ("break", 10), ("exercise", 15), ("discussion", 15), ("homework", 5), ("round-up", 5)]
        plan[6] = ("discussion", minutes - sum(m for k, m in plan if k != "discussion"))
        sessions[n] = tuple(
            DemoStep(f"s{n}-{kind}", kind, m, kind == "break", f"demo-film-{n}" if kind == "film" else None)
            for kind, m in plan
        )
    return DemoProgramme(programme_id, "1.0.0", themes, sessions, "outline")


def demo_programme(programme_id: str) -> DemoProgramme:
    folder = paths.bundled_programmes_dir() / programme_id
    for reader in (_from_package, _from_structure):
        try:
            return reader(folder)
        except Exception:  # a package still being written: fall back, never fail the demo
            continue
    return _outline(programme_id)


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self._rng.getrandbits(128), version=4)


def _attendance(rng: random.Random, loyalty: float, week: int, dropped_at: int | None) -> Attendance:
    if dropped_at is not None and week >= dropped_at:
        return rng.choice((Attendance.ABSENT, Attendance.ABSENT, Attendance.NOT_MARKED))
    if rng.random() < loyalty * (1 - 0.035 * (week - 1)):
        return Attendance.LATE if rng.random() < 0.1 else Attendance.PRESENT
    return Attendance.EXCUSED if rng.random() < 0.5 else Attendance.ABSENT


class _Builder:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.new_id = _Ids(rng)
        self.rows: dict[type, list[dict[str, Any]]] = {}
        self.titles: set[str] = set()

    def add(self, model: type, **values: Any) -> None:
        self.rows.setdefault(model, []).append(values)

    def host(self, index: int) -> tuple[uuid.UUID, str, str]:
        place = _PLACES[index % len(_PLACES)]
        name_pattern, location_pattern = _HOST_KINDS[index % len(_HOST_KINDS)]
        host_id = self.new_id()
        now = datetime.now(UTC)
        self.add(Host, id=host_id, name=name_pattern.format(place=place), place=place, language="da",
                 time_zone="Europe/Copenhagen", created_at=now, updated_at=now)
        for language, (contacts, steps) in _SAFETY_CARDS.items():
            self.add(SafetyCardRow, host_id=host_id, language=language,
                     contacts=contacts.format(place=place), referral_steps=steps, updated_at=now)
        return host_id, place, location_pattern.format(place=place)

    def course(self, index: int, programme: DemoProgramme, host: tuple[uuid.UUID, str, str], summary: DemoSummary) -> None:
        rng = self.rng
        host_id, place, location = host
        sessions = sorted(programme.sessions)
        languages = _LANGUAGE_MIX[index % len(_LANGUAGE_MIX)]
        # 60 % finished, 25 % under way (the first of them meets today), 15 % yet to start.
        phase = rng.random()
        if index == 0 or 0.6 <= phase < 0.85:
            held = rng.randint(1, len(sessions) - 1)
            start = self.today - timedelta(weeks=held) + timedelta(days=0 if index == 0 else rng.randint(1, 6))
        elif phase < 0.6:
            held = len(sessions)
            start = self.today - timedelta(weeks=len(sessions) + rng.randint(1, 70))
        else:
            held = 0
            start = self.today + timedelta(days=rng.randint(1, 30))
        slot = rng.choice((time(10, 0), time(13, 30), time(17, 0), time(18, 30)))
        zone = ZoneInfo("Europe/Copenhagen")
        course_id = self.new_id()
        created = datetime.combine(start - timedelta(days=14), time(12), zone).astimezone(UTC)
        title = f"{_WEEKDAY_GROUPS[start.weekday()]} i {place}"
        if title in self.titles:
            title += f" kl. {slot:%H.%M}"
        self.titles.add(title)
        self.add(Course, id=course_id, title=title, programme_id=programme.id,
                 programme_version=programme.version, host_id=host_id, location=location,
                 group_languages=list(languages), facilitator_language=languages[0],
                 facilitator_initials=[rng.choice("ABDEFHKLMNRSTY") + rng.choice("ABDEFHKLMNRSTY") for _ in range(2)],
                 is_demo=True, created_at=created, updated_at=created)
        people = []
        for n in range(1, rng.randint(6, 15) + 1):
            pid = self.new_id()
            loyalty = rng.uniform(0.7, 0.97)
            dropped = rng.randint(2, len(sessions)) if rng.random() < 0.2 else None
            people.append((pid, loyalty, dropped))
            self.add(Participant, id=pid, course_id=course_id, code=f"P{n:02d}",
                     age_band=rng.choices(list(AgeBand), (1, 15, 35, 25, 8, 6))[0],
                     gender=rng.choices(list(Gender), (60, 35, 2, 3))[0],
                     language=rng.choice(languages), created_at=created)
        for number in sessions:
            day = start + timedelta(weeks=number - 1)
            self.add(ScheduledMeeting, id=self.new_id(), course_id=course_id, session_number=number,
                     local_date=day, local_time=slot, time_zone="Europe/Copenhagen")
            if number <= held:
                begins = datetime.combine(day, slot, zone).astimezone(UTC) + timedelta(minutes=rng.randint(0, 10))
                self.meeting(course_id, programme, number, begins, languages, people)
                summary.meetings += 1
        summary.courses += 1

    def meeting(self, course_id: uuid.UUID, programme: DemoProgramme, number: int, begins: datetime,
                languages: tuple[str, ...], people: list[tuple[uuid.UUID, float, int | None]]) -> None:
        rng = self.rng
        meeting_id = self.new_id()
        clock = begins
        paused_in = rng.randrange(len(programme.sessions[number])) if rng.random() < 0.1 else None
        for position, step in enumerate(programme.sessions[number]):
            if step.optional and rng.random() < 0.3:
                continue
            if not step.optional and rng.random() < 0.03:
                self.add(StepDeviation, meeting_id=meeting_id, step_id=step.id, kind=DeviationKind.SKIPPED,
                         reason=rng.choice(_SKIP_REASONS), created_at=clock)
                continue
            factor = rng.lognormvariate(0, 0.18) * (1.7 if rng.random() < 0.05 else 1)
            length = timedelta(seconds=int(step.minutes * 60 * factor))
            paused = timedelta(0)
            if position == paused_in:
                paused = timedelta(seconds=rng.randint(90, 360))
                pause_start = clock + length / 2
                self.add(MeetingGap, meeting_id=meeting_id, kind=GapKind.PAUSED,
                         started_at=pause_start, ended_at=pause_start + paused)
            ended = clock + length + paused
            self.add(StepVisit, meeting_id=meeting_id, step_id=step.id, started_at=clock, ended_at=ended,
                     paused_seconds=paused.total_seconds())
            if step.film:
                self.add(FilmPlay, meeting_id=meeting_id, film_id=step.film, started_at=clock + timedelta(seconds=40),
                         ended_at=clock + timedelta(seconds=40) + min(length, timedelta(minutes=step.minutes)),
                         subtitle_language=languages[0] if languages[0] != "en" else None,
                         audio_language=rng.choice(("en", "da")))
            clock = ended
        if rng.random() < 0.05:
            self.add(StepDeviation, meeting_id=meeting_id, step_id=None, kind=DeviationKind.CHANGED,
                     reason=_CHANGE_REASON, created_at=clock)
        for pid, loyalty, dropped in people:
            value = _attendance(rng, loyalty, number, dropped)
            if value is not Attendance.NOT_MARKED:
                self.add(AttendanceMark, meeting_id=meeting_id, participant_id=pid, value=value,
                         updated_at=begins + timedelta(minutes=rng.randint(1, 15)))
        for _ in range(rng.randint(1, 3)):
            shareable = rng.random() < 0.6
            written = begins + timedelta(minutes=rng.randint(5, 100))
            themes = rng.sample(programme.themes, k=min(len(programme.themes), rng.randint(1, 2))) if shareable else []
            self.add(Note, id=self.new_id(), meeting_id=meeting_id, step_id=None,
                     text=rng.choice(_SHAREABLE_NOTES if shareable else
                                     _PRIVATE_NOTES.get(languages[0], _PRIVATE_NOTES["en"])),
                     shareable=shareable,
                     themes=sorted(themes), created_at=written, updated_at=written, deleted_at=None)
        if rng.random() < 0.08:
            self.add(Concern, id=self.new_id(), meeting_id=meeting_id,
                     kind=rng.choices(list(ConcernKind), (5, 1, 1, 3, 3, 1, 1))[0],
                     referral=rng.choices(list(ReferralDestination), (3, 4, 2, 2, 2, 1, 1, 0, 2, 1))[0],
                     created_at=begins + timedelta(minutes=rng.randint(10, 100)))
        self.add(Meeting, id=meeting_id, course_id=course_id, session_number=number,
                 programme_version=programme.version, state=MeetingState.FINISHED, started_at=begins,
                 finished_at=clock, paused_at=None, last_seen_at=clock, current_step_id=None,
                 language=languages[0])


_ORDER: Iterable[type] = (
    Host, SafetyCardRow, Course, Participant, ScheduledMeeting, Meeting, AttendanceMark,
    StepVisit, StepDeviation, MeetingGap, Note, Concern, FilmPlay,
)


def fill_demo(store: Store, courses: int, *, seed: int | None = None, today: date | None = None) -> DemoSummary:
    """Add `courses` synthetic demo courses (alternating the two demo programmes)."""
    rng = random.Random(seed)
    today = today or store.now().astimezone(ZoneInfo("Europe/Copenhagen")).date()
    programmes = [demo_programme(p) for p in DEMO_PROGRAMMES]
    summary = DemoSummary(sources={p.id: p.source for p in programmes})
    builder = _Builder(rng, today)
    hosts = [builder.host(i) for i in range(max(1, min(len(_PLACES), courses // 4 + 2)))]
    for index in range(courses):
        builder.course(index, programmes[index % 2], hosts[index % len(hosts)], summary)
    with translate_errors(), store.engine.begin() as connection:
        for model in _ORDER:
            rows = builder.rows.get(model, [])
            if rows:
                connection.execute(insert(model), rows)
                summary.rows[model.__tablename__] += len(rows)  # type: ignore[attr-defined]
    return summary
