"""The data bundle: a valid summary.json (docs/bundle-schema.json), the PDF, the plan and a
manifest whose checksums hold; exact counts, never a code or a private note."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.export.build import summarise_course, summarise_meeting
from facilitator.export.bundle import write_bundle
from facilitator.export.schema import load_schema, problems
from facilitator.export.summary_json import digest, to_json
from tests.conftest import REPO
from tests.export.pdfread import CODE, pdf_text
from tests.export.samples import PRIVATE_NOTE, SampleCourse, bundled, sample_course

SCHEMA = load_schema(REPO / "docs" / "bundle-schema.json")


@pytest.fixture(scope="module")
def course() -> SampleCourse:
    return sample_course(bundled("managing-stress-together"), participants=13, is_demo=True)


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def bundle_bytes(summary: object, programme: object = None) -> bytes:
    out = io.BytesIO()
    write_bundle(summary, out, programme)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("kind", ["meeting", "course"])
def test_bundle_holds_a_valid_summary_the_pdf_and_a_manifest_that_checks_out(
    course: SampleCourse, kind: str, tmp_path: Path
) -> None:
    if kind == "meeting":
        summary = summarise_meeting(course.records.meetings[2], course.programme, "da")
    else:
        summary = summarise_course(course.records, lambda _v: course.programme, "ar")
    summary = replace(summary, export_revision=1)
    files = unzip(bundle_bytes(summary, course.programme))
    pdf = "summary.pdf" if kind == "meeting" else "course-report.pdf"
    assert set(files) == {"summary.json", pdf, "programme.json", "manifest.json"}

    data = json.loads(files["summary.json"])
    assert problems(data, SCHEMA) == []
    assert data["kind"] == kind and data["is_demo"] is True
    assert data["digest"] == summary.digest == digest(summary)

    manifest = json.loads(files["manifest.json"])
    listed = {entry["name"]: entry for entry in manifest["files"]}
    assert set(listed) == set(files) - {"manifest.json"}
    for name, entry in listed.items():
        assert entry["sha256"] == hashlib.sha256(files[name]).hexdigest()
        assert entry["bytes"] == len(files[name])
    for key in ("is_demo", "export_revision", "digest", "schema_version"):
        assert manifest[key] == data[key]

    (tmp_path / pdf).write_bytes(files[pdf])
    text = pdf_text(tmp_path / pdf)
    for name, content in files.items():
        readable = text if name == pdf else content.decode("utf-8")
        assert not CODE.search(readable), f"a participant code in {name}"
        assert PRIVATE_NOTE.split(":")[0] not in readable, f"a private note in {name}"
        assert "QX-DELETED" not in readable


def test_course_bundle_carries_exact_counts_that_add_up(course: SampleCourse) -> None:
    summary = summarise_course(course.records, lambda _v: course.programme, "en")
    data = to_json(summary)
    table = data["breakdowns"]["gender_by_age"]
    assert sum(sum(row) for row in table["counts"]) == summary.reached
    assert sum(data["breakdowns"]["languages"]["counts"]) == summary.reached
    assert sum(data["concerns"].values()) == summary.concern_total
    for line, meeting in zip(data["meetings"], course.records.meetings, strict=True):
        attended = sum(1 for mark in meeting.attendance.values() if mark.attended)
        assert line["attendance"]["attended"] == attended


def test_the_digest_ignores_language_and_revision_but_not_content(course: SampleCourse) -> None:
    records = course.records.meetings[0]
    assert records.concerns
    english = summarise_meeting(records, course.programme, "en")
    arabic = replace(summarise_meeting(records, course.programme, "ar"), export_revision=7)
    assert english.digest == arabic.digest == digest(arabic)
    fewer = replace(records, concerns=())
    assert summarise_meeting(fewer, course.programme, "en").digest != english.digest


def test_same_summary_same_bundle_bytes(course: SampleCourse) -> None:
    summary = summarise_meeting(course.records.meetings[0], course.programme, "ru")
    assert bundle_bytes(summary) == bundle_bytes(summary)


def test_schema_check_reports_what_is_wrong(course: SampleCourse) -> None:
    data = to_json(summarise_meeting(course.records.meetings[0], course.programme, "en"))
    data["attendance"]["present"] = -1
    data["participant_codes"] = ["P01"]
    del data["digest"]
    found = problems(data, SCHEMA)
    assert found  # the oneOf fails; the meeting branch names the fields
    meeting_branch = problems(data, {"$ref": "#/$defs/meeting", "$defs": SCHEMA["$defs"]})
    assert any("present" in p for p in meeting_branch)
    assert any("participant_codes is not allowed" in p for p in meeting_branch)
    assert any("digest is missing" in p for p in meeting_branch)
