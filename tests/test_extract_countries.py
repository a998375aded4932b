"""Which country's body a person speaks for when the text tells the country indirectly: a
counterpart of another country, a colleague, a bare spokesperson after the body spoke, and the
home country of a national agency's story.

Every name, body and sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.model import Actor
from tests.attribution import speakers_and_bodies

ACTORS = (
    Actor(
        "korea", "South Korea", "government", aliases=("Seoul", "South Korean"),
        titles=("government source", "government spokesman", "Prime Minister"),
    ),
    Actor(
        "japan", "Japan", "government", aliases=("Tokyo", "Japanese", "Japanese government"),
        titles=("Chief Cabinet Secretary",),
    ),
    Actor("china", "China", "government", aliases=("Beijing", "Chinese")),
    Actor(
        "foreign-ministry", "Foreign Ministry", "ministry", parent="korea",
        aliases=("South Korea's Foreign Ministry",),
        titles=("Foreign Minister", "Foreign Ministry spokesperson"),
    ),
    Actor(
        "japan-foreign", "Japanese Foreign Ministry", "ministry", parent="japan",
        aliases=("Japan's Foreign Ministry",),
    ),
    Actor("china-foreign", "Chinese Foreign Ministry", "ministry", parent="china"),
    Actor(
        "unification-ministry", "Unification Ministry", "ministry", parent="korea",
        titles=("Unification Minister",),
    ),
    Actor("defense-ministry", "Defense Ministry", "ministry", parent="korea", titles=("Defense Minister",)),
    Actor("sky-party", "Sky Party", "party", parent="korea"),
)  # fmt: skip
PUBLISHED = date(2026, 5, 14)


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp, extractor.names)


def who(x, *paragraphs) -> list[tuple[str, str | None]]:
    return speakers_and_bodies(x, *paragraphs, published=PUBLISHED)


@pytest.mark.parametrize(
    "lead, expected",
    [
        # the counterpart holds the same office for the country named; the other, whose counterpart
        # is of that country, is of the scene's
        ("Foreign Minister Taro Ueno and his South Korean counterpart, Seo Min-ji, met on Friday in Tokyo "
         "to discuss fishing rights.", [("taro-ueno", "japan-foreign"), ("seo-min-ji", "foreign-ministry")]),
        ("Defense Minister Taro Ueno and his South Korean counterpart, Seo Min-ji, met on Friday in Tokyo "
         "to discuss fishing rights.",
         [("taro-ueno", "japan-defense-ministry"), ("seo-min-ji", "defense-ministry")]),
        # ... with no comma before the name, which the parser may make a second subject
        ("Japanese Foreign Minister Taro Ueno and his South Korean counterpart Baek Eui-hyun agreed by "
         "telephone on Friday to share patrol data on the fishing dispute.",
         [("taro-ueno", "japan-foreign"), ("baek-eui-hyun", "foreign-ministry")]),
        # negatives: a foreign counterpart leaves the other as the title reads
        ("Foreign Minister Seo Min-ji and her Japanese counterpart, Taro Ueno, met on Friday in Seoul "
         "to discuss fishing rights.", [("taro-ueno", "japan-foreign"), ("seo-min-ji", "foreign-ministry")]),
        # ... a counterpart of no country tells no country
        ("Foreign Minister Seo Min-ji met her counterpart, Taro Ueno, on Friday in Tokyo to discuss "
         "fishing rights.", [("taro-ueno", None), ("seo-min-ji", "foreign-ministry")]),
        # ... and when neither the scene, the story nor the name tells another country, the other is
        # of none
        ("Foreign Minister Piet Ueland and his South Korean counterpart, Seo Min-ji, met on Friday in Seoul "
         "to discuss fishing rights.", [("piet-ueland", None), ("seo-min-ji", "foreign-ministry")]),
    ],
)  # fmt: skip
def test_a_counterpart_of_a_country_holds_the_same_office_there(x, lead, expected):
    korean = next(n for n, _ in expected if n in ("seo-min-ji", "baek-eui-hyun")).split("-")[0].title()
    other = next(n for n, _ in expected if n not in ("seo-min-ji", "baek-eui-hyun")).split("-")[-1].title()
    got = who(x, lead, f"“The boats must stay out,” {other} said.", f"“We hear Tokyo,” {korean} said.")
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize(
    "lead, actor",
    [
        ("Foreign Minister Eva Lund, speaking after a call with her South Korean counterpart, said the "
         "talks went well.", None),
        ("TOKYO (Kyodo) -- Foreign Minister Aiko Mori, speaking after a call with her South Korean "
         "counterpart, said the talks went well.", "japan-foreign"),
        # negatives: Seoul's minister abroad, or a call with a foreign counterpart, stays Seoul's
        ("Foreign Minister Seo Min-ji, speaking in Tokyo after a call with her Japanese counterpart, said "
         "the talks went well.", "foreign-ministry"),
    ],
)  # fmt: skip
def test_a_person_whose_counterpart_is_of_a_country_is_not_of_it(x, lead, actor):
    assert [a for _, a in who(x, lead)] == [actor]


@pytest.mark.parametrize(
    "dateline, sentence, actor",
    [
        # a national agency's story names its own country's offices bare
        ("TOKYO (Kyodo) -- ", "Foreign Minister Aiko Mori said the boats must leave.", "japan-foreign"),
        ("OSAKA, May 13 (Kyodo) -- ", "Prime Minister Kenji Sato said he would go.", "japan"),
        # ... also with the agency unbracketed after the day, as Kyodo's English service writes it
        ("NAGOYA, Feb. 2 Kyodo - ", "Foreign Minister Aiko Mori said the boats must leave.", "japan-foreign"),
        ("SENDAI, Jun. 9 Kyodo News - ", "A government source said the boats must leave.", "japan"),
        # ... or between slashes, as TASS writes it
        ("OSAKA, June 9. /Kyodo/. ", "Foreign Minister Aiko Mori said the boats must go.", "japan-foreign"),
        ("TOKYO (Kyodo) -- ", "A government source said the boats must leave.", "japan"),
        ("TOKYO (Kyodo) -- ", "Chief Cabinet Secretary Jun Aoki said the boats must leave.", "japan"),
        # ... an office every government has, its own body, found when none is listed
        ("TOKYO (Kyodo) -- ", "The Defense Ministry said the boats must leave.", "japan-defense-ministry"),
        ("TOKYO (Kyodo) -- ", "Defense Minister Goro Abe said the boats must leave.",
         "japan-defense-ministry"),
        # negatives: a body only Seoul has, and a mention naming Seoul, stay Seoul's
        ("TOKYO (Kyodo) -- ", "Unification Minister Park Soo-min said the talks were off.",
         "unification-ministry"),
        ("TOKYO (Kyodo) -- ", "South Korea's First Foreign Minister Seo Min-ji said the talks were off.",
         "foreign-ministry"),
        # ... an international agency's dateline, or Seoul's own agency abroad, sets no other home
        ("TOKYO (Reuters) - ", "Foreign Minister Seo Min-ji said the boats must leave.", "foreign-ministry"),
        ("TOKYO (Yonhap) -- ", "Foreign Minister Seo Min-ji said the boats must leave.", "foreign-ministry"),
        ("TOKYO (Yonhap) -- ", "Prime Minister Han Ji-soo said he would go.", "korea"),
        ("TOKYO, Feb. 2 Yonhap - ", "Foreign Minister Seo Min-ji said the boats must leave.",
         "foreign-ministry"),
        # ... and a country before the title wins wherever the story is filed
        ("SEOUL (Yonhap) -- ", "Japanese Foreign Minister Aiko Mori said the boats must leave.",
         "japan-foreign"),
    ],
)  # fmt: skip
def test_a_national_agency_s_story_names_its_own_country_s_offices_bare(x, dateline, sentence, actor):
    assert [a for _, a in who(x, dateline + sentence)] == [actor]


@pytest.mark.parametrize(
    "lead, second, actor",
    [
        # an international agency qualifies every country's bodies: a bare shared office right after
        # another country's body of that name goes on naming it
        ("OSLO (AP) -- China's Foreign Ministry said the boats must leave.",
         "Foreign Ministry spokeswoman Gao Lan said the patrols would go on.", "china-foreign"),
        ("LIMA (AFP) - Japan's Defense Ministry said the boats must leave.",
         "Defense Minister Goro Abe said the patrols would go on.", "japan-defense-ministry"),
        # negatives: a Seoul paper's bare office is Seoul's; so is one after Seoul's was named last
        ("China's Foreign Ministry said the boats must leave.",
         "Foreign Ministry spokesperson Ko Eun-bi said the patrols would go on.", "foreign-ministry"),
        ("OSLO (AP) -- China's Foreign Ministry said the boats must leave. South Korea's Foreign "
         "Ministry said they could stay.",
         "Foreign Ministry spokesperson Ko Eun-bi said the patrols would go on.", "foreign-ministry"),
        # ... and a body only Seoul has
        ("OSLO (AP) -- China's Foreign Ministry said the boats must leave.",
         "Unification Minister Park Soo-min said the patrols would go on.", "unification-ministry"),
        # ... and one its sentence places in Seoul
        ("OSLO (AP) -- China's Foreign Ministry said the boats must leave.",
         "In Seoul, the foreign ministry said the patrols would go on.", "foreign-ministry"),
        # with none qualified before, a bare shared office is that of the capital the story is filed from
        ("BEIJING (AP) -- China urged calm over the reef on Monday.",
         "Foreign Ministry spokeswoman Vera Lind said the patrols would go on.", "china-foreign"),
        ("TOKYO (AFP) - Fishing boats left the reef on Monday.",
         "The Defense Ministry said the patrols would go on.", "japan-defense-ministry"),
        # negatives: a title before a name of Seoul's people, Seoul's dateline, a dateline no capital
        ("TOKYO (Reuters) - Fishing boats left the reef on Monday.",
         "Foreign Minister Seo Min-ji said the patrols would go on.", "foreign-ministry"),
        ("SEOUL (AP) -- Fishing boats left the reef on Monday.",
         "The Defense Ministry said the patrols would go on.", "defense-ministry"),
        ("UNITED NATIONS (AP) -- Fishing boats left the reef on Monday.",
         "The Defense Ministry said the patrols would go on.", "defense-ministry"),
    ],
)  # fmt: skip
def test_an_international_wire_s_bare_office_is_the_one_it_last_qualified(x, lead, second, actor):
    assert who(x, lead, second)[-1][1] == actor


@pytest.mark.parametrize(
    "second, actor",
    [
        ("On Wednesday, her colleague Zhang Hui said the drills were a threat.", "china-foreign"),
        ("On Wednesday, her deputy, Zhang Hui, said the drills were a threat.", "china-foreign"),
        # negatives: another relation, or a colleague of somebody else's body
        ("On Wednesday, her party colleague Zhang Hui said the drills were a threat.", None),
        ("On Wednesday, her former colleague Zhang Hui said the drills were a threat.", None),
    ],
)  # fmt: skip
def test_a_colleague_is_of_the_body_of_the_person_his_or_her_refers_to(x, second, actor):
    got = who(
        x, "Chinese Foreign Ministry spokesperson Li Wen said on Monday that the talks were useful.", second
    )
    assert got[-1] == ("zhang-hui", actor)


@pytest.mark.parametrize(
    "paragraphs, actor",
    [
        (["Japan's Foreign Ministry responded cautiously. Spokesman Kenji Oda told reporters on Friday "
          "that the plan was noted."], "japan-foreign"),
        (["Japan's Foreign Ministry responded cautiously. A deputy spokesman, Kenji Oda, told reporters on "
          "Friday that the plan was noted."], "japan-foreign"),
        # ... or right after the quote the spokesperson is named for
        (["Japan's Foreign Ministry said it noted the plan. “We will study it,” deputy spokesman Kenji Oda "
          "told reporters."], "japan-foreign"),
        # negatives: a country, not a body, was the subject; the spokesperson's own body is named
        (["Japan said it noted the plan. “We will study it,” spokesman Kenji Oda told reporters."], None),
        (["Japan's Foreign Ministry said it noted the plan. “We will study it,” spokesman Kenji Oda of the "
          "Sky Party told reporters."], "sky-party"),
        # ... also when the body spoke in the paragraph just before, with no one the subject since
        (["Japan's Foreign Ministry responded cautiously.",
          "Spokesman Kenji Oda told reporters on Friday that the plan was noted."], "japan-foreign"),
        (["Japan's Foreign Ministry expressed regret on Tuesday.",
          "“We will study it,” deputy spokesman Kenji Oda told a regular briefing."], "japan-foreign"),
        # negatives: two paragraphs before, or someone else the subject since
        (["Japan's Foreign Ministry responded cautiously.", "The plan was published in May.",
          "Spokesman Kenji Oda told reporters on Friday that the plan was noted."], None),
        (["Japan's Foreign Ministry responded cautiously.", "Analyst Mika Sato called it a bluff.",
          "Spokesman Kenji Oda told reporters on Friday that the plan was noted."], None),
        # the body the subject of the sentence just before, though another body spoke in the paragraph
        # before (people are placed before a paragraph's subjects are read)
        (["The Harbor Workers Union said on Monday it would strike.",
          "Japan's Foreign Ministry responded cautiously. “We will study it,” deputy spokesman Kenji Oda "
          "told reporters."], "japan-foreign"),
        (["The Harbor Workers Union said on Monday it would strike.",
          "The Defense Ministry was more cautious. Spokesman Kenji Oda told reporters that the plan was "
          "noted."], "defense-ministry"),
        # negatives: the sentence before is about a thing, or its subject is a pronoun (read in turn)
        (["The Harbor Workers Union said on Monday it would strike.",
          "The strike was called off. Spokesman Kenji Oda told reporters that the plan was noted."],
         "harbor-workers-union"),
        # ... though a country the sentence before is about places him (scene_placement)
        (["Japan protested on Friday. Spokesman Kenji Oda told reporters that the plan was noted."], "japan"),
        (["Japan's Foreign Ministry responded cautiously. Spokesman Kenji Oda of the Sky Party told "
          "reporters on Friday that the plan was noted."], "sky-party"),
    ],
)  # fmt: skip
def test_a_bare_spokesperson_after_a_body_spoke_speaks_for_it(x, paragraphs, actor):
    assert who(x, *paragraphs)[-1] == ("kenji-oda", actor)


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a clause after "but" or "and" opens as a sentence does: the body just the subject
        (["Japan's Foreign Ministry declined to comment, but spokesman Kenji Oda told reporters that the "
          "plan was noted."], ("kenji-oda", "japan-foreign")),
        (["Japan's Foreign Ministry declined to comment, and a deputy spokesman, Kenji Oda, said only that "
          "the plan was noted."], ("kenji-oda", "japan-foreign")),
        # the title alone, named by nobody, is the body's spokesperson too
        (["Japan's Foreign Ministry declined to comment. A spokesman told reporters that the plan was "
          "noted."], ("anon-japan-foreign-1", "japan-foreign")),
        (["Japan's Foreign Ministry declined to comment, but a spokeswoman said that the plan was noted."],
         ("anon-japan-foreign-1", "japan-foreign")),
        # negatives: a country was the subject; someone else since; a role word that is no body's
        # staff title
        (["Japan declined to comment, but a spokesman said that the plan was noted."],
         ("anon-source-1", None)),
        (["Japan's Foreign Ministry declined to comment. Analyst Mika Sato called it a bluff, but a "
          "spokesman said that the plan was noted."], ("anon-source-1", None)),
        (["Japan's Foreign Ministry declined to comment, but a fisherman said that the plan was noted."],
         ("anon-source-1", None)),
    ],
)  # fmt: skip
def test_a_spokesperson_opening_a_clause_or_unnamed_speaks_for_the_body_just_the_subject(
    x, paragraphs, expected
):
    assert who(x, *paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an unnamed spokesperson's statement is the body's: "It said", "the statement said" after it
        (["Seoul proposed talks on Monday.",
          "A spokesperson for Japan's Foreign Ministry issued a statement on Tuesday. It said the offer "
          "came too late. The statement also said the boats must leave."],
         [("korea", "korea")] + [("japan-foreign", "japan-foreign")] * 2),
        # negative: a body that spoke after the statement was issued is what "it" is
        (["A spokesperson for Japan's Foreign Ministry issued a statement on Tuesday.",
          "The Sky Party met on Wednesday. It said the offer came too late."],
         [("sky-party", "sky-party")]),
    ],
)  # fmt: skip
def test_it_said_after_a_statement_was_issued_is_the_issuer(x, paragraphs, expected):
    assert who(x, *paragraphs) == expected


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Seoul's Unification Ministry spokeswoman Yoon Ha-ri said the trucks were ready.",
         "unification-ministry"),
        ("Japan's Foreign Ministry spokesman Kenji Oda said the trucks were ready.", "japan-foreign"),
        # negative: a country alone before a role is that country
        ("Japan's top spokesman Kenji Oda said the trucks were ready.", "japan"),
    ],
)  # fmt: skip
def test_a_country_before_a_listed_body_qualifies_the_body(x, sentence, actor):
    assert [a for _, a in who(x, sentence)] == [actor]


@pytest.mark.parametrize(
    "text, concept",
    [
        ("Minister Cha Young-il said Seoul did not reject contact with Pyongyang.",
         "inter-korean-dialogue"),
        ("Minister Cha Young-il said Seoul did not reject dialogue with the North and the United States.",
         "inter-korean-dialogue"),
        # negative: talking with another government only is not talking with the counterpart
        ("Minister Cha Young-il said Seoul did not reject contact with Tokyo.", None),
    ],
)  # fmt: skip
def test_a_keyword_of_talks_with_another_government_is_not_the_counterpart_s_concept(
    extractor, text, concept
):
    got = extractor.extract(parse_article(text, "t.txt", PUBLISHED))
    assert {st.concept for st in got.statements} == ({concept, None} if concept else {None})


@pytest.mark.parametrize(
    "lead, actor",
    [
        # a listed party's name inside a longer one is another party, found in the text
        ("Opinion within Japan's ruling Blue Sky Party is hardening.", "blue-sky-party"),
        # negative: the listed party itself
        ("Opinion within the ruling Sky Party is hardening.", "sky-party"),
    ],
)  # fmt: skip
def test_a_lawmaker_after_a_longer_party_name_is_of_that_party(x, lead, actor):
    got = who(x, f"{lead} Taro Ueno, a senior lawmaker, said the plan was dead.")
    assert got == [("taro-ueno", actor)]


@pytest.mark.parametrize(
    "first, speaker",
    [
        # a body's top post, named with "the" and a word of rank, is the person last speaking for it
        ("Chief Cabinet Secretary Jun Aoki said the boats must leave.", "jun-aoki"),
        # negatives: the last to speak was of another body; nobody spoke for it
        ("Foreign Minister Aiko Mori said the boats must leave.", "anon-japan-1"),
        ("A fisherman said the boats must leave.", "anon-japan-2"),
    ],
)  # fmt: skip
def test_the_top_holder_of_a_post_is_the_person_last_speaking_for_the_body(x, first, speaker):
    got = who(x, "TOKYO (Kyodo) -- " + first, "The top government spokesman said the talks were off.")
    assert got[-1] == (speaker, "japan")


def test_a_spokesman_named_without_rank_is_not_the_minister(x):
    got = who(
        x, "Foreign Minister Seo Min-ji said the talks were off. The ministry spokesman said the boats left."
    )
    assert [s for s, _ in got] == ["seo-min-ji", "anon-foreign-ministry-1"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a medium that only relays a source: the source speaks
        ("According to the broadcaster NHK, which cited Japanese government sources, the boats will leave.",
         ("group-japanese-government-sources", "japan")),
        ("According to Japan's Foreign Ministry, the boats will leave.", ("japan-foreign", "japan-foreign")),
        # negative: a body's own account, whatever else it did, is the body's
        ("According to the Sky Party, which held a rally on Monday, the boats will leave.",
         ("sky-party", "sky-party")),
    ],
)  # fmt: skip
def test_according_to_a_medium_citing_a_source_is_the_source(x, sentence, expected):
    assert who(x, sentence) == [expected]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # a country's office every government has, not listed for it, is found and slugged as listed
        # bodies are ("japan-foreign" is listed; its defence ministry is not)
        ("Japan's Defense Ministry said the boats must leave.", "japan-defense-ministry"),
        ("China's Defense Ministry said the boats must leave.", "china-defense-ministry"),
        ("Japan's Foreign Ministry said the boats must leave.", "japan-foreign"),
        # negatives: an office only Seoul has is the country's; bare, Seoul's own
        ("Japan's Unification Ministry said the boats must leave.", "japan"),
        ("The Defense Ministry said the boats must leave.", "defense-ministry"),
    ],
)  # fmt: skip
def test_a_country_s_office_every_government_has_is_found_when_not_listed(x, sentence, speaker):
    assert who(x, sentence) == [(speaker, speaker)]


@pytest.mark.parametrize(
    "lead, body",
    [
        # a minister's office found for the story's country is "the ministry" a later source names
        ("Defense Minister Kenji Sato said on Monday that Japanese ships would turn back any trawler "
         "entering Japanese waters.", "japan-defense-ministry"),
        # negative: Seoul's listed office stays the listed one
        ("Defense Minister Seo Min-ji said on Monday that South Korean ships would turn back any trawler "
         "entering South Korean waters.", "defense-ministry"),
    ],
)  # fmt: skip
def test_the_ministry_after_a_person_of_a_found_office_is_that_office(x, lead, body):
    later = "The trawler sailed about 40 kilometers before it turned, according to the ministry."
    assert who(x, lead, later)[-1] == (body, body)


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "the government" alone is the story's home country's
        ("The boats had left by Friday, the government said.", [("korea", "korea")]),
        ("TOKYO (Kyodo) -- The boats had left by Friday, the government said.", [("japan", "japan")]),
        # negatives: another government named, or a government told apart by a word of its own
        ("Japan's government said the boats had left by Friday.", [("japan", "japan")]),
        ("The new government said the boats had left by Friday.", []),
    ],
)  # fmt: skip
def test_the_government_alone_is_the_home_country_s(x, paragraph, expected):
    assert who(x, paragraph) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "as X put it to <whom>" says the quote with it, not the next sentence's subject
        ("As one retired Japanese envoy put it to this author, “The boats will not leave.” Whether Seoul "
         "chooses to act is another matter.", [("anon-source-1", None)]),  # the open question is no act
        ("As Foreign Minister Seo Min-ji put it to reporters, “The boats will not leave.”",
         [("seo-min-ji", "foreign-ministry")]),
        # negative: "put it to a vote" says nothing
        ("The chair put it to a vote. “The boats will not leave,” Rep. Ko Min-su said.",
         [("ko-min-su", None)]),
    ],
)  # fmt: skip
def test_as_x_put_it_to_someone_says_the_quote(x, paragraph, expected):
    assert who(x, paragraph) == expected


@pytest.mark.parametrize(
    "second, speaker",
    [
        # "X's speech ..., in which he said": the owner of the speech, though another spoke since
        ("That builds on Taro Ueno's May speech to the assembly, in which he said the boats must leave.",
         "taro-ueno"),
        # negative: a pronoun in a clause on something that is no utterance is the last to speak
        ("That builds on Taro Ueno's May visit to the port, after which he said the boats must leave.",
         "anon-japan-foreign-1"),
    ],
)  # fmt: skip
def test_he_in_a_clause_on_a_person_s_speech_is_that_person(x, second, speaker):
    got = who(
        x,
        "A spokesperson for Japan's Foreign Ministry issued a statement on Monday. It said talks were off.",
        second,
    )
    assert got[-1][0] == speaker


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "the country's" is the country of the body or country named last in the paragraph
        (["Beijing's radio carried a notice from the country's foreign ministry, which said it was over."],
         [("china-foreign", "china-foreign")]),
        (["China sent an envoy on Monday. The country's foreign ministry said the visit went well."],
         [("china-foreign", "china-foreign")]),
        # ... Seoul's when Seoul was named last
        (["Tokyo protested on Monday. Seoul did not wait. The country's foreign ministry said it was wrong."],
         [("foreign-ministry", "foreign-ministry")]),
        (["Tokyo protested on Monday. A day later the country's foreign ministry said it was wrong."],
         [("japan-foreign", "japan-foreign")]),
        # a country the table does not list: that country's office, found, never Seoul's
        (["Mongolia's Foreign Ministry said the meeting had not taken place."],
         [("mongolia-foreign-ministry", "mongolia-foreign-ministry")]),
        (["The Polish Defense Ministry said the shells were not its own."],
         [("polish-defense-ministry", "polish-defense-ministry")]),
        # negatives: bare, or qualified by a listed country, as before
        (["The Foreign Ministry said the meeting had not taken place."],
         [("foreign-ministry", "foreign-ministry")]),
        (["Japan's Foreign Ministry said the meeting had not taken place."],
         [("japan-foreign", "japan-foreign")]),
        # ... an office not every government has is not qualified by an unlisted country
        (["Mongolia's Unification Ministry said the meeting had not taken place."],
         [("unification-ministry", "unification-ministry")]),
    ],
)  # fmt: skip
def test_a_country_referred_back_to_or_unlisted_owns_its_office(x, paragraphs, expected):
    assert who(x, *paragraphs) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a rank between the country and the title: the country still qualifies the office,
        # and the title keeps the rank (a deputy is not the minister)
        ("Chinese Deputy Foreign Minister Li Wen said the talks went well.",
         ("china-foreign", "Deputy Foreign Minister")),
        ("Japan's Senior Vice Foreign Minister Aiko Mori said the talks went well.",
         ("japan-foreign", "Senior Vice Foreign Minister")),
        # negatives: no country, or no rank
        ("Deputy Foreign Minister Seo Min-ji said the talks went well.",
         ("foreign-ministry", "Deputy Foreign Minister")),
        ("Chinese Foreign Minister Li Wen said the talks went well.", ("china-foreign", "Foreign Minister")),
    ],
)  # fmt: skip
def test_a_rank_before_a_title_keeps_the_country_and_joins_the_title(x, sentence, expected):
    got = x.extract(parse_article(sentence, "t.txt", PUBLISHED)).statements
    assert [(st.actor, st.speaker.role) for st in got] == [expected]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # "top" between a country and a government title: the country still owns the post
        ("Japan's top government spokesman told reporters Tokyo would send a team to the port.", "japan"),
        ("China's top government spokesman said the ferry would sail in May.", "china"),
        # negatives: no country before the rank is the home country's post; a country alone stays
        ("The top government spokesman said the ferry would sail in May.", "korea"),
        ("A Japanese government spokesman said the ferry would sail in May.", "japan"),
    ],
)  # fmt: skip
def test_a_word_of_rank_between_a_country_and_a_government_title_keeps_the_country(x, sentence, actor):
    assert [a for _, a in who(x, sentence)] == [actor]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a title after a country the table does not list is that country's, by name or people
        (["Norway's Foreign Minister Erik Lund told reporters the meeting had been useful.",
          "Mr Lund said Norway would host the next round."],
         [("erik-lund", "norway"), ("erik-lund", "norway")]),
        (["Vietnamese Defense Minister Tran Van Nam said the patrols would go on."],
         [("tran-van-nam", "vietnam")]),
        # a rank joined to the title by a hyphen is a rank: the country still qualifies the office
        (["Chinese Vice-Foreign Minister Li Wen said the talks went well."], [("li-wen", "china-foreign")]),
        # negatives: a region is no country; a listed country keeps its own office; bare is Seoul's
        (["A Western diplomatic source said the envoy would fly out on Friday."], [("anon-source-1", None)]),
        (["Japan's Foreign Minister Aiko Mori said the talks went well."], [("aiko-mori", "japan-foreign")]),
        (["Foreign Minister Seo Min-ji said the talks went well."], [("seo-min-ji", "foreign-ministry")]),
    ],
)  # fmt: skip
def test_a_title_after_an_unlisted_country_is_that_country_s(x, paragraphs, expected):
    assert who(x, *paragraphs) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a country's name that holds its article ("the North"), before a title set after a name
        ("Ri Su-gyong, the North's foreign minister, said the talks went well.",
         [("ri-su-gyong", "north-foreign")]),
        ("Ri Su-gyong, the North's vice foreign minister, said the talks went well.",
         [("ri-su-gyong", "north-foreign")]),
        # negatives: an unlisted country with its article is still that country; a name without one
        ("Erik Lund, the Netherlands' foreign minister, said the talks went well.",
         [("erik-lund", "netherlands")]),
        ("Ri Su-gyong, Pyongyang's foreign minister, said the talks went well.",
         [("ri-su-gyong", "north-foreign")]),
    ],
)  # fmt: skip
def test_a_country_named_with_its_article_owns_the_title_after_it(extractor, sentence, expected):
    north = (
        Actor("north", "North Korea", "government", aliases=("Pyongyang", "the North")),
        Actor("north-foreign", "North Korean Foreign Ministry", "ministry", parent="north"),
    )
    x = Extractor((*ACTORS, *north), (), extractor.lexicon, extractor.nlp, extractor.names)
    assert who(x, sentence) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a bare title leading a country's delegation is that country's office
        (["Seoul hosted a delegation from Japan led by Vice Foreign Minister Erik Lund on Monday.",
          "Lund said the talks had gone well."], [("erik-lund", "japan-foreign")]),
        # negatives: a delegation of no country, and one whose leader's title names a country
        (["Seoul hosted a delegation of farmers led by Foreign Minister Erik Lund on Monday.",
          "Lund said the talks had gone well."], [("erik-lund", "foreign-ministry")]),
        (["Seoul hosted a delegation from Japan led by South Korea's Foreign Minister Erik Lund.",
          "Lund said the talks had gone well."], [("erik-lund", "foreign-ministry")]),
    ],
)  # fmt: skip
def test_a_title_leading_a_country_s_delegation_is_that_country_s(x, paragraphs, expected):
    assert who(x, *paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, actors",
    [
        # no dateline: a story whose opening names one country far more than Seoul is at home there
        (["Japan's fleet sails as Tokyo weighs reply",
          "Japan's Defense Ministry says a shell fell inside Japan's waters on Monday.",
          "Defense Minister Goro Abe said the ships must leave."],
         ["japan-defense-ministry", "japan-defense-ministry"]),
        (["Chinese scholars urge Beijing to act",
          "Beijing faces calls from its own scholars to act.",
          "Foreign Minister Li Wen said the talks must resume."],
         ["china-foreign"]),
        # a title only one government holds names its country as its name does
        (["Chief Cabinet Secretary backs the ferry warning",
          "OSAKA -- Chief Cabinet Secretary Rin Aoba on Friday defended the ferry warning.",
          "A government spokesman said the warning had been right."],
         ["japan", "japan"]),
        # ... bare, it tells whose story it is though the opening names no country
        (["Ferry warning was right, top spokesman says",
          "Chief Cabinet Secretary Rin Aoba on Friday defended the ferry warning issued a day earlier.",
          "The Defense Ministry said the shell had fallen outside the zone."],
         ["japan", "japan-defense-ministry"]),
        # negatives: an opening naming Seoul as much, or about the North or the US, stays at home
        (["Ferry warning was right, says the Prime Minister",
          "Prime Minister Han Ji-soo on Friday defended the ferry warning issued a day earlier.",
          "The Defense Ministry said the shell had fallen outside the zone."],
         ["korea", "defense-ministry"]),
        (["Chief Cabinet Secretary calls Seoul",
          "Chief Cabinet Secretary Rin Aoba spoke with Seoul's envoy on Friday.",
          "A government spokesman said the call had gone well."],
         ["korea"]),
        (["Tokyo's warning draws fire",
          "Japan's Chief Cabinet Secretary Rin Aoba said on Friday that Seoul had been told.",
          "A government spokesman said the warning had been right."],
         ["japan", "korea"]),
        (["Japan and Seoul spar over the shelling",
          "Japan's Defense Ministry said a shell fell in Japan's waters, and Seoul said it was not its own.",
          "Defense Minister Erik Lund said the ships must leave."],
         ["japan-defense-ministry", "korea", "defense-ministry"]),
        (["Pyongyang fires again as Pyongyang warns",
          "North Korea fired a shell into North Korean waters on Monday.",
          "Defense Minister Erik Lund said the ships must leave."],
         ["defense-ministry"]),
    ],
)  # fmt: skip
def test_a_story_with_no_dateline_is_at_home_where_its_opening_is(extractor, paragraphs, actors):
    extra = (
        Actor("north", "North Korea", "government", aliases=("Pyongyang", "North Korean")),
        Actor("us", "United States", "government", aliases=("Washington", "US")),
    )
    x = Extractor(ACTORS + extra, (), extractor.lexicon, extractor.nlp, extractor.names)
    assert [a for _, a in who(x, *paragraphs)] == actors


@pytest.mark.parametrize(
    "paragraphs, actor",
    [
        # an unnamed spokesperson of a body introduced first, then named bare: the same one
        (["All parties should show restraint, a Chinese Foreign Ministry spokesperson said on Monday.",
          "Spokeswoman Hu Meilan made the remarks at a regular briefing when asked about the boats."],
         "china-foreign"),
        # negatives: an unnamed official of another kind, or a body of no spokesperson, tells nothing
        (["All parties should show restraint, a Chinese Foreign Ministry official said on Monday.",
          "Spokeswoman Hu Meilan made the remarks at a regular briefing when asked about the boats."], None),
        (["All parties should show restraint, a Chinese Foreign Ministry spokesperson said on Monday.",
          "Analyst Mika Sato called it a bluff.",
          "Spokeswoman Hu Meilan made the remarks at a regular briefing when asked about the boats."], None),
    ],
)  # fmt: skip
def test_a_named_spokesperson_after_an_unnamed_one_is_of_the_same_body(x, paragraphs, actor):
    assert who(x, *paragraphs, "“Talks must resume,” Hu said.")[-1] == ("hu-meilan", actor)


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "the same official" is the official met before, whatever words introduced that one
        (["An official at the Sky Party, speaking on condition of anonymity, said the vote was close. "
          "The same official said the count would end on Friday."], ["sky-party", "sky-party"]),
        # negative: a new official of another body is not the same
        (["An official at the Sky Party, speaking on condition of anonymity, said the vote was close. "
          "A Japanese official said the count would end on Friday."], ["sky-party", "japan"]),
    ],
)  # fmt: skip
def test_the_same_official_is_the_one_met_before(x, paragraphs, expected):
    got = who(x, *paragraphs)
    assert [a for _, a in got] == expected and (got[0][0] == got[1][0]) == (expected[0] == expected[1])


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "X warned in a statement ... The statement said": X's (an unnamed spokesperson's: the body's)
        (["A spokesperson for Japan's Foreign Ministry warned in a statement that the boats must leave. "
          "The statement said the patrols would go on."], ["japan-foreign", "japan-foreign"]),
        # "a medium carried a statement from X ... the statement said": X's, not the medium's
        (["The Daily Herald on Friday carried a statement from Japan's Foreign Ministry that called the "
          "patrols lawful.", "“The waters are ours,” the statement said."],
         ["japan-foreign", "japan-foreign"]),
        # negative: a statement that came from nowhere named is nobody's known
        (["The Daily Herald on Friday carried a statement that called the patrols lawful.",
          "“The waters are ours,” the statement said."], [None]),
    ],
)  # fmt: skip
def test_the_statement_said_is_the_words_of_whoever_it_came_from(x, paragraphs, expected):
    assert [a for _, a in who(x, *paragraphs)][-len(expected) :] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a bare title before the name of another nation's people is that nation's office
        ("Foreign Ministry spokesperson Xu Mingde said the boats must leave.",
         ("xu-mingde", "china-foreign")),
        ("Defense Minister Haruto Kobayashi said the boats must leave.",
         ("haruto-kobayashi", "japan-defense-ministry")),
        ("Prime Minister Yui Tanaka said the boats must leave.", ("yui-tanaka", "japan")),
        # negatives: a Korean holder stays Seoul's; a name of no listed nation tells nothing; a title
        # qualified by a country stays that country's
        ("Foreign Ministry spokesperson Ko Eun-bi said the boats must leave.",
         ("ko-eun-bi", "foreign-ministry")),
        ("Foreign Ministry spokesperson Anna Berg said the boats must leave.",
         ("anna-berg", "foreign-ministry")),
        ("South Korean Defense Minister Haruto Kobayashi said the boats must leave.",
         ("haruto-kobayashi", "defense-ministry")),
    ],
)  # fmt: skip
def test_a_bare_title_before_a_foreign_name_is_that_nation_s_office(x, sentence, expected):
    assert who(x, sentence) == [expected]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # an office every government has, named bare in what a state medium carries or quotes, is
        # the office of the medium's country
        ("The Rodong Sinmun quoted a Foreign Ministry spokesperson as saying the fishing ban was unjust.",
         "north-korea-foreign-ministry"),
        # ... and the office that speaks when the statement or the office itself does, by a
        # relative pronoun or a participle
        ("KCNA carried a Foreign Ministry statement that said the fishing ban was unjust.",
         "north-korea-foreign-ministry"),
        ("The state news agency KCNA carried a Defense Ministry statement saying the fishing ban was unjust.",
         "north-korea-ministry-of-national-defence"),
        ("KCNA published a statement from the Defense Ministry, which said the fishing ban was unjust.",
         "north-korea-ministry-of-national-defence"),
        # negatives: another medium, and the office named outside what the medium carried
        ("Yonhap carried a Foreign Ministry statement that said the fishing ban was fair.",
         "foreign-ministry"),
        ("KCNA denounced a Defense Ministry statement that said the fishing ban was fair.",
         "defense-ministry"),
        ("The Yonhap news agency quoted a Foreign Ministry spokesperson as saying the fishing ban was fair.",
         "foreign-ministry"),
        ("A Foreign Ministry spokesperson said the fishing ban was fair, a day after KCNA denounced it.",
         "foreign-ministry"),
    ],
)  # fmt: skip
def test_a_bare_office_in_what_a_state_medium_quotes_is_its_country_s(extractor, sentence, actor):
    got = extractor.extract(parse_article(sentence, "t.txt", PUBLISHED))
    assert [st.actor for st in got.statements if st.content.startswith("the fishing ban")] == [actor]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # North Korea's defence ministry is a listed body (data/actors.toml), by its official name's
        # slug, however the press names it
        ("A spokesperson for the North's defence ministry said the fishing ban was unjust.",
         "north-korea-ministry-of-national-defence"),
        ("North Korea's Ministry of National Defence said the fishing ban was unjust.",
         "north-korea-ministry-of-national-defence"),
        # negatives: Seoul's own, and another country's, found
        ("South Korea's defence ministry said the fishing ban was fair.", "defense-ministry"),
        ("Japan's Defense Ministry said the fishing ban was fair.", "japan-defense-ministry"),
    ],
)  # fmt: skip
def test_north_korea_s_defence_ministry_is_listed(extractor, sentence, actor):
    got = extractor.extract(parse_article(sentence, "t.txt", PUBLISHED))
    assert [st.actor for st in got.statements] == [actor]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a ministry found in the text and owned by a foreign government is that country's, named
        # with it, whichever way the press writes the name
        ("Japan's Ministry of Fisheries said the boats must leave.", "japan-ministry-of-fisheries"),
        ("Japan's Fisheries Ministry said the boats must leave.", "japan-fisheries-ministry"),
        # ... and so is an armed service; a name ending in "Guard" or "Authority" is a body
        ("Japan's Coast Guard said the boats must leave.", "japan-coast-guard"),
        ("The Harbour Authority said the boats must leave.", "harbour-authority"),
        # negatives: the home country's keeps its own name, one with no country stays as it reads,
        # one named with its country already is not named twice, and a body that is no ministry
        ("South Korea's Ministry of Fisheries said the boats must leave.", "ministry-of-fisheries"),
        ("South Korea's Coast Guard said the boats must leave.", "coast-guard"),
        ("The Ministry of Fisheries said the boats must leave.", "ministry-of-fisheries"),
        ("The Japanese Fisheries Agency said the boats must leave.", "japanese-fisheries-agency"),
    ],
)  # fmt: skip
def test_a_foreign_government_s_found_ministry_is_named_with_its_country(x, sentence, expected):
    assert who(x, sentence) == [(expected, expected)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a ministry the wires write in lower case after its portfolio is the body its capitalised
        # form names, the home country's or, with a foreign country before it, that country's
        ("The fisheries ministry said on Friday the boats must leave.", "fisheries-ministry"),
        ("Japan's fisheries ministry said the boats must leave.", "japan-fisheries-ministry"),
        ("China's commerce ministry, which licenses the fleet, said the boats must leave.",
         "china-commerce-ministry"),
        # ... and so is the body of an official of it, the words hung flat on the official
        ("A senior fisheries ministry official said the boats must leave.", "fisheries-ministry"),
        # negatives: a listed ministry in lower case is the listed one; "the ministry" alone or
        # described ("the new ministry") is the ministry last named, and here there is none
        ("The foreign ministry said the boats must leave.", "foreign-ministry"),
        ("China's foreign ministry said the boats must leave.", "china-foreign"),
        ("The new ministry said the boats must leave.", None),
        ("The ministry said the boats must leave.", None),
        ("A ministry official said the boats must leave.", "unplaced"),
        # ... and two portfolios joined by "and" are not read as one name: no body, rather than a
        # wrong one
        ("Seoul's land and transport ministry said the boats must leave.", "unplaced"),
    ],
)  # fmt: skip
def test_a_ministry_in_lower_case_after_its_portfolio_is_that_body(x, sentence, expected):
    want = {None: [], "unplaced": [None]}.get(expected, [expected])
    assert [a for _, a in who(x, sentence)] == want


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a statement "attributed to" its author is the author's, as one "by" them is, and "the
        # spokesperson" and "the statement" after it are that author's words
        (["Japan's Foreign Ministry on Monday condemned the patrols.",
          "The statement, attributed to an unnamed ministry spokesperson and carried by a state paper, "
          "said the patrols were unlawful.",
          "“The boats must leave,” the spokesperson said.",
          "Tokyo would “take all necessary steps,” the statement continued."],
         [("japan-foreign", "japan-foreign"), ("anon-japan-foreign-1", "japan-foreign"),
          ("anon-japan-foreign-1", "japan-foreign"), ("anon-japan-foreign-1", "japan-foreign")]),
        # negative: a statement named as a body's stays the body's, whoever it is attributed to
        (["The Foreign Ministry statement, attributed to an unnamed spokesperson, said the patrols were "
          "unlawful."],
         [("foreign-ministry", "foreign-ministry")]),
    ],
)  # fmt: skip
def test_a_statement_attributed_to_its_author_is_theirs(x, paragraphs, expected):
    assert who(x, *paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, actor",
    [
        # a byline before the dateline leaves the dateline the lead's
        (["Fishing ban weighed", "By Ann Lee",
          "TOKYO (Kyodo) -- Defense Minister Eva Lund said the boats must leave."], "japan-defense-ministry"),
        # negative: no agency's dateline after the byline
        (["Fishing ban weighed", "By Ann Lee", "Defense Minister Eva Lund said the boats must leave."],
         "defense-ministry"),
    ],
)  # fmt: skip
def test_a_byline_does_not_hide_the_lead_s_dateline(x, paragraphs, actor):
    assert [a for _, a in who(x, *paragraphs)] == [actor]


@pytest.mark.parametrize(
    "lead, actor",
    [
        # an international agency names every country's bodies: its unnamed defence official is of
        # the military body it last named, whichever country's
        ("LONDON, May 13 (Reuters) - The Pentagon said on Wednesday it would keep its troops in place.",
         "us-defense-department"),
        # negative: a home paper's unnamed defence official stays with its home country's
        ("The Pentagon said on Wednesday it would keep its troops in place.", "defense-ministry"),
    ],
)  # fmt: skip
def test_a_wire_story_s_unnamed_defense_official_is_of_the_body_it_named(extractor, lead, actor):
    text = f"Allies hold drills\n\n{lead}\n\nA senior military official said the drills would go on."
    got = extractor.extract(parse_article(text, "t.txt", PUBLISHED))
    assert [st.actor for st in got.statements if st.content.startswith("the drills")] == [actor]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a post only a state fills, after a country the table does not list, is that country's
        ("Norway's deputy ambassador Ole Dahl said the talks were useful.", "norway"),
        ("Norwegian Foreign Secretary Ole Dahl said the talks were useful.", "norway"),
        # negatives: a role that is no state post, and a post with no country before it
        ("Norwegian analyst Ole Dahl said the talks were useful.", None),
        ("Deputy ambassador Ole Dahl said the talks were useful.", None),
    ],
)  # fmt: skip
def test_a_state_post_of_an_unlisted_country_is_its_government(x, sentence, actor):
    assert who(x, sentence) == [("ole-dahl", actor)]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a post named with the word of a country's post abroad is of the country whose post of
        # that word was named last
        (["Japan's embassy in Oslo pushed back. Embassy spokesman Ken Ito said the quota was unfair."],
         [("ken-ito", "japan")]),
        (["China's mission in Geneva said the report was biased.",
          "Mission spokeswoman Wu Lan said the panel had ignored the facts."],
         [("china", "china"), ("wu-lan", "china")]),
        # negatives: no post of that word named before; a country of its own before the word
        (["Embassy spokesman Ken Ito said the quota was unfair."], [("ken-ito", None)]),
        (["China's embassy in Oslo pushed back. Japanese Embassy spokesman Ken Ito said the quota "
          "was fair."],
         [("ken-ito", "japan")]),
    ],
)  # fmt: skip
def test_a_post_of_an_embassy_is_of_the_country_whose_embassy_spoke(x, paragraphs, expected):
    assert who(x, *paragraphs) == expected
