"""An act charged with yielding to another side's position is argued against (issue 8, wrong
concept on /work/fresh-odd).

"Scrapping X would be to accept Pyongyang's doctrine", "if we call off X, we are accepting
Beijing's demands", "if we shut down X, we are doing Pyongyang's work for it": the act, told in a
gerund subject or an "if" clause, is what the statement weighs, and the thing accepted is
another's, named as the charge (data/lexicon.toml `yielding_verbs`; bot/extract/stance_yielding.py).
A thing of the speaker's own side yields to no one, and a plain acceptance, or one for a reason
("because"), is no charge.

Every sentence is written for these tests (invented people and wording); the concepts are the
project's data/concepts.toml.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Retired diplomat Anneke Vos said: "Scrapping the Unification Ministry this year would be to '
            "accept Pyongyang's two-state doctrine.\"",
            "Scrapping",
            "unification-ministry-role",
            "support",
        ),
        (
            'Lawmaker Dario Fenn said: "If we call off the joint drills now, we are accepting '
            "Beijing's demands.\"",
            "call off",
            "military-exercises",
            "oppose",
        ),
        (
            'Scholar Ivo Marsh said: "Merging the Unification Ministry would be signalling to the North that '
            'we agree with its line."',
            "Merging",
            "unification-ministry-role",
            "support",
        ),
        # doing another side's work for it; shutting a body down is against it
        (
            'Lawmaker Dario Fenn said: "If we shut down the Unification Ministry, we would be doing '
            "Pyongyang's work for it.\"",
            "shut down",
            "unification-ministry-role",
            "support",
        ),
        (
            'Scholar Ivo Marsh said: "If we cancel the spring drills, we do the North\'s bidding."',
            "cancel",
            "military-exercises",
            "oppose",
        ),
        # negative: work of the speaker's own side
        (
            'Scholar Ivo Marsh said: "If we hold the joint drills, we do our own work."',
            "hold",
            None,
            None,
        ),
        # negative: accepting another's offer, plainly, is for what is offered
        (
            'Scholar Ivo Marsh said: "We accept Pyongyang\'s offer of family reunions."',
            "offer",
            "family-reunions",
            "support",
        ),
        # negative: a reason ("because") is no charge; the act told keeps its own side
        (
            "Scholar Ivo Marsh said Seoul accepted Tokyo's proposal because it had scrapped the "
            "joint drills.",
            "scrapped",
            "military-exercises",
            "support",
        ),
    ],
)
def test_yielding_charges_the_act(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


def test_own_side_yields_to_no_one(extractor):
    text = (
        'Scholar Ivo Marsh said: "Merging the Unification Ministry now would be to accept '
        'our own fiscal limits."'
    )
    assert stance_of(extractor, text, "Merging") == (None, None)
