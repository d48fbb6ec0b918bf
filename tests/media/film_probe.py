"""Open a film the way the application does and print what the facilitator would see.

Run by tests/media/test_failures.py in a fresh process (so that a broken libvlc, a bad
PYTHON_VLC_LIB_PATH or an empty plugin folder meets an unprepared `import vlc`):

    python tests/media/film_probe.py [--player auto|vlc|qt] VIDEO [LANG=SUBTITLE.srt ...]

Prints `BACKEND <name>`, one `MESSAGE <text>` per message shown in the film controls,
`FRAME` when a picture was decoded, `ENDED` at the end, then exits 0.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--player", default="auto")
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("video", type=Path)
    parser.add_argument("subtitles", nargs="*")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.media.factory import create_player
    from facilitator.ui.film_widget import FilmWidget

    app = QApplication([])
    choice = create_player(args.player, headless=True)
    player = choice.player
    print("BACKEND", player.name, flush=True)
    widget = FilmWidget(player)
    messages: list[str] = []

    def shown(text: str) -> None:
        if text:
            messages.append(text)
            print("MESSAGE", text, flush=True)

    if choice.fallback_reason:
        widget.controls.show_message(choice.fallback_reason)
        shown(choice.fallback_reason)
    player.signals.error.connect(shown)
    player.signals.notice.connect(shown)
    player.signals.error.connect(lambda _text: QTimer.singleShot(200, app.quit))
    player.signals.first_frame.connect(lambda: print("FRAME", flush=True))
    player.signals.ended.connect(lambda: print("ENDED", flush=True))
    player.signals.ended.connect(app.quit)
    QTimer.singleShot(int(args.timeout * 1000), app.quit)

    subtitles = dict(item.split("=", 1) for item in args.subtitles)
    widget.controls.load(
        args.video, subtitles={k: Path(v) for k, v in subtitles.items()}, group_language="en"
    )
    widget.controls.play()
    app.exec()
    if widget.controls.message() and widget.controls.message() not in messages:
        print("MESSAGE", widget.controls.message(), flush=True)
    print("STATE", player.state().value, flush=True)
    player.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
