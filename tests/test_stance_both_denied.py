"""An explicit neutral told by denying both sides at once (issue 8, wrong side on /work/fresh-odd):
two opposite acts joined by "neither ... nor" ("neither endorse nor reject X"), or by "either ...
or" under a negation ("I don't think we should either embrace or reject X"), take no side yet, as
"neither for nor against" does; so does "agnostic on X".

- Not two acts of one side ("neither need nor want aid" is against it), nor a choice urged
  without a negation ("should either embrace or reject it now").

Every sentence is written for these tests (invented people and wording); the concepts are the
project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Analyst Rowan Petrel said: "For now we neither endorse nor reject a two-state settlement."',
            "endorse",
            "two-state",
            "neutral",
        ),
        (
            "Analyst Rowan Petrel said: \"My view is that the cabinet shouldn't either embrace or reject the "
            'two-state doctrine so early."',
            "embrace",
            "two-state",
            "neutral",
        ),
        (
            'Analyst Rowan Petrel said: "To be honest, I remain agnostic on a South Korean '
            'nuclear deterrent."',
            "agnostic",
            "nuclear-armament",
            "neutral",
        ),
        # negative: two acts of one side, denied together, take that side
        (
            'Analyst Rowan Petrel said: "We neither need nor want aid from the South."',
            "need",
            "humanitarian-aid",
            "oppose",
        ),
    ],
)
def test_both_sides_denied_is_neutral(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
