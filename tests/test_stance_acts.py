"""Words of acts the lexicon lacked (issue 8, fifth round): the phrasal verbs of postponing
("put off", "hold off on"), general as "postpone" and "delay" are, and the acts that stop a
balloon or a leaflet from flying ("ground", "intercept", "confiscate"), with the singular
"balloon" as the leaflet concept's keyword beside the plural.

Every sentence is written for these tests (invented people, wording of our own). Negative
cases: an act told of the past, "ground" as a noun, the phrase with another particle.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Rep. Ohn Da-som warned that the government should not put off the joint drills to win a summit.",
            "put off",
            "military-exercises",
            "oppose",
        ),
        (
            "Rep. Ohn Da-som said the allies should put off the joint drills until the autumn.",
            "put off",
            "military-exercises",
            "support",
        ),
        (
            "Rep. Ohn Da-som said the cabinet would hold off on any new sanctions for now.",
            "hold off",
            "sanctions",
            "oppose",
        ),
        (
            "Rep. Ohn Da-som said she would table a bill that lets the coast guard ground any balloon sent "
            "from the islands.",
            "ground",
            "leaflet-launches",
            "support",
        ),
        (
            "Rep. Ohn Da-som said the police should confiscate the leaflets before they are launched.",
            "confiscate",
            "leaflet-launches",
            "support",
        ),
        # negative: an act told of the past, "ground" as a noun, another particle
        ("Rep. Ohn Da-som said police had grounded a balloon last week.", "grounded", None, None),
        ("Rep. Ohn Da-som said a balloon landed on the ground near the school.", "landed", None, None),
        ("Rep. Ohn Da-som said the allies put the joint drills on their agenda.", "agenda", None, None),
    ],
)
def test_acts_of_postponing_and_of_stopping_a_flight(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # negative: the keyword is the agent of a verb of acting, which takes its side toward an object
        ('"The balloons themselves don\'t change much," said Rep. Ohn Da-som.', "change", None, None),
        ("Rep. Ohn Da-som said the sanctions regime had changed since 2017.", "changed", None, None),
        ('"Engagement alone never ends anything," said Rep. Ohn Da-som.', "ends", None, None),
        # still read: a verb of the thing's own course, a passive, an effect
        ("Rep. Ohn Da-som said the joint drills would go ahead.", "go ahead", "military-exercises", "oppose"),
        ("Rep. Ohn Da-som said the leaflets must be stopped.", "stopped", "leaflet-launches", "support"),
        (
            "Rep. Ohn Da-som said talks with the North would help ease tensions.",
            "help",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_a_verb_of_acting_says_nothing_of_its_agent(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
