"""Play a bright orange clip with VLC's X11 output inside the film widget, then look at the
screen (QScreen.grabWindow(0) sees what VLC drew; QWidget.grab() would not).

Run under Xvfb by tests/media/test_embedding.py. Prints `BACKEND`, `FRAME`, then
`ORANGE <share>` (share of the widget's picture area that is orange), blanks the
projector and prints `BLANKED <share>`, and exits 0.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def orange_share(image: object) -> float:
    from PySide6.QtGui import QColor, QImage

    assert isinstance(image, QImage)
    hits = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            colour = QColor(image.pixel(x, y))
            total += 1
            if colour.red() > 200 and 80 < colour.green() < 180 and colour.blue() < 80:
                hits += 1
    return hits / max(1, total)


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from facilitator.media.factory import create_player
    from facilitator.ui.film_widget import FilmWidget

    app = QApplication([])
    print("PLATFORM", QGuiApplication.platformName(), flush=True)
    choice = create_player("vlc")
    print("BACKEND", choice.player.name, choice.fallback_reason or "", flush=True)
    widget = FilmWidget(choice.player)
    widget.resize(800, 600)
    widget.move(0, 0)
    widget.show()
    best = [0.0]
    blanked: list[float] = []

    def share_now() -> float:
        surface = widget.surface
        origin = surface.mapToGlobal(surface.rect().topLeft())
        shot = QGuiApplication.primaryScreen().grabWindow(
            0, origin.x(), origin.y(), surface.width(), surface.height()
        )
        return orange_share(shot.toImage())

    def look_blanked() -> None:
        blanked.append(share_now())
        app.quit()

    def look() -> None:
        best[0] = max(best[0], share_now())
        if best[0] > 0.3 and sampler.isActive():
            sampler.stop()
            widget.controls.blank()
            QTimer.singleShot(300, look_blanked)

    sampler = QTimer()
    sampler.setInterval(100)
    sampler.timeout.connect(look)
    choice.player.signals.first_frame.connect(lambda: print("FRAME", flush=True))
    choice.player.signals.first_frame.connect(sampler.start)
    choice.player.signals.error.connect(lambda text: print("MESSAGE", text, flush=True))
    QTimer.singleShot(15_000, app.quit)

    def start() -> None:
        widget.controls.load(Path(sys.argv[1]))
        widget.controls.play()

    QTimer.singleShot(300, start)  # once the window is mapped
    app.exec()
    print("ORANGE", f"{best[0]:.2f}", flush=True)
    if blanked:
        print("BLANKED", f"{blanked[0]:.2f}", flush=True)
    choice.player.release()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.exit(main())
