"""A thing named as a word said to be gone from use (bot/extract/stance_gone.py; issue 8,
recall): "X is a word that has disappeared from their lexicon", "a word that died years ago", "a
word that no longer exists" are against X.

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Negative cases: a word's clause that says nothing of its
use, another noun's clause, and a word said to be in use.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Sanctions relief is a word that vanished from their vocabulary years ago," said Ohn Ba-ra.',
            "relief",
            "sanctions",
            "support",
        ),
        (
            '"For Pyongyang, reconciliation is a term that died with the liaison office," said Ohn Ba-ra.',
            "reconciliation",
            "inter-korean-dialogue",
            "oppose",
        ),
        (
            '"Engagement is a term that no longer exists over there," said Ohn Ba-ra.',
            "Engagement",
            "inter-korean-dialogue",
            "oppose",
        ),
        # negatives: what a word's clause tells of its users, another noun's clause
        (
            '"Denuclearization is a word that Washington repeats at every meeting," said Ohn Ba-ra.',
            "Denuclearization",
            None,
            None,
        ),
        ('"The hotline is a cable that runs under the river," said Ohn Ba-ra.', "hotline", None, None),
    ],
)
def test_a_word_gone_from_use(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
