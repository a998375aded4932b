"""One date model per article, continued: which day an event's sayings belong to.

Names, bodies and events are invented (a river-dam quarrel between two provinces). Each row: the
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
    Actor("water-board", "Water Board", "agency", aliases=("the board",)),
    Actor("river-office", "River Office", "ministry", titles=("River Commissioner",)),
)
THURSDAY = date(2027, 9, 16)
HEAD = "Dam quarrel flares again"


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


JOINED_LEADS = [
    # a lead whose day sits on a verb joined to its main one ("X has a new twist — and Y on
    # Tuesday tried to ...") still names the story's day
    (["The old quarrel over the Varna dam has a fresh twist — and the Water Board on Tuesday moved "
      "to settle it before the autumn floods.",
      "“We will open the sluices by Friday,” said Mira Holm, the board’s chair."],
     [("open the sluices", "2027-09-14")]),
    (["Farmers downstream have waited a decade for the dam, and the River Office on Monday finally "
      "approved its budget.",
      "“The money is there now,” said Ivo Sand, a planner at the office."],
     [("The money is there", "2027-09-13")]),
    # a thing made public on a day and named in the lead ("under a plan unveiled on ...") is
    # the story's news
    (["The Varna dam will be drained and rebuilt under a plan unveiled by the River Office on "
      "Sept. 14.",
      "“The old wall has done its work,” River Commissioner Ivo Sand told reporters."],
     [("The old wall", "2027-09-14")]),
    # negative: a thing only held on a day is not made public on it
    (["The Varna dam will be drained and rebuilt under a plan drafted by the River Office on "
      "Sept. 14.",
      "“The old wall has done its work,” River Commissioner Ivo Sand told reporters."],
     [("The old wall", "2027-09-16")]),
    # negative: a day inside a thing named in the joined clause is that thing's
    (["The quarrel over the Varna dam has a fresh twist, and the Water Board cited a survey published "
      "on Monday.",
      "“We will open the sluices by Friday,” said Mira Holm, the board’s chair."],
     [("open the sluices", "2027-09-16")]),
    # negative: a day in a clause joined to something other than the main verb is not the lead's
    (["The quarrel over the Varna dam has a fresh twist after farmers marched and the Water Board "
      "on Monday closed the road.",
      "“We will open the sluices by Friday,” said Mira Holm, the board’s chair."],
     [("open the sluices", "2027-09-16")]),
    # a day on the main verb's predicate ("remained split Tuesday", which the parser may hang on
    # the adjective) is the lead's too
    (["The Water Board stayed bitterly divided Tuesday over how to handle the flood, with farmers "
      "demanding a vote.",
      "“We will open the sluices by Friday,” said Mira Holm, the board’s chair."],
     [("open the sluices", "2027-09-14")]),
    # negative: a span up to now ("closed since Tuesday") is no day of the news
    (["The Varna road has remained closed since Tuesday, and farmers along the river are angry.",
      "“We will open the sluices by Friday,” said Mira Holm, the board’s chair."],
     [("open the sluices", "2027-09-16")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), JOINED_LEADS)
def test_a_day_on_a_verb_joined_to_the_lead_s_main_one(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


WORDLESS_REPLIES = [
    # a verb of saying told with its day but without words ("The office responded on Wednesday.")
    # dates the sayings that follow in its paragraph, over the story's day
    (["The Water Board on Monday ordered the Varna dam’s sluices shut.",
      "Upstream, the River Office replied on Wednesday. Its spokesman Ivo Sand told reporters the "
      "order was “outside the board’s powers.”",
      "“The dam belongs to both provinces,” Sand said."],
     [("outside the board", "2027-09-15"), ("belongs to both provinces", "2027-09-15")]),
    # a day named with a time of day ("on Wednesday evening", a TIME of its own to the recogniser)
    (["The Water Board said on Thursday that it had ordered the Varna dam’s sluices shut.",
      "The River Office replied on Tuesday evening. A statement from its council called the order "
      "“a breach of the compact.”"],
     [("a breach of the compact", "2027-09-14")]),
    # "reacted" is a reply told without words, as "replied" is
    (["The Water Board on Monday ordered the Varna dam’s sluices shut.",
      "The River Office reacted on Tuesday morning. A statement from its council called the order "
      "“a breach of the compact.”"],
     [("a breach of the compact", "2027-09-14")]),
    # negative: a reply still to come is no day of saying
    (["The Water Board on Monday ordered the Varna dam’s sluices shut.",
      "The River Office will respond on Friday. Its spokesman Ivo Sand told reporters the order "
      "was unlawful."],
     [("the order was unlawful", "2027-09-13")]),
    # negative: with its words quoted, the verb is a cue dated as it is read; the next speaker
    # in the paragraph is not moved to that day
    (["The Water Board on Monday ordered the Varna dam’s sluices shut.",
      "“We will comply,” the River Office replied on Wednesday. Farmer Lida Voss said the order "
      "came too late."],
     [("We will comply", "2027-09-15"), ("came too late", "2027-09-13")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), WORDLESS_REPLIES)
def test_a_dated_reply_without_words_dates_its_paragraph(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


MOVED_CLOCK = [
    # a day counted from the one in force ("a day earlier") moves the story's clock: the sayings
    # in the paragraph's later sentences happened on it, and stay on it for that speaker
    (["Farmer Lida Voss said on Tuesday that her fields were dry.",
      "Voss was among the farmers who marched a day earlier to the Varna dam. It was there that "
      "River Commissioner Ivo Sand announced a plan to open the sluices.",
      "“Nobody will go thirsty,” Sand said in his speech."],
     [("open the sluices", "2027-09-13"), ("Nobody will go thirsty", "2027-09-13")]),
    (["The Water Board on Wednesday voted to keep the sluices shut.",
      "The vote echoed remarks at the River Office a day earlier. “The dam is safe,” spokesman "
      "Ivo Sand told reporters."],
     [("The dam is safe", "2027-09-14")]),
    # negative: a relative day inside what someone reported is the reported matter's
    (["The Water Board on Wednesday voted to keep the sluices shut.",
      "The board reported that its engineers had found cracks a day earlier. Its spokesman Ivo Sand "
      "told reporters the dam would be drained."],
     [("would be drained", "2027-09-15")]),
    # negative: a saying in the same sentence as the relative day is not moved by it
    (["The Water Board on Wednesday voted to keep the sluices shut.",
      "Ivo Sand, who had marched to the dam a day earlier, said the vote was a betrayal."],
     [("a betrayal", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), MOVED_CLOCK)
def test_a_day_counted_from_the_one_in_force_moves_the_clock(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


REACTIONS = [
    # a saying in a relative clause on what a dated act did, or on who attended it, is a
    # reaction of that act's day
    (["The Water Board on Wednesday voted to keep the sluices shut.",
      "The board opened a spillway on Monday, in what the River Office called “a reckless gamble”."],
     [("a reckless gamble", "2027-09-13")]),
    (["The Water Board on Wednesday voted to keep the sluices shut.",
      "Monday's vote was a defeat for the farmers and was watched by River Commissioner Ivo Sand, "
      "who called for “calm on the river”."],
     [("calm on the river", "2027-09-13")]),
    # ... and after "came a day after", counted from the story's day, to which a speaker quoted
    # on it brings the story back after another's earlier day
    (["River Commissioner Ivo Sand met the board's chair on Wednesday and agreed to keep the "
      "sluices shut, the River Office said.",
      "Farmer Lida Voss on Tuesday called the plan “a betrayal”.",
      "Board spokesman Tomas Berg said the sluices would stay shut until spring.",
      "The meeting came a day after the board opened a spillway, which the River Office condemned "
      "as “a reckless gamble”."],
     [("a reckless gamble", "2027-09-14")]),
    # negative: an act still to come has no reaction of its day
    (["The Water Board on Wednesday voted to keep the sluices shut.",
      "The board will open a spillway on Saturday, in what the River Office called “a reckless "
      "gamble”."],
     [("a reckless gamble", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), REACTIONS)
def test_a_reaction_in_a_relative_clause_is_of_the_acts_day(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


STATEMENT_DAYS = [
    # the day of the statement the words were said in dates them, also where the parser hangs
    # "in a statement" inside the object ("dismissed the offer as “…” in a statement ...")
    (["The Water Board on Monday voted to keep the sluices shut.",
      "Lida Voss dismissed the River Office’s latest offer of talks as “a cheap political stage "
      "play” in a statement released early Wednesday."],
     [("latest offer of talks", "2027-09-15")]),
    # a book is where its author says what it says: the day it came out dates the words
    (["The Water Board on Monday voted to keep the sluices shut.",
      "In a memoir published on Wednesday, former River Commissioner Ivo Sand writes that he "
      "never trusted the dam."],
     [("never trusted the dam", "2027-09-15")]),
    # negative: a statement of another's is not the one the words were said in
    (["The Water Board on Monday voted to keep the sluices shut.",
      "Lida Voss dismissed the River Office’s latest offer of talks as “a cheap political stage "
      "play” in a statement by the board released early Wednesday."],
     [("latest offer of talks", "2027-09-13")]),
    # negative: a statement inside what was reported is the reported act's
    (["The Water Board on Monday voted to keep the sluices shut.",
      "Lida Voss said the River Office had rejected her plea in a statement on Wednesday."],
     [("had rejected her plea", "2027-09-13")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), STATEMENT_DAYS)
def test_the_day_of_the_statement_the_words_were_said_in(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


ISSUED_BEFORE = [
    # "came a day after X issued a statement denouncing ...": the statement was a day before the
    # day in force, and what "the statement said" next is of that day too
    (["The River Office on Wednesday closed the Varna dam’s sluices.",
      "The closure came a day after the Water Board issued a statement denouncing the sluice plan as "
      "“a theft of water.”",
      "“The valley will pay for this,” the statement said."],
     [("a theft of water", "2027-09-14"), ("The valley will pay", "2027-09-14")]),
    # negative: a statement issued as the act happened is of the day in force
    (["The River Office on Wednesday closed the Varna dam’s sluices.",
      "The closure came as the Water Board issued a statement denouncing the sluice plan as "
      "“a theft of water.”"],
     [("a theft of water", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), ISSUED_BEFORE)
def test_a_statement_issued_a_day_before_the_day_in_force(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


REFERRED_SAYINGS = [
    # "responding to remarks made last Friday by X, who said ...": X's words are those remarks,
    # of their own day, which does not move the story's day
    (["The Water Board on Wednesday rejected a new sluice plan, responding to remarks made last "
      "Friday by River Commissioner Ivo Sand, who said the dam was “safe for a century.”",
      "“We will not gamble with the valley,” said Mira Holm, the board’s chair."],
     [("safe for a century", "2027-09-10"), ("gamble with the valley", "2027-09-15")]),
    # negative: a relative clause on the maker of a thing that is no saying
    (["The Water Board on Wednesday rejected a new sluice plan for a dam built in 1990 by engineer "
      "Lida Voss, who said the wall was “safe for a century.”"],
     [("safe for a century", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), REFERRED_SAYINGS)
def test_a_saying_named_as_a_thing_with_its_speaker_after_it(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


ASKED_ON = [
    # "Asked about X at a briefing on Monday, Y said ...": the answer was given when asked
    (["The Water Board on Wednesday voted to keep the sluices shut.",
      "Asked about the vote at his weekly news conference on Tuesday, River Commissioner Ivo Sand "
      "said the board was “acting in bad faith.”"],
     [("acting in bad faith", "2027-09-14")]),
    # negative: a day of the thing asked about is not when the answer was given
    (["The Water Board on Wednesday voted to keep the sluices shut.",
      "Asked about a vote the board had held on Tuesday, River Commissioner Ivo Sand said the "
      "board was “acting in bad faith.”"],
     [("acting in bad faith", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), ASKED_ON)
def test_an_answer_is_dated_by_the_occasion_it_was_asked_at(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


TIMES_OF_A_DAY = [
    # a time of day that names its day ("late Wednesday", "around 10 p.m. Wednesday"), which the
    # entity recogniser calls a time, dates the saying as the day does
    (["The Water Board on Tuesday voted to keep the sluices shut.",
      "The River Office said late Wednesday that the decision had been made “in close coordination” "
      "with the board."],
     [("in close coordination", "2027-09-15")]),
    (["The Water Board on Tuesday voted to keep the sluices shut.",
      "The board confirmed at around 10 p.m. Wednesday that the sluices were shut."],
     [("the sluices were shut", "2027-09-15")]),
    # negative: a time with no day leaves the day in force
    (["The Water Board on Tuesday voted to keep the sluices shut.",
      "The River Office said at 9 p.m. that the decision had been made “in close coordination” "
      "with the board."],
     [("in close coordination", "2027-09-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), TIMES_OF_A_DAY)
def test_a_time_of_day_that_names_its_day(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


SHARED_SUBJECT = [
    # a time phrase set before the subject frames each verb that shares it
    (["The dam quarrel has deep roots.",
      "In a speech to farmers in August, River Commissioner Ivo Sand praised the dam and said the "
      "sluices would stay shut."],
     [("the sluices would stay shut", "2027-08")]),
    # negative: a fronted time of something else ("after the flood in August") dates neither verb
    (["The dam quarrel has deep roots.",
      "After the flood in August, River Commissioner Ivo Sand praised the dam and said the sluices "
      "would stay shut."],
     [("the sluices would stay shut", "2027-09-16")]),
    # negative: a verb with a subject of its own is not framed by the other's day
    (["The dam quarrel has deep roots.",
      "In a speech to farmers in August, Ivo Sand praised the dam, and Mira Holm said the sluices "
      "would stay shut."],
     [("the sluices would stay shut", "2027-09-16")]),
    # a day on the first verb is the occasion of the saying joined to it
    (["The Water Board on Monday ordered the Varna dam’s sluices shut.",
      "River Commissioner Ivo Sand toured the dam on Tuesday and said the sluices would stay shut."],
     [("the sluices would stay shut", "2027-09-14")]),
    # negative: a year on the first verb tells no occasion
    (["The Water Board on Monday ordered the Varna dam’s sluices shut.",
      "River Commissioner Ivo Sand took office in 2024 and said the sluices would stay shut."],
     [("the sluices would stay shut", "2027-09-13")]),
    # a first verb that is itself a saying is the same saying: of its month too
    (["The Water Board on Monday ordered the Varna dam’s sluices shut.",
      "The River Office dismissed the board in a statement last month as “a club of engineers” "
      "and said that the sluice rules had “long outlived their purpose.”"],
     [("long outlived their purpose", "2027-08")]),
    # negative: a span since a month on that first saying is no occasion
    (["The Water Board on Monday ordered the Varna dam’s sluices shut.",
      "River Commissioner Ivo Sand said the board had not met since March and called that record "
      "“a disgrace.”"],
     [("a disgrace", "2027-09-13")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), SHARED_SUBJECT)
def test_a_day_frames_the_verbs_that_share_the_subject(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected
