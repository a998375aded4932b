"""An additive "not" (issue 8, wrong side on /work/fresh-odd).

"Not only X (but also) Y" adds Y to X; "not just X but Y" and ", not just X" do the same: the
"not" denies nothing (data/lexicon.toml `not_only_words`, `not_just_words`; StanceWords.additive).
"Should not just lift X" or "cannot simply lift X", with no "but" after and no comma before, still
deny.

Every sentence is written for these tests (invented people and wording); the concepts are the
project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

SAID = "Trade economist Hallvard Berg said"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (f'{SAID}: "Sanctions must not only be kept but tightened."', "kept", "sanctions", "support"),
        (
            f'{SAID}: "The allies should hold consultations regularly, not just in a crisis."',
            "consultations",
            "regular-consultations",
            "support",
        ),
        (
            f"{SAID} Seoul should not merely keep the sanctions but enforce them harder.",
            "keep",
            "sanctions",
            "support",
        ),
        # negative: with no "but" after it and no comma before it, "not just" still denies
        (f'{SAID}: "We should not just lift the sanctions and hope."', "lift", "sanctions", "support"),
        (f'{SAID}: "We cannot simply lift the sanctions."', "lift", "sanctions", "support"),
        (f'{SAID}: "The sanctions must not be kept."', "kept", "sanctions", "oppose"),
    ],
)
def test_not_only_denies_nothing(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
