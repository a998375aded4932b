"""Stance-13 (issue 8): positions bench/fresh's odd batches state that no rule read (recall),
grouped by mechanism.

- A joint position reported by one of its parties: "the two had agreed that X must remain the
  common goal", "the three countries confirmed that X is our shared goal", "the three of us
  agreed that X must continue to be raised" (three batches). A count of parties agreeing or
  confirming (data/lexicon.toml `joint_verbs`) is not another's view reported inside the
  statement; a named pair ("the two Koreas agreed in 2018") or a named other still is.
- "objective" judges as "goal" does ("our objective is and will remain X").
- "human rights issues" names the North's abuses ("does not oppose raising human rights issues
  at the U.N.", "politicising human rights issues does not help"; two batches); as a keyword
  ending in "*" its head "issue" does not name them later ("press the issue of ...").

Every sentence is written for these tests (invented people, wording of our own). Each table has
negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

ENVOY = "Foreign Minister Tomoe Hara"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            f'{ENVOY} said the two had agreed that the North\'s "complete denuclearization" must stay '
            "the shared aim.",
            "agreed",
            "denuclearization",
            "support",
        ),
        (
            f'"The three of us agreed that the North\'s human rights abuses must be raised at every forum," '
            f"{ENVOY} said.",
            "three of us",
            "north-korea-human-rights",
            "support",
        ),
        (
            f"{ENVOY} said both sides reaffirmed that sanctions must be enforced without gaps.",
            "reaffirmed",
            "sanctions",
            "support",
        ),
        (
            '"Our objective is, and will remain, the complete denuclearization of the peninsula," '
            f"{ENVOY} said.",
            "objective",
            "denuclearization",
            "support",
        ),
        # negative: a named pair or a named other agreeing is their view, told
        (
            f"{ENVOY} said the two Koreas had agreed in 2018 that military talks should be held regularly.",
            "agreed",
            None,
            None,
        ),
        (
            f"{ENVOY} said Moscow and Beijing agreed that sanctions should be eased.",
            "agreed",
            None,
            None,
        ),
    ],
)
def test_a_joint_position_is_the_speakers(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            f"{ENVOY} said the ministry does not oppose raising human rights issues at the General Assembly.",
            "raising",
            "north-korea-human-rights",
            "support",
        ),
        (
            '"Using human rights issues as a political tool does not help anyone," said envoy Qiao Lan.',
            "political tool",
            "north-korea-human-rights",
            "oppose",
        ),
        # negative: the issue named, no side; "the issue" later is not the concept's thing
        (
            f"{ENVOY} said the envoys discussed human rights issues for an hour.",
            "discussed",
            None,
            None,
        ),
        (
            f"{ENVOY} said human rights issues came up at the talks. She said Tokyo would press the issue "
            "of fishing rights.",
            "fishing",
            None,
            None,
        ),
    ],
)
def test_human_rights_issues_name_the_abuses(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
