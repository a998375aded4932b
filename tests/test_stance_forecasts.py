"""A forecast of what another will do, and a moment of a thing used as a time, take no side
(issue 8, false stances): "Pyongyang is very likely to turn down aid" foretells the North's act,
"a test around the end of the exercises" dates the test by the drills.

Every sentence is written for these tests (invented people, places and wording of our own); the
concepts are the project's data/concepts.toml (`forecast_words`, `moment_nouns`,
`time_prepositions` in data/lexicon.toml). Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Analyst Bae Min-ho said Pyongyang was very likely to turn down aid sent by South Korean "
            "churches.",
            "very likely",
            None,
            None,
        ),
        (
            "Analyst Bae Min-ho said Pyongyang is unlikely to accept any offer of family reunions this year.",
            "unlikely",
            None,
            None,
        ),
        (
            "Analyst Bae Min-ho said the new government is expected to lift the sanctions by spring.",
            "expected",
            None,
            None,
        ),
        (
            '"Given its new doctrine, it is likely to reject any talks with Seoul," said Bae Min-ho, an '
            "analyst.",
            "likely",
            None,
            None,
        ),
        # negative: the speaker's own side foretold, a thing's effect foretold, a plain act, a hope
        (
            '"We are not likely to lift the sanctions while the tests go on," Minister Cho Ha-yun said.',
            "not likely",
            "sanctions",
            "support",
        ),
        (
            "Minister Cho Ha-yun said Seoul would refuse aid sent through the regime's own agencies.",
            "refuse",
            "humanitarian-aid",
            "oppose",
        ),
        (
            "Minister Cho Ha-yun said the government expects to resume the reunions in the autumn.",
            "resume",
            "family-reunions",
            "support",
        ),
    ],
)
def test_a_forecast_of_anothers_act_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Analyst Bae Min-ho said he expected the North to test a missile around the end of the "
            "exercises.",
            "test a missile",
            None,
            None,
        ),
        (
            "Analyst Bae Min-ho said the envoys would meet again before the start of the joint exercises.",
            "meet again",
            None,
            None,
        ),
        # negative: an end called for, a stop to the thing, and a time beside an act on it
        (
            "Minister Cho Ha-yun said Seoul would call for an end to the drills.",
            "call for",
            "military-exercises",
            "support",
        ),
        (
            "Minister Cho Ha-yun said the allies must halt the drills before the end of the month.",
            "must halt",
            "military-exercises",
            "support",
        ),
    ],
)
def test_a_moment_of_a_thing_only_dates(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
