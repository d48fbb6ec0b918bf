"""PyInstaller runtime hook (Linux): Qt's paths without importing Qt, and a clean
environment for programs the application starts.

Replaces PyInstaller's pyi_rth_pyside6 on Linux. That hook imports PySide6.QtCore at
start-up only to register an embedded qt.conf, which PySide6 itself registers when QtCore
is first imported; the import cost every command ~90 ms of CPU, even `--version` and the
other commands that never touch Qt. What it did besides is done here.

The bootloader starts the application with LD_LIBRARY_PATH pointing into the bundle (and
the previous value in LD_LIBRARY_PATH_ORIG). The dynamic loader has read it by now, so the
application keeps finding its libraries; putting the old value back keeps programs it
starts (xdg-open for an exported PDF, a file manager) from loading the bundle's libraries
instead of their own.
"""


def _pyi_rthook() -> None:
    import os
    import sys

    qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")

    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


_pyi_rthook()
del _pyi_rthook
