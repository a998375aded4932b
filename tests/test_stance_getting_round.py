"""Getting round a thing, watering it down or rethinking it goes against it (issue 8, wrong side
on /work/fresh-odd), as "evade" and "reduce" do: a verb ("circumvent", "bypass", "dilute",
"water down", "reconsider") or a noun of the act ("relaxation", "loosening", "evasion",
"circumvention", "dilution": which way the thing goes, as "a reduction of" says).

- "will not tolerate efforts to circumvent the embargo" upholds the embargo;
- "any relaxation of the quotas would reward the smugglers" warns for the quotas;
- "strengthen, not dilute, the treaty" is for the treaty; "urged X to reconsider the drills"
  is against them as they stand.

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
            "Treasury official Ines Marr said the government will not tolerate efforts to "
            "circumvent the sanctions regime.",
            "tolerate",
            "sanctions",
            "support",
        ),
        (
            "Ambassador Oren Falk said any relaxation of sanctions this year would reward Pyongyang.",
            "relaxation",
            "sanctions",
            "support",
        ),
        (
            "Ambassador Oren Falk said evasion of the sanctions by shipping firms must be stopped.",
            "evasion",
            "sanctions",
            "support",
        ),
        (
            'General Ivo Brandt said the two navies must "strengthen, not dilute" their joint deterrence '
            "under the alliance.",
            "strengthen",
            "us-alliance-deterrence",
            "support",
        ),
        (
            "Envoy Lio Varga called on Seoul to reconsider the large-scale military drills.",
            "reconsider",
            "military-exercises",
            "support",
        ),
        # negative cases: the act named, told or denied as a fact, takes no side
        (
            "Ambassador Oren Falk said the panel found no evasion of sanctions last year.",
            "panel",
            None,
            None,
        ),
        (
            "Ambassador Oren Falk said the meeting would cover the relaxation of sanctions.",
            "meeting",
            None,
            None,
        ),
    ],
)
def test_getting_round_a_thing_goes_against_it(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
