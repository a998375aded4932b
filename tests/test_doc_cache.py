"""The parse read once (bot/extract/doc_cache.py) and the actor-name trie (bot/extract/names.py):
each must give exactly what the plain, slower reading gives."""

import re

import pytest

from bot.extract.doc_cache import tokens_between, tokens_with
from bot.extract.names import APOSTROPHES, _pattern

SENTENCES = [
    "According to two officials, the harbour board rejected the levy on Friday.",
    "“We will not wait,” said Mara Oyelaran, who chairs the Tidewater Fishers’ Union.",
    "The council, meeting in Lusk, voted against the plan and called for new talks.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_with_is_a_filter_of_the_parse(extractor, text):
    doc = extractor.nlp(text)
    got = [t.i for t in tokens_with(doc, pos=("VERB", "NOUN"), dep=("nsubj",), lower=("according",))]
    want = [t.i for t in doc if t.pos_ in ("VERB", "NOUN") or t.dep_ == "nsubj" or t.lower_ == "according"]
    assert got == want
    assert [t.i for t in tokens_with(doc, dep=("nsubj",))] == [t.i for t in doc if t.dep_ == "nsubj"]
    assert tokens_with(doc) == []  # nothing asked, nothing given


@pytest.mark.parametrize("text", SENTENCES[:3])
def test_tokens_between_are_the_tokens_starting_in_the_range(extractor, text):
    doc = extractor.nlp(text)
    for start, end in ((0, len(text)), (5, 30), (len(text) - 4, len(text)), (10, 10), (30, 5)):
        assert [t.i for t in tokens_between(doc, start, end)] == [t.i for t in doc if start <= t.idx < end]


def _plain(phrases):
    """The pattern as an alternation tried longest first (what the trie must equal)."""
    parts = []
    for p in sorted({p.translate(APOSTROPHES) for p in phrases}, key=len, reverse=True):
        body = re.escape(p)
        parts.append(body if len(p) <= 4 and p.isupper() else f"(?i:{body})")
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?!\w)")


PHRASES = [
    [
        "Harbour Board",
        "Harbour Board of Lusk",
        "HB",
        "Lusk",
        "Lusk Harbour",
        "Tidewater Fishers’ Union",
        "TFU",
    ],
    ["UN", "UN Office", "Un Office for Ports", "U.N.", "Ports Agency", "Port"],  # "Un…" folds onto "UN…"
    ["Ko", "KOR", "Korin Sato", "Kor"],  # a folded phrase that begins an exact one: plain alternation kept
]
TEXTS = [
    "The Harbour Board of Lusk and the harbour board of lusk met; HB and hb, "
    "the TFU and Tidewater Fishers' Union.",
    "The UN Office for Ports, the un office, the U.N. and UN officials; a Port Agency and the Ports Agency.",
    "KOR said; Kor said; Korin Sato, ko and KO; Korean.",
]


@pytest.mark.parametrize("phrases", PHRASES)
@pytest.mark.parametrize("text", TEXTS)
def test_name_pattern_matches_as_the_plain_alternation(phrases, text):
    text = text.translate(APOSTROPHES)
    assert [m.span() for m in _pattern(phrases).finditer(text)] == [
        m.span() for m in _plain(phrases).finditer(text)
    ]


def test_no_phrases_no_pattern():
    assert _pattern([]) is None
