"""A meeting survives a killed process: the next start offers to resume it, at the same
step, with the same attendance and notes."""

from __future__ import annotations

import signal
from pathlib import Path

from tests.integration.conftest import LiveProcess


def test_a_killed_meeting_is_resumed_at_the_same_step_with_everything_recorded(
        tmp_path: Path, live_env: dict[str, str], live_processes: list[LiveProcess]) -> None:
    db = str(tmp_path / "records.db")
    first = LiveProcess(["--db", db, "--prepare-demo", "--session", "2"], live_env)
    live_processes.append(first)
    first.expect("live-ready")
    first.send("key A", "key Return", "key Tab", "key Return", "key Tab", "key Return",
               "key Return")                                   # P01, P02 present, P03 late
    first.send("key Right", "key Right")                       # to the third step
    first.send("key ctrl+N", "type The group was quiet today", "key Return")
    first.settle()
    before = first.state()
    assert before["step"] == "s2-review"
    assert before["notes"] == ["The group was quiet today"]
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(10)

    second = LiveProcess(["--db", db, "--session", "2"], live_env)
    live_processes.append(second)
    second.expect("resume-offered")
    second.send("key Return")  # the offer's default button: resume
    second.expect("live-ready")
    after = second.state()
    assert after["step"] == "s2-review"
    assert after["attendance"] == before["attendance"]
    assert {code: value for code, value in after["attendance"].items()  # type: ignore[union-attr]
            if value != "not-marked"} == {"P01": "present", "P02": "present", "P03": "late"}
    assert after["notes"] == ["The group was quiet today"]
