"""One date model per article: how the story's day moves on.

Names, bodies and events are invented (a quarrel over a mountain rail tunnel). Each row: the
article's paragraphs (the first is the headline), fragments of statements, and the said_on each
must get. The paper is dated Thursday 2027-09-16.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.model import Actor

ACTORS = (
    Actor("rail-board", "Rail Board", "agency", aliases=("the board",)),
    Actor("transport-office", "Transport Office", "ministry", titles=("Transport Commissioner",)),
)
THURSDAY = date(2027, 9, 16)
HEAD = "Tunnel quarrel drags on"


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp)


def said_on(x, paragraphs, fragment, published=THURSDAY):
    article = parse_article("\n\n".join((HEAD, *paragraphs)), "t.txt", published)
    hits = [st for st in x.extract(article).statements if fragment in st.content]
    assert hits, f"no statement holds {fragment!r}"
    return hits[0].said_on


def dated(x, paragraphs, expected):
    return [(f, said_on(x, paragraphs, f)) for f, _ in expected]


LEAD = "The Rail Board on Tuesday halted digging on the Osk tunnel, citing cracks in the northern shaft."
MOVED_ON = [
    # a saying given a later day than the lead's moves the story on: a new speaker quoted after it
    # with no day of their own speaks on that later day (the reporter gathered the reactions then)
    ([LEAD,
      "“The cracks are wider than we feared,” said Anja Roos, the board’s chief engineer.",
      "Transport Commissioner Pieter Vahl said on Thursday that the work would resume within a month.",
      "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."],
     [("cracks are wider", "2027-09-14"), ("resume within a month", "2027-09-16"),
      ("A month is optimistic", "2027-09-16")]),
    # a day earlier than the latest told afterwards is a flashback: the story's day stays the latest
    ([LEAD,
      "Transport Commissioner Pieter Vahl said on Thursday that the work would resume within a month.",
      "The board had said on Wednesday that the shaft was safe.",
      "“Nobody believes the timetable,” said Lotte Brink, a geologist at Harwick University."],
     [("resume within a month", "2027-09-16"), ("the shaft was safe", "2027-09-15"),
      ("Nobody believes", "2027-09-16")]),
    # the lead's speaker, quoted again with no day, keeps the lead's day
    ([LEAD,
      "“The cracks are wider than we feared,” said Anja Roos, the board’s chief engineer.",
      "Transport Commissioner Pieter Vahl said on Thursday that the work would resume within a month.",
      "“We will not dig until the shaft is braced,” Roos said."],
     [("We will not dig", "2027-09-14")]),
    # negative: with no later day given, a new speaker is of the lead's day
    ([LEAD,
      "“The cracks are wider than we feared,” said Anja Roos, the board’s chief engineer.",
      "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."],
     [("A month is optimistic", "2027-09-14")]),
    # a report from elsewhere, its day fronted with a place, dates its speaker but does not move
    # the story on: the reporter returns to the story's own event
    ([LEAD,
      "In Harwick on Wednesday, Transport Commissioner Pieter Vahl said the work would resume "
      "within a month.",
      "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."],
     [("resume within a month", "2027-09-15"), ("A month is optimistic", "2027-09-14")]),
    # ... so too when it opens a later sentence of the paragraph and names the occasion held there
    ([LEAD,
      "The capital was unimpressed. At a weekly press briefing in Harwick on Wednesday, Transport "
      "Commissioner Pieter Vahl said the work would resume within a month.",
      "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."],
     [("resume within a month", "2027-09-15"), ("A month is optimistic", "2027-09-14")]),
    # ... and when the place alone is fronted and the day is on the cue
    ([LEAD,
      "In Harwick, Transport Commissioner Pieter Vahl said on Wednesday that the work would resume "
      "within a month.",
      "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."],
     [("resume within a month", "2027-09-15"), ("A month is optimistic", "2027-09-14")]),
    ([LEAD,
      "At a crowded press briefing in Harwick, Transport Commissioner Pieter Vahl said on Wednesday "
      "that the work would resume within a month.",
      "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."],
     [("resume within a month", "2027-09-15"), ("A month is optimistic", "2027-09-14")]),
    # negative: a place fronted as a likeness, not where it was said, moves the story on
    ([LEAD,
      "Like Harwick, the Transport Office said on Wednesday that the work would resume within a month.",
      "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."],
     [("resume within a month", "2027-09-15"), ("A month is optimistic", "2027-09-15")]),
    # negative: an occasion fronted with its day and no place moves the story on
    ([LEAD,
      "The capital was unimpressed. At a weekly press briefing on Wednesday, Transport "
      "Commissioner Pieter Vahl said the work would resume within a month.",
      "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."],
     [("resume within a month", "2027-09-15"), ("A month is optimistic", "2027-09-15")]),
    # negative: a day fronted alone moves the story on
    ([LEAD,
      "On Wednesday, Transport Commissioner Pieter Vahl said the work would resume within a month.",
      "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."],
     [("resume within a month", "2027-09-15"), ("A month is optimistic", "2027-09-15")]),
    # negative: a later day that dates no saying (the tunnel flooded) does not move the story on
    ([LEAD,
      "The northern shaft flooded on Wednesday.",
      "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."],
     [("A month is optimistic", "2027-09-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), MOVED_ON)
def test_a_later_saying_moves_the_story_on(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


PUT_OUT = [
    # an act told "in a statement released <day>" is of that day, wherever the parser hangs the
    # statement, and so is what the same speaker says after it
    ([LEAD,
      "In Osk, the Transport Office hailed the halt as “an act of prudence” in a statement released "
      "Wednesday by its press desk. The office said the tunnel would open a year late."],
     [("a year late", "2027-09-15")]),
    ([LEAD,
      "The Transport Office welcomed the decision in a statement issued on Wednesday. The office said "
      "the tunnel would open a year late."],
     [("a year late", "2027-09-15")]),
    # negative: a statement of another's, cited, dates nothing of the speaker's
    ([LEAD,
      "The Transport Office welcomed the decision, pointing to a survey released on Wednesday. The "
      "office said the tunnel would open a year late."],
     [("a year late", "2027-09-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), PUT_OUT)
def test_an_act_told_in_a_statement_put_out_on_a_day(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


NARRATED = [
    # an event of the last days told with its day in narration is the occasion of what those named
    # there say next, with no day of their own
    ([LEAD,
      "The Transport Office convened an emergency meeting on Wednesday chaired by Transport "
      "Commissioner Pieter Vahl.",
      "“We will brace the shaft before winter,” Vahl told reporters afterwards."],
     [("brace the shaft", "2027-09-15")]),
    ([LEAD,
      "Outside the board’s office on Wednesday, Mara Fenn of the Osk Valley Union held a press "
      "conference with two dozen farmers.",
      "“The tunnel has drained our wells,” Fenn said."],
     [("drained our wells", "2027-09-15")]),
    # negative: someone not named there speaks on the story's day
    ([LEAD,
      "The Transport Office convened an emergency meeting on Wednesday chaired by Transport "
      "Commissioner Pieter Vahl.",
      "“The shaft will hold,” said Lotte Brink, a geologist at Harwick University."],
     [("The shaft will hold", "2027-09-14")]),
    # negative: a day in a relative clause describing the speaker is background
    ([LEAD,
      "“The tunnel has drained our wells,” said Mara Fenn, whose union marched to the board’s "
      "office on Sunday."],
     [("drained our wells", "2027-09-14")]),
    # negative: a day inside what someone reported is the matter of the saying
    ([LEAD,
      "Pieter Vahl, the transport commissioner, said the crew had left the shaft on Wednesday.",
      "“Nobody was hurt,” Vahl said."],
     [("Nobody was hurt", "2027-09-14")]),
    # negative: an event older than a week is background, not the occasion
    ([LEAD,
      "Transport Commissioner Pieter Vahl chaired a meeting on the tunnel on Aug. 30.",
      "“We will brace the shaft before winter,” Vahl told reporters."],
     [("brace the shaft", "2027-09-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), NARRATED)
def test_an_event_told_with_its_day_is_the_occasion_of_those_named_there(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


CUE_DAYS = [
    # a day given to a quote's cue is that speaker's for their other sayings in the paragraph, read
    # before the quote ("“…,” X told reporters on Wednesday. X, who …, said …")
    ([LEAD,
      "“We will not dig,” Anja Roos, the board’s chief engineer, told reporters on Wednesday. Roos, "
      "who has run the project since 2019, said the crew would stay on site."],
     [("We will not dig", "2027-09-15"), ("the crew would stay", "2027-09-15")]),
    # the day of a report that carries someone's words is theirs too
    (["The Rail Board on Tuesday halted digging on the Osk tunnel.",
      "Pieter Vahl told the farmers that the shaft would hold, the Osk Courier reported on Wednesday. "
      "According to the Courier, Vahl also said the work would resume in spring."],
     [("the shaft would hold", "2027-09-15"), ("resume in spring", "2027-09-15")]),
    # negative: another speaker in the paragraph is not given that day
    ([LEAD,
      "“We will not dig,” Anja Roos, the board’s chief engineer, told reporters on Wednesday. Lotte "
      "Brink, a geologist at Harwick University, said the crew would stay on site."],
     [("the crew would stay", "2027-09-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), CUE_DAYS)
def test_a_cue_s_day_is_its_speaker_s_in_the_paragraph(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


NESTED = [
    # a dated act inside what someone reported is the matter of that saying: it does not become
    # the story's event for others named in the paragraph
    ([LEAD,
      "Anja Roos said the halt had been approved by Transport Commissioner Pieter Vahl on Wednesday "
      "after talks with the Osk Valley Union.",
      "The Osk Valley Union said in a statement that it would appeal."],
     [("it would appeal", "2027-09-14")]),
    # "went further" on a day is a saying told as a dated act: the speaker's words after it are of it
    (["The Rail Board on Tuesday halted digging on the Osk tunnel.",
      "Transport Commissioner Pieter Vahl said a day earlier that the tunnel was “a folly.”",
      "On Wednesday he went further. “Fill it in,” Vahl told reporters."],
     [("a folly", "2027-09-13"), ("Fill it in", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), NESTED)
def test_nested_acts_and_a_statement_told_as_going_further(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


BACKGROUND = [
    # a saying in a clause opened by "when" right after a date was said then, however it is hung
    (["The Rail Board on Tuesday halted digging on the Osk tunnel.",
      "The board has refused to widen the shaft since 2024, when Anja Roos called the plan “reckless.”"],
     [("reckless", "2024")]),
    (["The Rail Board on Tuesday halted digging on the Osk tunnel.",
      "Anja Roos first opposed the tunnel in March 2025, when she told the council the rock was "
      "unsound."],
     [("the rock was unsound", "2025-03")]),
    # negative: "when" with no date before it is no date
    (["The Rail Board on Tuesday halted digging on the Osk tunnel.",
      "The crew left the site, when Anja Roos told them the rock was unsound."],
     [("the rock was unsound", "2027-09-14")]),
    # a date the parser hangs on the name before the verb is the verb's
    (["The Rail Board on Tuesday halted digging on the Osk tunnel.",
      "Pieter Vahl in 2025 called the tunnel “a marvel of patience.”"],
     [("a marvel of patience", "2025")]),
    # a year or month before the publication month is background: the speaker's later words
    # with no day of their own are the story's
    (["The Rail Board on Tuesday halted digging on the Osk tunnel.",
      "Critics recalled the commissioner’s 2025 remarks calling the tunnel “a marvel of patience.”",
      "“The tunnel will be finished,” Transport Commissioner Pieter Vahl said."],
     [("will be finished", "2027-09-14")]),
    # negative: a vague day of the publication month stays in force for the speaker
    (["The Rail Board on Tuesday halted digging on the Osk tunnel.",
      "Transport Commissioner Pieter Vahl said earlier this month that the tunnel was safe.",
      "He added that the crew was well trained."],
     [("the crew was well trained", "2027-09")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), BACKGROUND)
def test_background_sayings_and_their_dates(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


QUESTION_LEAD = "Should the Osk tunnel be finished?"
FORUM = (
    "That question took center stage Wednesday at a forum hosted by the Osk Valley Union, where "
    "engineers and farmers traded sharp words."
)
BRINK = "“Finish it, whatever it costs,” said Lotte Brink, a geologist at Harwick University."
OPENING_OCCASIONS = [
    # a lead with no day, then the occasion of the story's sayings: that occasion is the story's day
    ([QUESTION_LEAD, FORUM, BRINK], [("Finish it", "2027-09-15")]),
    # negative: a lead with its own day keeps it
    ([LEAD, FORUM, BRINK], [("Finish it", "2027-09-14")]),
    # negative: once someone has spoken, a later occasion is not the story's day
    ([QUESTION_LEAD, "“Never,” said Anja Roos, the board’s chief engineer.", FORUM, BRINK],
     [("Finish it", "2027-09-16")]),
    # a saying told with its day at an occasion, the first after an undated lead: the story's day
    (["Three farmers' unions have joined hands to stop the Osk tunnel.",
      "Union leader Mira Falk told a joint press conference in Harwick on Tuesday that they would "
      "block the works.", BRINK],
     [("block the works", "2027-09-14"), ("Finish it", "2027-09-14")]),
    # ... though the occasion is fronted with its place: after a lead with no day there is no
    # story's event to come back to, so it is no report from elsewhere
    (["Three farmers' unions have joined hands to stop the Osk tunnel.",
      "At a joint rally in Harwick on Tuesday, union leader Mira Falk said they would block the works.",
      BRINK],
     [("block the works", "2027-09-14"), ("Finish it", "2027-09-14")]),
    # negative: after a lead with its own day, it is a report from elsewhere (MOVED_ON)
    ([LEAD,
      "At a joint rally in Harwick on Wednesday, union leader Mira Falk said they would block the works.",
      BRINK],
     [("block the works", "2027-09-15"), ("Finish it", "2027-09-14")]),
    # negative: a saying told as before the story ("had warned") or not at an occasion is not
    (["Three farmers' unions have joined hands to stop the Osk tunnel.",
      "The Rail Board had warned on Tuesday that the unions would slow the works.", BRINK],
     [("would slow the works", "2027-09-14"), ("Finish it", "2027-09-16")]),
    (["Ola Strand has farmed the Osk valley for sixty years.",
      "“They will flood my fields,” Strand said on Tuesday at his farmhouse near Harwick.", BRINK],
     [("flood my fields", "2027-09-14"), ("Finish it", "2027-09-16")]),
    # ... the occasion named on the speaker's next cue in the paragraph
    (["The Rail Board will tighten checks on tunnel contractors.",
      "Transport Commissioner Pieter Vahl said on Tuesday that the board “will not tolerate shortcuts.” "
      "“Every bolt will be counted,” he told a weekly news conference.", BRINK],
     [("tolerate shortcuts", "2027-09-14"), ("Finish it", "2027-09-14")]),
    # negative: a next cue at no occasion
    (["The Rail Board will tighten checks on tunnel contractors.",
      "Transport Commissioner Pieter Vahl said on Tuesday that the board “will not tolerate shortcuts.” "
      "“Every bolt will be counted,” he told his neighbours.", BRINK],
     [("tolerate shortcuts", "2027-09-14"), ("Finish it", "2027-09-16")]),
    # a participle of speaking set off before the cue: its day is of an occasion, the story's day;
    # the lead's words too
    (["Farmers from the Osk valley have described flooded fields and lost harvests.",
      "Speaking at a rally organised by the Osk Valley Union on Wednesday, the farmer Ola Strand said "
      "the water had reached his barn.", BRINK],
     [("flooded fields", "2027-09-15"), ("reached his barn", "2027-09-15"), ("Finish it", "2027-09-15")]),
    # negative: a participle of a private act
    (["Farmers from the Osk valley have described flooded fields and lost harvests.",
      "Walking his fields near Harwick on Wednesday, Ola Strand said the water had reached his barn.",
      BRINK],
     [("Finish it", "2027-09-16")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), OPENING_OCCASIONS)
def test_an_occasion_after_a_lead_with_no_day_is_the_story_s_day(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


BOOK_LEAD = (
    "Former Transport Commissioner Pieter Vahl has revealed in a new book that he opposed the Osk tunnel."
)
LAUNCH = (
    "Vahl held a launch event for the book in Harwick on Wednesday, where he called for the works to stop."
)
TOLD_LATER = [
    # a summary lead in the present perfect, its day told in the next paragraph: the lead's words
    # and the sayings after it are of that day
    (["The Rail Board and the Transport Office have reaffirmed their plan to finish the Osk tunnel "
      "by spring.",
      "Officials of the two bodies held a meeting in Harwick on Tuesday to review the works.",
      "“The cracks are under control,” said Anja Roos, the board’s chief engineer."],
     [("their plan to finish", "2027-09-14"), ("under control", "2027-09-14")]),
    # the lead's speaker may speak again before the day is told, and keeps it after
    ([BOOK_LEAD, LAUNCH, "“It was never safe,” Vahl said."],
     [("he opposed the Osk tunnel", "2027-09-15"), ("for the works to stop", "2027-09-15"),
      ("never safe", "2027-09-15")]),
    # ... and so is a day given to the lead's speaker's next saying
    ([BOOK_LEAD, "Vahl said at a reading in Harwick on Wednesday that the works must stop.",
      "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."],
     [("he opposed the Osk tunnel", "2027-09-15"), ("A month is optimistic", "2027-09-15")]),
    # ... so is a testimony given on a day, and a byline above the lead is no one speaking
    (["By Iris Holm, Harwick Courier",
      "A retired tunnel engineer has told the regional council that the Osk shaft was never safe.",
      "Mira Voss, 70, gave her testimony to the council on Tuesday.",
      "“The board knew,” said Lotte Brink, a geologist at Harwick University."],
     [("never safe", "2027-09-14"), ("The board knew", "2027-09-14")]),
    (["By Iris Holm, Harwick Courier", BOOK_LEAD, LAUNCH, "“It was never safe,” Vahl said."],
     [("he opposed the Osk tunnel", "2027-09-15"), ("never safe", "2027-09-15")]),
    # words quoted before their speaker's own dated conversation were said in it
    (["Mara Fenn still remembers the sound of the water.",
      "“It came at night,” she said. “Nobody warned us.”",
      "Fenn, 61, spoke to the Harwick Courier on Tuesday at her farm near the tunnel.",
      "“I want the works stopped,” Fenn said."],
     [("It came at night", "2027-09-14"), ("works stopped", "2027-09-14")]),
    # negative: a lead with its own day keeps it
    (["The Rail Board on Monday reaffirmed its plan to finish the Osk tunnel by spring.",
      "Officials of the board and the Transport Office held a meeting in Harwick on Tuesday to review "
      "the works.",
      "“The cracks are under control,” said Anja Roos, the board’s chief engineer."],
     [("its plan to finish", "2027-09-13"), ("under control", "2027-09-13")]),
    # negative: once another speaker is quoted, the occasion is one event of the story, not its day
    ([BOOK_LEAD, "“He is rewriting history,” said Anja Roos, the board’s chief engineer.", LAUNCH],
     [("he opposed the Osk tunnel", "2027-09-16"), ("rewriting history", "2027-09-16")]),
    # negative: nor a day given to another speaker first
    ([BOOK_LEAD, "Anja Roos, the board’s chief engineer, said on Wednesday that the book was wrong."],
     [("he opposed the Osk tunnel", "2027-09-16")]),
    # negative: one speaker's conversation does not date another's words
    (["Mara Fenn still remembers the sound of the water.",
      "“It came at night,” said Jonas Ek, her neighbour.",
      "Fenn spoke to the Harwick Courier on Tuesday at her farm near the tunnel.",
      "“I want the works stopped,” Fenn said."],
     [("It came at night", "2027-09-16"), ("works stopped", "2027-09-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), TOLD_LATER)
def test_the_day_a_lead_left_out_is_told_later(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


READ_OUT = [
    # a statement read out at a dated occasion, quoted whole in the next paragraph, is of that day
    ([LEAD,
      "Outside the board’s office on Wednesday, Mara Fenn of the Osk Valley Union held a press "
      "conference. Fenn read a statement.",
      "“The tunnel has drained our wells. We demand compensation.”"],
     [("drained our wells", "2027-09-15")]),
    # negative: with no day for the occasion, the story's day
    ([LEAD,
      "Outside the board’s office, Mara Fenn of the Osk Valley Union held a press conference. Fenn "
      "read a statement.",
      "“The tunnel has drained our wells. We demand compensation.”"],
     [("drained our wells", "2027-09-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), READ_OUT)
def test_a_statement_read_out_at_a_dated_occasion(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


THINGS_DATED = [
    # a thing owned by a named other has its own day, not the saying's
    ([LEAD,
      "Regarding the Rail Board’s announcement last week that it would hire more crews, a transport "
      "official said the decision was overdue."],
     [("the decision was overdue", "2027-09-14")]),
    # negative: an occasion where one speaks is dated with the saying, whoever holds it
    ([LEAD,
      "At the Transport Office’s own hearing a day earlier, Pieter Vahl told lawmakers that the "
      "shaft was safe."],
     [("the shaft was safe", "2027-09-13")]),
    # a participle on a thing that is no occasion of speaking dates that thing
    ([LEAD,
      "The shaft will be braced by spring, Pieter Vahl added, in line with a safety plan adopted in "
      "2025."],
     [("The shaft will be braced", "2027-09-14")]),
    # negative: on a statement, it dates the saying
    ([LEAD,
      "Pieter Vahl said in a statement released Wednesday that the shaft would be braced by spring."],
     [("the shaft would be braced", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), THINGS_DATED)
def test_a_date_of_a_thing_named_is_not_the_saying_s(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


LATER = "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."
NEWS_DAY = [
    # a lead whose main clause has no day tells its news's day elsewhere in its sentence: in a
    # relative clause on what it reports, in the clause a closing "…, X reported" carries, or on
    # the source it is told "according to"; a later speaker with no day of their own speaks then
    (["The Rail Board says the Osk tunnel is safe, a claim that drew protests from residents on Tuesday.",
      LATER], [("A month is optimistic", "2027-09-14")]),
    (["The Rail Board halted digging on the Osk tunnel on Tuesday, the board's press office reported.",
      LATER], [("A month is optimistic", "2027-09-14")]),
    (["Cracks are spreading through the Osk tunnel, according to the Rail Board, which on Tuesday "
      "halted digging.", LATER], [("A month is optimistic", "2027-09-14")]),
    # a fronted when-clause telling a past act, the main clause the writer's comment on it
    (["When the Rail Board's chief engineer told the council on Tuesday that the Osk tunnel was "
      "safe, it sounded like a formality.", LATER], [("A month is optimistic", "2027-09-14")]),
    (["When the Rail Board halted digging on the Osk tunnel on Tuesday, it surprised no one.", LATER],
     [("A month is optimistic", "2027-09-14")]),
    # a label of two lines with no verb ("News Analysis" / a byline) is no lead: the lead is after it
    (["News Analysis\nBy Mira Osk", "The Rail Board on Tuesday halted digging on the Osk tunnel.", LATER],
     [("A month is optimistic", "2027-09-14")]),
    # a wire dateline the parser takes for a sentence of its own is no lead: the lead is after it
    (["HARWICK, September 16. /Wirenews/. The Rail Board on Tuesday halted digging on the Osk tunnel.",
      LATER], [("A month is optimistic", "2027-09-14")]),
    (["(Wirenews) -- The Rail Board on Tuesday halted digging on the Osk tunnel.", LATER],
     [("A month is optimistic", "2027-09-14")]),
    # negative: a lead with no day at all leaves the story on the day of publication
    (["The Rail Board says the Osk tunnel is safe, a claim residents dispute.", LATER],
     [("A month is optimistic", "2027-09-16")]),
    # negative: a day still to come, or one owned by a thing, is not the news's day
    (["The Rail Board says the Osk tunnel is safe, and it will reopen the northern shaft on Saturday.",
      LATER], [("A month is optimistic", "2027-09-16")]),
    (["The Rail Board says Tuesday's cracks in the Osk tunnel are harmless.", LATER],
     [("A month is optimistic", "2027-09-16")]),
    # negative: a thing named by its history, or an act before the news, has its own day
    (["The Rail Board says the Osk tunnel is safe, citing a survey published on Tuesday.", LATER],
     [("A month is optimistic", "2027-09-16")]),
    (["After the talks collapsed on Tuesday, the Rail Board says the Osk tunnel is safe.", LATER],
     [("A month is optimistic", "2027-09-16")]),
    # negative: a when-clause after the main clause, or one of an act to come, is not the news
    (["The Rail Board says the Osk tunnel is safe, as it said when the shaft cracked on Tuesday.",
      LATER], [("A month is optimistic", "2027-09-16")]),
    (["When the Osk tunnel reopens on Saturday, it will carry freight only.", LATER],
     [("A month is optimistic", "2027-09-16")]),
    # negative: a day further back than a week is background, not the story's day
    (["The Rail Board says the Osk tunnel is safe, a claim first made on Aug. 2.", LATER],
     [("A month is optimistic", "2027-09-16")]),
    # negative: a dated main clause still wins over a day elsewhere in the lead
    (["The Rail Board on Wednesday defended its decision to halt the work, which began on Tuesday.",
      LATER], [("A month is optimistic", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), NEWS_DAY)
def test_an_undated_lead_tells_its_news_day_elsewhere(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


DAY_OF_MONTH = [
    # Korean wire copy in English dates by the day of the month alone ("said on the 14th")
    (["The Rail Board said in a statement on the 14th that digging would stop."],
     [("digging would stop", "2027-09-14")]),
    (["Residents complained. Transport Commissioner Pieter Vahl told a briefing on the 2nd that the "
      "tunnel was safe."], [("the tunnel was safe", "2027-09-02")]),
    # negative: an ordinal that counts something is no day
    (["The Rail Board said the 4th attempt to brace the shaft had failed."],
     [("had failed", "2027-09-16")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), DAY_OF_MONTH)
def test_a_day_of_the_month_alone(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


SCENE = "On a rainy Tuesday evening outside the Harwick depot, some 400 tunnel workers marched with torches."
WORKER = "“We dug it, and we will finish it,” said Ola Strand, a driller from the northern shaft."
QUESTION_HEADLINES = [
    # a question under a kicker is the headline: the scene after it is the lead and its day the story's
    (["[Feature] Who still wants the Osk tunnel?", SCENE, WORKER], "2027-09-14"),
    (["Analysis: Is the Osk tunnel worth finishing?", SCENE, WORKER], "2027-09-14"),
    # negative: a lead with no day of its own leaves the paper's day
    (
        ["Analysis: Is the Osk tunnel worth finishing?", "Tunnel workers have marched for weeks.", WORKER],
        "2027-09-16",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), QUESTION_HEADLINES)
def test_a_question_headline_leaves_the_lead_its_day(x, paragraphs, expected):
    article = parse_article("\n\n".join(paragraphs), "t.txt", THURSDAY)
    hits = [st for st in x.extract(article).statements if "finish it" in st.content]
    assert [st.said_on for st in hits] == [expected]


REACTION = "“A month is optimistic,” said Lotte Brink, a geologist at Harwick University."
DATELINES = [
    # a wire dateline the parser joins to the lead's sentence is the day the story was filed; the
    # lead's own day is its news's, for the quotes after it too
    (["HARWICK, Sept. 16 (Wirenews) - The Rail Board said on Tuesday that digging would stop.", REACTION],
     [("digging would stop", "2027-09-14"), ("A month is optimistic", "2027-09-14")]),
    (["HARWICK, Sept. 16 (Wirenews) -- The Rail Board on Wednesday halted digging at the Osk tunnel.",
      REACTION], [("A month is optimistic", "2027-09-15")]),
    # ... so too for those named at the lead's meeting, its day hung on who led a party to it
    (["HARWICK, Sept. 16 (Wirenews) -- Transport Commissioner Pieter Vahl met a delegation of miners "
      "led by union chief Anja Roos here on Tuesday.",
      "Roos said that the shaft must be braced before digging resumes."],
     [("must be braced", "2027-09-14")]),
    # the dateline written bare, as some wires write it, hung by the parser on the lead's first verb:
    # the day of the lead's first act, shared by the saying joined to it, is the saying's
    (["HARWICK, September 16 Wirenews - Families of miners buried at the Osk pits years ago met Transport "
      "Commissioner Pieter Vahl on Tuesday and urged him to reopen the inquiry, saying the cracks were "
      "spreading.",
      REACTION],
     [("cracks were spreading", "2027-09-14"), ("A month is optimistic", "2027-09-14")]),
    # negative: a lead with no day of its own keeps the dateline's day, not the paper's
    (["HARWICK, September 15 Wirenews - Families of miners buried at the Osk pits years ago met Transport "
      "Commissioner Pieter Vahl and urged him to reopen the inquiry, saying the cracks were spreading.",
      REACTION],
     [("cracks were spreading", "2027-09-15"), ("A month is optimistic", "2027-09-15")]),
    (["HARWICK, Sept. 15 (Wirenews) - The Rail Board said digging would stop.", REACTION],
     [("digging would stop", "2027-09-15"), ("A month is optimistic", "2027-09-15")]),
    # negative: the lead's day and the dateline's the same
    (["HARWICK, Sept. 16 (Wirenews) - The Rail Board said on Thursday that digging would stop.", REACTION],
     [("A month is optimistic", "2027-09-16")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), DATELINES)
def test_a_dateline_s_day_gives_way_to_the_lead_s(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


REPORTED_LATER = [
    # a lead that reports an earlier act with its day ("X and Y held talks on Tuesday, the office
    # said on Wednesday"): the act is the occasion of those named in it, the report's day only its
    # source's and the story's, for the reactions quoted after it
    (["Transport Commissioner Pieter Vahl and union chief Anja Roos agreed to reopen the tunnel "
      "during talks in Harwick on Tuesday, the Transport Office said on Wednesday.",
      "“We have a deal we can live with,” Vahl told Roos at the start of the talks.",
      "The union must still vote on the deal, the office said.",
      "“A deal on paper is not a safe shaft,” said Lotte Brink, a geologist at Harwick University."],
     [("Vahl and union chief", "2027-09-15"), ("a deal we can live with", "2027-09-14"),
      ("must still vote", "2027-09-15"), ("not a safe shaft", "2027-09-15")]),
    (["Union chief Anja Roos told miners on Tuesday that the tunnel would reopen, the regional "
      "broadcaster said on Wednesday.",
      "“We have a deal we can live with,” Roos said.", REACTION],
     [("a deal we can live with", "2027-09-14"), ("A month is optimistic", "2027-09-15")]),
    # a lead's reported act that is a saying is "the statement" later words are said in
    (["The Rail Board warned on Tuesday that the northern shaft could collapse, the regional "
      "broadcaster said on Wednesday.",
      "“The cracks are wider than we feared,” a board spokesperson said in the statement.",
      "“We will not dig this year,” the spokesperson said.", REACTION],
     [("cracks are wider", "2027-09-14"), ("not dig this year", "2027-09-14"),
      ("A month is optimistic", "2027-09-15")]),
    # negative: a new statement ("in a statement") is not the one the lead told
    (["The Rail Board warned on Tuesday that the northern shaft could collapse, the regional "
      "broadcaster said on Wednesday.",
      "“The cracks are wider than we feared,” a board spokesperson said in a statement."],
     [("cracks are wider", "2027-09-15")]),
    # negatives: a day still to come is not the act's, nor a day inside what the report says
    (["Transport Commissioner Pieter Vahl and the miners’ union agreed to meet again on Friday, the "
      "Transport Office said on Wednesday.",
      "“We have a deal we can live with,” Vahl told the union."],
     [("a deal we can live with", "2027-09-15")]),
    (["The Transport Office said on Wednesday that the board had halted digging on Monday.",
      "“We have a deal we can live with,” said Pieter Vahl, the transport commissioner."],
     [("a deal we can live with", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), REPORTED_LATER)
def test_a_lead_s_reported_act_is_the_occasion_of_those_named_in_it(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


THEN = [
    # "at the time" on a cue points back to the speaker's last dated saying, though it was background
    ([LEAD,
      "Transport Commissioner Pieter Vahl told the regional council in May that the tunnel was safe.",
      "“Not one crack will reach the shaft,” Vahl said at the time."],
     [("Not one crack", "2027-05")]),
    ([LEAD,
      "Transport Commissioner Pieter Vahl said on Monday that the tunnel was safe.",
      "“Not one crack will reach the shaft,” Vahl said back then."],
     [("Not one crack", "2027-09-13")]),
    # negative: the time of a thing named is not the speaker's; nor is the phrase with no dated saying
    ([LEAD,
      "Transport Commissioner Pieter Vahl told the regional council in May that the tunnel was safe.",
      "“Not one crack will reach the shaft,” Vahl said at the time of the inspection."],
     [("Not one crack", "2027-09-14")]),
    ([LEAD, "“Not one crack will reach the shaft,” Vahl said at the time."],
     [("Not one crack", "2027-09-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), THEN)
def test_at_the_time_points_back_to_the_speaker_s_last_dated_saying(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


TODAY_LEAD = "HARWICK -- The Rail Board on Thursday halted digging at the Osk tunnel, citing cracks."
AHEAD = [
    # a report from a place fronted ahead in time, in a story of the paper's own day: the weekday
    # after publication had begun there ("In Oslo, X said Friday" in Thursday's paper)
    ([TODAY_LEAD, "In Oslo, Norway's transport ministry said Friday that it would send engineers."],
     [("send engineers", "2027-09-17")]),
    ([TODAY_LEAD, "In Oslo, Norway's transport ministry said Friday morning local time that it"
      " \"fully trusts\" the board and would send engineers."],
     [("send engineers", "2027-09-17")]),
    # negative: "last Friday"; no place fronted; a story of an earlier day
    ([TODAY_LEAD, "In Oslo, Norway's transport ministry said last Friday that it would send engineers."],
     [("send engineers", "2027-09-10")]),
    ([TODAY_LEAD, "Norway's transport ministry said Friday that it would send engineers."],
     [("send engineers", "2027-09-10")]),
    ([LEAD, "In Oslo, Norway's transport ministry said Friday that it would send engineers."],
     [("send engineers", "2027-09-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), AHEAD)
def test_a_report_from_a_place_ahead_in_time_names_the_next_day(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


TEXTS_PUT_OUT = [
    # words from a report or poll told with the day it was put out were said that day, the text
    # the saying's subject or its source
    ([LEAD, "A Harwick Institute report released in August said the tunnel's costs had doubled."],
     [("costs had doubled", "2027-08")]),
    ([LEAD, "According to a Norstat poll published Monday, 38% of respondents said the tunnel should"
      " be finished."],
     [("should be finished", "2027-09-13")]),
    # negative: a text with no day; a text put out on a day inside what was said
    ([LEAD, "A Harwick Institute report said the tunnel's costs had doubled."],
     [("costs had doubled", "2027-09-14")]),
    ([LEAD, "Anja Roos said the report released in August had doubled the costs."],
     [("doubled the costs", "2027-09-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), TEXTS_PUT_OUT)
def test_words_from_a_text_put_out_on_a_day_are_of_that_day(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected
