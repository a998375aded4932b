"""When a guild's daily digest is due: pure functions of an aware `now`, no I/O, no sleeping.

Exactly once a day: the store keeps the last local day a digest was posted for (written only after
a successful post). The due day is the latest local day whose posting instant has passed; it is due
when it is later than the last posted day. So a restart just before, at or after the time posts
once; a bot down at 09:00 and back at 11:00 posts on return; one down for three days posts one
catch-up (for the latest day), not three.

Daylight saving: a local time skipped by a spring-forward (02:30 in New York on its transition day)
is read with the offset in force before the jump, i.e. it posts at 03:30 new time; a time repeated by
a fall-back posts at its first occurrence (fold=0). Both follow PEP 495.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from rapidfuzz import process

from bot.errors import BadQuery

TIME_PATTERN = re.compile(r"^\s*(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Schedule:
    """A guild's posting time: a wall-clock time in an IANA zone."""

    local_time: time
    tz: ZoneInfo

    @property
    def label(self) -> str:
        return f"{self.local_time:%H:%M} {self.tz.key}"


def parse_local_time(raw: str) -> time:
    """'09:00', '9:00', '9', '21:30', '9am', '9:30 pm' -> time; anything else is a BadQuery."""
    m = TIME_PATTERN.match(raw or "")
    hour, minute = (int(m.group(1)), int(m.group(2) or 0)) if m else (-1, -1)
    if m and m.group(3):
        hour = _twelve_hour(hour, m.group(3).lower().startswith("p"))
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise BadQuery(f"invalid time {raw!r}: use 24-hour HH:MM, e.g. 09:00 or 18:30")
    return time(hour, minute)


def _twelve_hour(hour: int, pm: bool) -> int:
    if not 1 <= hour <= 12:
        return -1
    return hour % 12 + (12 if pm else 0)


@cache
def _zone_keys() -> dict[str, str]:
    return {key.lower(): key for key in available_timezones()}


COMMON_ZONES = ("UTC", "Asia/Seoul", "Asia/Tokyo", "Europe/London", "Europe/Berlin", "America/New_York",
                "America/Chicago", "America/Los_Angeles", "Australia/Sydney")  # fmt: skip


def zone_names(current: str, limit: int) -> list[str]:
    """Zone names for autocomplete: those starting with `current` first, then those containing it."""
    needle = (current or "").strip().lower().replace(" ", "_")
    if not needle:
        return list(COMMON_ZONES[:limit])
    names = sorted(_zone_keys().values())
    starts = [n for n in names if n.lower().startswith(needle) or n.lower().split("/")[-1].startswith(needle)]
    contains = [n for n in names if needle in n.lower() and n not in starts]
    return (starts + contains)[:limit]


def parse_timezone(raw: str) -> ZoneInfo:
    """An IANA zone name, any case ('europe/berlin'); unknown names get close suggestions."""
    key = _zone_keys().get((raw or "").strip().lower())
    if key is None:
        close = [k for k, _, _ in process.extract((raw or "").strip(), _zone_keys().values(), limit=3)]
        hint = f"; did you mean {', '.join(close)}?" if close and (raw or "").strip() else ""
        raise BadQuery(f"unknown time zone {raw!r}: use an IANA name such as Europe/Berlin{hint}")
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadQuery(f"time zone {raw!r} has no data on this machine") from None


def posting_instant(day: date, schedule: Schedule) -> datetime:
    """The UTC instant a local day's digest is due (see the module doc for DST gaps and folds)."""
    local = datetime.combine(day, schedule.local_time, tzinfo=schedule.tz)
    return local.astimezone(UTC)


def latest_due_day(now: datetime, schedule: Schedule) -> date:
    """The latest local day whose posting instant is at or before `now`."""
    day = now.astimezone(schedule.tz).date()
    # Usually at most one step back; a time inside a gap at the very end of a day can land on the next.
    while posting_instant(day, schedule) > now:
        day -= timedelta(days=1)
    return day


def due_day(now: datetime, schedule: Schedule, last_posted: date | None) -> date | None:
    """The local day to post for now, or None when the latest one is already posted."""
    _require_aware(now)
    day = latest_due_day(now, schedule)
    return day if last_posted is None or day > last_posted else None


def next_posting(now: datetime, schedule: Schedule, last_posted: date | None) -> datetime:
    """When the next digest will go out (now, if one is due); for `/digest status`."""
    if due_day(now, schedule, last_posted) is not None:
        return now
    day = max(latest_due_day(now, schedule), last_posted or date.min) + timedelta(days=1)
    return posting_instant(day, schedule)


def baseline_day(now: datetime, schedule: Schedule, last_posted_at: datetime | None = None) -> date:
    """The last-posted day to store when a schedule is set or changed: setting up never posts at once,
    and a digest already posted earlier in the new zone's local day counts for that day."""
    _require_aware(now)
    day = latest_due_day(now, schedule)
    if last_posted_at is not None:
        day = max(day, last_posted_at.astimezone(schedule.tz).date())
    return day


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("the digest clock must give aware datetimes")
