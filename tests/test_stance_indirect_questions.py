"""An indirect question a preposition takes ("a quarrel over who would lead the ministry") asks;
it takes no side (issue 8, false stances: questions). Every sentence is written for these tests
(invented people and wording of our own); each table has negative cases."""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Lawmaker Seo Jin-ah said the parties were quarrelling over who would lead the Unification "
            "Ministry.",
            "quarrelling",
            None,
            None,
        ),
        (
            "Lawmaker Seo Jin-ah said the committee argued about which agency should deliver the aid.",
            "argued",
            None,
            None,
        ),
        (
            "Lawmaker Seo Jin-ah said the debate over what would reopen the Kaesong complex had only begun.",
            "debate",
            None,
            None,
        ),
        # negative: a preposition's clause with no wh-word, a relative clause on a noun, a plain act
        (
            "Lawmaker Seo Jin-ah said the ministry was committed to reopening the Kaesong complex.",
            "committed",
            "economic-cooperation",
            "support",
        ),
        (
            "Lawmaker Seo Jin-ah said the ministry, whose officials back the aid, pledged to deliver more "
            "aid this winter.",
            "pledged",
            "humanitarian-aid",
            "support",
        ),
        (
            "Lawmaker Seo Jin-ah said the government should reopen the Kaesong complex.",
            "reopen",
            "economic-cooperation",
            "support",
        ),
    ],
)
def test_an_indirect_question_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
