"""Placing a speaker in a body the way news copy names it without the table's names: a
portfolio in lower case ("the minister for health"), a title set off before a name, "the
party's spokesperson" after the party.

Every name, body and sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.model import Actor

ACTORS = (
    Actor(
        "korea", "South Korea", "government", aliases=("Seoul", "South Korean", "South Korean government"),
        titles=("government official", "government source", "government sources"),
    ),
    Actor("japan", "Japan", "government", aliases=("Tokyo", "Japanese", "Japanese government")),
    Actor(
        "defense-ministry", "Defense Ministry", "ministry", parent="korea",
        aliases=("Ministry of National Defense",), titles=("military official", "military source"),
    ),
    Actor("japan-defense", "Japanese Defense Ministry", "ministry", parent="japan"),
    Actor("foreign-ministry", "Foreign Ministry", "ministry", parent="korea", titles=("diplomatic source",)),
    Actor("japan-foreign", "Japanese Foreign Ministry", "ministry", parent="japan"),
    Actor("sky-party", "Sky Party", "party", parent="korea"),
    Actor("joint-staff", "Joint Chiefs of Staff", "military", parent="korea", aliases=("JCS",)),
    Actor("us", "United States", "government", aliases=("U.S.", "Washington")),
    Actor(
        "us-defense", "US Defense Department", "ministry", parent="us", aliases=("Pentagon",),
        titles=("Defense Secretary",),
    ),
)  # fmt: skip
PUBLISHED = date(2026, 5, 14)


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp, extractor.names)


def run(x, *paragraphs):
    return x.extract(parse_article("\n\n".join(paragraphs), "t.txt", PUBLISHED))


def who(extraction) -> list[tuple[str, str | None]]:
    return [(st.speaker.id, st.actor) for st in extraction.statements]


@pytest.mark.parametrize(
    "sentence, speaker, actor",
    [
        # a portfolio in lower case is its ministry, shortened after its first word
        ("The vice-minister for fisheries and oceans, Nam Gyu-ri, said the boats were ready.",
         "nam-gyu-ri", "fisheries-ministry"),
        ("Ahn Tae-sik, the minister of culture, sport and tourism, said the games would go on.",
         "ahn-tae-sik", "culture-ministry"),
        # a listed long name is the listed body; a country before it picks that country's
        ("The minister of national defense, Yeom Do-hun, said the drills would go on.",
         "yeom-do-hun", "defense-ministry"),
        ("Japan's minister of defense, Hori Kenta, said the drills would go on.",
         "hori-kenta", "japan-defense"),
        # negatives: a country after "of" is no portfolio; a field of study is no ministry
        ("Lee Ha-rim, a professor of economics, said the drills were costly.", "lee-ha-rim", None),
        ("The prime minister of Japan, Kenji Mori, said the drills would go on.", "kenji-mori", "japan"),
    ],
)  # fmt: skip
def test_a_minister_of_a_portfolio_speaks_for_its_ministry(x, sentence, speaker, actor):
    assert who(run(x, sentence)) == [(speaker, actor)]


@pytest.mark.parametrize(
    "sentence, speaker, actor",
    [
        # a minister given an issue, not a ministry: the country named, else the holder's, else home
        ("Minister in charge of the ferry issue Aiko Sato said the boats were ready.", "aiko-sato", "japan"),
        ("Norway's minister in charge of Arctic affairs, Erik Lund, said the ice was thin.",
         "erik-lund", "norway"),
        ("Park Ji-ho, the minister in charge of the Winter Games, said the games would go on.",
         "park-ji-ho", "korea"),
        # negatives: an official in charge of a file is no minister; a portfolio is its ministry
        ("Park Ji-ho, the official in charge of the file, said the games would go on.", "park-ji-ho", None),
        ("Park Ji-ho, the minister of national defense, said the drills would go on.",
         "park-ji-ho", "defense-ministry"),
    ],
)  # fmt: skip
def test_a_minister_in_charge_of_an_issue_speaks_for_the_government(x, sentence, speaker, actor):
    assert who(run(x, sentence)) == [(speaker, actor)]


def test_a_title_set_off_before_a_name_places_the_person_and_later_mentions_follow(x):
    got = run(
        x,
        "The deputy minister of the environment and water, Gu Seon-ae, told a briefing that dams would open.",
        "“The rivers are rising,” Gu said.",
    )
    assert who(got) == [("gu-seon-ae", "environment-ministry")] * 2


@pytest.mark.parametrize(
    "paragraph, actor",
    [
        ("The Sky Party was cool. The ruling Rain Party welcomed the plan. Rep. Tak Hye-jin, the party's "
         "spokesperson, said that the party “backs the minister fully.”", "rain-party"),
        ("The Rain Party was cool. The opposition Sky Party welcomed the plan. Rep. Tak Hye-jin, the party's "
         "spokesperson, said that the party “backs the minister fully.”", "sky-party"),
        # negative: no party named: nobody's
        ("The plan was welcomed. Tak Hye-jin, a spokesperson, said that it “is overdue.”", None),
    ],
)  # fmt: skip
def test_the_party_s_spokesperson_is_of_the_party_named_just_before_in_the_paragraph(x, paragraph, actor):
    got = run(x, "Rep. Ko Min-su of the Sky Party said the plan was hollow.", paragraph)
    assert who(got)[-1] == ("tak-hye-jin", actor)


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # words that describe an unnamed source of a listed body, as its titles
        ("A senior government official said the fleet would sail on Friday.", "korea"),
        ("Two government sources said the fleet would sail on Friday.", "korea"),
        ("A diplomatic source in Seoul said the envoy would fly out on Friday.", "foreign-ministry"),
        ("A military official said the fleet would sail on Friday.", "defense-ministry"),
        # a country before them makes them that country's, its body of that name if listed
        ("A Japanese diplomatic source said the envoy would fly out on Friday.", "japan-foreign"),
        ("A senior Japanese government official said the fleet would sail on Friday.", "japan"),
        # negatives: a nationality naming no listed government places nobody; nor does a bare official
        ("A Western diplomatic source said the envoy would fly out on Friday.", None),
        ("A European government official said the fleet would sail on Friday.", None),
        ("A senior official said the fleet would sail on Friday.", None),
    ],
)  # fmt: skip
def test_an_unnamed_source_described_as_of_a_listed_body_speaks_for_it(x, sentence, actor):
    assert [st.actor for st in run(x, sentence).statements] == [actor]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a listed government's name before a listed body's name is that government's listed body
        ("The South Korean Foreign Ministry said the envoy would fly out on Friday.", "foreign-ministry"),
        ("In Tokyo, the Japanese Foreign Ministry said the envoy would fly out on Friday.", "japan-foreign"),
        ("The South Korean Defense Ministry said the fleet would sail on Friday.", "defense-ministry"),
        # negative: a government the table lists no such body of has its own, found
        ("The Japanese Fisheries Ministry said the fleet would sail on Friday.",
         "japanese-fisheries-ministry"),
    ],
)  # fmt: skip
def test_a_country_before_a_listed_body_s_name_is_that_country_s_listed_body(x, sentence, actor):
    assert [st.actor for st in run(x, sentence).statements] == [actor]


@pytest.mark.parametrize(
    "first, source, actor",
    [
        # "a defense official", no country named: the defence ministry or department named last,
        # whichever country's, or the one a person named before serves in
        ("The Pentagon said the carrier would sail on Friday.", "A senior defense official", "us-defense"),
        ("Defense Secretary Ola Brandt ordered a review of the fleet.", "One defense official", "us-defense"),
        ("The Defense Ministry said the boats were old. The Joint Chiefs of Staff said two boats had "
         "crossed the line.", "A senior defense official", "defense-ministry"),
        # negatives: a country named says whose; "a military official" is of the military body named last
        ("The Pentagon said the carrier would sail on Friday.", "A South Korean defense official",
         "defense-ministry"),
        ("The Defense Ministry said the boats were old. The Joint Chiefs of Staff said two boats had "
         "crossed the line.", "A military official", "joint-staff"),
    ],
)  # fmt: skip
def test_an_unnamed_defence_official_is_of_the_defence_ministry_the_story_named_last(x, first, source, actor):
    said = f"{source} said the boats turned back at dawn. “They had no fuel,” the official said."
    got = run(x, first, said)
    assert [st.actor for st in got.statements][-2:] == [actor, actor]


def test_an_unnamed_military_official_speaks_first_for_the_military_body_the_story_named(x):
    got = run(
        x,
        "The Coastal Patrol Command said two boats had crossed the line.",
        "A military official said the boats turned back at dawn.",
    )
    assert [st.actor for st in got.statements] == ["coastal-patrol-command"] * 2


@pytest.mark.parametrize(
    "first, actor",
    [
        # a research institute named for defence is no military body: the official is the ministry's
        ("Ahn Bo-ra, a fellow at the Lakeside Institute for Defense Studies, said the boats were old.",
         "defense-ministry"),
        ("The Harbor Association of Navy Veterans said the boats were old.", "defense-ministry"),
        # negative: a body of the state with a military word in its name is one
        ("The Army Logistics Agency said the boats were old.", "army-logistics-agency"),
    ],
)  # fmt: skip
def test_a_body_outside_the_state_named_for_defence_does_not_place_a_military_official(x, first, actor):
    got = run(x, first, "A military official said the boats turned back at dawn.")
    assert got.statements[-1].actor == actor


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("South Korea's government said on Monday it would ground the balloons.", "korea"),
        ("Japan’s government said on Monday it would ground the balloons.", "japan"),
        # negative: a generic word the country's names do not hold is not the country
        ("South Korea's farmers said on Monday they would ground it.", "group-south-koreas-farmers"),
    ],
)  # fmt: skip
def test_a_country_s_government_is_the_country(x, sentence, speaker):
    assert [st.speaker.id for st in run(x, sentence).statements] == [speaker]


@pytest.mark.parametrize(
    "sentence, speaker, actor",
    [
        # a run of capitalised words ending in a word that ends bodies' names is a body
        ("Citizens Rights Watch said the arrests were troubling.", "citizens-rights-watch",
         "citizens-rights-watch"),
        ("Harbour Aid International said the boats were unsafe.", "harbour-aid-international",
         "harbour-aid-international"),
        ("“The arrests must end,” said Yoo Da-in, a researcher at Citizens Rights Watch.", "yoo-da-in",
         "citizens-rights-watch"),
        # negatives: the word in lower case names no body, nor one opening the mention
        ("“We watch Pyongyang closely,” said Yoo Da-in.", "yoo-da-in", None),
        ("Watch officer Yoo Da-in said the boats were unsafe.", "yoo-da-in", None),
    ],
)  # fmt: skip
def test_a_body_named_in_full_by_a_word_that_ends_bodies_names_speaks_for_itself(x, sentence, speaker, actor):
    got = run(x, sentence)
    assert who(got) == [(speaker, actor)]
    assert all(a.kind != "person" for a in got.discovered if a.slug == actor)


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # bare, the police are the home country's; a country before them makes them its own
        ("Police said they had seized four balloons.", "south-korean-police"),
        ("The police said the launch site was empty.", "south-korean-police"),
        ("Seoul police said the launch site was empty.", "south-korean-police"),
        ("Japanese police said two men were held.", "japanese-police"),
        # negatives: another word before them names another body
        ("Military police said the soldier was held.", "group-military-police"),
        ("Border police said the soldier was held.", "group-border-police"),
    ],
)  # fmt: skip
def test_the_police_named_bare_are_the_home_country_s(x, sentence, speaker):
    assert who(run(x, sentence)) == [(speaker, None if speaker.startswith("group-") else speaker)]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a family name the parser took for an auxiliary before a past tense is the speaker
        (["Do Min-gyu, who heads the group Free Kites, said the launches would go on.",
          "“They failed before and they will fail again,” Do told reporters by phone."],
         ["do-min-gyu", "do-min-gyu"]),
        (["Farmer Do Se-ra said the balloons kept her awake.",
          "“Nobody here sleeps,” Do said."],
         ["do-se-ra", "do-se-ra"]),
        # negative: nobody introduced by that name: no speaker is made up
        (["“They failed before and they will fail again,” Do told reporters by phone."], []),
    ],
)  # fmt: skip
def test_a_family_name_taken_for_an_auxiliary_is_the_speaker(x, paragraphs, expected):
    assert [st.speaker.id for st in run(x, *paragraphs).statements] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "put it" says the words quoted with it, as a verb of saying does
        ("The Sky Party put it more bluntly: “The levy is theft.”", [("sky-party", "The levy is theft.")]),
        ("As the Sky Party put it, “The levy is theft.”", [("sky-party", "The levy is theft.")]),
        # negatives: with a place or a particle it is no saying; "it" is never the words
        ("The Sky Party put it on the agenda. “The levy is theft,” said Rep. Ko Min-su.",
         [("ko-min-su", "The levy is theft")]),
        ("The Sky Party put pressure on the minister: “The levy is theft.”", []),
    ],
)  # fmt: skip
def test_put_it_says_the_words_quoted_with_it(x, paragraph, expected):
    assert [(st.speaker.id, st.content) for st in run(x, paragraph).statements] == expected


@pytest.mark.parametrize(
    "told, actor",
    [
        # a post told in a main clause of narration places its holder, in what they said before too
        ("Ms Ahn Seo-yeon, 52, was elected to parliament in 2022 as a representative for the Sky Party.",
         "sky-party"),
        ("She was chosen in March as the Sky Party's chief whip.", "sky-party"),
        ("She is a two-term lawmaker of the Sky Party.", "sky-party"),
        ("She has been a senior researcher at the Harbor Institute since 2021.", "harbor-institute"),
        ("She serves as the Sky Party's deputy floor leader.", "sky-party"),
        ("She was elected leader of the Sky Party on Sunday.", "sky-party"),  # the post with no "as"
        ("She was named chief researcher of the Harbor Institute in May.", "harbor-institute"),
        # negatives: a past post, a denied one, a former one, a relation that is no post, a country,
        # a body she only met or left
        ("She was a member of the Sky Party until 2020.", None),
        ("She is not a member of the Sky Party.", None),
        ("She is a former lawmaker of the Sky Party.", None),
        ("She is a fierce critic of the Sky Party.", None),
        ("She is a lawmaker of Japan.", None),
        ("She met leaders of the Sky Party on Monday.", None),
        ("She is a lawmaker who left the Sky Party last year.", None),
        ("She was named critic of the year by the Sky Party.", None),
        ("She was elected president of Japan in 2022.", None),
    ],
)  # fmt: skip
def test_a_post_told_in_narration_places_the_person(x, told, actor):
    said = "“The levy must go,” Ahn Seo-yeon said on Tuesday."
    assert who(run(x, said, told)) == [("ahn-seo-yeon", actor)]


@pytest.mark.parametrize(
    "told, actor",
    [
        # a post opening the sentence, set off by a comma before its subject, is the subject's
        ("Now chairman of the Harbor Forum, a private think tank, she spoke to us at her office.",
         "harbor-forum"),
        ("A senior researcher at the Harbor Institute since 2021, she spoke to us at her office.",
         "harbor-institute"),
        ("As deputy floor leader of the Sky Party, Ms Ahn spoke to us at her office.", "sky-party"),
        # negatives: a former post, a phrase with a verb, a place with no post, a relation no post
        ("A former researcher at the Harbor Institute, she spoke to us at her office.", None),
        ("Speaking at the Harbor Institute, she spoke to us at her office.", None),
        ("At the Harbor Institute, she spoke to us at her office.", None),
        ("A fierce critic of the Sky Party, she spoke to us at her office.", None),
    ],
)  # fmt: skip
def test_a_post_opening_the_sentence_places_its_subject(x, told, actor):
    said = "“The levy must go,” Ahn Seo-yeon said on Tuesday."
    before = "Ahn Seo-yeon was a minister from 2015 to 2017."
    assert who(run(x, before, told, said)) == [("ahn-seo-yeon", actor)]


@pytest.mark.parametrize(
    "lead, actor",
    [
        # a known body joined to a subject is met there: "the party's" later finds it
        ("The Defense Ministry and the ruling Sky Party clashed on Monday over the levy.", "sky-party"),
        # negative: no party named before
        ("The Defense Ministry clashed on Monday with farmers over the fishing levy.", None),
    ],
)  # fmt: skip
def test_a_body_joined_to_a_subject_is_met_there(x, lead, actor):
    said = "Rep. Ahn Seo-yeon, the ruling party's policy chief, said the levy must go."
    assert who(run(x, lead, said)) == [("ahn-seo-yeon", actor)]


def test_a_body_joined_to_a_subject_of_its_own_kind_is_not_the_one_meant_later(x):
    """ "the Defense Ministry and the Foreign Ministry ... the ministry's briefing": the subject's."""
    paragraphs = (
        "The Defense Ministry and the Foreign Ministry on Tuesday tried to calm the fishing towns.",
        "At the ministry's regular briefing, spokesperson Ahn Seo-yeon said the levy would stay.",
    )
    assert who(run(x, *paragraphs)) == [("ahn-seo-yeon", "defense-ministry")]


