"""Attribution frames of news writing the parser breaks (bot/extract/report_frames.py): "quoted X
as saying", a closing "…, the Y said." whose subject the parser misplaced, "X, asked about Y,
said Z". Invented names and sentences, with negative cases."""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.model import Actor

ACTORS = (
    Actor("varna", "Varna", "government", aliases=("Varnian",)),
    Actor("varna-navy", "Varna Navy", "military", parent="varna"),
    Actor("fisheries-ministry", "Fisheries Ministry", "ministry", parent="varna"),
    Actor("harbour-herald", "Harbour Herald", "media"),
    Actor("tomas-berg", "Tomas Berg", "person", parent="fisheries-ministry", role="Fisheries Minister"),
)


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp, extractor.names)


def said(x, *paragraphs):
    article = parse_article("\n\n".join(("Quota row", *paragraphs)), "t.txt", date(2027, 5, 12))
    return [(st.speaker.id, st.content) for st in x.extract(article).statements]


QUOTED_AS = [
    # the one quoted speaks, not the paper that quotes them
    (
        "“Our quotas are fair,” the Harbour Herald quoted Fisheries Minister Tomas Berg as saying.",
        [("tomas-berg", "Our quotas are fair")],
    ),
    # passive: the subject of "was quoted"
    (
        "Fisheries Minister Tomas Berg spoke at the quay.",
        "“The boats will sail at dawn,” Berg was quoted as saying.",
    ),
    # "as telling ... that": the reported clause, with its quoted words
    (
        "The Harbour Herald quoted Tomas Berg as telling the envoy that the fleet “is not for sale.”",
        [("tomas-berg", "the fleet “is not for sale.")],
    ),
]


@pytest.mark.parametrize("paragraphs", [c[:1] if isinstance(c[1], list) else c for c in QUOTED_AS])
def test_quoted_as_saying_is_the_quoted_speakers(x, paragraphs):
    got = said(x, *paragraphs)
    assert got and all(speaker == "tomas-berg" for speaker, _ in got), got


def test_quoted_as_saying_content(x):
    assert said(x, QUOTED_AS[0][0]) == QUOTED_AS[0][1]
    assert said(x, QUOTED_AS[2][0]) == QUOTED_AS[2][1]


APPOSED = [
    # a description set off by commas between the one quoted and "as saying"
    (
        "The Harbour Herald quoted Tomas Berg, a former skipper who now runs the ministry, as saying the "
        "quota was “a fair start.”",
        [("tomas-berg", "the quota was “a fair start.")],
    ),
    # the passive with the medium after "by"
    (
        "Tomas Berg was quoted by the Harbour Herald as saying that the boats would sail in June.",
        [("tomas-berg", "the boats would sail in June")],
    ),
    # negative: a list of things quoted, no one as saying anything
    ("The Harbour Herald quoted Tomas Berg, two skippers and a buyer in its report on the quota.", []),
]


@pytest.mark.parametrize("text, expected", APPOSED)
def test_quoted_with_a_description_as_saying(x, text, expected):
    assert said(x, text) == expected


def test_quoted_in_a_paper_without_words_is_no_statement(x):
    assert said(x, "Tomas Berg was quoted in the Harbour Herald on Monday.") == []
    assert said(x, "The Harbour Herald quoted a 2019 survey of skippers.") == []


CLOSING = [
    # ... and with a phrase set off by commas before the speaker, the speaker for that phrase's
    # apposition: the noun phrase after the last comma speaks
    (
        "It will involve about 60 aircraft, including French Rafale jets, the North Macedonian air force "
        "said last week.",
        [("anon-source-1", "It will involve about 60 aircraft, including French Rafale jets")],
    ),
    # negative: a subordinate clause after the last comma is no closing attribution
    (
        "Forty boats joined the protest on Tuesday, as Fisheries Minister Tomas Berg reaffirmed the quota.",
        [("tomas-berg", "the quota")],
    ),
    # the parser takes "jets" for the subject of "said" and "said" for a clause of "involve"
    (
        "It will involve about 60 jets, the Varna Navy said earlier this week.",
        [("varna-navy", "It will involve about 60 jets")],
    ),
    # the parser takes "trawlers" for the subject of "said"
    (
        "The trawlers delivered at least a million tonnes of cod to Varnian ports between May and June, "
        "the Fisheries Ministry said in a statement.",
        [
            (
                "fisheries-ministry",
                "The trawlers delivered at least a million tonnes of cod to Varnian ports "
                "between May and June",
            )
        ],
    ),
]


