"""Extraction budgets: limits checked before parsing (file and line), and a time budget per article
after which that article is reported failed and the others go on. Invented text throughout."""

from __future__ import annotations

import dataclasses
import json
import re
import time
from datetime import date

import pytest

from bot.articles import Limits, parse_article
from bot.cli import main
from bot.errors import ArticleError
from bot.extract import Extractor
from bot.extract.budget import Deadline, check_limits
from bot.extract.quotes import find_quotes
from bot.ingest import ingest_articles, ingest_paths_parallel, load_tables
from bot.store import open_store
from tests.conftest import DATA_DIR, data_settings

SMALL = Limits(paragraph_chars=200, paragraphs=4, quote_marks=6, word_chars=30)
SAID = '"We will keep the hotline open," Min Su-ah said.'


def article(*paragraphs: str, path: str = "a.txt"):
    return parse_article("\n\n".join(("Headline", *paragraphs)), path, date(2026, 3, 12))


@pytest.mark.parametrize(
    "paragraphs, message",
    [
        ([SAID] * 4, "a.txt:9: more than 4 paragraphs (MAX_PARAGRAPHS): split the article"),
        ([SAID, "x " * 101],
         "a.txt:5: a paragraph of 201 characters (at most 200, MAX_PARAGRAPH_CHARS): "
         "separate its paragraphs with blank lines"),
        (['"a" "b" "c" "d"'], "a.txt:3: a paragraph with 8 quote marks (at most 6, MAX_QUOTE_MARKS)"),
        (["He said ``yes'' and ``no'', “a” «b»"],
         "a.txt:3: a paragraph with 8 quote marks (at most 6, MAX_QUOTE_MARKS)"),
        (["a" * 31], "a.txt:3: a word of 31 characters (at most 30, MAX_WORD_CHARS)"),
        ([SAID, "Then: " + '"' * 40],
         "a.txt:5: a paragraph with 40 quote marks (at most 6, MAX_QUOTE_MARKS)"),
        ([SAID, "Then: " + ")" * 40], "a.txt:5: a word of 40 characters (at most 30, MAX_WORD_CHARS)"),
    ],
)  # fmt: skip
def test_an_article_over_a_limit_is_refused_with_file_and_line(paragraphs, message):
    with pytest.raises(ArticleError) as e:
        check_limits(article(*paragraphs), SMALL)
    assert str(e.value) == message


@pytest.mark.parametrize(
    "paragraphs",
    [
        [SAID] * 3,  # 4 paragraphs with the headline: at the limit
        ["x " * 100],
        ['"a" "b" "c"', "'single' marks are apostrophes as often as quotes: don't count them"],
        ["a" * 30, "https://example.org/a/b"],
    ],
)
def test_an_article_at_its_limits_is_taken(paragraphs):
    check_limits(article(*paragraphs), SMALL)


def test_the_defaults_take_long_news_and_the_limits_are_settings(monkeypatch):
    check_limits(article(*[SAID * 20] * 300), Limits())
    monkeypatch.setenv("MAX_QUOTE_MARKS", "7")
    monkeypatch.setenv("EXTRACT_SECONDS", "2.5")
    from bot.settings import load_settings

    limits = load_settings(dotenv_path=None).limits
    assert (limits.quote_marks, limits.seconds, limits.paragraphs) == (7, 2.5, Limits().paragraphs)


def test_a_deadline_stops_between_paragraphs_with_the_line_reached():
    now = [100.0]
    deadline = Deadline(article(SAID, SAID, SAID), 5, clock=lambda: now[0])
    deadline.check(2)
    now[0] = 105.5
    with pytest.raises(ArticleError) as e:
        deadline.check(2)
    assert str(e.value) == (
        "a.txt:5: extraction stopped after 5 s (EXTRACT_SECONDS), at paragraph 3 of 4: "
        "the text is too long or too unusual"
    )


@pytest.fixture(scope="module")
def tight(extractor) -> Extractor:
    """The real extractor with small limits and a time budget a long article cannot meet."""
    limits = dataclasses.replace(SMALL, paragraphs=2_000, paragraph_chars=2_000, seconds=0.3)
    return Extractor((), (), extractor.lexicon, extractor.nlp, limits=limits)


LONG = [f'"We will keep hotline number {n} open," Min Su-ah told reporters on Tuesday.' for n in range(600)]


