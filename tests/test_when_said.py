"""One date model per article: the day a statement was said, in articles written for these tests.

Names, bodies and events are invented. Each row: the article's paragraphs (the first is the
headline), a fragment of one statement, and the said_on it must get.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.model import Actor

ACTORS = (
    Actor("harbour-council", "Harbour Council", "ministry", aliases=("the council",)),
    Actor("port-ministry", "Port Ministry", "ministry", titles=("Port Minister",)),
)
WEDNESDAY = date(2027, 5, 12)
HEAD = "Harbour levy dispute deepens"


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp)


def said_on(x, paragraphs, fragment, published=WEDNESDAY):
    article = parse_article("\n\n".join((HEAD, *paragraphs)), "t.txt", published)
    hits = [st for st in x.extract(article).statements if fragment in st.content]
    assert hits, f"no statement holds {fragment!r}"
    return hits[0].said_on


LEAD_DAY = [
    # the lead's day carries to a later quote of the same story
    (["The Harbour Council on Monday voted to double the mooring levy for foreign trawlers.",
      "“Nobody in this town asked for a tariff war,” said Tomas Ekdal, who runs the fishermen’s co-op."],
     "Nobody in this town", "2027-05-10"),
    # ... also when the day sits on the lead's subject
    (["The council’s budget hearing on Tuesday turned into a row over the levy.",
      "“We were promised a fair hearing,” said Greta Ulvang, a trawler owner."],
     "We were promised", "2027-05-11"),
    # "has said" gives no day of its own: the story's day holds
    (["The Harbour Council on Monday voted to double the mooring levy.",
      "Port Minister Lena Dahl has said the levy would stay until the breakwater is paid for."],
     "until the breakwater", "2027-05-10"),
    # a byline before the lead is not the lead
    (["By Ola Brekke",
      "The Harbour Council on Monday voted to double the mooring levy for foreign trawlers.",
      "“Nobody in this town asked for a tariff war,” said Tomas Ekdal, who runs the fishermen’s co-op."],
     "Nobody in this town", "2027-05-10"),
    (["Ola Brekke in Bergen",
      "The Harbour Council on Monday voted to double the mooring levy for foreign trawlers.",
      "“Nobody in this town asked for a tariff war,” said Tomas Ekdal, who runs the fishermen’s co-op."],
     "Nobody in this town", "2027-05-10"),
    # "said on Monday it would": with no "that", the day opening the words is when they were said,
    # and in the lead it is the story's day
    (["The Harbour Council said on Monday it would double the mooring levy for foreign trawlers.",
      "“Nobody in this town asked for a tariff war,” said Tomas Ekdal, who runs the fishermen’s co-op."],
     "Nobody in this town", "2027-05-10"),
    (["The Harbour Council said on Monday it would double the mooring levy for foreign trawlers."],
     "it would double", "2027-05-10"),
    # negative: a day after the words' subject is inside the words
    (["The Harbour Council said it would double the mooring levy on Monday.",
      "“Nobody in this town asked for a tariff war,” said Tomas Ekdal, who runs the fishermen’s co-op."],
     "Nobody in this town", "2027-05-12"),
    # negative: a short paragraph with a verb is the lead
    (["The council voted on Monday.",
      "“Nobody in this town asked for a tariff war,” said Tomas Ekdal, who runs the fishermen’s co-op."],
     "Nobody in this town", "2027-05-10"),
    # negative: a thing named in the lead has its own day; the story's day stays the paper's
    (["The Port Ministry joined the levy talks, held in Bergen on Monday, for the first time.",
      "“We came to listen,” said Ivo Marten, a ministry official."],
     "We came to listen", "2027-05-12"),
    # a participle that only says who makes up a group has no day: the parser hangs the lead's on it
    (["Port Minister Lena Dahl received a delegation of trawler owners led by co-op chair Tomas Ekdal "
      "in Bergen on Monday.",
      "“We came to be heard,” Ekdal said."],
     "We came to be heard", "2027-05-10"),
    # a participle describing the subject, then the main verb the parser hung on it
    (["Fishermen gathered in Bergen on Monday vowed to keep their boats in the harbour until the "
      "levy is scrapped.",
      "“We will wait as long as it takes,” said Tomas Ekdal, who runs the fishermen’s co-op."],
     "We will wait", "2027-05-10"),
    # negatives: a day on an act before the news, or on a clause set off by a comma, is not the lead's
    (["The Harbour Council voted to double the levy after fishermen blockaded the port on Monday.",
      "“We will wait as long as it takes,” said Tomas Ekdal, who runs the fishermen’s co-op."],
     "We will wait", "2027-05-12"),
    (["The Harbour Council doubled the levy for trawlers, rejected by the co-op on Monday.",
      "“We will wait as long as it takes,” said Tomas Ekdal, who runs the fishermen’s co-op."],
     "We will wait", "2027-05-12"),
    # negative: a lead's date weeks back is a past event, not the story's day
    (["The Harbour Council in March approved a study of the mooring levy.",
      "“The study changed nothing,” said Greta Ulvang, a trawler owner."],
     "The study changed nothing", "2027-05-12"),
]  # fmt: skip

RELATIVE = [
    # "a day earlier" counts from the day in force; the next speaker is back at the story's day
    (["The Harbour Council on Tuesday debated the levy for six hours.",
      "At the ministry’s own hearing a day earlier, Port Minister Lena Dahl told reporters that the "
      "levy would be reviewed.",
      "“This levy is a tax on the poor,” said Tomas Ekdal, who runs the fishermen’s co-op."],
     [("would be reviewed", "2027-05-10"), ("a tax on the poor", "2027-05-11")]),
    # "the same day" two paragraphs after the day was given
    (["Port Minister Lena Dahl said on Monday that the levy would stay.",
      "Trawler crews have paid the levy since 2025.",
      "The same day, the fishermen’s co-op chair Tomas Ekdal rejected the levy as unfair to small boats."],
     [("would stay", "2027-05-10"), ("unfair to small boats", "2027-05-10")]),
    # "a day after" the day in force
    (["The two ports on Monday signed a fishing accord.",
      "A day after the signing, Port Minister Lena Dahl said the accord would cut fuel costs."],
     [("cut fuel costs", "2027-05-11")]),
    # "earlier this week": the day before the paper; "last week": only the month is known
    (["Tomas Ekdal claimed earlier this week that the co-op had lost 40 boats to the levy.",
      "The Harbour Council last week dismissed the co-op's figures as exaggerated."],
     [("lost 40 boats", "2027-05-11"), ("exaggerated", "2027-05")]),
    # "two days later" counts whole days from the day in force, as "a day later" does
    (["The two ports on Monday signed a fishing accord.",
      "Two days later, Port Minister Lena Dahl said the accord would cut fuel costs."],
     [("cut fuel costs", "2027-05-12")]),
    (["Port Minister Lena Dahl said on Wednesday that the accord would cut fuel costs.",
      "Three days earlier, Tomas Ekdal of the fishermen’s co-op had called the accord a sellout."],
     [("a sellout", "2027-05-09")]),
    # negative: "that day" inside the quoted words is not the narration's "the same day"
    (["The two ports on Monday signed a fishing accord.",
      "Tomas Ekdal said on Friday that the levy would ruin the co-op.",
      "Port Minister Lena Dahl said on Tuesday that the levy would stay.",
      "“If the levy stays, that day will be our last,” Ekdal said."],
     [("that day will be our last", "2027-05-07")]),
    # "last Wednesday" in a Wednesday paper is a week back; plain "Wednesday" is today
    (["Port Minister Lena Dahl said last Wednesday that the levy would stay.",
      "Tomas Ekdal said Wednesday that the co-op would sue."],
     [("would stay", "2027-05-05"), ("would sue", "2027-05-12")]),
]  # fmt: skip

CARRIED = [
    # a speaker's day stays in force for their later quotes, paragraphs on
    (["Port Minister Lena Dahl said Monday that the levy would stay.",
      "The levy has split the coast.",
      "Trawler crews have paid it since 2025.",
      "“We will not back down,” Dahl said."],
     [("We will not back down", "2027-05-10")]),
    # the day of a hearing reaches those named at it (the lawmaker who asked), not others
    (["Port Minister Lena Dahl, appearing before the harbour committee on Monday, rejected calls to "
      "scrap the levy. Asked by councillor Greta Ulvang whether the levy had raised any money, the "
      "minister said it had.",
      "Ulvang was unconvinced. “The money went nowhere,” she said.",
      "“Our boats are rusting in the harbour,” said Tomas Ekdal, who runs the fishermen’s co-op."],
     [("The money went nowhere", "2027-05-10"), ("rusting in the harbour", "2027-05-12")]),
    # a fronted participle of the speaker's occasion dates the saying, and the speaker's later quotes
    (["Speaking at a harbour forum on Monday, Port Minister Lena Dahl said the levy would stay.",
      "“We will not back down,” Dahl said."],
     [("would stay", "2027-05-10"), ("We will not back down", "2027-05-10")]),
    # ... and so does one told after the saying, set off by a comma, wherever the parser hangs it
    (["Port Minister Lena Dahl said the levy would stay, speaking to reporters on Monday.",
      "“We will not back down,” Dahl said."],
     [("would stay", "2027-05-10"), ("We will not back down", "2027-05-10")]),
    # negative: another act told after the saying is not its occasion
    (["Port Minister Lena Dahl said the levy would stay, visiting the harbour on Monday."],
     [("would stay", "2027-05-12")]),
    # negatives: a day of the thing cited, or of what happened before, is not the saying's
    (["Citing a survey published on Monday, Port Minister Lena Dahl said the levy was popular."],
     [("was popular", "2027-05-12")]),
    (["After the talks collapsed on Monday, Tomas Ekdal said the co-op would sue."],
     [("would sue", "2027-05-12")]),
    # dates inside what was said never date the saying
    (["Tomas Ekdal said on Friday that a levy the council tried in March 2019 had failed within a year.",
      "“We tried a levy in 2018 and it failed too,” Ekdal said."],
     [("had failed", "2027-05-07"), ("We tried a levy in 2018", "2027-05-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "fragment", "expected"), LEAD_DAY)
def test_the_day_named_in_the_lead(x, paragraphs, fragment, expected):
    assert said_on(x, paragraphs, fragment) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), RELATIVE + CARRIED)
def test_relative_and_carried_days(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


WEDNESDAY_IN_OCTOBER = date(2027, 10, 6)  # last week ran from Sept. 27 to Oct. 3
WEEK_ACROSS_MONTHS = [
    # "last week" across two months: its middle day, the precision a week
    (["The Harbour Council last week dismissed the co-op's figures as exaggerated."],
     [("exaggerated", ("2027-09-29", "week"))]),
    # ... made precise by the day of the same saying given in the next paragraph
    (["Port Minister Lena Dahl said last week that the levy was “a tax on the sea.”",
      "“Nobody fishes for free,” Dahl said at a briefing on Oct. 1."],
     [("a tax on the sea", ("2027-10-01", "day"))]),
    # negative: a day outside that week makes nothing precise
    (["Port Minister Lena Dahl said last week that the levy was “a tax on the sea.”",
      "“Nobody fishes for free,” Dahl said at a briefing on Oct. 5."],
     [("a tax on the sea", ("2027-09-29", "week"))]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), WEEK_ACROSS_MONTHS)
def test_last_week_across_two_months(x, paragraphs, expected):
    article = parse_article("\n\n".join((HEAD, *paragraphs)), "t.txt", WEDNESDAY_IN_OCTOBER)
    statements = x.extract(article).statements
    for fragment, day in expected:
        hit = next(st for st in statements if fragment in st.content)
        assert (hit.said_on, hit.said_on_precision) == day


OTHER_EVENTS = [
    # "came a day after X said": X said it a day before the day in force
    (["Port Minister Lena Dahl on Tuesday proposed a lower levy.",
      "Her proposal came a day after the Harbour Council said it would “look again at every fee.”"],
     [("look again at every fee", "2027-05-10")]),
    # ... and "before": a day after it
    (["The Harbour Council on Monday voted on the levy.",
      "The vote came a day before the Port Ministry said the levy was “under review.”"],
     [("under review", "2027-05-11")]),
    # ... wherever the parser hangs the sayings after "came a day after", and the speaker's
    # next words are of that day too
    (["Port Minister Lena Dahl on Tuesday proposed a lower levy.",
      "Her proposal came a day after council chair Ines Marlow, in a statement carried by the "
      "Gazette, dismissed Dahl's plans as “a fantasy” and said she saw “no point at all in a meeting.”"],
     [("no point at all", "2027-05-10")]),
    (["Port Minister Lena Dahl on Tuesday proposed a lower levy.",
      "Her proposal came a day after the Gazette carried a statement by Ines Marlow calling the levy "
      "“a theft.” She warned that the council would take “corresponding steps.”"],
     [("a theft", "2027-05-10"), ("corresponding steps", "2027-05-10")]),
    # negative: a clause with its own subject after the gap's clause is the story's
    (["Port Minister Lena Dahl on Tuesday proposed a lower levy.",
      "Her proposal came a day after the talks collapsed, and the Harbour Council said it would "
      "“look again at every fee.”"],
     [("look again at every fee", "2027-05-11")]),
    # negative: nor a saying in a relative clause on what the gap counts from, nor a gap of weeks
    (["Port Minister Lena Dahl on Tuesday proposed a lower levy.",
      "Her proposal came two weeks after Marlow's visit to Oslo, where the Gazette quoted her as "
      "declaring the levy “dead.”",
      "“The levy stays,” Dahl said."],
     [("The levy stays", "2027-05-11")]),
    # a text told as put out on a day by its author dates the author's words quoted from it
    (["The Harbour Council has protested a statement by the Port Ministry that called the levy dispute "
      "\"settled.\"",
      "Council spokesman Arne Holt told reporters on Wednesday that the council \"cannot accept\" it.",
      "The statement was released late Tuesday by a spokesperson for the Port Ministry.",
      "It said the council was \"clinging to an old quarrel.\""],
     [("cannot accept", "2027-05-12"), ("clinging to an old quarrel", "2027-05-11")]),
    # negative: a text put out with no author named is no one's occasion
    (["The Port Ministry has issued a statement that called the levy dispute \"settled.\"",
      "Council spokesman Arne Holt told reporters on Wednesday that the council \"cannot accept\" it.",
      "The statement was released late Tuesday.",
      "Port Minister Lena Dahl said the council was \"clinging to an old quarrel.\""],
     [("clinging to an old quarrel", "2027-05-12")]),
    # a speaker's own act at an event, with its day, dates what they said there
    (["The levy dispute reached the harbour committee this week.",
      "Port Minister Lena Dahl answered the question bluntly at a committee hearing on Monday.",
      "“The levy stays,” Dahl told the councillors."],
     [("The levy stays", "2027-05-10")]),
    # negative: an act with a day at no event leaves the story's day
    (["The levy dispute reached the harbour committee this week.",
      "Port Minister Lena Dahl moved house on Monday.",
      "“The levy stays,” Dahl told the councillors."],
     [("The levy stays", "2027-05-12")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), OTHER_EVENTS)
def test_a_saying_dated_by_another_event(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


PAST_ACTS = [
    # an act narrated with its own year is dated by it
    (["The levy dispute is years old.",
      "The Harbour Council blocked a lower levy in March 2019."],
     [("a lower levy", "2019-03")]),
    # negative: a year in a relative clause on what the act is about is that thing's
    (["The levy dispute is years old.",
      "The Harbour Council has long argued for a lower levy, a proposal that surfaced in 2019 and "
      "again in 2023."],
     [("a lower levy", "2027-05-12")]),
    # a past year closing two joined verbs that share a subject dates both
    (["The levy dispute is years old.",
      "The Port Ministry has ignored every letter since it declared the levy “theft” and cut its ties "
      "with the Harbour Council in 2025."],
     [("the levy “theft", "2025")]),
    # negative: a day closing them may be the second act's alone: the story's day holds
    (["The Harbour Council on Tuesday voted to double the levy.",
      "The Port Ministry declared the levy “theft” and blocked the quay on Monday."],
     [("the levy “theft", "2027-05-11")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), PAST_ACTS)
def test_a_past_act_is_dated_by_its_own_year_only(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


FRAMES = [
    # a heading that is a day dates the undated sayings of its section; a heading without one ends it
    (["A week of quarrels over the levy, day by day.",
      "MONDAY: THE COUNCIL MOVES",
      "Councillor Greta Ulvang told the harbour board that the levy was overdue.",
      "WHAT COMES NEXT",
      "Tomas Ekdal, who runs the fishermen’s co-op, said the boats would stay in port."],
     [("the levy was overdue", "2027-05-10"), ("stay in port", "2027-05-12")]),
    # a speaker's day does not reach into the next day's section
    (["A week of quarrels over the levy, day by day.",
      "MONDAY: THE COUNCIL MOVES",
      "Councillor Greta Ulvang said on Monday that the levy was overdue.",
      "TUESDAY: A SECOND TRY",
      "Ulvang told the harbour board that a smaller levy would pass."],
     [("the levy was overdue", "2027-05-10"), ("smaller levy would pass", "2027-05-11")]),
    # negative: a heading that only names a month is no day ("MARCH ON THE HARBOUR")
    (["A week of quarrels over the levy.",
      "MARCH ON THE HARBOUR",
      "Councillor Greta Ulvang told the harbour board that the levy was overdue."],
     [("the levy was overdue", "2027-05-12")]),
    # a byline is no lead: the lead after it still gives the story's day
    (["By Ansel Brook",
      "The Port Ministry on Monday proposed a lower levy for small trawlers.",
      "A ministry official, Ivo Marten, told reporters the cut would take effect in June."],
     [("take effect in June", "2027-05-10")]),
    # a paragraph opened by a day frames the quote paragraph that continues it ...
    (["The levy row has run all week.",
      "On Monday, an official of the Port Ministry said the levy was “not negotiable,” according "
      "to a harbour newsletter, which printed the remarks the following day.",
      "“The fleet will pay like everyone else,” the unnamed official said."],
     [("The fleet will pay", "2027-05-10")]),
    # ... negative: not a narrated paragraph after it
    (["The levy row has run all week.",
      "On Monday, an official of the Port Ministry said the levy was “not negotiable.”",
      "Tomas Ekdal, who runs the fishermen’s co-op, said the boats would stay in port."],
     [("stay in port", "2027-05-12")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), FRAMES)
def test_days_that_frame_a_section_or_a_paragraph(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


UTTERANCE_ACTS = [
    # a saying told as a dated act ("weighed in", "with a proposal") dates that speaker's next quotes
    (["The levy row has run all week.",
      "Port Minister Lena Dahl weighed in on Monday over the mooring fees charged to foreign trawlers.",
      "“Nobody will be exempt,” Dahl said."],
     [("Nobody will be exempt", "2027-05-10")]),
    (["The levy row has run all week.",
      "Councillor Greta Ulvang opened the debate on Monday with a proposal to halve the levy.",
      "“Half is fair,” Ulvang said at a news conference."],
     [("Half is fair", "2027-05-10")]),
    # a dated reply names its speaker, and "a day later" counts from it
    (["The levy row has run all week.",
      "The co-op’s reply came on Monday, in a letter by its chairman Tomas Ekdal.",
      "“We will not pay,” Ekdal said.",
      "A day later, Port Minister Lena Dahl said the fees would be collected anyway."],
     [("We will not pay", "2027-05-10"), ("collected anyway", "2027-05-11")]),
    # a body that "doubled down" on a day: what it is quoted saying next in the paragraph
    (["The levy row has run all week.",
      "The co-op doubled down on Monday. In a newsletter, the co-op called the levy “a tax on bad weather.”"],
     [("a tax on bad weather", "2027-05-10")]),
    # a saying named as a thing with its day ("a statement on Monday attacked ...") dates the
    # body's words that follow, over the day it was given before
    (["The Harbour Council said last Friday that the levy was fair.",
      "A Harbour Council editorial on May 10 condemned the co-op’s plan. “The co-op has misled "
      "fishermen,” it said."],
     [("misled fishermen", "2027-05-10")]),
    # negative: a dated act that is no saying leaves the story's day (also in OTHER_EVENTS)
    (["The levy row has run all week.",
      "Councillor Greta Ulvang opened a fish market on Monday.",
      "“Half is fair,” Ulvang said."],
     [("Half is fair", "2027-05-12")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), UTTERANCE_ACTS)
def test_a_saying_told_as_a_dated_act(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


PLACED_DAYS = [
    # "said on Monday it would": the day before the reported clause's subject is the saying's
    (["The Port Ministry said on Monday it would halve the levy for small trawlers."],
     [("halve the levy", "2027-05-10")]),
    # negative: a day after that subject is what was said
    (["The Port Ministry said it would halve the levy on Friday."],
     [("halve the levy", "2027-05-12")]),
    # the day of a statement that is the subject dates the saying
    (["The levy row has run all week.",
      "The Harbour Council’s statement on Monday also attacked the co-op, saying its figures were "
      "invented."],
     [("figures were", "2027-05-10")]),
    # "said a day earlier that ...": the parser hangs the relative day on the reported clause
    (["The Harbour Council on Tuesday voted to double the levy.",
      "The Port Ministry said a day earlier that Lund's visit would cover fishing quotas."],
     [("would cover fishing quotas", "2027-05-10")]),
    # negative: a relative day after the reported clause's subject is what was said
    (["The Harbour Council on Tuesday voted to double the levy.",
      "The Port Ministry said that Lund's visit would end a day earlier than planned."],
     [("would end", "2027-05-11")]),
    # a phrase hung on the cue right after the reported clause goes on with what was said
    (["The Harbour Council on Tuesday voted to double the levy.",
      "The coast guard said in a written answer to the council that trawlers had made 40 landings so far "
      "this year, compared with 65 in 2026."],
     [("40 landings", "2027-05-11")]),
    # negative: ... unless it tells the words' source or the text they were said in
    (["The Harbour Council on Tuesday voted to double the levy.",
      "The coast guard said trawlers had made 40 landings, according to a report released on Monday."],
     [("40 landings", "2027-05-10")]),
    # "urged X to do Y this month": with an object, the to-clause is what was urged, its day too
    (["The Harbour Council on Tuesday voted to double the levy.",
      "Port Minister Lena Dahl also urged the council to raise the levy at its budget session this month."],
     [("raise the levy", "2027-05-11")]),
    # negative: a to-clause with no object before it carries the saying's own day
    (["The Harbour Council on Tuesday voted to double the levy.",
      "Port Minister Lena Dahl continued to argue on Monday that the levy was unfair."],
     [("levy was unfair", "2027-05-10")]),
    # "quoted X on Monday as saying": the day of the report that quotes the words dates them
    (["The Harbour Council on Tuesday voted to double the levy.",
      "The Coast Gazette quoted a fisheries ministry spokesman on Monday as saying the levy “will empty "
      "the harbour” by spring."],
     [("empty the harbour", "2027-05-10")]),
    # negative: a day inside the words quoted is not the report's
    (["The Harbour Council on Tuesday voted to double the levy.",
      "The Coast Gazette quoted a fisheries ministry spokesman as saying the levy “will empty the "
      "harbour” by Monday."],
     [("empty the harbour", "2027-05-11")]),
    # a day after the to-phrase of a noun that points at another thing is that thing's, not the
    # saying's nor the speaker's later words'
    (["The Harbour Council on Tuesday rejected calls for a new mooring levy.",
      "“Some plans are simply theft,” council spokesman Arne Holt said, in an apparent reference to a "
      "proposal by the port authority last week.",
      "“We want talks,” Holt said."],
     [("simply theft", "2027-05-11"), ("We want talks", "2027-05-11")]),
    # a date right after an object owned by a named other is that thing's, though the parser hangs
    # it on the verb
    (["The Harbour Council on Tuesday rejected calls for a new mooring levy.",
      "At a news conference in Bergen, Port Minister Lena Dahl called Sweden's test on Oct. 29 "
      "\"a reckless act that endangers the fjords.\"",
      "\"We want talks,\" Dahl said."],
     [("Sweden's test", "2027-05-11"), ("We want talks", "2027-05-11")]),
    # negative: a thing of no named owner leaves the day the act's
    (["The Harbour Council on Tuesday rejected calls for a new mooring levy.",
      "Port Minister Lena Dahl called the plan on Monday \"a gift to the trawler owners.\""],
     [("a gift to the trawler owners", "2027-05-10")]),
    # a present participle set off before the cue is what the speaker did as they spoke
    (["The Harbour Council on Tuesday rejected calls for a new mooring levy.",
      "Port Minister Lena Dahl, receiving a delegation of pilots in Bergen on Monday, said the harbour "
      "had become \"a fortress.\""],
     [("a fortress", "2027-05-10")]),
    # negative: not a relative clause on the speaker, nor a participle after the words
    (["The Harbour Council on Tuesday rejected calls for a new mooring levy.",
      "Port Minister Lena Dahl, who received a delegation of pilots in Bergen on Monday, said the "
      "harbour had become \"a fortress.\""],
     [("a fortress", "2027-05-11")]),
    (["The Harbour Council on Tuesday rejected calls for a new mooring levy.",
      "Port Minister Lena Dahl said the harbour had become \"a fortress,\" citing a report by the "
      "pilots on Monday."],
     [("a fortress", "2027-05-11")]),
    # negative: a journey's destination or the addressee of one's own text points at nothing
    (["The Harbour Council on Tuesday rejected calls for a new mooring levy.",
      "Port Minister Lena Dahl said, upon her return to Bergen on Monday, that the levy would stay."],
     [("the levy would stay", "2027-05-10")]),
    (["The Harbour Council on Tuesday rejected calls for a new mooring levy.",
      "Port Minister Lena Dahl said in a letter to the council on Monday that the levy would stay."],
     [("the levy would stay", "2027-05-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), PLACED_DAYS)
def test_a_day_the_parser_hangs_elsewhere(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


SHARPENED = [
    # "earlier this month", then the next paragraph's "at a May 4 briefing": the same saying's day
    (["The levy row has run all week.",
      "Port Minister Lena Dahl said earlier this month that the levy would stay.",
      "“Nothing has changed,” Dahl said at a May 4 briefing."],
     [("the levy would stay", "2027-05-04"), ("Nothing has changed", "2027-05-04")]),
    # negative: a day outside the vague period leaves it vague
    (["The levy row has run all week.",
      "Port Minister Lena Dahl said last month that the levy would stay.",
      "“Nothing has changed,” Dahl said at a May 4 briefing."],
     [("the levy would stay", "2027-04"), ("Nothing has changed", "2027-05-04")]),
    # negative: nor does another speaker's day, or a day paragraphs later
    (["The levy row has run all week.",
      "Port Minister Lena Dahl said earlier this month that the levy would stay.",
      "“Nothing has changed,” Councillor Greta Ulvang said at a May 4 briefing.",
      "Trawler crews have paid the levy since 2025.",
      "“We will not back down,” Dahl said at a May 6 briefing."],
     [("the levy would stay", "2027-05")]),
    # a day within the vague date, of the text the words came in, in the same clause
    (["The levy row has run all week.",
      "Earlier this month, Port Minister Lena Dahl said in a statement posted on May 3 that the crews "
      "would stay in port."],
     [("stay in port", "2027-05-03")]),
    # negative: a text with no day leaves it vague, and a day outside the period is not its day
    (["The levy row has run all week.",
      "Earlier this month, Port Minister Lena Dahl said in a statement that the crews would stay in port."],
     [("stay in port", "2027-05")]),
    (["The levy row has run all week.",
      "Last month, Port Minister Lena Dahl said in a statement posted on May 3 that the crews would stay "
      "in port."],
     [("stay in port", "2027-04")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), SHARPENED)
def test_a_vague_day_made_precise_by_the_next_saying(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


OPENED_BY_A_DAY = [
    # a paragraph opened by a day dates the sayings in it that have no day of their own, over
    # the day given to the speaker before
    (["The Harbour Council said last Friday that the levy was fair.",
      "On Monday, the council met the co-op. It said the levy would “pay for the breakwater.”"],
     [("pay for the breakwater", "2027-05-10")]),
    # negative: a saying with its own day keeps it
    (["The Harbour Council said last Friday that the levy was fair.",
      "On Monday, the council met the co-op. It said on Tuesday that the levy would stay."],
     [("the levy would stay", "2027-05-11")]),
    # a one-line dated act ("The council hit back on Monday.") frames the quote paragraph after
    # it, and the day stays the speaker's for their later words
    (["The co-op rejected the levy on Friday.",
      "The Harbour Council hit back on Monday.",
      "“The levy stays,” council spokesperson Ana Berg said at a regular briefing.",
      "The co-op did not reply.",
      "Berg said the co-op had been consulted twice."],
     [("The levy stays", "2027-05-10"), ("consulted twice", "2027-05-10")]),
    # negative: a paragraph that does not open with a quote is not framed by it
    (["The co-op rejected the levy on Friday.",
      "The Harbour Council hit back on Monday.",
      "Trawler owner Tomas Ekdal, who sat in the gallery, said the fight was “bad for everyone.”"],
     [("bad for everyone", "2027-05-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), OPENED_BY_A_DAY)
def test_a_day_that_opens_the_paragraph(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


PERIODS = [
    # a period up to now counts what happened; it dates no saying: the lead's day holds, also
    # for the speaker named where the count was reported
    (["A senior Port Ministry official told the Harbour Council on Tuesday that the levy would stay.",
      "“The levy is fair and it is here to stay,” Lena Dahl, the deputy port minister, told the council.",
      "“A lower levy would empty the treasury,” Dahl said. She told councillors that 40 trawlers had "
      "paid it so far this year, according to harbour estimates.",
      "Councillor Greta Ulvang was unmoved.",
      "“The levy will not change before the election,” said Dahl."],
     [("A lower levy", "2027-05-11"), ("40 trawlers", "2027-05-11"), ("will not change", "2027-05-11")]),
    (["The Harbour Council on Monday voted to double the mooring levy.",
      "Twelve trawlers have paid the levy to date, according to the council."],
     [("Twelve trawlers", "2027-05-10")]),
    # negative: "earlier this year" places a saying in the year, and only that speaker's
    (["The Harbour Council on Monday voted to double the mooring levy.",
      "Port Minister Lena Dahl said earlier this year that the levy would stay.",
      "“It will pass,” said Councillor Greta Ulvang, who sat beside Dahl on Monday."],
     [("the levy would stay", "2027"), ("It will pass", "2027-05-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), PERIODS)
def test_a_period_up_to_now_dates_nothing(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


BACK_REFERENCES = [
    # a saying referred back to by its day ("responding to the council's May 3 offer") is that
    # saying's day, not the story's running one: "a day later" still counts from the lead
    (["The Harbour Council on Monday rejected the co-op’s demands, responding to Port Minister "
      "Lena Dahl’s May 3 offer to halve the fee.",
      "A day later, the council issued a statement. It said the offer was “an insult.”"],
     [("an insult", "2027-05-11")]),
    # a cue inside a relative clause on a dated occasion takes the occasion's day
    (["The levy row has run all week.",
      "The proposal builds on Port Minister Lena Dahl’s March 2025 speech, in which she said the "
      "harbour should pay for its own breakwater."],
     [("pay for its own breakwater", "2025-03")]),
    # "according to": a recent day on the reported event dates the report; a month does not
    (["The levy row has run all week.",
      "Two trawlers left the harbour on Monday, according to the Harbour Council.",
      "The co-op and the council also discussed a joint fund in September, according to Port "
      "Minister Lena Dahl."],
     [("Two trawlers", "2027-05-10"), ("a joint fund", "2027-05-12")]),
    # what one responds to is another's, its day its own: the speaker's day in force holds
    (["Port Minister Lena Dahl said on Tuesday that the levy would stay.",
      "The minister was responding to an article, printed Monday in a local weekly, that cited two "
      "councillors as saying the levy would be scrapped.",
      "“The levy stays until the breakwater is paid for,” Dahl said."],
     [("levy stays until", "2027-05-11")]),
    # negative: the occasion one answers at is the saying's
    (["The levy row has run all week.",
      "Responding to a question at a briefing on Monday, Port Minister Lena Dahl said the levy would stay."],
     [("levy would stay", "2027-05-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), BACK_REFERENCES)
def test_a_saying_referred_back_to(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


LOOKING_BACK = [
    # a paragraph that names the story's day as a thing past ("Monday's vote") speaks after it
    (["The Harbour Council on Monday voted to double the mooring levy.",
      "Analysts said the tone of Monday’s vote was familiar. “Nothing new,” said Tomas Ekdal, an economist.",
      "“They will vote again,” Ekdal said."],
     [("Nothing new", "2027-05-12"), ("They will vote again", "2027-05-12")]),
    # negative: without it, a later quote belongs to the story's day
    (["The Harbour Council on Monday voted to double the mooring levy.",
      "“Nothing new,” said Tomas Ekdal, a port economist."],
     [("Nothing new", "2027-05-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), LOOKING_BACK)
def test_a_paragraph_looking_back_on_the_story_s_day(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


WENT_ON = [
    # a pronoun's saying right after the speaker's background saying goes on with it
    (["Port Minister Lena Dahl said on Tuesday that the levy would stay.",
      "The co-op has not answered. But last month, co-op chair Greta Ulvang said in a letter to "
      "members that the levy was “theft.”",
      "She said the co-op would sue the council."],
     [("levy was", "2027-04"), ("would sue the council", "2027-04")]),
    # negatives: another speaker between, or the speaker named again later, speaks in the story's time
    (["Port Minister Lena Dahl said on Tuesday that the levy would stay.",
      "Last month, co-op chair Greta Ulvang said in a letter to members that the levy was “theft.”",
      "“We will see them in court,” said Tomas Ekdal, a trawler owner.",
      "She said the co-op would sue the council."],
     [("would sue the council", "2027-05-11")]),
    (["Port Minister Lena Dahl said on Tuesday that the levy would stay.",
      "Last month, co-op chair Greta Ulvang said in a letter to members that the levy was “theft.”",
      "The co-op has 40 boats.",
      "Ulvang said the suit would be filed soon."],
     [("filed soon", "2027-05-11")]),
    (["Port Minister Lena Dahl said on Tuesday that the levy would stay.",
      "Tomas Ekdal said co-op chair Greta Ulvang’s 2025 remarks calling the levy “theft” were fair.",
      "Ulvang did not back down. The levy, she said, “is still theft.”"],
     [("is still theft", "2027-05-11")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), WENT_ON)
def test_a_pronoun_s_saying_goes_on_with_a_background_one(x, paragraphs, expected):
    assert [(f, said_on(x, paragraphs, f)) for f, _ in expected] == expected


TEXT_PUT_OUT = [
    # a participle closing a saying told in a dated statement has the statement's day
    (["The Harbour Council on Monday voted to double the mooring levy.",
      "Port Minister Lena Dahl said in a statement published by the Coastal Gazette in March that the "
      "levy had “no future whatsoever” in its present form, calling the council “a club of toll-keepers.”"],
     "a club of toll-keepers", "2027-03"),
    # negative: a saying with no day of its own: the participle keeps the story's day
    (["The Harbour Council on Monday voted to double the mooring levy.",
      "Port Minister Lena Dahl said the levy had “no future whatsoever” in its present form, calling "
      "the council “a club of toll-keepers.”"],
     "a club of toll-keepers", "2027-05-10"),
    # a participle telling what a text put out on a day says has that day
    (["The Harbour Council on Wednesday voted to double the mooring levy.",
      "The Coastal Gazette reported that Port Minister Lena Dahl issued a statement Tuesday calling the "
      "levy “a tax on bad weather.”"],
     "a tax on bad weather", "2027-05-11"),
    # negative: the text put out with no day: the story's
    (["The Harbour Council on Monday voted to double the mooring levy.",
      "Port Minister Lena Dahl issued a statement calling the levy “a tax on bad weather.”"],
     "a tax on bad weather", "2027-05-10"),
    # after a lead with no day, the first saying told in a text put out that day is the story's day
    (["A fishermen's co-op says the mooring levy has halved the harbour's catch.",
      "The Bergen Fishermen's Co-op said in a report released Monday that landings fell by a third in April.",
      "“We warned the council a year ago,” said Greta Ulvang, a trawler owner."],
     "We warned the council", "2027-05-10"),
    # negative: a text put out further back than a week is no day of the story's
    (["A fishermen's co-op says the mooring levy has halved the harbour's catch.",
      "The Bergen Fishermen's Co-op said in a report released on April 2 that landings fell by a third.",
      "“We warned the council a year ago,” said Greta Ulvang, a trawler owner."],
     "We warned the council", "2027-05-12"),
    # negative: a text with no day of its own tells none
    (["A fishermen's co-op says the mooring levy has halved the harbour's catch.",
      "The Bergen Fishermen's Co-op said in a report that landings fell by a third in April.",
      "“We warned the council a year ago,” said Greta Ulvang, a trawler owner."],
     "We warned the council", "2027-05-12"),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "fragment", "expected"), TEXT_PUT_OUT)
def test_a_text_put_out_on_a_day_dates_the_sayings_told_in_it(x, paragraphs, fragment, expected):
    assert said_on(x, paragraphs, fragment) == expected
