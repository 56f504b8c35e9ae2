"""Date helpers shared by the workspace's date filters."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone


def local_midnight(day: str | dt.date) -> dt.datetime:
    """The start of `day` (a date or an ISO date string) in the office's time zone.

    Filters compare created_at with these bounds rather than using __date, which SQLite computes
    row by row and which cannot use an index.
    """
    day = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))
