"""What goes into the bundle and what stays out: shared by the spec and the tests.

Everything in resources/ ships (programmes, demo films, translations, fonts, icons, name
lists, locale catalogues, and whatever the application adds there later) except the
development-only sources of generated files listed in RESOURCE_EXCLUDES.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

# Relative POSIX globs under resources/ (fnmatch: "*" also matches "/").
RESOURCE_EXCLUDES = (
    "films/src/*",              # the recipes scripts/make-demo-films.py makes the films from
    "translations/strings/*",   # per-area string tables merged into the .ts files
    "translations/*.ts",        # translation sources; the compiled .qm files ship
    "locale/*.po",              # gettext sources and templates; the compiled .mo files ship
    "locale/*.pot",
    "*__pycache__*", "*.pyc", "*.gitkeep", "*~", "*.orig", "*.rej", "*.swp", "*.DS_Store",
)

# Qt for Python modules left out of the bundle. A test fails when the application starts
# importing one of them (it would work from source and fail only in the bundle).
UNUSED_QT_MODULES = (
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
    "QtWebSockets", "QtWebView", "QtQml", "QtQuick", "QtQuickWidgets",
    "QtQuickControls2", "QtQuick3D", "Qt3DCore", "Qt3DRender", "Qt3DInput",
    "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras", "QtDesigner", "QtUiTools", "QtHelp",
    "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors",
    "QtSerialPort", "QtSerialBus", "QtRemoteObjects", "QtScxml", "QtStateMachine",
    "QtTextToSpeech", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets",
    "QtHttpServer", "QtNetworkAuth", "QtSpatialAudio", "QtPdf", "QtPdfWidgets",
    "QtSql", "QtTest", "QtAxContainer", "QtConcurrent", "QtXml",
)


def is_development_only(relative: str) -> bool:
    return any(fnmatch.fnmatch(relative, pattern) for pattern in RESOURCE_EXCLUDES)


def resource_files(resources: Path) -> list[Path]:
    """The files under `resources` that ship, as paths relative to it."""
    files = []
    for path in sorted(resources.rglob("*")):
        if path.is_file():
            relative = path.relative_to(resources)
            if not is_development_only(relative.as_posix()):
                files.append(relative)
    return files
