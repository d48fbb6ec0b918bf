"""The readiness check through its real window: films checked on a worker thread from a
programme package copied into a temp folder (films removed to make them missing), a screen
list the test chooses, the host's safety card from a real store."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.records.store import Store
from facilitator.sessions.package import load_programme
from facilitator.sessions.readiness import Light
from facilitator.ui.readiness.check import MeetingToCheck
from facilitator.ui.readiness.window import ReadinessWindow
from facilitator.ui.records_model import Records
from tests.ui.conftest import settle

REPO = Path(__file__).resolve().parents[3]
PROGRAMME = REPO / "resources" / "programmes" / "managing-stress-together"
SESSION_1_FILMS = ("what-stress-does.mp4", "dropping-anchor.mp4")
LAPTOP = ["laptop"]
LAPTOP_AND_PROJECTOR = ["laptop", "projector"]


class Place:
    """A programme package, a bundled-films folder and a host folder, all in tmp."""

    def __init__(self, root: Path) -> None:
        self.package = root / "managing-stress-together"
        shutil.copytree(PROGRAMME, self.package)
        self.bundled = root / "bundled-films"
        self.bundled.mkdir()
        for name in SESSION_1_FILMS:
            shutil.copy2(REPO / "resources" / "films" / name, self.bundled / name)
        self.host = root / "host-films"
        self.host.mkdir()


@pytest.fixture
def place(tmp_path: Path) -> Place:
    return Place(tmp_path)


@pytest.fixture
def host_id(store: Store) -> uuid.UUID:
    host = store.create_host("Egebjerg Kommune", "Egebjerg", "da", "Europe/Copenhagen")
    store.set_safety_card(host.id, "en", "Crisis line: 7012 3456 (Egebjerg social services)",
                          "Stay with the person; tell the co-facilitator; call the crisis line.")
    return host.id


def open_check(qtbot: QtBot, records: Records, place: Place, host_id: uuid.UUID | None,
               screens: list[str], languages: tuple[str, ...] = ("ar",),
               host_name: str = "Egebjerg Kommune") -> ReadinessWindow:
    programme = load_programme(place.package)
    meeting = MeetingToCheck(programme, 1, languages, "en", host_id, host_name,
                             course_title="Tuesday group")
    window = ReadinessWindow(meeting, records, offer_start=True, screens=lambda: list(screens),
                             host_films=place.host, bundled_films=place.bundled)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.check.checking, timeout=20000)
    settle(qtbot, records)
    return window


def rows(window: ReadinessWindow) -> list[tuple[Light, str, str]]:
    return [(r.light, r.headline.text(), r.advice.text()) for r in window.view.rows()]


def row(window: ReadinessWindow, match: Callable[[str], bool]) -> tuple[Light, str, str]:
    found = [r for r in rows(window) if match(r[1])]
    assert len(found) == 1, rows(window)
    return found[0]


def tick_all(window: ReadinessWindow) -> None:
    for box in window.view.material_boxes():
        box.setChecked(True)


def test_readiness_missing_film_is_red_with_what_to_do(
        qtbot: QtBot, records: Records, place: Place, host_id: uuid.UUID) -> None:
    (place.bundled / "dropping-anchor.mp4").unlink()
    window = open_check(qtbot, records, place, host_id, LAPTOP_AND_PROJECTOR)
    light, headline, advice = row(window, lambda h: "dropping anchor" in h and "Film" in h
                                  and "subtitles" not in h)
    assert light is Light.RED
    assert headline == "Film “Grounding: dropping anchor” is missing."
    # File and folder are isolated left to right (they stay whole in an Arabic sentence).
    assert advice == (f"Put \u2066dropping-anchor.mp4\u2069 in \u2066{place.host}\u2069, "
                      "then press Re-check.")
    other = row(window, lambda h: h == "Film “What stress does in the body” is ready to play.")
    assert other[0] is Light.GREEN
    assert window.check.light() is Light.RED
    assert window.view.summary.text() == "Something to put right before the meeting (marked ✕)."

    # The facilitator copies the film into the host folder and presses Re-check.
    shutil.copy2(REPO / "resources" / "films" / "dropping-anchor.mp4", place.host)
    qtbot.mouseClick(window.view.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.check.checking, timeout=20000)
    fixed = row(window, lambda h: "dropping anchor" in h and "subtitles" not in h)
    assert fixed[0] is Light.GREEN


def test_readiness_missing_arabic_subtitles_is_amber(
        qtbot: QtBot, records: Records, place: Place, host_id: uuid.UUID) -> None:
    # A package whose film has no Arabic subtitles (and English sound only).
    metadata = place.package / "films" / "what-stress-does.yaml"
    metadata.write_text(metadata.read_text().replace("  ar: what-stress-does.ar.srt\n", ""))
    (place.package / "films" / "what-stress-does.ar.srt").unlink()
    window = open_check(qtbot, records, place, host_id, LAPTOP_AND_PROJECTOR)
    light, headline, advice = row(window, lambda h: h.startswith("No Arabic subtitles"))
    assert light is Light.AMBER
    assert headline == "No Arabic subtitles for film “What stress does in the body”."
    assert advice.startswith("The film will play without subtitles and has no sound in Arabic")
    assert row(window, lambda h: "dropping anchor” has Arabic subtitles" in h)[0] is Light.GREEN
    tick_all(window)
    assert window.check.light() is Light.AMBER
    assert window.view.summary.text() == "Ready, with something to check below (marked !)."


def test_readiness_subtitle_file_gone_after_install_says_where_to_put_it(
        qtbot: QtBot, records: Records, place: Place, host_id: uuid.UUID) -> None:
    programme = load_programme(place.package)
    (place.package / "films" / "dropping-anchor.ru.srt").unlink()
    meeting = MeetingToCheck(programme, 1, ("ru",), "en", host_id, "Egebjerg Kommune")
    window = ReadinessWindow(meeting, records, screens=lambda: LAPTOP_AND_PROJECTOR,
                             host_films=place.host, bundled_films=place.bundled)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.check.checking, timeout=20000)
    light, _headline, advice = row(window, lambda h: h.startswith("No Russian subtitles"))
    assert light is Light.AMBER
    assert "put \u2066dropping-anchor.ru.srt\u2069 in the programme's films folder" in advice


def test_readiness_no_second_screen_is_amber(
        qtbot: QtBot, records: Records, place: Place, host_id: uuid.UUID) -> None:
    screens = list(LAPTOP)
    programme = load_programme(place.package)
    meeting = MeetingToCheck(programme, 1, ("ar",), "en", host_id, "Egebjerg Kommune")
    window = ReadinessWindow(meeting, records, screens=lambda: list(screens),
                             host_films=place.host, bundled_films=place.bundled)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.check.checking, timeout=20000)
    light, headline, advice = row(window, lambda h: "screen" in h)
    assert (light, headline) == (Light.AMBER, "No second screen.")
    assert advice == "Connect the projector and press Re-check, or present on this screen."
    tick_all(window)
    assert window.check.light() is Light.AMBER

    screens.append("projector")  # the projector is plugged in
    qtbot.mouseClick(window.view.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.check.checking, timeout=20000)
    assert row(window, lambda h: "screen" in h)[:2] == (
        Light.GREEN, "A second screen is connected (projector).")
    assert window.check.light() is Light.GREEN


def test_readiness_all_present_is_green(
        qtbot: QtBot, records: Records, place: Place, host_id: uuid.UUID) -> None:
    window = open_check(qtbot, records, place, host_id, LAPTOP_AND_PROJECTOR, ("ar", "en"))
    materials = row(window, lambda h: "materials" in h)
    assert materials[0] is Light.AMBER  # nothing ticked yet
    assert [b.text() for b in window.view.material_boxes()][0] == (
        "Name cards and markers (first names or nicknames only)")
    tick_all(window)
    assert {light for light, _h, _a in rows(window)} == {Light.GREEN}, rows(window)
    assert window.view.summary.text() == "Everything is ready."
    headlines = [h for _l, h, _a in rows(window)]
    assert "Film “What stress does in the body” has Arabic subtitles." in headlines
    assert "The safety card of Egebjerg Kommune is filled in." in headlines
    assert not window.view.progress.isVisible()
    with qtbot.waitSignal(window.start_requested):
        qtbot.mouseClick(window.view.start_button, Qt.MouseButton.LeftButton)


def test_readiness_missing_safety_card_is_red(
        qtbot: QtBot, records: Records, place: Place, store: Store) -> None:
    host = store.create_host("Nordby Skole", "Nordby", "da", "Europe/Copenhagen")
    window = open_check(qtbot, records, place, host.id, LAPTOP_AND_PROJECTOR,
                        host_name="Nordby Skole")
    light, headline, advice = row(window, lambda h: "safety card" in h)
    assert (light, headline) == (Light.RED, "Nordby Skole has no safety card.")
    assert "“Safety card…”" in advice and window.view.card_button.isVisible()


def test_readiness_runs_for_any_scheduled_meeting(
        qtbot: QtBot, records: Records, place: Place, host_id: uuid.UUID, store: Store) -> None:
    from datetime import date, time, timedelta

    from facilitator.ui.readiness.window import meeting_to_check

    course = store.create_course(
        host_id=host_id, programme_id="managing-stress-together", programme_version="1.0.0",
        title="Tuesday group", location="Borgerhuset", group_languages=["ar"],
        facilitator_language="en", facilitator_initials=["ab"])
    soon = date.today() + timedelta(days=1)
    store.schedule_meeting(course.id, 1, soon, time(17, 30))
    store.schedule_meeting(course.id, 2, soon + timedelta(days=7), time(17, 30))
    records.refresh()
    settle(qtbot, records)
    meeting = meeting_to_check(records, course.id, 1)
    assert meeting is not None and meeting.starts_at is not None
    window = ReadinessWindow(meeting, records, offer_start=True,
                             screens=lambda: LAPTOP_AND_PROJECTOR, host_films=place.host,
                             bundled_films=place.bundled)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.check.checking, timeout=20000)
    assert window.chooser.count() == 2
    assert "Meeting 2" in window.chooser.itemText(1)

    window.chooser.setCurrentIndex(1)  # the meeting a week later, whose film is not here
    assert window.check.meeting.session_number == 2
    qtbot.waitUntil(lambda: not window.check.checking, timeout=20000)
    light, headline, _advice = row(window, lambda h: h.startswith("Film “")
                                   and "subtitles" not in h)
    assert light is Light.RED and "Unhooking" in headline
    with qtbot.waitSignal(window.start_requested) as started:
        qtbot.mouseClick(window.view.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [course.id, 2]


def test_readiness_film_that_does_not_decode_is_red(
        qtbot: QtBot, records: Records, place: Place, host_id: uuid.UUID) -> None:
    # A host's own film without a checksum: it opens as an mp4 but its picture is cut off.
    metadata = place.package / "films" / "dropping-anchor.yaml"
    metadata.write_text("\n".join(line for line in metadata.read_text().splitlines()
                                  if not line.startswith("sha256:")) + "\n")
    whole = (REPO / "resources" / "films" / "dropping-anchor.mp4").read_bytes()
    (place.bundled / "dropping-anchor.mp4").write_bytes(whole[:4096])
    window = open_check(qtbot, records, place, host_id, LAPTOP_AND_PROJECTOR)
    light, headline, advice = row(window, lambda h: "dropping anchor" in h
                                  and "subtitles" not in h)
    assert light is Light.RED, (headline, advice)
    other = row(window, lambda h: h == "Film “What stress does in the body” is ready to play.")
    assert other[0] is Light.GREEN
