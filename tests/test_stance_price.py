"""A thing's price as what it does (bot/extract/stance_price.py; issue 8, recall): "would cost us
nothing", "costs Seoul very little" argue for the thing, cheap to try; "would cost us the
alliance" against it; a price told plainly, or laid on another by name, takes no side.

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Negative cases: a price told as a fact, in the past or
the present, and a price laid on the other side.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Restarting the Kaesong venture would cost us nothing at all," Ryu Da-in said.',
            "Kaesong",
            "economic-cooperation",
            "support",
        ),
        (
            '"Resuming the family reunions costs Seoul very little," Ryu Da-in said.',
            "reunions",
            "family-reunions",
            "support",
        ),
        (
            'Ryu Da-in said a peace declaration would cost Washington "very little."',
            "declaration",
            "end-of-war-declaration",
            "support",
        ),
        (
            '"Talks with the North would not cost us anything," Ryu Da-in said.',
            "Talks",
            "inter-korean-dialogue",
            "support",
        ),
        (
            '"Going nuclear would cost us our closest ally," Ryu Da-in said.',
            "nuclear",
            "nuclear-armament",
            "oppose",
        ),
        # negatives: a price told, and one laid on another by name
        ('"The drills cost $20 million every year," Ryu Da-in said.', "drills", None, None),
        ('"The reunions cost the Red Cross $3 million in 2018," Ryu Da-in said.', "reunions", None, None),
        ("Ryu Da-in said the sanctions had cost North Korea billions of dollars.", "sanctions", None, None),
        (
            '"The sanctions would cost Pyongyang its last sources of hard currency," Ryu Da-in said.',
            "sanctions",
            None,
            None,
        ),
    ],
)
def test_a_price_weighed(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
