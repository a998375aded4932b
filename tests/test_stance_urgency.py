"""A thing said to be unable to wait is urgent (issue 8, recall): "X cannot wait", "X is a task
that cannot wait" argue for X (bot/extract/stance_urgency.py, lexicon.toml `waiting_verbs`); so
does "time is running out for X" (`lapsing_verbs`, `lapsing_subjects`).

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Negative cases: "can wait" without the negation, waiting
told without "can", an actor that "cannot wait to" do a thing, and a thing waited for.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Flood relief for the northern provinces cannot wait," Rep. Yeon Da-hye said.',
            "relief",
            "humanitarian-aid",
            "support",
        ),
        (
            "Yeon Da-hye said family reunions could not wait for the next summit.",
            "reunions",
            "family-reunions",
            "support",
        ),
        (
            '"Reopening the Kaesong complex is a job that cannot wait," Yeon Da-hye said.',
            "Kaesong",
            "economic-cooperation",
            "support",
        ),
        (
            '"Food aid is not a task that cannot wait," Yeon Da-hye said.',
            "Food aid",
            "humanitarian-aid",
            "oppose",
        ),
        # negative: "can wait" may only put a thing off; waiting told without "can" is an account
        ('"Family reunions can wait until the spring," Yeon Da-hye said.', "reunions", None, None),
        ('"Separated families are not waiting for the summit," Yeon Da-hye said.', "families", None, None),
        # negative: an actor eager to do a thing, and a thing somebody waits for
        ('"Pyongyang cannot wait to see the drills end," Yeon Da-hye said.', "drills", None, None),
        ('"The farmers cannot wait for the leaflet bill," Yeon Da-hye said.', "leaflet", None, None),
    ],
)
def test_a_thing_that_cannot_wait(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Time is running out for separated families," Rep. Yeon Da-hye said.',
            "Time",
            "family-reunions",
            "support",
        ),
        (
            "Yeon Da-hye said time was running out for the Kumgang tourism project she once led.",
            "time",
            "economic-cooperation",
            "support",
        ),
        # negative: time running out for an actor, another thing running out, and running out of it
        ('"Time is running out for Pyongyang," Rep. Yeon Da-hye said.', "Time", None, None),
        ('"The money is running out for the aid agencies," Yeon Da-hye said.', "money", None, None),
        ('"Seoul has run out of patience with dialogue," Yeon Da-hye said.', "patience", None, None),
    ],
)
def test_time_running_out_for_a_thing(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
