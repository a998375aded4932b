"""Stance (issue 8): a wish put to another, named inside a statement, is told, not taken
(bot/extract/stance_wishes.py; data/lexicon.toml `calling_nouns`, `caller_prepositions`).

- A call or demand whose holders are named ("the calls in Seoul for X", "demands from lawmakers
  for X") is others'; a clause "for X to do Y" is what is wanted of X. A speaker watching them or
  reporting them takes no side on what they ask.
- The word they hang on still decides: "pushed for", "wrong for", "ready for", "the best way is
  for"; "dismissed" or "resist" the calls goes against what they ask.

Every sentence is written for these tests (invented people, wording of our own). The table has
negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

RESEARCHER = "said Park Ji-won, a researcher."
LAWMAKER = "Park Ji-won, a lawmaker,"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Park Ji-won, a researcher, said Canberra was following with unease the growing calls in "
            "South Korea for the country to build its own nuclear arsenal.",
            "following",
            None,
            None,
        ),
        (
            '"Officials in Manila are watching the demands from conservative lawmakers for Seoul to '
            f'develop its own nuclear weapons," {RESEARCHER}',
            "watching",
            None,
            None,
        ),
        # negative: the word the wish hangs on takes a side
        (
            f"{LAWMAKER} pushed for the two Koreas to resume family reunions.",
            "reunions",
            "family-reunions",
            "support",
        ),
        (
            f'"The best way forward is for both sides to resume dialogue," {RESEARCHER}',
            "best way",
            "inter-korean-dialogue",
            "support",
        ),
        (
            f"{LAWMAKER} said it was wrong for the government to cut humanitarian aid.",
            "wrong",
            "humanitarian-aid",
            "support",
        ),
        (
            f"{LAWMAKER} said he was ready for the two Koreas to resume dialogue.",
            "ready",
            "inter-korean-dialogue",
            "support",
        ),
        (
            f"{LAWMAKER} dismissed the calls from some politicians for South Korea to develop its own "
            "nuclear weapons.",
            "calls",
            "nuclear-armament",
            "oppose",
        ),
        (
            f'"Seoul should resist the calls at home for its own nuclear arsenal," {RESEARCHER}',
            "resist",
            "nuclear-armament",
            "oppose",
        ),
        (
            '"We reject the demands from the opposition for Seoul to build its own nuclear weapons," '
            "said Park Ji-won, a minister.",
            "reject",
            "nuclear-armament",
            "oppose",
        ),
    ],
)
def test_wishes_of_others(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
