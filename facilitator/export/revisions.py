"""Export revisions: 1 for a meeting's (or course's) first export, one more each time it is
exported again with changed content, unchanged when nothing changed (same digest).

The store keeps no export history, so the revisions live in a small JSON file beside the
store file (or in the data folder for a database server). It holds only ids, digests and
numbers: nothing about people. Writes are atomic (a temporary file moved into place).
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from facilitator.export.summary import CourseSummary, MeetingSummary

S = TypeVar("S", bound=MeetingSummary | CourseSummary)

_LOCK = threading.Lock()


def ledger_key(summary: MeetingSummary | CourseSummary) -> str:
    if isinstance(summary, MeetingSummary):
        return f"meeting:{summary.meeting_id}"
    return f"course:{summary.course_id}"


class RevisionLedger:
    """Which revision each exported meeting and course reached, and with which digest."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            # A damaged ledger must not stop an export; numbering restarts above nothing.
            return {}
        return data if isinstance(data, dict) else {}

    def current(self, key: str) -> tuple[int, str] | None:
        entry = self._read().get(key)
        if not isinstance(entry, dict):
            return None
        return int(entry.get("revision", 0)), str(entry.get("digest", ""))

    def assign(self, summary: S) -> S:
        """The summary with its export revision set, and that revision remembered."""
        key = ledger_key(summary)
        with _LOCK:
            data = self._read()
            entry = data.get(key) if isinstance(data.get(key), dict) else None
            if entry and entry.get("digest") == summary.digest:
                revision = int(entry.get("revision", 1))
            else:
                revision = int(entry.get("revision", 0)) + 1 if entry else 1
                data[key] = {"revision": revision, "digest": summary.digest}
                self._write(data)
        return replace(summary, export_revision=revision)

    def _write(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".revisions-", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, indent=1, sort_keys=True)
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def ledger_beside(store_file: Path | None) -> RevisionLedger:
    """The ledger of a store: beside its file, or in the data folder."""
    if store_file is not None:
        return RevisionLedger(store_file.with_name(store_file.name + ".exports.json"))
    from facilitator import paths

    return RevisionLedger(paths.data_dir() / "export-revisions.json")

