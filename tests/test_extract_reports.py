"""Sayings and acts told inside another's reported words (bot/extract/reports_within.py).

Every name and sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article

PUBLISHED = date(2026, 5, 14)


def speakers(extractor, text: str) -> list[str]:
    """Who speaks in the text's statements, each once."""
    got = extractor.extract(parse_article(text, "t.txt", PUBLISHED))
    return sorted({st.speaker.id for st in got.statements})


@pytest.mark.parametrize(
    "text, expected",
    [
        # what the reported clause's subject does is part of the report: no statement of its own
        ("Rep. Kim Na-ri said on social media that the launch showed why the two sides needed talks.",
         ["kim-na-ri"]),
        ("Han Yu-ri noted that the ministers' meeting had reaffirmed the goal.", ["han-yu-ri"]),
        ("Jang Mi-rae said Japan's position was unchanged. Japan seeks to \"settle every issue,\" and to "
         "restore ties, she said.", ["jang-mi-rae"]),
        # ... and a second verb the parser hangs on the reported one is still the reporter's
        ("Park Jun-ho said Beijing opposed the toll and blamed Tokyo for the delay.",
         ["park-jun-ho"]),
        ("Choi Min-ah told reporters that the North's statement was \"a provocation\" and urged Pyongyang "
         "to return to talks.", ["choi-min-ah"]),
        ("Rep. Cho Hye-jin said the 80-odd fishing firms that once worked there \"deserve at least a plan,\" "
         "and called on the ministry to prepare a phased return.",
         ["cho-hye-jin"]),
        # ... and an act told with a participle after the reported clause
        ("Ko Mi-ran said on Monday that Harwick had no use for the new quay, dismissing the council's "
         "offer as \"a gift to nobody.\"", ["ko-mi-ran"]),
        ("The mayor said the city would not pay the levy, rejecting the plan as unfair.", ["anon-source-1"]),
        # ... and so is a verb that the reported clause's verb governs
        ("Nora Vik said the council ought to go on offering talks to the union.", ["nora-vik"]),
        ("Ada Lind said the council would continue to seek \"a fair quota for every harbour.\"",
         ["ada-lind"]),
        # negatives: a medium carries the words of the one it reports, who speaks; the medium's
        # report of them is no statement of its own (reports_within.carried_whole)
        ("The state news agency KCNA said Kim Jong-un told the meeting that the harvest was good.",
         ["kim-jong-un"]),
        ("North Korean state media said Kim Jong-un visited the plant and called for more output.",
         ["kim-jong-un"]),
        ("State media said Oskar Valde had toured the shipyard, dismissing the offer as a stunt.",
         ["oskar-valde"]),
        ("Last week, Ri Sol-ha dismissed the ferry offer as \"a cheap stunt,\" according to KCNA.",
         ["ri-sol-ha"]),
        # ... a group of media ("state media") too, and after a phrase set off before the subject
        ("Northland's ruler Oskar Valde has called for a \"rapid\" expansion of the navy at a party "
         "meeting, state media reported.", ["oskar-valde"]),
        ("At a cabinet meeting in June, Oskar Valde reiterated that the country \"will never accept "
         "foreign fleets,\" according to state media.", ["oskar-valde"]),
        # ... but not a clause the name ends, nor an unnamed group's words, nor an act that is no saying
        ("State media said the launch had been overseen by Oskar Valde, who called the ship \"a shield "
         "no enemy can pierce.\"", ["group-state-media", "oskar-valde"]),
        ("Fishermen in the port said the harbour was closed, state media reported.",
         ["group-fishermen-in-the-port", "group-state-media"]),
        ("At a meeting in the capital, the navy fired three shells into the sea, state media reported.",
         ["group-state-media"]),
        # ... and so is an order, a thanks or an appreciation told of them: acts of speech that take a side
        ("Northland's ruler Oskar Valde ordered the coast guard to be ready to \"sink any intruder,\" "
         "state media reported.", ["oskar-valde"]),
        ("Ri Sol-ha also thanked Hanover for its \"steadfast support\" at the council, KCNA said.",
         ["ri-sol-ha"]),
        ("Oskar Valde highly appreciated the dockers for finishing the new quay ahead of schedule, "
         "according to KCNA.", ["oskar-valde"]),
        # ... not a thing ordered by someone, nor "in order to"
        ("The audit, ordered last spring by Mayor Tor Lunde, will cover the port's accounts, officials "
         "said.", ["group-officials"]),
        ("In order to save fuel, the ferries will sail only at dawn, the port authority said.",
         ["anon-source-1"]),
        # ... while a report of an act that is no saying, or of another's act as a thing, is the medium's
        ("KCNA said Ri Sol-ha had toured the shipyard on Monday.", ["kcna"]),
        ("North Korean state media rejected South Korea's proposal for talks on the ferries.",
         ["kcna", "south-korea"]),
        # ... and a saying of one's own after another's is its own
        ("Ada Lind said the harvest was poor. Ko Eun-bi, the mayor, told reporters it was fine.",
         ["ada-lind", "ko-eun-bi"]),
    ],
)  # fmt: skip
def test_a_saying_inside_another_s_report_is_the_reporter_s(extractor, text, expected):
    assert speakers(extractor, " date 2026-05-14 T\n\n" + text) == expected


