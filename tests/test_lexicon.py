"""data/lexicon.toml: every list is read by the code, none repeats an entry, and the sentence
shown around a short statement (computed in extraction with the lexicon's abbreviations)."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from bot.extract.context import sentence_around
from bot.extract.lexicon import LISTS, lexicon_from_lists
from bot.tables import load_lexicon

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "data" / "lexicon.toml"


def _raw() -> dict[str, list[str]]:
    with open(LEXICON, "rb") as f:
        return tomllib.load(f)


@pytest.mark.parametrize("name", sorted(_raw()))
def test_no_list_repeats_an_entry(name):
    counts = Counter(w.lower() for w in _raw()[name])
    assert [w for w, n in counts.items() if n > 1] == []


def test_the_file_holds_exactly_the_lists_the_lexicon_reads():
    assert sorted(_raw()) == sorted(LISTS)


def _code() -> str:
    sources = (ROOT / "bot").rglob("*.py")
    return "\n".join(p.read_text() for p in sources if p.name != "lexicon.py")


def _methods_reading(name: str) -> set[str]:
    """The Lexicon methods and properties whose body reads `self.<name>`."""
    source = (ROOT / "bot" / "extract" / "lexicon.py").read_text()
    bodies = re.findall(r"def (\w+)\(self[^\n]*\n(.*?)(?=\n    (?:@|def )|\n\S|\Z)", source, re.S)
    return {method for method, body in bodies if re.search(rf"self\.{name}\b", body)}


@pytest.mark.parametrize("name", LISTS)
def test_every_list_is_used_by_the_code(name):
    readers = {name} | _methods_reading(name)
    assert any(re.search(rf"\.{r}\b", _code()) for r in readers), f"{name} is read by nothing"


def test_a_missing_list_is_a_clear_error(tmp_path):
    from bot.errors import DataFileError

    lists = load_lexicon(LEXICON)
    del lists["abbreviations"]
    with pytest.raises(DataFileError, match="missing lists abbreviations"):
        lexicon_from_lists(lists)


ABBREVIATIONS = lexicon_from_lists(load_lexicon(LEXICON)).abbreviations
CONTEXT = [
    # (paragraph, the short content, the sentence shown)
    ("The panel met. Party leader Rep. Tam Oru on Nov. 3 backed the plan. Others left.", "the plan",
     "Party leader Rep. Tam Oru on Nov. 3 backed the plan."),
    ("Dr. Velk called the levy “a slow poison” at the forum. Nobody answered.", "a slow poison",
     "Dr. Velk called the levy “a slow poison” at the forum."),
    ("The envoy met N. Orlo in Oslo. He said the deal was “close.” Talks go on.", "close",
     "He said the deal was “close.”"),
    # negative: long content reads on its own and gets no sentence
    ("The mayor said the harbour tax would be lifted for every fishing cooperative in the district "
     "before winter. Then she left.",
     "the harbour tax would be lifted for every fishing cooperative in the district before winter", ""),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "content", "expected"), CONTEXT)
def test_the_sentence_shown_around_a_short_statement(paragraph, content, expected):
    text = "Headline\n\n" + paragraph
    start = text.index(content)
    bounds = (len("Headline\n\n"), len(text))
    assert sentence_around(text, bounds, (start, start + len(content)), ABBREVIATIONS) == expected


def test_no_sentence_for_a_span_outside_its_paragraph():
    text = "One. Two.\n\nThree four."
    assert sentence_around(text, (0, 9), (11, 16), ABBREVIATIONS) == ""
