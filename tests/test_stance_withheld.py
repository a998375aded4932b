"""Statements that name a concept's thing without taking a side on it (issue 8, false stances):

- A remark withheld or made about a thing, in the speaker's own words ("We do not comment on
  speculation about the aid convoys", "it would not be appropriate for the ministry to comment
  on X", "I will refrain from commenting on X"; data/lexicon.toml `commenting_words`): the thing is
  the remark's subject, and the one who would comment is no thing argued about. A spokesperson's
  routine refusal is the commonest case; a side taken in the same words outside the remark
  ("... but the drills must go ahead") still decides.
- An offer of talks owned by a government that is neither the proposition's party nor its
  counterpart ("Canada's offer of talks still stands", "Tokyo's proposal for talks", "welcomes
  Washington's readiness for dialogue"; `offer_nouns`) is that government's own channel, as
  "Washington offered talks" is; Seoul's, the ministry's or the North's offer is not another's.
- "The government" taking part in talks is the speaker's own government, or, for a speaker in
  no government (a scholar, an activist), the story's home country's: in a Tokyo story "the
  government should open talks with Pyongyang" is Tokyo's channel; the one urged to talk
  ("urged the government to fix a date for talks") takes part, not the one who urges. So does
  the one who leads a government ("the prime minister", "the administration"; `government_heads`)
  and the government a participle puts in them ("no longer object to the government holding
  talks with Pyongyang").

Every sentence is written for these tests (invented people, places and wording); the concepts
are the project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"We do not comment on possible adjustments to the spring drills," defense spokesman '
            "Colonel Yoo Jae-hyun told reporters.",
            "spring drills",
            None,
            None,
        ),
        (
            "A ministry official said it would not be appropriate for the Unification Ministry to "
            "comment on a lawmaker's memoir.",
            "memoir",
            None,
            None,
        ),
        (
            '"I will refrain from commenting on the particulars of our reunion proposal," '
            "Chief Cabinet Secretary Daisuke Mori said.",
            "particulars",
            None,
            None,
        ),
        # negative: a side taken beside the remark, or without one, still decides
        (
            '"We do not comment on hypotheticals, but the spring drills must go ahead in full," '
            "defense spokesman Colonel Yoo Jae-hyun told reporters.",
            "in full",
            "military-exercises",
            "oppose",
        ),
        (
            "A ministry official said the Unification Ministry must not be merged into the Foreign Ministry.",
            "merged",
            "unification-ministry-role",
            "support",
        ),
    ],
)
def test_a_remark_withheld_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'State Department spokeswoman Carla Benning said the U.S. offer of dialogue "still stands" '
            "and that Pyongyang has not replied.",
            "still stands",
            None,
            None,
        ),
        (
            "Rodong Sinmun dismissed Tokyo's proposal for talks as a ploy to buy time before the election.",
            "ploy",
            None,
            None,
        ),
        (
            "Foreign Ministry spokesperson Noh Ga-eun said the government welcomes Washington's "
            "readiness for dialogue with the North.",
            "welcomes",
            None,
            None,
        ),
        # negative: Seoul's, its ministry's or the North's own offer is the inter-Korean channel
        (
            "Foreign Ministry spokesperson Noh Ga-eun said the government welcomes Pyongyang's "
            "readiness for dialogue.",
            "welcomes",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Unification Ministry spokeswoman Han Seo-yeon said Seoul's offer of dialogue remains on "
            "the table.",
            "on the table",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Unification Ministry spokeswoman Han Seo-yeon said the ministry's offer of talks with "
            "the North remains open.",
            "remains open",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_another_governments_offer_is_its_own_channel(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


TOKYO = (
    "TOKYO (Kyodo) -- Japan's government came under pressure on Monday over the stalled abduction cases.\n\n"
)
SEOUL = (
    "SEOUL, May 4 (Yonhap) -- South Korea's government came under pressure on Monday over stalled "
    "family reunions.\n\n"
)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            TOKYO + "Aiko Maruyama, a professor of politics at Hanno University, said the government "
            "should open talks with Pyongyang this year.",
            "should open",
            None,
            None,
        ),
        (
            TOKYO + "Activist Daisuke Morita urged the government to fix a date for talks with Pyongyang.",
            "fix a date",
            None,
            None,
        ),
        # negative: the same words in a Seoul story are Seoul's channel
        (
            SEOUL + "Lee Jin-soo, a professor of politics at Hanbit University, said the government "
            "should open talks with Pyongyang this year.",
            "should open",
            "inter-korean-dialogue",
            "support",
        ),
        (
            SEOUL + "Activist Park Min-ho urged the government to fix a date for talks with Pyongyang.",
            "fix a date",
            "inter-korean-dialogue",
            "support",
        ),
        # negative: a Seoul minister's "the government" is Seoul's wherever the story is at home
        (
            TOKYO + "Unification Minister Ko Eun-bi said the government would seek talks with "
            "Pyongyang this year.",
            "would seek",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_the_government_of_a_story_at_home_elsewhere(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            TOKYO + '"The prime minister should hold talks with Pyongyang without conditions," said Emi '
            "Kuroda, who chairs a families' group.",
            "should hold",
            None,
            None,
        ),
        (
            TOKYO + "Emi Kuroda, who chairs a families' group, said members would no longer object to the "
            "government holding talks with Pyongyang.",
            "no longer object",
            None,
            None,
        ),
        (
            "Senator Ruth Caldwell, a Democrat, said the administration should be ready to talk to "
            "Pyongyang at any level.",
            "ready to talk",
            None,
            None,
        ),
        # negative: the same words in a Seoul story, or for Seoul's own official, are Seoul's channel
        (
            SEOUL + '"The president should hold talks with Pyongyang without conditions," said Han Ye-seul, '
            "who chairs a families' group.",
            "should hold",
            "inter-korean-dialogue",
            "support",
        ),
        (
            SEOUL + "Han Ye-seul, who chairs a families' group, said members would no longer object to the "
            "government holding talks with Pyongyang.",
            "no longer object",
            "inter-korean-dialogue",
            "support",
        ),
        (
            TOKYO + "Unification Minister Ko Eun-bi said the president would seek talks with Pyongyang "
            "this year.",
            "would seek",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_a_head_of_government_or_the_government_holding_talks(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
