"""A live session killed at random moments never loses an acknowledged write."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from facilitator.records.engine import locate
from facilitator.records.store import open_store
from facilitator.sessions.vocabulary import Attendance
from tests.conftest import REPO
from tests.records.conftest import make_course

KILLS = 20


def _run_and_kill(url: str, meeting_id: str, seed: int, rng: random.Random, errors: Path) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "FACILITATOR_PASSPHRASE"}
    with open(errors, "w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.records.crash_writer", url, meeting_id, str(seed)],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True,
        )
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.strip() == "ready", errors.read_text()
    time.sleep(rng.uniform(0.01, 0.4))
    process.send_signal(signal.SIGKILL)
    # Read through the same buffered stream that readline() used: nothing acknowledged is lost.
    out = process.stdout.read()
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, errors.read_text()
    return out.splitlines()


@pytest.mark.slow
def test_crash_killed_session_keeps_every_acknowledged_write(
    store_url: str, data_home: object, tmp_path: Path
) -> None:
    setup = open_store(store_url)
    course = make_course(setup, codes=12)
    meeting = setup.start_meeting(course.id, 1, first_step_id="s1-welcome")
    setup.close()
    rng = random.Random(20250304)
    known = {p.id: Attendance.NOT_MARKED for p in course.people}
    acknowledged_notes: dict[str, str] = {}
    maybe_notes: set[str] = set()
    total_acks = 0
    for run in range(KILLS):
        lines = _run_and_kill(store_url, str(meeting.id), run, rng, tmp_path / "writer.err")
        pending: list[str] | None = None
        for line in lines:
            parts = line.split()
            if parts[0] == "try":
                pending = parts
            elif parts[0] == "ok" and pending is not None:
                total_acks += 1
                if pending[1] == "tick":
                    known[uuid.UUID(pending[2])] = Attendance(pending[3])
                elif pending[1] == "note":
                    acknowledged_notes[parts[1]] = " ".join(pending[2:])
                pending = None
        if store_url.startswith("sqlite"):
            with sqlite3.connect(locate(store_url).path) as connection:
                assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        store = open_store(store_url)
        try:
            marks = store.attendance(meeting.id)
            notes = {str(n.id): n.text for n in store.notes(meeting.id)}
        finally:
            store.close()
        for person, value in known.items():
            if marks[person] is not value:
                # Only the one write in flight when killed may have landed unacknowledged.
                assert pending is not None and pending[1] == "tick" and str(person) == pending[2]
                assert marks[person].value == pending[3]
                known[person] = marks[person]
        for note_id, text in acknowledged_notes.items():
            assert notes.get(note_id) == text, f"acknowledged note {note_id} lost after kill {run}"
        if pending is not None and pending[1] == "note":
            maybe_notes.add(" ".join(pending[2:]))
        unexpected = set(notes.values()) - set(acknowledged_notes.values()) - maybe_notes
        assert not unexpected, f"notes never acknowledged nor in flight: {unexpected}"
    assert total_acks > KILLS  # the kills landed while writes were flowing
