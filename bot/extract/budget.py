"""What one article may cost the extractor: limits checked before parsing, and a time budget.

The parser's and the rules' work grows with paragraph length, paragraph count and the number of
quote marks, and spaCy's tokenizer is quadratic in a run of punctuation with no space in it (10,000
quote marks in a row take ~20 s, twice as many ~100 s). An article over a limit is refused with its
file and line, like any unreadable file; one that runs past its time budget is stopped between
paragraphs and reported failed. The figures are settings (bot.articles.Limits: MAX_PARAGRAPH_CHARS,
MAX_PARAGRAPHS, MAX_QUOTE_MARKS, MAX_WORD_CHARS, EXTRACT_SECONDS); the defaults are far above real
news (PolNeAR's 840 training articles: at most 309 paragraphs, 2,573 characters and 14 quote marks
in a paragraph, words of 87 characters).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from bot.articles import Article, Limits
from bot.errors import ArticleError
from bot.extract.quotes import MARKS

LONG_WORD = re.compile(r"\S+")


def _line(article: Article, offset: int) -> int:
    return article.text.count("\n", 0, offset) + 1


def check_limits(article: Article, limits: Limits) -> None:
    """Raises ArticleError (file and line) for the first limit the article goes over."""
    if len(article.paragraphs) > limits.paragraphs:
        start = article.paragraphs[limits.paragraphs][0]
        problem = f"more than {limits.paragraphs:,} paragraphs (MAX_PARAGRAPHS): split the article"
        raise ArticleError(article.path, problem, _line(article, start))
    for start, end in article.paragraphs:
        problem = _paragraph_problem(article.text, start, end, limits)
        if problem:
            raise ArticleError(article.path, problem, _line(article, start))


def _paragraph_problem(text: str, start: int, end: int, limits: Limits) -> str | None:
    if end - start > limits.paragraph_chars:
        return (
            f"a paragraph of {end - start:,} characters (at most {limits.paragraph_chars:,}, "
            "MAX_PARAGRAPH_CHARS): "
            "separate its paragraphs with blank lines"
        )
    marks = sum(1 for _ in MARKS.finditer(text, start, end))
    if marks > limits.quote_marks:
        return f"a paragraph with {marks:,} quote marks (at most {limits.quote_marks:,}, MAX_QUOTE_MARKS)"
    longest = max((m.end() - m.start() for m in LONG_WORD.finditer(text, start, end)), default=0)
    if longest > limits.word_chars:
        return f"a word of {longest:,} characters (at most {limits.word_chars:,}, MAX_WORD_CHARS)"
    return None


class Deadline:
    """An article's time budget, started when its extraction starts; checked between paragraphs."""

    def __init__(self, article: Article, seconds: float, clock: Callable[[], float] = time.monotonic):
        self.article, self.seconds, self.clock = article, seconds, clock
        self.until = clock() + seconds

    def check(self, paragraph: int) -> None:
        if self.clock() > self.until:
            start = self.article.paragraphs[paragraph][0]
            problem = (
                f"extraction stopped after {self.seconds:g} s (EXTRACT_SECONDS), at paragraph "
                f"{paragraph + 1:,} of {len(self.article.paragraphs):,}: the text is too long or too unusual"
            )
            raise ArticleError(self.article.path, problem, _line(self.article, start))
