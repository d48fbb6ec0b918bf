"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when its threshold is reached.
When that is a worker thread (the store's, the live writer's, a film check's) and the
garbage holds a Qt object in a reference cycle, the object is destroyed on the wrong
thread and Qt aborts the process. Automatic collection is therefore switched off and the
same generational collection is done from a timer on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        # What the automatic collector would have done by now, generation by generation.
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
