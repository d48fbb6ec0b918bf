"""Small formatting helpers of the live screens: clock readings in the interface locale."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QTime


def minutes_seconds(seconds: float) -> str:
    """A stopwatch reading, 7:05 or 1:02:05, in the locale's digits."""
    locale = QLocale()
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    zero = locale.zeroDigit()

    def two(value: int) -> str:
        return locale.toString(value).rjust(2, zero)

    if hours:
        return f"{locale.toString(hours)}:{two(minutes)}:{two(secs)}"
    return f"{locale.toString(minutes)}:{two(secs)}"


def clock_time(value: datetime) -> str:
    """A time of day in the locale's short format (16:45, 4:45 PM, ٤:٤٥ م)."""
    local = value.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def number(value: int) -> str:
    return QLocale().toString(value)
