"""What is and is not a statement, by the article's structure: headlines, datelines, questions,
quotes inside quotes, and a second saying coordinated with the first. Invented names and events.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.extract.structure import (
    dateline_end,
    is_first_line_headline,
    is_headline,
    is_quoted_question_headline,
)
from bot.model import Actor

ACTORS = (
    Actor("harbour-council", "Harbour Council", "ministry"),
    Actor("port-ministry", "Port Ministry", "ministry", titles=("Port Minister",)),
    Actor("lena-dahl", "Lena Dahl", "person", parent="port-ministry", role="Port Minister"),
)


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp)


def said(x, *paragraphs):
    article = parse_article("\n\n".join(paragraphs), "t.txt", date(2027, 5, 12))
    return [(st.speaker.id, st.content) for st in x.extract(article).statements]


HEADLINES = [
    ("Port Minister: the levy stays", True),
    ("Fishermen call levy ‘a slow poison’", True),
    # negative: a first paragraph that ends a sentence is the lead, not a headline
    ("Will the levy survive the summer?", False),
    ("Port Minister Lena Dahl said on Monday that the levy would stay.", False),
    ("“The levy stays,” Port Minister Lena Dahl said.", False),
    ("A headline that runs on and on " * 6, False),
]


@pytest.mark.parametrize(("line", "expected"), HEADLINES)
def test_a_headline_is_a_short_first_line_without_a_full_stop(line, expected):
    assert is_headline(line) is expected


FIRST_LINES = [
    ("Port Minister: the levy stays", True),
    # a question under a kicker (a section label) is a headline: a lead opens with no label
    ("Analysis: Will the levy survive the summer?", True),
    ("[Feature] On the quay, who still fishes for cod?", True),
    ("Fishing towns: Is the levy a slow poison?", True),
    # negative: a bare question may be the lead; an interview's question label is no kicker
    ("Will the levy survive the summer?", False),
    ("Q: Will the levy survive the summer?", False),
    ("Question: Will the levy survive the summer?", False),
    ("Analysis: the levy will survive the summer.", False),
    ("Lena Dahl said: “Will the levy survive the summer?”", False),  # someone's words
    ("Analysis: will the levy survive? " * 6, False),
]


@pytest.mark.parametrize(("line", "expected"), FIRST_LINES)
def test_a_question_under_a_kicker_is_a_headline(line, expected):
    assert is_first_line_headline(line) is expected


QUOTED_QUESTION_LINES = [
    # told in a headline's present, the question quoted after the colon heads the story
    ("Councillors grill harbour chief over quotas: 'Is a full ban still the goal?'", True),
    ("Port chief on the new levy: “Who pays for this?”", True),
    # negative: told in the past, someone's words; no colon; no question
    ("Lena Dahl said: “Will the levy survive the summer?”", False),
    ("Councillors ask whether a full ban is still the goal?", False),
    ("Councillors grill harbour chief: 'The ban stays.'", False),
]


@pytest.mark.parametrize(("line", "expected"), QUOTED_QUESTION_LINES)
def test_a_question_quoted_after_a_present_tense_headline_is_a_headline(x, line, expected):
    assert is_quoted_question_headline(x.nlp(line)) is expected


def test_the_lead_under_a_quoted_question_headline_gives_the_story_day(x):
    text = (
        " date 2027-05-12 Councillors grill harbour chief over quotas: 'Is a full ban still the goal?'\n\n"
        "A group of city councillors on Tuesday pressed harbour chief Ola Brandt to say whether a full"
        " ban on trawling remained the city's aim.\n\n“Our aim has not changed,” Brandt said."
    )
    found = x.extract(parse_article(text, "t.txt")).statements
    assert [(st.content, st.said_on) for st in found] == [("Our aim has not changed", "2027-05-11")]


def test_a_headline_naming_a_speaker_is_never_a_statement(x):
    assert said(x, "Port Minister: levy will stay", "Lena Dahl said the levy would stay until autumn.") == [
        ("lena-dahl", "the levy would stay until autumn")
    ]


DATELINES = [
    ("BERGEN, May 3 (NTB) -- The council voted", "BERGEN, May 3 (NTB) -- "),
    ("OSLO (Reuters) - The minister said", "OSLO (Reuters) - "),
    ("NEW YORK — Delegates met", "NEW YORK — "),
    ("WASHINGTON, D.C., Jan. 4 (AP) — The", "WASHINGTON, D.C., Jan. 4 (AP) — "),
    ("NAGOYA, Feb. 2 Kyodo - The port", "NAGOYA, Feb. 2 Kyodo - "),  # the agency unbracketed
    ("MURMANSK, June 9. /NTB/. The port", "MURMANSK, June 9. /NTB/. "),  # between slashes
    # the Korean wires' form: place and agency in one bracket, then a dash or the byline up to "="
    ("(Pusan=Wirenews) Reporter Ann Lee = The port", "(Pusan=Wirenews) Reporter Ann Lee = "),
    ("[Pusan=Wirenews] Noh Min-ji = The port", "[Pusan=Wirenews] Noh Min-ji = "),
    ("(Pusan=Wirenews) -- The port", "(Pusan=Wirenews) -- "),
    # negative: an ordinary opening, a name, an acronym that is the subject
    ("The council voted - narrowly - to keep it", ""),
    ("Lena Dahl, the minister, said", ""),
    ("NATO said on Monday", ""),
    ("OSLO Council Members - the vote", ""),  # capitalised words after no day are no agency
    ("OSLO, June 9. The /NTB/ port", ""),  # slashes that do not follow the day
    ("Prices rose 3/4 percent/ year. The port", ""),
    ("(x=y) The port", ""),  # a formula, not a place and an agency
    ("Noh Min-ji = the port's best-known voice", ""),  # "=" with no bracketed dateline before it
]


@pytest.mark.parametrize(("paragraph", "dateline"), DATELINES)
def test_a_wire_dateline_opens_the_lead(paragraph, dateline):
    assert paragraph[: dateline_end(paragraph)] == dateline


@pytest.mark.parametrize(
    "paragraph", ["FISHWATCH" * 4 + " said the boats were late", "A" * 5_000 + "b", "ABC " * 2_000]
)
def test_a_paragraph_opening_in_capitals_is_read_in_linear_time(paragraph):
    """A long run of capitals with no dash after it: the dateline pattern once tried every split of
    it (2^n steps: a 36-letter run took minutes, seen on real news opening with a column's name)."""
    start = time.monotonic()
    assert dateline_end(paragraph) == 0
    assert time.monotonic() - start < 1


@pytest.mark.parametrize(
    "lead",
    [
        "BERGEN, May 3 (NTB) -- Trawlers from three ports blocked the harbour mouth on Tuesday, the "
        "Harbour Council said.",
        "BERGEN (NTB) - Lena Dahl, the port minister, on Tuesday rejected the co-op's demand, saying "
        "the levy funds the new breakwater.",
    ],
)
def test_a_dateline_is_neither_speaker_nor_content(x, lead):
    got = said(x, "Levy protest", lead)
    assert got and all(not content.startswith("BERGEN") and speaker != "bergen" for speaker, content in got)


QUESTIONS = [
    # the answer after a reporter's question is the statement, not the question
    (["Asked whether the council would drop the levy, Port Minister Lena Dahl said the levy would stay."],
     [("lena-dahl", "the levy would stay")]),
    (["When asked about the protests, Lena Dahl said she respected the fishermen."],
     [("lena-dahl", "she respected the fishermen")]),
    # a question put by someone named is not their statement either
    (["Lena Dahl spoke at the hearing.",
      "Councillor Greta Ulvang asked whether the levy had raised any money, and Dahl said it had."],
     [("lena-dahl", "it had")]),
    # negative: "ask" with a demand (not a question) still attributes what was asked for
    (["The Harbour Council asked that the levy be halved."],
     [("harbour-council", "the levy be halved")]),
    # a question left open by any verb ("declined to say whether", "questioned whether") says nothing
    (["Port Minister Lena Dahl declined to say whether the council would fine the trawler owners."], []),
    (["Two councillors questioned whether the levy has any purpose beyond raising money."], []),
    # ... nor does an act told inside the question ("asked whether X backed Y", "asked if ...")
    (["Asked whether the council would consider seeking talks with the union, Port Minister Lena Dahl "
      "said nothing was excluded."],
     [("lena-dahl", "nothing was excluded")]),
    (["When a reporter asked if the council still backed the levy, Port Minister Lena Dahl said the "
      "council “stands by every krone.”"],
     [("lena-dahl", "the council “stands by every krone.")]),
    # negative: a relative clause is no question, and "if" after "said" opens a condition
    (["The council kept the levy, which Port Minister Lena Dahl said had paid for the breakwater."],
     [("lena-dahl", "which Port Minister Lena Dahl said had paid for the breakwater")]),
    (["Port Minister Lena Dahl said if the fishermen paid on time, the fines would be dropped."],
     [("lena-dahl", "if the fishermen paid on time, the fines would be dropped")]),
]  # fmt: skip


UNSAID = [
    # a saying denied or refused was not made: the refusal is the position, its object nobody's words
    (["Port Minister Lena Dahl refused to confirm the reports of a new levy."],
     [("lena-dahl", "to confirm the reports of a new levy")]),
    (["Port Minister Lena Dahl refused to say which trawlers had been fined."],
     [("lena-dahl", "to say which trawlers had been fined")]),
    # ... but declining to say, comment, elaborate or give details is the routine note that nothing
    # was said: no position at all
    (["Port Minister Lena Dahl declined to say which trawlers had been fined."], []),
    (["The Harbour Council declined to comment on the new levy."], []),
    (["Lena Dahl said the levy would stay. She declined to elaborate."],
     [("lena-dahl", "the levy would stay")]),
    (["Asked about the trawlers, Lena Dahl declined to be drawn."], []),
    (["A council clerk declined to give details of the fines, saying the case was still open."],
     [("anon-source-1", "the case was still open")]),
    # negatives: declining a thing, or to do a thing other than speaking, is still an act
    (["The Harbour Council declined the union's offer of talks."],
     [("harbour-council", "the union's offer of talks")]),
    (["Port Minister Lena Dahl declined to attend the fishermen's rally."],
     [("lena-dahl", "to attend the fishermen's rally")]),
    (["Port Minister Lena Dahl did not mention the levy in her speech."], []),
    (["Port Minister Lena Dahl never said that the levy would go."], []),
    # refusing to be named is a source keeping back a name, no position
    (["A council clerk, who declined to be identified, said the levy had raised little."],
     [("anon-source-1", "the levy had raised little")]),
    # a relative pronoun before a quote is no content of its own ("which she said “…”")
    (["Port Minister Lena Dahl defended the levy, which she said had “paid for the breakwater.”"],
     [("lena-dahl", "the levy, which she said had “paid for the breakwater.")]),
    # negatives: a saying made, and one that goes on after a refusal
    (["Port Minister Lena Dahl mentioned the levy and said it would stay."],
     [("lena-dahl", "the levy"), ("lena-dahl", "it would stay")]),
    (["Port Minister Lena Dahl declined to name the trawlers but said the fines would be paid."],
     [("lena-dahl", "to name the trawlers"), ("lena-dahl", "the fines would be paid")]),
]  # fmt: skip


ACT_WITH_SAYING = [
    # an act on a thing named before, told with the saying that gives its reasons, is that saying
    (["Port Minister Lena Dahl rejected the criticism, saying the levy had paid for the breakwater."],
     [("lena-dahl", "the levy had paid for the breakwater")]),
    (["Port Minister Lena Dahl defended the plan, telling lawmakers it would save the harbour."],
     [("lena-dahl", "it would save the harbour")]),
    # negatives: an act on a thing of its own, or with no saying, stays a position
    (["Port Minister Lena Dahl rejected the trawler owners' appeal, saying the harbour needed the money."],
     [("lena-dahl", "the trawler owners' appeal"), ("lena-dahl", "the harbour needed the money")]),
    (["Port Minister Lena Dahl rejected the criticism."],
     [("lena-dahl", "Port Minister Lena Dahl rejected the criticism")]),
]  # fmt: skip


WHOLE_CLAUSES = [
    # a word the parser broke at its hyphen goes on to the end of the clause
    (["Port Minister Lena Dahl told the council that the port would co-sponsor a motion to renew "
      "the quota, and stressed that “silence is not consent”."],
     [("lena-dahl", "the port would co-sponsor a motion to renew the quota"),
      ("lena-dahl", "silence is not consent")]),
    # "repeated that" says what follows it, as "reiterated that" does
    (["Port Minister Lena Dahl told reporters the quay would stay shut, and repeated that the port "
      "was ready to meet the skippers “at any time.”"],
     [("lena-dahl", "the quay would stay shut"),
      ("lena-dahl", "the port was ready to meet the skippers “at any time.")]),
    # a phrase set off between a reported subject and its verb keeps the subject in what was said
    (["Port Minister Lena Dahl said the report's timing, only weeks before the vote, was “no accident.”"],
     [("lena-dahl", "the report's timing, only weeks before the vote, was “no accident.")]),
    (["Port Minister Lena Dahl said nothing, and left the hall."], []),
    # negatives: a dash set off by spaces ends nothing early, and "repeated" a thing is no saying
    (["Port Minister Lena Dahl said the quay would stay shut - for now."],
     [("lena-dahl", "the quay would stay shut - for now")]),
    (["Port Minister Lena Dahl repeated her visit to the quay on Monday."], []),
]  # fmt: skip


AGENDAS = [
    # what an occasion will take up, told as the news with a document as its source after it
    (["The meeting will cover quotas and the theft of harbour data, the joint statement said."], []),
    (["The talks are expected to focus on quotas, the ministry's statement said."], []),
    # negatives: a person's or a body's announcement, before or after "said", a demand on the
    # talks, another subject
    (["The meeting will cover quotas and the theft of harbour data, Port Minister Lena Dahl said."],
     [("lena-dahl", "The meeting will cover quotas and the theft of harbour data")]),
    (["Port Minister Lena Dahl said the talks would cover quotas and harbour fees."],
     [("lena-dahl", "the talks would cover quotas and harbour fees")]),
    (["The talks must include the skippers, Port Minister Lena Dahl said."],
     [("lena-dahl", "The talks must include the skippers")]),
    (["The levy will cover the cost of the breakwater, Port Minister Lena Dahl said."],
     [("lena-dahl", "The levy will cover the cost of the breakwater")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), AGENDAS)
def test_an_occasion_s_agenda_told_with_its_source_after_it_is_no_statement(x, paragraphs, expected):
    assert said(x, "Levy hearing", *paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), WHOLE_CLAUSES)
def test_a_saying_s_clause_is_whole(x, paragraphs, expected):
    assert said(x, "Levy hearing", *paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), ACT_WITH_SAYING)