CLOSING_TAILS = [
    # a tail set off by a comma after the attribution: the writer's noun phrase ...
    (
        "Two trawlers crossed the fishing line near the cape on Sunday, the Varna Navy said, the third "
        "such crossing since the quota was set.",
        [("varna-navy", "Two trawlers crossed the fishing line near the cape on Sunday")],
    ),
    # ... the writer's clause opened by "as" ...
    (
        "More than 400 skippers have applied for the new licences since April, the Fisheries Ministry "
        "said Tuesday, as the season nears its end.",
        [("fisheries-ministry", "More than 400 skippers have applied for the new licences since April")],
    ),
    # ... or the speaker's own further saying in a participle, a statement of its own
    (
        "The cutter left the harbour at dawn and sailed about 40 km, the Varna Navy said, adding that it "
        "carried no weapons.",
        [
            ("varna-navy", "The cutter left the harbour at dawn and sailed about 40 km"),
            ("varna-navy", "it carried no weapons"),
        ],
    ),
    # negative: a clause joined by "but" is the writer's next clause, with a saying of its own
    (
        "The cutter left the harbour at dawn, the Varna Navy said, but the Fisheries Ministry denied that "
        "any boat had sailed.",
        [
            ("varna-navy", "The cutter left the harbour at dawn"),
            ("fisheries-ministry", "any boat had sailed"),
        ],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLOSING_TAILS)
def test_closing_attribution_before_a_tail(x, paragraph, expected):
    assert said(x, paragraph) == expected


@pytest.mark.parametrize(("paragraph", "expected"), CLOSING)
def test_closing_attribution_reports_what_comes_before(x, paragraph, expected):
    assert said(x, paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "After the meeting in the harbour, the Fisheries Ministry said nothing.",  # a fronted phrase
        "When the boats returned, the Varna Navy said little.",
        "Did the trawlers sail, the Fisheries Ministry asked?",  # a question
    ],
)
def test_no_report_before_a_fronted_phrase_or_question(x, paragraph):
    assert said(x, paragraph) == []


def test_a_question_an_unnamed_questioner_asks_in_quotes_states_nothing(x):
    got = said(
        x,
        "“Will the quota rise next year?” a reporter asked.",
        "One attendee asked, “Did the ministry consult the fishermen?” Minister Ra Jin-ho said it had.",
        # negatives: a named person's question and an official's, and a reporter's statement
        "“Who will pay for the new patrol boats?” Rep. Yoon Mi-rae asked.",
        "“Why should our boats stay in port?” a Fisheries Ministry official asked.",
        "“The fleet is idle,” a reporter for the Harbor Daily said.",
    )
    assert [c for _, c in got] == [
        "it had",
        "Who will pay for the new patrol boats?",
        "Why should our boats stay in port?",
        "The fleet is idle",
    ]


def test_asked_between_commas_leaves_the_speaker(x):
    got = said(
        x,
        "A spokesperson for the Fisheries Ministry, asked about the fines, said Varna remained open "
        "to talks but would not pay.",
    )
    assert [c for _, c in got] == ["Varna remained open to talks but would not pay"]
    assert got[0][0].startswith("anon-")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # asking someone to do something, or instructing them to, asks for it, as "urged" does
        (
            "Tomas Berg on Thursday asked the harbour council to fully fund the new breakwater.",
            [("tomas-berg", "the harbour council to fully fund the new breakwater")],
        ),
        (
            "Tomas Berg also instructed the Varna Navy to prepare a plan for clearing the reefs.",
            [("tomas-berg", "the Varna Navy to prepare a plan for clearing the reefs")],
        ),
        # negatives: a question asked, and asking for a thing with nobody asked
        ("Tomas Berg asked the harbour council whether it would fund the breakwater.", []),
        ("Tomas Berg asked for calm.", []),
    ],
)
def test_asking_or_instructing_someone_to_act_is_a_request(x, paragraph, expected):
    assert said(x, paragraph) == expected


