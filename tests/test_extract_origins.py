"""Where a person is, or comes from, is no body they speak for: a source named by the province
they are in, a defector by the country they left, a diplomat by the international body they are
posted at.

Every name, body and sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.extract import Extractor
from bot.model import Actor
from tests.attribution import speakers_and_bodies

ACTORS = (
    Actor("korea", "South Korea", "government", aliases=("Seoul", "South Korean")),
    Actor("north", "North Korea", "government", aliases=("Pyongyang", "North Korean", "the North")),
    Actor("japan", "Japan", "government", aliases=("Tokyo", "Japanese")),
    Actor("un", "United Nations", "international", aliases=("UN", "U.N.")),
)  # fmt: skip
PUBLISHED = date(2026, 5, 14)


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp, extractor.names)


def who(x, *paragraphs) -> list[tuple[str, str | None]]:
    return speakers_and_bodies(x, *paragraphs, published=PUBLISHED)


@pytest.mark.parametrize(
    "later, expected",
    [
        # "the X source" is the source introduced "in X", and no body; not the other source
        ("Corn sold for 3,000 won a kilogram last week, the Jagang source said.", ("anon-source-1", None)),
        ("Corn sold for 3,000 won a kilogram last week, the South Pyongan source said.",
         ("anon-source-2", None)),
    ],
)  # fmt: skip
def test_the_source_named_by_a_place_is_the_one_met_there(x, later, expected):
    got = who(
        x,
        "A source in Jagang Province told the newsletter on Monday that the inspections began in May.",
        "A second source, in South Pyongan Province, said similar inspections had begun in Anju.",
        later,
    )
    assert got[-1] == expected


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # the country a defector left is no body they speak for
        ("Pak Su-ryon, a North Korean defector who worked on a farm near Khabarovsk, said the pay was poor.",
         None),
        ("A North Korean defector in Seoul said the pay was poor.", None),
        # negatives: a post of the state is the state's
        ("Ri Song-il, a North Korean diplomat, said the pay was fair.", "north"),
        ("A North Korean official said the pay was fair.", "north"),
    ],
)  # fmt: skip
def test_a_defector_does_not_speak_for_the_country_left(x, sentence, actor):
    assert [a for _, a in who(x, sentence)] == [actor]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a diplomat posted at an international body is a member state's, not the body's
        ("A Nordic diplomat at the United Nations said the report would be out within weeks.", None),
        ("A Japanese diplomat at the United Nations said the report would be out within weeks.", "japan"),
        # negatives: the body's own staff are the body's
        ("An official at the United Nations said the report would be out within weeks.", "un"),
        ("A spokesperson at the United Nations said the report would be out within weeks.", "un"),
    ],
)  # fmt: skip
def test_a_diplomat_at_an_international_body_is_not_the_body_s(x, sentence, actor):
    assert [a for _, a in who(x, sentence)] == [actor]
