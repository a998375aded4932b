"""The day of the occasion a saying was made at, told in a form the day is not read off directly.

Names, bodies and events are invented (a quarrel over a canal between two towns). Each row: the
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
    Actor("canal-board", "Canal Board", "agency", aliases=("the board",)),
    Actor("port-office", "Port Office", "ministry", titles=("Port Commissioner",)),
)
THURSDAY = date(2027, 9, 16)
HEAD = "Canal quarrel flares again"


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


RIGHT_AFTER = [
    # one speaks right after (or before) an occasion told with its day: on that day
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Port Commissioner Ines Marlow, speaking to reporters after a meeting with the mayor late "
      "Monday, said the locks were “older than anyone admits.”"],
     [("older than anyone admits", "2027-09-13")]),
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Harbour pilot Oren Vask told the board before its hearing on Tuesday that the channel was "
      "“silting faster every year.”"],
     [("silting faster", "2027-09-14")]),
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Harbour pilot Oren Vask, speaking to reporters following talks with the mayor on Monday, "
      "said the channel was “silting faster every year.”"],
     [("silting faster", "2027-09-13")]),
    # negative: a gap counted from the occasion is not its day
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Port Commissioner Ines Marlow, speaking two days after a meeting with the mayor on Monday, "
      "said the locks were “older than anyone admits.”"],
     [("older than anyone admits", "2027-09-15")]),
    # negative: a span since an occasion is no day of speaking
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Port Commissioner Ines Marlow, silent since a meeting with the mayor on Monday, said the "
      "locks were “older than anyone admits.”"],
     [("older than anyone admits", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), RIGHT_AFTER)
def test_a_saying_right_after_a_dated_occasion_is_of_its_day(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


OCCASION_OWNED_BY_A_DAY = [
    # "at Monday's meeting": a day owning the occasion one speaks at is the saying's, though
    # the report came later
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "The board's newsletter quoted Ines Marlow as telling the mayor at Tuesday's hearing that the "
      "locks were “older than anyone admits.”"],
     [("older than anyone admits", "2027-09-14")]),
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Ines Marlow, the port commissioner, warned in Monday's speech that the locks were “older "
      "than anyone admits.”"],
     [("older than anyone admits", "2027-09-13")]),
    # negative: a day owning a thing talked about, not the occasion of talking
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Replying to Monday's statement by the mayor, Ines Marlow said the locks were “older than "
      "anyone admits.”"],
     [("older than anyone admits", "2027-09-15")]),
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Ines Marlow said Tuesday's hearing had shown the locks were “older than anyone admits.”"],
     [("older than anyone admits", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), OCCASION_OWNED_BY_A_DAY)
def test_a_day_owning_the_occasion_of_speaking_dates_the_saying(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


GAPS_BEFORE_THE_STORY = [
    # "came three days after X said": an exact gap counted back from the day in force
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "The vote came three days after Port Commissioner Ines Marlow said the locks were “older "
      "than anyone admits.”"],
     [("older than anyone admits", "2027-09-12")]),
    # a gap of weeks or months, or a hedged one, gives only its month
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "The vote comes roughly six weeks after Ines Marlow, the port commissioner, said the locks "
      "were “older than anyone admits.”"],
     [("older than anyone admits", "2027-08")]),
    (["The Canal Board on Wednesday voted to close the lower locks, a month after Mayor Ada Lenk "
      "declared the canal “a monument, not a highway.”"],
     [("a monument, not a highway", "2027-08")]),
    # negative: a gap with no number ("days after") says no day; the story's stays
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "The vote came days after Ines Marlow, the port commissioner, said the locks were “older "
      "than anyone admits.”"],
     [("older than anyone admits", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), GAPS_BEFORE_THE_STORY)
def test_a_saying_a_gap_before_the_day_in_force(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


A_VAGUE_DAY_MADE_PRECISE = [
    # "she said in the statement, released on Oct. 21": the day the statement came out, though
    # the parser hangs it on the cue past the comma
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "“The locks are older than anyone admits,” Mayor Ada Lenk said in the statement, released "
      "on Sept. 13."],
     [("older than anyone admits", "2027-09-13")]),
    # ... and that day, given two paragraphs on, makes her "last week" of the same saying precise
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Mayor Ada Lenk said in a statement last week that the canal was “a monument, not a highway.”",
      "“No barge will change that.",
      "“The locks are older than anyone admits,” she said in the statement, released on Sept. 9."],
     [("a monument, not a highway", "2027-09-09"), ("older than anyone admits", "2027-09-09")]),
    # the saying named again with the day it was made, in a later sentence
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Last week, Port Commissioner Ines Marlow told the council that the locks were “older than "
      "anyone admits.” The remark, made on Sept. 8 at a closed session, went unnoticed at first."],
     [("older than anyone admits", "2027-09-08")]),
    # negative: a day of another thing in the later sentence is no day of the remark
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Last week, Port Commissioner Ines Marlow told the council that the locks were “older than "
      "anyone admits.” A survey, made on Sept. 8 by the board, agreed."],
     [("older than anyone admits", "2027-09")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), A_VAGUE_DAY_MADE_PRECISE)
def test_the_day_a_saying_came_out_told_after_it(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


SPOKE_ON_A_DAY = [
    # "X spoke to The Harbour Post on Monday": the occasion of X's words quoted later, labelled
    # answers of an interview or quotes with a cue of their own
    (["Retired pilot Oren Vask says the canal should stay open to barges.",
      "Vask, now an adviser to the shippers' guild, spoke to The Harbour Post on Monday during a "
      "visit to the port.",
      "Harbour Post: Why keep the locks?",
      "Vask: Because the barges have nowhere else to go. The road cannot carry them."],
     [("the barges have nowhere else to go", "2027-09-13")]),
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Daniel Hartley, a retired pilot, talked with reporters on Tuesday at the old quay.",
      "“The locks are older than anyone admits,” Hartley said."],
     [("older than anyone admits", "2027-09-14")]),
    # negative: another's words later are not of that occasion
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Daniel Hartley, a retired pilot, talked with reporters on Tuesday at the old quay.",
      "“The locks are older than anyone admits,” said Ines Marlow, the port commissioner."],
     [("older than anyone admits", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), SPOKE_ON_A_DAY)
def test_a_dated_occasion_of_speaking_told_without_words(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


A_JOURNEY_IS_ONES_OWN = [
    # "X, who arrived on Tuesday, ...": the day is X's, not the occasion of a source's words
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Mayor Ada Lenk, who arrived in the port on Monday, was expected to inspect the locks on "
      "Friday, according to a person familiar with her schedule."],
     [("was expected to inspect the locks", "2027-09-15")]),
    # ... while the occasion one speaks at is shared with those named there
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Mayor Ada Lenk, who appeared before the council on Monday, faced questions from Oren Vask, "
      "a pilot who said the locks were “older than anyone admits.”"],
     [("older than anyone admits", "2027-09-13")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), A_JOURNEY_IS_ONES_OWN)
def test_a_journey_dates_only_the_traveller(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


STILL_TO_COME = [
    # a day of something still to come dates no saying (a bare weekday would be read as the
    # last one past): not the story's day, nor an intention's
    (["The transport ministers of Arland and Belmont will meet in Geneva on Saturday to settle "
      "the canal dispute.",
      "“We hope for a breakthrough,” said Ines Marlow, a ministry spokeswoman."],
     [("We hope for a breakthrough", "2027-09-16")]),
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "The board plans to hold a public hearing on Friday, where Mayor Ada Lenk is scheduled to "
      "speak."],
     [("to hold a public hearing", "2027-09-15")]),
    # negative: a day past stays the story's
    (["The transport ministers of Arland and Belmont met in Geneva on Saturday to settle the canal "
      "dispute.",
      "“We hope for a breakthrough,” said Ines Marlow, a ministry spokeswoman."],
     [("We hope for a breakthrough", "2027-09-11")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), STILL_TO_COME)
def test_a_day_still_to_come_dates_no_saying(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


AT_THE_OCCASION_NOT_THE_REPORT = [
    # one named at an earlier dated occasion spoke there, not on the day a report of it came
    # out ("held talks with Y on Monday" / "According to the gazette, which reported on the
    # talks on Tuesday, X told his hosts …"); a verb joined to the main one tells the occasion
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Belmont's transport minister Daniel Hartley arrived in the port on Sunday and held talks "
      "with the board on Monday.",
      "According to the Harbour Gazette, which reported on the talks on Tuesday, Hartley told his "
      "hosts that the locks were “older than anyone admits.”"],
     [("older than anyone admits", "2027-09-13")]),
    # a meeting a report tells with its day is the occasion of those named there, though it is
    # the matter of the report
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "The Harbour Gazette reported that Port Commissioner Ines Marlow had met the mayor of Belmont "
      "in the port on Monday. According to the gazette, Marlow said the locks were “older than "
      "anyone admits.”"],
     [("older than anyone admits", "2027-09-13")]),
    # negative: a meeting still to come, or an act that is no meeting, dates nobody's words
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "The Harbour Gazette reported that Port Commissioner Ines Marlow would meet the mayor of "
      "Belmont on Saturday. According to the gazette, Marlow said the locks were “older than "
      "anyone admits.”"],
     [("older than anyone admits", "2027-09-15")]),
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "The Harbour Gazette reported that Port Commissioner Ines Marlow had closed the upper locks "
      "on Monday. According to the gazette, Marlow said the locks were “older than anyone admits.”"],
     [("older than anyone admits", "2027-09-15")]),
    # negative: one not named at the occasion speaks on the report's day
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Belmont's transport minister Daniel Hartley arrived in the port on Sunday and held talks "
      "with the board on Monday.",
      "According to the Harbour Gazette, which reported on the talks on Tuesday, Ines Marlow told "
      "the paper that the locks were “older than anyone admits.”"],
     [("older than anyone admits", "2027-09-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), AT_THE_OCCASION_NOT_THE_REPORT)
def test_the_occasion_attended_beats_the_report_day(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


PRESENTING_A_TEXT = [
    # a participle whose object is a text the speaker puts out is done as they speak: its day
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Presenting her annual survey to the harbour council on Monday, Ines Marlow said the locks "
      "were “older than anyone admits.”",
      "“Nobody has opened the gates since spring,” she said."],
     [("older than anyone admits", "2027-09-13"), ("Nobody has opened", "2027-09-13")]),
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Releasing the board's report on Tuesday, chairman Tobias Renn said the channel was "
      "“silting faster every year.”"],
     [("silting faster", "2027-09-14")]),
    # negative: a past act told in a relative clause is no occasion of this saying
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Ines Marlow, who released a survey of the locks on Monday, said they were “older than "
      "anyone admits.”"],
     [("older than anyone admits", "2027-09-15")]),
    # negative: "following" a text tells what came before, not the occasion
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Following the report on Monday, Ines Marlow said the locks were “older than anyone "
      "admits.”"],
     [("older than anyone admits", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), PRESENTING_A_TEXT)
def test_presenting_a_text_on_a_day_dates_the_saying(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


MET_ON_A_DAY = [
    # a meeting told with its day in narration is the occasion of what those met there say later,
    # past other sayings in between
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "On Monday, the harbour pilots met Ines Marlow, the port commissioner. Their chief, Oren Vask, "
      "told her that the channel was “silting faster every year.”",
      "“Nobody has dredged it since spring,” Vask said.",
      "Ines Marlow told the pilots that the locks were “older than anyone admits.”"],
     [("silting faster", "2027-09-13"), ("older than anyone admits", "2027-09-13")]),
    # negative: a private act told with its day is no occasion of speaking
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "On Monday, the harbour pilots repainted the gates for Ines Marlow, the port commissioner.",
      "“Nobody has dredged it since spring,” said the pilots' chief, Oren Vask.",
      "Ines Marlow told the pilots that the locks were “older than anyone admits.”"],
     [("older than anyone admits", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), MET_ON_A_DAY)
def test_one_met_on_a_day_speaks_on_it(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


OPENED_BY_A_MONTH = [
    # a paragraph opened by a month dates the sayings in it
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Last month, the board adopted a new toll. In a statement, the Port Office called the toll "
      "“a gift to the shipowners.”"],
     [("a gift to the shipowners", "2027-08")]),
    # negative: not the quote paragraph after it, as a day does (a month is no one occasion)
    (["The Canal Board on Wednesday voted to close the lower locks.",
      "Last month, the board adopted a new toll. In a statement, the Port Office called the toll "
      "“a gift to the shipowners.”",
      "“The toll stays,” said Tobias Renn, the board's chairman."],
     [("The toll stays", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), OPENED_BY_A_MONTH)
def test_a_paragraph_opened_by_a_month(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected


PRESENTED = (
    "Presenting her dredging plan to the river council on Monday, Port Commissioner Mia Lund said the "
    "canal would reopen by spring."
)
MOVED = "The Canal Board said on Wednesday that it would appeal."
ADDRESSED_AGAIN = [
    # a body named with its day, addressed again by "the" and its noun alone: the saying was made there
    ([PRESENTED, MOVED,
      "A delegate of the boatmen, Oskar Vik, told the council that the dredging would ruin the banks."],
     [("ruin the banks", "2027-09-13")]),
    # ... and an occasion so named: "at the hearing"
    (["The Canal Board defended its tolls at a hearing in the town hall on Monday.", MOVED,
      "Oskar Vik, a boatman, said at the hearing that the tolls were “daylight robbery.”"],
     [("daylight robbery", "2027-09-13")]),
    # negative: a body described anew is not the one named before (the lead gave no day: the paper's)
    ([PRESENTED, MOVED, "Oskar Vik, a boatman, told the new council that the dredging would ruin the banks."],
     [("ruin the banks", "2027-09-16")]),
    # negative: one still to be addressed on a day gives that day to no saying
    (["Port Commissioner Mia Lund will present her dredging plan to the river council on Friday.", MOVED,
      "Oskar Vik, a boatman, told the council that the dredging would ruin the banks."],
     [("ruin the banks", "2027-09-16")]),
    # negative: a speaker given a day of their own keeps it
    ([PRESENTED, "Oskar Vik, a boatman, said on Wednesday that the plan was rushed.",
      "Vik told the council that the dredging would ruin the banks."],
     [("ruin the banks", "2027-09-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), ADDRESSED_AGAIN)
def test_a_body_addressed_again_by_its_noun_gives_its_day(x, paragraphs, expected):
    assert dated(x, paragraphs, expected) == expected
