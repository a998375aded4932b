"""Stance mechanisms that went wrong on unseen text in several batches by different writers
(issue 8, stance-10: bench/fresh and a new batch, grouped by mechanism): a verb's side spilling
onto the predicate joined to it, talks that are not Seoul's with the North, a drill calendar
read as a side, a concept named only in a condition.

Every sentence is written for these tests (invented people, places and wording of our own); the
concepts are the project's data/concepts.toml. Each table has negative cases. Also: an interview
answer is about what its question named.
"""

from __future__ import annotations

import pytest

from bot.articles import parse_article
from tests.test_stance import PUBLISHED, stance_of


# "urged Pyongyang to stop its provocations and return to dialogue": "stop" acts on its own
# object; the predicate joined to it (which the parser may tag a noun) is urged, not stopped.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Deputy Minister Ohm Seung-ri urged Pyongyang to halt its missile tests and come "
            "back to dialogue.",
            "halt its missile tests",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Deputy Minister Ohm Seung-ri said the government calls on the North to cease its "
            "provocations and return to dialogue at once.",
            "government calls",
            "inter-korean-dialogue",
            "support",
        ),
        # negative: a refusal above still turns both; one object shared by two verbs; a second
        # object the verb takes
        (
            "Deputy Minister Ohm Seung-ri said Pyongyang refused to lift the border closure and "
            "return to dialogue.",
            "to lift the border closure",
            "inter-korean-dialogue",
            "oppose",
        ),
        (
            "Deputy Minister Ohm Seung-ri said the government would reject the offer and suspend the "
            "dialogue with Pyongyang.",
            "suspend",
            "inter-korean-dialogue",
            "oppose",
        ),
        (
            "Deputy Minister Ohm Seung-ri said the allies must halt the drills and the leaflet launches.",
            "must halt",
            "military-exercises",
            "support",
        ),
    ],
)
def test_a_verb_acts_on_its_own_object_not_on_the_predicate_joined_to_it(
    extractor, text, fragment, concept, agreement
):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# Talks "with the key parties concerned", or that "all parties" would resume, are diplomacy at
# large, and talks named after another government ("a US-North Korea dialogue") are that
# government's: neither is Seoul's dialogue with the North.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Spokeswoman Ines Varga said the secretary-general renewed his appeal to Pyongyang to "resume '
            'dialogue with all the parties concerned."',
            "renewed his appeal",
            None,
            None,
        ),
        (
            "Spokeswoman Ines Varga said the envoy urged North Korea to hold talks with the "
            "relevant countries.",
            "relevant countries",
            None,
            None,
        ),
        (
            "Presidential spokesman Goh Tae-yun said Seoul would welcome any US-North Korea dialogue.",
            "welcome",
            None,
            None,
        ),
        (
            "Presidential spokesman Goh Tae-yun said Seoul backs dialogue between Japan and North Korea.",
            "backs",
            None,
            None,
        ),
        # talks whose sides are everyone at the table ("all parties", "the relevant parties")
        (
            "Beijing hoped all parties would show restraint and resume dialogue, said Wang Lin, a "
            "spokeswoman.",
            "show restraint",
            None,
            None,
        ),
        (
            "Wang Lin, a spokeswoman, urged all sides to return to dialogue and consultation.",
            "all sides",
            None,
            None,
        ),
        (
            '"We call on the relevant parties to resume dialogue as soon as possible," said Wang Lin, '
            "a spokeswoman.",
            "relevant parties",
            None,
            None,
        ),
        # everyone's sides, though the verb of talks is joined to another verb (or, by the parser,
        # to its object), and talks named after another government written "U.S.-North Korea"
        (
            'Wang Lin, a spokeswoman, urged all sides to "keep calm and go back to dialogue without delay."',
            "all sides",
            None,
            None,
        ),
        (
            "\"We ask the relevant parties to heed one another's concerns and return to "
            'dialogue," said Wang Lin, a spokeswoman.',
            "relevant parties",
            None,
            None,
        ),
        (
            "Wang Lin, a spokeswoman, said Beijing hoped all parties would \"ease one another's "
            'fears" and resume dialogue.',
            "all parties",
            None,
            None,
        ),
        (
            'Presidential spokesman Goh Tae-yun said Seoul would "welcome any U.S.-North Korea contact" '
            "if it was coordinated with the allies.",
            "welcome",
            None,
            None,
        ),
        # negative: talks with the North, with the South, between the Koreas, an inter-Korean dialogue,
        # a pair of sides (whatever verb theirs is joined to), talks another government backs
        (
            "Wang Lin, a spokeswoman, urged the two sides to show restraint and resume dialogue.",
            "two sides",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Presidential spokesman Goh Tae-yun said Seoul would welcome any U.S.-backed contact with "
            "Pyongyang.",
            "welcome",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Wang Lin, a spokeswoman, urged the two sides to return to dialogue.",
            "two sides",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Wang Lin, a spokeswoman, urged both sides to resume dialogue.",
            "both sides",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Presidential spokesman Goh Tae-yun said Seoul backs dialogue between the two Koreas.",
            "backs",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Presidential spokesman Goh Tae-yun said Seoul wants to resume talks with Pyongyang this year.",
            "resume",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Presidential spokesman Goh Tae-yun said Seoul would welcome any inter-Korean dialogue.",
            "welcome",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_talks_at_large_or_named_after_another_government(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "the allies will hold the exercise next month": a plainly told calendar of annual drills is no
# side; asked for, denied, given a purpose or insisted on ("as planned"), it is one.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Colonel Yoo Ha-rim said the allies would hold a computer-based staff exercise next month.",
            "staff exercise",
            None,
            None,
        ),
        (
            "Colonel Yoo Ha-rim said the delayed field drills would be held in October.",
            "in October",
            None,
            None,
        ),
        (
            "Colonel Yoo Ha-rim said the navies will conduct the exercise off the east coast.",
            "east coast",
            None,
            None,
        ),
        # negative: ought to, denied, a purpose, as planned, urged
        (
            "Lawmaker Ha Eun-bi said the allies should hold the exercise in full.",
            "should hold",
            "military-exercises",
            "oppose",
        ),
        (
            "Lawmaker Ha Eun-bi said there was no reason to hold the exercise this summer.",
            "no reason",
            "military-exercises",
            "support",
        ),
        (
            "Colonel Yoo Ha-rim said the allies would hold the drills as planned.",
            "as planned",
            "military-exercises",
            "oppose",
        ),
        (
            "Lawmaker Ha Eun-bi said the allies must not hold the drills this year.",
            "must not hold",
            "military-exercises",
            "support",
        ),
        (
            "Lawmaker Ha Eun-bi urged the allies to hold the exercise in full.",
            "hold the exercise",
            "military-exercises",
            "oppose",
        ),
    ],
)
def test_a_drill_calendar_told_plainly_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A concept named only in a condition ("as long as the sanctions stay in place", "until Pyongyang
# gives up its weapons", "given the sanctions") is the condition, not a side on it.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Banker Choo Se-ra said that as long as the sanctions remain in place, no lender "
            "will finance the plant.",
            "no lender",
            None,
            None,
        ),
        (
            "Envoy Baek Na-ri said the measures must remain until Pyongyang gives up its nuclear weapons.",
            "measures must remain",
            None,
            None,
        ),
        (
            "Envoy Baek Na-ri said the plant's reopening is not possible for now, given the sanctions.",
            "not possible",
            None,
            None,
        ),
        # negative: the concept in the main clause, with a condition beside it
        (
            "Envoy Baek Na-ri said sanctions must stay in place until Pyongyang takes real steps.",
            "must stay",
            "sanctions",
            "support",
        ),
        (
            "Envoy Baek Na-ri said the Unification Ministry must lead North Korea policy as "
            "long as she is in office.",
            "must lead",
            "unification-ministry-role",
            "support",
        ),
    ],
)
def test_a_concept_named_only_in_a_condition(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


def answers(extractor, *paragraphs):
    """Each interview answer's stance, in order (the interviewee is quoted before the questions)."""
    opening = (
        "Former envoy Mira Tallis has argued about the peninsula for thirty years.",
        '"I have changed my mind twice," Tallis said at her home on Monday.',
    )
    article = parse_article("\n\n".join(("Envoy interview", *opening, *paragraphs)), "t.txt", PUBLISHED)
    return [
        (st.concept, st.agreement)
        for st in extractor.extract(article).statements
        if st.paragraph > 2 and st.kind == "direct"
    ]


# An interview answer's "it" (and, there only, a subject "they") stands for what the question it
# answers named; a denied saying before the point ("I do not say they should be X. I say ...") is
# set off, as when the thing is named.
@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            (
                "Q. Some lawmakers say Seoul should build its own nuclear weapons.",
                "A. It is a reckless idea. We would lose our friends overnight.",
            ),
            [("nuclear-armament", "oppose")],
        ),
        (
            (
                "Q. Activist groups resumed leaflet launches in the spring.",
                "A. They should be stopped at once. The farmers near the border pay for them.",
            ),
            [("leaflet-launches", "support")],
        ),
        (
            (
                "Q. The allies' summer drills are coming up. Should they be changed?",
                "A. I do not say they should be scrapped. I say they could be postponed a month.",
            ),
            [("military-exercises", "support")],
        ),
        # negative: a question naming nothing leaves "it" to the rest of the context; "they" outside
        # an answer stands for people, not the thing the lead names
        (
            (
                "Q. How is your health these days?",
                "A. It is fine, thank you. I walk every morning.",
            ),
            [(None, None)],
        ),
    ],
)
def test_an_interview_answer_is_about_its_question(extractor, paragraphs, expected):
    assert answers(extractor, *paragraphs) == expected


