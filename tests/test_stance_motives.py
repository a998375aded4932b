"""A third party's motive told takes no side (issue 8, false stances): what another "has little
incentive to" do, has "no interest in", what "its real objective is" or what it "needs" a thing
for tells what that party is minded to do, as "wants to" does; the speaker's own side's motive is
a position (bot/extract/stance_motives.py; `motive_nouns`, `aim_nouns` in data/lexicon.toml).

Every sentence is written for these tests (invented people, institutes and wording of our own);
the concepts are the project's data/concepts.toml. The table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

ANALYST = "said Bae Min-ho, a researcher at the Hanul Institute."


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            f'"While the fuel keeps arriving, Pyongyang has little incentive to abandon its nuclear '
            f'weapons," {ANALYST}',
            "incentive",
            None,
            None,
        ),
        (
            f'"Pyongyang has no interest in family reunions this year," {ANALYST}',
            "no interest",
            None,
            None,
        ),
        (
            f'"The North needs an outside enemy to justify its two-state doctrine," {ANALYST}',
            "outside enemy",
            None,
            None,
        ),
        (
            f'"Pyongyang blames the drills. Its true objective is to make the two-state doctrine '
            f'permanent," {ANALYST}',
            "true objective",
            None,
            None,
        ),
        # negative: the speaker's own side's motive (reported speech names it too, when the speaker's
        # side is not known), a necessity, a thing needed, a motive foretold
        (
            "Bae Min-ho, a researcher at the Hanul Institute, said Seoul has no interest in a working group.",
            "no interest",
            "working-group",
            "oppose",
        ),
        (
            "Unification Minister Cho Ha-yun said Seoul has every reason to keep the sanctions in place.",
            "every reason",
            "sanctions",
            "support",
        ),
        (
            '"We have no intention of giving up our nuclear weapons," said Ri Son-gwon, a North Korean '
            "Foreign Ministry official.",
            "no intention",
            "denuclearization",
            "oppose",
        ),
        (
            '"Our goal is to resume dialogue with the North," Unification Minister Cho Ha-yun said.',
            "Our goal",
            "inter-korean-dialogue",
            "support",
        ),
        (
            f'"Seoul needs to reopen the hotline talks with the North," {ANALYST}',
            "reopen",
            "inter-korean-dialogue",
            "support",
        ),
        (
            f'"Seoul needs a stronger alliance to deter the North," {ANALYST}',
            "stronger alliance",
            "us-alliance-deterrence",
            "support",
        ),
        (
            f'"Cut off from the fuel, Pyongyang would have every reason to abandon its nuclear '
            f'weapons," {ANALYST}',
            "every reason",
            "denuclearization",
            "support",
        ),
    ],
)
def test_a_third_partys_motive_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
