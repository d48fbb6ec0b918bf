#!/usr/bin/env python3
"""Open the film widget playing one film of a programme, to look at it (or screenshot it).

    .venv/bin/python scripts/show-film.py --film dropping-anchor --subtitles ar --seek 5

The window shows the projector surface above the facilitator's controls. `--player`
chooses the backend (auto: VLC when it works here, else Qt Multimedia).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--programme",
        type=Path,
        default=REPO / "resources" / "programmes" / "managing-stress-together",
    )
    parser.add_argument("--film", default="dropping-anchor")
    parser.add_argument("--language", default="ar", help="the group's language")
    parser.add_argument("--subtitles", default=None, help="force subtitles in this language")
    parser.add_argument("--ui-language", default="en", help="language of the film's title")
    parser.add_argument("--player", default="auto", choices=["auto", "vlc", "qt"])
    parser.add_argument("--seek", type=float, default=0.0, help="start at this many seconds")
    parser.add_argument("--size", default="1280x760")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.media.catalogue import FilmCatalogue
    from facilitator.media.factory import create_player
    from facilitator.sessions.package import load_programme
    from facilitator.ui.film_widget import FilmWidget

    app = QApplication(sys.argv[:1])
    programme = load_programme(args.programme)
    catalogue = FilmCatalogue(programme)
    choice = create_player(args.player)
    widget = FilmWidget(choice.player)
    width, height = (int(part) for part in args.size.split("x"))
    widget.resize(width, height)
    widget.setWindowTitle(f"{catalogue.title(args.film, args.ui_language)} — {choice.player.name}")
    widget.show()
    if choice.fallback_reason:
        print(choice.fallback_reason, file=sys.stderr)

    def start() -> None:
        resolved = catalogue.resolve(args.film)
        widget.controls.load_film(resolved, args.language, args.ui_language)
        controls = widget.controls
        if args.subtitles:
            controls.subtitle_combo.setCurrentIndex(
                controls.subtitle_combo.findData(args.subtitles)
            )
        if args.seek:
            choice.player.seek(int(args.seek * 1000))
        controls.play()
        if controls.message():
            print(controls.message(), file=sys.stderr)

    QTimer.singleShot(200, start)  # once the window (and VLC's native child) is mapped
    code = app.exec()
    choice.player.release()
    return code


if __name__ == "__main__":
    sys.exit(main())
