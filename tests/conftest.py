"""Test-wide set-up: headless Qt, an isolated data folder, quiet VLC."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists (FIELD-NOTES): headless Qt, no sound server needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="fc-xdg-"))
os.environ.setdefault("FACILITATOR_HOME", tempfile.mkdtemp(prefix="fc-home-"))

REPO = Path(__file__).resolve().parent.parent

# As the application does before its first window: PySide6 6.12 on Python 3.11 drops a
# reference to None/True with every void call and emit; without spare references a long
# test run aborts in whichever test happens to release the last one.
from facilitator.media.qtcompat import protect_singletons  # noqa: E402

protect_singletons()
pytest_plugins = ["tests.plugins.postgres"]


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty user data folder for one test."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("FACILITATOR_HOME", str(home))
    yield home
