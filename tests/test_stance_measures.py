"""What a measure does, acted on (issue 8, wrong side on /work/fresh-odd).

- A relative clause whose subject is a measure itself ("any bill that cuts the aid", "a deal
  which would lift the sanctions"; data/lexicon.toml `measure_nouns`) says what the measure does:
  an act on the measure acts on that ("will reject any bill that cuts the aid" is for the aid).
  Not a clause telling what someone did with it ("a proposal it made on Monday for X"), and not
  one on people or groups ("groups that float leaflets").
- A penalty laid on a thing goes against it ("tougher penalties for sending leaflets").

Every sentence is written for these tests (invented people and wording); the concepts are the
project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Councillor Ines Damaso said her caucus would reject any bill that reduces the unification "
            "ministry to a small desk.",
            "reject",
            "unification-ministry-role",
            "support",
        ),
        (
            "Councillor Ines Damaso said her caucus would back any deal which lifts the sanctions.",
            "back",
            "sanctions",
            "oppose",
        ),
        (
            "Councillor Ines Damaso said her caucus welcomed the agreement that resumes family reunions.",
            "welcomed",
            "family-reunions",
            "support",
        ),
        (
            "Councillor Ines Damaso said her caucus would vote against a bill that would toughen penalties "
            "for sending leaflets to the North.",
            "vote",
            "leaflet-launches",
            "oppose",
        ),
        (
            "Councillor Ines Damaso said the minister backed tougher penalties for leaflet launches.",
            "backed",
            "leaflet-launches",
            "support",
        ),
        # negative: a measure's clause with nothing acting on it says only what it does
        (
            "Councillor Ines Damaso said the bill that cuts the humanitarian aid was tabled on Monday.",
            "tabled",
            "humanitarian-aid",
            "oppose",
        ),
    ],
)
def test_act_on_a_measure_acts_on_what_it_does(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# negative: what someone did with a measure is no act of the measure's
def test_what_was_done_with_a_proposal_is_not_what_it_does(extractor):
    text = (
        "Councillor Ines Damaso said the government had not answered a proposal it made on Monday for "
        "talks on family reunions."
    )
    assert stance_of(extractor, text, "answered") != ("family-reunions", "oppose")


# "not X by doing Y": a "by" phrase with a gerund tells how the act above would be done, so a
# negation of that act denies the means; the act itself ("answer", "reward") says nothing of it.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Councillor Ines Damaso said: "Seoul should not answer the insult by giving up on dialogue '
            'with the North."',
            "insult",
            "inter-korean-dialogue",
            "support",
        ),
        (
            'Councillor Ines Damaso said: "We must never reward the regime by lifting the sanctions."',
            "reward",
            "sanctions",
            "support",
        ),
        # negative: an act affirmed leaves the means its own side
        (
            'Councillor Ines Damaso said: "We can answer the threat by expanding the joint drills."',
            "expanding",
            "military-exercises",
            "oppose",
        ),
    ],
)
def test_a_denied_act_denies_its_means(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
