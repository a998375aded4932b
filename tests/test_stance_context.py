"""Stance read where the statement names a concept's thing again without its keyword (see
bot/extract/stance_refs.py), and what a copula says of its subject read once.

Sentences invented for these tests (invented people, wording of our own); each table has
negative cases: a reference to another thing with the same head noun takes no concept.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # "the <head>": the nearest earlier mention in the paragraph with that head
        (
            "The Unification Ministry issued a statement on Friday, saying the ministry would keep "
            "the lead on policy toward the North.",
            "keep",
            "unification-ministry-role",
            "support",
        ),
        (
            "After a meeting with the Unification Ministry, the Foreign Ministry said on Friday that "
            "the ministry would keep the lead on the new task force.",
            "keep",
            None,
            None,
        ),
        # "his/her/our <head>": the speaker's own organisation
        (
            "Unification Minister Pyo Dal-sun said on Friday that her ministry must keep the lead on "
            "policy toward the North.",
            "must keep",
            "unification-ministry-role",
            "support",
        ),
        (
            "Unification Minister Pyo Dal-sun said on Friday that the claim that her ministry was "
            "obsolete was wrong.",
            "obsolete",
            "unification-ministry-role",
            "support",
        ),
        (
            "Foreign Minister Cha Un-gyo said on Friday that his ministry must keep the lead on the "
            "new task force.",
            "must keep",
            None,
            None,
        ),
        # what a copula says of a keyword subject counts once
        (
            "Pyo Dal-sun said on Friday that the sanctions had become pointless.",
            "pointless",
            "sanctions",
            "oppose",
        ),
        (
            "Pyo Dal-sun said on Friday that the joint drills were unnecessary this summer.",
            "unnecessary",
            "military-exercises",
            "support",
        ),
    ],
)
def test_reference_and_copula(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # "what we oppose is X": the speaker opposes X
        (
            '"What we oppose is the lifting of sanctions before any real step," Ryu Seon-ok said.',
            "lifting",
            "sanctions",
            "support",
        ),
        (
            '"What we want is a return to dialogue with the North," Ryu Seon-ok said.',
            "return",
            "inter-korean-dialogue",
            "support",
        ),
        # "We do not X A. We X B": the point is B; A is only set off against it
        (
            '"We do not reject engagement with Pyongyang. What we reject is shelving the human rights '
            'of its people," Ryu Seon-ok said.',
            "shelving",
            "north-korea-human-rights",
            "support",
        ),
        (
            '"We do not reject engagement with Pyongyang. We reject a deal that costs us our allies," '
            "Ryu Seon-ok said.",
            "allies",
            None,
            None,
        ),
        # not a contrast: a denied judgement of the topic, then what it is
        (
            '"The sanctions were never the problem. The problem was that nobody enforced them," '
            "Ryu Seon-ok said.",
            "never",
            "sanctions",
            "support",
        ),
        # two different acts: both sentences are the speaker's own
        (
            '"We do not oppose engagement with Pyongyang. We will watch the talks closely," '
            "Ryu Seon-ok said.",
            "watch",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_contrast_and_cleft(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


STAFFING = (
    "Lawmakers clash over staffing bill\n\nThe Unification Ministry sent officials to the hearing.\n\n"
    "The bill would move 500 officials to a new bureau at the Foreign Ministry. Rep. Goh Min-jae said his "
    "party backed "
)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # two arguments of one verb are two things: "the ministry" absorbed into the Foreign Ministry
        # is not it, so the earlier "Foreign Ministry" is passed over (issue 8, fifth round)
        (
            f"{STAFFING}absorbing the ministry into the Foreign Ministry.",
            "absorbing",
            "unification-ministry-role",
            "oppose",
        ),
        # negative: the clause names another ministry; the nearest earlier one is still the Foreign Ministry
        (f"{STAFFING}absorbing the ministry into the Defense Ministry.", "absorbing", None, None),
        (f"{STAFFING}giving the ministry a bigger budget.", "giving", None, None),
    ],
)
def test_a_reference_is_not_the_other_argument_of_its_verb(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # the destination of a merger is a second body: "the ministry" after "fold X into the
        # Foreign Ministry" is X, the body moved, in the same paragraph or a later one (issue 8)
        (
            "Cabinet weighs reshuffle\n\nOn the Unification Ministry, which the budget office would "
            "fold into the Foreign Ministry, Rep. Ilse Moran was firm. She said the ministry must "
            "keep leading policy on the North.",
            "keep leading",
            "unification-ministry-role",
            "support",
        ),
        (
            "Cabinet weighs reshuffle\n\nLawmakers argued over sanctions on Tuesday.\n\nA task force "
            "wants the Unification Ministry absorbed into the Foreign Ministry by spring.\n\nRetired "
            "diplomat Oskar Lind said the ministry should be kept as it is.",
            "kept",
            "unification-ministry-role",
            "support",
        ),
        # negative: "into" with no body moved before it in the sentence is a body of its own
        (
            "Cabinet weighs reshuffle\n\nThe Unification Ministry issued a report.\n\nAuditors opened "
            "an inquiry into the Foreign Ministry. Rep. Ilse Moran said the ministry should be kept "
            "as it is.",
            "kept",
            None,
            None,
        ),
        # negative: a body named with another, not moved into it, is still the nearest
        (
            "Cabinet weighs reshuffle\n\nOfficials of the Unification Ministry met the Foreign Ministry "
            "on Monday. Rep. Ilse Moran said the ministry should be kept as it is.",
            "kept",
            None,
            None,
        ),
    ],
)
def test_a_merger_destination_is_passed_over(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


FORUM = "Forum on the peninsula\n\nRetired envoy Pia Lund spoke at the forum on Friday.\n\n"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # the speaker's statement before names two concepts and takes its side on one: a following
        # "That would be a grave error" takes up that one, not the one named in passing (issue 8)
        (
            f'{FORUM}"Cancelling the joint drills before any family reunions take place would only '
            'embolden the regime," Lund said.\n\n"That would be a grave error."',
            "grave error",
            "military-exercises",
            "oppose",
        ),
        # negative: a statement before that takes no side leaves two concepts, and "that" none
        (
            f'{FORUM}"The envoys discussed sanctions and family reunions over dinner," Lund said.\n\n'
            '"That would be a grave error."',
            "grave error",
            None,
            None,
        ),
    ],
)
def test_the_statement_before_gives_the_concept_it_took_a_side_on(
    extractor, text, fragment, concept, agreement
):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
