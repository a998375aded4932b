"""The next sitting of a recurring occasion, held, and what a sitting will take up, told, take no
side (issue 8, false stances): "the allies would hold their next round of regular
consultations in Ottawa next month" is the calendar, "the session would open in May and would
cover the drills" the agenda (bot/extract/stance_routine.py next_occasion, lexicon.toml
`sitting_nouns`, `coming_words`, `holding_verbs`; clause_subjects.agenda_clause).

Every sentence is written for these tests (invented people, places and wording of our own); the
concepts are the project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Deputy spokesperson Ines Varga said Seoul and Washington would hold their next round of "
            "regular policy consultations in Busan next month.",
            "next round",
            None,
            None,
        ),
        (
            "Deputy spokesperson Ines Varga said the allies would hold their upcoming session of the "
            "quarterly consultations in Hawaii in June.",
            "upcoming session",
            None,
            None,
        ),
        (
            "Deputy spokesperson Ines Varga said the allies would hold the next round of the combined "
            "exercises in March.",
            "next round",
            None,
            None,
        ),
        # negative: a sitting asked for or urged, and holding the occasion itself
        (
            "Deputy spokesperson Ines Varga said Seoul and Washington should hold the next round of "
            "their regular consultations soon.",
            "should hold",
            "regular-consultations",
            "support",
        ),
        (
            "Deputy spokesperson Ines Varga urged the allies to hold their next round of regular "
            "consultations before the summer.",
            "next round",
            "regular-consultations",
            "support",
        ),
        (
            "Deputy spokesperson Ines Varga said Seoul and Washington would also hold regular "
            "working-level consultations alongside the three-way talks.",
            "working-level",
            "regular-consultations",
            "support",
        ),
    ],
)
def test_the_next_sitting_held_is_a_calendar(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Envoy Ines Varga said the next meeting would take place "within weeks" and would cover '
            "crisis planning, port calls and tabletop exercises.",
            "would cover",
            None,
            None,
        ),
        # negative: an actor as the subject, and an agenda asked for
        (
            "Envoy Ines Varga said the ministry would meet the families on Monday and would cover "
            "the cost of resuming the family reunions.",
            "cover the cost",
            "family-reunions",
            "support",
        ),
        (
            "Envoy Ines Varga said the talks would open on Monday and should focus on resuming the "
            "family reunions.",
            "should focus",
            "family-reunions",
            "support",
        ),
    ],
)
def test_an_agenda_joined_to_the_sittings_verb_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
