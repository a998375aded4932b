"""Words a stance was missed for (issue 8, recall; data/lexicon.toml only): giving a thing up in a
deal ("will never negotiate away X", "bargains away X": `stance_oppose`), a thing judged left from
another age ("a relic", "an anachronism", "a Cold War mentality": `judgement_oppose`), an effect
that worsens a standoff ("would only intensify confrontation", "deepens mistrust": `effect_oppose`),
words of dismissal, a thing that is only talk or paper ("only a slogan", "a piece of
paper", "a pipe dream"), and what a trouble comes from ("the root cause of tension";
`judgement_oppose`).

Every sentence is written for these tests (invented people, wording of our own). Negative cases:
relics in a museum, tension that grew (told, no effect of a named thing), "negotiate" followed by
another "away".
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Rep. Ohm Ji-sun said the regime would never negotiate away its standing as a nuclear power.",
            "negotiate",
            "denuclearization",
            "oppose",
        ),
        (
            '"Any deal that bargains away the sanctions would be a mistake," Rep. Ohm Ji-sun said.',
            "bargains",
            "sanctions",
            "support",
        ),
        (
            "Rep. Ohm Ji-sun said the sanctions were a relic of another decade.",
            "relic",
            "sanctions",
            "oppose",
        ),
        (
            "Rep. Ohm Ji-sun said the spring drills were an anachronism.",
            "anachronism",
            "military-exercises",
            "support",
        ),
        (
            'Rep. Ohm Ji-sun said the drills reflected "a Cold War mentality" in both capitals.',
            "mentality",
            "military-exercises",
            "support",
        ),
        (
            "Rep. Ohm Ji-sun said strengthening the alliance would only intensify confrontation.",
            "intensify",
            "us-alliance-deterrence",
            "oppose",
        ),
        # negative: relics of a war in a museum judge nothing
        ("Rep. Ohm Ji-sun said the museum would display relics of the war.", "relics", None, None),
        # negative: tension told as grown, no effect of a named thing
        (
            "Rep. Ohm Ji-sun said tensions had intensified since the Cold War ended.",
            "intensified",
            None,
            None,
        ),
        # negative: "away" that belongs to another phrase
        (
            "Rep. Ohm Ji-sun said the envoys should negotiate away from the cameras.",
            "cameras",
            None,
            None,
        ),
    ],
)
def test_words_of_giving_up_age_and_worsening(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"For the cabinet, denuclearization has become a slogan," said Sen. Varo Ekholm.',
            "slogan",
            "denuclearization",
            "oppose",
        ),
        (
            '"Denuclearization is not a slogan for us," said Sen. Varo Ekholm.',
            "slogan",
            "denuclearization",
            "support",
        ),
        (
            "Sen. Varo Ekholm said an end-of-war declaration would be just a piece of paper.",
            "paper",
            "end-of-war-declaration",
            "oppose",
        ),
        (
            'Sen. Varo Ekholm said the offer of talks with the North was "a pipe dream."',
            "pipe dream",
            "inter-korean-dialogue",
            "oppose",
        ),
        (
            '"The working group is not a talk shop," said Sen. Varo Ekholm.',
            "talk shop",
            "working-group",
            "support",
        ),
        (
            'Sen. Varo Ekholm said the alliance with Washington was "the root cause" of the standoff.',
            "root cause",
            "us-alliance-deterrence",
            "oppose",
        ),
        (
            '"The spring drills are not the root cause of the tension," said Sen. Varo Ekholm.',
            "root cause",
            "military-exercises",
            "oppose",
        ),
        # negative: what a concept's thing comes from
        (
            '"The root cause of the sanctions is the weapons program," said Sen. Varo Ekholm.',
            "root cause",
            None,
            None,
        ),
        # negatives: the words said of something no concept names; paper as a thing handled
        (
            '"The campaign poster needs a better slogan," said Sen. Varo Ekholm.',
            "slogan",
            None,
            None,
        ),
        (
            "Sen. Varo Ekholm said the delegates signed a piece of paper at the drills' end.",
            "paper",
            None,
            None,
        ),
    ],
)
def test_words_of_dismissal(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
