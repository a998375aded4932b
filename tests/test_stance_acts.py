"""Words of acts the lexicon lacked (issue 8, fifth round): the phrasal verbs of postponing
("put off", "hold off on"), general as "postpone" and "delay" are, and the acts that stop a
balloon or a leaflet from flying ("ground", "intercept", "confiscate"), with the singular
"balloon" as the leaflet concept's keyword beside the plural; a general verb of acting read
toward its object, not its agent ("the leaflets don't change much"); phrases that take a side
only when denied ("no alternative to X", "no choice but to X"), "tolerate", "held hostage";
reluctance, regret and pressing ahead; a gerund hung on its object ("lifting sanctions would
..."); an act told in a past passive ("the tours were suspended in 2008") as an account.

Every sentence is written for these tests (invented people, wording of our own). Negative
cases: an act told of the past, "ground" as a noun, the phrase with another particle, the
keyword as an agent, a phrase not denied, a third party's attitude, a past passive.
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


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # a phrase that takes a side only when denied: no alternative to X is for X
        (
            "Rep. Ohn Da-som said there was no alternative to dialogue with the North.",
            "alternative",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Rep. Ohn Da-som said there is no substitute for dialogue with the North.",
            "substitute",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Rep. Ohn Da-som said there could be no compromise on denuclearization.",
            "compromise",
            "denuclearization",
            "support",
        ),
        (
            "Rep. Ohn Da-som said Seoul had no choice but to tighten sanctions.",
            "choice",
            "sanctions",
            "support",
        ),
        # "tolerate" as "accept"; "held hostage" is not "held"
        (
            "Rep. Ohn Da-som said Seoul would not tolerate further leaflet launches.",
            "tolerate",
            "leaflet-launches",
            "support",
        ),
        (
            "Rep. Ohn Da-som said the reunions should not be held hostage to politics.",
            "hostage",
            "family-reunions",
            "support",
        ),
        (
            "Rep. Ohn Da-som said humanitarian aid must never be held hostage to politics.",
            "hostage",
            "humanitarian-aid",
            "support",
        ),
        # an explicit neutral whose first word is the complement's modifier
        (
            "Rep. Ohn Da-som said it was too early to resume the tours to Mount Kumgang.",
            "early",
            "economic-cooperation",
            "neutral",
        ),
        # negative: the phrase not denied
        ("Rep. Ohn Da-som said there was an alternative to sanctions.", "alternative", None, None),
        ("Rep. Ohn Da-som said Seoul faced a choice on sanctions.", "choice", None, None),
    ],
)
def test_phrases_denied_and_idioms_of_acting(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # reluctance and regret go against what they govern; pressing ahead and standing firm for it
        (
            "Rep. Ohn Da-som said Seoul would not hesitate to strengthen extended deterrence.",
            "hesitate",
            "us-alliance-deterrence",
            "support",
        ),
        (
            "Rep. Ohn Da-som said the cabinet was reluctant to resume the tours to Mount Kumgang.",
            "reluctant",
            "economic-cooperation",
            "oppose",
        ),
        (
            '"We are unwilling to return to dialogue," said Rep. Ohn Da-som.',
            "unwilling",
            "inter-korean-dialogue",
            "oppose",
        ),
        (
            "Rep. Ohn Da-som said the government lamented the end of the Kaesong Industrial Complex.",
            "lamented",
            "economic-cooperation",
            "support",
        ),
        (
            "Rep. Ohn Da-som said the ministry would push ahead with the family reunions.",
            "push ahead",
            "family-reunions",
            "support",
        ),
        ('"We will stand firm on sanctions," said Rep. Ohn Da-som.', "firm", "sanctions", "support"),
        (
            "Rep. Ohn Da-som said Seoul was eager to resume the tours to Mount Kumgang.",
            "eager",
            "economic-cooperation",
            "support",
        ),
        # negative: a third party's attitude, told, is no position of a speaker whose side is known
        (
            "Rep. Ohn Da-som of the Democratic Party said Washington was eager to resume the joint drills.",
            "eager",
            None,
            None,
        ),
        (
            "Rep. Ohn Da-som of the Democratic Party said Pyongyang was unwilling to return to dialogue.",
            "unwilling",
            None,
            None,
        ),
        (
            "Rep. Ohn Da-som of the Democratic Party said Pyongyang was ready to return to dialogue.",
            "ready",
            None,
            None,
        ),
    ],
)
def test_reluctance_regret_and_pressing_ahead(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # a gerund the parser hangs on its object as a modifier is the act on it
        (
            "Rep. Ohn Da-som said lifting sanctions now would reward bad behavior.",
            "lifting",
            "sanctions",
            "support",
        ),
        ("Rep. Ohn Da-som said easing sanctions would embolden Pyongyang.", "easing", "sanctions", "support"),
        # an act done to the thing, told in a past passive, is an account
        ("Rep. Ohn Da-som said the tours to Mount Kumgang were suspended in 2008.", "suspended", None, None),
        ("Rep. Ohn Da-som said aid shipments had been delayed by the border closure.", "delayed", None, None),
        # still read: what must be done to it, a state the speaker affirms
        (
            "Rep. Ohn Da-som said the tours to Mount Kumgang should be suspended.",
            "suspended",
            "economic-cooperation",
            "oppose",
        ),
        (
            '"Our nuclear status is enshrined in the constitution," a spokesman for the North Korean '
            "foreign ministry said.",
            "enshrined",
            "denuclearization",
            "oppose",
        ),
    ],
)
def test_a_gerund_on_its_object_and_a_past_passive_told(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
