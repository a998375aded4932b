"""A body known only by its name, with no organisation word in it, that a person leads or holds a
role of: "X, who heads Open Sea Voices", "Y, Tidewell's head of research" after "the research
firm Tidewell" (found_bodies._proper_body).

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
    Actor("sky-party", "Sky Party", "party", parent="korea"),
)
PUBLISHED = date(2026, 5, 14)


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp, extractor.names)


def who(x, *paragraphs) -> list[tuple[str, str | None]]:
    got = x.extract(parse_article("\n\n".join(("Quay closure", *paragraphs)), "t.txt", PUBLISHED))
    return [(st.speaker.id, st.actor) for st in got.statements]


@pytest.mark.parametrize(
    "introduced, actor",
    [
        # the name a verb of leading takes is the body led, though no organisation word names it
        ("Jon Varga, a fisherman who heads Open Sea Voices,", "open-sea-voices"),
        ("Jon Varga, who runs the Marlow-based Tidal Refuge Mission,", "tidal-refuge-mission"),
        # negatives: a name visited, not led; one led in the past; a place
        ("Jon Varga, a fisherman who visits Open Sea Voices each week,", None),
        ("Jon Varga, a fisherman who headed Open Sea Voices until 2020,", None),
        ("Jon Varga, who represents Norway at the talks,", None),
    ],
)  # fmt: skip
def test_a_name_a_person_leads_is_a_body(x, introduced, actor):
    assert who(x, f"{introduced} said the quay must stay open.") == [("jon-varga", actor)]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a one-word name right after a lower-case word for a body is that body, which owns a role
        (["Ship ages rose again, the research firm Tidewell said on Monday.",
          "“The ships are older now,” said Mara Quell, Tidewell's head of research in Oslo."],
         [("tidewell", "tidewell"), ("mara-quell", "tidewell")]),
        # negatives: an owner the story never said was a body; a person's role owned by a person,
        # met before or known by a family name
        (["“The ships are older now,” said Mara Quell, Tidewell's head of research in Oslo."],
         [("mara-quell", None)]),
        (["Ossian Brandt said on Monday he would run.",
          "“The ships are older now,” said Mara Quell, Brandt's head of research."],
         [("ossian-brandt", None), ("mara-quell", None)]),
        (["“The ships are older now,” said Mara Quell, Park Min-su's spokeswoman."],
         [("mara-quell", None)]),
    ],
)  # fmt: skip
def test_the_named_owner_of_a_role_is_the_body_served(x, paragraphs, expected):
    assert who(x, *paragraphs) == expected
