"""Stances of a thing said to be used up, of a gift handed to the other side, and of a warning told
with its medium (issue 8, recall): a measure said to have outlived its usefulness, exhausted itself
or lost its meaning is against it (lexicon.toml `effect_oppose`); a step judged "a gift to" the
other side goes against it as "a concession" does (`judgement_oppose`); "warned in a statement
that X" says X, as "said in a statement that X" does, not "a statement that X".

Every sentence is written for these tests (invented people, wording of our own); the concepts are
the project's data/concepts.toml. Each table has negative cases: a measure that used up something
else, a denial, a gift actually sent, a warning with no that-clause.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of, statement


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        ("Rep. Oh Min-ji said the sanctions had long since outlived their usefulness.", "outlived",
         "sanctions", "oppose"),
        ("Rep. Oh Min-ji said the sanctions regime has exhausted itself.", "exhausted", "sanctions",
         "oppose"),
        ('"Sanctions have lost their meaning," said Rep. Oh Min-ji.', "meaning", "sanctions", "oppose"),
        ('Rep. Oh Min-ji said the export controls "have outlived themselves."', "outlived", "sanctions",
         "oppose"),
        ("Rep. Oh Min-ji said the spring drills had outlived themselves.", "outlived", "military-exercises",
         "support"),
        # negative: a person outliving a peer; "itself" denied
        ("Rep. Oh Min-ji said the sanctions envoy had outlived his critics.", "envoy", None, None),
        ('"The sanctions regime has not outlived itself," said Rep. Oh Min-ji.', "regime", "sanctions",
         "support"),
        ("Rep. Oh Min-ji said the denuclearization policy has run its course.", "course",
         "denuclearization", "oppose"),
        # negative: denied, the measure keeps its use
        ("Rep. Oh Min-ji said the sanctions have not outlived their usefulness.", "outlived",
         "sanctions", "support"),
        # negative: what the measure used up is another thing, no judgement of it
        ("Rep. Oh Min-ji said the sanctions have exhausted the regime's reserves.", "reserves", None, None),
        ("Rep. Oh Min-ji said the drills had exhausted the troops.", "troops", None, None),
    ],
)  # fmt: skip
def test_used_up(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # the drills' concept is against them: against cutting them is against the proposition
        ("Rep. Oh Min-ji said cutting the drills would be a gift to the regime.", "gift",
         "military-exercises", "oppose"),
        ('"An end-of-war declaration is no gift to the regime," said Rep. Oh Min-ji.', "gift",
         "end-of-war-declaration", "support"),
        ("Rep. Oh Min-ji said reducing the American troops would be a gift to Beijing.", "gift",
         "us-alliance-deterrence", "support"),
        # negative: a gift sent, no judgement
        ("Rep. Oh Min-ji said Seoul sent a gift to Pyongyang along with the aid.", "gift", None, None),
    ],
)  # fmt: skip
def test_gift(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


def test_warning_told_with_its_medium(extractor):
    text = "Sen. Ada Brill warned in a statement that easing sanctions now would be a grave mistake."
    st = statement(extractor, text, "easing")
    assert st.content.startswith("easing sanctions now")
    assert (st.concept, st.agreement) == ("sanctions", "support")


def test_warning_without_a_clause_keeps_its_object(extractor):
    st = statement(extractor, "Sen. Ada Brill urged Seoul in a statement to keep the sanctions.", "keep")
    assert (st.concept, st.agreement) == ("sanctions", "support")
