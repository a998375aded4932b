"""An unnamed official described by field and country ("a U.S. treasury official"): the press
names a ministry after its field, so the country's listed body of that field speaks. A local
head titled after a place ("Jeolla Governor X") speaks for that place's government.

Every name, body and sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.model import Actor

ACTORS = (
    Actor("korea", "South Korea", "government", aliases=("Seoul", "South Korean")),
    Actor("us", "United States", "government", aliases=("US", "U.S.", "Washington")),
    Actor("norway", "Norway", "government", aliases=("Norwegian",)),
    Actor("fisheries", "Fisheries Ministry", "ministry", parent="korea"),
    Actor("treasury", "US Treasury Department", "ministry", parent="us", aliases=("Treasury Department",)),
)
PUBLISHED = date(2026, 6, 3)


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp, extractor.names)


def run(x, *paragraphs):
    return x.extract(parse_article("\n\n".join(paragraphs), "t.txt", PUBLISHED))


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("A U.S. treasury official said the new levies would start in March.", "treasury"),
        ("A senior U.S. treasury official told reporters that the levies would start soon.", "treasury"),
        ("A South Korean fisheries official said the quota talks would resume.", "fisheries"),
        ("Two South Korean fisheries officials said the quota talks would resume.", "fisheries"),
        # negatives: a field the country has no listed body of is the country's word
        ("A U.S. fisheries official said the quota talks would resume.", "us"),
        ("A Norwegian fisheries official said the quota talks would resume.", "norway"),
        ("A South Korean government official said the quota talks would resume.", "korea"),
        # negative: a capitalised body name is read as a name, as before
        ("A Treasury Department official said the new levies would start in March.", "treasury"),
    ],
)  # fmt: skip
def test_an_official_of_a_field_speaks_for_that_countrys_body_of_the_field(x, sentence, actor):
    assert [st.actor for st in run(x, sentence).statements] == [actor]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Jeolla Governor Bang Su-ah said the ferry line should reopen.", "jeolla-province"),
        ("Ulsan Mayor Yeo Dong-gu told reporters the harbour would stay open.", "ulsan-city"),
        # negatives: a bare title names no place; a listed name before it is read as before
        ("Governor Bang Su-ah said the ferry line should reopen.", None),
        ("Senior Deputy Governor Bang Su-ah said the bank would act.", None),  # a rank, not a place
        ("Seoul Mayor Yeo Dong-gu said the harbour would stay open.", "korea"),
    ],
)  # fmt: skip
def test_a_local_head_titled_after_a_place_speaks_for_its_government(x, sentence, actor):
    assert [st.actor for st in run(x, sentence).statements] == [actor]


@pytest.mark.parametrize(
    "paragraphs, actor",
    [
        # the story's own lower-case word for the unit names its level: Japan's governors head prefectures
        (("Akita Governor Sayaka Endo said the sea walls must be paid for by the state.",
          "The prefecture has asked for 9 billion yen."), "akita-prefecture"),
        # negative: with no such word the level is the table's first
        (("Akita Governor Sayaka Endo said the sea walls must be paid for by the state.",
          "The province has asked for 9 billion yen."), "akita-province"),
    ],
)  # fmt: skip
def test_a_local_head_s_unit_is_what_the_story_calls_it(x, paragraphs, actor):
    assert [st.actor for st in run(x, *paragraphs).statements][:1] == [actor]


def test_later_mentions_of_the_local_head_keep_the_place(x):
    got = run(
        x, "Jeolla Governor Bang Su-ah said the ferry line should reopen.", "Bang said the fares would fall."
    )
    assert [st.actor for st in got.statements] == ["jeolla-province"] * 2


PAIR = (
    "Finnish President Aino Laakso and Estonian Prime Minister Kaja Tamm met in Helsinki on Monday.",
    "Laakso said the ferry link mattered. Tamm said the power grid would be linked.",
)


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The two leaders said they would meet again next year.", "kaja-tamm"),
        ("Both leaders said that the pipeline should be repaired.", "kaja-tamm"),
        # negatives: a pair of bodies, not people; a leader alone is no pair
        ("The two sides said the border would stay open.", "anon-source-1"),
        # negative: a bare count with no "the" introduces people not met before
        ("Two officials, speaking on condition of anonymity, said the border would stay open.",
         "group-two-officials"),
    ],
)  # fmt: skip
def test_a_pair_of_leaders_named_before_speaks_as_the_later_of_them(x, sentence, speaker):
    assert run(x, *PAIR, sentence).statements[-1].speaker.id == speaker


def test_a_pair_is_not_found_when_only_one_person_spoke_before(x):
    got = run(x, "Laakso said the ferry link mattered.", "The two leaders said they would meet again.")
    assert got.statements[-1].speaker.id not in ("laakso", "aino-laakso")
