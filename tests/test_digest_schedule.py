"""The digest schedule with an injected clock: restarts, outages, zone changes, daylight saving."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.digest_schedule import (
    Schedule,
    baseline_day,
    due_day,
    next_posting,
    parse_local_time,
    parse_timezone,
    posting_instant,
)
from bot.errors import BadQuery

SEOUL = Schedule(time(9, 0), ZoneInfo("Asia/Seoul"))
NY_0230 = Schedule(time(2, 30), ZoneInfo("America/New_York"))
NY_0130 = Schedule(time(1, 30), ZoneInfo("America/New_York"))
BERLIN_0230 = Schedule(time(2, 30), ZoneInfo("Europe/Berlin"))
D = date(2026, 3, 10)


def local(schedule: Schedule, *args) -> datetime:
    return datetime(*args, tzinfo=schedule.tz)


@pytest.mark.parametrize(
    "now, last, expected",
    [
        # restart just before the time: nothing yet, then exactly at 09:00
        (local(SEOUL, 2026, 3, 10, 8, 59), date(2026, 3, 9), None),
        (local(SEOUL, 2026, 3, 10, 9, 0), date(2026, 3, 9), D),
        # restart right after posting: not twice
        (local(SEOUL, 2026, 3, 10, 9, 1), D, None),
        (local(SEOUL, 2026, 3, 10, 23, 59), D, None),
        # down at 09:00, back at 11:00: posts on return
        (local(SEOUL, 2026, 3, 10, 11, 0), date(2026, 3, 9), D),
        # down three days: one catch-up for the latest day, not three
        (local(SEOUL, 2026, 3, 10, 11, 0), date(2026, 3, 7), D),
        (local(SEOUL, 2026, 3, 10, 8, 0), date(2026, 3, 7), date(2026, 3, 9)),
        # never posted: the latest passed day
        (local(SEOUL, 2026, 3, 10, 8, 0), None, date(2026, 3, 9)),
        # a clock given in UTC is read in the guild's zone (00:00 UTC = 09:00 KST)
        (datetime(2026, 3, 10, 0, 0, tzinfo=UTC), date(2026, 3, 9), D),
        (datetime(2026, 3, 9, 23, 59, tzinfo=UTC), date(2026, 3, 9), None),
    ],
)
def test_due_day(now, last, expected):
    assert due_day(now, SEOUL, last) == expected


def test_naive_clock_is_refused():
    with pytest.raises(ValueError):
        due_day(datetime(2026, 3, 10, 9, 0), SEOUL, None)


@pytest.mark.parametrize(
    "schedule, day, expected_utc",
    [
        # New York spring-forward (2026-03-08): 02:30 does not exist; posts at 03:30 EDT
        (NY_0230, date(2026, 3, 8), datetime(2026, 3, 8, 7, 30, tzinfo=UTC)),
        (NY_0230, date(2026, 3, 7), datetime(2026, 3, 7, 7, 30, tzinfo=UTC)),
        (NY_0230, date(2026, 3, 9), datetime(2026, 3, 9, 6, 30, tzinfo=UTC)),
        # New York fall-back (2026-11-01): 01:30 happens twice; the first one (EDT)
        (NY_0130, date(2026, 11, 1), datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
        # Berlin spring-forward (2026-03-29) and fall-back (2026-10-25)
        (BERLIN_0230, date(2026, 3, 29), datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),
        (BERLIN_0230, date(2026, 3, 30), datetime(2026, 3, 30, 0, 30, tzinfo=UTC)),
        (BERLIN_0230, date(2026, 10, 25), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
        (SEOUL, D, datetime(2026, 3, 10, 0, 0, tzinfo=UTC)),
    ],
)
def test_posting_instant_across_daylight_saving(schedule, day, expected_utc):
    assert posting_instant(day, schedule) == expected_utc


def run_clock(schedule, start, end, last=None, down=()):
    """Steps a simulated bot minute by minute; returns (day, UTC instant) for every post.
    `down` holds (from, to) UTC intervals during which the bot is not running."""
    posts, now = [], start
    while now < end:
        if not any(a <= now < b for a, b in down):
            day = due_day(now, schedule, last)
            if day is not None:
                posts.append((day, now))
                last = day
        now += timedelta(minutes=1)
    return posts


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    "schedule, start, expected",
    [
        (
            NY_0230,
            utc(2026, 3, 7, 0, 0),
            [
                (date(2026, 3, 7), utc(2026, 3, 7, 7, 30)),
                (date(2026, 3, 8), utc(2026, 3, 8, 7, 30)),  # 03:30 EDT: 02:30 skipped
                (date(2026, 3, 9), utc(2026, 3, 9, 6, 30)),
            ],
        ),
        (
            NY_0130,
            utc(2026, 10, 31, 0, 0),
            [
                (date(2026, 10, 31), utc(2026, 10, 31, 5, 30)),
                (date(2026, 11, 1), utc(2026, 11, 1, 5, 30)),  # first 01:30 only, not the repeat
                (date(2026, 11, 2), utc(2026, 11, 2, 6, 30)),
            ],
        ),
        (
            BERLIN_0230,
            utc(2026, 3, 28, 0, 0),
            [
                (date(2026, 3, 28), utc(2026, 3, 28, 1, 30)),
                (date(2026, 3, 29), utc(2026, 3, 29, 1, 30)),
                (date(2026, 3, 30), utc(2026, 3, 30, 0, 30)),
            ],
        ),
        (
            BERLIN_0230,
            utc(2026, 10, 24, 0, 0),
            [
                (date(2026, 10, 24), utc(2026, 10, 24, 0, 30)),
                (date(2026, 10, 25), utc(2026, 10, 25, 0, 30)),
                (date(2026, 10, 26), utc(2026, 10, 26, 1, 30)),
            ],
        ),
    ],
)
def test_exactly_once_a_day_across_transitions(schedule, start, expected):
    last = baseline_day(start, schedule)
    assert run_clock(schedule, start, start + timedelta(days=3), last) == expected


def test_outages_post_on_return_and_catch_up_once():
    start = utc(2026, 3, 9, 12, 0)  # 21:00 KST on the 9th
    down = [
        (utc(2026, 3, 9, 23, 0), utc(2026, 3, 10, 2, 0)),  # down 08:00-11:00 KST on the 10th
        (utc(2026, 3, 10, 12, 0), utc(2026, 3, 13, 3, 0)),  # down from the 10th evening to the 13th noon
    ]
    posts = run_clock(SEOUL, start, utc(2026, 3, 14, 12, 0), baseline_day(start, SEOUL), down)
    assert posts == [
        (date(2026, 3, 10), utc(2026, 3, 10, 2, 0)),  # on return at 11:00
        (date(2026, 3, 13), utc(2026, 3, 13, 3, 0)),  # one catch-up for three missed days
        (date(2026, 3, 14), utc(2026, 3, 14, 0, 0)),
    ]


def test_restart_at_the_minute_of_posting_posts_once():
    start = utc(2026, 3, 9, 12, 0)
    down = [(utc(2026, 3, 10, 0, 0, 30), utc(2026, 3, 10, 0, 1))]  # restarted within 09:00
    posts = run_clock(SEOUL, start, utc(2026, 3, 10, 12, 0), baseline_day(start, SEOUL), down)
    assert posts == [(D, utc(2026, 3, 10, 0, 0))]


def test_setting_up_never_posts_at_once():
    now = local(SEOUL, 2026, 3, 10, 11, 0)
    assert due_day(now, SEOUL, baseline_day(now, SEOUL)) is None
    early = local(SEOUL, 2026, 3, 10, 7, 0)
    assert due_day(early.replace(hour=9), SEOUL, baseline_day(early, SEOUL)) == D


def test_time_zone_change_keeps_one_digest_per_new_local_day():
    # Posted 09:00 Seoul on the 10th (= 19:00 on the 9th in New York, EDT), then moved to New York 09:00
    posted_at = utc(2026, 3, 10, 0, 0)
    ny = Schedule(time(9, 0), ZoneInfo("America/New_York"))
    changed_at = utc(2026, 3, 10, 1, 0)  # 21:00 on the 9th in New York
    last = baseline_day(changed_at, ny, posted_at)
    assert last == date(2026, 3, 9)
    posts = run_clock(ny, changed_at, utc(2026, 3, 12, 0, 0), last)
    assert posts == [
        (date(2026, 3, 10), utc(2026, 3, 10, 13, 0)),
        (date(2026, 3, 11), utc(2026, 3, 11, 13, 0)),
    ]


def test_time_change_later_the_same_day_does_not_post_twice():
    posted_at = local(SEOUL, 2026, 3, 10, 9, 0)
    later = Schedule(time(18, 0), SEOUL.tz)
    last = baseline_day(local(SEOUL, 2026, 3, 10, 10, 0), later, posted_at)
    assert last == D
    assert due_day(local(SEOUL, 2026, 3, 10, 18, 0), later, last) is None


def test_next_posting():
    now = local(SEOUL, 2026, 3, 10, 10, 0)
    assert next_posting(now, SEOUL, D) == utc(2026, 3, 11, 0, 0)
    assert next_posting(now, SEOUL, date(2026, 3, 9)) == now
    assert next_posting(utc(2026, 3, 8, 6, 0), NY_0230, date(2026, 3, 7)) == utc(2026, 3, 8, 7, 30)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("09:00", time(9, 0)),
        ("9:05", time(9, 5)),
        ("21:30", time(21, 30)),
        ("0:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("9", time(9, 0)),
        ("9am", time(9, 0)),
        ("12am", time(0, 0)),
        ("12 PM", time(12, 0)),
        ("9:30 p.m.", time(21, 30)),
        (" 07:15 ", time(7, 15)),
    ],
)
def test_parse_local_time(raw, expected):
    assert parse_local_time(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "24:00", "9:60", "13pm", "0am", "nine", "9:5", "09:00:00", "-1:00", "9h"]
)
def test_parse_local_time_refuses(raw):
    with pytest.raises(BadQuery, match="invalid time .*use 24-hour HH:MM"):
        parse_local_time(raw)


@pytest.mark.parametrize(
    "raw, key",
    [("Europe/Berlin", "Europe/Berlin"), ("america/new_york", "America/New_York"), (" UTC ", "UTC")],
)
def test_parse_timezone(raw, key):
    assert parse_timezone(raw).key == key


def test_parse_timezone_suggests():
    with pytest.raises(BadQuery) as e:
        parse_timezone("Europe/Berln")
    assert str(e.value).startswith(
        "unknown time zone 'Europe/Berln': use an IANA name such as Europe/Berlin;"
    )
    assert "did you mean Europe/Berlin" in str(e.value)


@pytest.mark.parametrize("raw", ["", "Mars/Olympus", "../../etc/passwd", "KST+9", "/usr/share/zoneinfo/UTC"])
def test_parse_timezone_refuses(raw):
    with pytest.raises(BadQuery, match="unknown time zone"):
        parse_timezone(raw)
