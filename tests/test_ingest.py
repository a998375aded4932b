"""Ingest with the real extractor into real SQLite: bad files skipped, idempotence, replacement, crashes."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.articles import load_article, parse_article
from bot.ingest import ingest_articles, ingest_paths, ingest_paths_parallel, load_tables
from bot.store import open_store
from tests.conftest import DATA_DIR, data_settings
from tests.test_store import dump

SEEDS = sorted((DATA_DIR / "articles").glob("*.txt"))
NO_DATE = (
    "Seoul weighs talks\n\nPark Il, spokesperson for the Foreign Ministry, said the talks would go on.\n"
)


@pytest.fixture
async def db(tmp_path):
    async with open_store(tmp_path / "stance.db") as db:
        await load_tables(db, data_settings())
        yield db


@pytest.fixture
def articles(tmp_path) -> Path:
    """A copy of the seed articles: tests edit and add files."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    return folder


def table(report) -> list[tuple[str, str, str]]:
    return [(Path(r.path).name, r.status, r.message) for r in report.results]


async def column(db, sql: str, params=()) -> list:
    return [row[0] for row in await db.execute_fetchall(sql, params)]


def expected_counts(extractor) -> dict[str, int]:
    return {seed.name: len(extractor.extract(load_article(seed)).statements) for seed in SEEDS}


async def test_bad_files_are_reported_by_name_and_line_and_the_others_load(db, extractor, articles):
    (articles / "a_bad_date.txt").write_text(" date 2025-1-5 Headline\n\nBody.\n")
    (articles / "b_empty.txt").write_text(" \n")
    (articles / "c_binary.txt").write_bytes(b" date 2025-12-09 x\n\nbody\x00\x01")
    (articles / "d_latin1.txt").write_bytes(b" date 2025-12-09 x\n\ncaf\xe9 au lait\n")
    (articles / "e_no_date.txt").write_text(NO_DATE)
    report = await ingest_paths(db, [articles], extractor)
    counts = expected_counts(extractor)
    at = f"{articles}{os.sep}"
    assert table(report) == [
        *[(name, "added", f"added: {n} statements") for name, n in counts.items()],
        ("a_bad_date.txt", "failed",
         f"{at}a_bad_date.txt:1: malformed date '2025-1-5' (expected YYYY-MM-DD)"),
        ("b_empty.txt", "failed",
         f"{at}b_empty.txt: empty file: an article needs a headline and at least one paragraph"),
        ("c_binary.txt", "failed", f"{at}c_binary.txt:3: binary file (NUL byte): articles are UTF-8 text"),
        ("d_latin1.txt", "failed", f"{at}d_latin1.txt:3: invalid UTF-8 at byte 23: save the file as UTF-8"),
        ("e_no_date.txt", "failed",
         f"{at}e_no_date.txt:1: no date line: start the file with ' date YYYY-MM-DD' "
         "or give --date YYYY-MM-DD"),
    ]  # fmt: skip
    assert report.summary() == "2 added, 0 replaced, 0 unchanged, 5 failed"
    assert await column(db, "SELECT count(*) FROM statements") == [sum(counts.values())]
    assert all(r.content_hash for r in report.failed)  # the rescan remembers the bytes that failed


async def test_a_file_without_a_date_line_is_accepted_with_a_date(db, extractor, tmp_path):
    (tmp_path / "plain.txt").write_text(NO_DATE)
    report = await ingest_paths(db, [tmp_path / "plain.txt"], extractor, published=date(2025, 12, 1))
    assert [r.status for r in report.results] == ["added"]
    assert await column(db, "SELECT published FROM articles") == ["2025-12-01"]
    assert await column(db, "SELECT DISTINCT sort_date FROM statements") == ["2025-12-01"]


async def test_ingesting_again_changes_nothing(db, extractor, articles):
    await ingest_paths(db, [articles], extractor)
    before = await dump(db)
    again = await ingest_paths(db, [articles, *articles.iterdir()], extractor)
    assert [r.status for r in again.results] == ["unchanged"] * 4
    assert await dump(db) == before


async def test_a_changed_file_replaces_its_earlier_version(db, extractor, articles):
    await ingest_paths(db, [articles], extractor)
    first = articles / SEEDS[0].name
    old_ids = await column(db, "SELECT id FROM statements WHERE article_id = 1")
    first.write_text(
        first.read_text() + '\n"We will never accept a working group," Park Il said on Tuesday.\n'
    )
    report = await ingest_paths(db, [articles], extractor)
    assert [(Path(r.path).name, r.status, r.article_id) for r in report.results] == [
        (SEEDS[0].name, "replaced", 1), (SEEDS[1].name, "unchanged", 2),
    ]  # fmt: skip
    assert (
        report.results[0].message
        == f"replaced: {len(extractor.extract(load_article(first)).statements)} statements"
    )
    assert await column(db, "SELECT count(*) FROM articles") == [2]
    new_ids = await column(db, "SELECT id FROM statements WHERE article_id = 1")
    assert len(new_ids) == report.results[0].statements and not set(new_ids) & set(old_ids)
    fts = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
    assert len(await column(db, fts, ('"never" "accept"',))) == 1


