"""Verdicts on a whole clause that holds the keyword (bot/extract/stance_verdicts.py, issue 8,
fifth round): a belief judged under "if" ("X is mistaken if it thinks ...") and a comparative
correlative ("the more ..., the more ... at risk"), a judged act ("was wrong to suspend X"),
"never" before a comparative ("never been stronger"), "used as", and those who hold a side
judged ("critics of X were wrong").

Every sentence is written for these tests (invented people, wording of our own). Negative
cases: a real condition, a verdict that is no judgement ("disappointed"), a correlative whose
second half judges something else, a plain adverbial clause, "as" of manner.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Rep. Ohn Da-som said Washington is mistaken if it thinks it can force Seoul to give up its "
            "engagement policy.",
            "mistaken",
            "inter-korean-dialogue",
            "support",
        ),
        (
            '"Tokyo is wrong if it thinks sanctions will work," said Rep. Ohn Da-som.',
            "wrong",
            "sanctions",
            "oppose",
        ),
        (
            '"Beijing is sadly mistaken if it believes sanctions will be lifted," said Rep. Ohn Da-som.',
            "mistaken",
            "sanctions",
            "support",
        ),
        (
            '"Tokyo is not wrong if it thinks sanctions will work," said Rep. Ohn Da-som.',
            "wrong",
            "sanctions",
            "support",
        ),
        # negative: a real condition, and a verdict that judges nothing
        (
            '"If Tokyo thinks sanctions will work, it should say so," said Rep. Ohn Da-som.',
            "Tokyo",
            None,
            None,
        ),
        (
            '"Tokyo will be disappointed if it thinks sanctions will be lifted," said Rep. Ohn Da-som.',
            "disappointed",
            None,
            None,
        ),
        # negative: a verb of the saying list that holds no belief is a plain condition
        (
            '"A visit would be a waste of time if Canberra vowed to keep sending aid," said Rep. Ohn Da-som.',
            "waste",
            None,
            None,
        ),
        (
            '"New talks would be pointless if Hanoi continued to fund leaflet launches," said Rep. Ohn '
            "Da-som.",
            "pointless",
            None,
            None,
        ),
    ],
)
def test_a_belief_judged_under_if(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"The more often the allies stage joint drills near the border, the more they will find '
            'their own soldiers in danger," said a statement from the general staff.',
            "danger",
            "military-exercises",
            "support",
        ),
        (
            '"The more aid we send, the less it helps the people," said Rep. Ohn Da-som.',
            "aid",
            "humanitarian-aid",
            "oppose",
        ),
        # negative: the second half judges something else, names no effect, or there is no correlative
        (
            '"The more drills the allies hold, the more nervous the markets get," said Rep. Ohn Da-som.',
            "drills",
            None,
            None,
        ),
        (
            '"When the allies stage joint drills near the border, their soldiers are in danger," said '
            "Rep. Ohn Da-som.",
            "danger",
            None,
            None,
        ),
    ],
)
def test_a_comparative_correlative(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # a judgement of the act in its infinitive
        (
            "Rep. Ohn Da-som said the ministry was wrong to suspend the tours to Mount Kumgang.",
            "wrong",
            "economic-cooperation",
            "support",
        ),
        (
            "Rep. Ohn Da-som said the ministry was not wrong to suspend the tours to Mount Kumgang.",
            "wrong",
            "economic-cooperation",
            "oppose",
        ),
        (
            "Rep. Ohn Da-som said the ministry was right to postpone the joint drills.",
            "right",
            "military-exercises",
            "support",
        ),
        # "never" before a comparative: the most ever; before a plain judgement it still denies
        (
            "Rep. Ohn Da-som said the alliance has never been stronger.",
            "stronger",
            "us-alliance-deterrence",
            "support",
        ),
        (
            "Rep. Ohn Da-som said Seoul has never been more committed to dialogue with the North.",
            "committed",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Rep. Ohn Da-som said the alliance has never been weak.",
            "weak",
            "us-alliance-deterrence",
            "support",
        ),
        # a thing "used as" something is judged as it
        (
            "Rep. Ohn Da-som said humanitarian aid should never be used as a bargaining chip.",
            "chip",
            "humanitarian-aid",
            "support",
        ),
        # negative: no judgement on the act, "as" of manner
        ("Rep. Ohn Da-som said the aid was delivered as promised.", "delivered", None, None),
        ("Rep. Ohn Da-som said the ministry was right about the weather.", "weather", None, None),
    ],
)
def test_a_judged_act_and_two_idioms_of_judging(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # those who hold a side, or their words of it, judged: the speaker takes the other side
        ("Rep. Ohn Da-som said critics of the sanctions were wrong.", "critics", "sanctions", "support"),
        (
            "Rep. Ohn Da-som said opponents of the joint drills were naive.",
            "opponents",
            "military-exercises",
            "oppose",
        ),
        (
            "Rep. Ohn Da-som said supporters of the leaflet launches were reckless.",
            "supporters",
            "leaflet-launches",
            "support",
        ),
        (
            "Rep. Ohn Da-som said the criticism of the family reunions was unfair.",
            "unfair",
            "family-reunions",
            "support",
        ),
        # negative: held by others and not judged
        ("Rep. Ohn Da-som said critics of the sanctions met on Monday.", "met", None, None),
        (
            "Rep. Ohn Da-som said the opposition's criticism of the family reunions grew louder.",
            "louder",
            None,
            None,
        ),
    ],
)
def test_those_who_hold_a_side_judged(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
