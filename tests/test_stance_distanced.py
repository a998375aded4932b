"""A name the speaker will not own (issue 8, recall): "so-called" before a concept's thing sets it
apart as another's word for a thing the speaker disowns, against it whatever the clause goes on
to say ("a so-called nuclear umbrella that only invites arms races"; `distancing_words` in
data/lexicon.toml, bot/extract/stance_distanced.py). Read only where nothing else took a side:
an act above still decides, and a schedule told plainly stays no side.

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
            '"Our neighbours hide under the so-called extended deterrence of their patron," Cho Nam-il said.',
            "extended deterrence",
            "us-alliance-deterrence",
            "oppose",
        ),
        (
            "Cho Nam-il said the so-called human rights issue was a weapon of the great powers.",
            "human rights",
            "north-korea-human-rights",
            "oppose",
        ),
        # an act above still decides: stopping the drills is for scaling them back
        (
            "Cho Nam-il said Seoul must call off the so-called joint drills.",
            "drills",
            "military-exercises",
            "support",
        ),
        # negative: a drill calendar told plainly takes no side, named so or not
        (
            "Cho Nam-il said the allies held the so-called Iron Gate exercise last month.",
            "exercise",
            None,
            None,
        ),
        # negative: no distancing word, no side
        (
            '"The extended deterrence is the source of all the friction," Cho Nam-il said.',
            "extended deterrence",
            None,
            None,
        ),
    ],
)
def test_distanced(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
