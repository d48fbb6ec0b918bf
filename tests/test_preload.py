"""The start-up head start: Qt's libraries loaded on a thread, never PySide6 itself, and
nothing said when there is nothing to load."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from facilitator import preload

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def test_the_qt_libraries_are_loaded_without_importing_pyside6() -> None:
    probe = textwrap.dedent("""
        import sys
        from facilitator import preload
        thread = preload.start()
        thread.join(30)
        maps = open("/proc/self/maps").read()
        print("loaded:", all(name in maps for name in preload.LIBRARIES))
        print("pyside imported:", any(m.startswith(("PySide6", "shiboken6")) for m in sys.modules))
    """)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert "loaded: True" in out
    assert "pyside imported: False" in out


def test_a_library_that_is_not_there_ends_the_head_start_quietly(
        monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(preload, "LIBRARIES", ("libQt6NoSuchThing.so.6",))
    thread = preload.start()
    assert thread is not None
    thread.join(30)
    assert not thread.is_alive()
    assert capfd.readouterr().err == ""
