"""A ministry kept as the "control tower" of a policy leads it (issue 8, recall): "the Unification
Ministry must remain the control tower" is for its role, "should no longer be the control tower"
against it (data/concepts.toml, `unification-ministry-role` support words).

Every sentence is written for these tests (invented people, wording of our own). Negative cases:
another ministry as the control tower, and a control tower of an airport.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"The Unification Ministry has to remain the control tower for engagement," Rep. Oh Se-ra said.',
            "control tower",
            "unification-ministry-role",
            "support",
        ),
        (
            "Rep. Oh Se-ra said the Unification Ministry should no longer be the policy's control tower.",
            "control tower",
            "unification-ministry-role",
            "oppose",
        ),
        # negative: another ministry leading its own field, and a tower at an airport
        (
            '"The Defense Ministry has to remain the control tower for emergencies," Rep. Oh Se-ra said.',
            "control tower",
            None,
            None,
        ),
        (
            "Rep. Oh Se-ra said the control tower at Gimpo airport had been closed for repairs.",
            "control tower",
            None,
            None,
        ),
    ],
)
def test_a_ministry_kept_as_the_control_tower(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
