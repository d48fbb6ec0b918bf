"""PyInstaller runtime hook (Windows, macOS): point python-vlc at the VLC in the bundle.

The spec copies libvlc, libvlccore and VLC's plugins/ into `<bundle>/vlc/` when it is given
--vlc. python-vlc reads PYTHON_VLC_LIB_PATH and PYTHON_VLC_MODULE_PATH when `vlc` is
imported, and libvlc reads VLC_PLUGIN_PATH, so setting them here (before any application
code runs) makes the bundle independent of an installed VLC. Variables already set by the
user win. When the folder is missing nothing is set, and the application falls back to
Qt Multimedia as it does without VLC.
"""

import ctypes
import os
import sys


def _point_python_vlc_at_bundle() -> None:
    base = os.path.join(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)), "vlc")
    plugins = os.path.join(base, "plugins")
    if sys.platform == "win32":
        library = os.path.join(base, "libvlc.dll")
        core = os.path.join(base, "libvlccore.dll")
    elif sys.platform == "darwin":
        library = os.path.join(base, "libvlc.dylib")
        core = os.path.join(base, "libvlccore.dylib")
    else:
        return
    if not (os.path.isfile(library) and os.path.isfile(core) and os.path.isdir(plugins)):
        return
    if sys.platform == "win32":
        os.add_dll_directory(base)  # libvlc.dll finds libvlccore.dll, plugins find both
    else:
        try:  # libvlc.dylib names libvlccore by @rpath: load it first, globally
            ctypes.CDLL(core, mode=ctypes.RTLD_GLOBAL)
        except OSError:
            return
    os.environ.setdefault("PYTHON_VLC_LIB_PATH", library)
    os.environ.setdefault("PYTHON_VLC_MODULE_PATH", plugins)
    os.environ.setdefault("VLC_PLUGIN_PATH", plugins)


_point_python_vlc_at_bundle()