@pytest.mark.parametrize(
    "paragraphs, actor",
    [
        # "its" on a diplomat's post, with no body named before it in the sentence, is the
        # country that is, though a body was named in a sentence before
        (("The Defense Ministry briefed reporters on the talks.",
          "Japan's delegation was led by its ambassador to Chile, Kenji Sato, rather than a minister."),
         "japan"),
        # negatives: a post that is no diplomat's; no country named in the sentence
        (("Japan's delegation was led by its spokesman, Kenji Sato, rather than a minister.",), None),
        (("The delegation was led by its ambassador to Chile, Kenji Sato, rather than a minister.",), None),
    ],
)  # fmt: skip
def test_its_diplomat_is_the_country_of_its_sentence(x, paragraphs, actor):
    said = "Speaking to reporters, Mr Sato said the talks were useful."
    assert who(run(x, *paragraphs, said)) == [("kenji-sato", actor)]


def test_a_post_told_in_narration_does_not_replace_a_placement(x):
    paragraphs = (
        "“The levy must go,” said Ahn Seo-yeon, a spokesperson for the Defense Ministry.",
        "She is a member of the Sky Party's youth wing.",
    )
    assert who(run(x, *paragraphs)) == [("ahn-seo-yeon", "defense-ministry")]


def test_a_courtesy_title_and_a_family_name_are_the_person_introduced(x):
    """ "Ms Ri" after "Ri Song-hui": the same woman, even where the recogniser takes "Ri" for a
    place; her post told then places her (and her earlier words)."""
    paragraphs = (
        "Ri Song-hui keeps a map of her home county on her office wall.",
        "“The levy must go,” Ri Song-hui said on Tuesday.",
        "Ms Ri, 39, was elected to parliament in 2024 as a representative for the Sky Party.",
        "“Nobody asked the farmers,” Ms Ri said.",
    )
    assert who(run(x, *paragraphs)) == [("ri-song-hui", "sky-party"), ("ri-song-hui", "sky-party")]


