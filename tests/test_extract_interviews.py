"""An interview printed as questions and answers (bot/extract/interviews.py): the labelled question
is nobody's statement, the labelled answer is the interviewee's (the one quoted last before the
questions). Invented names and sentences, with negative cases."""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.model import Actor

ACTORS = (Actor("fisheries-ministry", "Fisheries Ministry", "ministry"),)
OPENING = (
    "Former fisheries minister Dana Okoro has seen the quota fight from both sides.",
    '"We can fish less and still earn more," Okoro said in her office on Friday.',
)


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp, extractor.names)


def statements(x, *paragraphs):
    article = parse_article("\n\n".join(("Quota interview", *paragraphs)), "t.txt", date(2027, 5, 12))
    return x.extract(article).statements


def said(x, *paragraphs):
    return [(st.kind, st.speaker.id, st.content) for st in statements(x, *paragraphs)]


CASES = [
    # "Q." / "A." and "Q:" / "A:": each answer is the interviewee's, the questions nobody's
    (
        [
            *OPENING,
            "Q. The fleets say the quotas will ruin them. Are they right?",
            "A. No. The quotas are fair, and the fleets know it.",
            "Q: Critics say the ministry should be merged.",
            "A: That would be a grave mistake.",
        ],
        [
            ("direct", "dana-okoro", "We can fish less and still earn more"),
            ("direct", "dana-okoro", "No. The quotas are fair, and the fleets know it."),
            ("direct", "dana-okoro", "That would be a grave mistake."),
        ],
    ),
    # "Question:" / "Answer:" in full
    (
        [*OPENING, "Question: Will the cod come back?", "Answer: Slowly, if we let them."],
        [
            ("direct", "dana-okoro", "We can fish less and still earn more"),
            ("direct", "dana-okoro", "Slowly, if we let them."),
        ],
    ),
    # negatives: an initial opening an ordinary paragraph is no answer label
    (
        [*OPENING, "A. J. Ruiz, a skipper, said the talks would resume."],
        [
            ("direct", "dana-okoro", "We can fish less and still earn more"),
            ("reported", "a-j-ruiz", "the talks would resume"),
        ],
    ),
    # ... nor is "A." without a question before it
    (
        [*OPENING, "Dock workers waited.", "A. Moreau, the harbour master, said the gates would open."],
        [
            ("direct", "dana-okoro", "We can fish less and still earn more"),
            ("reported", "a-moreau", "the gates would open"),
        ],
    ),
    # ... an answer with nobody quoted before the questions is left unattributed, not guessed
    (
        ["Q. Are the quotas fair?", "A. They are."],
        [],
    ),
    # ... unless the introduction tells someone talking to the paper: they answer
    (
        [
            "Dana Whitlow ran the fisheries office until 2024. Now a lecturer, she spoke with The Quay "
            "Post at her home.",
            "Q. Are the quotas fair?",
            "A. They are.",
        ],
        [("direct", "dana-whitlow", "They are.")],
    ),
    # ... negative: someone only introduced, not talking to anyone, does not
    (
        ["Dana Whitlow ran the fisheries office until 2024.", "Q. Are the quotas fair?", "A. They are."],
        [],
    ),
]


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_an_interview_s_answers_are_the_interviewee_s_and_its_questions_nobody_s(x, paragraphs, expected):
    assert said(x, *paragraphs) == expected


def dated(x, *paragraphs):
    return [(st.speaker.id, st.content, st.said_on) for st in statements(x, *paragraphs)]


QUESTIONS = ("Q. Will the cod come back?", "A. Slowly, if we let them.")
DATED = [
    # the interview's own day, told after the opening quote, dates all the interviewee's words
    (
        [
            "Dana Okoro, a former fisheries minister, says the fleets were never the enemy.",
            '"I fished with them for thirty years," Okoro said.',
            "The interview was conducted on May 3 at a cafe in Tromso.",
            *QUESTIONS,
        ],
        [
            ("dana-okoro", "the fleets were never the enemy", "2027-05-03"),
            ("dana-okoro", "I fished with them for thirty years", "2027-05-03"),
            ("dana-okoro", "Slowly, if we let them.", "2027-05-03"),
        ],
    ),
    # a fronted clause of the opening saying ("Sitting in ... on Friday, the 64-year-old said")
    (
        [
            "Dana Okoro has seen the quota fight from both sides.",
            'Sitting in a cafe on Friday, the 64-year-old said the quotas had been "too timid" for years.',
            *QUESTIONS,
        ],
        [
            ("dana-okoro", 'the quotas had been "too timid" for years', "2027-05-07"),
            ("dana-okoro", "Slowly, if we let them.", "2027-05-07"),
        ],
    ),
    # negative: a day inside the introduction that is not the interview's dates nothing
    (
        [
            "Dana Okoro, who resigned on March 2, says the fleets were never the enemy.",
            '"I fished with them for thirty years," Okoro said.',
            *QUESTIONS,
        ],
        [
            ("dana-okoro", "the fleets were never the enemy", "2027-05-12"),
            ("dana-okoro", "I fished with them for thirty years", "2027-05-12"),
            ("dana-okoro", "Slowly, if we let them.", "2027-05-12"),
        ],
    ),
    # negative: a dated interview in an article printed with no questions and answers is one
    # saying among others; other speakers' words keep their own day
    (
        [
            "The interview was conducted on May 3.",
            '"The quotas are fair," Dana Okoro said.',
            '"They are not," skipper Lars Vik said on Monday.',
        ],
        [
            ("dana-okoro", "The quotas are fair", "2027-05-12"),
            ("lars-vik", "They are not", "2027-05-10"),
        ],
    ),
]


