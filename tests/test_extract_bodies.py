"""Names, parties and bodies as the news writes them around a speaker: a US lawmaker's party
in a bracket, a romanized family name, a rank between a body and a name, a body whose name holds
a preposition, a defectors' group named in full.

Every name, body and sentence here is invented for these tests.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.model import Actor

ACTORS = (
    Actor("korea", "South Korea", "government", aliases=("Seoul", "South Korean")),
    Actor("us", "United States", "government", aliases=("US", "U.S.", "Washington")),
    Actor("seoul-democrats", "Democratic Party of Korea", "party", parent="korea",
          aliases=("Democratic Party",)),
    Actor("gop", "Republican Party", "party", parent="us", aliases=("GOP",)),
    Actor("us-democrats", "US Democratic Party", "party", parent="us"),
    Actor("navy", "Republic of Korea Navy", "military", parent="korea", aliases=("ROK Navy",)),
    Actor("jcs", "Joint Chiefs of Staff", "military", parent="korea", aliases=("JCS",)),
    Actor("usfk", "US Forces Korea", "military", parent="us", aliases=("USFK",)),
)  # fmt: skip
PUBLISHED = date(2026, 5, 14)


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    names = extractor.names
    letters = (("R", "gop"), ("D", "us-democrats"))
    shapes = dataclasses.replace(names, party_letters=letters)
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp, shapes)


def run(x, *paragraphs):
    return x.extract(parse_article("\n\n".join(paragraphs), "t.txt", PUBLISHED))


def who(extraction) -> list[tuple[str, str | None]]:
    return [(st.speaker.id, st.actor) for st in extraction.statements]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a listed title ("Democratic Party lawmaker") inside a longer name is another body's post
        ("Aiko Mori, a Free Democratic Party lawmaker, said the tariffs would stay.",
         [("aiko-mori", "free-democratic-party")]),
        # negatives: a rank or a sentence's first word is no part of the name
        ("Oh Se-ra, a senior Democratic Party lawmaker, said the budget would pass.",
         [("oh-se-ra", "seoul-democrats")]),
        ("Former Democratic Party lawmaker Oh Se-ra said the budget would pass.", [("oh-se-ra", None)]),
    ],
)  # fmt: skip
def test_a_listed_title_inside_a_longer_name_is_the_longer_body_s(extractor, sentence, expected):
    actors = (*ACTORS[:2], dataclasses.replace(ACTORS[2], titles=("Democratic Party lawmaker",)), *ACTORS[3:])
    x = Extractor(actors, (), extractor.lexicon, extractor.nlp, extractor.names)
    assert who(run(x, sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a party's standing, capitalised as the sentence's first word, is no part of its name
        ("Opposition Republican Party whip Dana Mirell said the bill would fail.", [("dana-mirell", "gop")]),
        ("Ruling Democratic Party floor leader Oh Se-ra said the budget would pass.",
         [("oh-se-ra", "seoul-democrats")]),
        # negatives: a name whose first word is no standing, and a standing word alone before "Party"
        ("Free Democratic Party chair Aiko Mori said the tariffs would stay.",
         [("aiko-mori", "free-democratic-party")]),
        ("Opposition Party chair Aiko Mori said the tariffs would stay.",
         [("aiko-mori", "opposition-party")]),
    ],
)  # fmt: skip
def test_a_party_s_standing_before_its_name_is_no_part_of_it(x, sentence, expected):
    assert who(run(x, sentence)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the US press's party and state after a lawmaker's name: a bracket or between commas
        (["Rep. Tom Briggs (R-Ohio) said the tariffs would stay."], [("tom-briggs", "gop")]),
        (["Sen. Lara Quint, D-N.Y., said the envoy should go."], [("lara-quint", "us-democrats")]),
        # ... or with a full stop and a comma after the letter, the Wall Street Journal's style
        (["“The tariffs stay,” Sen. Cole Marsh (R., Neb.) said at the hearing.",
          "The Nebraska Republican went further. “No exemptions,” he said."],
         [("cole-marsh", "gop"), ("cole-marsh", "gop")]),
        # ... introduced without a cue, then speaking by surname
        (["Rep. Ada Finch (D-Ore.), the panel's newest member, was not convinced.",
          "“We need a vote,” Finch said."],
         [("ada-finch", "us-democrats")]),
        # negatives: an independent is no party; a hyphenated word in a bracket is no party; the
        # plain "Democratic Party" stays the home country's
        (["Rep. Walt Irving (I-Maine) said the tariffs would stay."], [("walt-irving", None)]),
        (["Dale Reyes (D-Day veteran) said the beach was quiet."], [("dale-reyes", None)]),
        (["Rep. Oh Se-ra of the Democratic Party said the budget would pass."],
         [("oh-se-ra", "seoul-democrats")]),
    ],
)  # fmt: skip
def test_a_us_lawmakers_party_letter_places_them(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the US press's noun for a party's member, a state's name before it or not
        (["Rep. Nora Vail, an Iowa Republican, said the tariffs would stay."], [("nora-vail", "gop")]),
        (["Democrat Maria Santos of Oregon said the envoy should go."], [("maria-santos", "us-democrats")]),
        (["Sen. Kurt Amos, Republican of Utah, said the base must stay."], [("kurt-amos", "gop")]),
        (["Sen. Lea Pratt, a Republican member of the Armed Services Committee, said the base must stay."],
         [("lea-pratt", "gop")]),
        # negatives: a word of another party's name; the adjective of Seoul's party
        (["Taro Ono, a Liberal Democrat, said the budget was sound."], [("taro-ono", None)]),
        (["Rep. Kim Ha-jin, a Democratic Party lawmaker, said the bill was fair."],
         [("kim-ha-jin", "seoul-democrats")]),
    ],
)  # fmt: skip
def test_a_us_lawmakers_party_noun_places_them(x, paragraphs, expected):
    shapes = dataclasses.replace(x.names, party_nouns=(("Republican", "gop"), ("Democrat", "us-democrats")))
    assert who(run(Extractor(ACTORS, (), x.lexicon, x.nlp, shapes), *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a rank written with a point between the body's title and the name ("Col.", "Lt. Cmdr.")
        (["JCS spokesperson Col. Ahn Do-yun told a briefing that the boats had turned back."],
         [("ahn-do-yun", "jcs")]),
        (["ROK Navy spokesperson Lt. Cmdr. Gil Seo-hwan said the search would resume at dawn."],
         [("gil-seo-hwan", "navy")]),
        (["JCS spokesperson Maj. Petra Lund said the boats had turned back.",
          "Lund said no shots were fired."],
         [("petra-lund", "jcs")] * 2),
        # negative: a rank with no body places nobody
        (["Col. Ahn Do-yun, who retired in May, said the boats had turned back."], [("ahn-do-yun", None)]),
    ],
)  # fmt: skip
def test_a_rank_between_a_body_and_a_name_keeps_the_body(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "Choo" is a Korean family name: the whole name is the person, and later "Choo" too
        (["Rep. Choo Da-bin of the Democratic Party said the budget would pass.",
          "“It will pass,” Choo said."],
         [("choo-da-bin", "seoul-democrats")] * 2),
    ],
)  # fmt: skip
def test_a_korean_family_name_makes_the_whole_name(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a body's name that holds a preposition and an article is one name
        (["Han Bo-ra, head of the Seoul-based group Citizens for a Clean Han, said the river was dirty."],
         [("han-bo-ra", "citizens-for-a-clean-han")]),
        (["Oh Min-jae of the Alliance for an Open Sea said the nets were illegal."],
         [("oh-min-jae", "alliance-for-an-open-sea")]),
        # negative: an article after "and" starts another phrase
        (["Kim Do-hee, a fellow at the Namsan Institute and a Harbor Forum adviser, said the talks failed."],
         [("kim-do-hee", "namsan-institute")]),
    ],
)  # fmt: skip
def test_a_bodys_name_may_hold_for_a(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # capitals spelling the initials of a body found before, with or without its country
        (["The Norway Harbor Watch said on Monday it had stopped two trawlers.",
          "“We will keep watching,” NHW Commander Ola Brekke told reporters."],
         [("norway-harbor-watch", "norway-harbor-watch"), ("ola-brekke", "norway-harbor-watch")]),
        (["The Sky Farmers Federation met on Monday.",
          "Ola Brekke, now an SFF board member, said the quotas “must go.”"],
         [("ola-brekke", "sky-farmers-federation")]),
        # negatives: no body of those initials met before; two letters
        (["The Sky Farmers Federation met on Monday.",
          "Ola Brekke, now an NHW board member, said the quotas “must go.”"], [("ola-brekke", None)]),
        (["The Sky Farmers Federation met on Monday.",
          "Ola Brekke, now an SF board member, said the quotas “must go.”"], [("ola-brekke", None)]),
    ],
)  # fmt: skip
def test_a_bodys_initials_name_the_body_found_before(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a name built of phrases goes on through "in"/"by" and the place it is about
        (["Han Bo-ra, who leads the Coalition for Fair Trials in North Korea, said the camps must close."],
         [("han-bo-ra", "coalition-for-fair-trials-in-north-korea")]),
        (["Oh Min-jae, who heads the League of Families of Fishermen Abducted by North Korea, said time "
          "was short."], [("oh-min-jae", "league-of-families-of-fishermen-abducted-by-north-korea")]),
        # ... a participle in the name's capitals is part of it, not a clause on the mention
        (["Oh Min-jae, head of the League of Families Taken by North Korea, said time was short."],
         [("oh-min-jae", "league-of-families-taken-by-north-korea")]),
        (["Kim Do-hee of the Geneva-based group Voices for Dignity in Korea said the camps must close."],
         [("kim-do-hee", "voices-for-dignity-in-korea")]),
        # negatives: a city after "in" is where the body sits; a one-word name is no phrase
        (["Kim Do-hee of the Institute for Harbor Studies in Busan said the port was safe."],
         [("kim-do-hee", "institute-for-harbor-studies")]),
        (["Kim Do-hee of the Namsan Institute in North Korea said the port was safe."],
         [("kim-do-hee", "namsan-institute")]),
        # ... and through "with" the partner of its purpose, "from" the home of the people it is of
        (["Ahn Ji-su, who chairs the Lutheran Council for Sharing with the North, said the flour would go "
          "in May."], [("ahn-ji-su", "lutheran-council-for-sharing-with-the-north")]),
        (["Ahn Ji-su, who chairs the Forum for Friendship with Mongolia, said the visit would go ahead."],
         [("ahn-ji-su", "forum-for-friendship-with-mongolia")]),
        (["Ahn Ji-su, who chairs the Committee of Displaced Farmers from Hamgyong Province, said time was "
          "short."], [("ahn-ji-su", "committee-of-displaced-farmers-from-hamgyong-province")]),
        # negatives: no purpose before "with", a person after it; one body "from" where it sits
        (["Ahn Ji-su, who chairs the Harbor Board with Busan, said the port was safe."],
         [("ahn-ji-su", "harbor-board")]),
        (["Ahn Ji-su, a researcher at the Council for Dialogue with Pak Song-il, said the port was safe."],
         [("ahn-ji-su", "council-for-dialogue")]),
        (["Ahn Ji-su, who chairs the Institute of Harbor Studies from Busan, said the port was safe."],
         [("ahn-ji-su", "institute-of-harbor-studies")]),
    ],
)  # fmt: skip
def test_a_bodys_name_goes_on_through_the_place_it_is_about(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a plural's possessive inside a body's name; a post in the second of two joined clauses
        (["Ra Mi-so, who now leads the Fishermen's and Divers' Federation, said the ban was unfair."],
         [("ra-mi-so", "fishermens-and-divers-federation")]),
        (["Pyo Dan-bi, who left Wonsan and now heads the Harbor Defectors' Solidarity, said aid lagged."],
         [("pyo-dan-bi", "harbor-defectors-solidarity")]),
        # negatives: leaving a body and writing novels place nobody; a quote mark is no possessive
        (["Pyo Dan-bi, who left the Harbor Network in 2019 and now writes novels, said aid lagged."],
         [("pyo-dan-bi", None)]),
        (["Ra Mi-so, who sang 'Harbor Lights' Tuesday, said the ban was unfair."], [("ra-mi-so", None)]),
        (["Ra Mi-so, who sang ‘Harbor Lights’ at the Union Hall, said the ban was unfair."],
         [("ra-mi-so", None)]),
        # a curly apostrophe the tagger takes for a quote mark
        (["Ra Mi-so, who now leads the Divers’ Federation, said the ban was unfair."],
         [("ra-mi-so", "divers-federation")]),
    ],
)  # fmt: skip
def test_a_defectors_group_named_in_full_places_its_head(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # advising a body now, studying or researching at one now, places the person there
        (["Min Ha-ram, a retired colonel who now advises the Tidewater Network, said the dams leaked."],
         [("min-ha-ram", "tidewater-network")]),
        (["Min Ha-ram, who studies tide records at the Namsan Institute, said the dams leaked."],
         [("min-ha-ram", "namsan-institute")]),
        (["Min Ha-ram, who researches flood maps at the Namsan Institute, said the dams leaked."],
         [("min-ha-ram", "namsan-institute")]),
        # a name ending in "Movement" is a body
        (["Min Ha-ram, who heads the Clean Harbor Movement, said the dams leaked."],
         [("min-ha-ram", "clean-harbor-movement")]),
        # negatives: a past post, a past study, a movement that is no body's name
        (["Min Ha-ram, who advised the Tidewater Network until 2019, said the dams leaked."],
         [("min-ha-ram", None)]),
        (["Min Ha-ram, who studied tide records at the Namsan Institute, said the dams leaked."],
         [("min-ha-ram", None)]),
        (["Min Ha-ram, who watched the Harbor Movement of boats, said the dams leaked."],
         [("min-ha-ram", None)]),
    ],
)  # fmt: skip
def test_advising_or_studying_at_a_body_now_places_the_person(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


JCS_THEN_USFK = (
    "The JCS said the drones crossed at dawn.",
    "USFK said in a statement that it was watching closely.",
)


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # an unqualified military source in a Seoul story is Seoul's military, though a US body
        # was named last
        ("A military official said the drones were cheap copies.", "joint-chiefs-of-staff"),
        # ... a country in the mention picks that country's
        ("A US military official said the drones were cheap copies.", "us-forces-korea"),
    ],
)  # fmt: skip
def test_an_unnamed_military_source_is_of_the_home_military(extractor, paragraph, expected):
    assert run(extractor, *JCS_THEN_USFK, paragraph).statements[-1].actor == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "another activist, NAME of Y": the role word heads the mention, the name is the person
        (["Another activist, Moon Ye-seul of the Clear Water Network, said the dams leaked."],
         [("moon-ye-seul", "clear-water-network")]),
        (["A defector, Ryu Han-gyeol, who now runs the Haenam Study Center, said the camps remain."],
         [("ryu-han-gyeol", "haenam-study-center")]),
        # a country joined to the next word is no holder of the role after it
        (["Kwak Bo-ram, who heads the Seoul-based activist group Tidewater, said the dams leaked."],
         [("kwak-bo-ram", "tidewater")]),
        # negative: an activist with no name stays unnamed
        (["An activist at the Clear Water Network said the dams leaked."],
         [("anon-clear-water-network-1", "clear-water-network")]),
    ],
)  # fmt: skip
def test_an_activist_named_in_apposition_is_that_person(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a saying inside another's reported words: its subject is not the later "he"
        (["Noh Gun-woo, an analyst at the Pine Institute, said the silence suggested a deal was near.",
          "“They want sanctions relief before winter,” he said."], ("noh-gun-woo", "pine-institute")),
        # negative: the subject of a saying of its own is
        (["Noh Gun-woo, an analyst at the Pine Institute, said a deal was near.",
          "Rep. Baek Ji-ho of the Democratic Party warned that talks would fail.",
          "“They want sanctions relief before winter,” he said."], ("baek-ji-ho", "seoul-democrats")),
    ],
)  # fmt: skip
def test_a_pronoun_skips_a_speaker_inside_anothers_words(x, paragraphs, expected):
    last = run(x, *paragraphs).statements[-1]
    assert (last.speaker.id, last.actor) == expected


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        # a body's report or commentary, set off with its headline, is the body's words
        ("KCNA’s commentary, titled “Day of Wrath,” said the drills were a rehearsal for war.", "kcna"),
        ("A KCNA dispatch said the drills were a rehearsal for war.", "kcna"),
        # negative: a report of nobody named is nobody's
        ("A new report said the drills were a rehearsal for war.", "anon-source-1"),
    ],
)  # fmt: skip
def test_a_bodys_report_is_its_words(extractor, paragraph, speaker):
    assert [st.speaker.id for st in run(extractor, paragraph).statements] == [speaker]


LEAD = "A senior Defense Ministry official told lawmakers on Monday that the drills would go on."
NAMED = "“We will not blink,” Vice Defense Minister Ahn Ji-ho told the committee."
KIN = "The younger sister of North Korea's premier on Tuesday mocked the offer of talks as “a stunt.”"
PARTY_MAN = "Pak Song-gil, a senior official of the Workers' Party, said in a statement that Seoul was lying."


@pytest.mark.parametrize(
    "paragraphs, first",
    [
        # the lead describes the person the story names next: by the same body ...
        ([LEAD, NAMED], ("ahn-ji-ho", "defense-ministry")),
        # ... or by the role word the description used
        (["The chairman of a parliamentary panel argued that the reactor should reopen.",
          "Rep. Oh Se-ra, the panel's chairman, was unmoved by the protests.",
          "“We need the power,” Oh said."], ("oh-se-ra", None)),
        # negatives: a source kept unnamed on purpose; two who would fit; a person of another body
        (["A senior Defense Ministry official, speaking on condition of anonymity, said the drills go on.",
          NAMED], ("anon-defense-ministry-1", "defense-ministry")),
        ([LEAD, NAMED, "“Nothing changes,” Defense Ministry spokesperson Yoo Bit-na told reporters."],
         ("anon-defense-ministry-1", "defense-ministry")),
        ([LEAD, "“We will not blink,” Unification Minister Ahn Ji-ho told the committee."],
         ("anon-defense-ministry-1", "defense-ministry")),
        # ... or by the country the description gave, with a word that is more than "official"
        ([KIN, PARTY_MAN], ("pak-song-gil", "workers-party-of-korea")),
        # negatives: a bare "official" of the country; a person of another country; two who fit
        (["A North Korean official on Tuesday mocked the offer of talks as “a stunt.”", PARTY_MAN],
         ("anon-north-korea-1", "north-korea")),
        ([KIN, "Unification Minister Ahn Ji-ho said in a statement that the offer stood."],
         ("anon-north-korea-1", "north-korea")),
        ([KIN, PARTY_MAN, "Jon Il-ho, a senior official of the Workers' Party, said talks were dead."],
         ("anon-north-korea-1", "north-korea")),
    ],
)  # fmt: skip
def test_the_lead_describes_the_person_the_story_names_next(extractor, paragraphs, first):
    st = run(extractor, *paragraphs).statements[0]
    assert (st.speaker.id, st.actor) == first


FISHERIES = "The country's new fisheries minister said on Monday that the quota would be halved."


@pytest.mark.parametrize(
    "paragraphs, first",
    [
        # nobody fits by body or role: the first one named next, with nothing said against it
        ([FISHERIES, "Speaking to a harbour committee, Ortiz Valdane said the stocks had collapsed."],
         "ortiz-valdane"),
        ([FISHERIES, "Ortiz Valdane, a former lawmaker, told reporters the stocks had collapsed."],
         "ortiz-valdane"),
        # a kicker and a byline on two lines of one paragraph are no lead
        (["Analysis\nBy Nell Prior", FISHERIES, "Speaking to a harbour committee, Ortiz Valdane said more."],
         "ortiz-valdane"),
        # negatives: a calling, a present post of another kind, a body of their own; only the first named
        ([FISHERIES, "Ortiz Valdane, a student in the port, said the stocks had collapsed."],
         "anon-source-1"),
        ([FISHERIES, "Ortiz Valdane, a lawmaker, told reporters the stocks had collapsed."],
         "anon-source-1"),
        ([FISHERIES, "Ortiz Valdane of the Green Future Party said the stocks had collapsed."],
         "anon-source-1"),
        ([FISHERIES, "Rep. Ines Kolar of the Green Future Party objected.",
          "Ortiz Valdane said the stocks had collapsed."], "anon-source-1"),
    ],
)  # fmt: skip
def test_the_lead_describes_the_first_named_next_if_nothing_says_otherwise(extractor, paragraphs, first):
    assert run(extractor, *paragraphs).statements[0].speaker.id == first


KIN_ACTORS = (
    *ACTORS,
    Actor("dockers", "Free Dockers' League", "other", parent="korea"),
    Actor("ra-sun-ok", "Ra Sun-ok", "person", parent="dockers", role="senior league organiser"),
    Actor("ra-tae-gun", "Ra Tae-gun", "person", parent="dockers", role="league chairman"),
)
SISTER = "The strike will go on until the port pays, Ra Tae-gun's sister said on Monday."
SHE = "In a statement, Ra Sun-ok said the league would not back down."


@pytest.fixture(scope="module")
def kin_x(extractor) -> Extractor:
    return Extractor(KIN_ACTORS, (), extractor.lexicon, extractor.nlp, extractor.names)


@pytest.mark.parametrize(
    "paragraphs, first",
    [
        # a description by kinship to someone named in full tells no body: the next named person
        # is the one described, though the table places them in a body
        ([SISTER, SHE], ("ra-sun-ok", "dockers")),
        # negatives: the relative named is not the one described; nor one of the other sex; nor
        # one the text gives a post of its own; nor when the relative is named by surname alone
        ([SISTER, "In a statement, Ra Tae-gun said the league would not back down."],
         ("anon-source-1", None)),
        ([SISTER, "Ra Sun-ok said the league would not back down.", "He said the port had lied."],
         ("anon-source-1", None)),
        ([SISTER, "In a statement, Deputy Minister Ko Eun-ji said the league would not back down."],
         ("anon-source-1", None)),
        (["The strike will go on until the port pays, Ra's sister said on Monday.", SHE],
         ("anon-source-1", None)),
    ],
)  # fmt: skip
def test_a_lead_describing_by_kin_names_the_next_one_whatever_their_body(kin_x, paragraphs, first):
    st = run(kin_x, *paragraphs).statements[0]
    assert (st.speaker.id, st.actor) == first


HARBOR = "Rice exports rose 9 percent in May, a spokeswoman for the Harbor Authority said Thursday."
GU = "“Farmers had a good year,” spokeswoman Gu Na-rae told a briefing."


@pytest.mark.parametrize(
    "middle, actors",
    [
        # the lead's unnamed spokeswoman named later: her own words are the lead's body's too ...
        ("Shipments to Vietnam doubled, while sales to Japan fell for a third month.",
         ["harbor-authority", "harbor-authority"]),
        # ... though a body cited for its records came between: a source, not a subject
        ("The harvest was the largest in a decade, according to data released by the Grain Office.",
         ["harbor-authority", "grain-office", "harbor-authority"]),
        # negative: a body that spoke itself in between is the bare spokeswoman's
        ("The Grain Office said on Monday that the harvest was the largest in a decade.",
         ["harbor-authority", "grain-office", "grain-office"]),
    ],
)  # fmt: skip
def test_the_person_the_lead_described_speaks_for_its_body(extractor, middle, actors):
    assert [st.actor for st in run(extractor, HARBOR, middle, GU).statements] == actors


def test_a_person_named_later_of_another_kind_gets_no_body_from_the_lead(extractor):
    other = "“Farmers had a good year,” Gu Na-rae, a farmer in Gimje, told a briefing."
    got = run(extractor, HARBOR, "Shipments to Vietnam doubled.", other).statements
    assert [(st.speaker.id, st.actor) for st in got] == [
        ("anon-harbor-authority-1", "harbor-authority"),
        ("gu-na-rae", None),
    ]


COMMANDER = "Gen. Mark Tolliver, who leads U.S. Forces Korea, told the committee the threat was growing."
SPOKESMAN = "“We are stretched,” Pentagon spokesman Carl Reddick told reporters."


@pytest.mark.parametrize(
    "lead, first",
    [
        # of two named next in the lead's body, the one introduced with a role of the description's kind
        ("The top U.S. commander in the region told senators on Wednesday that the base must stay.",
         "mark-tolliver"),
        # negative: a bare "official" fits both, so the text does not tell
        ("A senior U.S. official told senators on Wednesday that the base must stay.",
         "anon-united-states-1"),
    ],
)  # fmt: skip
def test_of_several_named_next_the_lead_describes_the_one_of_its_role_s_kind(extractor, lead, first):
    assert run(extractor, lead, COMMANDER, SPOKESMAN).statements[0].speaker.id == first


BEFORE = "Rep. Tak Min-ji of the Democratic Party said the budget would pass."
WHOLE = "“We will not leave the river. The dams must go, and they must go this year.”"


@pytest.mark.parametrize(
    "paragraphs, speakers",
    [
        # a text quoted whole after the paragraph in which someone reads or issues it
        ([BEFORE, "Outside the court, Nam Ye-jin, who heads the Tideway Network, read a statement.", WHOLE],
         ["tak-min-ji", "nam-ye-jin"]),
        # negatives: a person who issued nothing; a statement issued a paragraph earlier than that
        ([BEFORE, "Outside the court, Nam Ye-jin, who heads the Tideway Network, waved to the crowd.", WHOLE],
         ["tak-min-ji"]),
        ([BEFORE, "“It will pass in March,” Tak said.", WHOLE], ["tak-min-ji"] * 3),
        # ... and words quoted whole after someone is told talking to people, with no words of their own
        ([BEFORE, "Nam Ye-jin, who heads the Tideway Network, spoke to reporters as the barges left.", WHOLE],
         ["tak-min-ji", "nam-ye-jin"]),
        # negatives: talking of a thing, or a talk with words of its own, does not take the next quote
        ([BEFORE, "Nam Ye-jin, who heads the Tideway Network, spoke of the barges at length.", WHOLE],
         ["tak-min-ji"]),
        ([BEFORE, "Nam Ye-jin spoke to reporters, saying the barges would be back.", WHOLE],
         ["tak-min-ji", "nam-ye-jin", "nam-ye-jin"]),
    ],
)  # fmt: skip
def test_a_statement_read_out_is_quoted_whole_after_it(x, paragraphs, speakers):
    assert [st.speaker.id for st in run(x, *paragraphs).statements] == speakers


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a "white paper" is a document, not a newspaper: its words are the issuer's
        (["The Ministry of Fisheries on Monday released its annual white paper.",
          "The 2026 Fisheries White Paper, a 300-page report on the ministry's work, drops the whaling "
          "chapter. According to the white paper, new quotas are \"not realistic.\""],
         [("ministry-of-fisheries", "ministry-of-fisheries")]),
        # negative: a newspaper whose name ends in "Paper"
        (["The Harbour Paper, a weekly, said the quotas were \"not realistic.\""],
         [("harbour-paper", "harbour-paper")]),
    ],
)  # fmt: skip
def test_a_white_paper_is_a_document_not_a_body(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a body's name holding "and" is the whole name, though the person's mention was cut there
        ("From Oslo, Anna Berg of the Council of Fisheries and Ocean Affairs said the quotas had failed.",
         [("anna-berg", "council-of-fisheries-and-ocean-affairs")]),
        # negative: two bodies joined by "and" and "the" stay two; the person's is the first
        ("From Oslo, Anna Berg of the Council of Fisheries and the Ocean Institute said the quotas failed.",
         [("anna-berg", "council-of-fisheries")]),
    ],
)  # fmt: skip
def test_a_body_name_holding_and_is_kept_whole(x, sentence, expected):
    assert who(run(x, sentence)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an official name listing its portfolios with commas is one name, as its title is
        (["The Ministry of Oceans, Ports and Fisheries said two barges had sunk."],
         [("ministry-of-oceans-ports-and-fisheries",) * 2]),
        (["Noh Eun-bi, a director at the Ministry of Forests, Rivers and Rural Affairs, said the dams held."],
         [("noh-eun-bi", "ministry-of-forests-rivers-and-rural-affairs")]),
        (["A Trade, Shipping and Development Office spokesperson said the port would reopen."],
         [("anon-trade-shipping-and-development-office-1", "trade-shipping-and-development-office")]),
        (["“The dams held,” Forests, Rivers and Rural Affairs Minister Noh Eun-bi said on Monday."],
         [("noh-eun-bi", "ministry-of-forests-rivers-and-rural-affairs")]),
        # negatives: a list of places, of bodies, or of people after a body stays a list
        (["Envoys from Lima, Quito and Bogota met, the Ministry of Ports said."],
         [("ministry-of-ports", "ministry-of-ports")]),
        (["The Ministry of Ports, the Rail Agency and the Road Board said the strike was over."],
         [("ministry-of-ports", "ministry-of-ports")]),
        (["Noh Eun-bi of the Ministry of Ports, Ahn and Seo said the strike was over."],
         [("noh-eun-bi", "ministry-of-ports")]),
    ],
)  # fmt: skip
def test_a_body_name_listing_its_portfolios_is_kept_whole(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a foreign government's ministry named by its portfolios is that country's, as its other
        # ministries are: owned by the country's name, or its minister's title in a story at home there
        (["Japan's Ministry of Fish, Ports and Coasts said the quota would stay."],
         [("japan-ministry-of-fish-ports-and-coasts",) * 2]),
        (["Japan widens fishing ban", "TOKYO -- Japan will widen its fishing ban, Land, Rivers and Tourism "
          "Minister Daisuke Arai said on Tuesday."],
         [("daisuke-arai", "japan-ministry-of-land-rivers-and-tourism")]),
        # negative: the home country's keeps its own name
        (["Land, Rivers and Tourism Minister Noh Eun-bi said the quota would stay."],
         [("noh-eun-bi", "ministry-of-land-rivers-and-tourism")]),
    ],
)  # fmt: skip
def test_a_foreign_ministry_listing_its_portfolios_is_its_country_s(extractor, paragraphs, expected):
    assert who(run(extractor, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # Washington's departments by their posts and names (data/actors.toml)
        ("Deputy Attorney General Helen Marsh said the charges would “send a message.”",
         ("helen-marsh", "us-justice-department")),
        ("Treasury Under Secretary Paul Greer said the measures would “bite hard.”",
         ("paul-greer", "us-treasury-department")),
        ("“Every coin counts,” Mara Lind, the Treasury's assistant secretary for illicit finance, said.",
         ("mara-lind", "us-treasury-department")),
        ("National Security Council spokesperson Ada Voss said the talks were “productive.”",
         ("ada-voss", "white-house")),
        ("Special Representative for North Korea Tom Weller said relief was “not on the table.”",
         ("tom-weller", "us-state-department")),
        # negatives: another country's treasury or post is that country's, never Washington's
        ("“We are watching,” said Ed Moor, an official at the Australian Treasury.",
         ("ed-moor", "australian-treasury")),
        ("Japanese Special Envoy for North Korea Ken Ota said the talks “went nowhere.”",
         ("ken-ota", "japan")),
        ("Philippine Attorney General Jose Reyes said the arrests “were lawful.”",
         ("jose-reyes", "philippines")),
    ],
)  # fmt: skip
def test_a_us_department_is_found_by_its_posts(extractor, paragraph, expected):
    st = run(extractor, paragraph).statements[0]
    assert (st.speaker.id, st.actor) == expected


def test_a_description_by_a_state_post_is_no_party_member_named_next(extractor):
    paragraphs = (
        "The top U.S. envoy for Venezuela told senators on Tuesday that relief was off the table.",
        "“Let me be clear,” Special Representative for North Korea Tom Weller told the panel.",
        "Representative Nora Vail, an Iowa Republican, asked whether troops would leave.",
        "Vail said she would resist “any easing.”",
    )
    envoy = ("tom-weller", "us-state-department")
    assert who(run(extractor, *paragraphs)) == [envoy, envoy, ("nora-vail", "republican-party")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a name set beside a word for a body, with a phrase between, is that body, though the
        # recogniser took its first words for a person's name
        (["The group behind the planned march, Open Sky for Tibet, said it would go ahead on Friday.",
          "“We will not be silenced,” its leader Lobsang Dorje said."],
         [("open-sky-for-tibet", "open-sky-for-tibet"), ("lobsang-dorje", "open-sky-for-tibet")]),
        (["The activist group, Freedom Wind for Burma, said it would go ahead on Friday."],
         [("freedom-wind-for-burma", "freedom-wind-for-burma")]),
        # negative: a person set beside a word for a person
        (["The man behind the plan, Tom Bryce, said it would “work.”"], [("tom-bryce", None)]),
    ],
)  # fmt: skip
def test_a_name_set_beside_a_word_for_a_body_is_that_body(extractor, paragraphs, expected):
    assert who(run(extractor, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a body's acronym bracketed after its full name names that body later, in a person's post
        # or as the speaker
        (("The rally in Daegu was hosted by the National League of Rice Growers in Korea (NLRGK).",
          "“The price is too low,” said Park Min-soo, general secretary of the NLRGK."),
         [("park-min-soo", "national-league-of-rice-growers-in-korea")]),
        (("Farmers joined a march called by the Union of Orchard Keepers (UOK).",
          "The UOK said the cap was “a betrayal.”"),
         [("union-of-orchard-keepers", "union-of-orchard-keepers")]),
        # negative: an acronym never bracketed after a name is a body of its own
        (("“The price is too low,” said Park Min-soo, general secretary of the NLRGK.",),
         [("park-min-soo", "nlrgk")]),
    ],
)  # fmt: skip
def test_a_bracketed_acronym_names_its_body_later(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a lawmaker named after a group of a party's members is one of them
        (("Twenty lawmakers of the Democratic Party formed a study group on Monday on fisheries.",
          "At its first session, its convener, Rep. Oh Min-seo, said the quotas were too low."),
         ("oh-min-seo", "seoul-democrats")),
        # negatives: a party named since is that party; a group of another body's staff places no lawmaker
        (("Twenty lawmakers of the Democratic Party formed a study group on Monday on fisheries.",
          "Rep. Oh Min-seo of the Republican Party said the quotas were too low."),
         ("oh-min-seo", "gop")),
        (("Twenty officers of the ROK Navy formed a study group on Monday on fisheries.",
          "At its first session, Rep. Oh Min-seo said the quotas were too low."),
         ("oh-min-seo", None)),
    ],
)  # fmt: skip
def test_a_lawmaker_after_a_group_of_a_party_s_members_is_of_that_party(x, paragraphs, expected):
    assert who(run(x, *paragraphs))[-1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "Forum" is a body's word: the name runs on through "for" to its end
        (("Han Bo-ra of the Marine Forum for Coastal Studies argues for a smaller quota, “as a start.”",),
         [("han-bo-ra", "marine-forum-for-coastal-studies")]),
        (("Oh Se-jin of the Tide Forum for Fisheries Policy, a think tank in Busan, said it was “too low.”",),
         [("oh-se-jin", "tide-forum-for-fisheries-policy")]),
        # negative: a forum as an occasion is no body
        (("Speaking at a forum in Busan, Park Min-soo said the quota was “too low.”",),
         [("park-min-soo", None)]),
    ],
)  # fmt: skip
def test_a_forum_named_in_full_is_a_body(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a bare name told as a thing by "which", or by "it ... its" in what it says: a body
        (["Marlow Ferries, which ran the island route until 2019, said it was ready to sail again."],
         [("marlow-ferries", "marlow-ferries")]),
        (["Grocers have begun their own checks. Pellam said it would test every crate from its "
          "growers starting in June."],
         [("pellam", "pellam")]),
        # negatives: "it" alone may be the plan spoken of; an impersonal "it"; "who" is a person's
        (["Dana Whitlow said it would send the wrong signal to the herring fleet."],
         [("dana-whitlow", None)]),
        (["Dana Whitlow said it would take years to mend its finances."], [("dana-whitlow", None)]),
        (["Dana Whitlow, who ran the route until 2019, said it would resume its sailings."],
         [("dana-whitlow", None)]),
    ],
)  # fmt: skip
def test_a_name_told_as_a_thing_is_a_body(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # capitalised words between "a" and a role are the body of an unnamed official, whatever
        # word ends the body's name; the recogniser's reading of them as a person's does not count
        (["A Harbour Authority official said the ferries would sail on Monday."],
         [("anon-harbour-authority-1", "harbour-authority")]),
        (["A senior Northern Nations official said the ferries would sail on Monday."],
         [("anon-northern-nations-1", "northern-nations")]),
        (["A World Grain Programme spokesperson said the ferries would sail on Monday."],
         [("anon-world-grain-programme-1", "world-grain-programme")]),
        # negatives: a name set beside the role, a title before a name, and a text, are as before
        (["A Harbour Authority official, Mirela Stan, said the ferries would sail on Monday."],
         [("mirela-stan", "harbour-authority")]),
        (["Harbour Authority spokesperson Mirela Stan said the ferries would sail on Monday."],
         [("mirela-stan", "harbour-authority")]),
        (["A Harbour Authority report said the ferries would sail on Monday."],
         [("harbour-authority", "harbour-authority")]),
    ],
)  # fmt: skip
def test_a_body_between_a_and_a_role_is_the_unnamed_official_s(x, paragraphs, expected):
    assert who(run(x, *paragraphs)) == expected


FILLER = "The quota talks resumed in the afternoon."


@pytest.mark.parametrize(
    "paragraphs, first",
    [
        # a role word of the description's kind fits: an expert is a research fellow
        (["Cutting the cod quota will only empty the harbours, a Norwegian expert said on Friday.",
          "Ola Brekke, a research fellow at the Fjord Policy Institute, told reporters the stocks "
          "were recovering."], "ola-brekke"),
        # negative: a role of another kind does not fit
        (["Cutting the cod quota will only empty the harbours, a Norwegian expert said on Friday.",
          "Ola Brekke, a ferry captain for the Fjord Shipping Company, told reporters the stocks "
          "were recovering."], "anon-source-1"),
        # fitting by a role word alone, the one who speaks, not one named in passing
        (["The leader of the Green Tide Party on Monday urged the ministry to cut the harbour fees.",
          "“The fees are a scandal,” Ines Valdane told reporters at the pier.",
          "At the pier were members of the dockers' union, whose leader, Ruth Okoro, is 80."],
         "ines-valdane"),
        # negative: the one named in passing is not taken for want of a speaker
        (["The leader of the Green Tide Party on Monday urged the ministry to cut the harbour fees.",
          "At the pier were members of the dockers' union, whose leader, Ruth Okoro, is 80."],
         "anon-green-tide-party-1"),
    ],
)  # fmt: skip
def test_the_lead_describes_one_of_its_role_s_kind_who_speaks(extractor, paragraphs, first):
    assert run(extractor, *paragraphs).statements[0].speaker.id == first


@pytest.mark.parametrize(
    "later, first",
    [
        # of the lead's body and of its role's kind, named beyond the next four paragraphs
        ("North Korean Ambassador Ri Song-jin, speaking after her, said the quota was “theft.”",
         "ri-song-jin"),
        # negatives: of another body; of the body but in a role of another kind
        ("South Korean Ambassador Choi Min-a, speaking after her, said the quota was fair.",
         "anon-north-korea-1"),
        ("North Korean fisheries scientist Ri Song-jin, speaking after her, said the quota was “theft.”",
         "anon-north-korea-1"),
    ],
)  # fmt: skip
def test_the_lead_describes_one_of_its_body_and_role_named_later_on(extractor, later, first):
    lead = "North Korea's envoy to the fisheries commission on Monday rejected the new quota as “theft.”"
    chair = "The commission's chair, Ana Lindqvist, said the quota would stand."
    st = run(extractor, lead, chair, FILLER, FILLER, FILLER, FILLER, later).statements[0]
    assert st.speaker.id == first