async def test_a_crash_mid_ingest_leaves_the_store_as_it_was_before_that_article(
    db, extractor, articles, monkeypatch
):
    from bot.store import statements

    real_index, calls = statements.index_stance, []

    async def crash_on_the_second(db, article_ids):
        await real_index(db, article_ids)
        calls.append(article_ids)
        if len(calls) == 2:
            raise RuntimeError("crash after the statements were written")

    monkeypatch.setattr(statements, "index_stance", crash_on_the_second)
    with pytest.raises(RuntimeError, match="crash after"):
        await ingest_paths(db, [articles], extractor)
    assert await column(db, "SELECT path FROM articles") == [str(articles / SEEDS[0].name)]
    stored = await column(db, "SELECT DISTINCT article_id FROM statements")
    indexed = await column(db, "SELECT DISTINCT article_id FROM stance_index")
    assert stored == indexed == [1]
    monkeypatch.setattr(statements, "index_stance", real_index)
    resumed = await ingest_paths(db, [articles], extractor)
    assert [r.status for r in resumed.results] == ["unchanged", "added"]


async def test_a_crash_while_replacing_keeps_the_earlier_version(db, extractor, articles, monkeypatch):
    from bot.store import statements

    await ingest_paths(db, [articles], extractor)
    before = await dump(db)
    first = articles / SEEDS[0].name
    first.write_text(first.read_text() + "\nOne more paragraph.\n")

    async def crash(db, article_ids):
        raise RuntimeError("crash")

    monkeypatch.setattr(statements, "index_stance", crash)
    with pytest.raises(RuntimeError):
        await ingest_paths(db, [first], extractor)
    assert await dump(db) == before


async def test_an_extractor_failure_costs_only_that_article(db, extractor, articles, monkeypatch):
    real = extractor.extract

    def extract(article):
        if article.path.endswith(SEEDS[0].name):
            raise ValueError("boom")
        return real(article)

    monkeypatch.setattr(extractor, "extract", extract)
    report = await ingest_paths(db, [articles], extractor)
    assert [r.status for r in report.results] == ["failed", "added"]
    assert report.results[0].message.endswith("extraction failed: ValueError('boom')")


async def test_articles_not_on_disk_are_stored_under_their_address(db, extractor):
    page = parse_article(NO_DATE, "https://example.org/news/1", date(2025, 12, 3))
    report = await ingest_articles(db, [page, page], extractor)
    assert [(r.path, r.status) for r in report.results] == [
        ("https://example.org/news/1", "added"), ("https://example.org/news/1", "unchanged"),
    ]  # fmt: skip
    speakers = await column(db, "SELECT speaker FROM statements")
    assert speakers and set(speakers) == {"park-il"}


async def test_paths_are_stored_relative_to_the_working_directory(db, extractor, articles, monkeypatch):
    monkeypatch.chdir(articles.parent)
    name = SEEDS[0].name
    first = await ingest_paths(db, [Path("articles") / name], extractor)
    again = await ingest_paths(db, [f"./articles/../articles/{name}", articles / name], extractor)
    assert [r.status for r in (*first.results, *again.results)] == ["added", "unchanged", "unchanged"]
    assert await column(db, "SELECT path FROM articles") == [f"articles/{name}"]


STATEMENT = "SELECT a.path, s.span_start, s.span_end, s.speaker_key, s.actor, s.concept, s.agreement, s.about"


async def test_the_parallel_bulk_path_stores_what_the_sequential_one_does(extractor, articles, tmp_path):
    (articles / "broken.txt").write_bytes(b"\x00")
    settings = data_settings()
    sql = (
        f"{STATEMENT} FROM statements s JOIN articles a ON a.id = s.article_id ORDER BY a.path, s.span_start"
    )
    results = []
    for name in ("sequential", "parallel"):
        async with open_store(tmp_path / f"{name}.db") as db:
            await load_tables(db, settings)
            if name == "sequential":
                report = await ingest_paths(db, [articles], extractor)
            else:
                report = await ingest_paths_parallel(db, [articles], settings, workers=2, chunk=1)
            results.append((table(report), [tuple(r) for r in await db.execute_fetchall(sql)]))
    assert results[0] == results[1]
    assert [status for _, status, _ in results[1][0]] == ["added", "added", "failed"]
