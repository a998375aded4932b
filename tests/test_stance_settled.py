"""A question declared closed (bot/extract/stance_settled.py; issue 8, recall): "the X issue is
closed", "the question of X is closed", "the abduction issue has been settled" leave nothing to
take up about X, against X.

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Negative cases: a closing under a modal or "until" (an aim
or a condition), one told with its occasion (an agreement reached), a status closed (it stays),
a claim judged above it, and a thing that is not a question ("the complex is closed").
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"The denuclearization issue is closed for us," said Ilse Marten.',
            "closed",
            "denuclearization",
            "oppose",
        ),
        (
            'Ilse Marten said the question of denuclearization was "closed" for her government.',
            "question",
            "denuclearization",
            "oppose",
        ),
        (
            "Ilse Marten said the abduction issue had already been settled.",
            "abduction",
            "north-korea-human-rights",
            "oppose",
        ),
        (
            '"The abduction issue is not closed and never will be," said Ilse Marten.',
            "abduction",
            "north-korea-human-rights",
            "support",
        ),
        # negatives
        (
            '"The abduction issue must be settled through dialogue," said Ilse Marten.',
            "abduction",
            None,
            None,
        ),
        (
            '"We will keep asking until the abduction issue is settled," said Ilse Marten.',
            "until",
            None,
            None,
        ),
        (
            "Ilse Marten said the question of family reunions was settled at the Red Cross talks.",
            "reunions",
            None,
            None,
        ),
        ('"The question of our nuclear status is closed," said Ilse Marten.', "status", None, None),
        ('"We reject the claim that the abduction issue is closed," said Ilse Marten.', "claim", None, None),
        ('"The Kaesong complex is closed," said Ilse Marten.', "Kaesong", None, None),
    ],
)
def test_a_question_declared_closed(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
