"""A yield denied down to its least judges the thing useless (issue 8, recall;
bot/extract/stance_outcomes.py, `minimal_amounts`, `yield_verbs` in data/lexicon.toml): "the
embargo has not stopped a single shipment" is against the embargo as "has achieved nothing" is.

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Negative cases: the least yield told, not denied; a verb
that tells what a thing held, not what it is for; a yield denied without the emphatic minimum.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Ten years of sanctions have not stopped a single shipment of coal," said Rep. Yoon Da-bin.',
            "shipment",
            "sanctions",
            "oppose",
        ),
        (
            '"The balloons have never freed a single farmer in the North," said Rep. Yoon Da-bin.',
            "farmer",
            "leaflet-launches",
            "support",
        ),
        # negative: the least yield told, not denied
        (
            '"The sanctions stopped a single tanker last spring," said Rep. Yoon Da-bin.',
            "tanker",
            None,
            None,
        ),
        # negative: what the thing held, not what it is for
        (
            '"The spring drills did not involve a single aircraft carrier," said Rep. Yoon Da-bin.',
            "carrier",
            None,
            None,
        ),
        # negative: a yield denied without the emphatic minimum is what it has not done, told
        (
            '"The sanctions did not stop the shipment from Nampo," said Rep. Yoon Da-bin.',
            "Nampo",
            None,
            None,
        ),
    ],
)
def test_least_yield_denied(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
