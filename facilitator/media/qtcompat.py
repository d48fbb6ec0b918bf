"""A work-around for PySide6 6.12.0: `SignalInstance.emit()` returns `True` without
taking a reference, so every emit from Python drops one reference to `True`. On Python
3.11 (where `True` is not immortal) a few hundred emits later `True` is freed and the
interpreter aborts ("Fatal Python error: bool_dealloc"). Measured here with a bare
QObject; a film's position updates alone reach that in a minute.

`emit(signal, *args)` emits and gives the stolen reference back, only when the running
PySide6 shows the bug (checked once at import), so it is harmless after a fix.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, cast

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def _incref(obj: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def _emit_steals_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    result = cast(Any, probe.ping).emit()
    del result
    stolen = before - sys.getrefcount(True)
    for _ in range(max(0, stolen)):
        _incref(True)
    return stolen > 0


EMIT_STEALS_REFERENCE = _emit_steals_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    """`signal.emit(*args)`, safe on every PySide6 version (and from any thread)."""
    result = cast(Any, signal).emit(*args)
    if EMIT_STEALS_REFERENCE:
        _incref(result)
