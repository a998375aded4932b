"""Stance-13 (issue 8): a demand foretold of another is theirs, grouped from bench/fresh's odd
batches by the rule that decided.

- "Pyongyang would pocket it and then demand the withdrawal of U.S. forces", "a declaration
  would be used to demand the withdrawal of US Forces Korea" (two batches, both warnings against
  an end-of-war declaration): the demand is the third party's, or whoever would use the thing;
  the speaker warns of it and takes no side on the troops (data/lexicon.toml `demanding_verbs`,
  bot/extract/stance_parties.py). "Would give Pyongyang a pretext to demand X" was already read
  so (anothers_means).
- The speaker's own demand, or one the speaker says another should make, is a side.

Every sentence is written for these tests (invented people, wording of our own). Each table has
negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

GENERAL = "said Yun Dae-ho, a retired general."


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Pyongyang would pocket the declaration and then demand the withdrawal of American '
            f'troops," {GENERAL}',
            "pocket",
            None,
            None,
        ),
        (
            "Yun Dae-ho, a retired general, argued that a peace declaration would be used to demand the "
            "withdrawal of U.S. troops.",
            "used to demand",
            None,
            None,
        ),
        (
            f'"The North will insist on the withdrawal of American troops before anything else," {GENERAL}',
            "insist",
            None,
            None,
        ),
        # negative: the speaker's own demand, one another ought to make, a judgement of the act
        (
            f'"We demand the withdrawal of American troops," {GENERAL}',
            "We demand",
            "us-alliance-deterrence",
            "oppose",
        ),
        (
            "Yun Dae-ho, a retired general, said Seoul should demand the withdrawal of American troops.",
            "should demand",
            "us-alliance-deterrence",
            "oppose",
        ),
        (
            "Yun Dae-ho, a retired general, said the withdrawal of U.S. troops would be a disaster.",
            "disaster",
            "us-alliance-deterrence",
            "support",
        ),
    ],
)
def test_a_demand_foretold_of_another_is_theirs(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
