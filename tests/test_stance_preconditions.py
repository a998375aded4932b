"""A precondition told takes no side (issue 8, false stances): "the complex cannot reopen without
exemptions" and "the tours could not resume while the sanctions stay in place" say what a thing
needs first, not whether it should happen nor whether the condition should last
(bot/extract/stance_preconditions.py).

Every sentence is written for these tests (invented people and wording of our own); the concepts
are the project's data/concepts.toml. The table has negative cases: an act refused or forbidden,
a person's act, "while" with a participle, and a thing said able to happen without harm.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Economist Yoon Da-hee said the Kaesong complex cannot reopen without waivers from the "
            "sanctions committee.",
            "cannot reopen",
            None,
            None,
        ),
        (
            "Economist Yoon Da-hee said the Kaesong complex cannot reopen without sanctions exemptions.",
            "cannot reopen",
            None,
            None,
        ),
        (
            "Economist Yoon Da-hee said the Mount Kumgang tours could not resume while the UN "
            "sanctions stay in place.",
            "could not resume",
            None,
            None,
        ),
        (
            '"Family reunions cannot go ahead while the liaison line stays dead," said Yoon Da-hee, '
            "a researcher.",
            "cannot go ahead",
            None,
            None,
        ),
        # negative: a thing acted on, a person acting, "while" with a participle, no negation
        (
            "Minister Oh Jae-won said the sanctions cannot be lifted without real steps toward disarmament.",
            "cannot be lifted",
            "sanctions",
            "support",
        ),
        (
            '"We cannot let another winter pass without dialogue with the North," Minister Oh Jae-won said.',
            "another winter",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Minister Oh Jae-won said the spring drills could be scaled down without weakening the "
            "allies' readiness.",
            "scaled down",
            "military-exercises",
            "support",
        ),
        (
            '"Reunions cannot wait for a better season in politics," Minister Oh Jae-won said.',
            "cannot wait",
            "family-reunions",
            "support",
        ),
    ],
)
def test_a_precondition_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
