"""Stance carried by judgement rather than by a verb of favouring: what a thing is said to do
("the drills would fuel tension"), what is said of those who hold a view ("those who push for X
are naive"), a phrase ending in the preposition the path came through ("no interest whatsoever
in X"), and a quoted predicate whose subject stands just before the quote.

Every sentence is invented for these tests (invented people, wording of our own); each table
has negative cases: a harm done *to* the thing, people described without being judged, a
judgement of something else about the thing.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # what the thing does, judged: a harm is against it, a good is for it
        (
            "Kil Bo-ra said the new sanctions would help choke off funding for the missile program.",
            "choke",
            "sanctions",
            "support",
        ),
        (
            "Kil Bo-ra said the sanctions had not helped a single family in the North.",
            "helped",
            "sanctions",
            "oppose",
        ),
        (
            "Kil Bo-ra said the leaflet campaigns put the fishermen at risk.",
            "fishermen",
            "leaflet-launches",
            "support",
        ),
        (
            "Kil Bo-ra said the joint drills would only inflame tension along the border.",
            "inflame",
            "military-exercises",
            "support",
        ),
        (
            "Kil Bo-ra said family reunions would send the right message to the North.",
            "right message",
            "family-reunions",
            "support",
        ),
        # negative: a harm done to the thing, not by it, is no judgement of it
        ("Kil Bo-ra said flooding threatens the aid shipments.", "flooding", None, None),
        ("Kil Bo-ra said a typhoon had damaged the venue of the family reunions.", "typhoon", None, None),
    ],
)
def test_effects_said_of_the_subject_judge_it(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # what is said of those who hold a view judges the view
        ("Those who push for sanctions relief are naive, Kil Bo-ra said.", "naive", "sanctions", "support"),
        (
            "Kil Bo-ra said people who oppose family reunions are simply wrong.",
            "wrong",
            "family-reunions",
            "support",
        ),
        (
            "Kil Bo-ra said those who still talk about a working group are mistaken.",
            "mistaken",
            "working-group",
            "oppose",
        ),
        # negative: holders described, not judged
        ("Kil Bo-ra said those who oppose family reunions met in Seoul on Friday.", "met", None, None),
        ("Kil Bo-ra said officials who backed the sanctions were promoted.", "promoted", None, None),
        # negative: a judgement of something else that concerns the thing
        ("Kil Bo-ra said the missile launches were a threat to dialogue.", "threat", None, None),
    ],
)
def test_judgements_of_those_who_hold_a_view(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Kil Bo-ra said Seoul had no interest whatsoever in a working group.",
            "interest",
            "working-group",
            "oppose",
        ),
        (
            'Kil Bo-ra said Seoul had "no interest at all" in any working group.',
            "interest",
            "working-group",
            "oppose",
        ),
        (
            'Kil Bo-ra insisted that the sanctions "must remain in place for now."',
            "must remain",
            "sanctions",
            "support",
        ),
        # negative: the quote has a subject of its own
        (
            'Kil Bo-ra, asked about the sanctions, said officials "must remain in place."',
            "remain",
            None,
            None,
        ),
    ],
)
def test_phrases_across_the_path_and_a_subject_before_the_quote(
    extractor, text, fragment, concept, agreement
):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # an explicit neutral: "no position on X", "does not have a position on X"
        (
            "Kil Bo-ra said the ministry has no position on sanctions relief.",
            "no position",
            "sanctions",
            "neutral",
        ),
        (
            "Kil Bo-ra said the ministry does not have a position on the joint drills.",
            "position",
            "military-exercises",
            "neutral",
        ),
        # negative: a post, not a position; a position that is not said
        ("Kil Bo-ra said Kim has no position in the cabinet that handles the drills.", "cabinet", None, None),
        ("Kil Bo-ra said Kim has a position on the joint drills.", "position", None, None),
    ],
)
def test_no_position_on_a_thing_is_neutral(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
