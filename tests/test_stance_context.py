"""Stance read where the statement names a concept's thing again without its keyword (see
bot/extract/stance_refs.py), and what a copula says of its subject read once.

Sentences invented for these tests (invented people, wording of our own); each table has
negative cases: a reference to another thing with the same head noun takes no concept.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # "the <head>": the nearest earlier mention in the paragraph with that head
        (
            "The Unification Ministry issued a statement on Friday, saying the ministry would keep "
            "the lead on policy toward the North.",
            "keep",
            "unification-ministry-role",
            "support",
        ),
        (
            "After a meeting with the Unification Ministry, the Foreign Ministry said on Friday that "
            "the ministry would keep the lead on the new task force.",
            "keep",
            None,
            None,
        ),
        # "his/her/our <head>": the speaker's own organisation
        (
            "Unification Minister Pyo Dal-sun said on Friday that her ministry must keep the lead on "
            "policy toward the North.",
            "must keep",
            "unification-ministry-role",
            "support",
        ),
        (
            "Unification Minister Pyo Dal-sun said on Friday that the claim that her ministry was "
            "obsolete was wrong.",
            "obsolete",
            "unification-ministry-role",
            "support",
        ),
        (
            "Foreign Minister Cha Un-gyo said on Friday that his ministry must keep the lead on the "
            "new task force.",
            "must keep",
            None,
            None,
        ),
        # what a copula says of a keyword subject counts once
        (
            "Pyo Dal-sun said on Friday that the sanctions had become pointless.",
            "pointless",
            "sanctions",
            "oppose",
        ),
        (
            "Pyo Dal-sun said on Friday that the joint drills were unnecessary this summer.",
            "unnecessary",
            "military-exercises",
            "support",
        ),
    ],
)
def test_reference_and_copula(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
