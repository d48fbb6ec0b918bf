"""The live session as a separate process, driven from a test through stdin.

    python tests/integration/live_app.py --db FILE [standalone options] [--autopilot]

Each stdin line is a command; answers go to stdout as one line each:

    key NAME            a key press into the focused widget (Right, Return, ctrl+N, …)
    type TEXT           text typed into the focused widget
    idle?               answers "idle" once every acknowledged write is on disk
    state               answers "state {json}": step, attendance, notes, projector
    quit                closes the session (the meeting stays unfinished)

`--autopilot` runs a whole meeting by itself (ticks, every step, the film, a note, a
concern, a skip, wrap-up) and quits: the offline test watches it under strace.
`--player vlc-headless` plays films with real libvlc decoding into dummy outputs.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator.media.player import Player  # noqa: E402
from facilitator.sessions.vocabulary import ConcernKind, ReferralDestination  # noqa: E402
from facilitator.ui.live import standalone  # noqa: E402
from facilitator.ui.live.session import LiveSession  # noqa: E402


def _target() -> QWidget | None:
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal.focusWidget() or modal
    target = QApplication.focusWidget() or QApplication.activeWindow()
    if target is None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        target = windows[0] if windows else None
    return target


def send_key(spec: str) -> None:
    *mods, name = spec.split("+")
    modifiers = Qt.KeyboardModifier.NoModifier
    for mod in mods:
        modifiers |= {"ctrl": Qt.KeyboardModifier.ControlModifier,
                      "shift": Qt.KeyboardModifier.ShiftModifier}[mod.lower()]
    target = _target()
    if target is not None:
        QTest.keyClick(target, getattr(Qt.Key, f"Key_{name}"), modifiers)


def type_text(text: str) -> None:
    target = _target()
    if target is not None:
        QTest.keyClicks(target, text)


def state(runner: standalone.Standalone) -> dict[str, object]:
    session = runner.session
    if session is None:
        return {"open": False}
    meeting = session.meeting
    projector = session.projector
    screen = projector.screen()
    return {
        "open": True,
        "step": meeting.current.id,
        "finished": meeting.is_finished,
        "attendance": {p.code: meeting.attendance(p.id).value for p in meeting.participants},
        "notes": [n.text for n in meeting.notes()],
        "projector": {
            "mode": session.placement.mode.value,
            "full_screen": projector.isFullScreen(),
            "visible": projector.isVisible(),
            "page": projector.page.value,
            "screen": screen.name() if screen else None,
            "x": projector.geometry().x(),
        },
        "film": session.film.state.value,
        "screens": [s.name() for s in QApplication.screens()],
    }


class Control:
    def __init__(self, runner: standalone.Standalone) -> None:
        self._runner = runner
        self._buffer = b""
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._on_stdin)
        self._waiting_idle = False

    def _on_stdin(self) -> None:
        chunk = os.read(sys.stdin.fileno(), 4096)
        if not chunk:
            self._notifier.setEnabled(False)
            return
        self._buffer += chunk
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            self._command(line.decode("utf-8").strip())

    def _command(self, line: str) -> None:
        verb, _, rest = line.partition(" ")
        if verb == "key":
            send_key(rest)
        elif verb == "type":
            type_text(rest)
        elif verb == "idle?":
            self._poll_idle()
        elif verb == "state":
            print("state", json.dumps(state(self._runner)), flush=True)
        elif verb == "quit" and self._runner.session is not None:
            self._runner.session.close()

    def _poll_idle(self) -> None:
        session = self._runner.session
        if session is None or session.meeting.writer.pending == 0:
            print("idle", flush=True)
        else:
            QTimer.singleShot(20, self._poll_idle)


def autopilot(runner: standalone.Standalone, session: LiveSession) -> None:
    """A whole meeting at speed: what a facilitator does, through the same calls."""
    meeting = session.meeting
    for participant in meeting.participants:
        meeting.cycle(participant.id)
    meeting.add_participant()
    steps = list(meeting.session.steps)

    def step(index: int) -> None:
        if index >= len(steps) - 1:
            finish()
            return
        if meeting.current.film is not None:
            session.film.play()
            QTimer.singleShot(1500, lambda: (session.toggle_blank(), session.toggle_blank(),
                                             session.film.player.stop(), advance(index)))
            return
        if index == 2:
            meeting.toggle_pause()
            meeting.toggle_pause()
            meeting.save_note("The group talked about sleep")
            meeting.log_concern(ConcernKind.HEALTH, ReferralDestination.GENERAL_PRACTITIONER)
        advance(index)

    def advance(index: int) -> None:
        following = meeting.run.next_step
        if following is not None and following.optional:
            meeting.skip(following.id)
        meeting.next()
        QTimer.singleShot(50, lambda: step(meeting.run.index))

    def finish() -> None:
        dialog = session.open_wrap_up()
        assert dialog is not None
        for field in dialog.reasons.values():
            field.setText("Not enough time")
        meeting.finished.connect(lambda: QTimer.singleShot(100, runner.app.quit))
        dialog.finish_button.click()

    step(0)


def main() -> int:
    argv = sys.argv[1:]
    autopilot_wanted = "--autopilot" in argv
    control_wanted = "--control" in argv
    argv = [a for a in argv if a not in ("--autopilot", "--control")]
    vlc_headless = "vlc-headless" in argv
    if vlc_headless:
        argv[argv.index("vlc-headless")] = "vlc"
    runner = standalone.build(standalone.parse(argv))
    if vlc_headless:
        def make_player() -> Player:
            from facilitator.media.factory import create_player

            choice = create_player("vlc", headless=True)
            print("player", choice.player.name, choice.fallback_reason or "", flush=True)
            return choice.player

        runner.make_player = make_player  # type: ignore[method-assign]
    if control_wanted:
        runner.control = Control(runner)  # type: ignore[attr-defined]
    if autopilot_wanted:
        runner.ready.append(lambda session: autopilot(runner, session))
    return standalone.run(runner)


if __name__ == "__main__":
    sys.exit(main())
