"""Stance (issue 8): a form a speaker's own verb of naming or classing makes of a thing
(bot/extract/stance_classed.py `named_into`, read where the path leaves the statement for its cue).

- "called the South “our principal enemy”", "described Seoul as “a hostile foreign state”": for a
  concept whose keywords name a form a thing takes (`form` in data/concepts.toml), naming a thing
  one says it is one, as "the South is a hostile state" does.
- Not a thing named as something else ("dismissed the working group as “a relic”" judges the
  group), nor another concept's keyword inside the class ("a humanitarian gesture" names no aid).

Every sentence is written for these tests (invented people, wording of our own). The table has
negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "In a speech to cadets, Marshal Pak Yong-sik called the South \u201cour principal enemy.\u201d",
            "principal enemy",
            "two-state",
            "support",
        ),
        (
            "Ri Chol-man, a commentator for the party newspaper, described Seoul as \u201ca hostile "
            "foreign state\u201d in an essay on Sunday.",
            "hostile foreign",
            "two-state",
            "support",
        ),
        (
            "Lawmaker Kang Min-ho called the panel \u201ca working group by another name.\u201d",
            "panel",
            "working-group",
            "support",
        ),
        # negative: the keyword is the thing named, judged by what it is named as
        (
            "Lawmaker Kang Min-ho dismissed the working group as \u201ca relic.\u201d",
            "relic",
            "working-group",
            "oppose",
        ),
        # negative: a keyword of a concept that is no form, inside the class
        (
            "Lawmaker Kang Min-ho called the border talks \u201ca humanitarian gesture, no more.\u201d",
            "gesture",
            None,
            None,
        ),
        (
            "Lawmaker Kang Min-ho described the fishing dispute as a human rights question.",
            "fishing",
            None,
            None,
        ),
    ],
)
def test_named_forms(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
