"""A verb of saying in a to-clause reports its subject's view as a finite one does: "Pyongyang
is using the floods to signal that ...", "people used to say that ..." tell what others say, no
side of the speaker's; "we are ready to propose that ..." (an act that takes a side) and "we
want to make clear that ..." stay the speaker's. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Oriol Vidal, a lecturer, said Pyongyang was using the floods to signal that no aid from "
            "Seoul would change its two-state line.",
            "floods",
            None,
            None,
        ),
        (
            '"Years ago, people used to say that someday we would again be one nation," said Oriol Vidal, a '
            "retired teacher.",
            "one nation",
            None,
            None,
        ),
        (
            "Oriol Vidal, a lecturer, said the generals had started to argue that the drills should "
            "be scaled back.",
            "had started to argue",
            None,
            None,
        ),
        # "made clear" says as "said" does (declaring_adjectives)
        (
            '"Honestly, I doubt it," said Oriol Vidal, a lecturer. "The North has made clear it does '
            'not want any dialogue this winter."',
            "has made clear",
            None,
            None,
        ),
        # negative: the speaker's own side's saying, or an act of saying that takes a side
        (
            '"We are ready to propose that the two governments hold family reunions," said Oriol Vidal, a '
            "ministry spokesman.",
            "propose",
            "family-reunions",
            "support",
        ),
        (
            '"We want to make clear that dialogue with the North is still what we seek," said Oriol '
            "Vidal, a ministry spokesman.",
            "make clear",
            "inter-korean-dialogue",
            "support",
        ),
        (
            '"We have made it clear that we want talks with Pyongyang," said Oriol Vidal, a ministry '
            "spokesman.",
            "made it clear",
            "inter-korean-dialogue",
            "support",
        ),
        (
            '"I have come to believe that we must keep the sanctions," said Oriol Vidal, a lawmaker.',
            "believe",
            "sanctions",
            "support",
        ),
    ],
)
def test_a_saying_in_a_to_clause_is_its_subject_s_view(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
