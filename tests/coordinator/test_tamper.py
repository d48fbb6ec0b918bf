"""Tampered and hostile bundles are refused with a clear reason and change nothing."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import stat
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.records.coordinator.importer import Outcome
from facilitator.records.coordinator.imports import import_bundle
from facilitator.records.coordinator.store import CoordinatorStore
from tests.coordinator import bundles
from tests.coordinator.conftest import snapshot

KNOWN = bundles.catalogue(bundles.STRESS)
Members = dict[str, bytes]


def _members(path: Path) -> Members:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(path: Path, members: Members, *, links: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            mode = (stat.S_IFLNK | 0o777) if name in links else (stat.S_IFREG | 0o644)
            info.external_attr = mode << 16
            archive.writestr(info, data)
    return path


def _reseal(members: Members) -> Members:
    """Recompute the manifest's checksums, as a forger who knows the format would."""
    manifest = json.loads(members["manifest.json"])
    manifest["files"] = [
        {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "bytes": len(d)}
        for n, d in members.items() if n != "manifest.json"
    ]
    return {**members, "manifest.json": json.dumps(manifest).encode()}


def _edit_summary(members: Members, change: Callable[[dict[str, object]], None]) -> Members:
    summary = json.loads(members["summary.json"])
    change(summary)
    return _reseal({**members, "summary.json": json.dumps(summary).encode()})


def _flip_byte(m: Members) -> Members:
    data = bytearray(m["summary.json"])
    at = data.index(b'"present": ') + len(b'"present": ')
    data[at] = ord("9") if data[at] != ord("9") else ord("8")
    return {**m, "summary.json": bytes(data)}


def _without_pdf(m: Members) -> Members:
    return {k: v for k, v in m.items() if not k.endswith(".pdf")}


def _schema_99(m: Members) -> Members:
    return _edit_summary(m, lambda s: s.update(schema_version=99))


def _bomb(m: Members) -> Members:
    return _reseal({**m, "summary.pdf": bytes(20 * 1024 * 1024)})


def _escape(m: Members) -> Members:
    return _reseal({**m, "../../outside.json": b"{}"})


def _unexpected(m: Members) -> Members:
    return _reseal({**m, "run.sh": b"#!/bin/sh\nrm -rf ~\n"})


def _latin1(m: Members) -> Members:
    text = m["summary.json"].decode("utf-8")
    return _reseal({**m, "summary.json": text.encode("latin-1")})


def _negative_count(m: Members) -> Members:
    return _edit_summary(m, lambda s: s["attendance"].update(present=-3))  # type: ignore[union-attr]


def _manifest_disagrees(m: Members) -> Members:
    manifest = json.loads(m["manifest.json"])
    manifest["is_demo"] = True
    return {**m, "manifest.json": json.dumps(manifest).encode()}


CASES: dict[str, tuple[Callable[[Members], Members], str]] = {
    "changed byte": (_flip_byte, "checksum differs"),
    "removed file": (_without_pdf, "listed in its manifest is missing"),
    "wrong schema version": (_schema_99, "schema version 99"),
    "zip bomb": (_bomb, "zip bomb"),
    "path escaping": (_escape, "outside its folder"),
    "unexpected file": (_unexpected, "never has"),
    "non-UTF-8 JSON": (_latin1, "not UTF-8"),
    "negative count": (_negative_count, "attendance.present is not a count"),
    "manifest disagrees": (_manifest_disagrees, "disagree about is_demo"),
}


@pytest.fixture
def stocked(coordinator: CoordinatorStore, tmp_path: Path) -> tuple[CoordinatorStore, Path]:
    """A store holding one meeting, and a genuine bundle of another meeting to tamper with."""
    course = uuid.uuid4()
    kept = import_bundle(coordinator, bundles.write(bundles.meeting(course, 1), tmp_path / "ok"), catalogue=KNOWN)
    assert kept.outcome is Outcome.IMPORTED
    genuine = bundles.write(bundles.meeting(course, 2, note="Sleep and worry: Søvn og bekymring."), tmp_path / "genuine")
    return coordinator, genuine


@pytest.mark.parametrize("case", list(CASES))
def test_tampered_bundle_is_rejected_and_leaves_the_store_as_it_was(
    stocked: tuple[CoordinatorStore, Path], tmp_path: Path, case: str
) -> None:
    store, genuine = stocked
    tamper, reason = CASES[case]
    bad = _zip(tmp_path / "bad.zip", tamper(_members(genuine)))
    before = snapshot(store)
    result = import_bundle(store, bad, catalogue=KNOWN)
    assert result.outcome is Outcome.REJECTED
    assert reason in result.reason
    assert snapshot(store) == before
    # The genuine bundle still goes in afterwards.
    assert import_bundle(store, genuine, catalogue=KNOWN).outcome is Outcome.IMPORTED


def test_symlink_in_a_bundle_is_rejected(stocked: tuple[CoordinatorStore, Path], tmp_path: Path) -> None:
    store, genuine = stocked
    members = _reseal({**_members(genuine), "summary.pdf": b"/etc/passwd"})
    bad = _zip(tmp_path / "link.zip", members, links=("summary.pdf",))
    before = snapshot(store)
    result = import_bundle(store, bad, catalogue=KNOWN)
    assert result.outcome is Outcome.REJECTED and "link" in result.reason
    assert snapshot(store) == before


def test_not_a_zip_is_rejected(stocked: tuple[CoordinatorStore, Path], tmp_path: Path) -> None:
    store, _genuine = stocked
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"%PDF-1.4 not a bundle")
    assert "not a zip file" in import_bundle(store, junk, catalogue=KNOWN).reason


def test_unknown_programme_needs_its_plan(stocked: tuple[CoordinatorStore, Path], tmp_path: Path) -> None:
    store, _genuine = stocked
    course = uuid.uuid4()
    summary = bundles.meeting(course, 1, programme_id="sleep-well", version="2.0.0")
    without = bundles.write(summary, tmp_path / "without")
    before = snapshot(store)
    refused = import_bundle(store, without, catalogue=KNOWN)
    assert refused.outcome is Outcome.REJECTED
    assert "sleep-well version 2.0.0 is not installed here" in refused.reason
    assert snapshot(store) == before
    plan = dataclasses.replace(bundles.programme(bundles.STRESS), id="sleep-well", version="2.0.0")
    carried = bundles.write(summary, tmp_path / "with", plan=plan)
    assert import_bundle(store, carried, catalogue=KNOWN).outcome is Outcome.IMPORTED
    assert store.knows_programme("sleep-well", "2.0.0")
    # Once the plan is known, a later bundle without it is accepted.
    later = bundles.write(bundles.meeting(course, 2, programme_id="sleep-well", version="2.0.0"), tmp_path / "later")
    assert import_bundle(store, later, catalogue=KNOWN).outcome is Outcome.IMPORTED