def test_they_outside_an_answer_is_not_the_lead_s_topic(extractor):
    text = (
        "Leaflet launches resume at the border\n\nActivists launched leaflets toward the North on Sunday.\n\n"
        '"They should be stopped," said Mayor Ilsa Grove of the border town, speaking of the police patrols.'
    )
    got = extractor.extract(parse_article(text, "t.txt", PUBLISHED)).statements
    assert [(st.concept, st.agreement) for st in got if "They should" in st.content] == [(None, None)]


# "its own bomb", "its own nukes": South Korea's own weapons are nuclear armament, as "its own
# nuclear weapons" is; the North's "nukes" stay the other concept's.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        ("Analyst Ko Min-a said Seoul should build its own bomb.", "own bomb", "nuclear-armament", "support"),
        (
            "Analyst Ko Min-a said South Korea does not need its own nukes.",
            "own nukes",
            "nuclear-armament",
            "oppose",
        ),
        # negative: the North's weapons
        (
            "Analyst Ko Min-a said Pyongyang will never give up its nukes.",
            "its nukes",
            "denuclearization",
            "oppose",
        ),
    ],
)
def test_a_country_s_own_bomb_is_nuclear_armament(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "must stop the reckless drills": a judgement before the keyword and an act above it voice one
# attitude; the act says the side, the judgement is not a second side to multiply by. Alone, the
# judgement still decides.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "The border command must halt at once the provocative war drills, the statement said.",
            "must halt",
            "military-exercises",
            "support",
        ),
        (
            "Lawmaker Sung Ye-ji said the cabinet should abandon the pointless dialogue with Pyongyang.",
            "abandon",
            "inter-korean-dialogue",
            "oppose",
        ),
        (
            "Lawmaker Sung Ye-ji said the ministry condemned the provocative drills.",
            "ministry condemned",
            "military-exercises",
            "support",
        ),
        # negative: the judgement alone, an act alone, and two favouring words
        (
            "Lawmaker Sung Ye-ji said these were provocative drills.",
            "provocative drills",
            "military-exercises",
            "support",
        ),
        (
            "Lawmaker Sung Ye-ji said the cabinet should abandon the dialogue with Pyongyang.",
            "abandon",
            "inter-korean-dialogue",
            "oppose",
        ),
        (
            "Lawmaker Sung Ye-ji said Seoul should continue the fruitful dialogue with Pyongyang.",
            "continue",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_an_act_on_a_judged_thing_is_one_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "Seoul will face loud calls for its own bomb": calls a subject faces or receives are others',
# put to it, no side of the subject's or the speaker's.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Columnist Pae Ri-na said the cabinet will face growing calls for an end-of-war declaration.",
            "growing calls",
            None,
            None,
        ),
        (
            "Columnist Pae Ri-na said the minister received demands to abolish the Unification Ministry.",
            "received demands",
            None,
            None,
        ),
        # negative: calls made or rejected by the subject
        (
            "Columnist Pae Ri-na said the cabinet renewed its calls for an end-of-war declaration.",
            "renewed",
            "end-of-war-declaration",
            "support",
        ),
        (
            "Columnist Pae Ri-na said the cabinet rejected calls for its own nuclear weapons.",
            "rejected calls",
            "nuclear-armament",
            "oppose",
        ),
    ],
)
def test_calls_a_subject_faces_are_others(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "a declaration formally ending the Korean War" names the declaration as "a declaration ending
# the Korean War" does.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Scholar Nam Ga-eun said Seoul should push for a declaration formally ending the Korean War.",
            "push for",
            "end-of-war-declaration",
            "support",
        ),
        # negative: a declaration of something else
        (
            "Scholar Nam Ga-eun said Seoul should push for a declaration formally ending the fish dispute.",
            "push for",
            None,
            None,
        ),
    ],
)
def test_a_declaration_formally_ending_the_war(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


def test_talks_between_others_stay_others_when_the_context_names_dialogue(extractor):
    """The lead names talks (the context's concept); the statement's "dialogue between Japan and
    North Korea" is another channel, not a word standing for that topic."""
    text = (
        "Tokyo and Pyongyang hold talks\n\nJapanese and North Korean officials held talks in Hanoi, "
        "the first contact between the two countries in a year.\n\n"
        'A spokeswoman, Ria Moon, said the government supports dialogue between Japan and North Korea "if it '
        'helps peace."'
    )
    got = extractor.extract(parse_article(text, "t.txt", PUBLISHED)).statements
    assert [(st.concept, st.agreement) for st in got if "supports dialogue" in st.content] == [(None, None)]