def speaker_of(extractor, text: str, words: str) -> list[str]:
    """Who speaks in the shortest statements holding the words."""
    got = extractor.extract(parse_article(" date 2026-05-14 T\n\n" + text, "t.txt", PUBLISHED))
    holding = [st for st in got.statements if words in st.content]
    shortest = min((len(st.content) for st in holding), default=0)
    return sorted({st.speaker.id for st in holding if len(st.content) == shortest})


@pytest.mark.parametrize(
    "text, words, expected",
    [
        # a named person's own saying that another relays is the person's
        ("One of the officials said Tomas Brenner told the envoys that the quota \"cannot be raised "
         "again.\"", "the quota", ["tomas-brenner"]),
        ("Ines Halvor told the mayor the ferry would run all winter, the aides said.", "the ferry",
         ["ines-halvor"]),
        ("Rep. Yoon Da-som said Fisheries Minister Ko Eun-bi had stressed that the plan would go ahead.",
         "the plan", ["ko-eun-bi"]),
        # negatives: an act that is no saying, a body's or an unnamed person's saying stay the reporter's
        ("Rep. Yoon Da-som said Tomas Brenner had opposed the toll.", "the toll", ["yoon-da-som"]),
        ("Nora Vik said the council told the union to wait.", "the union", ["nora-vik"]),
        ("Nora Vik said an aide told her the plan was dead.", "the plan", ["nora-vik"]),
    ],
)  # fmt: skip
def test_a_named_person_s_relayed_saying_is_theirs(extractor, text, words, expected):
    assert speaker_of(extractor, text, words) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a report, claim or rumour tells is not its subject's act
        ("The mayor dismissed speculation that Tokyo was seeking a larger fishing quota.", ["anon-source-1"]),
        ("The union met on Monday amid reports that Beijing planned to close the strait to trawlers.", []),
        # negatives: the subject's own act beside a report, and a clause of saying, not of a report
        ("Tokyo rejected the report and sought a larger quota.", ["japan"]),
        ("Beijing planned to close the strait, the mayor said.", ["anon-source-1"]),
    ],
)  # fmt: skip
def test_what_a_report_tells_is_not_its_subject_s_act(extractor, text, expected):
    assert speakers(extractor, " date 2026-05-14 T\n\n" + text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle on the reported clause's verb, before a medium's tag closing the sentence, is
        # part of what the medium reported: the clause's subject does it
        ("Governor Ilse Marek condemned the toll plan, calling it \"a tax on fishermen,\" the Rodong "
         "Sinmun reported.", ("calling", "ilse-marek")),
        ("Governor Ilse Marek attacked the dam project on Monday, describing it as \"a theft of water,\" "
         "state media reported.", ("describing", "ilse-marek")),
        # negatives: one after the tag is the medium's own words, and one after a reporter who is no
        # medium is the reporter's to state
        ("Governor Ilse Marek rejected the offer, state media reported on Tuesday, calling it an insult.",
         ("calling", "group-state-media")),
        ("Governor Ilse Marek condemned the toll plan, calling it a tax, Bruno Lenz told reporters.",
         ("calling", "bruno-lenz")),
    ],
)  # fmt: skip
def test_a_participle_before_a_medium_s_closing_tag_is_the_reported_subject_s(extractor, text, expected):
    got = extractor.extract(parse_article(" date 2026-05-14 T\n\n" + text, "t.txt", PUBLISHED))
    cue, speaker = expected
    assert [st.speaker.id for st in got.statements if st.cue == cue] == [speaker]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the members' envoys of an international body, speaking together, speak as the body
        ("Foreign ministers of the Group of Nine said in a joint statement that they remained committed "
         "to talks, and called for full implementation of the sanctions.",
         ["group-of-nine"]),
        # negatives: the officials of a national body, or envoys of several countries, are a group
        ("Officials of the Unification Ministry said the talks were off.",
         ["group-officials-of-the-unification-ministry"]),
        ("Envoys from Japan and Canada said the talks were off.",
         ["group-envoys-from-japan-and-canada"]),
    ],
)  # fmt: skip
def test_envoys_of_an_international_body_speak_as_it(extractor, text, expected):
    assert speakers(extractor, " date 2026-05-14 T\n\n" + text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name the recogniser misses, set in apposition with a word for a person, is the person's,
        # and the family name alone later is the same person
        ("Isabel Ruiz, a Chilean lawyer, presented her report. \"The camps are full,\" Ruiz told the panel.",
         ["isabel-ruiz"]),
        ("\"Tokyo needs money,\" said Masato Oda, a professor at Keio University. Oda said the offer was "
         "sincere.", ["masato-oda"]),
        ("Tor Lunde, the mayor, told reporters the port was safe.", ["tor-lunde"]),
        ("The report, by the special rapporteur on prisons, Eva Lind-Hart, is long. \"We cannot look "
         "away,\" Lind-Hart told the BBC.", ["eva-lind-hart"]),
        # ... a word for an expert, or a family name the recogniser took for a place
        ("Alexei Zorin, a Baltic specialist who left Latvia in 2021 and now works at a university in Oslo, "
         "said the treaty was dead.", ["alexei-zorin"]),
        ("Ilya Smolensk, a Kazakh diplomat, said the ban had outlived itself.", ["ilya-smolensk"]),
        # ... a title before it is no part of it, written with its point or without
        ("\"We did our part,\" said Dr Ama Owusu, the agency's health adviser.", ["ama-owusu"]),
        # ... and a post's place between the title and the name is no part of it
        ("Former US Ambassador to Seoul Ray Holt warned that the plan would fail. \"I understand the "
         "anxiety,\" Holt said.", ["ray-holt"]),
        ("Norwegian Ambassador to the Netherlands Ray Holt warned that the plan would fail. \"I understand "
         "the anxiety,\" Holt said.", ["ray-holt"]),
        # negatives: a place or a body in apposition is no person; an envoy sent to someone is not them
        ("Mount Paektu, a volcano on the border, is busy, Unification Minister Ko Eun-bi said.",
         ["ko-eun-bi"]),
        ("South Korea, a member of the council, said the ban should stay.", ["south-korea"]),
        ("The envoy to Kim Jong-un said the talks went well.", ["anon-source-1"]),
    ],
)  # fmt: skip
def test_a_name_beside_a_word_for_a_person_is_theirs(extractor, text, expected):
    assert speakers(extractor, " date 2026-05-14 T\n\n" + text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a party's newspaper speaks for the party whose organ it is, however it is named
        ("North Korea's main party newspaper said the offer was a trick.",
         [("rodong-sinmun", "workers-party-of-korea")]),
        ("A Rodong Sinmun article said the offer was a trick.",
         [("rodong-sinmun", "workers-party-of-korea")]),
        # negative: a state news agency is a body of its own
        ("The Korean Central News Agency said the offer was a trick.", [("kcna", "kcna")]),
    ],
)  # fmt: skip
def test_a_party_newspaper_speaks_for_the_party(extractor, text, expected):
    got = extractor.extract(parse_article(" date 2026-05-14 T\n\n" + text, "t.txt", PUBLISHED))
    assert [(st.speaker.id, st.actor) for st in got.statements] == expected
