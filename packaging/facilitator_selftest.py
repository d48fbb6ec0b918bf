"""Self-tests run inside the frozen application (FACILITATOR_SELFTEST=<name>).

    FACILITATOR_SELFTEST=play facilitator
        Plays a bundled demo film headless through the media layer's public API
        (`create_player("auto", headless=True)`): VLC when it works here, else the Qt
        Multimedia fallback. Prints one JSON line: the backend used, why VLC was not used
        (or null), the film, the position reached and the duration. Exit 0 when the first
        frame was decoded and playback passed FACILITATOR_SELFTEST_MS (default 1500 ms).
        FACILITATOR_SELFTEST_FILM names another video file; FACILITATOR_SELFTEST_BACKEND
        asks for "vlc" or "qt" instead of "auto".

    FACILITATOR_SELFTEST=resources facilitator
        Prints one JSON line describing what the bundle found: the resources folder,
        Qt's translations folder and which qtbase_*.qm files it holds, whether the
        interface languages da, ar, ru load a Qt translation (Arabic must lay out right to
        left), and the library path that programmes started by the application inherit.

Kept out of the `facilitator` package on purpose: it is a packaging check, not a feature.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def _emit(**fields: object) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def _demo_film() -> Path:
    from facilitator import paths

    films = sorted(paths.bundled_films_dir().glob("*.mp4"))
    if not films:
        raise SystemExit(f"selftest: no demo film in {paths.bundled_films_dir()}")
    return films[0]


def _subtitles_for(film: Path) -> dict[str, Path]:
    """The first programme's subtitle files for this film, by language (may be empty)."""
    from facilitator import paths

    found: dict[str, Path] = {}
    for srt in sorted(paths.bundled_programmes_dir().glob(f"*/films/{film.stem}.*.srt")):
        language = srt.name[len(film.stem) + 1 : -len(".srt")]
        found.setdefault(language, srt)
    return found


def play() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from facilitator.media.factory import create_player

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    film = Path(os.environ.get("FACILITATOR_SELFTEST_FILM") or _demo_film())
    target_ms = int(os.environ.get("FACILITATOR_SELFTEST_MS", "1500"))
    preference = os.environ.get("FACILITATOR_SELFTEST_BACKEND", "auto")
    choice = create_player(preference, headless=True)  # type: ignore[arg-type]
    player = choice.player
    result: dict[str, object] = {
        "selftest": "play",
        "backend": player.name,
        "fallback_reason": choice.fallback_reason,
        "film": str(film),
        "first_frame": False,
        "position_ms": 0,
        "duration_ms": 0,
        "error": None,
    }

    def finish(ok: bool) -> None:
        result["ok"] = ok
        result["position_ms"] = player.position()
        result["duration_ms"] = player.duration()
        player.stop()
        player.release()
        app.exit(0 if ok else 1)

    def on_first_frame() -> None:
        result["first_frame"] = True

    def on_position(ms: int) -> None:
        if result["first_frame"] and ms >= target_ms and "ok" not in result:
            finish(True)

    def on_error(message: str) -> None:
        result["error"] = message
        if "ok" not in result:
            finish(False)

    player.signals.first_frame.connect(on_first_frame)
    player.signals.position_changed.connect(on_position)
    player.signals.error.connect(on_error)
    player.signals.ended.connect(lambda: "ok" not in result and finish(bool(result["first_frame"])))
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(lambda: "ok" not in result and finish(False))
    timeout.start(int(os.environ.get("FACILITATOR_SELFTEST_TIMEOUT_MS", "20000")))

    player.set_muted(True)
    player.load(film, _subtitles_for(film))
    player.play()
    status = app.exec()
    _emit(**result)
    return status


def resources() -> int:
    from PySide6.QtCore import QLibraryInfo, Qt
    from PySide6.QtGui import QGuiApplication

    from facilitator import paths
    from facilitator.ui.i18n import InterfaceLanguage

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    language = InterfaceLanguage(app)
    loaded: dict[str, int] = {}
    directions: dict[str, str] = {}
    for code in ("da", "ar", "ru"):
        language.apply(code)
        loaded[code] = len(language._translators)  # qtbase + the application's
        rtl = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        directions[code] = "rtl" if rtl else "ltr"
    language.apply("en")
    _emit(
        selftest="resources",
        frozen=bool(getattr(sys, "frozen", False)),
        meipass=getattr(sys, "_MEIPASS", None),
        resources_dir=str(paths.resources_dir()),
        qt_translations_dir=str(qt_translations),
        qtbase_qm=sorted(p.name for p in qt_translations.glob("qtbase_*.qm")),
        translators_loaded=loaded,
        layout_direction=directions,
        # What programmes the application starts inherit (the bundle's own path must not leak).
        ld_library_path=os.environ.get("LD_LIBRARY_PATH"),
        qt_plugin_path=os.environ.get("QT_PLUGIN_PATH"),
    )
    return 0


SELFTESTS = {"play": play, "resources": resources}


def main(name: str) -> int:
    test = SELFTESTS.get(name)
    if test is None:
        print(f"selftest: unknown self-test {name!r}; known: {', '.join(SELFTESTS)}",
              file=sys.stderr)
        return 2
    return test()