@pytest.mark.parametrize("paragraphs, expected", DATED)
def test_the_interview_s_day_dates_the_interviewee_s_words_that_name_none(x, paragraphs, expected):
    assert dated(x, *paragraphs) == expected


NAMED_SIDES = [
    # questions under the paper's name, answers under the interviewee's: the paper's turns are
    # nobody's, a saying inside an answer is the interviewee's words, and "spoke to ... on" dates it
    (
        [
            "Dana Okoro, a former fisheries minister, says the quotas are fair.",
            "Okoro spoke to the Tromso Courier on Tuesday at her home.",
            "Tromso Courier: Skippers say the quotas will ruin them. Are they right?",
            "Okoro: No. When the ministry says the stocks are low, it means it.",
            "Tromso Courier: Will the cod come back?",
            "Okoro: Slowly, if we let them.",
        ],
        [
            ("dana-okoro", "the quotas are fair", "2027-05-11"),
            ("dana-okoro", "No. When the ministry says the stocks are low, it means it.", "2027-05-11"),
            ("dana-okoro", "Slowly, if we let them.", "2027-05-11"),
        ],
    ),
    # "sat down with" is a conversation too
    (
        [
            "Dana Okoro, a former fisheries minister, says the quotas are fair.",
            "Okoro sat down with the Tromso Courier on Tuesday.",
            "Tromso Courier: Will the cod come back?",
            "Okoro: Slowly, if we let them.",
            "Tromso Courier: And the fleets?",
            "Okoro: They will adapt.",
        ],
        [
            ("dana-okoro", "the quotas are fair", "2027-05-11"),
            ("dana-okoro", "Slowly, if we let them.", "2027-05-11"),
            ("dana-okoro", "They will adapt.", "2027-05-11"),
        ],
    ),
    # negative: a label asking now and then in a transcript is a speaker (only its turn that asks
    # is no statement), and "spoke of" a day is no conversation's
    (
        [
            "Dana Okoro spoke of Tuesday's vote at length.",
            "Okoro: The quotas are fair. Are they popular?",
            "Lars Vik: They are ruinous.",
            "Okoro: They will be popular next year.",
        ],
        [
            ("lars-vik", "They are ruinous.", "2027-05-12"),
            ("dana-okoro", "They will be popular next year.", "2027-05-12"),
        ],
    ),
]


@pytest.mark.parametrize("paragraphs, expected", NAMED_SIDES)
def test_an_interview_s_questions_under_any_label_are_nobody_s(x, paragraphs, expected):
    assert dated(x, *paragraphs) == expected


HEADED = (
    "Rep. Tamsin Gale of the Tide Party, who sits on the fisheries committee, has become the loudest "
    "voice for smaller quotas.",
    "Her rivals are less kind. Tide Party critic Rep. Ola Brandt said the plan was "
    '"a gift to foreign trawlers."',
    "Q. Why cut the quotas now?",
    "A. Because the cod are gone. Waiting costs more.",
)


@pytest.mark.parametrize(
    "headline, answerer",
    [
        # the headline names in full the person the lead is about: the rival quoted after is not asked
        ('[Interview] Rep. Tamsin Gale: "The cod cannot wait"', "tamsin-gale"),
        # negatives: a headline naming nobody, or naming the one quoted, leaves the one quoted last
        ("[Interview] A lawmaker on the quota fight", "ola-brandt"),
        ("[Interview] Ola Brandt answers her rival", "ola-brandt"),
    ],
)
def test_the_person_the_headline_names_and_the_lead_is_about_answers(x, headline, answerer):
    article = parse_article("\n\n".join((headline, *HEADED)), "t.txt", date(2027, 5, 12))
    got = x.extract(article).statements
    assert [(st.speaker.id, st.content) for st in got][-1] == (
        answerer,
        "Because the cod are gone. Waiting costs more.",
    )
