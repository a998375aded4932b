"""Aid and reunions kept apart from politics (issue 8, recall): humanitarian help is argued for by
saying it must not wait on anything else. "Aid must flow regardless of X", "decouple aid from the
talks", "aid is a separate matter" are for it; "make aid conditional on X", "never be conditioned
on politics", "link aid to the talks", "attach political conditions to aid" go against it, so
denied they are for it (the concepts' own phrases in data/concepts.toml, beside "tied to" and
"held hostage").

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Negative cases: "separate" as a plain adjective of a thing
("a separate aid package"), "regardless" on another concept's verb.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Medicine for the clinics must flow regardless of the border row," Ahn Bo-ra said.',
            "clinics",
            None,
            None,
        ),
        (
            '"Medical aid must flow regardless of the border row," Ahn Bo-ra said.',
            "Medical aid",
            "humanitarian-aid",
            "support",
        ),
        (
            "Ahn Bo-ra said the cabinet would not make food aid conditional on the missile moratorium.",
            "food aid",
            "humanitarian-aid",
            "support",
        ),
        (
            "Ahn Bo-ra said flood relief should never be conditioned on the border talks.",
            "flood relief",
            "humanitarian-aid",
            "support",
        ),
        (
            "Ahn Bo-ra said the cabinet should decouple humanitarian aid from the fishing dispute.",
            "humanitarian aid",
            "humanitarian-aid",
            "support",
        ),
        (
            '"Aid to the flooded counties is a separate matter," Ahn Bo-ra said.',
            "Aid",
            "humanitarian-aid",
            "support",
        ),
        (
            "Ahn Bo-ra said the cabinet would not attach political conditions to aid for the North.",
            "conditions",
            "humanitarian-aid",
            "support",
        ),
        (
            "Ahn Bo-ra said the lenders would make aid conditional on access for inspectors.",
            "lenders",
            "humanitarian-aid",
            "oppose",
        ),
        (
            "Ahn Bo-ra said family reunions should never be conditioned on the fishing dispute.",
            "reunions",
            "family-reunions",
            "support",
        ),
        # negative: "separate" only describes a thing
        (
            "Ahn Bo-ra said Norway had announced a separate aid package for the flood victims.",
            "Norway",
            None,
            None,
        ),
        # negative: "regardless" on another concept's course is that concept's, not aid's
        (
            "Ahn Bo-ra said the drills would go ahead regardless of the aid talks.",
            "drills",
            "military-exercises",
            "oppose",
        ),
    ],
)
def test_apart_from_politics(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
