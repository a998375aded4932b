"""Stance mechanisms that went wrong on unseen text in several batches by different writers
(issue 8, stance-11, bench/fresh grouped by mechanism): what a statement tells as done or as
standing, not a side taken on it.

- A claim of conduct: a verb of carrying a thing out (data/lexicon.toml `conduct_verbs`) told in
  the present perfect or the present of one subject ("has always implemented the resolutions",
  "strictly implements them"; batches 8, 12, 15) records what is done; "will implement", "must be
  implemented", "continue to implement" still decide.
- An act done to the thing told in the perfect passive ("no reunions have been held since
  2018"; batch 15) is an account, as one in the past passive is.
- "there is no hotline", "there was no dialogue last year" (batch 12) tell what exists;
  "there will be no dialogue", "there should be dialogue" say what is to be.
- An act of position told in the past perfect with its date ("had offered reunion talks in
  May but heard nothing back", "had rejected every offer since 2020") is what was
  done before the telling, an account, in the report and in the act's own statement; "had long
  supported X" (no date: a standing attitude), "had taken the plan off the table" (where it stands
  now) and "the two had agreed that X" (a joint position) still decide.
- A plan kept, told with its dates ("the exercise would run as scheduled until Oct.
  Wednesday", "will publish the report in December as planned"; data/lexicon.toml
  `schedule_words`) is a calendar; "will proceed as planned" with no date says the thing is not
  changed, and "must go ahead as planned next month" asks for it.
- A verb of change with no object (data/lexicon.toml `change_verbs`: "enforcement of the
  sanctions had weakened", "the regime has eroded") tells what became of its subject, not a harm
  or good it does; "would weaken the alliance" and "only worsen tensions" still judge the subject.
- What a thing has become, told without a modal ("the agency had become a ministry without a
  purpose"; batches 23, 37, 39) classes the subject; the concept named as what it became takes no
  side by "become" itself. A form (concepts.toml `form`: "had become those of two hostile states")
  and a modal ("could become a working group") still decide.

Every sentence is written for these tests (invented people, places and wording); the concepts
are the project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'At a briefing in Beijing, foreign ministry spokesperson Gao Ruwen said China "has always '
            'enforced Security Council resolutions to the letter" and called the report biased.',
            "enforced",
            None,
            None,
        ),
        (
            "At a briefing in Beijing, foreign ministry spokesperson Gao Ruwen said China faithfully "
            "implements Security Council resolutions.",
            "faithfully",
            None,
            None,
        ),
        (
            "Vice Minister Arkady Belov told reporters that Moscow has implemented the sanctions in "
            "good faith.",
            "good faith",
            None,
            None,
        ),
        # negative: what will, must or is to be done decides; a view of the act is a side
        (
            "At a briefing in Beijing, foreign ministry spokesperson Gao Ruwen said China would "
            "faithfully implement Security Council resolutions.",
            "faithfully",
            "sanctions",
            "support",
        ),
        (
            "Vice Minister Tomoko Arai said the sanctions must be implemented by every member state.",
            "every member",
            "sanctions",
            "support",
        ),
        (
            "Vice Minister Tomoko Arai said Tokyo will continue to implement the sanctions with its "
            "partners.",
            "partners",
            "sanctions",
            "support",
        ),
        (
            "Vice Minister Tomoko Arai said Tokyo has always opposed any easing of the sanctions.",
            "easing",
            "sanctions",
            "support",
        ),
    ],
)
def test_conduct_told_is_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Ministry spokeswoman Ahn Mi-sook said no reunions of separated families have been held "
            "since the pandemic.",
            "pandemic",
            None,
            None,
        ),
        (
            "Analyst Dara Quill, a professor at Brightwater University, said: \"There's no hotline "
            'they can pick up this time."',
            "pick up",
            None,
            None,
        ),
        (
            "Analyst Dara Quill, a professor at Brightwater University, said there was no dialogue "
            "between the two Koreas last year.",
            "last year",
            None,
            None,
        ),
        # negative: what must or should be, and a passive of what is to be done
        (
            "Ministry spokeswoman Ahn Mi-sook said reunions of separated families should be held "
            "before the holiday.",
            "holiday",
            "family-reunions",
            "support",
        ),
        (
            "Analyst Dara Quill, a professor at Brightwater University, said there should be "
            "dialogue between the two Koreas at every level.",
            "every level",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_what_exists_or_was_done_told(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# News names the war with its years ("the 1950-53 Korean War", batches 5, 13 and 15): the
# declaration ending it is the same proposition.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "The presidential office said Friday it is not pursuing a declaration formally ending "
            "the 1950-53 Korean War for now.",
            "pursuing",
            "end-of-war-declaration",
            "oppose",
        ),
        (
            "Scholar Nam Ga-eun said Seoul should push for a declaration ending the 1950-53 Korean "
            "War before the summit.",
            "push for",
            "end-of-war-declaration",
            "support",
        ),
        # negative: the war named in passing; the armistice that halted it
        (
            "Scholar Nam Ga-eun said the armistice that halted the 1950-53 Korean War should be "
            "studied in schools.",
            "studied",
            None,
            None,
        ),
    ],
)
def test_the_war_named_with_its_years(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "to ease tension and resume dialogue" with "resume" hung on "tension" (batch 15): the second
# verb is the first verb's fellow and acts on its own object; "ease" is not taken on it.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Ministry spokesman Bae Jun-ho said the government supports any move to ease tension and "
            "resume dialogue with the North.",
            "supports",
            "inter-korean-dialogue",
            "support",
        ),
        # negative: a side taken above still turns both
        (
            "Ministry spokesman Bae Jun-ho said the government opposes any move to ease tension and "
            "resume dialogue with the North.",
            "opposes",
            "inter-korean-dialogue",
            "oppose",
        ),
    ],
)
def test_a_verb_joined_to_anothers_object(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "would “never again” pursue unification" (batch 10): in quote marks the parser hangs "never"
# on "again"; the adverb of repetition carries the verb's negation.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Commentator Ri Chol-su said the DPRK would "never again" seek unification with the South.',
            "seek",
            "two-state",
            "support",
        ),
        # negative: the adverb without a negation; the negation on the verb itself
        (
            "Commentator Ri Chol-su said the DPRK would again seek unification with the South.",
            "seek",
            "two-state",
            "oppose",
        ),
        (
            "Commentator Ri Chol-su said the DPRK would never seek unification with the South.",
            "seek",
            "two-state",
            "support",
        ),
    ],
)
def test_never_again_in_quote_marks(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "calls denuclearization “a dead word”" (batch 14): a naming verb with what it names its object
# as takes no side by itself ("calls for X" is a call; data/lexicon.toml `naming_verbs`).
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Kim Yo-jong said Pyongyang calls denuclearization "a phantom that left the dictionary '
            'long ago."',
            "phantom",
            None,
            None,
        ),
        # negative: what it is named as judges it; a call for it
        (
            'Kim Yo-jong called denuclearization "a reckless fantasy" on Monday.',
            "reckless",
            "denuclearization",
            "oppose",
        ),
        (
            "Ministry spokesman Bae Jun-ho said Seoul calls for tougher sanctions on the North.",
            "tougher",
            "sanctions",
            "support",
        ),
    ],
)
def test_a_naming_verb_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Navy spokesman Commander Ryu Jin-ho said the air exercise would run as scheduled until "
            "the end of the month.",
            "end of the month",
            None,
            None,
        ),
        (
            "Vice Minister Ahn Hye-jin said the ministry's yearly survey of abuses in the North "
            "would come out in March as planned.",
            "in March",
            None,
            None,
        ),
        (
            "Navy spokesman Commander Ryu Jin-ho said the combined command post exercise would be held "
            "as planned from Oct. 5 to Oct. 16.",
            "Oct. 5",
            None,
            None,
        ),
        # negative: a plan kept with no date, or one asked for, is a side
        (
            "Navy spokesman Commander Ryu Jin-ho said the exercise would proceed as planned.",
            "proceed",
            "military-exercises",
            "oppose",
        ),
        (
            "Navy spokesman Commander Ryu Jin-ho said the exercise must proceed as planned next month.",
            "next month",
            "military-exercises",
            "oppose",
        ),
    ],
)
def test_a_plan_kept_told_with_its_dates_is_a_calendar(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Vice Unification Minister Cho Min-seo said the ministry had offered flood relief to the "
            "North last winter but had heard nothing back.",
            "heard nothing",
            None,
            None,
        ),
        (
            "The ministry had offered reunion talks in early spring, Vice Unification "
            "Minister Cho Min-seo said.",
            "reunion talks",
            None,
            None,
        ),
        # negative: what will be done, and a standing attitude with no date
        (
            "Vice Unification Minister Cho Min-seo said the ministry would offer flood relief to the "
            "North next month.",
            "next month",
            "humanitarian-aid",
            "support",
        ),
        (
            "Vice Unification Minister Cho Min-seo said Seoul had long supported flood relief for the North.",
            "long supported",
            "humanitarian-aid",
            "support",
        ),
    ],
)
def test_an_act_of_position_told_in_the_past_perfect_with_its_date_is_an_account(
    extractor, text, fragment, concept, agreement
):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Analyst Bora Tan said enforcement of the sanctions had weakened badly since the monitors left.",
            "weakened",
            None,
            None,
        ),
        (
            "Analyst Bora Tan said the sanctions regime has eroded steadily over the past decade.",
            "eroded",
            None,
            None,
        ),
        # negative: a change done to an object is the subject's effect
        (
            "Analyst Bora Tan said withdrawing the troops would weaken the alliance.",
            "weaken",
            "us-alliance-deterrence",
            "support",
        ),
        (
            "Analyst Bora Tan said the leaflet launches only worsen tensions.",
            "worsen",
            "leaflet-launches",
            "support",
        ),
    ],
)
def test_a_change_undergone_is_no_effect(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Retired diplomat Imogen Falk said the Unification Ministry had become "
            '"a ministry without a purpose."',
            "purpose",
            None,
            None,
        ),
        (
            "Retired diplomat Imogen Falk said the trade pact between the two countries "
            "has become an alliance.",
            "pact",
            None,
            None,
        ),
        # negative: a form, or a modal, still decides
        (
            "Retired diplomat Imogen Falk said the talks could become a working group.",
            "talks",
            "working-group",
            "support",
        ),
        (
            "Retired diplomat Imogen Falk said relations between the two Koreas had become "
            "those of two hostile states.",
            "relations",
            "two-state",
            "support",
        ),
        (
            "Retired diplomat Imogen Falk said the only way forward is dialogue with the North.",
            "way",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_what_a_thing_has_become_told(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
