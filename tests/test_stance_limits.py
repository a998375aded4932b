"""A limit laid on a thing (issue 8, wrong side on /work/fresh-odd).

"The ban on X", "curbs on X", "rules against X" name a measure that goes against X; naming it
takes no side, and what is done to the measure above decides: "restore the ban on X" and
"enforce the rules against X" go against X, "lift the curbs on X" is for it. The parser often
hangs "on X" on the verb ("lift [the ban] [on X]"); it is still the ban's (data/lexicon.toml
`restriction_nouns`).

Every sentence is written for these tests (invented people and wording); the concepts are the
project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from bot.articles import parse_article
from tests.test_stance import PUBLISHED, stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # leaflet-launches is against what its keywords name: going against the launches supports it
        (
            "Councillor Maren Stolz said the city council should restore the ban on flying balloons north.",
            "restore",
            "leaflet-launches",
            "support",
        ),
        (
            "Councillor Maren Stolz said the coast guard would uphold the rules against balloon launches.",
            "uphold",
            "leaflet-launches",
            "support",
        ),
        (
            "Councillor Maren Stolz said the court should scrap the ban on leaflet launches.",
            "scrap",
            "leaflet-launches",
            "oppose",
        ),
        (
            "Councillor Maren Stolz said Seoul should lift the curbs on aid shipments to the North.",
            "curbs",
            "humanitarian-aid",
            "support",
        ),
        (
            "Councillor Maren Stolz urged the cabinet to keep the freeze on food aid in place.",
            "freeze",
            "humanitarian-aid",
            "oppose",
        ),
        # "the case against X" judged weak defends X
        (
            "Councillor Maren Stolz said the case against the sanctions was weak.",
            "case",
            "sanctions",
            "support",
        ),
    ],
)
def test_an_act_on_a_limit_acts_against_its_object(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# negative: a limit named or told, with nothing done to it by the speaker, takes no side; a
# preposition "on" after a noun that lays no limit is a topic, as before
@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Councillor Maren Stolz said the ban on leaflet launches took effect in 2021.", "took effect"),
        ("Councillor Maren Stolz said the curbs on aid shipments were debated for hours.", "debated"),
        ("Councillor Maren Stolz said the committee would focus on leaflet launches.", "focus"),
        ("Councillor Maren Stolz said the hearing on aid shipments would last two days.", "hearing"),
    ],
)
def test_a_limit_named_takes_no_side(extractor, text, fragment):
    got = extractor.extract(parse_article(text, "t.txt", PUBLISHED))
    assert [st.concept for st in got.statements if fragment in st.content] in ([], [None])
