"""Stances that hold on articles nobody tuned for (issue 8, a wrong stance is worse than none):
coordinated verbs and "neither ... nor", a third party taken up by a pronoun or named by its
context, a public or a share of one as subject, a denied agenda.

Every sentence is written for these tests (invented people, places and wording of our own); the
concepts are the project's data/concepts.toml. Each table keeps the positives: the same words as
the speaker's own position still give a stance.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

PAK = "Pak Chol-su, a spokesman for the North's Foreign Ministry, said"


# Coordinated verbs take their sides on one object once; "neither ... nor" denies each once.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            f"{PAK} his country neither needs nor wants aid from Seoul.",
            "neither",
            "humanitarian-aid",
            "oppose",
        ),
        (f'{PAK} his country "neither needs nor wants" food aid.', "neither", "humanitarian-aid", "oppose"),
        (
            f"{PAK} his country rejected and condemned the aid offer.",
            "condemned",
            "humanitarian-aid",
            "oppose",
        ),
        (f"{PAK} his country refused or ignored every aid offer.", "ignored", "humanitarian-aid", "oppose"),
        # negative: the same verbs unnegated, and one verb alone
        (f"{PAK} his country needs and wants aid from Seoul.", "needs", "humanitarian-aid", "support"),
        (f"{PAK} his country welcomed and praised the aid offer.", "praised", "humanitarian-aid", "support"),
        (f"{PAK} his country rejected the aid offer.", "rejected", "humanitarian-aid", "oppose"),
    ],
)
def test_coordinated_verbs_and_neither_nor(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A third party's view or aim told inside a statement: taken up by a pronoun in a second clause,
# or a public, or a share of one, as subject.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Tokyo has not objected to the plan, but it wants the joint drills postponed," '
            "Unification Ministry spokesperson Pyo Dal-sun said.",
            "Tokyo",
            None,
            None,
        ),
        (
            "Rep. Oh Tae-sik of the People Power Party said a clear majority of South Koreans backed "
            "having their own nuclear arsenal.",
            "majority",
            None,
            None,
        ),
        (
            "Rep. Oh Tae-sik of the People Power Party said most voters want their own nuclear weapons.",
            "voters",
            None,
            None,
        ),
        # negative: the speaker's own side in the same words
        (
            '"We have not objected to the plan, and we want the joint drills postponed," '
            "Unification Ministry spokesperson Pyo Dal-sun said.",
            "We",
            "military-exercises",
            "support",
        ),
        (
            '"Close consultation with the United States is the basis of our policy, and it will continue '
            'on a regular basis," presidential spokesperson Moon Ha-eun said.',
            "Close",
            "regular-consultations",
            "support",
        ),
        (
            "Rep. Oh Tae-sik of the People Power Party said most of us support family reunions.",
            "most of us",
            "family-reunions",
            "support",
        ),
        (
            "Rep. Oh Tae-sik of the People Power Party said the party backs having our own nuclear arsenal.",
            "backs",
            "nuclear-armament",
            "support",
        ),
    ],
)
def test_a_third_party_taken_up_or_a_public_is_no_position(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


HEADLINE = "Allies weigh smaller joint drills as North fires missiles\n\n"


# "The drills" named again under a context's topic is read like the keyword: a third party's aim,
# told, is no position there either.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            f'{HEADLINE}"Timing is everything," said Ko Eun-bi, an analyst at a Seoul think tank. '
            '"Pyongyang wants to prove that the drills carry a cost."',
            "Pyongyang",
            None,
            None,
        ),
        # negative: the analyst's own judgement of the drills
        (
            f'{HEADLINE}"Timing is everything," said Ko Eun-bi, an analyst at a Seoul think tank. '
            '"The drills should be postponed."',
            "postponed",
            "military-exercises",
            "support",
        ),
    ],
)
def test_a_third_partys_aim_under_the_context_topic(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A denied agenda ("no review of", "not discussing") says what is not being looked at, not a side.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Spokesperson Ana Ruiz said there is no review of abolishing the Unification Ministry.",
            "review",
            None,
            None,
        ),
        (
            "Spokesperson Ana Ruiz said there is no review underway, now or later, of abolishing the "
            "Unification Ministry.",
            "review",
            None,
            None,
        ),
        # negative: a denied plan, and a position in plain words
        (
            "Spokesperson Ana Ruiz said there is no plan to abolish the Unification Ministry.",
            "plan",
            "unification-ministry-role",
            "support",
        ),
        (
            "Spokesperson Ana Ruiz said the government opposes abolishing the Unification Ministry.",
            "opposes",
            "unification-ministry-role",
            "support",
        ),
    ],
)
def test_a_denied_agenda_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# Hiding or concealing abuses is against raising them (concepts.toml, north-korea-human-rights).
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Activist Yun Da-som said concealing the abuses in the prison camps to please Pyongyang "
            "is a betrayal.",
            "concealing",
            "north-korea-human-rights",
            "support",
        ),
        (
            "Activist Yun Da-som said the ministry must stop hiding the rights abuses.",
            "hiding",
            "north-korea-human-rights",
            "support",
        ),
        # negative: exposing them, and only naming them
        (
            "Activist Yun Da-som said exposing the abuses in the prison camps is essential.",
            "exposing",
            "north-korea-human-rights",
            "support",
        ),
        ("Activist Yun Da-som said the prison camps hold thousands of people.", "hold", None, None),
    ],
)
def test_hiding_abuses_is_against_raising_them(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# An act told in the past perfect is what was done before the telling, not a side; a verb that
# takes a side by itself, a negation, and the present perfect still give one.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "A coast guard officer said they had confiscated six balloons near the pier late on Friday.",
            "confiscated",
            None,
            None,
        ),
        # negative
        (
            "A coast guard officer said they will confiscate any balloons found near the pier.",
            "confiscate",
            "leaflet-launches",
            "support",
        ),
        (
            "Spokesperson Yeo Min-a said the ministry had rejected the aid offer.",
            "rejected",
            "humanitarian-aid",
            "oppose",
        ),
        (
            "Spokesperson Yeo Min-a said the ministry had never opposed family reunions.",
            "never",
            "family-reunions",
            "support",
        ),
    ],
)
def test_an_act_told_in_the_past_perfect(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# What an act "would mean" is the consequence the speaker draws, not a side on it.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Lawmaker Bae Yu-ri said scrapping the joint drills would amount to abandoning "
            "extended deterrence.",
            "amount",
            None,
            None,
        ),
        (
            "Lawmaker Bae Yu-ri said closing the ministry would mean embracing the two-state doctrine.",
            "mean",
            None,
            None,
        ),
        # negative: the same things with a side taken on them
        (
            "Lawmaker Bae Yu-ri said we must keep extended deterrence strong.",
            "keep",
            "us-alliance-deterrence",
            "support",
        ),
        (
            "Lawmaker Bae Yu-ri said the country must reject the two-state doctrine.",
            "reject",
            "two-state",
            "oppose",
        ),
    ],
)
def test_what_an_act_would_mean_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
