"""Predicates that share one subject (issue 8, recall): "the drills are defensive and will go
ahead as planned" says of the drills what each verb says (bot/extract/stance_shared.py); only a
later predicate with a modal is read, as the subject stood before the first verb (each "never" of
"has never been and never will be" is its own verb's). "Accept X as a nuclear-armed state" names
the North's status as "a nuclear state" does, and "never an object of negotiation" keeps a thing
off any bargain as "never a subject of negotiation" does (data/concepts.toml, lexicon.toml).

Every sentence is written for these tests (invented people, wording of our own); the concepts are
the project's data/concepts.toml. Negative cases: a later verb told in the past, one with a subject
of its own, an effect denied under an obligation (a limit set on the thing, no verdict on it).
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        ("Col. Ahn Bo-ra said the drills are defensive and will go ahead as planned.", "defensive",
         "military-exercises", "oppose"),
        ("Col. Ahn Bo-ra said existing sanctions remain in force and must be enforced by every state.",
         "enforced", "sanctions", "support"),
        ("Col. Ahn Bo-ra said food aid has never been and never will be a reward for anyone.", "reward",
         "humanitarian-aid", "support"),
        ("Col. Ahn Bo-ra said dialogue is overdue and must resume.", "overdue", "inter-korean-dialogue",
         "support"),
        # negative: told in the past, an account of the thing
        ("Col. Ahn Bo-ra stressed the drills were defensive and posed no danger to anyone.", "defensive",
         None, None),
        # negative: a later verb with a subject of its own is another clause
        ("Col. Ahn Bo-ra said the drills ended on Friday and the envoys will meet again.", "envoys",
         None, None),
        # negative: a limit set on the thing, not a verdict that it harms
        ("Col. Ahn Bo-ra said sanctions are a tool and should not harm farmers.", "farmers", None, None),
    ],
)  # fmt: skip
def test_shared_subject(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        ("Col. Ahn Bo-ra said Tokyo would never accept the North as a nuclear-armed state.", "accept",
         "denuclearization", "support"),
        ("Col. Ahn Bo-ra said the North's nuclear weapons will never be an object of negotiation.", "object",
         "denuclearization", "oppose"),
        # negative: a status told, no course weighed; an object of study is no bargain
        ("Col. Ahn Bo-ra said Pakistan is a nuclear-armed state.", "Pakistan", None, None),
        ("Col. Ahn Bo-ra said the tunnels were an object of study for years.", "tunnels", None, None),
    ],
)  # fmt: skip
def test_nuclear_state_and_bargains(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
