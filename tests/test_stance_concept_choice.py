"""Which of two concepts a statement takes its side on (issue 8, wrong concept on /work/fresh-odd).

- Talks whose topic is an outcome another concept aims at ("talks on family reunions", "talks with
  the North about humanitarian aid"; concepts.toml `aim`) seek that outcome: the side is on it, not
  on talking as such, also where the parser hangs "on X" on the verb before the talks ("accept an
  offer of talks on X"). Talks on a thing that is no aim ("talks on the drills") stay dialogue.
- An overture or an offer of talks names dialogue (data/concepts.toml keywords); one another
  government owns ("Tokyo's overtures", "the Japanese offer of talks") is its own channel.

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


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Border official Ri Chol-gyu dismissed Seoul’s overtures as “a pipe dream.”",
            "overtures",
            "inter-korean-dialogue",
            "oppose",
        ),
        (
            "Welfare minister Pia Lundqvist said her offer of talks with Pyongyang remained valid.",
            "offer of talks",
            "inter-korean-dialogue",
            "support",
        ),
        # an adjective that names no one ("credible") owns no offer: the offer is then the
        # subject's, Seoul's own dialogue here and another government's channel below
        (
            "Lecturer Tove Aas said Seoul should pair its warnings with a credible offer of talks.",
            "credible offer",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Lecturer Tove Aas said Tokyo should pair its warnings with a credible offer of talks.",
            "credible offer",
            None,
            None,
        ),
        # negative: another government's overture or offer of talks is its own channel
        (
            "Border official Ri Chol-gyu dismissed Tokyo’s overtures as “a pipe dream.”",
            "overtures",
            None,
            None,
        ),
        (
            "Border official Ri Chol-gyu mocked the Japanese offer of talks as “a pipe dream.”",
            "offer of talks",
            None,
            None,
        ),
    ],
)
def test_an_overture_names_dialogue(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