def test_an_article_past_its_time_budget_fails_and_the_others_go_on(tight):
    good = article(SAID, path="good.txt")
    results = list(tight.extract_each([good, article(*LONG, path="long.txt"), good, article('"' * 7), good]))
    assert [type(r).__name__ for r in results] == ["Extraction", "ArticleError", "Extraction",
                                                   "ArticleError", "Extraction"]  # fmt: skip
    assert "long.txt:" in str(results[1]) and "extraction stopped after 0.3 s" in str(results[1])
    assert [s.content for s in results[4].statements] == ["We will keep the hotline open"]


def test_a_stopped_article_is_not_parsed_to_its_end(tight):
    start = time.monotonic()
    with pytest.raises(ArticleError):
        tight.extract(article(*LONG * 5, path="long.txt"))  # ~15 s of parsing in all
    assert time.monotonic() - start < 5


async def test_ingest_reports_an_article_out_of_time_as_failed(tight, tmp_path):
    async with open_store(tmp_path / "s.db") as db:
        await load_tables(db, data_settings())
        report = await ingest_articles(db, [article(*LONG, path="long.txt"), article(SAID)], tight)
    assert [r.status for r in report.results] == ["failed", "added"]
    assert re.match(r"long.txt:\d+: extraction stopped after 0.3 s", report.results[0].message)


async def test_the_parallel_ingest_reports_limits_per_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_marks.txt").write_text(" date 2026-03-12\nHeadline\n\n" + '"' * 10_000 + "\n")
    (folder / "b_good.txt").write_text(" date 2026-03-12\nHeadline\n\n" + SAID + "\n")
    async with open_store(tmp_path / "s.db") as db:
        await load_tables(db, data_settings())
        report = await ingest_paths_parallel(db, [folder], data_settings(), workers=1)
    assert [r.status for r in report.results] == ["failed", "added"]
    assert report.results[0].message == (
        f"{folder / 'a_marks.txt'}:4: a paragraph with 10,000 quote marks (at most 100, MAX_QUOTE_MARKS)"
    )


def test_extract_json_reports_a_slow_file_and_prints_the_others(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DATA_DIR", str(DATA_DIR))
    monkeypatch.setenv("EXTRACT_SECONDS", "0.3")
    slow, good = tmp_path / "slow.txt", tmp_path / "good.txt"
    slow.write_text(" date 2026-03-12\nHeadline\n\n" + "\n\n".join(LONG) + "\n")
    good.write_text(" date 2026-03-12\nHeadline\n\n" + SAID + "\n")
    status = main(["extract", "--json", str(slow), str(good)])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [line["file"] for line in lines] == [str(slow), str(good)]
    assert lines[0]["statements"] == [] and "extraction stopped after 0.3 s" in lines[0]["error"]
    assert lines[1]["statements"][0]["content"] == "We will keep the hotline open"
    assert err.startswith(f"error: {slow}:") and err.count("\n") == 1


@pytest.mark.parametrize(
    "text",
    ['"' * 50_000, "“" * 50_000, '" ' * 25_000, '"a b" ' * 10_000, "``" * 25_000, "'a b' " * 10_000],
)
def test_quote_scanning_is_linear(text):
    """50,000 marks in one paragraph: a quadratic scan would take minutes."""
    start = time.monotonic()
    find_quotes(text, ((0, len(text)),))
    assert time.monotonic() - start < 5


SHORT = [
    article(SAID, path="one.txt"),
    article(
        "The harbour board met on Monday.", '"The levy stays," board chair Odile Brenn said.', path="two.txt"
    ),
    article('"Nobody asked us," said Tamsin Ekwe, a trawler captain.', path="three.txt"),
]


def test_short_articles_parsed_together_read_as_each_alone(extractor):
    """Consecutive short articles share one parsing batch; each comes out as if parsed alone,
    in order, and one refused among them stays in its place and costs the others nothing."""
    limits = dataclasses.replace(SMALL, paragraphs=2_000, paragraph_chars=2_000)
    extractor = Extractor(
        tuple(extractor.index.by_slug.values()), (), extractor.lexicon, extractor.nlp, limits=limits
    )
    alone = [extractor.extract(a) for a in SHORT]
    refused = article('"' * 7, path="refused.txt")
    together = list(extractor.extract_each([SHORT[0], SHORT[1], refused, SHORT[2], SHORT[0]]))
    assert together[:2] + together[3:] == alone + alone[:1]
    assert isinstance(together[2], ArticleError) and "refused.txt" in str(together[2])
    assert [len(e.statements) for e in alone] == [1, 1, 1]
