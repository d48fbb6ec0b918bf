"""Work-arounds for two PySide6 6.12.0 faults met while playing films. Both are checked,
not assumed, so a fixed PySide6 simply skips them.

1. `SignalInstance.emit()` and `.disconnect()` return `True` without taking a reference,
   and calls that return nothing do the same with `None`: every call drops a reference.
   On Python 3.11 (where these objects are not yet immortal) `True` is freed after a few
   hundred emits and the interpreter aborts ("Fatal Python error: bool_dealloc"); a
   film's position updates alone get there in a minute, and pytest-qt's `waitSignal`
   disconnects too. Importing this module gives None, True and False so many spare
   references (2**40) that no run can use them up; the application calls
   `protect_singletons()` before it makes its first window.

2. A Python-made QObject asks Python, on first use, whether it overrides
   `connectNotify`/`disconnectNotify`. Qt Multimedia's FFmpeg threads make those calls
   on the player's QAudioOutput and QMediaPlayer; if the GUI thread holds the GIL while
   waiting for such a thread (stop, audio track switch), both wait for ever (4 hangs in
   12 runs here). `settle_virtual_overrides` makes that first lookup on the GUI thread.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, cast

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _calls_drop_references() -> bool:
    probe = _Probe()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(4):
        cast(Any, probe.ping).emit()
        probe.setObjectName("probe")
    return sys.getrefcount(True) < true_before or sys.getrefcount(None) < none_before


SPARE = 1 << 40
_protected = False


def protect_singletons() -> None:
    """Give None, True and False spare references, once per process and only where the
    fault is present (Python 3.12 makes them immortal, PEP 683). A spare reference is
    never released, so this is harmless after a fixed PySide6."""
    global _protected
    if _protected or sys.version_info >= (3, 12):
        return
    _protected = True
    if not _calls_drop_references():
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a CPython release build.
        ctypes.c_ssize_t.from_address(id(singleton)).value += SPARE


protect_singletons()


def emit(signal: Any, *args: Any) -> None:
    """`signal.emit(*args)`. Kept for callers written before the spare references above;
    plain `.emit()` is as safe once this module is imported."""
    signal.emit(*args)


def _noop(*_args: Any) -> None:
    pass


def settle_virtual_overrides(*objects: QObject) -> None:
    """Look up (and let PySide cache) the Python overrides of `connectNotify` and
    `disconnectNotify` of `objects` now, on the calling (GUI) thread."""
    for obj in objects:
        obj.destroyed.connect(_noop)
        obj.destroyed.disconnect(_noop)

