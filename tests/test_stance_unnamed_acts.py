"""Acts that take a side on a concept's thing without naming it (issue 8, recall): "the
international community cannot look away", "we will not stay silent", said with no object of
their own under a modal or a negation, are about what the statement's context names (here the
headline and lead on the North's abuses); concepts.toml `unnamed_support` / `unnamed_oppose`.

Every sentence is written for these tests (invented people, wording of our own). Negative cases:
the same act told of others in the past, an act with an object of its own, and a story whose
context names no concept.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

ABUSES = (
    "Envoys urge pressure on North Korea over prison camps\n\n"
    "BRUSSELS -- European envoys on Thursday called for more pressure on North Korea over its "
    "human rights abuses.\n\n"
)
BUDGET = "Lawmakers clash over budget cuts\n\nSEOUL -- Lawmakers on Thursday argued over the budget.\n\n"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            ABUSES + '"Europe cannot look away," said Rep. Aune Halvorsen.',
            "look away",
            "north-korea-human-rights",
            "support",
        ),
        (
            ABUSES + '"We will not stay silent while families are punished," said Rep. Aune Halvorsen.',
            "silent",
            "north-korea-human-rights",
            "support",
        ),
        (
            ABUSES + '"Our governments should not keep quiet," said Rep. Aune Halvorsen.',
            "quiet",
            "north-korea-human-rights",
            "support",
        ),
        # negative: told of others in the past, an object of its own, no concept in the context
        (ABUSES + '"Many capitals looked away," said Rep. Aune Halvorsen.', "looked", None, None),
        (
            ABUSES + '"We should not stay silent about the fishing quotas," said Rep. Aune Halvorsen.',
            "quotas",
            None,
            None,
        ),
        (BUDGET + '"The committee cannot look away," said Rep. Aune Halvorsen.', "look away", None, None),
    ],
)
def test_an_act_that_leaves_the_thing_unnamed(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
