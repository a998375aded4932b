"""A thing got or brought in with no getter named is the owner's (issue 8, wrong concept).

A country does not acquire what it already has: nuclear weapons acquired, developed, deployed or
introduced with no one named as getting them ("acquiring nuclear weapons is not an option", "the
deployment of nuclear weapons on the peninsula", "any attempt to introduce nuclear weapons into
the region") are about Seoul's own or hosted weapons (nuclear-armament, its `owner`), not about
the North's arsenal; so are those of "a move by Seoul toward nuclear weapons". The subject of a
verb of position that takes the act as a noun ("Beijing opposes the deployment of ...") judges
the act and does not do it. A getter named ("Pyongyang keeps building ...", "the deployment of
nuclear weapons by Pyongyang", "urged Pyongyang to stop developing ...") keeps the North's arsenal
(denuclearization). concepts.toml `gained`, bot/extract/stance_gained.py.

Every sentence is written for these tests (invented people and wording).
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Deputy Defense Minister Ariane Solberg said: "Developing nuclear weapons is not a path '
            'this cabinet will take."',
            "Developing",
            "nuclear-armament",
            "oppose",
        ),
        (
            "Spokesman Tomas Ebner said Moscow firmly opposes the stationing of nuclear weapons "
            "anywhere in East Asia.",
            "stationing",
            "nuclear-armament",
            "oppose",
        ),
        (
            "Spokesman Tomas Ebner said Moscow rejects every attempt to deploy nuclear weapons on "
            "the peninsula.",
            "attempt",
            "nuclear-armament",
            "oppose",
        ),
        (
            "Analyst Petra Lindqvist said a step by Seoul toward nuclear weapons would be a grave error.",
            "step",
            "nuclear-armament",
            "oppose",
        ),
        # negative: a getter named keeps the North's arsenal
        (
            "Analyst Petra Lindqvist said Pyongyang has vowed to go on building nuclear weapons.",
            "building",
            "denuclearization",
            "oppose",
        ),
        (
            "Spokesman Tomas Ebner said Moscow opposes the deployment of nuclear weapons by Pyongyang.",
            "deployment",
            "denuclearization",
            "support",
        ),
        (
            "Spokesman Tomas Ebner said the envoys urged Pyongyang to stop developing nuclear weapons.",
            "developing",
            "denuclearization",
            "support",
        ),
        # negative: the holder up its clauses still decides, as before
        (
            "Analyst Petra Lindqvist said Seoul has no intention to build nuclear weapons.",
            "build",
            "nuclear-armament",
            "oppose",
        ),
    ],
)
def test_a_thing_gained_without_getter_is_the_owners(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
