"""A clock the test moves: one instant for the store (UTC) and for a session run
(monotonic seconds), so that step times and stored timestamps agree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class ControlledClock:
    def __init__(self) -> None:
        self.start = datetime(2025, 3, 4, 15, 0, tzinfo=UTC)
        self.seconds = 1000.0

    def monotonic(self) -> float:
        return self.seconds

    def utc(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds - 1000.0)

    def local(self) -> datetime:
        return self.utc().astimezone()

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        self.seconds += minutes * 60 + seconds
