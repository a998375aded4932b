"""Finding quoted spans in article text.

Double quote marks only (single ones nest inside or are apostrophes). Curly marks say which way
they face; a straight mark opens when no quote is open and closes otherwise, so mixed pairs
(opens curly, closes straight) work. News convention for quotes running over paragraphs: a
paragraph whose quote is still open at its end, followed by one that opens with a quote mark,
continues into it (the closing mark is left out on purpose).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
TRAILING_PUNCT = ".,;:!?…"


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_at: int  # index of the opening mark
    close_at: int | None  # index of the closing mark; None when it runs to the paragraph's end
    paragraph: int
    continues: bool = False  # the next paragraph carries on this quote

    @property
    def outer(self) -> tuple[int, int]:
        return self.open_at, (self.close_at + 1) if self.close_at is not None else self.end


def _mark_at(text: str, i: int) -> str:
    """The quote mark at i: two apostrophes or backticks stand for a double mark (NYT style)."""
    pair = text[i : i + 2]
    if pair == "``":
        return "“"
    if pair == "''":
        return STRAIGHT
    return text[i]


def _facing(text: str, i: int, double: bool, is_open: bool) -> str:
    """Which way a straight mark faces: space before and a word after opens; a word before and
    space or punctuation after closes; otherwise it toggles."""
    before = text[i - 1] if i > 0 else " "
    after_at = i + (2 if double else 1)
    after = text[after_at] if after_at < len(text) else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "“"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-'’"):
        return "”"
    return "”" if is_open else "“"


def _inner(text: str, open_at: int) -> int:
    return open_at + (2 if text[open_at : open_at + 2] in ("``", "''") else 1)


MARKS = re.compile(r"``|''|[\"“”„«»]")


def _scan_paragraph(text: str, start: int, end: int, index: int) -> list[Quote]:
    """A quote inside a quote (“He told me, “never,” and left”) is part of the outer one, whose
    speaker quotes someone else; when that reading leaves the outer quote unclosed, a second
    opener is taken to mean the first quote was never closed."""
    nested, unclosed = _scan_marks(text, start, end, index, nest=True)
    return _scan_marks(text, start, end, index, nest=False)[0] if unclosed else nested


def _scan_marks(text: str, start: int, end: int, index: int, nest: bool) -> tuple[list[Quote], bool]:
    quotes, open_at, skip, depth, inner_seen = [], None, -1, 0, False
    for i in (m.start() for m in MARKS.finditer(text, start, end)):
        if i == skip:
            continue
        ch = _mark_at(text, i)
        if ch != text[i]:
            skip = i + 1
        if ch == STRAIGHT:
            ch = _facing(text, i, skip == i + 1, open_at is not None)
        if open_at is None and ch in OPENERS:
            open_at = i
        elif open_at is not None and ch in CLOSERS and depth:
            depth -= 1  # closes the quote inside the quote
        elif open_at is not None and ch in CLOSERS:
            inner = _inner(text, open_at)
            if i > inner:
                quotes.append(Quote(inner, i, open_at, i + (1 if skip == i + 1 else 0), index))
            open_at = None
        elif open_at is not None and ch in OPENERS and nest:
            depth, inner_seen = depth + 1, True
        elif open_at is not None and ch in OPENERS:
            # a second opener before any closer: the first quote was never closed
            quotes.append(Quote(_inner(text, open_at), i, open_at, None, index))
            open_at = i
    if open_at is not None and end > _inner(text, open_at):
        quotes.append(Quote(_inner(text, open_at), end, open_at, None, index))
    return quotes, inner_seen and (open_at is not None or depth > 0)


def _starts_with_quote(text: str, span: tuple[int, int]) -> bool:
    return span[0] < span[1] and (_mark_at(text, span[0]) in OPENERS or _mark_at(text, span[0]) == STRAIGHT)


SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=\w)")
SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])[’'](?=[\s.,;:!?)\]—–-]|$)")


def _scan_single(text: str, start: int, end: int, index: int) -> list[Quote]:
    """Single marks as quotation marks, for a paragraph with no double ones ('…,' she said): an
    opening mark before a word, a closing one after a word and before a space or punctuation,
    with at least two words between (so "leaders' talks" and "don't" are not quotes)."""
    quotes, pos = [], start
    while True:
        m = SINGLE_OPEN.search(text, pos, end)
        if m is None:
            return quotes
        c = SINGLE_CLOSE.search(text, m.end(), end)
        if c is None:
            return quotes
        if len(text[m.end() : c.start()].split()) >= 2:
            quotes.append(Quote(m.end(), c.start(), m.start(), c.start(), index))
        pos = c.end()


def find_quotes(text: str, paragraphs: tuple[tuple[int, int], ...]) -> list[Quote]:
    """All quotes, in order, each inside one paragraph (a multi-paragraph quote is split)."""
    found: list[Quote] = []
    for n, (start, end) in enumerate(paragraphs):
        double = _scan_paragraph(text, start, end, n)
        found.extend(double or _scan_single(text, start, end, n))
    out = []
    for q in found:
        nxt = paragraphs[q.paragraph + 1] if q.paragraph + 1 < len(paragraphs) else None
        if q.close_at is None and nxt is not None and _starts_with_quote(text, nxt):
            q = Quote(q.start, q.end, q.open_at, None, q.paragraph, continues=True)
        out.append(_trim(text, q))
    return out


def _trim(text: str, q: Quote) -> Quote:
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Quote(s, e, q.open_at, q.close_at, q.paragraph, q.continues)


def content_of(text: str, q: Quote) -> tuple[int, int]:
    """The quote's statement span: inside the marks, without a trailing comma."""
    s, e = q.start, q.end
    while e > s and text[e - 1] in ",;:":
        e -= 1
    return s, e


