"""The periodic rescan on real SQLite with the real extractor: new, changed and malformed files."""

from __future__ import annotations

import asyncio
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.ingest import article_key, load_tables
from bot.rescan import Rescanner
from bot.settings import Settings
from bot.store import open_store
from bot.store.sources import load_failures

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "000_3b2fdb43cb977c95.txt"
T0 = datetime(2025, 12, 10, 0, 0, tzinfo=UTC)
BAD = " date 09/12/2025 A headline\n\nA paragraph.\n"


@pytest.fixture
async def db(tmp_path):
    settings = Settings(actors_file=ROOT / "data/actors.toml", concepts_file=ROOT / "data/concepts.toml")
    async with open_store(tmp_path / "rescan.db") as db:
        await load_tables(db, settings)
        yield db


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "bad.txt").write_text(BAD, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF not an article suffix")
    return folder


def touch(path: Path, text: str) -> None:
    """Writes and moves the mtime on, so a rewrite within one clock tick still counts as a change."""
    stamp = path.stat().st_mtime_ns + 1_000_000_000 if path.exists() else None
    path.write_text(text, encoding="utf-8")
    if stamp:
        os.utime(path, ns=(stamp, stamp))


def statuses(report) -> list[tuple[str, str]]:
    return [(Path(r.path).name, r.status) for r in report.results]


async def test_first_scan_ingests_and_reports_a_malformed_file_once(db, articles, extractor, caplog):
    scanner = Rescanner(db, extractor, articles)
    first = await scanner.scan(T0)
    assert statuses(first) == [("bad.txt", "failed"), ("seed.txt", "added")]
    assert [Path(r.path).name for r in first.new_failures] == ["bad.txt"]
    assert first.results[1].statements > 0
    assert first.summary() == "1 added, 1 failed"
    assert caplog.text.count("bad.txt") == 1 and "malformed date '09/12/2025'" in caplog.text
    second = await scanner.scan(T0)
    assert (second.results, second.new_failures, second.files, second.summary()) == ((), (), 2, "nothing new")
    assert caplog.text.count("bad.txt") == 1
    failures, total = await load_failures(db)
    assert total == 1 and failures[0].source == article_key(articles / "bad.txt")
    assert failures[0].error.endswith("bad.txt:1: malformed date '09/12/2025' (expected YYYY-MM-DD)")


async def test_restart_does_not_report_again_nor_extract_again(db, articles, extractor):
    await Rescanner(db, extractor, articles).scan(T0)
    after_restart = await Rescanner(db, extractor, articles).scan(T0)
    assert statuses(after_restart) == [("seed.txt", "unchanged")]
    assert (after_restart.new_failures, after_restart.known_failures) == ((), 1)


async def test_edited_files_are_taken_again(db, articles, extractor):
    scanner = Rescanner(db, extractor, articles)
    await scanner.scan(T0)
    touch(articles / "bad.txt", BAD.replace("09/12/2025", "2025-02-30"))  # still bad, other bytes
    still_bad = await scanner.scan(T0)
    assert [r.message.split(": ", 1)[1] for r in still_bad.new_failures] == ["impossible date '2025-02-30'"]
    touch(articles / "bad.txt", " date 2025-12-11 A fixed headline\n\nThe ministry said nothing new.\n")
    seed = (articles / "seed.txt").read_text(encoding="utf-8")
    touch(articles / "seed.txt", seed + "\nAn added closing paragraph.\n")
    fixed = await scanner.scan(T0)
    assert statuses(fixed) == [("bad.txt", "added"), ("seed.txt", "replaced")]
    assert await load_failures(db) == ([], 0)


async def test_a_touched_file_with_the_same_bytes_is_not_reported_again(db, articles, extractor):
    scanner = Rescanner(db, extractor, articles)
    await scanner.scan(T0)
    touch(articles / "bad.txt", BAD)
    again = await scanner.scan(T0)
    assert (again.results, again.new_failures, again.known_failures) == ((), (), 1)


async def test_a_deleted_failed_file_leaves_the_status(db, articles, extractor):
    scanner = Rescanner(db, extractor, articles)
    await scanner.scan(T0)
    (articles / "bad.txt").unlink()
    await scanner.scan(T0)
    assert await load_failures(db) == ([], 0)


async def test_a_missing_directory_is_an_error_not_a_crash(db, tmp_path, extractor):
    report = await Rescanner(db, extractor, tmp_path / "nowhere").scan(T0)
    expected = "is not a directory: set ARTICLES_DIR to the folder of article files"
    assert report.error == f"{tmp_path / 'nowhere'} {expected}"
    assert report.summary() == report.error


# --- the running bot: the refresh cog's loop ---------------------------------------------------
async def wait_until(condition, timeout: float = 10.0) -> None:
    """Polls a condition of the bot's own state (the loop's first run happens at start-up)."""

    async def poll():
        while not condition():
            await asyncio.sleep(0.02)

    await asyncio.wait_for(poll(), timeout)


async def test_the_bot_rescans_while_running(db, articles, extractor, fake_discord):
    from bot.discord_app.client import StanceBot
    from tests.conftest import data_settings
    from tests.fake_discord import connected

    settings = data_settings(articles_dir=articles, rescan_minutes=5)
    bot = StanceBot(db=db, settings=settings, extractor=extractor, guild_ready_timeout=0.05,
                    extensions=("bot.discord_app.cogs.digest", "bot.discord_app.cogs.refresh"))  # fmt: skip
    bot.clock = lambda: T0
    async with connected(bot, fake_discord) as h:
        cog = h.client.get_cog("RefreshCog")
        assert cog.rescan.is_running() and not cog.poll_feeds.is_running()  # no FEEDS set
        await wait_until(lambda: cog.last_scan is not None)
        assert statuses(cog.last_scan) == [("bad.txt", "failed"), ("seed.txt", "added")]
        shutil.copy(SEED, articles / "copy.txt")
        (articles / "new.txt").write_text(" date 2025-12-12 New\n\nThe ministry said it would wait.\n")
        await cog.rescan()  # the loop's body, as its next run would do it
        assert statuses(cog.last_scan) == [("copy.txt", "unchanged"), ("new.txt", "added")]
        payload = h.fake.slash("digest")
        payload["data"]["options"] = [{"name": "status", "type": 1, "options": []}]
        status = await h.answer(await h.fake.interact(payload))
    assert not cog.rescan.is_running()
    fields = {f["name"]: f["value"] for f in status.embeds[0]["fields"]}
    assert fields["Article folder"] == (
        "scanned every 5 min; last scan <t:1765324800:f> (2025-12-10 00:00 UTC): 4 files, 1 added"
    )
    assert fields["⚠ Files or pages that could not be read (1)"].startswith(
        f"• `{article_key(articles / 'bad.txt')}`"
    )


async def test_the_start_up_load_reports_a_bad_file_and_the_first_rescan_does_not(db, articles, extractor):
    import io

    from bot.discord_app.main import ingest_articles_dir

    out = io.StringIO()
    data = ROOT / "data"
    settings = Settings(
        actors_file=data / "actors.toml", concepts_file=data / "concepts.toml", articles_dir=articles
    )
    await ingest_articles_dir(db, settings, extractor, out)
    assert out.getvalue().splitlines() == [
        f"failed {articles / 'bad.txt'}:1: malformed date '09/12/2025' (expected YYYY-MM-DD)",
        f"{articles}: 1 added, 0 replaced, 0 unchanged, 1 failed",
    ]
    first_rescan = await Rescanner(db, extractor, articles).scan(T0)
    assert (first_rescan.new_failures, first_rescan.known_failures) == ((), 1)
