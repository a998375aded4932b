"""A person placed in a body the text names close before and then refers to: "Its spokeswoman,
X", "the group's leader, Y" (a post owned by "its" or by "the <body word>'s"), and a body named
beside a word for a body ("the group, Z", "a group called Z").

Every name, body and sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.model import Actor

ACTORS = (
    Actor("korea", "South Korea", "government", aliases=("Seoul", "South Korean")),
    Actor("japan", "Japan", "government", aliases=("Tokyo", "Japanese")),
    Actor("china", "China", "government", aliases=("Beijing", "Chinese")),
    Actor("foreign-ministry", "Foreign Ministry", "ministry", parent="korea"),
    Actor("japan-foreign", "Japanese Foreign Ministry", "ministry", parent="japan"),
    Actor("sky-party", "Sky Party", "party", parent="korea", aliases=("SP",)),
)
PUBLISHED = date(2026, 5, 14)


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp, extractor.names)


def run(x, *paragraphs):
    return x.extract(parse_article("\n\n".join(paragraphs), "t.txt", PUBLISHED))


def placed(extraction, name: str) -> set[str | None]:
    return {st.actor for st in extraction.statements if st.speaker.id == name}


@pytest.mark.parametrize(
    "paragraphs, name, actor",
    [
        # "its" after a body named in the same paragraph, a listed one or one found in the text
        (("The Sky Party sees it differently. Its floor leader, Moon Ha-jin, said the bill was “a gift.”",),
         "moon-ha-jin", "sky-party"),
        (("The Harbor Workers Union said on Monday it would strike. Its spokeswoman, Lim Da-eun, said the "
          "members “will not back down.”",), "lim-da-eun", "harbor-workers-union"),
        (("The Maritime Safety Board said it had sent a message.",
          "Its spokesperson, Lt. Col. Dan Webb, said in an email that no reply “has come.”"),
         "dan-webb", "maritime-safety-board"),
        # "the group's": the body named last, not one named earlier in the story
        (("The Harbor Workers Union said it would strike.",
          "The Coastal Freedom League rejected the plan. The group's leader, Ko Sang-woo, said it was "
          "“a betrayal.”"),
         "ko-sang-woo", "coastal-freedom-league"),
        # a post the parser broke at its hyphen, the owner hung on its first part: "co", "-", "chair"
        (("The Harbor Peace Citizens' Solidarity said on Monday that it had filed a suit against the ferry "
          "operator.",
          "“Every cancelled sailing cuts our islands off from the hospital,” Noh Eun-ji, the group's "
          "co-chair, told reporters outside the court, where fishermen held signs. “The routes have to "
          "return.”"),
         "noh-eun-ji", "harbor-peace-citizens-solidarity"),
        # negatives: "his" is a person's; "its" with only a country named before is left unplaced
        (("The Sky Party met on Monday. Park Do-yun spoke first. His aide, Oh Se-ra, said the vote "
          "“can wait.”",),
         "oh-se-ra", None),
        # "its" on a diplomat's post after a country that was the paragraph's last subject is that
        # country; not one in a paragraph before, nor after a body that was the subject since
        (("Japan said on Monday it would wait. Its envoy, Sato Ken, said talks “can resume.”",),
         "sato-ken", "japan"),
        (("Japan said on Monday it would wait.", "Its envoy, Sato Ken, said talks “can resume.”"),
         "sato-ken", None),
        (("Japan said on Monday it would wait. The Harbor Workers Union disagreed. Its envoy, Sato Ken, "
          "said talks “can resume.”",), "sato-ken", "harbor-workers-union"),
        # no body named close before: nobody's
        (("Its chairman, Gil Tae-oh, said the plan was “fair.”",), "gil-tae-oh", None),
    ],
)  # fmt: skip
def test_a_post_owned_by_its_or_the_body_s_is_of_the_body_named_last(x, paragraphs, name, actor):
    assert placed(run(x, *paragraphs), name) == {actor}


@pytest.mark.parametrize(
    "paragraphs, name, actor",
    [
        # a name set beside a word for a body, after a comma or "called", is that body
        (("Police were asked to investigate the group, Bright Skies Korea, which claimed the launch.",
          "The group's leader, Yu Han-sol, said it would “keep sending.”"),
         "yu-han-sol", "bright-skies-korea"),
        (("The marchers, led by a group called Citizens for Order, argued the plan was wrong. "
          "“It is paper,” the group's leader, Bang Ji-ho, told reporters.",),
         "bang-ji-ho", "citizens-for-order"),
        # negatives: a speaker set off after a comma is no body's name
        (("The ministry, Cho Min-a said, “will act soon.”",), "cho-min-a", None),
    ],
)  # fmt: skip
def test_a_name_set_beside_a_word_for_a_body_names_that_body(x, paragraphs, name, actor):
    assert placed(run(x, *paragraphs), name) == {actor}


@pytest.mark.parametrize(
    "paragraphs, name, actor",
    [
        # a head of state's bare title before a family name of one nation: that nation's government,
        # for later mentions too
        (("President Ryu Tae-min said on Monday that the talks were “the only way.”",
          "“We will wait,” Ryu said."), "ryu-tae-min", "korea"),
        (("Speaking in Seoul, President Zhou Lan said the region needed “calm.”",), "zhou-lan", "china"),
        # negatives: a name of no listed nation, a body's president, a former president, a possessive
        (("President Dana Whitford said the alliance was “stronger than ever.”",), "dana-whitford", None),
        (("Harbor Red Cross President Cha Mi-rae said few families were “still waiting.”",),
         "cha-mi-rae", "harbor-red-cross"),
        (("Former President Kwon Se-jin said the deal was “a mistake.”",), "kwon-se-jin", None),
        (("The university's President Yoo Bo-ra said the campus was “open.”",), "yoo-bo-ra", None),
    ],
)  # fmt: skip
def test_a_president_named_bare_is_of_the_nation_whose_name_they_bear(x, paragraphs, name, actor):
    assert placed(run(x, *paragraphs), name) == {actor}


@pytest.mark.parametrize(
    "paragraphs, name, actor",
    [
        # a body known by its last word, then a title and a name: the person is of that body
        (("Harbor Red Cross Chairman Lee Mi-rae said few families were “still waiting.”",),
         "lee-mi-rae", "harbor-red-cross"),
        # a body named again without the qualifiers of its full name is the body found before
        (("The Harbor National Red Cross proposed talks on Monday.",
          "Red Cross President Cha Mi-rae said the families were “still waiting.”"),
         "cha-mi-rae", "harbor-national-red-cross"),
        # negative: with no longer name found before, the short name is a body of its own
        (("Red Cross President Cha Mi-rae said the families were “still waiting.”",),
         "cha-mi-rae", "red-cross"),
    ],
)  # fmt: skip
def test_a_body_named_before_a_title_places_the_person_under_its_full_name(x, paragraphs, name, actor):
    assert placed(run(x, *paragraphs), name) == {actor}


@pytest.mark.parametrize(
    "paragraphs, name, actor",
    [
        # a body found before, named again by the first word of its name alone
        (("Catches fell by a third, according to the Marlow Institute for Ocean Studies, a think tank.",
          "“The trend is clear,” said Ana Ruiz, a fellow at Marlow."),
         "ana-ruiz", "marlow-institute-for-ocean-studies"),
        (("Catches fell by a third, according to Brightwater Analytics, a data firm.",
          "“The trend is clear,” said Ana Ruiz, head of research at Brightwater."),
         "ana-ruiz", "brightwater-analytics"),
        # negatives: no such body found before; a place that begins a body's name
        (("“The trend is clear,” said Ana Ruiz, a fellow at Marlow.",), "ana-ruiz", "marlow"),
        (("Catches fell, according to the Busan Institute for Ocean Studies.",
          "“The trend is clear,” said Ana Ruiz, a fisherman in Busan."), "ana-ruiz", None),
    ],
)  # fmt: skip
def test_a_body_named_by_its_first_word_is_the_body_found_before(x, paragraphs, name, actor):
    assert placed(run(x, *paragraphs), name) == {actor}


def speakers_of(extraction, fragment: str) -> list[str]:
    return [st.speaker.id for st in extraction.statements if fragment in st.content]


@pytest.mark.parametrize(
    "paragraphs, fragment, speaker",
    [
        # a body met in full, then named by the words before its "of" phrase, or by its last words
        (("The Supply Command of the Harbor Defense Force denied the report on Friday.",
          "The Supply Command said: “No ship left the port that night.”"),
         "No ship left", "supply-command-of-the-harbor-defense-force"),
        (("The Marlow Fisheries Agency seized two trawlers on Friday.",
          "“The crews ignored every warning,” the Fisheries Agency said."),
         "The crews ignored", "marlow-fisheries-agency"),
        # negatives: nothing met before under a longer name; a name that only shares a first word
        (("The Supply Command said: “No ship left the port that night.”",),
         "No ship left", "supply-command"),
        (("The Supply Depot of the Harbor Defense Force denied the report on Friday.",
          "The Supply Command said: “No ship left the port that night.”"),
         "No ship left", "supply-command"),
    ],
)  # fmt: skip
def test_a_body_met_in_full_is_named_again_by_part_of_its_name(x, paragraphs, fragment, speaker):
    assert speakers_of(run(x, *paragraphs), fragment) == [speaker]


@pytest.mark.parametrize(
    "paragraphs, fragment, speaker",
    [
        # a plain saying with its own subject is the subject's; "according to" names the record
        (("Trade Minister Ko Min-jae met his counterparts on Monday.",
          "Ko told reporters the talks had “failed,” according to a transcript released by the ministry."),
         "the talks had", "ko-min-jae"),
        # ... also a saying that tells what it did, and one whose words the phrase was hung on;
        # the record is no part of the words
        (("Trade Minister Ko Min-jae called for “a full audit of the port,” according to Haneul Daily.",),
         "a full audit of the port", "ko-min-jae"),
        (("Trade Minister Ko Min-jae warned of “a long winter,” according to Haneul Daily.",),
         "a long winter", "ko-min-jae"),
        (("Trade Minister Ko Min-jae said the port must “close at once,” according to Haneul Daily.",),
         "the port must “close at once", "ko-min-jae"),
        # negatives: an act or event told on a source's word stays the source's
        (("Seoul will hold talks with Tokyo next week, according to Haneul Daily.",),
         "Seoul will hold talks", "haneul-daily"),
        (("The three ministers agreed to open talks on a port treaty, according to Haneul Daily.",),
         "open talks", "haneul-daily"),
        (("Trade Minister Ko Min-jae agreed to a full audit of the port, according to Haneul Daily.",),
         "a full audit", "haneul-daily"),
        (("Minister Ko did not say whether he would resign, according to Haneul Daily.",),
         "did not say whether", "haneul-daily"),
    ],
)  # fmt: skip
def test_according_to_names_only_the_record_of_a_saying_with_its_own_subject(
    x, paragraphs, fragment, speaker
):
    got = run(x, *paragraphs)
    assert speakers_of(got, fragment) == [speaker]
    assert not any("according" in st.content for st in got.statements)


@pytest.mark.parametrize(
    "paragraphs, fragment, speaker",
    [
        # a country's post abroad speaks for its government, and so do "the mission", "it" after it
        (("Japan's embassy in Lima said on Monday that it was “monitoring the situation.”",),
         "monitoring the situation", "japan"),
        (("South Korea's mission in Vienna had rejected the findings. In a statement, the mission said "
          "the data were “incomplete.”",), "the data were", "korea"),
        (("South Korea's embassy in Oslo welcomed the visit. “We look forward to the talks,” it said.",),
         "We look forward", "korea"),
        # negatives: a mission or embassy with no country before it is nobody's government
        (("A rescue mission said it had found “no survivors.”",), "no survivors", "anon-source-1"),
    ],
)  # fmt: skip
def test_a_country_s_post_abroad_speaks_for_its_government(x, paragraphs, fragment, speaker):
    assert speakers_of(run(x, *paragraphs), fragment) == [speaker]


@pytest.mark.parametrize(
    "paragraph, speaker, actor",
    [
        # a country's embassy found as a body under the country's name speaks for its government
        ("In a written note, the Chinese Embassy in Lima said Beijing would “respond firmly” to the vote.",
         "chinese-embassy", "china"),
        ("A spokeswoman for the Japanese Embassy in Oslo said Tokyo had “nothing to add” on the vote.",
         "anon-japanese-embassy-1", "japan"),
        # negatives: a body of the country's name that is no post abroad, and an embassy of no country
        ("The Chinese Kite Association said the festival would go ahead “whatever the weather.”",
         "chinese-kite-association", "chinese-kite-association"),
        ("The Harbour Embassy, a charity for sailors, said the plan was “a disgrace.”",
         "harbour-embassy", "harbour-embassy"),
    ],
)  # fmt: skip
def test_a_country_s_embassy_named_as_a_body_speaks_for_its_government(x, paragraph, speaker, actor):
    assert placed(run(x, paragraph), speaker) == {actor}


@pytest.mark.parametrize(
    "paragraphs, fragment, speaker",
    [
        # a source introduced by "according to" is the one "the official(s)" later in the paragraph
        (("Two South Korean officials said the plan was “fine.”",
          "According to three Japanese officials, the envoys met twice. It was the second meeting, "
          "the officials said."),
         "It was the second meeting", "group-three-japanese-officials"),
        (("According to a senior Japanese official who asked not to be named, the ministry will wait. "
          "The official said the ministry was “not in a hurry.”",), "not in a hurry", "anon-japan-1"),
        # negative: with no "according to", "the officials" are the group named before
        (("Two South Korean officials said the plan was “fine.” It was new, the officials said.",),
         "It was new", "group-two-south-korean-officials"),
    ],
)  # fmt: skip
def test_a_source_introduced_by_according_to_is_met_where_it_stands(x, paragraphs, fragment, speaker):
    assert speakers_of(run(x, *paragraphs), fragment) == [speaker]


@pytest.mark.parametrize(
    "paragraphs, name",
    [
        # a country named by "the" and a word ("the North") owns the body after its "'s": not part of the name
        (("The navy said on Monday it was still tracking the ship, while the North's National Harbour Safety "
          "Administration claimed through state radio that the voyage had been “a complete success.”",
          "The administration also said more ships would come “before long.”"),
         "national-harbour-safety-administration"),
        # negative: an owner that is no listed name stays in the body's name
        (("The Dune's Harbour Safety Office claimed that the voyage had been “a complete success.”",),
         "dunes-harbour-safety-office"),
    ],
)  # fmt: skip
def test_a_country_named_with_the_before_s_owns_the_body_found_after_it(extractor, paragraphs, name):
    north = Actor("north", "North Korea", "government", aliases=("Pyongyang", "the North"))
    x = Extractor(ACTORS + (north,), (), extractor.lexicon, extractor.nlp, extractor.names)
    assert name in {st.speaker.id for st in run(x, *paragraphs).statements}


@pytest.mark.parametrize(
    "said, actor",
    [
        # a body named in what an unnamed source knows does not place them; a country before stays
        ("A senior aide familiar with the party's plans said the vote “can wait.”", None),
        ("A senior aide knowledgeable about the Sky Party's finances said the vote “can wait.”", None),
        ("A Japanese diplomat familiar with the party's plans said the vote “can wait.”", "japan"),
        # negatives: a body the source is in, or named before what they know
        ("A senior aide in the party said the vote “can wait.”", "sky-party"),
        ("A senior party aide familiar with the plans said the vote “can wait.”", "sky-party"),
    ],
)  # fmt: skip
def test_a_body_in_what_a_source_knows_does_not_place_them(x, said, actor):
    assert [st.actor for st in run(x, "The Sky Party met on Monday. " + said).statements] == [actor]


@pytest.mark.parametrize(
    "paragraphs, name, actor",
    [
        # the chamber after a party's name is the member's seat, not part of the party
        (("“It must reopen,” said Aki Hoshino, a River Party Upper House member who leads the panel.",),
         "aki-hoshino", "river-party"),
        (("Lu Ames, a Sky Party Lower House member, said the treaty “must be ratified.”",),
         "lu-ames", "sky-party"),
        # negatives: a chamber not after a party's name keeps the body's name whole
        (("“The port must reopen,” said Aki Hoshino, a Harbour Council Upper House adviser.",),
         "aki-hoshino", "harbour-council-upper-house"),
    ],
)  # fmt: skip
def test_a_chamber_after_a_party_s_name_is_the_member_s_seat(x, paragraphs, name, actor):
    assert placed(run(x, *paragraphs), name) == {actor}
