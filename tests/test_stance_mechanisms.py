"""Stance mechanisms narrowed where they misread news language in general (issue 8, stance-8: the
per-mechanism table of bench/stance_mechanisms.py over every open set): a participle that tells
what was done to a thing, an effect lowered or denied, "let alone", talks named after a topic,
an inability that is no indecision.

Every sentence is written for these tests (invented people, places and wording of our own); the
concepts are the project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


# "the postponed drills", "the reorganized ministry": a past participle of the concept's own act
# before its thing tells what was done to it; a general judgement ("a failed exercise") still judges.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Lawmaker Bae Soo-ah said she would ask for a full list of the postponed exercises.",
            "full list",
            None,
            None,
        ),
        (
            "Analyst Rhee Bo-ram said the reorganized ministry would move to a smaller building in Sejong.",
            "smaller building",
            None,
            None,
        ),
        # negative: the act itself, a general judgement before the thing, a verb's side
        (
            "Lawmaker Bae Soo-ah said the allies should postpone the exercises.",
            "should postpone",
            "military-exercises",
            "support",
        ),
        (
            "Lawmaker Bae Soo-ah said a postponed exercise is a failed exercise.",
            "failed exercise",
            "military-exercises",
            "support",
        ),
        (
            "Lawmaker Bae Soo-ah said the government opposes tightened sanctions.",
            "opposes",
            "sanctions",
            "oppose",
        ),
    ],
)
def test_a_participle_of_the_act_tells_what_was_done(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# An effect lowered ("matter less") says neither side; one whose object is denied ("serve no
# purpose") is the effect denied.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Activist Yoo Han-byeol said the balloons "serve no purpose except to anger the North."',
            "no purpose",
            "leaflet-launches",
            "support",
        ),
        (
            "Professor Kwon Dae-ho said the drills helped nobody.",
            "helped nobody",
            "military-exercises",
            "support",
        ),
        (
            "Professor Kwon Dae-ho said the leaflets matter less to the North than their senders think.",
            "matter less",
            None,
            None,
        ),
        # negative: the effect as said, and a judgement lowered
        (
            "Professor Kwon Dae-ho said the balloons serve a purpose.",
            "serve a purpose",
            "leaflet-launches",
            "oppose",
        ),
        (
            "Professor Kwon Dae-ho said the drills help the alliance.",
            "help the alliance",
            "military-exercises",
            "oppose",
        ),
    ],
)
def test_an_effect_lowered_or_denied(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "not A, let alone B": B is denied with A, whether the parser makes "let" a conjunct of A or an
# adverbial of the verb of saying; A's verb is not read again for B.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Minister Seo Ah-rin said the new policy "does not mean giving up on unification, let '
            'alone accepting the two-state doctrine."',
            "let alone",
            "two-state",
            "oppose",
        ),
        (
            "Minister Seo Ah-rin said Pyongyang will not hold talks, let alone sign a peace treaty.",
            "let alone",
            "end-of-war-declaration",
            "oppose",
        ),
        (
            "Minister Seo Ah-rin said Seoul would not ease sanctions, let alone lift them.",
            "not ease",
            "sanctions",
            "support",
        ),
        # negative: B without "let alone" takes the clause's own side; "let ... alone" of an object
        (
            'Minister Seo Ah-rin said "we will hold talks with the North and sign a peace treaty."',
            "sign a peace",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Minister Seo Ah-rin said Seoul will not let the sanctions alone.",
            "let the sanctions",
            None,
            None,
        ),
    ],
)
def test_let_alone_carries_the_denial(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "the extended deterrence dialogue", "the sanctions talks": talks named after a topic are a
# forum on it (an agenda), neither a side on the topic nor the dialogue a bare "dialogue" names;
# talks named after an aim seek it.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Vice Minister Ahn Ji-hoon said the two sides would hold the next round of their "
            "extended deterrence dialogue in May.",
            "next round",
            None,
            None,
        ),
        (
            "Vice Minister Ahn Ji-hoon said Seoul would resume the sanctions talks with Tokyo.",
            "resume",
            None,
            None,
        ),
        # negative: the topic itself, and the dialogue named by its own words
        (
            "Vice Minister Ahn Ji-hoon said the allies should strengthen extended deterrence.",
            "strengthen",
            "us-alliance-deterrence",
            "support",
        ),
        (
            "Vice Minister Ahn Ji-hoon said Seoul would seek a return to inter-Korean dialogue.",
            "return",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_talks_named_after_a_topic(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "cannot even decide its own drills": not able to choose, not a choice still open; "has not
# decided" and "could not decide yet" are undecided.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Spokesman Ri Chol-nam said "Seoul, which cannot even decide its own military drills '
            'without asking Washington, has no business lecturing us."',
            "cannot even decide",
            None,
            None,
        ),
        # negative: undecided
        (
            "Minister Seo Ah-rin said the government has not decided on the drills.",
            "not decided",
            "military-exercises",
            "neutral",
        ),
        (
            "Minister Seo Ah-rin said the cabinet could not decide on the drills yet.",
            "could not decide",
            "military-exercises",
            "neutral",
        ),
    ],
)
def test_an_inability_is_no_indecision(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# An agenda denied above a preposition of topic ("no discussion whatsoever between the allies on
# X", the parser hanging "on X" on the allies) takes no side, as one with "on X" on the topic word.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Minister Seo Ah-rin said there had been "no discussion whatsoever" between the allies '
            "on reducing the American troops stationed here.",
            "no discussion",
            None,
            None,
        ),
        # negative: an act agreed on, and the act said without an agenda
        (
            "Minister Seo Ah-rin said the allies agreed on strengthening extended deterrence.",
            "agreed on",
            "us-alliance-deterrence",
            "support",
        ),
        (
            "Minister Seo Ah-rin said the allies should not reduce the American troops stationed here.",
            "not reduce",
            "us-alliance-deterrence",
            "support",
        ),
    ],
)
def test_an_agenda_denied_above_a_preposition(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "need X, not Y": the "not" the parser hangs on the verb denies the object after it, not the
# verb; a copula's "not" before its complement still denies ("X is not an option").
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Colonel Han Du-ri said "our soldiers need drills, not excuses."',
            "need drills",
            "military-exercises",
            "oppose",
        ),
        (
            'Colonel Han Du-ri said "Seoul needs sanctions, not talks."',
            "needs sanctions",
            "sanctions",
            "support",
        ),
        # negative: the verb denied, and a copula denied
        (
            'Colonel Han Du-ri said "Seoul does not need sanctions."',
            "not need",
            "sanctions",
            "oppose",
        ),
        (
            'Colonel Han Du-ri said "nuclear armament is not an option."',
            "not an option",
            "nuclear-armament",
            "oppose",
        ),
    ],
)
def test_not_before_a_second_object_denies_that_object(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# Talks another government holds with the counterpart ("Japanese and North Korean officials held
# talks") are its own channel, not Seoul's dialogue, though the counterpart is named beside it.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Tokyo and Pyongyang resume contact\n\nTOKYO, May 3 (Kyodo) -- Japanese and North Korean "
            "officials held informal talks in Hanoi last week, government sources said on Tuesday, "
            "the first known contact in two years.",
            "informal talks",
            None,
            None,
        ),
        (
            "Minister Seo Ah-rin said the United States remains open to dialogue with North Korea.",
            "open to dialogue",
            None,
            None,
        ),
        # negative: Seoul's own talks
        (
            "Minister Seo Ah-rin said Seoul remains open to dialogue with North Korea.",
            "open to dialogue",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_another_governments_talks_with_the_counterpart(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


COST_TALKS = (
    "Seoul and Washington open talks on the cost of keeping US troops in Korea\n\nSEOUL -- "
    "Negotiators opened a new round of talks on Tuesday on how much Seoul pays for the American "
    "troops stationed here.\n\n"
)


# "we have the same quarrel ..., and every time it poisons ...": "it" takes up the thing the
# speakers' own clause just named, not the concept the story's lead names.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            COST_TALKS + '"Every few years we have the same quarrel over money, and every time it '
            'poisons the atmosphere," said Kim Da-som, a professor at Hallym University.',
            "poisons",
            None,
            None,
        ),
        # negative: "it" with nothing before it in its sentence stands for the story's topic
        (
            COST_TALKS + '"Every few years it poisons the atmosphere," said Kim Da-som, a professor '
            "at Hallym University.",
            "poisons",
            "us-alliance-deterrence",
            "oppose",
        ),
    ],
)
def test_it_takes_up_what_the_speakers_clause_named(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "complete denuclearization", "full-scale drills": an adjective of the concept's own that favours
# the thing, set before it, is the thing's usual name; a statement names it without wanting it.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Professor Nils Aalto said the insistence on complete denuclearization had "produced '
            'twenty years of nothing."',
            "insistence",
            None,
            None,
        ),
        # negative: what is said of it, or done to it, still decides
        (
            "Professor Nils Aalto said complete denuclearization remains the goal.",
            "remains the goal",
            "denuclearization",
            "support",
        ),
        (
            "Professor Nils Aalto said complete denuclearization is a fantasy.",
            "fantasy",
            "denuclearization",
            "oppose",
        ),
        (
            "Professor Nils Aalto said the allies want full-scale drills.",
            "want",
            "military-exercises",
            "oppose",
        ),
    ],
)
def test_the_usual_name_of_a_thing_is_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "Pyongyang will read it as Seoul accepting X": how another would take a thing is its reading,
# no side the speaker takes on X; said of the speakers themselves ("we read it as") it is theirs.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Lawmaker Suh Jae-ho said: "Changing the name now is a gamble. Pyongyang will read it as '
            'Seoul accepting its two-state theory."',
            "read it as",
            None,
            None,
        ),
        (
            "Lawmaker Suh Jae-ho said critics would interpret the visit as Seoul backing the sanctions.",
            "interpret",
            None,
            None,
        ),
        # negative: the speaker's own side
        (
            "Lawmaker Suh Jae-ho said Seoul must never accept the two-state theory.",
            "never accept",
            "two-state",
            "oppose",
        ),
    ],
)
def test_how_another_would_take_a_thing(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "accused Washington of planning X": an aim another is charged with names the charge, not the
# side the accuser argues on X (an accusation brands; the conventions: no position).
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "The statement accused Washington and Seoul of planning nuclear war exercises around "
            "the islands.",
            "of planning",
            None,
            None,
        ),
        (
            "Minister Oh Tae-rim accused the opposition of wanting to abolish the Unification Ministry.",
            "wanting",
            None,
            None,
        ),
        # negative: the speaker's own plan, and an act, not an aim, charged
        (
            'Minister Oh Tae-rim said: "We are planning to hold the joint exercises in May as scheduled."',
            "planning",
            "military-exercises",
            "oppose",
        ),
        (
            'Lawmaker Kang Mi-sun accused the government of "parroting the two-state theory in '
            'softer words."',
            "parroting",
            "two-state",
            "oppose",
        ),
    ],
)
def test_an_aim_charged_to_another(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
