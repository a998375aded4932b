"""The extractor on small articles written for these tests: each behaviour with negative cases.

Names here are invented; none of these sentences occur in the seed articles.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.articles import parse_article
from bot.extract import Extractor
from bot.model import Actor, Concept

ACTORS = (
    Actor("korea", "South Korea", "government", aliases=("Seoul",)),
    Actor("china", "China", "government", aliases=("Beijing", "Chinese")),
    Actor("us", "United States", "government", aliases=("US", "Washington")),
    Actor("defense-ministry", "Defense Ministry", "ministry", parent="korea", titles=("Defense Minister",)),
    Actor("trade-ministry", "Trade Ministry", "ministry", parent="korea", titles=("Trade Minister",)),
    Actor("people-party", "People Party", "party", parent="korea"),
    Actor("kang-ji-won", "Kang Ji-won", "person", parent="people-party", role="party leader"),
    Actor("chang-ho-sik", "Chang Ho-sik", "person", parent="trade-ministry", role="Trade Minister"),
)
CONCEPTS = (
    Concept(
        "drills",
        "Joint drills should be scaled back",
        ("joint drills", "drills"),
        support=("scale back", "suspend*"),
        oppose=("go ahead", "as planned"),
    ),  # fmt: skip
    Concept("tariffs", "Tariffs should be raised", ("tariff*",)),
    Concept("hotline", "A military hotline should be restored", ("hotline",)),
)
PUBLISHED = date(2026, 3, 12)  # a Thursday


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, CONCEPTS, extractor.lexicon, extractor.nlp)


def run(x, *paragraphs, published=PUBLISHED):
    text = "\n\n".join(paragraphs)
    return x.extract(parse_article(text, "t.txt", published))


def rows(extraction, *fields):
    out = []
    for st in extraction.statements:
        row = {"content": st.content, "speaker": st.speaker.id}
        for f in fields:
            row[f] = getattr(st, f) if f != "mention" else st.speaker.mention
        out.append(row)
    return out


def find(extraction, fragment):
    hits = [st for st in extraction.statements if fragment in st.content]
    assert hits, f"no statement contains {fragment!r}: {[s.content for s in extraction.statements]}"
    return hits[0]


def test_quote_attributed_after_and_continued_in_next_paragraph(x):
    got = run(
        x,
        "Talks resumed.",
        '"We are ready to restore the hotline," Trade Minister Chang Ho-sik said Tuesday.',
        "\u201cThe channel has been silent for too long.\u201d",
        "Markets were calm.",
    )
    assert rows(got, "kind", "actor", "said_on", "mention") == [
        {"content": "We are ready to restore the hotline", "speaker": "chang-ho-sik", "kind": "direct",
         "actor": "trade-ministry", "said_on": "2026-03-10", "mention": "Trade Minister Chang Ho-sik"},
        {"content": "The channel has been silent for too long.", "speaker": "chang-ho-sik", "kind": "direct",
         "actor": "trade-ministry", "said_on": "2026-03-10", "mention": "Trade Minister Chang Ho-sik"},
    ]  # fmt: skip


def test_quote_attributed_before(x):
    got = run(x, 'Kang Ji-won told reporters: "Our party will not back new tariffs this year."')
    st = find(got, "Our party will not back")
    assert (st.kind, st.speaker.id, st.actor) == ("direct", "kang-ji-won", "people-party")


def test_two_quotes_around_one_attribution_belong_to_one_speaker(x):
    got = run(
        x,
        "A Defense Ministry official spoke to reporters on condition of anonymity.",
        "\u201cThe drills will go ahead,\u201d the official said. \u201cNothing has changed.\u201d",
    )
    speakers = {st.speaker.id for st in got.statements if "drills" in st.content or "Nothing" in st.content}
    assert len(speakers) == 1
    st = find(got, "Nothing has changed.")
    assert st.kind == "direct" and st.actor == "defense-ministry" and st.speaker.anonymous


def test_mixed_marks_nested_quotes_and_a_quote_over_two_paragraphs(x):
    got = run(
        x,
        '\u201cWe call it \u2018a bridge\u2019 for a reason," Kang Ji-won said.',
        "\u201cThe first part of a long answer goes here.",
        "\u201cAnd the answer ends here,\u201d she added.",
    )
    first = find(got, "a bridge")
    assert (
        first.content == "We call it \u2018a bridge\u2019 for a reason" and first.speaker.id == "kang-ji-won"
    )
    second = find(got, "The first part of a long answer")
    assert second.speaker.id == "kang-ji-won"


def test_labels_and_names_in_quote_marks_are_nobody_s_statement(x):
    got = run(
        x,
        'The allies agreed to label the plan "phase two of the maritime understanding," officials said.',
        'Kang Ji-won said the party would set up a panel, tentatively titled the "Future Relations Council".',
        'Reporters gathered outside the "Blue House Annex" on Monday.',
    )
    contents = [st.content for st in got.statements]
    assert not any(c.startswith("phase two of the maritime") for c in contents)
    assert "Future Relations Council" not in contents
    assert not any("Blue House Annex" == c for c in contents)


def test_anonymous_officials_are_kept_apart_and_later_references_resolved(x):
    got = run(
        x,
        "A senior Defense Ministry official said the drills would be smaller, speaking anonymously.",
        "Another Defense Ministry official said the schedule was still open.",
        '"We will decide next week," the official said.',
        '"The allies agree on the goal," the senior official said.',
    )
    senior = find(got, "drills would be smaller").speaker.id
    other = find(got, "schedule was still open").speaker.id
    assert senior != other
    assert find(got, "We will decide next week").speaker.id == other
    assert find(got, "The allies agree on the goal").speaker.id == senior
    assert all(st.actor == "defense-ministry" for st in got.statements)


def test_a_surname_alone_is_the_person_whose_name_part_it_is(x):
    got = run(
        x,
        "Trade Minister Chang Ho-sik met Kang Ji-won on Monday.",
        '"This is a warning about tariffs," Kang said.',
    )
    assert find(got, "This is a warning").speaker.id == "kang-ji-won"


def test_a_quote_naming_an_organisation_is_said_by_someone_else(x):
    got = run(
        x,
        "A Trade Ministry official spoke on condition of anonymity.",
        '"Whether the Defense Ministry joins is up to the Defense Ministry," the official said.',
    )
    st = find(got, "Whether the Defense Ministry joins")
    assert st.actor == "trade-ministry" and st.speaker.id != "defense-ministry"
    assert "defense-ministry" in st.about


def test_reported_speech_positions_and_organisations(x):
    got = run(
        x,
        "Seoul and Washington will restore the hotline next month, the Defense Ministry said Wednesday.",
        "Kang Ji-won on Monday backed the ministry's decision to cut the joint drills.",
        "The Trade Ministry dismissed the claims as groundless.",
    )
    said = find(got, "restore the hotline")
    assert (said.kind, said.speaker.id, said.actor, said.said_on) == (
        "reported",
        "defense-ministry",
        "defense-ministry",
        "2026-03-11",
    )
    backed = find(got, "decision to cut the joint drills")
    assert (backed.kind, backed.speaker.id, backed.actor, backed.said_on) == (
        "position",
        "kang-ji-won",
        "people-party",
        "2026-03-09",
    )
    dismissed = find(got, "the claims as groundless")
    assert (dismissed.speaker.id, dismissed.cue) == ("trade-ministry", "dismissed")


def test_discovered_speakers_get_a_slug_and_their_organisation(x):
    got = run(x, "Lim Su-jin, a spokesperson for the Defense Ministry, said the drills would be postponed.")
    st = find(got, "drills would be postponed")
    assert (st.speaker.id, st.actor) == ("lim-su-jin", "defense-ministry")
    assert [(a.slug, a.parent, a.kind) for a in got.discovered] == [
        ("lim-su-jin", "defense-ministry", "person")
    ]


@pytest.mark.parametrize(
    "sentence, said_on",
    [
        ("Kang Ji-won said Tuesday that tariffs must rise.", "2026-03-10"),
        ("Kang Ji-won said in February that tariffs must rise.", "2026-02"),
        ("Kang Ji-won said that tariffs agreed on Jan. 5 must rise.", "2026-03-12"),
        ("Kang Ji-won said Thursday that tariffs must rise.", "2026-03-12"),
        ("Kang Ji-won said that Monday's tariffs must rise.", "2026-03-12"),
        ("Kang Ji-won told a forum hosted by a think tank on Tuesday that tariffs must rise.", "2026-03-10"),
        ('"The tariffs must rise," Kang Ji-won said in a statement released Tuesday.', "2026-03-10"),
        ("Kang Ji-won said tariffs must rise, referring to a plan shelved since April 2023.", "2026-03-12"),
        ("Kang Ji-won said tariffs must rise before talks on March 27.", "2026-03-12"),
        ("Kang Ji-won told lawmakers last month that tariffs must rise.", "2026-02"),
    ],
)
def test_when_it_was_said(x, sentence, said_on):
    assert find(run(x, sentence), "tariffs").said_on == said_on


def test_no_date_line_means_no_said_on(x):
    assert find(run(x, "Kang Ji-won said tariffs must rise.", published=None), "tariffs").said_on is None


def test_statements_about_other_actors(x):
    got = run(x, '"I support the Trade Ministry\'s position on tariffs," Kang Ji-won said.')
    st = find(got, "I support the Trade Ministry")
    assert st.about == ("trade-ministry",) and st.speaker.id == "kang-ji-won"


@pytest.mark.parametrize(
    "paragraphs, about",
    [
        # "the ministry" in the content is the ministry the story has named most before it
        (("The Trade Ministry may be split up. The Trade Ministry has objected, and the Defense "
          "Ministry stayed silent.", "Kang Ji-won said breaking up the ministry would be a mistake."),
         ("trade-ministry",)),
        # "the party" likewise: the party named before
        (("The People Party met on Monday.", "Chang Ho-sik said the party had lost its way."),
         ("people-party",)),
        # negatives: "a ministry" is any ministry; "the ministry of X" names its own; none named before
        (("The Trade Ministry may be split up.", "Kang Ji-won said a ministry should serve the public."),
         ()),
        (("The Trade Ministry may be split up.", "Kang Ji-won said the ministry of Fisheries would grow."),
         ()),
        (("Kang Ji-won said the ministry would be split up.",), ()),
        # ... nor is one's own body what one's words are about ("the party" said by its leader)
        (("The People Party met on Monday.", "Kang Ji-won said the party had lost its way."), ()),
    ],
)  # fmt: skip
def test_a_body_the_content_refers_back_to_is_what_it_is_about(x, paragraphs, about):
    assert run(x, *paragraphs).statements[-1].about == about


def test_narration_with_quotes_but_no_speaker_yields_nothing(x):
    got = run(x, 'The "sunshine" era ended years ago, and the "hotline" stayed silent.')
    assert got.statements == ()


def test_a_bare_surname_nobody_introduced_is_not_guessed(x):
    got = run(x, '"We will see," Park said.')
    assert all(st.speaker.id != "kang-ji-won" for st in got.statements)


def test_offsets_point_into_the_text(x):
    text = " date 2026-03-12 Headline\n\n\u201cWe will restore the hotline,\u201d Kang Ji-won said."
    got = x.extract(parse_article(text, "t.txt"))
    for st in got.statements:
        assert text[st.start : st.end] == st.content
        assert text[st.speaker.start : st.speaker.end] == st.speaker.mention


def test_the_us_is_a_speaker_not_the_pronoun_us(x):
    got = run(x, "Talks stalled after the US blocked the tariffs plan on Monday.")
    st = find(got, "the tariffs plan")
    assert (st.speaker.id, st.actor, st.said_on) == ("us", "us", "2026-03-09")


def test_an_act_narrated_with_its_year_is_dated_by_it(x):
    got = run(
        x, "The plan collapsed after Washington blocked trade projects, including a port deal in May 2019."
    )
    assert find(got, "trade projects").said_on == "2019-05"


def test_acts_in_an_undated_article_have_no_date(x):
    got = run(x, "Washington blocked trade projects in May 2019.", published=None)
    assert find(got, "trade projects").said_on is None


def test_a_ministry_spokesperson_belongs_to_the_ministry_just_named(x):
    got = run(
        x,
        "Trade Minister Chang Ho-sik spoke in the morning.",
        "The Defense Ministry said the drills would last a week. "
        "A ministry spokesperson refused to comment on the cost.",
    )
    st = find(got, "to comment on the cost")
    assert st.actor == "defense-ministry" and st.speaker.anonymous


def test_a_name_and_a_colon_open_a_speaker_s_paragraph_but_labels_do_not(x):
    got = run(
        x,
        "Tariff talks resume",
        "Kang Ji-won: Tariffs will not rise this year.",
        "KANG: We will keep the hotline open whatever happens.",
        "Update: This story was changed to add a quote.",
    )
    assert [(st.speaker.id, st.kind, st.cue) for st in got.statements] == [
        ("kang-ji-won", "direct", ":"),
        ("kang-ji-won", "direct", ":"),
    ]


def test_a_broadcast_caption_names_and_places_the_speaker_of_the_words_after_it(x):
    got = run(
        x,
        "Ferry service to resume",
        "ANCHOR: The ferry line to the islands reopens next month.",
        '[SOT] Moon Ga-eun, Defense Minister: "Patrols will double. Nobody should worry."',
        "Yoo Seung-ri / Researcher, Pacific Harbor Institute\nThe fares are too high. Few will ride it.",
        "Song Na-rae / Fisherman, Baengnyeong Island\nWe have waited ten years.",
    )
    assert [(st.speaker.id, st.actor, st.kind, st.content) for st in got.statements] == [
        ("moon-ga-eun", "defense-ministry", "direct", "Patrols will double. Nobody should worry."),
        ("yoo-seung-ri", "pacific-harbor-institute", "direct", "The fares are too high. Few will ride it."),
        ("song-na-rae", None, "direct", "We have waited ten years."),
    ]


def test_a_bracketed_caption_on_a_line_of_its_own_names_the_speaker_of_the_words_below(x):
    got = run(
        x,
        "Ferry service to resume",
        "[Reporter]\nThe ferry line to the islands reopens next month.",
        '[Moon Ga-eun / Defense Minister]\n"Patrols will double. Nobody should worry."',
        "[Song Na-rae, Fisherman]",
        '"We have waited ten years."',
        # negatives: a newsroom label, a bracketed note with a verb, a photo's credit
        "[Anchor]\nThe crossing takes four hours.",
        "[Moon Ga-eun / spoke on Friday]\nThe line reopens in May.",
        "[Moon Ga-eun / Yonhap]\nThe minister visits the pier.",
    )
    assert [(st.speaker.id, st.actor, st.kind, st.content) for st in got.statements] == [
        ("moon-ga-eun", "defense-ministry", "direct", "Patrols will double. Nobody should worry."),
        ("song-na-rae", None, "direct", "We have waited ten years."),
    ]


def test_a_label_s_note_of_how_the_words_were_got_and_a_post_s_initials_keep_the_label(x):
    got = run(
        x,
        "Ferry service to resume",
        "REPORTER: Defense Minister Moon Ga-eun said the patrols would double.",
        "MOON (recorded): Nobody should worry about the crossing.",
        "REPORTER: Island ferry captain Yoo Seung-ri was less sure.",
        "YOO (by phone): The fares are still too high.",
        '[SOUNDBITE] Mark Ellison / U.S. Deputy Secretary of Transport (English)\n"Our ships are staying."',
        # negatives: a name nobody was introduced by, and a bracket that is no note of how one spoke
        "Passengers (about 300 a day): most of them islanders.",
    )
    assert [(st.speaker.id, st.content) for st in got.statements] == [
        ("moon-ga-eun", "the patrols would double"),
        ("moon-ga-eun", "Nobody should worry about the crossing."),
        ("yoo-seung-ri", "The fares are still too high."),
        ("mark-ellison", "Our ships are staying."),
    ]


def test_a_report_label_is_the_newsroom_s_voice_and_the_speaker_named_after_it_speaks(x):
    got = run(
        x,
        "Ferry service to resume",
        "Anchor: Will the ferry run this winter?",
        "Report: Speaking at the pier on Monday, Transport Minister Moon Ga-eun said the line would reopen.",
        "Report: Not soon, say captains. Yoo Seung-ri, a ferry captain, said the fares were too high.",
    )
    assert [(st.speaker.id, st.content) for st in got.statements] == [
        ("moon-ga-eun", "the line would reopen"),
        ("yoo-seung-ri", "the fares were too high"),
    ]


def test_a_caption_inside_a_soundbite_s_tag_names_and_places_the_speaker_of_the_words_after_it(x):
    got = run(
        x,
        "Ferry service to resume",
        "ANCHOR: The ferry line to the islands reopens next month.",
        '[SOUND BITE: Defense Minister Moon Ga-eun] "Patrols will double. Nobody should worry."',
        "(SOT: Yoo Seung-ri, Pacific Harbor Institute) The fares are too high. Few will ride it.",
        # negatives: a photo's credit, a note with a verb, a tag with no person, a tag without a colon
        "[PHOTO: Moon Ga-eun / Yonhap] The minister visits the pier.",
        "[UPDATE: Moon Ga-eun spoke on Friday] The line reopens in May.",
        "[MAP: Baengnyeong Island] The crossing takes four hours.",
        "[REPORTER] Islanders have waited ten years.",
    )
    assert [(st.speaker.id, st.actor, st.kind, st.content) for st in got.statements] == [
        ("moon-ga-eun", "defense-ministry", "direct", "Patrols will double. Nobody should worry."),
        ("yoo-seung-ri", "pacific-harbor-institute", "direct", "The fares are too high. Few will ride it."),
    ]


def test_a_link_to_another_story_is_no_statement_but_a_labelled_update_is_read(x):
    got = run(
        x,
        "Ferry service to resume",
        "Read more: Harbor chief says ferries 'will never return'",
        "Related: Defense Ministry says patrols will double",
        "Update: Defense Ministry spokesperson Jin Ha-neul said on Friday that the line would reopen.",
    )
    assert [(st.speaker.id, st.content) for st in got.statements] == [
        ("jin-ha-neul", "the line would reopen")
    ]


def test_a_label_that_names_nobody_is_the_page_s_furniture_not_a_speaker(x):
    got = run(
        x,
        "Ferry service to resume",
        "Defense Minister Moon Ga-eun said on Friday that the line would reopen in May.",
        "MOON: Nobody should worry about the crossing.",
        "Fishermen: We have waited ten years for this boat.",
        # negatives: a page's labels, whose word names nobody
        "Keywords: ferry, islands, patrols",
        "Our Principles: How the Harbor Times reports",
        "Related Coverage: Island schools brace for winter",
        "Copyright: Harbor Times Media",
    )
    assert [(st.speaker.id, st.content) for st in got.statements] == [
        ("moon-ga-eun", "the line would reopen in May"),
        ("moon-ga-eun", "Nobody should worry about the crossing."),
        ("group-fishermen", "We have waited ten years for this boat."),
    ]


def test_a_photo_shows_but_says_nothing_while_a_report_shows_what_it_found(x):
    got = run(
        x,
        "Ferry service to resume",
        "This photo, released by the Defense Ministry, shows Jin Ha-neul speaking at the pier on Monday.",
        "A Defense Ministry report shows that ferry traffic fell by half.",
    )
    assert [st.content for st in got.statements] == ["ferry traffic fell by half"]


def test_according_to_a_medium_nobody_owns_only_says_how_a_named_speaker_s_words_came(x):
    got = run(
        x,
        "Ferry service to resume",
        "The Defense Ministry said the line would reopen in May, according to a text message to the press.",
        "The pier will be rebuilt, according to a notice posted at the terminal.",
    )
    assert [(st.speaker.id, st.content) for st in got.statements] == [
        ("defense-ministry", "the line would reopen in May"),
        ("anon-source-1", "The pier will be rebuilt"),  # no saying of its own: the notice's words
    ]


def test_a_clause_hung_on_the_reported_verb_is_said_but_the_writer_s_contrast_is_not(x):
    got = run(
        x,
        "Ferry service to resume",
        "Harbor chief Yoo Seung-ri said the line must reopen soon, because the islanders were adding "
        "cars every month.",
        "Yoo said the fares would stay low even though fuel costs had doubled.",
        "Yoo said the pier was safe, while the coast guard urged caution.",
    )
    assert [st.content for st in got.statements if st.speaker.id == "yoo-seung-ri"] == [
        "the line must reopen soon, because the islanders were adding cars every month",
        "the fares would stay low even though fuel costs had doubled",
        "the pier was safe",
    ]


def test_an_interviewer_s_question_is_no_statement_but_a_quoted_question_is_the_speaker_s(x):
    got = run(
        x,
        "Ferry service to resume",
        "Harbor Times: Should the ferry line reopen before the patrols double?",
        "HT: Does the Defense Ministry still believe the pier is safe?",
        "Yoo Seung-ri: Not before May. The pier needs work.",
        'Harbor chief Yoo Seung-ri said: "Who would ride it in winter?"',
    )
    assert [(st.speaker.id, st.content) for st in got.statements] == [
        ("yoo-seung-ri", "Not before May. The pier needs work."),
        ("yoo-seung-ri", "Who would ride it in winter?"),
    ]


def test_a_caption_alone_gives_the_next_paragraph_unless_it_says_who_speaks_or_credits_a_photo(x):
    got = run(
        x,
        "Ferry service to resume",
        "Yoo Seung-ri / Researcher, Pacific Harbor Institute",
        "The fares are too high. I think few will ride it before the summer.",
        "Moon Ga-eun / Yonhap",
        "The minister toured the port on Monday.",
        "Oh Dae-ho / Captain, Island Ferry Union",
        "The line will reopen in May, Defense Ministry spokesperson Jin Ha-neul said.",
    )
    assert [(st.speaker.id, st.actor, st.content) for st in got.statements] == [
        (
            "yoo-seung-ri",
            "pacific-harbor-institute",
            "The fares are too high. I think few will ride it before the summer.",
        ),
        ("jin-ha-neul", "defense-ministry", "The line will reopen in May"),
    ]


def test_datelines_places_and_prose_broken_over_lines_are_no_captions(x):
    got = run(
        x,
        "Ferry service to resume",
        "INCHEON, May 4 (Reuters)\nThe ferry line to the islands reopens next month.",
        "Incheon, South Korea\nThe ferry line reopens next month.",
        "Moon Ga-eun, the new minister\nvisited the port on Monday.",
        "REPORTER: The minister visited the port on Monday.",
        "TUESDAY: THE MINISTER ANSWERS",
    )
    assert got.statements == ()


def test_a_quote_paragraph_after_someone_else_is_named_is_not_given_to_the_earlier_speaker(x):
    got = run(
        x,
        '"The tariffs will stay," Kang Ji-won said.',
        "Trade Minister Chang Ho-sik disagreed sharply at the meeting.",
        "\u201cWe cannot afford them.\u201d",
    )
    assert all(st.speaker.id != "kang-ji-won" for st in got.statements if "afford" in st.content)


def test_a_quote_paragraph_after_more_about_the_same_speaker_continues_with_them(x):
    got = run(
        x,
        "A Defense Ministry official said the drills would be shorter, speaking anonymously.",
        "The official nodded when asked whether the allies agreed.",
        "\u201cWe are of one mind on this.\u201d",
    )
    assert find(got, "one mind").speaker.id == find(got, "drills would be shorter").speaker.id


def test_a_scare_quote_in_narration_is_not_given_to_the_next_sentence_s_speaker(x):
    got = run(x, 'Kang Ji-won carried his "peace banner," eager to march. "We want talks now," he said.')
    assert [st.content for st in got.statements] == ["We want talks now"]
    assert got.statements[0].speaker.id == "kang-ji-won"


def test_she_is_the_last_person_who_spoke_not_one_named_in_passing(x):
    got = run(
        x,
        "Lim Su-jin, a Defense Ministry spokesperson, declined to say whether Kang Ji-won had been told. "
        '"I will not speculate," she said.',
    )
    assert find(got, "I will not speculate").speaker.id == "lim-su-jin"


def test_a_surname_two_people_share_goes_to_the_one_whose_role_is_repeated(x):
    got = run(
        x,
        "Kim Min-jun, a trade negotiator, met Defense Minister Kim Do-yun on Monday.",
        '"Talks went well," said Kim Do-yun.',
        "Kim, the negotiator, said the tariffs would be cut.",
    )
    assert find(got, "tariffs would be cut").speaker.id == "kim-min-jun"


def test_a_ministry_named_after_a_foreign_country_is_that_country_s(x):
    got = run(x, "Chinese Defense Ministry spokesperson Zhang Wei said the joint drills were provocative.")
    assert find(got, "joint drills").actor == "china"


def test_a_country_in_a_job_description_is_not_the_speaker_s_organisation(x):
    got = run(x, "Shin Ye-rim, a professor of Korean studies in Seoul, said the hotline should be restored.")
    assert find(got, "hotline").actor is None


def test_the_day_a_speaker_was_speaking_carries_to_the_quote_that_follows(x):
    got = run(
        x,
        "Kang Ji-won, speaking at a forum on Tuesday, struck a cautious note. "
        '"Tariffs will wait," Kang said.',
        "Markets were calm.",
        '"Tariffs are not the answer," Kang said on another occasion.',
    )
    assert find(got, "Tariffs will wait").said_on == "2026-03-10"


def test_she_skips_a_person_already_called_he(x):
    got = run(
        x,
        "Lim Su-jin spoke first. Chang Ho-sik answered, and he said nothing about the hotline.",
        '"We will wait for the ministry," she said.',
    )
    assert find(got, "We will wait").speaker.id == "lim-su-jin"


def test_single_quote_marks_quote_when_a_paragraph_has_no_double_ones(x):
    got = run(x, "'If the talks fail, we will try again next month,' Kang Ji-won said.")
    st = find(got, "If the talks fail")
    assert (st.kind, st.speaker.id) == ("direct", "kang-ji-won")
    assert run(x, "The leaders' talks went well, Kang Ji-won's aide said.").statements[0].kind == "reported"


def test_the_statement_added_is_whoever_spoke_in_the_statement(x):
    got = run(
        x,
        "In a statement on Monday, Kang Ji-won said the hotline must be restored.",
        '"Talks cannot wait," the statement added.',
    )
    assert find(got, "Talks cannot wait").speaker.id == "kang-ji-won"


def test_a_lawmaker_right_after_his_party_is_named_counts_for_the_party(x):
    got = run(x, "The People Party was quick to react. Rep. Yoo Min-ho dismissed the plan as reckless.")
    assert find(got, "the plan as reckless").actor == "people-party"


def test_long_quotes_around_one_attribution_stay_two_statements(x):
    first = "We have looked at every option for the hotline, " * 20  # past BARE_RUN_LENGTH
    got = run(x, f'"{first.strip()}" Kang Ji-won said. "Nothing else will do."')
    assert [st.content for st in got.statements][-1] == "Nothing else will do."
    assert all(st.speaker.id == "kang-ji-won" for st in got.statements)


LONG_A = (
    "We sailed out past the breakwater before dawn and found the nets torn along the whole line, "
    "every float cut loose and the marker buoys gone"
)  # with LONG_B, past RUN_LENGTH
LONG_B = (
    "Nobody on the boat had seen anything like it in twenty years, and nobody knew who to call "
    "first, the coast office or the insurers in town"
)
UTTERANCES = [
    # one utterance broken only by a bare attribution is one statement, however long
    (f"“{LONG_A},” said Oddny Brekke, a skipper from the northern fleet. “{LONG_B}.”", 1),
    (f"“{LONG_A},” Brekke told reporters. “{LONG_B}.”", 1),
    # negative: circumstances between mark two statements
    (f"“{LONG_A},” Brekke said at the quay on Tuesday. “{LONG_B}.”", 2),
    # negative: a quote that takes its own stance stands on its own
    (
        f"“{LONG_A},” Brekke said. “The joint drills must be scaled back before the season opens, "
        "because every boat in the harbour loses a week of fishing whenever the firing ranges "
        "are closed to boats.”",
        2,
    ),
]


@pytest.mark.parametrize(("paragraph", "count"), UTTERANCES)
def test_a_long_run_of_quotes_is_one_statement_only_when_one_utterance(x, paragraph, count):
    got = run(x, "Oddny Brekke runs a trawler.", paragraph)
    assert [st.speaker.id for st in got.statements] == ["oddny-brekke"] * count


def test_asking_not_to_be_named_is_not_a_statement(x):
    got = run(x, "A Defense Ministry official, who asked not to be named, said the joint drills would go on.")
    assert [st.content for st in got.statements] == ["the joint drills would go on"]


def test_the_same_day_is_the_day_last_given(x):
    got = run(
        x,
        '"We must talk," Kang Ji-won told a forum on Tuesday.',
        "Chang Ho-sik pushed back the same day. Speaking to lawmakers, Chang said the tariffs would stay.",
    )
    assert find(got, "tariffs would stay").said_on == "2026-03-10"


SHORT_RUNS = [
    # two short quotes around a bare attribution that make one point (no stance, or the same)
    ("“The boats are in,” Brekke said. “The nets are dry.”",
     [("The boats are in,” Brekke said. “The nets are dry.", None)]),
    # negative: the second takes a side of its own: two statements, the stance only on its own
    ("“The boats are in,” Brekke said. “The joint drills must be scaled back.”",
     [("The boats are in", None), ("The joint drills must be scaled back.", "drills")]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "expected"), SHORT_RUNS)
def test_a_short_run_of_quotes_is_one_statement_only_when_it_makes_one_point(x, paragraph, expected):
    got = run(x, "Oddny Brekke runs a trawler.", paragraph)
    assert [(st.content, st.concept) for st in got.statements] == expected


COORDINATED_SAYING = [
    # "told a briefing that A, and stressed that B": the first saying stops before the second
    ("Chang Ho-sik told a press briefing that the ministry had put inspectors on standby, and "
     "stressed that tariffs should stay whatever the talks bring.",
     ["the ministry had put inspectors on standby", "tariffs should stay whatever the talks bring"]),
    ("Chang Ho-sik said the inspectors were ready and stressed that tariffs should stay.",
     ["the inspectors were ready", "tariffs should stay"]),
    # negative: one saying of two coordinated clauses is one statement
    ("Chang Ho-sik said the inspectors were ready and the tariffs would stay.",
     ["the inspectors were ready and the tariffs would stay"]),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "contents"), COORDINATED_SAYING)
def test_a_second_saying_coordinated_with_the_first_is_its_own_statement(x, paragraph, contents):
    assert [st.content for st in run(x, paragraph).statements] == contents
