"""Film start: from play() to the first decoded frame shown, for each player backend
against its bare library on the same file, in the same run.

    python bench/film_start.py [--quick] [--runs N] [--file VIDEO]

1. bare python-vlc (libvlc's default options, dummy audio, quiet) against the VLC backend
   (headless: the same dummy audio; tuned options such as a shorter file cache);
2. a bare QMediaPlayer (with QAudioOutput and QVideoSink) against the Qt backend.

"First frame" is the same event on both sides: for VLC the first call of libvlc's video
display callback (libvlc_video_set_callbacks, a 64x36 RV32 buffer), for Qt the first
valid frame reaching the QVideoSink. Each libvlc instance is created before timing (it is
made once per process). Runs are interleaved; medians are printed with their ratio to the
bare library (budget: within 1.2x; VLC's start below the bare default). `--quick` makes a
few runs (the smoke test; timings are never asserted).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="fc-xdg-"))
TIMEOUT_S = 10.0


def default_film() -> Path:
    film = REPO / "resources" / "films" / "dropping-anchor.mp4"
    if film.is_file():
        return film
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise SystemExit("No film to time: give --file or install ffmpeg.")
    clip = Path(tempfile.mkdtemp(prefix="fc-bench-")) / "clip.mp4"
    subprocess.run(
        [
            ffmpeg,
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc2=size=854x480:rate=25:duration=10",
            "-f",
            "lavfi",
            "-i",
            "sine=duration=10",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            str(clip),
        ],
        check=True,
    )
    return clip


def wait_for(signal: object, start: Callable[[], None]) -> float:
    """Seconds from `start()` to `signal`, with a Qt event loop running meanwhile."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    seen: list[float] = []

    def done(*_args: object) -> None:
        if not seen:
            seen.append(time.perf_counter())
            loop.quit()

    signal.connect(done)  # type: ignore[attr-defined]
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(TIMEOUT_S * 1000))
    began = time.perf_counter()
    start()
    if not seen:
        loop.exec()
    timer.stop()
    if not seen:
        raise RuntimeError("no first frame")
    return seen[0] - began


class Bare:
    def __init__(self, film: Path) -> None:
        from facilitator.media import vlc_backend

        self.film = film
        self.vlc = vlc_backend.load_vlc()
        # libvlc's defaults but for silence: no sound device, no log lines.
        self.instance = self.vlc.Instance(["--aout=dummy", "--quiet"])
        self.frames = vlc_backend._FrameCallbacks

    def vlc_start(self) -> float:
        player = self.instance.media_player_new()
        media = self.instance.media_new_path(str(self.film))
        player.set_media(media)
        shown = threading.Event()
        stamp: list[float] = []

        def on_frame() -> None:
            if not stamp:
                stamp.append(time.perf_counter())
                shown.set()

        keep = self.frames(self.vlc, player, on_frame)
        began = time.perf_counter()
        player.play()
        ok = shown.wait(TIMEOUT_S)
        player.stop()
        player.release()
        media.release()
        del keep
        if not ok:
            raise RuntimeError("bare VLC showed no frame")
        return stamp[0] - began

    def qt_start(self) -> float:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoSink

        from facilitator.media.qtcompat import settle_virtual_overrides

        player, audio, sink = QMediaPlayer(), QAudioOutput(), QVideoSink()
        settle_virtual_overrides(player, audio, sink)
        player.setAudioOutput(audio)
        player.setVideoSink(sink)
        player.setSource(QUrl.fromLocalFile(str(self.film)))
        try:
            return wait_for(sink.videoFrameChanged, player.play)
        finally:
            player.stop()
            player.setSource(QUrl())
            for obj in (player, audio, sink):
                obj.deleteLater()


def backend_start(kind: str, film: Path) -> float:
    from facilitator.media.qt_backend import QtPlayer
    from facilitator.media.vlc_backend import VlcPlayer

    player = VlcPlayer(headless=True) if kind == "vlc" else QtPlayer()
    player.load(film)
    try:
        return wait_for(player.signals.first_frame, player.play)
    finally:
        player.release()


def main() -> int:
    parser = argparse.ArgumentParser(description="Film start time against the bare libraries.")
    parser.add_argument("--quick", action="store_true", help="a few runs (smoke test)")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--file", type=Path, default=None)
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    film = args.file or default_film()
    bare = Bare(film)
    from facilitator.media.vlc_backend import vlc_instance

    vlc_instance(headless=True)
    cases: dict[str, Callable[[], float]] = {
        "bare python-vlc (defaults)": bare.vlc_start,
        "VLC backend": lambda: backend_start("vlc", film),
        "bare QMediaPlayer": bare.qt_start,
        "Qt backend": lambda: backend_start("qt", film),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for case in cases.values():  # warm up: plugin caches, FFmpeg, audio threads
        case()
        QCoreApplication.sendPostedEvents()
    for _ in range(runs):
        for name, case in cases.items():
            times[name].append(case() * 1000)
            app.processEvents()
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"film: {film.name}, {runs} runs each, time from play() to the first frame shown")
    print(f"{'':30} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'ratio':>7}")
    pairs = {
        "bare python-vlc (defaults)": None,
        "VLC backend": "bare python-vlc (defaults)",
        "bare QMediaPlayer": None,
        "Qt backend": "bare QMediaPlayer",
    }
    for name, baseline in pairs.items():
        values = times[name]
        ratio = f"{median[name] / median[baseline]:.2f}" if baseline else "1.00"
        print(f"{name:30} {median[name]:10.1f} {min(values):8.1f} {max(values):8.1f} {ratio:>7}")
    vlc_ratio = median["VLC backend"] / median["bare python-vlc (defaults)"]
    qt_ratio = median["Qt backend"] / median["bare QMediaPlayer"]
    print(f"VLC backend ratio {vlc_ratio:.2f} (budget 1.20; below 1.00 = faster than defaults)")
    print(f"Qt backend ratio {qt_ratio:.2f} (budget 1.20)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
