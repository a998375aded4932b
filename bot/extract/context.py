"""The sentence shown around a short statement: a partial quote ("“a mistake”") reads badly alone.

Computed during extraction, where the paragraphs are known, so that the store only saves it.
Sentences end at . ! ? (with closing quote marks) unless the word before the full stop is an
abbreviation from the lexicon ("Rep. Jung", "Nov. 14"), a single capital ("N. Korea") or dotted.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s|$)")
SHORT_CONTENT = 80  # longer content reads on its own


def sentence_around(
    text: str, paragraph: tuple[int, int], span: tuple[int, int], abbreviations: frozenset[str]
) -> str:
    """The sentence(s) of `paragraph` holding the short content at `span`; "" for long content."""
    (p_start, p_end), (start, end) = paragraph, span
    if end - start >= SHORT_CONTENT or not p_start <= start <= end <= p_end:
        return ""
    ends = [
        m for m in SENTENCE_END.finditer(text, p_start, p_end) if not _abbreviation(text, m, abbreviations)
    ]
    before = [m.end() for m in ends if m.end() <= start]
    after = next((m for m in ends if m.start() >= end), None)
    found = text[before[-1] if before else p_start : after.end() if after else p_end]
    return " ".join(found.split())


def _abbreviation(text: str, m: re.Match, abbreviations: frozenset[str]) -> bool:
    """A full stop that does not end the sentence."""
    word = re.search(r"[\w.]+$", text[max(0, m.start() - 12) : m.start()])
    w = word.group() if word else ""
    return w.lower() in abbreviations or (len(w) == 1 and w.isupper()) or "." in w
