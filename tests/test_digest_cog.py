"""/digest end to end: the real discord.py client on the fake Discord, an injected clock, real SQLite.

The schedule is driven by calling the cog's `step(now)` with chosen times (no sleeping); what the bot
posts is read from the fake's recorded requests.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.discord_app import digest_render
from bot.discord_app.client import StanceBot
from bot.store import open_store
from bot.store.digest import load_digest_settings
from bot.store.sources import remember_failure, save_feed_failure
from tests.conftest import data_settings
from tests.digest_handmade import CHUNG, DIALOGUE, FM, PARK, TALKS, UNI, add_article, load_data_tables
from tests.fake_discord import connected

SEOUL = ZoneInfo("Asia/Seoul")
ADMIN = 32  # Manage Server
MEMBERS_PREVIEW = "Only you can see this: posting the digest for everyone needs the Manage Server permission."
NO_PINGS = {"parse": []}
DIGEST_COGS = ("bot.discord_app.cogs.digest",)


def kst(*args) -> datetime:
    return datetime(*args, tzinfo=SEOUL)


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def db(tmp_path):
    async with open_store(tmp_path / "digest.db") as db:
        await load_data_tables(db)
        await add_article(db, "a.txt", "2025-12-01", [
            ("We support talks with the North", CHUNG, UNI, TALKS, "support"),
        ], title="Unification Ministry backs talks")  # fmt: skip
        yield db


def digest_command(h, sub: str, member: dict | None = None, **options) -> dict:
    """A /digest subcommand payload; `channel` becomes a channel option with its resolved data."""
    payload = h.fake.slash("digest", member)
    opts = []
    for name, value in options.items():
        if name == "channel":
            opts.append({"name": name, "type": 7, "value": str(value)})
            channel = {
                "id": str(value),
                "type": 0,
                "name": "stance",
                "permissions": "0",
                "guild_id": h.fake.guild_id,
            }
            payload["data"]["resolved"] = {"channels": {str(value): channel}}
        else:
            opts.append({"name": name, "type": 3, "value": value})
    payload["data"]["options"] = [{"name": sub, "type": 1, "options": opts}]
    return payload


async def ask(h, sub: str, member: dict | None = None, **options):
    return await h.answer(await h.fake.interact(digest_command(h, sub, member, **options)))


async def setup_digest(h, clock: Clock, time="09:00", zone="Asia/Seoul"):
    admin = h.fake.member("admin", permissions=ADMIN)
    return await ask(h, "setup", admin, channel=h.fake.channel_id, time=time, timezone=zone)


def posts(h) -> list:
    return [
        r
        for r in h.fake.requests
        if r.method == "POST" and r.path == f"/channels/{h.fake.channel_id}/messages"
    ]


@contextlib.asynccontextmanager
async def running(db, fake, clock, **settings):
    """A StanceBot with the digest cog (no extractor: no rescan) on the fake, its clock set before login."""
    settings = replace(data_settings(dev_guild_id=int(fake.guild_id)), **settings)
    bot = StanceBot(db=db, settings=settings, extensions=DIGEST_COGS, guild_ready_timeout=0.05)
    bot.clock = clock
    async with connected(bot, fake) as harness:
        yield harness


def outcomes(found) -> list[tuple]:
    """(guild, day, status, error) of step()'s results: discord.py loads the cog module afresh, so its
    PostOutcome class is not the one a test could import."""
    return [(o.guild_id, o.day, o.status, o.error) for o in found]


def cog_of(h):
    return h.client.get_cog("DigestCog")


async def test_setup_then_exactly_one_post_per_day_across_restarts(db, fake_discord):
    clock = Clock(kst(2025, 12, 10, 8, 0))
    async with running(db, fake_discord, clock) as h:
        cog = cog_of(h)
        answer = await setup_digest(h, clock, time="9:00", zone="asia/seoul")
        assert answer.ephemeral
        assert answer.embeds[0]["description"].startswith(
            f"The digest will be posted every day at 09:00 Asia/Seoul in <#{fake_discord.channel_id}>.\n"
            "Next: <t:1765324800:f> (2025-12-10 09:00 KST)"
        )
        assert await cog.step(kst(2025, 12, 10, 8, 59)) == []
        expected = digest_render.render_digest(await cog.build(0, date(2025, 12, 10)))
        posted = outcomes(await cog.step(kst(2025, 12, 10, 9, 0)))
        assert posted == [(int(fake_discord.guild_id), date(2025, 12, 10), "posted", None)]
        assert await cog.step(kst(2025, 12, 10, 9, 1)) == []
    [post] = posts(h)
    assert post.json["allowed_mentions"] == NO_PINGS
    assert post.json["embeds"] == [expected.embed.to_dict()]
    embed = post.json["embeds"][0]
    assert embed["title"] == "Daily digest · Wednesday 10 December 2025"
    assert embed["description"] == "**New articles (1)**\n• 2025-12-01 · *Unification Ministry backs talks*"
    assert embed["fields"][0] == {
        "name": "Unification Ministry · 1 new statement",
        "value": f"• first position: **supports** *{DIALOGUE}*: “We support talks with the North”",
        "inline": False,
    }
    assert embed["fields"][1]["name"] == "Quote of the day"
    assert embed["fields"][1]["value"].startswith("> “We support talks with the North”\n— Chung Dong-young")

    # The next day a reversal arrives; the bot is down at 09:00 and back at 11:00 (a new process).
    await add_article(db, "b.txt", "2025-12-11", [
        ("We now oppose talks with the North", CHUNG, UNI, TALKS, "oppose"),
        ("Talks must wait", PARK, FM, TALKS, "oppose"),
    ], title="Ministry turns against talks")  # fmt: skip
    clock.now = kst(2025, 12, 11, 11, 0)
    async with running(db, fake_discord, clock) as h2:
        title = "Daily digest · Thursday 11 December 2025"
        # the minute loop's first run, right after login, posts the missed day
        rec = await h2.wait_for(lambda r: r in posts(h2) and r.json["embeds"][0]["title"] == title)
        assert await cog_of(h2).step(clock.now) == []
        assert await cog_of(h2).step(clock.now + timedelta(minutes=1)) == []
    second = rec.json["embeds"][0]
    assert second["description"] == "**New articles (1)**\n• 2025-12-11 · *Ministry turns against talks*"
    fields = {f["name"]: f["value"] for f in second["fields"]}
    assert (
        fields["Unification Ministry · 1 new statement"]
        == f"• **now opposes** *{DIALOGUE}* (before: supported): “We now oppose talks with the North”"
    )
    assert fields["Foreign Ministry · 1 new statement"].startswith("• first position: **opposes**")
    assert len(posts(h2)) == 2


async def test_three_days_down_posts_one_catch_up(db, fake_discord):
    clock = Clock(kst(2025, 12, 10, 10, 0))
    async with running(db, fake_discord, clock) as h:
        cog = cog_of(h)
        await setup_digest(h, clock)  # at 10:00: today's time has passed, the first post is tomorrow
        assert await cog.step(clock.now) == []
        caught_up = await cog.step(kst(2025, 12, 14, 7, 0))
        assert [o.day for o in caught_up] == [date(2025, 12, 13)]
        assert await cog.step(kst(2025, 12, 14, 8, 59)) == []
        assert [o.day for o in await cog.step(kst(2025, 12, 14, 9, 0))] == [date(2025, 12, 14)]
    assert len(posts(h)) == 2
    empty = posts(h)[1].json
    assert (empty["content"], empty.get("embeds"), empty["allowed_mentions"]) == (
        "Nothing new since the last digest.", None, NO_PINGS)  # fmt: skip


@pytest.mark.parametrize(
    "status, code, body_message, expected",
    [
        (403, 50013, "Missing Permissions",
         "I may not post in <#{cid}> (Missing Permissions): give me View Channel, Send Messages and "
         "Embed Links there, or run /digest setup with another channel"),
        (404, 10003, "Unknown Channel",
         "the channel <#{cid}> no longer exists: run /digest setup with another channel"),
    ],
)  # fmt: skip
async def test_a_failed_post_is_shown_and_retried_not_lost(
    db, fake_discord, status, code, body_message, expected
):
    expected = expected.format(cid=fake_discord.channel_id)
    clock = Clock(kst(2025, 12, 10, 8, 0))
    fake_discord.fail("POST", r"^/channels/\d+/messages$", status, {"message": body_message, "code": code})
    async with running(db, fake_discord, clock) as h:
        cog = cog_of(h)
        await setup_digest(h, clock)
        clock.now = kst(2025, 12, 10, 9, 0)
        failed = outcomes(await cog.step(clock.now))
        assert failed == [(int(fake_discord.guild_id), date(2025, 12, 10), "failed", expected)]
        stored = await load_digest_settings(db, int(fake_discord.guild_id))
        assert (stored.last_posted_day, stored.last_error, stored.failures) == (
            date(2025, 12, 9),
            expected,
            1,
        )
        status_answer = await ask(h, "status")
        assert status_answer.ephemeral
        problem = {f["name"]: f["value"] for f in status_answer.embeds[0]["fields"]}["⚠ The last post failed"]
        assert problem == (
            f"<t:1765324800:f> (2025-12-10 09:00 KST): {expected}. "
            "The day is kept and posted once this is fixed."
            "\nNext try: <t:1765325100:f> (2025-12-10 09:05 KST)"
        )
        assert await cog.step(kst(2025, 12, 10, 9, 4)) == []  # waits before trying again
        assert [o.status for o in await cog.step(kst(2025, 12, 10, 9, 5))] == ["posted"]
        fixed = await ask(h, "status")
    assert [r.status for r in posts(h)] == [status, 200]
    stored = await load_digest_settings(db, int(fake_discord.guild_id))
    assert (stored.last_posted_day, stored.last_error, stored.failures) == (date(2025, 12, 10), None, 0)
    assert "The last post failed" not in fixed.text and "2025-12-10 (posted" in fixed.text


async def test_a_day_with_nothing_new_is_not_posted_when_switched_off(db, fake_discord):
    clock = Clock(kst(2025, 12, 10, 8, 0))
    async with running(db, fake_discord, clock, digest_post_empty=False) as h:
        cog = cog_of(h)
        await setup_digest(h, clock)
        assert [o.status for o in await cog.step(kst(2025, 12, 10, 9, 0))] == ["posted"]
        assert [o.status for o in await cog.step(kst(2025, 12, 11, 9, 0))] == ["empty"]
        assert await cog.step(kst(2025, 12, 11, 9, 30)) == []
    assert len(posts(h)) == 1
    stored = await load_digest_settings(db, int(fake_discord.guild_id))
    assert stored.last_posted_day == date(2025, 12, 11)


async def test_now_posts_here_for_admins_and_preview_is_private(db, fake_discord):
    clock = Clock(kst(2025, 12, 10, 8, 0))
    admin = fake_discord.member("admin", permissions=ADMIN)
    async with running(db, fake_discord, clock) as h:
        cog_of(h)
        preview = await ask(h, "preview")
        assert preview.ephemeral and preview.embeds[0]["title"] == "Digest · since the last one"
        assert "Unification Ministry backs talks" in preview.text
        now = await ask(h, "now", admin)
        assert not now.ephemeral and now.payload["allowed_mentions"] == NO_PINGS
        assert now.embeds == preview.embeds
        again = await ask(h, "preview")
        assert again.ephemeral and again.embeds == preview.embeds  # /digest now marked nothing as seen
    stored = await load_digest_settings(db, int(fake_discord.guild_id))
    assert stored is None  # nothing recorded


async def test_a_members_digest_now_is_a_private_preview_and_the_daily_digest_keeps_its_items(
    db, fake_discord
):
    """issue 9: any member's /digest now posted publicly and moved the watermark, so the scheduled
    digest then skipped those items."""
    clock = Clock(kst(2025, 12, 10, 8, 0))
    async with running(db, fake_discord, clock) as h:
        cog = cog_of(h)
        await setup_digest(h, clock)
        before = (await load_digest_settings(db, int(fake_discord.guild_id))).watermark
        now = await ask(h, "now", fake_discord.member("bob"))
        assert now.ephemeral and "Unification Ministry backs talks" in now.text
        assert now.payload["content"] == MEMBERS_PREVIEW
        assert (await load_digest_settings(db, int(fake_discord.guild_id))).watermark == before
        assert [o.status for o in await cog.step(kst(2025, 12, 10, 9, 0))] == ["posted"]
    [post] = posts(h)  # only the scheduled one
    assert "Unification Ministry backs talks" in post.json["embeds"][0]["description"]


@pytest.mark.parametrize(
    "member_permissions, options, expected",
    [
        (ADMIN, {"time": "25:00", "timezone": "Asia/Seoul"},
         "invalid time '25:00': use 24-hour HH:MM, e.g. 09:00 or 18:30"),
        (ADMIN, {"time": "09:00", "timezone": "Europe/Berln"}, "did you mean Europe/Berlin"),
        (0, {"time": "09:00", "timezone": "Asia/Seoul"}, "it needs the Manage Server permission"),
    ],
)  # fmt: skip
async def test_setup_refuses_with_a_private_explanation(db, fake_discord, member_permissions, options,
                                                        expected):  # fmt: skip
    clock = Clock(kst(2025, 12, 10, 8, 0))
    async with running(db, fake_discord, clock) as h:
        cog_of(h)
        member = h.fake.member("someone", permissions=member_permissions)
        answer = await ask(h, "setup", member, channel=fake_discord.channel_id, **options)
    assert answer.ephemeral and expected in answer.text
    assert await load_digest_settings(db, int(fake_discord.guild_id)) is None


async def test_off_stops_the_posts(db, fake_discord):
    clock = Clock(kst(2025, 12, 10, 8, 0))
    async with running(db, fake_discord, clock) as h:
        cog = cog_of(h)
        await setup_digest(h, clock)
        off = await ask(h, "off", h.fake.member("admin", permissions=ADMIN))
        assert off.ephemeral and off.embeds[0]["description"] == (
            "The daily digest is off. /digest setup turns it on."
        )
        assert await cog.step(kst(2025, 12, 10, 9, 0)) == []
        status = await ask(h, "status")
    assert posts(h) == []
    assert status.embeds[0]["description"].startswith("Off.")


async def test_status_shows_failing_feeds_and_unreadable_files(db, fake_discord):
    clock = Clock(kst(2025, 12, 10, 8, 0))
    feed = "http://127.0.0.1:9/feed.xml"
    await save_feed_failure(db, feed, f"{feed}: HTTP 500", clock.now, clock.now + timedelta(hours=1))
    await remember_failure(
        db, "data/articles/bad.txt", "h", "data/articles/bad.txt:1: malformed date 'x'", clock.now
    )
    async with running(db, fake_discord, clock, feeds=(feed,)) as h:
        cog_of(h)
        status = await ask(h, "status")
    fields = {f["name"]: f["value"] for f in status.embeds[0]["fields"]}
    assert fields["Feeds (1)"] == (
        f"• ✗ `{feed}`: failing (1 in a row): {feed}: HTTP 500; "
        "next try <t:1765324800:f> (2025-12-10 00:00 UTC)"  # no digest set up: times in UTC
    )
    assert fields["⚠ Files or pages that could not be read (1)"] == (
        "• `data/articles/bad.txt`: data/articles/bad.txt:1: malformed date 'x'"
    )
    assert fields["Article folder"] == "not scanned: the bot runs without the extractor"


async def test_timezone_autocomplete(db, fake_discord):
    clock = Clock(kst(2025, 12, 10, 8, 0))
    async with running(db, fake_discord, clock) as h:
        payload = digest_command(h, "setup", channel=fake_discord.channel_id, time="09:00", timezone="new_y")
        payload["type"] = 4
        for option in payload["data"]["options"][0]["options"]:
            option["focused"] = option["name"] == "timezone"
        rec = await h.callback(await h.fake.interact(payload))
    assert rec.json == {
        "type": 8,
        "data": {"choices": [{"name": "America/New_York", "value": "America/New_York"}]},
    }


async def test_the_minute_loop_runs_while_loaded(db, fake_discord):
    clock = Clock(kst(2025, 12, 10, 8, 0))
    async with running(db, fake_discord, clock) as h:
        cog = cog_of(h)
        assert cog.tick.is_running()
    assert not cog.tick.is_running()


async def test_moving_to_another_zone_posts_at_the_new_local_time_once(db, fake_discord):
    new_york = ZoneInfo("America/New_York")
    clock = Clock(kst(2025, 12, 10, 8, 0))
    async with running(db, fake_discord, clock) as h:
        cog = cog_of(h)
        await setup_digest(h, clock)
        assert [o.day for o in await cog.step(kst(2025, 12, 10, 9, 0))] == [date(2025, 12, 10)]
        clock.now = datetime(2025, 12, 9, 20, 0, tzinfo=new_york)  # an hour later, in New York's evening
        moved = await setup_digest(h, clock, time="09:00", zone="America/New_York")
        assert "Next: <t:1765375200:f> (2025-12-10 09:00 EST)" in moved.text
        assert await cog.step(clock.now) == []
        assert await cog.step(datetime(2025, 12, 10, 8, 59, tzinfo=new_york)) == []
        assert [o.day for o in await cog.step(datetime(2025, 12, 10, 9, 0, tzinfo=new_york))] == [
            date(2025, 12, 10)
        ]
        assert await cog.step(datetime(2025, 12, 10, 23, 0, tzinfo=new_york)) == []
    assert len(posts(h)) == 2
