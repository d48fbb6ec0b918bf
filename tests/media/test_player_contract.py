"""One contract for every player backend: the fake, VLC (real libvlc, dummy output) and
Qt Multimedia, on a 2-second clip with English and Danish sound and subtitles."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from facilitator.media.base import BasePlayer
from facilitator.media.player import Player, PlayerState
from tests.media.conftest import AUDIO, CLIP_MS, Clips, Clock, make_player, open_fds, os_threads


def load(player: BasePlayer, clips: Clips) -> None:
    player.load(clips.clip, clips.subtitle_map("en", "da"), AUDIO)


def test_player_meets_the_protocol(player: BasePlayer) -> None:
    assert isinstance(player, Player)


def test_player_loads_a_film_stopped_at_the_start(player: BasePlayer, clips: Clips) -> None:
    states: list[PlayerState] = []
    player.signals.state_changed.connect(states.append)
    load(player, clips)
    assert player.state() is PlayerState.STOPPED
    assert states == [PlayerState.STOPPED]
    assert player.position() == 0
    assert player.subtitle_languages() == ["en", "da"]
    assert player.subtitle_language() is None


def test_player_plays_to_the_end_and_fires_the_end_once(
    player: BasePlayer, clips: Clips, clock: Clock, qtbot: QtBot
) -> None:
    calls: list[threading.Thread] = []
    ended: list[bool] = []
    player.set_end_callback(lambda: calls.append(threading.current_thread()))
    player.signals.ended.connect(lambda: ended.append(True))
    load(player, clips)
    clock.play_and_wait_for_picture()
    clock.run_to_end()
    clock.idle(300)
    assert calls == [threading.main_thread()]  # once, on the GUI thread
    assert ended == [True]
    assert player.state() is PlayerState.ENDED
    assert player.position() == player.duration()
    assert abs(player.duration() - CLIP_MS) <= 100

    clock.play_and_wait_for_picture()  # a new play-through from the start
    assert player.position() < CLIP_MS // 2
    clock.run_to_end()
    clock.idle(200)
    assert len(calls) == 2


def test_player_pause_holds_the_position(player: BasePlayer, clips: Clips, clock: Clock) -> None:
    load(player, clips)
    clock.play_and_wait_for_picture()
    clock.pass_until(300)
    player.pause()
    clock.wait_state(PlayerState.PAUSED)
    held = player.position()
    clock.idle(400)
    assert player.state() is PlayerState.PAUSED
    assert abs(player.position() - held) <= 50
    player.play()
    clock.wait_state(PlayerState.PLAYING)
    clock.pass_until(held + 200)


def test_player_seeks_while_stopped_and_while_playing(
    player: BasePlayer, clips: Clips, clock: Clock
) -> None:
    load(player, clips)
    player.set_subtitle_language("en")
    player.seek(1200)
    assert player.position() == 1200
    assert player.state() is PlayerState.STOPPED
    clock.play_and_wait_for_picture()
    assert player.position() >= 1150
    clock.qtbot.waitUntil(lambda: player.signals and player._cue_text == "Goodbye")
    player.seek(200)
    assert player.position() < 1000
    clock.qtbot.waitUntil(lambda: player._cue_text == "Hello")
    clock.pass_until(400)


def test_player_switches_subtitles_during_playback(
    player: BasePlayer, clips: Clips, clock: Clock, qtbot: QtBot
) -> None:
    cues: list[str] = []
    player.signals.subtitle_text_changed.connect(cues.append)
    load(player, clips)
    player.set_subtitle_language("en")
    clock.play_and_wait_for_picture()
    qtbot.waitUntil(lambda: player.subtitle_language() == "en")
    assert cues[-1] == "Hello"
    player.set_subtitle_language("da")
    qtbot.waitUntil(lambda: player.subtitle_language() == "da")
    assert cues[-1] in ("Hej", "Farvel")
    player.set_subtitle_language(None)
    qtbot.waitUntil(lambda: player.subtitle_language() is None)
    assert cues[-1] == ""
    player.set_subtitle_language("en")  # back to a language already shown once
    qtbot.waitUntil(lambda: player.subtitle_language() == "en")


def test_player_switches_the_audio_language(
    player: BasePlayer, clips: Clips, clock: Clock, qtbot: QtBot
) -> None:
    load(player, clips)
    clock.play_and_wait_for_picture()
    qtbot.waitUntil(lambda: player.audio_languages() == ["en", "da"])
    assert player.audio_language() == "en"
    assert player.set_audio_language("da")
    qtbot.waitUntil(lambda: player.audio_language() == "da")
    assert not player.set_audio_language("ar")
    assert player.audio_language() == "da"


def test_player_reads_audio_languages_from_the_file(
    backend: str, player: BasePlayer, clips: Clips, clock: Clock, qtbot: QtBot
) -> None:
    if backend == "fake":
        pytest.skip("the fake has no file to read")
    player.load(clips.clip)  # no languages given: the file's eng/dan tags name them
    clock.play_and_wait_for_picture()
    qtbot.waitUntil(lambda: player.audio_languages() == ["en", "da"])


def test_player_stop_goes_back_to_the_start_without_an_end(
    player: BasePlayer, clips: Clips, clock: Clock
) -> None:
    ended: list[bool] = []
    player.set_end_callback(lambda: ended.append(True))
    load(player, clips)
    clock.play_and_wait_for_picture()
    clock.pass_until(200)
    player.stop()
    assert player.state() is PlayerState.STOPPED
    assert player.position() == 0
    clock.idle(CLIP_MS // 2)
    assert ended == []
    clock.play_and_wait_for_picture()


def test_player_keeps_volume_and_mute(player: BasePlayer, clips: Clips, clock: Clock) -> None:
    load(player, clips)
    player.set_volume(40)
    player.set_muted(True)
    clock.play_and_wait_for_picture()
    assert (player.volume(), player.is_muted()) == (40, True)
    player.set_muted(False)
    player.set_volume(150)
    assert (player.volume(), player.is_muted()) == (100, False)


def test_player_reports_a_missing_file(player: BasePlayer, clips: Clips, qtbot: QtBot) -> None:
    with qtbot.waitSignal(player.signals.error) as blocker:
        player.load(clips.folder / "no-such-film.mp4")
    assert "“no-such-film.mp4” was not found" in blocker.args[0]
    assert player.state() is PlayerState.ERROR
    player.play()  # harmless
    assert player.state() is PlayerState.ERROR


def test_player_reports_a_file_that_is_not_video(
    player: BasePlayer, clips: Clips, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(player.signals.error) as blocker:
        player.load(clips.not_video)
    assert "is not a video file" in blocker.args[0]


def test_player_reports_a_corrupt_file(
    backend: str, player: BasePlayer, clips: Clips, qtbot: QtBot
) -> None:
    if backend == "fake":
        pytest.skip("the fake decodes nothing")
    ended: list[bool] = []
    player.set_end_callback(lambda: ended.append(True))
    with qtbot.waitSignal(player.signals.error, timeout=10_000) as blocker:
        player.load(clips.corrupt)
        player.play()
    assert "could not be played" in blocker.args[0]
    assert player.state() is PlayerState.ERROR
    assert ended == []


def test_player_plays_without_a_missing_subtitle_file(
    player: BasePlayer, clips: Clips, clock: Clock, qtbot: QtBot
) -> None:
    missing = clips.folder / "clip.ru.srt"
    with qtbot.waitSignal(player.signals.notice) as blocker:
        player.load(clips.clip, {"en": clips.subtitles["en"], "ru": missing}, AUDIO)
    assert "Russian subtitles (“clip.ru.srt”) are missing" in blocker.args[0]
    assert player.subtitle_languages() == ["en"]
    clock.play_and_wait_for_picture()


def test_player_release_leaks_no_files_or_threads(backend: str, clips: Clips, qtbot: QtBot) -> None:
    def cycle(index: int) -> None:
        player = make_player(backend)
        clock = Clock(qtbot, player)
        load(player, clips)
        player.set_subtitle_language("da")
        clock.play_and_wait_for_picture()
        if index % 10 == 0:  # now and then all the way to the end
            player.seek(CLIP_MS - 300)
            clock.run_to_end()
        player.stop()
        player.release()

    cycle(0)  # warm up: shared libvlc instance, Qt's FFmpeg and audio threads
    qtbot.wait(200)
    fds, threads, py_threads = open_fds(), os_threads(), threading.active_count()
    for index in range(1, 51):
        cycle(index)
    qtbot.waitUntil(lambda: os_threads() <= threads + 3, timeout=5000)
    assert open_fds() <= fds + 5
    assert threading.active_count() <= py_threads + 1
