"""A thing its holder will never put on the negotiating table is kept off any bargain (issue 8,
recall): "will never put its deterrent on any negotiating table" is for the deterrent, as "is not
up for negotiation" is (`bargaining_tables` in data/lexicon.toml). Read only where the act of
putting it there is denied: "should put the drills on the negotiating table" may be anyone's
offer, "would not be on the negotiating table" only tells a status, and a concession kept off the
table ("never put sanctions relief on the table") is read by its own word.

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Pak Song-il said the republic would never place its nuclear deterrent on any negotiating table.",
            "deterrent",
            "denuclearization",
            "oppose",
        ),
        (
            '"Our nuclear forces will never be put on the bargaining table," Pak Song-il said.',
            "forces",
            "denuclearization",
            "oppose",
        ),
        (
            "Defense Minister Yun Ha-rim said Seoul would not put the joint drills on the negotiating table.",
            "drills",
            "military-exercises",
            "oppose",
        ),
        # negative: putting a thing on the table, not denied, may be anyone's offer
        (
            "Yun Ha-rim said the allies should put the joint drills on the negotiating table.",
            "drills",
            None,
            None,
        ),
        # negative: a status told with a copula, not an act of putting
        (
            "Yun Ha-rim said sanctions relief would not be on the negotiating table this year.",
            "relief",
            None,
            None,
        ),
        # a concession kept off the table is read by the word for it: against the relief
        (
            "Yun Ha-rim said Washington would never put sanctions relief on the negotiating table.",
            "relief",
            "sanctions",
            "support",
        ),
    ],
)
def test_kept_off_the_table(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
