"""Rehearsal for trainers: the live session's screens with nothing recorded about people,
step timings kept apart from courses, a report against the manual and a history."""
