"""A two-word keyword named with other modifiers between its words (bot/extract/stance_modified.py):
"regular high-level consultations", "quarterly, structured consultations" and "extended nuclear
deterrence" name the regular consultations and the extended deterrence, as the keyword alone
does; "quarterly" and "monthly" consultations are regular ones (data/concepts.toml).

Every sentence is written for these tests (invented people, wording of our own). Negative cases: a
modifier of another noun ("regular readers"), words between that name another concept's thing
("regular inter-Korean talks"), and a quarterly thing that is no consultation.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Foreign Minister Oh Dal-soo said the allies had agreed to convene regular high-level"
            " consultations on fisheries and North Korea policy.",
            "consultations",
            "regular-consultations",
            "support",
        ),
        (
            '"What both capitals need now are regular, candid consultations," Foreign Minister Oh'
            " Dal-soo said.",
            "candid",
            "regular-consultations",
            "support",
        ),
        (
            "Foreign Minister Oh Dal-soo said the two governments should hold quarterly"
            " deputy-level consultations from next spring.",
            "quarterly",
            "regular-consultations",
            "support",
        ),
        (
            '"Washington must strengthen its extended nuclear deterrence," said Rep. Pyo Gun-ho.',
            "strengthen",
            "us-alliance-deterrence",
            "support",
        ),
        # negative: "regular" modifies another noun
        (
            "Foreign Minister Oh Dal-soo told regular listeners of the radio show that the"
            " consultations would focus on trade.",
            "consultations",
            None,
            None,
        ),
        # negative: the words between name another concept's thing, which decides
        (
            "Unification Minister Oh Dal-soo said Seoul wanted regular inter-Korean talks at the"
            " border village.",
            "inter-Korean",
            "inter-korean-dialogue",
            "support",
        ),
        # negative: a quarterly thing that is no consultation
        (
            "Foreign Minister Oh Dal-soo said the quarterly trade report would be published on Friday.",
            "quarterly",
            None,
            None,
        ),
    ],
)
def test_keyword_with_modifiers_between(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
