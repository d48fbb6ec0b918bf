"""PyInstaller runtime hook (bundles built with --vlc): point python-vlc at the bundled VLC.

Given --vlc, the spec puts libvlc and libvlccore at the bundle's top level (sys._MEIPASS,
beside the other libraries) and VLC's plugins in vlc/plugins. python-vlc reads
PYTHON_VLC_LIB_PATH and PYTHON_VLC_MODULE_PATH when `vlc` is imported and libvlc reads
VLC_PLUGIN_PATH, so setting them here, before any application code runs, makes the bundle
independent of an installed VLC. Values the user set win. When the files are missing
nothing is set, and the application falls back to Qt Multimedia as it does without VLC.
"""


def _pyi_rthook() -> None:
    import ctypes
    import os
    import sys

    base = sys._MEIPASS
    plugins = os.path.join(base, "vlc", "plugins")
    if sys.platform == "win32":
        library = os.path.join(base, "libvlc.dll")
        core = os.path.join(base, "libvlccore.dll")
    elif sys.platform == "darwin":
        library = os.path.join(base, "libvlc.dylib")
        core = os.path.join(base, "libvlccore.dylib")
    else:  # Linux, when the bundle was built with --vlc
        import glob

        library = os.path.join(base, "libvlc.so.5")
        core = (sorted(glob.glob(os.path.join(base, "libvlccore.so.*"))) or [""])[0]
    if not (os.path.isfile(library) and os.path.isfile(core) and os.path.isdir(plugins)):
        return
    if sys.platform == "win32":
        os.add_dll_directory(base)  # libvlc.dll finds libvlccore.dll here, plugins find both
    else:
        try:  # libvlc names libvlccore (@rpath on macOS): load this copy first, globally
            ctypes.CDLL(core, mode=ctypes.RTLD_GLOBAL)
        except OSError:
            return
    os.environ.setdefault("PYTHON_VLC_LIB_PATH", library)
    os.environ.setdefault("PYTHON_VLC_MODULE_PATH", plugins)
    os.environ.setdefault("VLC_PLUGIN_PATH", plugins)


_pyi_rthook()
del _pyi_rthook
