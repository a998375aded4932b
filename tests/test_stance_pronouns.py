"""A pronoun in a clause joined to the clause whose subject names the statement's concept takes
that subject up, whatever its verb (issue 8, recall; bot/extract/stance_pronouns.py): "the
drills are routine, and they will go ahead in May" is against scaling them back.

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Negative cases: a pronoun in a clause saying how or when
("so that it is not sold on", "if they resume"), one after a subject acted on ("were
suspended, and they were a mistake": the suspension was), a pronoun of the other number, and one
in a clause of saying ("it said").
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"The spring drills are routine, and they will go ahead in May," said Col. Baek Tae-ho.',
            "routine",
            "military-exercises",
            "oppose",
        ),
        (
            '"The sanctions are in their ninth year, and they should be lifted," said Rep. Moon Seo-ah.',
            "ninth year",
            "sanctions",
            "oppose",
        ),
        (
            '"Food aid is a matter of conscience, and it should never be held hostage to missile tests," '
            "said Rep. Moon Seo-ah.",
            "conscience",
            "humanitarian-aid",
            "support",
        ),
        # negative: a clause saying how it is done, not what should be done to it
        (
            "Rep. Moon Seo-ah said food aid must be checked at the port so that it is not sold on markets.",
            "checked",
            None,
            None,
        ),
        # negative: a condition
        (
            '"The spring drills are routine, and if they resume we will file a protest," '
            "said Rep. Moon Seo-ah.",
            "routine",
            None,
            None,
        ),
        # negative: after a subject acted on, the pronoun may stand for the act
        (
            '"The spring drills were suspended in 2019, and they were a mistake," said Rep. Moon Seo-ah.',
            "suspended",
            None,
            None,
        ),
        # negative: "they" after a singular subject is someone else
        (
            '"The exercise is routine, and they should stay calm," said Col. Baek Tae-ho.',
            "routine",
            None,
            None,
        ),
    ],
)
def test_pronoun_takes_up_the_subject(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
