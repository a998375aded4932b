"""A standing frame named beside another concept (data/concepts.toml `background`).

The alliance and its deterrence are the backdrop of nearly every security story: a statement that
names them beside another concept's thing, in a clause or sentence of its own joined to theirs or
in the phrase holding them, most often gives them as the reason for, or the setting of, its
position on that thing ("keep the alliance strong and keep the door to talks open"), so the other
concept's mention is read first. Named alone, beside a concept the statement takes no side on, or
with the other concept in a phrase serving the alliance's own clause ("strengthen deterrence
instead of building a bomb") or set against it ("rather than"), the alliance decides as before.

Every sentence is written for these tests (invented people and wording); the concepts are the
project's data/concepts.toml.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

SAID = "Defence analyst Ruth Okoye said "


@pytest.mark.parametrize(
    "text, concept, agreement",
    [
        (
            SAID + "Seoul would keep its alliance with Washington strong and keep the door to dialogue "
            "with North Korea open.",
            "inter-korean-dialogue",
            "support",
        ),
        (
            SAID
            + "the government would strengthen deterrence and would never scale back the joint exercises.",
            "military-exercises",
            "oppose",
        ),
        (
            SAID + '"We should stand by the alliance and keep up the pressure of sanctions."',
            "sanctions",
            "support",
        ),
        (
            SAID + '"The summer drills with American forces are no bargaining chip."',
            "military-exercises",
            "oppose",
        ),
        # negative: the alliance alone, or beside a concept only named, still decides
        (SAID + "the alliance must be strengthened.", "us-alliance-deterrence", "support"),
        (
            SAID
            + "the alliance was discussed along with sanctions, and that the alliance must be strengthened.",
            "us-alliance-deterrence",
            "support",
        ),
        # negative: another concept in a phrase serving the alliance's own clause, or set against it
        (
            SAID + "Seoul should strengthen extended deterrence instead of building its own nuclear weapons.",
            "us-alliance-deterrence",
            "support",
        ),
        (
            SAID + "Seoul should bolster the alliance to make sanctions bite.",
            "us-alliance-deterrence",
            "support",
        ),
        (
            SAID + "Seoul should bolster the alliance rather than resume dialogue with Pyongyang.",
            "us-alliance-deterrence",
            "support",
        ),
    ],
)
def test_another_concept_beside_the_alliance_decides_first(extractor, text, concept, agreement):
    fragment = text[len(SAID) :].strip('"').split()[1]
    assert stance_of(extractor, text, fragment) == (concept, agreement)
