"""A live session's writes, for the crash test: run as a subprocess and killed with SIGKILL.

Prints `try …` before each write and `ok …` only after the store returned (committed), so
the test knows exactly which writes were acknowledged.
"""

from __future__ import annotations

import random
import sys
import uuid

from facilitator.records.store import open_store
from facilitator.sessions.vocabulary import Attendance


def main(url: str, meeting_id: str, seed: int) -> None:
    rng = random.Random(seed)
    store = open_store(url)
    meeting = uuid.UUID(meeting_id)
    people = list(store.attendance(meeting))
    values = [a for a in Attendance if a is not Attendance.NOT_MARKED]
    print("ready", flush=True)
    for n in range(1_000_000):
        roll = rng.random()
        if roll < 0.7:
            person, value = rng.choice(people), rng.choice(values)
            print(f"try tick {person} {value.value}", flush=True)
            store.mark_attendance(meeting, person, value)
            print("ok", flush=True)
        elif roll < 0.9:
            text = f"note {seed}-{n}"
            print(f"try note {text}", flush=True)
            note = store.save_note(meeting, text)
            print(f"ok {note.id}", flush=True)
        else:
            step = f"s1-step-{rng.randint(1, 9)}"
            print(f"try step {step}", flush=True)
            store.enter_step(meeting, step)
            print("ok", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