def test_asked_whether_and_no_answer_is_no_statement(x):
    got = said(
        x,
        "A spokesperson for the Fisheries Ministry, asked whether the fines would rise, declined to comment.",
    )
    assert got == []


DOCUMENTS = [
    # a statement put out by someone, told by what it does
    (
        "Tomas Berg, the fisheries minister, issued a statement carried by the Harbour Herald on Wednesday "
        "warning that Varna would close the reefs “for good.”",
        [("tomas-berg", "Varna would close the reefs “for good.")],
    ),
    # the medium that carries a commentary speaks through it
    (
        "Separately, the Harbour Herald carried a commentary accusing Kolaria of planning “naval war games” "
        "near the reefs.",
        [("harbour-herald", "Kolaria of planning “naval war games” near the reefs")],
    ),
    # ... and with the day it was carried between the thing and what it does
    (
        "The Harbour Herald carried a commentary on the same day accusing Kolaria of turning the reefs "
        "into “a naval base.”",
        [("harbour-herald", "Kolaria of turning the reefs into “a naval base.")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), DOCUMENTS)
def test_a_statement_put_out_speaks_for_whoever_put_it_out(x, paragraph, expected):
    assert said(x, paragraph) == expected


RELAYED = [
    # a medium carrying a statement by someone only relays it: the author says what it says
    (
        "The Harbour Herald carried a statement by Tomas Berg, warning that the reefs would close "
        "“for good.”",
        [("tomas-berg", "the reefs would close “for good.")],
    ),
    (
        "On Friday the Harbour Herald published a statement from Tomas Berg saying the quotas were final.",
        [("tomas-berg", "the quotas were final")],
    ),
    (
        "The Harbour Herald ran Tomas Berg's statement, calling the quotas “fair to all.”",
        [("tomas-berg", "the quotas “fair to all.")],
    ),
    # the participle hung on the author named after "by" is still the author's
    (
        "The Harbour Herald carried a statement by a Fisheries Ministry spokesperson denouncing the "
        "quota talks as “a farce of the mainland.”",
        [("anon-fisheries-ministry-1", "the quota talks as “a farce of the mainland.")],
    ),
    # negatives: a thing named by nobody's name is the medium's; "by" telling when is no author
    (
        "The Harbour Herald carried a statement on Monday, warning that the reefs would close.",
        [("harbour-herald", "the reefs would close")],
    ),
    (
        "The Harbour Herald carried a commentary by midday, accusing Kolaria of planning war games.",
        [("harbour-herald", "Kolaria of planning war games")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), RELAYED)
def test_a_statement_carried_by_a_medium_is_its_named_author_s(x, paragraph, expected):
    assert said(x, paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Varna Navy issued a statement on Monday.",  # nothing said
        "The Varna Navy released a video showing boats at sea.",  # a video shows, nobody says
        "Tomas Berg read a report on the reefs, pointing out the errors to nobody.",  # not put out
        "The Harbour Herald ran an article on a fisherman criticizing the quota.",  # the fisherman's act
    ],
)
def test_no_statement_from_a_thing_that_says_nothing(x, paragraph):
    assert said(x, paragraph) == []


def test_the_agency_is_the_body_last_speaking_of_that_kind(x):
    got = said(
        x,
        "About 300 more sailors were sent to the reefs in May, the Varna Navy told lawmakers. "
        "Some 200 divers have also been sent, the military said.",
    )
    assert got == [
        ("varna-navy", "About 300 more sailors were sent to the reefs in May"),
        ("varna-navy", "Some 200 divers have also been sent"),
    ]


def test_the_organization_is_a_body_named_just_before(x):
    got = said(
        x,
        "According to the Fisheries Ministry, the permits were sent on Saturday. "
        "The organization said it would send them again by fax.",
    )
    assert ("fisheries-ministry", "it would send them again by fax") in got


def test_no_body_named_before_is_nobody(x):
    assert said(x, "Some 200 divers have also been sent abroad, the agency said.") == []


def test_one_of_a_group_is_one_person_of_it(x):
    got = said(
        x,
        "Officials from Varna and Kolaria met in Geneva, three people familiar with the talks said.",
        "One of the people said the Kolarian side had pressed for a review of every permit. "
        "One of the people said the talks would resume.",
    )
    ids = [speaker for speaker, _ in got]
    assert len(got) == 3 and ids[1] == ids[2] != ids[0], got
    assert ids[1].startswith("anon-")


def test_one_of_them_and_the_other_are_the_two_members_of_the_group_just_met(x):
    got = said(
        x,
        "Minister Ra Jin-ho said the quota would stay. Harbor chief Yoon Mi-rae said it was fair.",
        "Two port officials, speaking on condition of anonymity, said the permits were late. "
        "One of them said the review had been shelved. The other said it was still open.",
    )
    ids = [speaker for speaker, _ in got]
    assert ids[:2] == ["ra-jin-ho", "yoon-mi-rae"] and len(got) == 5, got
    assert ids[2].startswith("group-") and ids[3].startswith("anon-") and ids[4].startswith("anon-")
    assert len(set(ids[2:])) == 3
    # negative: "the other" with no one of a group just before is nobody met
    assert said(x, "The fleet sailed on Monday.", "The other said the nets were torn.") == []


def test_the_officials_are_not_one_named_person_holding_such_a_post(x):
    named = Actor("ana-vell", "Ana Vell", "person", parent="varna-navy", role="senior navy official")
    x = Extractor((*ACTORS, named), (), x.lexicon, x.nlp, x.names)
    got = said(
        x,
        "Two port officials told reporters that the permits were late, arguing that Ana Vell's "
        "remarks showed no haste.",
        "One of the officials said the review had been shelved. The other said it was still open.",
    )
    ids = [speaker for speaker, _ in got]
    assert (
        len(got) == 4 and ids[2].startswith("anon-one-of-two-port") and ids[3].startswith("anon-other-of")
    ), got
    # negative: "the official" is still the one named person holding the post
    got = said(x, "Ana Vell said the permits were late.", "The official said the review had been shelved.")
    assert [speaker for speaker, _ in got] == ["ana-vell", "ana-vell"]


def test_one_of_nothing_plural_is_nobody(x):
    # "one" alone, or one of a single thing, names no source
    assert said(x, "One said the permits were late.") == []


def test_the_agency_is_not_a_ministry_of_another_kind(x):
    got = said(
        x,
        "The permits were sent on Saturday, the Fisheries Ministry said. "
        "Some 200 divers have also been sent, the agency said.",
    )
    assert got == [("fisheries-ministry", "The permits were sent on Saturday")]


def test_went_on_to_describe_is_the_subjects(x):
    got = said(
        x,
        "Tomas Berg spoke at the quay.",
        "Berg went on to describe the offer as “a late attempt to hide its greed,” and advised Kolaria to "
        "“stop wasting ink.”",
    )
    assert got == [
        ("tomas-berg", "the offer as “a late attempt to hide its greed,"),
        ("tomas-berg", "stop wasting ink."),
    ]


def test_a_to_clause_on_a_verb_with_an_object_is_not_its_subjects(x):
    # the envoy was sent: the ministry does not "explain" anything here
    got = said(x, "The Fisheries Ministry sent an envoy to explain the quotas to the skippers.")
    assert all(speaker != "fisheries-ministry" or "envoy" in content for speaker, content in got)


def test_put_it_bluntly_with_a_colon_introduces_the_quote(x):
    got = said(
        x, "Tomas Berg put it bluntly in a phone interview with the Herald: “Nobody is closing the quay.”"
    )
    assert got == [("tomas-berg", "Nobody is closing the quay.")]


COLON_INTRODUCTIONS = [
    # a reply, a comparative of how one spoke, a speaking phrasal: each before a colon says the quote
    (["Asked whether the quay would close, Tomas Berg answered: “Nothing is decided yet.”"],
     [("tomas-berg", "Nothing is decided yet.")]),
    (["Ines Vahl, a lecturer at the Marine College, was blunter: “The quotas will empty the harbour.”"],
     [("ines-vahl", "The quotas will empty the harbour.")]),
    (["“The quay stays open,” Tomas Berg said.",
      "He went on: “Nobody here wants a fight with the skippers.”"],
     [("tomas-berg", "The quay stays open"), ("tomas-berg", "Nobody here wants a fight with the skippers.")]),
    # negatives: an answer to a thing is no saying, nor is a copula with a noun before a colon
    (["Tomas Berg answered the skippers' letter on Monday."], []),
    (["The message was a warning: “Closed for repairs.”"], []),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "expected"), COLON_INTRODUCTIONS)
