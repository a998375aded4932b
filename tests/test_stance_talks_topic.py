"""Talks with a government about the counterpart are not talks with the counterpart (issue 8,
wrong concept on /work/fresh-odd).

Talking "with" the North names inter-Korean dialogue wherever the words stand
(bot/extract/stance_talks.py); the parser often hangs the topic of the talks on the name of the
one talked with ("consult with Canberra on North Korea policy"), and the topic's name is no party
to them: that is Seoul talking with Canberra.

Every sentence is written for these tests (invented people and wording); the concepts are the
project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from bot.articles import parse_article
from tests.test_stance import PUBLISHED, stance_of


@pytest.mark.parametrize(
    "text, fragment",
    [
        (
            'Spokesperson Odile Brandt said Seoul would "keep consulting closely with the United States '
            'on North Korea policy at all levels."',
            "consulting",
        ),
        (
            "Spokesperson Odile Brandt said the ministry would continue to talk with the European Union "
            "about North Korea policy.",
            "talk",
        ),
    ],
)
def test_talks_about_the_counterpart_are_not_with_it(extractor, text, fragment):
    got = extractor.extract(parse_article(text, "t.txt", PUBLISHED))
    assert [st.concept for st in got.statements if fragment in st.content] in ([], [None])


# negative: talks with the counterpart on some topic are still dialogue with it
@pytest.mark.parametrize(
    "text, fragment",
    [
        (
            "Spokesperson Odile Brandt said Seoul would keep consulting with the North on flood control.",
            "consulting",
        ),
        (
            "Spokesperson Odile Brandt said the ministry was ready to talk with Pyongyang about "
            "the missing fishermen.",
            "ready",
        ),
    ],
)
def test_talks_with_the_counterpart_on_a_topic(extractor, text, fragment):
    assert stance_of(extractor, text, fragment) == ("inter-korean-dialogue", "support")
