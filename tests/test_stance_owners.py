"""Whose weapons a statement is about (issue 8, wrong concept on /work/fresh-odd): South Korea's
own bomb (nuclear-armament) is not the North's arsenal (denuclearization).

- A modifier naming a country or body holds the thing it modifies, whoever the clause's subject
  is: "we will never accept North Korean nuclear weapons" is about the North's weapons, "a South
  Korean bomb" (a nuclear-armament keyword) about Seoul's.
- "Of our own" after the thing makes the speaker's side its holder ("nuclear weapons of our own").
- "An independent nuclear deterrent" names a country's own bomb as "indigenous nuclear" does.

Every sentence is written for these tests (invented people and wording); the concepts are the
project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'A Defense Ministry spokesperson said: "Seeking a nuclear arsenal of our own is not on '
            'the table."',
            "Seeking",
            "nuclear-armament",
            "oppose",
        ),
        (
            'Retired diplomat Agnes Follard said: "A South Korean bomb would be a serious mistake."',
            "bomb",
            "nuclear-armament",
            "oppose",
        ),
        (
            "Analyst Pell Varick said the allies opposed calls for an independent nuclear deterrent "
            "in Seoul.",
            "calls",
            "nuclear-armament",
            "oppose",
        ),
        # negative: another country's weapons named by its modifier stay the North's or another's
        (
            'A Defense Ministry spokesperson said: "We will never accept North Korean nuclear weapons."',
            "accept",
            "denuclearization",
            "support",
        ),
        (
            "A Defense Ministry spokesperson said Seoul would not tolerate Russian nuclear weapons near "
            "its borders.",
            "tolerate",
            "denuclearization",
            "support",
        ),
        (
            "Analyst Pell Varick said Tokyo should never accept the North's nuclear weapons.",
            "accept",
            "denuclearization",
            "support",
        ),
    ],
)
def test_whose_weapons(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
