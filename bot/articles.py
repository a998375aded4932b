"""Article files: parsing the date line, paragraphs and their character offsets.

Format: line 1 is ` date YYYY-MM-DD ` followed by the headline or the lead, then paragraphs
separated by blank lines. A file without the date line is accepted when a date is given (or,
for `extract`, with no date at all). Offsets are Python str indices into the file read as
UTF-8 with universal newlines, the same as `Path.read_text(encoding="utf-8")`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.errors import ArticleError

DATE_LINE = re.compile(r"^[ \t\ufeff]*date[ \t]+(\S+)[ \t]*")
ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # \d would take other scripts' digits too
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
MAX_TITLE = 200
UNWRAPPED_LINE = 150
MAX_BYTES = 5_000_000  # a line this long was typed as a paragraph, not wrapped
ARTICLE_SUFFIXES = (".txt", ".text", ".md")


@dataclass(frozen=True)
class Limits:
    """What the extractor takes on for one article (settings; checked in bot/extract/budget.py).
    News paragraphs run to a few hundred characters and a few quote marks."""

    paragraph_chars: int = 20_000  # the parser needs about 1 GB per 100,000 characters at once
    paragraphs: int = 2_000
    quote_marks: int = 100  # in one paragraph
    word_chars: int = 1_000  # without a space: the tokenizer is quadratic in a run of punctuation
    seconds: float = 30.0  # to parse and read one article


@dataclass(frozen=True)
class Article:
    path: str
    text: str
    published: date | None
    title: str
    paragraphs: tuple[tuple[int, int], ...]
    content_hash: str

    def paragraph_text(self, index: int) -> str:
        start, end = self.paragraphs[index]
        return self.text[start:end]


def parse_date(raw: str, path: str = "<date>", line: int | None = None) -> date:
    if not ISO_DATE.match(raw):
        raise ArticleError(path, f"malformed date {raw!r} (expected YYYY-MM-DD)", line)
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ArticleError(path, f"impossible date {raw!r}", line) from None


def decode_article(data: bytes, path: str) -> str:
    """Bytes to text, refusing empty, binary and non-UTF-8 files with the line of the fault."""
    if not data.strip():
        raise ArticleError(path, "empty file: an article needs a headline and at least one paragraph")
    if len(data) > MAX_BYTES:
        raise ArticleError(path, f"{len(data):,} bytes is too big for one article (at most {MAX_BYTES:,})")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ArticleError(path, "binary file (NUL byte): articles are UTF-8 text", line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ArticleError(path, f"invalid UTF-8 at byte {e.start}: save the file as UTF-8", line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _paragraph_spans(text: str, start: int) -> tuple[tuple[int, int], ...]:
    spans, pos = [], start
    for m in PARAGRAPH_BREAK.finditer(text, start):
        spans.extend(_lines_if_unwrapped(text, pos, m.start()))
        pos = m.end()
    spans.extend(_lines_if_unwrapped(text, pos, len(text)))
    return tuple(_strip_span(text, s, e) for s, e in spans if text[s:e].strip())


def _lines_if_unwrapped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A block whose lines are long was not hard-wrapped: each line is a paragraph."""
    lines, pos = [], start
    for i in range(start, end):
        if text[i] == "\n":
            lines.append((pos, i))
            pos = i + 1
    lines.append((pos, end))
    if len(lines) > 1 and max(e - s for s, e in lines) > UNWRAPPED_LINE:
        return lines
    return [(start, end)]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _title_of(text: str, span: tuple[int, int]) -> str:
    first = " ".join(text[span[0] : span[1]].split())
    return first if len(first) <= MAX_TITLE else first[: MAX_TITLE - 1].rstrip() + "…"


def parse_article(text: str, path: str = "<text>", published: date | None = None) -> Article:
    """Parses an article's text. A date line wins over `published`."""
    body_start = 0
    m = DATE_LINE.match(text)
    if m:
        published = parse_date(m.group(1), path, line=1)
        body_start = m.end()
    paragraphs = _paragraph_spans(text, body_start)
    if not paragraphs:
        raise ArticleError(path, "no text after the date line", 1)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(path, text, published, _title_of(text, paragraphs[0]), paragraphs, digest)


def load_article(path: str | Path, published: date | None = None) -> Article:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(str(path), f"cannot read: {e.strerror or e}") from None
    return parse_article(decode_article(data, str(path)), str(path), published)


def find_article_files(paths: list[Path]) -> list[Path]:
    """Expands directories to the article files in them (sorted); files are kept as given."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix in ARTICLE_SUFFIXES))
        else:
            found.append(p)
    return found
