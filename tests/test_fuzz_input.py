"""Fuzz: the article loader, the date resolver and the CLI's argument parsing take any input and
answer with a result or the project's own error, never an uncaught exception.

`make test` runs a bounded number of cases; `make fuzz` 10,000 per target (tests/conftest.py)."""

from __future__ import annotations

import contextlib
import io
from datetime import date

from hypothesis import event, given
from hypothesis import strategies as st

from bot.articles import Limits, decode_article, parse_article, parse_date
from bot.cli import build_parser
from bot.errors import ArticleError, StanceError
from bot.extract.budget import check_limits
from bot.extract.dates import resolve_when
from tests.fuzz_strategies import DATE_WORDS, any_text, hostile_text

DATE_LINES = st.one_of(
    st.builds(lambda d: f" date {d.isoformat()}", st.dates()),
    hostile_text(DATE_WORDS, 4).map(lambda t: f" date {t}"),
    st.just(""),
)
SEPARATORS = st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\r", "\n \t\n", "\n\n\n", " "])


@st.composite
def article_bytes(draw) -> bytes:
    """Mostly article-shaped text (date line, paragraphs, quote marks); sometimes any bytes."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=400))
    paragraphs = draw(st.lists(hostile_text(DATE_WORDS), max_size=8))
    body = "".join(p + draw(SEPARATORS) for p in paragraphs)
    return (draw(DATE_LINES) + draw(SEPARATORS) + body).encode("utf-8", "surrogatepass")


SMALL = Limits(paragraph_chars=120, paragraphs=5, quote_marks=4, word_chars=20)


@given(article_bytes(), st.one_of(st.none(), st.dates()))
def test_the_article_loader_accepts_an_article_or_says_why_not(data, published):
    try:
        article = parse_article(decode_article(data, "f.txt"), "f.txt", published)
        for limits in (Limits(), SMALL):
            check_limits(article, limits)
    except ArticleError as e:
        event(f"refused: {e.problem.split(' ')[0]}")
        assert str(e).startswith("f.txt")
        return
    event("accepted")
    assert article.paragraphs and all(0 <= s < e <= len(article.text) for s, e in article.paragraphs)


@given(hostile_text(DATE_WORDS), st.dates())
def test_the_date_resolver_gives_a_date_in_the_calendar_or_none(phrase, published):
    found = resolve_when(phrase, published)
    event("none" if found is None else found[1])
    if found is not None:
        when, precision = found
        iso = {"day": when, "month": f"{when}-01", "year": f"{when}-01-01"}[precision]
        assert date.fromisoformat(iso).isoformat() == iso


@given(st.one_of(any_text, hostile_text(DATE_WORDS, 4)))
def test_a_date_line_is_a_date_or_an_article_error(raw):
    try:
        parse_date(raw, "f.txt", 1)
    except ArticleError as e:
        assert e.problem.startswith(("malformed date", "impossible date"))


COMMANDS = ["extract", "ingest", "stance", "quotes", "search", "timeline", "compare", "actors", "article",
            "run", "ask", "sync", "--db", "--help", "nonsense"]  # fmt: skip


@given(st.sampled_from(COMMANDS), st.lists(hostile_text(max_pieces=4), max_size=6))
def test_the_cli_parses_any_arguments_or_exits_with_usage(command, args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            parsed = build_parser().parse_args([command, *args])
        except SystemExit as e:
            event(f"exit {e.code}")
            assert e.code in (0, 2)
            return
        except StanceError as e:  # a range-checked number: main's handler says `error: …`
            event(type(e).__name__)
            return
    event(f"parsed {parsed.command}")
    assert callable(parsed.run)