@pytest.mark.parametrize(
    "introduced, actor",
    [
        # a relative clause places the person in a body they lead now, or founded
        ("Yang Min-gyu, who heads the Harbor Peace Network,", "harbor-peace-network"),
        ("Yang Min-gyu, who has led the Harbor Peace Network since 2019,", "harbor-peace-network"),
        ("Yang Min-gyu, who founded the Harbor Peace Network in 2010,", "harbor-peace-network"),
        # negatives: a body led in the past; one led besides the post the person speaks for
        ("Yang Min-gyu, who headed the Harbor Peace Network until 2020,", None),
        ("Yang Min-gyu, who also heads the Harbor Peace Network,", None),
    ],
)  # fmt: skip
def test_a_relative_clause_places_the_person_in_a_body_led_now(x, introduced, actor):
    assert who(run(x, "Levy hearing", f"{introduced} said the levy must go.")) == [("yang-min-gyu", actor)]


@pytest.mark.parametrize(
    "introduced, actor",
    [
        # a body of the kind the clause names, named before, is the one led or served now
        ("Yang Min-gyu, who heads the network,", "harbor-peace-network"),
        ("Yang Min-gyu, who now serves as the network's secretary,", "harbor-peace-network"),
        # negatives: a body led in the past; a kind the story named no body of
        ("Yang Min-gyu, who headed the network until 2020,", None),
        ("Yang Min-gyu, who heads the association,", None),
    ],
)  # fmt: skip
def test_a_relative_clause_on_a_body_named_before_places_the_person_in_it(x, introduced, actor):
    got = run(x, "The Harbor Peace Network marched on Monday.", f"{introduced} said the port was full.")
    assert who(got)[-1] == ("yang-min-gyu", actor)


