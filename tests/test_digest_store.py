"""Digest SQL on real SQLite: settings, the arrival watermark, prior agreements, feed and failure state."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.articles import parse_article
from bot.digest import NewArticle, NewStatement, build_digest
from bot.model import Extraction, Speaker, Statement
from bot.store import open_store, save_article
from bot.store.digest import (
    DigestSettings,
    disable_digest,
    load_digest_input,
    load_digest_settings,
    load_enabled_digests,
    record_digest_failure,
    record_digest_posted,
    save_digest_schedule,
)
from bot.store.sources import (
    FeedState,
    forget_failures,
    is_known_failure,
    load_failures,
    load_feed_state,
    remember_failure,
    save_feed_failure,
    save_feed_ok,
)
from tests.digest_handmade import CHUNG, DIALOGUE, FM, PARK, TALKS, UNI, add_article, load_data_tables

T0 = datetime(2025, 12, 10, 0, 0, tzinfo=UTC)


@pytest.fixture
async def db(tmp_path):
    async with open_store(tmp_path / "digest.db") as db:
        await load_data_tables(db)
        yield db


async def test_settings_round_trip_and_errors(db):
    assert await load_digest_settings(db, 1) is None
    saved = await save_digest_schedule(db, 1, 55, "09:00", "Asia/Seoul", date(2025, 12, 9))
    assert saved == DigestSettings(
        1, 55, "09:00", "Asia/Seoul", True, date(2025, 12, 9), None, 0, None, None, 0
    )
    await record_digest_failure(db, 1, "the channel is gone", T0)
    await record_digest_failure(db, 1, "the channel is gone", T0)
    failed = await load_digest_settings(db, 1)
    assert (failed.last_error, failed.last_error_at, failed.failures) == ("the channel is gone", T0, 2)
    # /digest now elsewhere succeeds: the scheduled channel's error stays
    await record_digest_posted(db, 1, None, T0, 7)
    now_posted = await load_digest_settings(db, 1)
    assert (now_posted.last_error, now_posted.failures, now_posted.watermark) == ("the channel is gone", 2, 7)
    assert now_posted.last_posted_day == date(2025, 12, 9)
    # the scheduled post succeeds: error cleared, day recorded, watermark never goes back
    await record_digest_posted(db, 1, date(2025, 12, 10), T0, 5)
    posted = await load_digest_settings(db, 1)
    assert posted == DigestSettings(
        1, 55, "09:00", "Asia/Seoul", True, date(2025, 12, 10), T0, 7, None, None, 0
    )


async def test_enable_disable(db):
    await save_digest_schedule(db, 2, 1, "08:00", "UTC", date(2025, 12, 9))
    await save_digest_schedule(db, 1, 1, "09:00", "UTC", date(2025, 12, 9))
    await record_digest_posted(db, 3, None, T0, 1)  # /digest now in a guild without a schedule
    assert [s.guild_id for s in await load_enabled_digests(db)] == [1, 2]
    assert await disable_digest(db, 2) is True
    assert await disable_digest(db, 2) is False
    assert await disable_digest(db, 3) is False
    assert [s.guild_id for s in await load_enabled_digests(db)] == [1]
    again = await save_digest_schedule(db, 2, 9, "10:00", "Europe/Berlin", date(2025, 12, 9))
    assert (again.enabled, again.channel_id, again.tz) == (True, 9, "Europe/Berlin")


async def test_digest_input_since_watermark_with_reversal(db):
    await add_article(db, "a.txt", "2025-12-01", [
        ("We support talks with the North", CHUNG, UNI, TALKS, "support"),
        ("Coordination is close", PARK, FM, None, None),
    ])  # fmt: skip
    first = await load_digest_input(db, 0)
    assert [a.title for a in first.articles] == ["Headline for a.txt"]
    assert [s.actor for s in first.statements] == ["unification-ministry", "foreign-ministry"]
    assert first.prior == {}
    watermark = first.until
    await add_article(db, "b.txt", "2025-12-09", [
        ("We now oppose talks with the North", CHUNG, UNI, TALKS, "oppose"),
    ])  # fmt: skip
    second = await load_digest_input(db, watermark)
    b_id = second.articles[0].id
    assert second.articles == [NewArticle(b_id, "Headline for b.txt", "2025-12-09", None)]
    assert second.statements == [
        NewStatement(
            second.statements[0].id, "unification-ministry", "Unification Ministry", "Chung Dong-young",
            "direct", "We now oppose talks with the North", "inter-korean-dialogue", DIALOGUE, "oppose",
            "2025-12-09", b_id, "Headline for b.txt", 0.8,
        )
    ]  # fmt: skip
    assert second.prior == {("unification-ministry", "inter-korean-dialogue"): "support"}
    digest = build_digest(None, second.articles, second.statements, second.prior, second.until)
    assert digest.actors[0].concepts[0].change == "reversed"
    nothing = await load_digest_input(db, second.until)
    assert (nothing.articles, nothing.statements, nothing.until) == ([], [], second.until)


async def test_changed_file_is_new_again_even_with_reused_ids(db):
    await add_article(
        db, "a.txt", "2025-12-01", [("Talks matter", CHUNG, "unification-ministry", None, None)]
    )
    before = await load_digest_input(db, 0)
    old_id = before.statements[0].id
    saved = await add_article(db, "a.txt", "2025-12-01", [("Talks matter a lot", CHUNG, UNI, None, None)])
    assert saved.status == "replaced"
    after = await load_digest_input(db, before.until)
    assert [s.id for s in after.statements] == [old_id]  # SQLite reused the rowid
    assert [s.content for s in after.statements] == ["Talks matter a lot"]
    assert [a.id for a in after.articles] == [saved.article_id]


async def test_anonymous_statements_without_an_organisation_are_left_out(db):
    text = ' date 2025-12-09 H\n\n"Nothing to add," a source said.'
    anon = Speaker("anon-1", "a source", "a source", 0, 8, anonymous=True)
    st = Statement("direct", "Nothing to add", 18, 32, 0, "said", anon, None, None)
    await save_article(db, parse_article(text, "c.txt"), Extraction((st,)))
    got = await load_digest_input(db, 0)
    assert (len(got.articles), got.statements) == (1, [])


async def test_url_articles_carry_their_url(db):
    text = " date 2025-12-09 From a feed\n\nBody."
    await save_article(db, parse_article(text, "http://127.0.0.1:9/news/1"), Extraction(()))
    await save_article(db, parse_article(text.replace("Body", "Other"), "data/x.txt"), Extraction(()))
    got = await load_digest_input(db, 0)
    assert [a.url for a in got.articles] == ["http://127.0.0.1:9/news/1", None]


async def test_feed_state(db):
    url = "http://127.0.0.1:9/feed.xml"
    assert await load_feed_state(db, url) == FeedState(url)
    until = datetime(2025, 12, 10, 1, 0, tzinfo=UTC)
    await save_feed_failure(db, url, "HTTP 500", T0, until)
    await save_feed_failure(db, url, "HTTP 502", T0, until)
    assert await load_feed_state(db, url) == FeedState(url, None, None, 2, until, "HTTP 502", T0, None, 0)
    await save_feed_ok(db, url, '"e1"', "Tue, 09 Dec 2025 00:00:00 GMT", T0, 3)
    await save_feed_ok(db, url, '"e2"', None, T0, 1)
    assert await load_feed_state(db, url) == FeedState(url, '"e2"', None, 0, None, None, None, T0, 4)


async def test_failures_are_remembered_by_source_and_hash(db):
    assert await remember_failure(db, "a.txt", "h1", "a.txt: empty file", T0) is True
    assert await remember_failure(db, "a.txt", "h1", "a.txt: empty file", T0) is False
    assert await is_known_failure(db, "a.txt", "h1") and not await is_known_failure(db, "a.txt", "h2")
    assert await remember_failure(db, "a.txt", "h2", "a.txt:1: malformed date", T0) is True
    failures, total = await load_failures(db, limit=1)
    assert total == 2 and len(failures) == 1
    await forget_failures(db, "a.txt")
    assert await load_failures(db) == ([], 0)