def test_an_act_on_a_thing_named_before_told_with_its_saying_is_that_saying(x, paragraphs, expected):
    assert said(x, "Levy hearing", *paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), UNSAID)
def test_a_saying_denied_or_refused_is_not_made(x, paragraphs, expected):
    assert said(x, "Levy hearing", *paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), QUESTIONS)
def test_a_question_is_never_a_statement(x, paragraphs, expected):
    assert said(x, "Levy hearing", *paragraphs) == expected


NESTED = [
    # the inner quote is what the speaker heard, inside their own words: one statement, theirs
    (["“My neighbour told me, “they will never pay us back,” and I believed him,” said Lena Dahl."],
     [("lena-dahl", "My neighbour told me, “they will never pay us back,” and I believed him")]),
    (['"The clerk said, "the forms are lost," and then closed the window," Lena Dahl said.'],
     [("lena-dahl", 'The clerk said, "the forms are lost," and then closed the window')]),
    # negative: two quotes side by side are not nested
    (["“We will pay,” Lena Dahl said, “but not this year.”"],
     [("lena-dahl", "We will pay,” Lena Dahl said, “but not this year.")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), NESTED)
def test_a_quote_inside_a_quote_is_part_of_the_outer_one(x, paragraphs, expected):
    assert said(x, "Levy row", *paragraphs) == expected


SECOND_SAYING = [
    (["Lena Dahl said the levy was fair and stressed that small boats would pay less."],
     [("lena-dahl", "the levy was fair"), ("lena-dahl", "small boats would pay less")]),
    (["The Harbour Council said it had approved the plans, stressing that aid should not be tied to "
      "politics."],
     [("harbour-council", "it had approved the plans"),
      ("harbour-council", "aid should not be tied to politics")]),
    (["Lena Dahl said the plan was sound and added that the talks would resume."],
     [("lena-dahl", "the plan was sound"), ("lena-dahl", "the talks would resume")]),
    # negative: a verb coordinated inside what was said is part of it, not a new saying
    (["The Port Ministry said it would not publish the study and would instead send it to the council."],
     [("port-ministry", "it would not publish the study and would instead send it to the council")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), SECOND_SAYING)
def test_a_second_saying_is_the_same_speakers_statement(x, paragraphs, expected):
    assert said(x, "Levy row", *paragraphs) == expected


BYLINES = [
    # the reporter of a byline in the dateline is no one the story quotes: the lead's subject is
    # the speaker, and a later bare family name goes to the source who bears it
    (["(Pusan=Wirenews) Reporter Noh Min-ji = The Ministry of Fisheries said on Tuesday it would keep "
      "the quota.",
      "Rep. Noh Jae-sung of the Harbour Party said the quota was too low.",
      "“The fleet cannot wait,” Noh said."],
     [("ministry-of-fisheries", "it would keep the quota"), ("noh-jae-sung", "the quota was too low"),
      ("noh-jae-sung", "The fleet cannot wait")]),
    # negative: a name after the dateline is the story's as before
    (["(Pusan=Wirenews) -- Noh Min-ji, the fisheries minister, said on Tuesday she would keep the quota."],
     [("noh-min-ji", "she would keep the quota")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), BYLINES)
def test_a_bylines_reporter_is_no_speaker(x, paragraphs, expected):
    got = said(x, "Quota row", *paragraphs)
    assert [speaker for speaker, _ in got] == [speaker for speaker, _ in expected]
    assert all(fragment in content for (_, content), (_, fragment) in zip(got, expected, strict=True))


def test_a_bylines_closing_mark_is_no_part_of_the_first_speakers_mention(x):
    # the "=" that closes the byline ends the dateline: the lead's speaker is named from the title on
    article = parse_article(
        "Quay row\n\n(Pusan=Wirenews) Reporter Ann Lee = Harbour master Seo Jae-sung said on Tuesday the "
        "quay would close for repairs.",
        "t.txt",
        date(2027, 5, 12),
    )
    got = [(st.speaker.id, st.speaker.mention) for st in x.extract(article).statements]
    assert got == [("seo-jae-sung", "Harbour master Seo Jae-sung")]