@pytest.mark.parametrize(
    "later, actor",
    [
        # a person met before without a body is placed by a clause on the family name later on, and
        # what they said before counts for that body too
        ("Yang, who now heads the Harbor Peace Network, said the levy must go.", "harbor-peace-network"),
        # negative: a body led in the past places nobody
        ("Yang, who headed the Harbor Peace Network until 2020, said the levy must go.", None),
    ],
)  # fmt: skip
def test_a_clause_on_a_family_name_later_places_the_person(x, later, actor):
    first = "“The boats sat idle for years,” said Yang Min-gyu, who ran a fishing firm until 2016."
    assert who(run(x, "Levy hearing", first, later)) == [("yang-min-gyu", actor)] * 2


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a listed body named right before another body's title holds the post
        ("Dock House port adviser Lena Ruiz said the quays were full.", "dock-house"),
        ("Sky Party port adviser Lena Ruiz said the quays were full.", "sky-party"),
        # negatives: the title alone is its own body's; a country before it qualifies as before
        ("Port adviser Lena Ruiz said the quays were full.", "harbor-office"),
        ("Japanese port adviser Lena Ruiz said the quays were full.", "japan"),
    ],
)  # fmt: skip
def test_a_body_named_before_another_body_s_title_holds_the_post(extractor, sentence, actor):
    actors = (
        *ACTORS,
        Actor(
            "harbor-office",
            "Harbor Office",
            "ministry",
            parent="korea",
            titles=("port adviser", "Port adviser"),
        ),
        Actor("dock-house", "Dock House", "ministry", parent="japan"),
    )
    x = Extractor(actors, (), extractor.lexicon, extractor.nlp, extractor.names)
    assert [st.actor for st in run(x, sentence).statements] == [actor]


