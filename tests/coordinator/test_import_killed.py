"""A folder import killed with SIGKILL leaves only whole bundles; running it again finishes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from facilitator.records.coordinator.models import MeetingCount, MeetingRow
from facilitator.records.coordinator.store import open_coordinator_store
from facilitator.sessions.vocabulary import ReferralDestination
from tests.conftest import REPO
from tests.coordinator import bundles

BUNDLES = 240


def _expected(i: int) -> tuple[int, int, int]:
    """(present, film showings, referrals) of bundle i: every bundle different."""
    return 3 + i % 7, 1 + i % 3, i % 2


def _make_folder(folder: Path) -> None:
    for i in range(BUNDLES):
        present, films, referrals = _expected(i)
        summary = bundles.meeting(
            uuid.UUID(int=i + 1), 1 + i % 5, date(2025, 1, 6) + timedelta(days=i),
            attendance=(present, 0, 0, 0), films=(("dropping-anchor", films),),
            referrals={ReferralDestination.SOCIAL_SERVICES: referrals} if referrals else None,
        )
        bundles.write(summary, folder, name=f"{i:04d}.zip")


def _whole(url: str) -> int:
    """How many meetings are stored, after checking each is whole."""
    store = open_coordinator_store(url)
    try:
        with store.engine.connect() as connection:
            meetings = connection.execute(select(MeetingRow.course_id, MeetingRow.present)).all()
            counts = {
                (m, k): n for m, k, n in connection.execute(
                    select(MeetingCount.meeting_id, MeetingCount.measure, func.sum(MeetingCount.count))
                    .group_by(MeetingCount.meeting_id, MeetingCount.measure))
            }
            ids = {mid: cid for mid, cid in connection.execute(select(MeetingRow.id, MeetingRow.course_id))}
    finally:
        store.close()
    for course_id, present in meetings:
        i = course_id.int - 1
        meeting_id = next(m for m, c in ids.items() if c == course_id)
        want_present, want_films, want_referrals = _expected(i)
        assert present == want_present
        assert counts.get((meeting_id, "film")) == want_films
        assert counts.get((meeting_id, "referral"), 0) == want_referrals
        assert counts.get((meeting_id, "theme")) == 1
    orphans = {m for m, _k in counts} - set(ids)
    assert not orphans
    return len(meetings)


def _stored(url: str) -> int:
    store = open_coordinator_store(url)
    try:
        with store.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(MeetingRow)).scalar() or 0)
    finally:
        store.close()


def _run(url: str, folder: Path, home: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, FACILITATOR_HOME=str(home), PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, "-m", "facilitator", "--coordinator-db", url, "import",
                             "--quiet", str(folder)], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_import_killed_mid_folder_leaves_only_whole_bundles(store_url: str, tmp_path: Path) -> None:
    url = store_url.replace("facilitator.db", "coordinator.db")
    folder = tmp_path / "bundles"
    _make_folder(folder)
    home = tmp_path / "home"
    home.mkdir()
    open_coordinator_store(url).close()
    seen: list[int] = []
    for target in (10, BUNDLES // 2):
        process = _run(url, folder, home)
        deadline = time.monotonic() + 120
        while _stored(url) < target and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        seen.append(_whole(url))
    assert 0 < seen[0] <= seen[1] < BUNDLES, seen
    finished = _run(url, folder, home)
    out, err = finished.communicate(timeout=300)
    assert finished.returncode == 0, err.decode()
    assert f"{BUNDLES} bundle(s): {BUNDLES - seen[1]} imported, {seen[1]} already there" in out.decode()
    assert _whole(url) == BUNDLES
