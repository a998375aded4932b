"""Stances a statement takes by a judgement the lexicon lacked (issue 8, recall): a thing said to
be, or not to be, a favour done to the other side or a charity ("talks are not a favour to the
North", "the tours were never charity") is judged as a concession or a reward is; an offer or a
measure said to remain "valid" is upheld ("our offer of talks remains valid"); "have to be
implemented" says what must be done to its subject as "must be implemented" does.

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Each table has negative cases: "in favor of" (a side
taken, not a judgement), a favour done by someone, charity as a thing others give.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Talking to Pyongyang is not a favour to the North. It is risk management," said Rep. '
            "Ohm Ji-sun.",
            "favour",
            "inter-korean-dialogue",
            "support",
        ),
        (
            '"Reopening the Kaesong complex is not charity," said Rep. Ohm Ji-sun.',
            "charity",
            "economic-cooperation",
            "support",
        ),
        (
            "Rep. Ohm Ji-sun said lifting the sanctions now would be a favor to the regime.",
            "favor",
            "sanctions",
            "support",
        ),
        # negative: "in favor of" takes a side for the thing; it judges nothing
        (
            "Rep. Ohm Ji-sun said most members were in favor of tougher sanctions.",
            "favor",
            "sanctions",
            "support",
        ),
        # negative: charity given by others, and a favour asked of someone, name no concept
        (
            '"Churches in Busan run a charity for defectors," said Rep. Ohm Ji-sun.',
            "charity",
            None,
            None,
        ),
        (
            "Rep. Ohm Ji-sun said she had asked the committee chair for a favor.",
            "favor",
            None,
            None,
        ),
    ],
)
def test_a_favour_or_charity_to_the_other_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Vice Minister Ryu Han-byul said the ministry's offer of family reunions remains valid.",
            "valid",
            "family-reunions",
            "support",
        ),
        (
            '"Our proposal for military talks with the North is still valid," Ryu Han-byul said.',
            "valid",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Rep. Goh Seul-ki said the sanctions were no longer valid after the vote.",
            "valid",
            "sanctions",
            "oppose",
        ),
        # negative: a ruling or a complaint judged valid takes no side on a concept
        ("Rep. Goh Seul-ki said the complaint filed by the opposition was valid.", "valid", None, None),
        ("Rep. Goh Seul-ki said the court's ruling on the election was valid.", "valid", None, None),
        pytest.param(
            "Rep. Goh Seul-ki said her passport for the Mount Kumgang tour was no longer valid.",
            "passport",
            None,
            None,
            marks=pytest.mark.xfail(
                reason="a copula's judgement of a subject the keyword only modifies through 'for' "
                "is read as a judgement of the keyword's thing",
                strict=True,
            ),
        ),
    ],
)
def test_a_thing_said_to_remain_valid(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"The sanctions have to be fully implemented by every member state," said Rep. Goh Seul-ki.',
            "implemented",
            "sanctions",
            "support",
        ),
        ('"The sanctions need to be lifted," said Rep. Goh Seul-ki.', "lifted", "sanctions", "oppose"),
        (
            '"The drills need to be scaled back," said Rep. Goh Seul-ki.',
            "scaled",
            "military-exercises",
            "support",
        ),
        (
            '"The drills do not need to be scaled back," said Rep. Goh Seul-ki.',
            "scaled",
            "military-exercises",
            "oppose",
        ),
        # negative: a passive that takes no side, and the keyword not the subject
        (
            '"The sanctions have to be discussed at the council first," said Rep. Goh Seul-ki.',
            "discussed",
            None,
            None,
        ),
        (
            '"The ministers have to be briefed on the sanctions," said Rep. Goh Seul-ki.',
            "briefed",
            None,
            None,
        ),
    ],
)
def test_what_must_be_done_to_the_subject(extractor, text, fragment, concept, agreement):
    """ "have to be implemented", "need to be scaled back": an obligation verb with a passive "to"
    complement says what must be done to its subject, as "must be implemented" does."""
    assert stance_of(extractor, text, fragment) == (concept, agreement)