@pytest.mark.parametrize(
    "first, actor",
    [
        # a ranked "Minister" with no portfolio is the deputy of the minister the story quoted
        ("Defense Minister Yeom Do-hun said the drills would go on.", "defense-ministry"),
        # negatives: no minister quoted before, or only a lawmaker
        ("The drills went on.", None),
        ("Rep. Bae Ho-jin of the Sky Party said the drills would go on.", None),
    ],
)  # fmt: skip
def test_a_vice_minister_without_portfolio_is_the_deputy_of_the_minister_quoted(x, first, actor):
    got = run(x, first, "Vice Minister Cho Min-ki said the ships were ready.")
    assert who(got)[-1] == ("cho-min-ki", actor)


@pytest.mark.parametrize(
    "paragraphs, actor",
    [
        # a bare "Minister" before a name is the minister of the ministry its paragraph named before
        (["The Defense Ministry will close two ranges next month, Minister Cho Min-ki announced Tuesday."],
         "defense-ministry"),
        (["The Fisheries Ministry has kept quiet. Minister Cho Min-ki said only that the ranges were shut."],
         "fisheries-ministry"),
        # negatives: no ministry named in the paragraph, one named only in the paragraph before, and a
        # title with a word of its own before "Minister"
        (["Minister Cho Min-ki said the ranges would close."], None),
        (["The Defense Ministry closed two ranges.", "Minister Cho Min-ki said the ranges would close."],
         None),
        (["The Defense Ministry closed two ranges. Prime Minister Cho Min-ki said the ranges would close."],
         None),
    ],
)  # fmt: skip
def test_a_bare_minister_is_of_the_ministry_its_paragraph_named(x, paragraphs, actor):
    got = [a for s, a in who(run(x, *paragraphs)) if s == "cho-min-ki"]
    assert got == [actor]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a place after a word for a settlement is where the person lives, no body they speak for
        ("A ferry pilot from the harbour town of Marlow said, “We are used to the alerts by now.”", None),
        ("“The boats stay in port,” said a 62-year-old farmer from the village of Oakham.", None),
        # negative: a body after "at" stays the body
        ("An official at the Marlow Harbour Board said the balloons were gone.", "marlow-harbour-board"),
    ],
)  # fmt: skip
def test_a_name_after_a_word_for_a_settlement_is_a_place_not_a_body(x, sentence, actor):
    assert who(run(x, sentence))[-1][1] == actor


@pytest.mark.parametrize(
    "introduction, actor",
    [
        # the parser may hang a name's own title or place of work on a word beside the name (a
        # hyphenated given name often breaks its parse); written right around the name, they are its
        ("Sky Party lawmaker Oh Da-in disagreed.", "sky-party"),
        ("Another engineer, Pyo Eun-bi at the Hwado Water Institute, was blunter.", "hwado-water-institute"),
        # negatives: a phrase set off from the name by a comma, or a role after a small word, is not
        ("Another engineer, Pyo Eun-bi, at first agreed with the plan.", None),
        ("A farmer who met lawmaker Oh Da-in agreed with the plan.", None),
    ],
)  # fmt: skip
def test_a_title_or_workplace_written_right_around_a_name_in_narration_is_the_person_s(
    x, introduction, actor
):
    got = run(
        x,
        "The ministry unveiled a plan on Monday to raise the dam.",
        introduction,
        "“It will fail,” she said.",
    )
    assert [st.actor for st in got.statements][-1] == actor
