"""Stance rules of news language (issue 8, seventh round): a choice named as a noun and not yet
made ("has not reached a decision on X") is an explicit neutral; of two positions on one thing in
"A but B" the one after "but" is the speaker's bottom line; a negation set in quote marks
("would “never” return") is the verb's, though the parser hangs it on the mark.

Every sentence is written for these tests (invented people, wording of our own). Each table has
negative cases: a decision made, a position before "but" with nothing after it, two concepts on
either side of "but", a word in quote marks that is no negation.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "The Interior Ministry said it has not reached a decision on resuming tours to Mount Kumgang.",
            "decision",
            "economic-cooperation",
            "neutral",
        ),
        (
            'Rep. Gil Tae-joon said his party "has not made a decision" on the family reunions.',
            "decision",
            "family-reunions",
            "neutral",
        ),
        (
            "Rep. Gil Tae-joon said the cabinet had not taken a decision yet on new sanctions.",
            "decision",
            "sanctions",
            "neutral",
        ),
        # negative: a decision made, or a decision that is not the speaker's to make
        (
            "Rep. Gil Tae-joon said the cabinet had made a decision to resume the family reunions.",
            "decision",
            "family-reunions",
            "support",
        ),
        (
            "Rep. Gil Tae-joon said the decision on the family reunions was announced on Monday.",
            "decision",
            None,
            None,
        ),
    ],
)
def test_a_decision_not_yet_made_is_neutral(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'The Interior Ministry said it "welcomed the provinces\' interest" in joint projects but that it '
            '"has not made a decision" on resuming the Kaesong industrial park.',
            "welcomed",
            "economic-cooperation",
            "neutral",
        ),
        (
            "Rep. Gil Tae-joon said he welcomed the interest in joint projects but opposed resuming the "
            "Kaesong industrial park this year.",
            "welcomed the interest",
            "economic-cooperation",
            "oppose",
        ),
        # negative: nothing read after "but"; another concept after it; no "but"
        (
            "Rep. Gil Tae-joon said the party backed family reunions but gave no date.",
            "backed",
            "family-reunions",
            "support",
        ),
        (
            "Rep. Gil Tae-joon said he backed the Kaesong industrial park but opposed any new sanctions.",
            "backed",
            "economic-cooperation",
            "support",
        ),
        (
            "Rep. Gil Tae-joon said the party welcomed the family reunions and would not delay them.",
            "welcomed",
            "family-reunions",
            "support",
        ),
    ],
)
def test_the_position_after_but_stands(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "A spokeswoman for the Interior Ministry said the North would “never” return to "
            "denuclearization talks.",
            "never",
            "denuclearization",
            "oppose",
        ),
        (
            'Rep. Gil Tae-joon said Seoul would "not" scale back the combined drills.',
            "scale back",
            "military-exercises",
            "oppose",
        ),
        # negative: a word in quote marks that is no negation; the same sentence without marks
        (
            "Rep. Gil Tae-joon said Seoul would “gladly” resume the family reunions.",
            "gladly",
            "family-reunions",
            "support",
        ),
        (
            "A spokeswoman for the Interior Ministry said the North would return to denuclearization talks.",
            "return",
            "denuclearization",
            "support",
        ),
    ],
)
def test_a_negation_in_quote_marks(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # another government's own talks with the North: its channel, not Seoul's engagement
        (
            '"We remain open to dialogue with the DPRK at any time," State Department spokesman Ron '
            "Pardee told reporters.",
            "open",
            None,
            None,
        ),
        (
            "Chief Cabinet Secretary Aya Morita said Tokyo wants to hold talks with Pyongyang soon.",
            "hold",
            None,
            None,
        ),
        # talks between allies are "bilateral" or "trilateral", not inter-Korean
        (
            "Japan's Foreign Ministry said the two sides would resume a bilateral dialogue on energy in May.",
            "resume",
            None,
            None,
        ),
        (
            "The Foreign Ministry said Seoul, Washington and Tokyo would hold trilateral talks next week.",
            "hold",
            None,
            None,
        ),
        # negative: Seoul's own offer; another government's view of talks; a taker no table names
        (
            '"We remain open to dialogue with the North," Unification Minister Kang Hyo-rin said.',
            "open",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "State Department spokesman Ron Pardee said Washington supports inter-Korean dialogue.",
            "supports",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "State Department spokesman Ron Pardee said Washington should back Seoul's efforts to reopen "
            "talks with the North.",
            "back",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Japan's Foreign Ministry said the two sides agreed to resume a dialogue with the North in May.",
            "resume",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_talks_that_are_not_seouls(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"We have no objection to the family reunions," said Rep. Gil Tae-joon.',
            "objection",
            "family-reunions",
            "support",
        ),
        (
            '"I have no objection to governments talking to Pyongyang," said Rep. Gil Tae-joon.',
            "objection",
            "inter-korean-dialogue",
            "support",
        ),
        (
            '"We refuse to talk to Pyongyang," said Rep. Gil Tae-joon.',
            "refuse",
            "inter-korean-dialogue",
            "oppose",
        ),
        # negative: an objection not denied is only reported; talking to someone else; "to" of no talking
        ("Rep. Gil Tae-joon said there were objections to the family reunions.", "objections", None, None),
        ('"We want to talk to voters about Pyongyang," said Rep. Gil Tae-joon.', "talk", None, None),
        ('"We want to travel to Pyongyang," said Rep. Gil Tae-joon.', "travel", None, None),
    ],
)
def test_no_objection_and_talking_to(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Seoul on Friday offered working-level talks with Pyongyang to arrange family reunions before "
            "the autumn holiday, the Unification Ministry said.",
            "arrange",
            "family-reunions",
            "support",
        ),
        (
            "The government proposed talks with the North to arrange reunions of separated families, a "
            "Unification Ministry spokeswoman said.",
            "arrange",
            "family-reunions",
            "support",
        ),
        # negative: a purpose that names no aim; talks with no purpose
        (
            "The government proposed talks with the North to ease border tension, a Unification Ministry "
            "spokeswoman said.",
            "ease",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "The government proposed talks with the North, a Unification Ministry spokeswoman said.",
            "proposed",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_talks_proposed_for_an_aim(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        ('"A standing group would hurt Seoul," Rep. Gil Tae-joon said.', "hurt", "working-group", "oppose"),
        (
            '"We think a standing group would help both allies," an American diplomat said.',
            "help",
            "working-group",
            "support",
        ),
        # negative: a standing group named, nothing said of it
        ("Rep. Gil Tae-joon said a standing group of monitors watched the border.", "monitors", None, None),
    ],
)
def test_a_standing_group_is_a_working_group(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
