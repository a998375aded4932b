"""A statement's side read the right way round (issue 8, wrong side on /work/fresh-odd).

- "A, not B" said of a complement ("must be made stronger, not weaker", "firmer, not
  looser"): the parser hangs A on B with the "not"; A is affirmed, the "not" denies B.
- "If anything, ..." (data/lexicon.toml `condition_asides`) says "rather": the clause after it is
  the speaker's position, not a condition nor a question put to them; a real "if" clause still is.
- Verbs of ruin ("destroy", "wreck", "ruin", "sink", "kill", "cripple", "shatter";
  data/lexicon.toml `effect_oppose`) said of a subject judge it as "harm" does: "going nuclear
  would wreck the alliance" is against going nuclear.

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
        (
            'Retired general Odile Marchetti said: "The nuclear umbrella must be made stronger, not weaker."',
            "umbrella",
            "us-alliance-deterrence",
            "support",
        ),
        (
            'Retired general Odile Marchetti said: "Sanctions must be made more effective, not less."',
            "Sanctions",
            "sanctions",
            "support",
        ),
        # negative: a plain "not" on the complement still denies it
        (
            'Retired general Odile Marchetti said: "The nuclear umbrella is not credible any more."',
            "umbrella",
            "us-alliance-deterrence",
            "oppose",
        ),
    ],
)
def test_a_not_b_affirms_a(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


def test_if_anything_is_no_condition(extractor):
    text = 'Trade economist Joaquim Ferraz said: "If anything, the sanctions should be tightened."'
    assert stance_of(extractor, text, "tightened") == ("sanctions", "support")


# negative: a thing named in a condition, or in a question asked, takes no side
@pytest.mark.parametrize(
    "text",
    [
        "Trade economist Joaquim Ferraz was asked if the sanctions should be tightened.",
        'Trade economist Joaquim Ferraz said: "If the sanctions are lifted, trade will recover."',
    ],
)
def test_a_real_if_stays_a_condition(extractor, text):
    got = extractor.extract(parse_article(text, "t.txt", PUBLISHED))
    assert [st.concept for st in got.statements if "sanctions" in st.content] in ([], [None])


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Retired general Odile Marchetti said: "Going nuclear would wreck the alliance we rely on."',
            "wreck",
            "nuclear-armament",
            "oppose",
        ),
        (
            'Retired general Odile Marchetti said: "Lifting the sanctions now would kill any hope of '
            'a deal."',
            "kill",
            "sanctions",
            "support",
        ),
        # negative: a ruin told of no concept's thing, or an actor's act, is no judged effect on one
        (
            'Retired general Odile Marchetti said: "The storm would ruin the harvest."',
            "storm",
            None,
            None,
        ),
    ],
)
def test_ruinous_effect_judges_its_subject(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# Two acts joined as alternatives on one object ("a suspension or a scaling down of X", "a lifting
# or easing of X") take one side between them, as coordinated verbs do, not one multiplied by
# the other.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Envoy Mara Quist said the parties should agree to a suspension or a scaling down of joint "
            "military exercises.",
            "suspension",
            "military-exercises",
            "support",
        ),
        (
            "Envoy Mara Quist said Seoul should call for a lifting or easing of sanctions.",
            "lifting",
            "sanctions",
            "oppose",
        ),
        # negative: one act named as a noun still takes its side; two verbs take one too
        (
            "Envoy Mara Quist said the parties should agree to a suspension of joint military exercises.",
            "suspension",
            "military-exercises",
            "support",
        ),
        (
            "Envoy Mara Quist said she opposed the lifting and the easing of sanctions.",
            "opposed",
            "sanctions",
            "support",
        ),
    ],
)
def test_alternative_acts_take_one_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
