"""Stance words and the names of concepts (issue 8, precision on text the rules were not written
for): a word of a concept's own name is no judgement of it, "not A but B", what a remedy takes,
keywords in another sense (concepts.toml `other_senses`), "its status as X", and general verbs
against what they govern.

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

TWO_STATES = (
    "Pyongyang hardens its two hostile states line\n\nState media carried a new statement on Monday.\n\n"
)


# A word of the concept's own name ("hostile" in "two hostile states") before the head noun that
# names it again is its name, not a judgement of it; "not A but B" affirms B.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            TWO_STATES + '"The South is the most hostile state to us," Kim Yo-jong said.',
            "most hostile",
            "two-state",
            "support",
        ),
        (
            TWO_STATES + '"The South is no longer our kin but a hostile state," Kim Yo-jong said.',
            "no longer",
            "two-state",
            "support",
        ),
        # negative: the form denied
        (
            TWO_STATES + '"The South is not a hostile state," Park Min-ho said.',
            "not a hostile",
            "two-state",
            "oppose",
        ),
    ],
)
def test_a_concepts_own_name_is_no_judgement_of_it(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"We want dialogue, not threats," Minister Oh Tae-rim said.',
            "want",
            "inter-korean-dialogue",
            "support",
        ),
        # B of another concept is the answer on B (tests/test_stance_denied_alternative.py)
        ('"We want dialogue, not sanctions," Minister Oh Tae-rim said.', "want", "sanctions", "oppose"),
        ('"We do not want sanctions but dialogue," Minister Oh Tae-rim said.', "want", "sanctions", "oppose"),
        # negative: a negation of the keyword itself still turns it
        ('"We want no dialogue," Minister Oh Tae-rim said.', "want", "inter-korean-dialogue", "oppose"),
    ],
)
def test_not_a_but_b(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A remedy takes a bad thing by its head noun, whatever its modifiers say; "a dead letter".
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Envoy Lars Berg said a peace treaty would address the legitimate concerns of both sides.",
            "address",
            "end-of-war-declaration",
            "support",
        ),
        (
            "Envoy Lars Berg said sanctions would never ease the real tensions on the peninsula.",
            "ease",
            "sanctions",
            "oppose",
        ),
        (
            "Minister Oh Tae-rim said sanctions must not become a dead letter.",
            "dead letter",
            "sanctions",
            "support",
        ),
        # negative: what a remedy takes that is not bad says nothing
        (
            "Envoy Lars Berg said a peace treaty would address the legitimate interests of both sides.",
            "address",
            None,
            None,
        ),
    ],
)
def test_a_remedy_and_its_object(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A keyword in another sense (concepts.toml `other_senses`); "its status as X" is it being X.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "A Foreign Ministry spokesman in Pyongyang said the launch was a lawful exercise of its "
            "sovereign rights.",
            "lawful",
            None,
            None,
        ),
        ("Envoy Lars Berg said all sides should exercise restraint.", "restraint", None, None),
        (
            "Senior official Ha Jun-seo said more regular visits by strategic assets would bolster "
            "deterrence.",
            "visits",
            "us-alliance-deterrence",
            "support",
        ),
        (
            "A commentary by the state news agency said the North's status as a nuclear state was "
            '"irreversible."',
            "status",
            "denuclearization",
            "oppose",
        ),
        # negative: the keywords in their own sense
        (
            "Envoy Lars Berg said the spring exercise should be postponed.",
            "postponed",
            "military-exercises",
            "support",
        ),
        (
            "Senior official Ha Jun-seo said the allies should make their consultations more regular.",
            "more regular",
            "regular-consultations",
            "support",
        ),
    ],
)
def test_a_keyword_in_another_sense(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# General verbs against what they govern ("call off", "curb", "rein in"), and reorganizing a
# ministry as an act against its keeping its role (data, not code).
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Envoy Lars Berg said the allies should not call off the spring exercise.",
            "call off",
            "military-exercises",
            "oppose",
        ),
        (
            '"We will curb leaflet launches near the border," Unification Minister Oh Tae-rim said.',
            "curb",
            "leaflet-launches",
            "support",
        ),
        (
            "Unification Minister Oh Tae-rim said the government had no plan to reorganize the "
            "Unification Ministry.",
            "reorganize",
            "unification-ministry-role",
            "support",
        ),
        # negative: an act in a question, and one a third party has taken, told
        (
            "Envoy Lars Berg said it was unclear whether the allies would call off the spring exercise.",
            "call off",
            None,
            None,
        ),
        (
            "Envoy Lars Berg said Pyongyang had called off the family reunions on Saturday.",
            "called off",
            None,
            None,
        ),
    ],
)
def test_general_acts_against_a_thing(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
