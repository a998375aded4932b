"""A body the story names under a listed one speaks for that one's side (issue 8): an embassy's
spokesperson saying "Seoul welcomes ..." or "Beijing opposes ..." tells their own government's
position, not a third party's, so the position stands; a body with no listed one above it (a
forum, an institute) keeps the government it names a third party.

Every sentence is written for these tests (invented people, places and wording of our own); the
concepts are the project's data/concepts.toml. The table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'A spokesperson for the South Korean Embassy in Canberra said Seoul "welcomes" the remarks '
            'and "wholly backs" the aim of denuclearization.',
            "wholly backs",
            "denuclearization",
            "support",
        ),
        (
            'A spokesperson for the South Korean Embassy in Canberra said Seoul "firmly opposes" any '
            "easing of sanctions.",
            "easing",
            "sanctions",
            "support",
        ),
        (
            'A spokesman for the Chinese Embassy in Ottawa said Beijing "firmly opposes" any easing of '
            "sanctions.",
            "easing",
            "sanctions",
            "support",
        ),
        # negative: another government's embassy tells Seoul's view; a body with none above it
        (
            'A spokesman for the Chinese Embassy in Ottawa said Seoul "firmly opposes" any easing of '
            "sanctions.",
            "easing",
            None,
            None,
        ),
        (
            'Ana Ruiz, a fellow at the Tidewater Forum, said Beijing "rejects sanctions imposed by one '
            'state alone."',
            "imposed",
            None,
            None,
        ),
    ],
)
def test_a_body_under_a_listed_one_speaks_for_its_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
