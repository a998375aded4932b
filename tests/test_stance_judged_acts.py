"""A judged act read on the right side (issue 8, wrong side on /work/fresh-odd): what is said of an
act on a thing is said against the thing when the act goes against it.

- Verbs of making a thing smaller go against it as "reduce" does (data/lexicon.toml
  `stance_oppose`: "cut", "shrink", "trim", "curtail", "slash", ...): "cutting the aid would be a
  mistake" is for the aid.
- A gerund opening the subject is the act on the keyword after it even where the parser makes it a
  noun hanging on the keyword ("Suspending talks did not work", with "Suspending" a noun subject
  of "talks"); an -ing word after a determiner ("the continuing drills") describes the thing.
- A keyword inside the name of a body ("the inter-Korean dialogue bureau") names the body, not the
  thing, however the parser hangs its modifiers.
- A clause that a later "that" or "this" takes up ("we welcome X — that is not the problem") keeps
  its own side: the comment's negation is not its.
- A judgement noun that only modifies another noun names what that noun deals with ("basic crisis
  management", "disaster prevention"): no crisis is judged; "a policy failure", "a bargaining
  chip" still judge.

Every sentence is written for these tests (invented people and wording); the concepts are the
project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Budget hawk Orla Penhallow said: "Cutting the humanitarian aid now would be a grave mistake."',
            "Cutting",
            "humanitarian-aid",
            "support",
        ),
        (
            'Retired admiral Tobias Wrenfield said: "Offering to shrink the joint drills before anyone has '
            'asked is a needless concession."',
            "shrink",
            "military-exercises",
            "oppose",
        ),
        (
            "Lawmaker Ines Varga said the ministry should trim humanitarian aid to the North next year.",
            "trim",
            "humanitarian-aid",
            "oppose",
        ),
        # negative: an act for the thing stays for it, a reduction denied turns
        (
            "Lawmaker Ines Varga said the ministry would not cut humanitarian aid to the North.",
            "not cut",
            "humanitarian-aid",
            "support",
        ),
        (
            "Lawmaker Ines Varga said the ministry should expand humanitarian aid to the North.",
            "expand",
            "humanitarian-aid",
            "support",
        ),
    ],
)
def test_making_smaller_goes_against(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Former envoy Maren Holtz said: "Halting drills to calm the North did not work then and it '
            'will not work this time."',
            "Halting",
            "military-exercises",
            "oppose",
        ),
        (
            'Analyst Piet Oduya said: "Suspending sanctions did not work."',
            "Suspending",
            "sanctions",
            "support",
        ),
        (
            'Analyst Piet Oduya said: "Easing sanctions was a mistake."',
            "Easing",
            "sanctions",
            "support",
        ),
        # negative: an -ing word after a determiner describes the thing, it is no act on it
        (
            'Analyst Piet Oduya said: "The continuing drills are a provocation."',
            "continuing",
            None,
            None,
        ),
        (
            'Analyst Piet Oduya said: "Resuming dialogue would help everyone."',
            "Resuming",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_opening_gerund_acts_on_its_object(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Opposition lawmaker Sunniva Rask told the minister: "You have shut the inter-Korean '
            'dialogue bureau and renamed half the ministry."',
            "bureau",
            None,
            None,
        ),
        # negative: the thing itself, not a body's name
        (
            'Opposition lawmaker Sunniva Rask told the minister: "You have abandoned inter-Korean '
            'dialogue and renamed half the ministry."',
            "abandoned",
            "inter-korean-dialogue",
            "oppose",
        ),
    ],
)
def test_keyword_in_a_body_name(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # a judgement noun naming what its head deals with judges nothing
        (
            'Lawmaker Ines Varga said: "Humanitarian aid to the North is basic disaster prevention."',
            "disaster",
            None,
            None,
        ),
        (
            'Lawmaker Ines Varga said: "Meeting the North halfway is ordinary crisis management."',
            "crisis",
            None,
            None,
        ),
        # negative: the judgement is the head, or a phrase of its own
        (
            'Lawmaker Ines Varga said: "The sanctions are a policy failure."',
            "failure",
            "sanctions",
            "oppose",
        ),
        (
            'Lawmaker Ines Varga said: "The joint drills are not a bargaining chip."',
            "chip",
            "military-exercises",
            "oppose",
        ),
    ],
)
def test_judgement_noun_as_a_modifier(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # the usual short names of a bomb of Seoul's own: "going nuclear", "tactical nukes"
        (
            'Defence Minister Hal Brekke said: "Going nuclear would be a catastrophic mistake."',
            "Going",
            "nuclear-armament",
            "oppose",
        ),
        (
            "Defence Minister Hal Brekke said bringing back tactical nukes was not on the table.",
            "tactical",
            "nuclear-armament",
            "oppose",
        ),
        # negative: named, no side taken; a condition foretold
        (
            "Analyst Piet Oduya said the debate over going nuclear has grown louder in Seoul.",
            "debate",
            None,
            None,
        ),
        (
            'Analyst Piet Oduya said: "If Washington walks away, South Korea goes nuclear within '
            'five years."',
            "walks away",
            None,
            None,
        ),
    ],
)
def test_short_names_of_own_bomb(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # bringing a goal about is for it, recognising a thing too ("will never recognize X")
        (
            "Envoy Lars Aaberg said Oslo would work with Seoul toward achieving the complete "
            "denuclearization of the peninsula.",
            "achieving",
            "denuclearization",
            "support",
        ),
        (
            '"We will never recognize the sanctions resolutions," the North Korean foreign ministry said '
            "in a statement.",
            "recognize",
            "sanctions",
            "oppose",
        ),
        # negative: what a thing achieved, told
        (
            "Analyst Piet Oduya said the sanctions achieved a great deal in their first year.",
            "great deal",
            None,
            None,
        ),
    ],
)
def test_bringing_about(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # a clause taken up by "that" after a dash: the comment's "not" is not the clause's
        (
            'Lawmaker Ines Varga said: "We welcome regular talks with Washington — that is not the problem."',
            "welcome",
            "regular-consultations",
            "support",
        ),
        # negative: the clause's own negation still counts
        (
            'Lawmaker Ines Varga said: "We do not welcome these drills — that is the whole problem."',
            "welcome",
            "military-exercises",
            "support",
        ),
        (
            'Lawmaker Ines Varga said: "We oppose the drills, and that is not going to change."',
            "oppose",
            "military-exercises",
            "support",
        ),
    ],
)
def test_a_clause_taken_up_by_that_keeps_its_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