def looks_like_sentence(text: str, q: Quote) -> bool:
    """A full quoted sentence (direct speech) rather than a fragment inside narration."""
    inner = text[q.start : q.end]
    return bool(inner) and (inner[0].isupper() or inner[0].isdigit() or inner[0] in "‘'")


def looks_like_name(inner: str) -> bool:
    """Title Case words without sentence punctuation: a name or label ("Peace Strategy Committee")."""
    inner = inner.rstrip(".,")  # "under the theme “From Armistice to Peace.”": US punctuation
    words = [w for w in inner.replace("-", " ").split() if w[:1].isalpha()]
    if not words or len(words) > 10 or any(ch in inner for ch in ".!?"):
        return False
    small = {"of", "the", "and", "for", "to", "on", "in", "a", "an", "at", "with", "by"}
    return all(w[0].isupper() for w in words if w.lower() not in small)


def woven_on(text: str, end: int, quotes: tuple[Quote, ...], joiners: frozenset[str]) -> Quote | None:
    """The quote a reported clause runs on into: opened right where the clause ends, with only a
    space or a conjunction between ("said it would send it again by fax “and by every route
    available.”", "called on both sides to exercise restraint and “address ...”"). The parser ends
    the clause at the quote mark; the writer did not, and the words are the same speaker's."""
    if end == 0 or text[end - 1] in ".?!":
        return None  # a sentence ended: a quote after it is one of its own
    for q in quotes:
        gap = text[end : q.open_at]
        if q.open_at >= end and "\n" not in gap and all(w in joiners for w in gap.split()):
            return q
    return None


SENTENCE_END = re.compile(r"[.!?][\"”’']*(?=\s|$)")


def colon_elaboration(text: str, end: int, para_end: int) -> int:
    """Where a reported clause ending in a colon ends once what the colon opens is read with it
    ("said that the position remained unchanged: the country is committed to X"): the rest of
    the sentence spells out what was said. `end` itself when no colon follows."""
    rest = text[end:para_end]
    if not rest.startswith(":") or not rest[1:2].isspace():
        return end
    m = SENTENCE_END.search(rest, 2)
    if m is not None and m.group().startswith("?"):
        return end  # "… no longer compatriots: what is the ministry for?": the writer asks
    return end + (m.start() if m else len(rest.rstrip()))
