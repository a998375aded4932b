"""Which of two concepts a statement takes its side on (issue 8, wrong concept on /work/fresh-odd).

- Talks whose topic is an outcome another concept aims at ("talks on family reunions", "talks with
  the North about humanitarian aid"; concepts.toml `aim`) seek that outcome: the side is on it, not
  on talking as such, also where the parser hangs "on X" on the verb before the talks ("accept an
  offer of talks on X"). Talks on a thing that is no aim ("talks on the drills") stay dialogue.

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
            "Welfare minister Pia Lundqvist urged Pyongyang to accept her offer of Red Cross talks on "
            "reunions of separated families.",
            "Red Cross",
            "family-reunions",
            "support",
        ),
        (
            "Welfare minister Pia Lundqvist proposed talks with the North about humanitarian aid.",
            "talks",
            "humanitarian-aid",
            "support",
        ),
        (
            "Welfare minister Pia Lundqvist said her party rejects any talks with the North on "
            "economic cooperation.",
            "talks",
            "economic-cooperation",
            "oppose",
        ),
        # negative: talks on a thing that is no aim, or on nothing named, stay dialogue
        (
            "Welfare minister Pia Lundqvist proposed talks with the North on the drills.",
            "talks",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Welfare minister Pia Lundqvist proposed Red Cross talks to the North.",
            "Red Cross",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_talks_on_an_aim_seek_it(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
