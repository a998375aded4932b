"""Verdicts on a whole clause that holds the keyword (bot/extract/stance_verdicts.py, issue 8,
fifth round): a belief judged under "if" ("X is mistaken if it thinks ...") and a comparative
correlative ("the more ..., the more ... at risk").

Every sentence is written for these tests (invented people, wording of our own). Negative
cases: a real condition, a verdict that is no judgement ("disappointed"), a correlative whose
second half judges something else, a plain adverbial clause.
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
