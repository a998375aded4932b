"""An offer named by its noun alone in a story on a thing one side offers the other (issue 8,
"dismissed X as Y" on /work/fresh-odd): "the offer", "the proposal", "the idea" is an offer of the
story's thing when that thing is talks, reunions, aid, a declaration (concepts.toml `offered`,
lexicon.toml `offered_nouns`), so dismissing it goes against the thing and keeping it for it.

Negative cases: a thing that may be proposed either way ("the proposal" in a story on the drills
or the sanctions), an offer with a modifier of its own ("the budget proposal") or one not yet
told ("a proposal of that kind"), and "the plan", whose aim the context must say
(tests/test_stance_topic.py).

Every article is invented for these tests (invented people, wording of our own).
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

REUNIONS = (
    "Separated families wait for word on reunions\n\n"
    "Some 38,000 elderly people remain on the waiting list for family reunions, officials said on Monday.\n\n"
)
DECLARATION = (
    "End-of-war declaration back in the spotlight\n\n"
    "An end-of-war declaration was the subject of a seminar at the Assembly on Monday.\n\n"
)
DRILLS = (
    "Allies weigh changes to autumn drills\n\n"
    "Defense officials met on Monday to discuss the combined exercises planned for October.\n\n"
)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            f'{REUNIONS}Rep. Ilse Marrow of the opposition dismissed the proposal as "an empty gesture."',
            "gesture",
            "family-reunions",
            "oppose",
        ),
        (
            f'{DECLARATION}Scholar Quentin Abara dismissed the idea as "a slogan without a road map."',
            "slogan",
            "end-of-war-declaration",
            "oppose",
        ),
        (
            f'{REUNIONS}"Our offer is still valid, and we are patient," spokesperson Dara Venn said.',
            "valid",
            "family-reunions",
            "support",
        ),
        # negative: a thing proposed either way, an offer of another kind or none told
        (
            f'{DRILLS}Rep. Ilse Marrow of the opposition dismissed the proposal as "an empty gesture."',
            "gesture",
            None,
            None,
        ),
        (
            f'{REUNIONS}Rep. Ilse Marrow said the budget proposal was "an empty gesture."',
            "gesture",
            None,
            None,
        ),
        (
            f'{REUNIONS}Rep. Ilse Marrow said a proposal of that kind was "an empty gesture."',
            "gesture",
            None,
            None,
        ),
    ],
)
def test_an_offer_of_the_storys_thing(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
