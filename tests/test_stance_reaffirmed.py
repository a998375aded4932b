"""A position said to stand (bot/extract/stance_reaffirmed.py; issue 8, recall): "our position
that X must resume has not changed" and "the view that X remains unchanged" reaffirm X, as if the
speaker said it plainly (`position_nouns`, `view_changes`, `unchanged_words` in
data/lexicon.toml).

Every sentence is written for these tests (invented people, wording of our own); the concepts are
the project's data/concepts.toml. Negative cases: a position that has changed, a position on a
topic (no content said), a view judged by the speaker, a thing of no position that has not
changed.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Our position that the family reunions must continue has not changed," said Ro Han-bit.',
            "position",
            "family-reunions",
            "support",
        ),
        (
            "Ro Han-bit said Ottawa's position that sanctions must be maintained had not changed.",
            "position",
            "sanctions",
            "support",
        ),
        (
            "Ro Han-bit said the cabinet's view that the North must give up its nuclear weapons "
            '"remains unchanged."',
            "view",
            "denuclearization",
            "support",
        ),
        (
            '"Our position that the sanctions should be lifted remains the same," said Ro Han-bit.',
            "position",
            "sanctions",
            "oppose",
        ),
        # negatives: a position that has changed; a position on a topic; a view judged; no position
        (
            '"Our position that the family reunions must continue has changed," said Ro Han-bit.',
            "position",
            None,
            None,
        ),
        (
            '"Our position on sanctions has not changed," said Ro Han-bit.',
            "position",
            None,
            None,
        ),
        (
            '"The schedule of the spring drills has not changed," said Ro Han-bit.',
            "schedule",
            None,
            None,
        ),
        (
            '"The view that sanctions will work is naive," said Ro Han-bit.',
            "view",
            "sanctions",
            "oppose",
        ),
    ],
)
def test_a_position_said_to_stand(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
