"""Stance: which proposition a statement takes a side on, and which side, read off the parse.

Every sentence here is written for these tests (invented people, wording of our own); the
concepts are the project's data/concepts.toml. Each table has negative cases: a statement that
names a concept without taking a side on it gets no concept at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.model import Concept

PUBLISHED = date(2026, 3, 12)


def statement(x: Extractor, text: str, fragment: str):
    got = x.extract(parse_article(text, "t.txt", PUBLISHED))
    found = [st for st in got.statements if fragment in st.content]
    assert found, [st.content for st in got.statements]
    return found[0]


def stance_of(x, text, fragment):
    st = statement(x, text, fragment)
    return st.concept, st.agreement


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # negation and its scope
        (
            "Hwang Mi-ran said the ministry does not oppose sanctions on Pyongyang.",
            "sanctions",
            "sanctions",
            "support",
        ),
        ("Relief from sanctions remains off the table, Hwang Mi-ran said.", "Relief", "sanctions", "support"),
        ("Hwang Mi-ran said any easing of sanctions is off the table.", "easing", "sanctions", "support"),
        (
            '"We cannot afford another decade without talks with the North," Hwang Mi-ran said.',
            "decade",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Hwang Mi-ran said Seoul would not give up on dialogue with Pyongyang.",
            "give up",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Hwang Mi-ran said there could be no dialogue with Pyongyang this year.",
            "no dialogue",
            "inter-korean-dialogue",
            "oppose",
        ),
        # modality
        (
            "Hwang Mi-ran said the allies should postpone the spring drills.",
            "postpone",
            "military-exercises",
            "support",
        ),
        (
            "Hwang Mi-ran said Seoul will not scale back the combined exercises.",
            "scale back",
            "military-exercises",
            "oppose",
        ),
        ("Hwang Mi-ran said sanctions must remain in place.", "in place", "sanctions", "support"),
        # verbs that take a position, and what they govern
        (
            "Hwang Mi-ran urged Washington to tighten sanctions on Pyongyang.",
            "tighten",
            "sanctions",
            "support",
        ),
        ("Hwang Mi-ran rejected calls to ease sanctions.", "ease", "sanctions", "support"),
        (
            "Hwang Mi-ran welcomed the resumption of family reunions.",
            "reunions",
            "family-reunions",
            "support",
        ),
        ("Hwang Mi-ran refused to delay the drills.", "delay", "military-exercises", "oppose"),
        (
            "Hwang Mi-ran condemned the leaflet launches by activists.",
            "leaflet",
            "leaflet-launches",
            "support",
        ),
        # the proposition's direction: favouring the drills opposes scaling them back
        (
            "Hwang Mi-ran insisted the exercises would proceed as planned.",
            "proceed",
            "military-exercises",
            "oppose",
        ),
        (
            "Hwang Mi-ran said North Korea would never give up its nuclear weapons.",
            "never",
            "denuclearization",
            "oppose",
        ),
        (
            "Hwang Mi-ran said Seoul remained committed to the denuclearization of the North.",
            "committed",
            "denuclearization",
            "support",
        ),
        # judgements
        ("Hwang Mi-ran said sanctions were not the answer.", "answer", "sanctions", "oppose"),
        (
            "Hwang Mi-ran said regular consultations with Washington had become essential.",
            "essential",
            "regular-consultations",
            "support",
        ),
        (
            "Hwang Mi-ran said Seoul should abandon the illusion of reunification.",
            "illusion",
            "two-state",
            "support",
        ),
        (
            "Hwang Mi-ran said the current talks were different from the old working group.",
            "different",
            "working-group",
            "oppose",
        ),
        # an explicit neutral
        (
            "Hwang Mi-ran said it was premature to discuss the drills.",
            "premature",
            "military-exercises",
            "neutral",
        ),
    ],
)
def test_a_position_on_a_proposition(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment",
    [
        # an agenda, not a side
        ("Hwang Mi-ran said the meeting focused on how to enforce sanctions.", "focused"),
        ("Hwang Mi-ran said the agenda was not on expanding sanctions.", "agenda"),
        ("Hwang Mi-ran said sanctions were discussed at length.", "discussed"),
        # a question
        # ("asked whether ..." is no statement at all: tests/test_extract_structure.py)
        ("Hwang Mi-ran said she wondered whether sanctions should be tightened.", "sanctions"),
        ('Hwang Mi-ran said: "Should the drills be postponed again?"', "postponed"),
        # someone else's view, a condition
        ("Hwang Mi-ran said critics argue that sanctions must be tightened.", "critics"),
        ("Hwang Mi-ran said talks could resume if Pyongyang dropped its nuclear weapons.", "dropped"),
        # a keyword that names something else
        ("Washington rejected the port deal on sanctions grounds, Hwang Mi-ran said.", "port deal"),
        ("Hwang Mi-ran said the sanctions committee met on Monday.", "committee"),
        ("Hwang Mi-ran said a company accused of evading sanctions had closed.", "company"),
        ("Hwang Mi-ran said the Unification Ministry's budget would grow.", "budget"),
        # merely naming the topic
        ("Hwang Mi-ran spoke about the drills on Monday and said the weather was cold.", "weather"),
        ("Hwang Mi-ran said the drills began on Monday.", "began"),
    ],
)
def test_no_position(extractor, text, fragment):
    assert stance_of(extractor, text, fragment) == (None, None)


def test_the_deciding_words_are_kept(extractor):
    st = statement(extractor, "Hwang Mi-ran said the ministry does not oppose sanctions.", "sanctions")
    assert st.stance_cue == "not … oppose"


# The five cases a user met on the seed articles, written anew.
def test_an_agenda_described_with_a_negation_takes_no_side(extractor):
    text = "To be precise, the talks were not about how to toughen sanctions, Oh Dae-ryun said."
    assert stance_of(extractor, text, "toughen") == (None, None)


def test_a_reporter_s_question_is_not_the_answerer_s_position(extractor):
    text = (
        "Asked whether the allies intend to set up a permanent working group, a ministry spokesman "
        "said that was not the plan."
    )
    got = extractor.extract(parse_article(text, "t.txt", PUBLISHED))
    assert [(st.concept, st.agreement) for st in got.statements if st.concept] == []


def test_without_dialogue_and_off_the_table_read_through_their_negations(extractor):
    assert stance_of(
        extractor,
        '"We cannot allow this year to end without talks with the North," Oh Dae-ryun said.',
        "year",
    ) == ("inter-korean-dialogue", "support")
    assert stance_of(extractor, "Oh Dae-ryun said any easing of sanctions was off the table.", "easing") == (
        "sanctions",
        "support",
    )


@pytest.mark.parametrize(
    "sentence, agreement",
    [
        ("North Korea's state media denounced the joint drills as a rehearsal for invasion.", "support"),
        ("Kang Ji-won backed the joint drills.", "oppose"),
        ("Kang Ji-won urged the allies to consider postponing the joint drills.", "support"),
        ("Kang Ji-won said the joint drills would go ahead.", "oppose"),
    ],
)
def test_opposing_what_an_against_proposition_names_supports_it(extractor, sentence, agreement):
    against = Concept(
        "drills", "Joint drills should be scaled back", ("joint drills",), oppose=("postpon*",), against=True
    )
    x = Extractor((), (against,), extractor.lexicon, extractor.nlp)
    assert stance_of(x, sentence, "joint drills") == ("drills", agreement)


def test_a_contrary_keyword_names_the_proposition_s_opposite(extractor):
    c = Concept("disarm", "The North should disarm", ("disarmament",), contrary=("missiles",))
    x = Extractor((), (c,), extractor.lexicon, extractor.nlp)
    assert stance_of(x, "Hwang Mi-ran said Pyongyang would keep its missiles.", "missiles") == (
        "disarm",
        "oppose",
    )
    assert stance_of(x, "Hwang Mi-ran said Pyongyang must scrap its missiles.", "missiles") == (
        "disarm",
        "support",
    )


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Hwang Mi-ran said there would be no dialogue with Pyongyang this year.",
            "no dialogue",
            "inter-korean-dialogue",
            "oppose",
        ),
        ("Hwang Mi-ran said the two Koreas were now two hostile states.", "hostile", "two-state", "support"),
        ("Hwang Mi-ran said the new channel was not a working group.", "channel", "working-group", "oppose"),
        (
            "Hwang Mi-ran said Pyongyang's nuclear forces would grow stronger.",
            "stronger",
            "denuclearization",
            "oppose",
        ),
        (
            "Hwang Mi-ran said the US commitment to defending the South was ironclad.",
            "ironclad",
            "us-alliance-deterrence",
            "support",
        ),
        (
            "Hwang Mi-ran said Seoul should ask Washington to bring back tactical nuclear weapons.",
            "bring back",
            "nuclear-armament",
            "support",
        ),
        ("Hwang Mi-ran said aid for flood victims must continue.", "continue", "humanitarian-aid", "support"),
    ],
)
def test_copulas_existentials_and_verbs_of_continuing(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Hwang Mi-ran said the plan would be a gift to the working group's critics.", "gift"),
        ("Hwang Mi-ran said she wondered if Seoul would keep the drills.", "drills"),
    ],
)
def test_no_position_in_what_a_keyword_only_hangs_on(extractor, text, fragment):
    assert stance_of(extractor, text, fragment) == (None, None)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Hwang Mi-ran said Pyongyang must now treat the South as its main enemy.",
            "main enemy",
            "two-state",
            "support",
        ),
        (
            "Hwang Mi-ran said keeping the Unification Ministry was the best safeguard.",
            "safeguard",
            "unification-ministry-role",
            "support",
        ),
        (
            "Hwang Mi-ran said the North had no interest in family reunions.",
            "interest",
            "family-reunions",
            "oppose",
        ),
        (
            "Hwang Mi-ran urged a waiver that would let the Kaesong complex reopen.",
            "waiver",
            "economic-cooperation",
            "support",
        ),
    ],
)
def test_classing_verbs_gerund_subjects_and_relatives_about_things(
    extractor, text, fragment, concept, agreement
):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment",
    [
        (
            "Hwang Mi-ran said Seoul would not talk to those who describe the South as the main enemy.",
            "those",
        ),
        ("Hwang Mi-ran said praising the sanctions was the quickest way to lose votes.", "quickest"),
        ("Hwang Mi-ran dismissed the forum as a stunt about tactical nuclear weapons.", "stunt"),
    ],
)
def test_no_position_from_people_described_or_a_judgement_for_a_purpose(extractor, text, fragment):
    assert stance_of(extractor, text, fragment) == (None, None)


def test_an_intention_someone_was_asked_about_is_no_position(extractor):
    text = (
        "Asked whether Seoul and Washington plan to set up a standing working group, the spokesman "
        "said that was not the idea."
    )
    got = extractor.extract(parse_article(text, "t.txt", PUBLISHED))
    assert [(st.content, st.concept) for st in got.statements if st.concept] == []


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Hwang Mi-ran said the biggest obstacle was the alliance.",
            "obstacle",
            "us-alliance-deterrence",
            "oppose",
        ),
        ("Hwang Mi-ran backed a call to lift sanctions.", "lift", "sanctions", "oppose"),
    ],
)
def test_what_a_subject_says_of_its_complement(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


def test_calling_something_a_name_takes_no_side(extractor):
    text = "Hwang Mi-ran called the drills a routine event."
    assert stance_of(extractor, text, "drills") == (None, None)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Hwang Mi-ran said the Unification Ministry would stay at the heart of policy on the North.",
            "heart",
            "unification-ministry-role",
            "support",
        ),
        (
            "Hwang Mi-ran said Seoul should bring back family reunions.",
            "bring back",
            "family-reunions",
            "support",
        ),
    ],
)
def test_a_central_place_and_bringing_back(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