def test_a_clause_ending_in_a_colon_introduces_the_quote(x, paragraphs, expected):
    assert said(x, "Quay talks", *paragraphs) == expected


def test_a_message_put_on_a_board_with_a_colon_is_no_saying(x):
    # "put it" with a place is no idiom of saying; the sign's words are nobody's statement
    assert said(x, "The harbour master put it on the board: “Closed for repairs.”") == []


def test_a_speaker_introduced_with_a_clause_breaks_a_run_of_quotes(x):
    # the writer's introduction between two quotes keeps them two statements
    got = said(
        x,
        "“We have heard ‘the quotas will rise’ so many times,” said Anna Holm, who heads an association of "
        "skippers and whose brother was lost at sea off the northern cape in the winter of 1998. “What we "
        "want is not talks about talks. We want our boats back on the water, all of them, while the old "
        "skippers are still alive to sail them out of the harbour one more time.”",
    )
    assert [c for _, c in got] == [
        "We have heard ‘the quotas will rise’ so many times",
        "What we want is not talks about talks. We want our boats back on the water, all of them, while "
        "the old skippers are still alive to sail them out of the harbour one more time.",
    ]
    assert got[0][0] == got[1][0]


def test_a_bare_attribution_keeps_one_utterance_whole(x):
    got = said(x, "“The quay is closed,” said Anna Holm, a skipper. “We sail from the cape instead.”")
    assert [c for _, c in got] == [
        "The quay is closed,” said Anna Holm, a skipper. “We sail from the cape instead."
    ]


