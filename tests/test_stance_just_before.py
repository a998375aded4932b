"""A statement opening with "the idea" or "the proposal" answers what the sentence just before
names (issue 8, "dismissed X as Y" on /work/fresh-odd).

"A said X would cost little. B dismissed the idea as “…”": the idea is X, whoever proposed it,
when that sentence (or, for a statement opening its paragraph, the paragraph before's last one)
names one concept (data/lexicon.toml `topic_nouns`, `offered_nouns`;
bot/extract/stance_contexts.py). Two concepts named there, or a person dismissed, give none.

Every article here is written for these tests (invented people and wording).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article

HEAD = "Lawmakers spar over Pyongyang policy\n\nSenators met on Tuesday to review the budget.\n\n"


def _stance_of(x, body: str, fragment: str):
    got = x.extract(parse_article(HEAD + body, "t.txt", date(2026, 3, 12)))
    found = [st for st in got.statements if fragment in st.content]
    assert found, [st.content for st in got.statements]
    return found[0].concept, found[0].agreement


@pytest.mark.parametrize(
    "body, concept, agreement",
    [
        (
            "Senator Alma Reyes said a declaration formally ending the Korean War would cost little. "
            'Representative Tom Okoro dismissed the idea as "a photo opportunity."',
            "end-of-war-declaration",
            "oppose",
        ),
        (
            "Senator Alma Reyes said Seoul should propose reunions of separated families ahead of the "
            'holidays.\n\nRepresentative Tom Okoro dismissed the proposal as "a cheap stunt."',
            "family-reunions",
            "oppose",
        ),
        # negative: the sentence before names two concepts; which idea is meant is not told
        (
            "Senator Alma Reyes said a declaration formally ending the Korean War would cost little and "
            'that sanctions should be eased. Representative Tom Okoro dismissed the idea as "a photo '
            'opportunity."',
            None,
            None,
        ),
        # negative: a person dismissed is no idea
        (
            "Senator Alma Reyes said a declaration formally ending the Korean War would cost little. "
            'Representative Tom Okoro dismissed the senator as "a dreamer."',
            None,
            None,
        ),
    ],
)
def test_the_idea_just_before(extractor, body, concept, agreement):
    assert _stance_of(extractor, body, ' as "') == (concept, agreement)
