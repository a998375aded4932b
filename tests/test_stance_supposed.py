"""A thing only supposed, told as how it would be done, takes no side (issue 8, false stances):
"any treaty would have to be signed by both Koreas", "any aid would be delivered through UN
agencies" put a condition on a thing that may never come, a passive of doing whose subject
"any" names; whether the thing should come is not said (stance_scope.py `_any_such`). A passive
that takes a side ("any talks would be welcomed", "any shipment would be blocked"; lexicon
`position_support`, `position_oppose`) and a thing that is no supposition ("a treaty should be
signed") still decide. So does a clause of time told in the past ("since the North enshrined
its nuclear forces in law", lexicon `time_marks`): it dates the sentence by an event, told.
An option "not on the table" limited to the present ("right now", "this year",
"realistically"; lexicon `present_limits`) tells what can happen now; with no limit it is a
refusal, a side.

Every sentence is written for these tests (invented people and wording of our own); the concepts
are the project's data/concepts.toml. The table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

PROFESSOR = "Kim Na-ri, a professor at Hanbit University, said"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (f"{PROFESSOR} any aid would be delivered through UN agencies.", "delivered", None, None),
        (
            f"{PROFESSOR} any peace treaty must be signed by both Koreas as the parties to the war.",
            "signed",
            None,
            None,
        ),
        # negative: a passive that takes a side, and a thing that is no supposition
        (
            f"{PROFESSOR} any talks with the North would be welcomed.",
            "welcomed",
            "inter-korean-dialogue",
            "support",
        ),
        (f"{PROFESSOR} any aid shipment would be blocked.", "blocked", "humanitarian-aid", "oppose"),
        (
            f"{PROFESSOR} a peace treaty should be signed by both Koreas.",
            "should be signed",
            "end-of-war-declaration",
            "support",
        ),
    ],
)
def test_a_supposed_thing_told_as_how_it_would_be_done(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


ANALYST = "Analyst Ra Min-ho said"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # a clause of time told in the past dates the sentence by an event, told, not argued
        (
            f"{ANALYST} the security picture had changed completely since the North enshrined its nuclear "
            "forces in law.",
            "enshrined",
            None,
            None,
        ),
        # negative: a side in the main clause, and the event told as the main clause
        (
            f"{ANALYST} Seoul must keep pressing for talks with the North after the missile launch.",
            "keep pressing",
            "inter-korean-dialogue",
            "support",
        ),
        (
            f"{ANALYST} the North would never give up its nuclear forces.",
            "give up",
            "denuclearization",
            "oppose",
        ),
    ],
)
def test_a_past_event_that_dates_the_sentence(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


VICE = "Vice Minister Jo Sun-ae said"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # an option's status limited to the present: what can happen now, told
        (
            f'{VICE} a restart of the Mount Kumgang tours was "not on the table right now."',
            "right now",
            None,
            None,
        ),
        (
            '"Frankly, Mount Kumgang tours are not on the table this year," Vice Minister Jo Sun-ae said.',
            "this year",
            None,
            None,
        ),
        # negative: the same status with no limit is a refusal
        (
            f'{VICE} the resumption of Mount Kumgang tours was "not on the table."',
            "not on the table",
            "economic-cooperation",
            "oppose",
        ),
    ],
)
def test_an_option_ruled_out_for_now(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
