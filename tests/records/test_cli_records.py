"""The store's commands: courses, demo, backup, restore, erase-course, participant."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from facilitator.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def demo_home(data_home: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    status, out, _ = run(capsys, "demo", "--courses", "4", "--seed", "7")
    assert status == 0 and "Added 4 demo courses" in out
    return data_home


def test_cli_courses_json_lists_courses_and_meetings(store_url: str, data_home: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", store_url, "demo", "--courses", "3", "--seed", "1")[0] == 0
    status, out, _ = run(capsys, "--db", store_url, "courses", "--json")
    courses = json.loads(out)
    assert status == 0 and len(courses) == 3 and all(c["is_demo"] for c in courses)
    assert {c["programme"] for c in courses} == {"managing-stress-together", "parents-in-a-new-country"}
    assert any(c["meetings"] for c in courses)
    status, text, _ = run(capsys, "--db", store_url, "courses")
    assert courses[0]["id"] in text and "[demo]" in text


def test_cli_backup_and_restore(demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "copy.db"
    status, out, _ = run(capsys, "backup", "--out", str(out_file))
    assert status == 0 and out.strip() == str(out_file)
    course_id = json.loads(run(capsys, "courses", "--json")[1])[0]["id"]
    assert run(capsys, "erase-course", course_id, "--yes")[0] == 0
    assert len(json.loads(run(capsys, "courses", "--json")[1])) == 3
    status, out, _ = run(capsys, "restore", str(out_file))
    assert status == 0 and "backed up first" in out
    assert len(json.loads(run(capsys, "courses", "--json")[1])) == 4


def test_cli_erase_course_asks_to_type_the_id(demo_home: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    course_id = json.loads(run(capsys, "courses", "--json")[1])[0]["id"]
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))
    status, _, err = run(capsys, "erase-course", course_id)
    assert status == 1 and err.strip() == "facilitator: What you typed did not match, so nothing was erased."
    monkeypatch.setattr("sys.stdin", io.StringIO(course_id + "\n"))
    status, out, _ = run(capsys, "erase-course", course_id)
    assert status == 0 and "Erased the course" in out
    assert course_id not in run(capsys, "courses")[1]


def test_cli_participant_show_export_and_erase(demo_home: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    course = next(c for c in json.loads(run(capsys, "courses", "--json")[1]) if c["meetings"])
    status, out, _ = run(capsys, "participant", "p01", "--course", course["id"])
    assert status == 0 and json.loads(out)["code"] == "P01"
    exported = tmp_path / "p01.json"
    assert run(capsys, "participant", "P01", "--course", course["id"], "--export", str(exported))[0] == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["course"]["id"] == course["id"]
    status, out, _ = run(capsys, "participant", "P01", "--course", course["id"], "--erase", "--yes")
    assert status == 0 and out.startswith("Erased P01")
    status, _, err = run(capsys, "participant", "P01", "--course", course["id"])
    assert status == 1 and err.strip() == "facilitator: No participant has the code P01 in this course."


def test_cli_errors_are_one_sentence(data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "erase-course", "not-an-id", "--yes")
    assert status == 1 and err.count("\n") == 1 and "is not a course id" in err
    status, _, err = run(capsys, "erase-course", "3f2a0000-0000-4000-8000-000000000000", "--yes")
    assert status == 1 and "does not exist" in err
    status, _, err = run(capsys, "restore", str(data_home / "missing.db"))
    assert status == 1 and "There is no backup" in err
    status, _, err = run(capsys, "demo", "--courses", "0")
    assert status == 1 and "at least one course" in err
