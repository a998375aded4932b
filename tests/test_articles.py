"""Article files: the date line, paragraphs and offsets, and the errors that name file and line."""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import decode_article, parse_article
from bot.errors import ArticleError


def test_date_line_headline_and_paragraph_offsets():
    text = " date 2026-02-01 A headline\n\nFirst paragraph.\n\n\n  Second one.\n"
    article = parse_article(text, "a.txt")
    assert article.published == date(2026, 2, 1)
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    assert paragraphs == ["A headline", "First paragraph.", "Second one."]
    assert article.title == "A headline"


def test_a_file_without_a_date_line_takes_the_date_given_or_none():
    assert parse_article("Headline\n\nBody.", "b.txt", date(2026, 1, 2)).published == date(2026, 1, 2)
    assert parse_article("Headline\n\nBody.", "b.txt").published is None


def test_long_unwrapped_lines_are_paragraphs_and_wrapped_lines_are_not():
    long_line = "word " * 40
    unwrapped = parse_article(f"Headline\n{long_line}\n{long_line}", "c.txt")
    wrapped = parse_article("Headline\nshort line\nanother short line", "d.txt")
    assert len(unwrapped.paragraphs) == 3 and len(wrapped.paragraphs) == 1


@pytest.mark.parametrize(
    "data, message",
    [
        (b" date 2026-13-01 x\n\nbody", "e.txt:1: impossible date '2026-13-01'"),
        (b" date 01/02/2026 x\n\nbody", "e.txt:1: malformed date '01/02/2026' (expected YYYY-MM-DD)"),
        (b"   \n\n", "e.txt: empty file: an article needs a headline and at least one paragraph"),
        (b"x\n\nbody\x00", "e.txt:3: binary file (NUL byte): articles are UTF-8 text"),
        (b"x\n\ncaf\xe9", "e.txt:3: invalid UTF-8 at byte 6: save the file as UTF-8"),
        (" date ٢٠٢٥-١٢-١٠ x\n\nbody".encode(),
         "e.txt:1: malformed date '٢٠٢٥-١٢-١٠' (expected YYYY-MM-DD)"),  # Arabic-Indic digits
        (" date ２０２５-１２-１０ x\n\nbody".encode(),
         "e.txt:1: malformed date '２０２５-１２-１０' (expected YYYY-MM-DD)"),  # full-width digits
    ],
)  # fmt: skip
def test_bad_files_are_refused_with_file_and_line(data, message):
    with pytest.raises(ArticleError) as e:
        parse_article(decode_article(data, "e.txt"), "e.txt")
    assert str(e.value) == message


def test_windows_line_endings_read_like_the_scorer_reads_them():
    article = parse_article(decode_article(b"x\r\n\r\nBody one.\r\n", "f.txt"), "f.txt")
    assert article.text == "x\n\nBody one.\n"
