"""Stance rules of news language (issue 8, ninth round): a thing said never to be "a subject of
negotiation" (nor "up for negotiation") is kept off any bargain (for it); refusing to "accept" or
"acknowledge" a state "as" a nuclear power denies it is one; a step judged "a concession" or "a
reward" to the other side is a step against what it gives up (and "not a reward" defends it);
reunions, like aid, "must not be tied to" other issues; "the goal of X", "the path of X" name X as
a course, so what is done to it above still counts ("abandon the goal of X"); "historic" only
heightens the judgement it comes with ("a historic mistake" is a mistake); publishing, shelving or
co-sponsoring a report or resolution on the North's abuses takes their side (concepts.toml
`carriers`).

Every sentence is written for these tests (invented people, wording of our own). Each table has
negative cases: a thing said to be on the agenda, a question, another's view reported, an
acceptance of something that names no concept.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Our nuclear deterrent will never be a subject of negotiation," the spokesman for the Ruvan '
            "foreign office told Pyongyang's state radio.",
            "deterrent",
            "denuclearization",
            "oppose",
        ),
        (
            "Vice Minister Tae Jin-ho said Pyongyang's nuclear status \"can never be a subject of "
            'negotiations or trade-offs."',
            "status",
            "denuclearization",
            "oppose",
        ),
        # the same said with "up for": "is not up for negotiation", "will never be put up for sale"
        (
            '"Our commitment to extended deterrence is not up for negotiation," said Tae Jin-ho.',
            "commitment",
            "us-alliance-deterrence",
            "support",
        ),
        (
            'Vice Minister Tae Jin-ho said the spring drills "are not up for negotiation."',
            "drills",
            "military-exercises",
            "oppose",
        ),
        # negatives: "up for" affirmed only tells the agenda; another "up for"
        ('"The drills are up for discussion," said Vice Minister Tae Jin-ho.', "drills", None, None),
        (
            "Vice Minister Tae Jin-ho said the sanctions list is not up for review until May.",
            "sanctions",
            None,
            None,
        ),
        # negative: a thing on the agenda is no position; a question; another's view
        (
            "Vice Minister Tae Jin-ho said the drills were a subject of negotiation at the meeting.",
            "drills",
            None,
            None,
        ),
        (
            '"Is the sanctions regime a subject of negotiation?" a reporter asked. Tae Jin-ho said the '
            "ministry would answer later.",
            "ministry",
            None,
            None,
        ),
    ],
)
def test_a_thing_kept_off_any_bargain(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Officials in Canberra said they would not accept North Korea as a nuclear power under any "
            "circumstances.",
            "accept",
            "denuclearization",
            "support",
        ),
        (
            '"We will never acknowledge Pyongyang as a nuclear weapons state," said Envoy Mara Quill.',
            "acknowledge",
            "denuclearization",
            "support",
        ),
        # negative: an acceptance that names no concept; a refusal reported as another's view
        (
            '"We accept the court ruling as final," said Envoy Mara Quill.',
            "accept",
            None,
            None,
        ),
    ],
)
def test_refusing_to_accept_a_state_as_nuclear(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Calling off the spring drills would be a concession to Pyongyang," said Rep. Bo Hae-rim.',
            "drills",
            "military-exercises",
            "oppose",
        ),
        (
            "Envoy Mara Quill said lifting the sanctions before the launches stop would be an unearned "
            "concession.",
            "sanctions",
            "sanctions",
            "support",
        ),
        # negative: concessions asked of the other side on no concept; a report of one
        (
            '"The union made concessions on wages last year," said Rep. Bo Hae-rim.',
            "union",
            None,
            None,
        ),
    ],
)
def test_a_step_judged_a_concession(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Talking to the North is not a reward," said Rep. Bo Hae-rim.',
            "Talking",
            "inter-korean-dialogue",
            "support",
        ),
        (
            '"Easing the sanctions now would be a reward for the missile launches," said Envoy Mara Quill.',
            "sanctions",
            "sanctions",
            "support",
        ),
        (
            '"Separated families\' reunions must never be tied to the drills," said Rep. Bo Hae-rim.',
            "reunions",
            "family-reunions",
            "support",
        ),
        # negative: a reward that judges no concept; a link told, not judged; a question
        ('"The prize is a reward for the farmers," said Rep. Bo Hae-rim.', "prize", None, None),
        ("Rep. Bo Hae-rim said Pyongyang had tied the family reunions to the drills.", "tied", None, None),
        (
            '"Should the reunions be tied to the drills?" Rep. Bo Hae-rim asked the minister.',
            "Should",
            None,
            None,
        ),
    ],
)
def test_a_reward_and_reunions_untied(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Washington should give up the goal of denuclearization," said Envoy Mara Quill.',
            "goal",
            "denuclearization",
            "oppose",
        ),
        (
            '"Seoul will not go down the path of nuclear armament," said Rep. Bo Hae-rim.',
            "path",
            "nuclear-armament",
            "oppose",
        ),
        (
            '"We back the goal of denuclearization," said Envoy Mara Quill.',
            "goal",
            "denuclearization",
            "support",
        ),
        (
            '"We must choose the path of dialogue," said Rep. Bo Hae-rim.',
            "path",
            "inter-korean-dialogue",
            "support",
        ),
        # negative: an illusion stays one whatever is done to it; a course only put on an agenda
        ('"We reject the illusion of one nation," said Rep. Bo Hae-rim.', "illusion", "two-state", "support"),
        (
            "Rep. Bo Hae-rim said the goal of denuclearization was on the agenda.",
            "goal",
            None,
            None,
        ),
    ],
)
def test_a_course_named_and_what_is_done_to_it(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Folding the Unification Ministry into another body would be a historic mistake," said '
            "Rep. Bo Hae-rim.",
            "Ministry",
            "unification-ministry-role",
            "support",
        ),
        (
            '"Reopening the Kaesong complex would be a historic achievement," said Rep. Bo Hae-rim.',
            "Kaesong",
            "economic-cooperation",
            "support",
        ),
        # negative: "historic" alone judges nothing; a historic event told
        ('"The family reunions were historic," said Rep. Bo Hae-rim.', "reunions", None, None),
    ],
)
def test_historic_only_heightens_a_judgement(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "The Justice Ministry said it would not publish its yearly report on human rights abuses in the "
            "North.",
            "publish",
            "north-korea-human-rights",
            "oppose",
        ),
        (
            '"We will release the report on the prison camps in full," said Envoy Mara Quill.',
            "release",
            "north-korea-human-rights",
            "support",
        ),
        # negative: a report read or asked about; a report on another concept is only a topic
        ("Rep. Bo Hae-rim said she had read the report on human rights abuses.", "read", None, None),
        (
            "Rep. Bo Hae-rim said the ministry would not publish its report on the sanctions.",
            "publish",
            None,
            None,
        ),
    ],
)
def test_a_document_that_raises_the_abuses(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
