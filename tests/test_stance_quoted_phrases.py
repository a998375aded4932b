"""Stance (issue 8): a phrase of the stance words split by a quote mark (bot/extract/stance_words.py
`_follows`): a partial quote may close inside a phrase ("would “press ahead” with X", Seoul "would
not give up" on X), and the phrase is still read whole; a preposition that is no part of a phrase
after the quote ("during talks") still ends the reading.

Every sentence is written for these tests (invented people, wording of our own). The table has
negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

LAWMAKER = "Lee Su-jin, a lawmaker, said"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            f'{LAWMAKER} Seoul "would not give up" on talks with the North.',
            "give up",
            "inter-korean-dialogue",
            "support",
        ),
        (
            f"{LAWMAKER} the ministry would \u201cpress ahead\u201d with family reunions.",
            "press ahead",
            "family-reunions",
            "support",
        ),
        # negative: the preposition after the quote is no part of the phrase
        (
            f'{LAWMAKER} the envoy would "not give up" during talks with the North.',
            "envoy",
            None,
            None,
        ),
        (
            f"{LAWMAKER} the envoy would not give up during talks with the North.",
            "envoy",
            None,
            None,
        ),
    ],
)
def test_quoted_phrases(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
