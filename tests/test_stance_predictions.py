"""A prediction reported takes no side (issue 8, false stances): "analyst X predicted that
Moscow would veto any new sanctions" tells what X foresees another doing, not what X wants
(lexicon.toml `forecasting_verbs`; stance_scope.py).

Every sentence is written for these tests (invented people and wording of our own); the concepts
are the project's data/concepts.toml. The table has negative cases: the same content told with a
verb of saying or of urging, and a hope put to another ("expects").
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Analyst Lena Park predicted that Moscow would veto a fresh sanctions resolution.",
            "veto",
            None,
            None,
        ),
        (
            "Analyst Lena Park predicted on Monday that the allies would scale back the autumn drills.",
            "scale back",
            None,
            None,
        ),
        # negative: a verb of saying or of urging, and a hope put to another
        (
            "Minister Kang Do-yun said Seoul would veto any easing of the sanctions at the council.",
            "veto",
            "sanctions",
            "support",
        ),
        (
            "Minister Kang Do-yun urged the allies to scale back the autumn drills.",
            "scale back",
            "military-exercises",
            "support",
        ),
    ],
)
def test_a_prediction_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
