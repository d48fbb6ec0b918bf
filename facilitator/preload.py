"""Qt's shared libraries and the font configuration, loaded on a second core at start-up.

Two parts of opening the window need no Python at all: mapping Qt's libraries into the
process (libQt6Core, DBus, Gui, Widgets and the system libraries they need: ICU, GL,
X11, fontconfig …) and reading the font configuration, which the first widget that
measures its text would otherwise wait for. `start()` does both on a thread of its own,
calling `dlopen` and `FcInit` as foreign functions through ctypes, which lets go of the
interpreter lock for the length of each call. The application starts it just before it
imports PySide6, whose own start-up (mostly Python) then runs on the main thread
meanwhile; when PySide6's modules ask for the Qt libraries they are in place. The
dynamic loader and fontconfig guard their own state, so whichever thread comes second
finds the work done. About 7 ms of a 150 ms start on the development machine, more where
many fonts are installed (see docs/start-up.md).

It is only a head start: anything that fails here (another platform, a PySide6 built on
the system's Qt, a library missing) is ignored, and PySide6's import does the work as it
always would. PySide6's own modules are never loaded early: they use Python's C API as
they load, which needs the interpreter lock.
"""

import ctypes
import os
import sys
import threading

LIBRARIES = ("libQt6Core.so.6", "libQt6DBus.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6")
"""Loaded one by one, each with the system libraries it needs (ICU, GL, X11, fontconfig …):
the dynamic loader serves one thread at a time, so the main thread, loading one of
PySide6's own modules meanwhile, waits for one library at most, never for all."""
FONTCONFIG = "libfontconfig.so.1"
RTLD_NOW = getattr(os, "RTLD_NOW", 2)


def start() -> threading.Thread | None:
    """Begin loading on a daemon thread; returns it, or None where there is nothing to do."""
    if not sys.platform.startswith("linux"):
        return None
    from importlib.util import find_spec

    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = f"{list(spec.submodule_search_locations)[0]}/Qt/lib"
    thread = threading.Thread(target=_load, args=(folder,), name="preload", daemon=True)
    thread.start()
    return thread


def _load(folder: str) -> None:
    # dlopen is called as a foreign function, not through ctypes.CDLL (which keeps the
    # interpreter lock while the library loads): the main thread runs Python meanwhile.
    try:
        libc = ctypes.CDLL(None)
        dlopen = libc.dlopen
        dlopen.restype = ctypes.c_void_p
        dlopen.argtypes = (ctypes.c_char_p, ctypes.c_int)
        for name in LIBRARIES:
            if not dlopen(f"{folder}/{name}".encode(), RTLD_NOW):
                return
        fontconfig = dlopen(FONTCONFIG.encode(), RTLD_NOW)
        if fontconfig:
            ctypes.CDLL(FONTCONFIG, handle=fontconfig).FcInit()
    except (OSError, AttributeError):
        return
