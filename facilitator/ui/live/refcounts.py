"""A work-around for PySide6 6.12.0 on Python 3.11: calls that return nothing hand back
`None` without taking a reference, and `Signal.emit` does the same with `True`. Every
`label.setText(…)`, `widget.show()` or `app.processEvents()` made from Python drops one
reference to `None`; a process starts with about five thousand, and a live meeting's
clocks and step changes use them up within a quarter of an hour: then the interpreter
aborts ("Fatal Python error: none_dealloc"). Measured here with a bare QLabel.

Python 3.12 makes these objects immortal (PEP 683). On 3.11 they get a reference count
that no meeting can use up (2**40 spare references), once per process, when the bug is
present. Harmless after a fixed PySide6: a spare reference is never released.
"""

from __future__ import annotations

import ctypes
import sys

SPARE = 1 << 40
_protected = False


def calls_drop_references() -> bool:
    """Does a void PySide6 call drop a reference to None in this process?"""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def protect_singletons() -> None:
    """Give None, True and False spare references (at most once per process)."""
    global _protected
    if _protected or sys.version_info >= (3, 12):
        return
    _protected = True
    if not calls_drop_references():
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object on CPython 3.11.
        ctypes.c_ssize_t.from_address(id(singleton)).value += SPARE