LATE_THAT = [
    # the parser hangs the that-clause on the time phrase
    (
        "Tomas Berg told reporters after the first day's session that the two sides had “noted their "
        "differences” on the total catch but agreed to keep talking.",
        "the two sides had “noted their differences” on the total catch but agreed to keep talking.",
    ),
    # ... up to the speaker's next act, a statement of its own
    (
        "Tomas Berg said a day earlier that the director was “deeply concerned” by the sailing and repeated "
        "his call on Kolaria to “resume talks without conditions.”",
        "the director was “deeply concerned” by the sailing",
    ),
]


@pytest.mark.parametrize(("paragraph", "content"), LATE_THAT)
def test_that_clause_after_words_of_when_is_what_was_said(x, paragraph, content):
    got = said(x, paragraph)
    assert ("tomas-berg", content) in got, got


def test_a_relative_that_after_the_time_phrase_is_not_what_was_said(x):
    got = said(x, "Tomas Berg told reporters after the session that ended on Monday.")
    assert all("ended on Monday" not in c for _, c in got), got


ACTS = [
    # the object only points back: the act itself is the position
    (
        "Fisheries Minister Tomas Berg on Monday flatly rejected the idea.",
        [("tomas-berg", "flatly rejected the idea")],
    ),
    ("The Varna Navy on Monday backed the decision.", [("varna-navy", "backed the decision")]),
    # an act on a thing named before that is the whole sentence: the sentence is the position
    ("The Varna Navy backed the decision.", [("varna-navy", "The Varna Navy backed the decision")]),
    ("The Varna Navy has welcomed the ruling.", [("varna-navy", "The Varna Navy has welcomed the ruling")]),
    (
        "The Varna Navy firmly rejected the demand.",
        [("varna-navy", "The Varna Navy firmly rejected the demand")],
    ),
    # negative: an object that says what it is stays the content
    (
        "The Varna Navy rejected the demand to close the quay.",
        [("varna-navy", "the demand to close the quay")],
    ),
    (
        "The Varna Navy quickly rejected the plan to close the quay.",
        [("varna-navy", "the plan to close the quay")],
    ),
    ("The Varna Navy backed the Kolarian proposal.", [("varna-navy", "the Kolarian proposal")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ACTS)
def test_an_act_on_a_thing_named_before_is_the_act(x, paragraph, expected):
    assert said(x, paragraph) == expected


def test_a_second_that_clause_of_one_saying_is_its_own_statement(x):
    got = said(
        x,
        "Tomas Berg said he did not expect Kolaria to openly break the rules, but that checks along the "
        "coast were likely to become “looser, quietly.”",
    )
    assert ("tomas-berg", "checks along the coast were likely to become “looser, quietly.") in got, got
    assert ("tomas-berg", "he did not expect Kolaria to openly break the rules") in got, got


def test_a_coordinated_act_without_that_is_no_second_saying(x):
    # "and left" is no that-clause: no second statement of it
    got = said(x, "Tomas Berg said the quay was closed, and left the harbour.")
    assert len(got) == 1 and not got[0][1].startswith("left"), got


NAMED_AFTER_A_WORD = [
    # "The main opposition Green Dawn Party": the parser makes "opposition" the subject and the
    # party its apposition; the party acts
    ("The main opposition Green Dawn Party on Friday dismissed the quota plan as “a gift to trawlers.”",
     [("green-dawn-party", "the quota plan as “a gift to trawlers.")]),
    # praising verbs take a side like "praised" ("hailed X as", "lauded", "commended")
    ("The Fisheries Ministry on Monday hailed the new quay as a sign of “lasting partnership.”",
     [("fisheries-ministry", "the new quay as a sign of “lasting partnership.")]),
    # negative: a plain word before a name that is no apposition still names nobody acting
    ("The opposition dismissed the quota plan.", []),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "expected"), NAMED_AFTER_A_WORD)
def test_a_body_named_after_a_word_the_parser_took_for_the_head_acts(x, paragraph, expected):
    assert said(x, paragraph) == expected


@pytest.mark.parametrize(
    "paragraph, speakers",
    [
        # a participle's phrase set off by commas between a name and its verb: the name's act
        ("Tomas Berg, touring a reef patrol last week, called for a ban on night trawling.", ["tomas-berg"]),
        ("Deputy Fisheries Minister Ola Brekke, reading a message from the minister, said the quotas "
         "were final.", ["ola-brekke"]),
        # ... inside a medium's report too, which then only carries it
        ("State media separately reported that leader Tomas Berg, while inspecting a reef patrol on "
         "Monday, called for “total vigilance” at sea.", ["tomas-berg"]),
        ("State media said leader Tomas Berg, while touring a reef patrol, called for “total vigilance” "
         "at sea.", ["tomas-berg"]),
        # negatives: a verb with a subject of its own; no name before the phrase
        ("Tomas Berg, touring a reef patrol last week, said the navy had called for a ban on trawling.",
         ["tomas-berg"]),
        ("The quotas, covering the reefs this year, were final, officials said.", ["group-officials"]),
    ],
)  # fmt: skip
def test_a_name_before_a_participle_s_phrase_is_its_verb_s_subject(x, paragraph, speakers):
    assert [s for s, _ in said(x, paragraph)] == speakers
