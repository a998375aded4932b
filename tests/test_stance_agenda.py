"""Stance-13 (issue 8): what "it" or "that" stands for when a statement only says whether an
option is under negotiation, grouped from bench/fresh's odd batches by the rule that decided.

- "That is not on the table" answers the option just put to the speaker. Read against the
  story's headline or the speaker's earlier words it took the story's topic for the option asked
  about (four answers in three batches); said of "it" or "that", an agenda phrase
  (data/lexicon.toml `agenda_phrases`) takes a side only on what the statement's own sentence or
  the question it answers names ("Asked whether ..., X said that was not on the table").
- "We are not considering X. It is not on the table": the object of the speakers' own clause is
  what a later "it" takes up, as a subject is ("Cooperation is not a reward. It is ...").

Every article is invented for these tests (invented people, wording of our own). Negative cases:
the headline's topic with an agenda phrase, an object of someone else's clause.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

HEADLINE = "Seoul offers aid shipment to the North\n\n"
LEAD = "The government offered on Monday to send food aid to North Korea through U.N. agencies.\n\n"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # the question is in the statement's own sentence: it names the option
        (
            f"{HEADLINE}{LEAD}Asked whether the government would open talks with Pyongyang this year, "
            'Vice Minister Rho Gun-tae said that was "not on the table."',
            "not on the table",
            "inter-korean-dialogue",
            "oppose",
        ),
        # the speakers' own object, named before "it"
        (
            '"We are not studying nuclear sharing. It is not on the table," '
            "Vice Minister Rho Gun-tae told reporters.",
            "not on the table",
            "nuclear-armament",
            "oppose",
        ),
        # the keyword itself with the agenda phrase: no context needed
        (
            "Vice Minister Rho Gun-tae said easing sanctions was off the table.",
            "off the table",
            "sanctions",
            "support",
        ),
        # negative: the headline's topic is not the option a reporter put to the speaker
        (
            f"{HEADLINE}{LEAD}Reporters pressed the minister on the allies' summer plans.\n\n"
            '"That is not on the table," Vice Minister Rho Gun-tae said.',
            "not on the table",
            None,
            None,
        ),
        (
            f"{HEADLINE}{LEAD}Rho Gun-tae, a vice minister, was asked about the allies' summer plans.\n\n"
            '"It is not on the table right now," Rho said.',
            "not on the table",
            None,
            None,
        ),
        # negative: the object of another's clause is not what the speaker's "it" takes up
        (
            '"Pyongyang keeps pushing a peace treaty. It is not on the table," '
            "Vice Minister Rho Gun-tae told reporters.",
            "not on the table",
            None,
            None,
        ),
    ],
)
def test_what_an_agenda_phrase_is_said_of(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
