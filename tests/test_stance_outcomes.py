"""What a thing yields, read only when denied (bot/extract/stance_outcomes.py; issue 8, recall):
"have achieved nothing", "produced nothing but delay", "has produced little" and a remedy denied
("will not solve anything") go against the thing.

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Negative cases: a yield told plainly, another yield denied
("will not bring peace"), a remedy denied of one past event.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        ('"The sanctions have achieved nothing," said Rep. Tak Yun-seo.', "sanctions", "sanctions", "oppose"),
        (
            "Rep. Tak Yun-seo said the family reunions had yielded nothing but disappointment.",
            "reunions",
            "family-reunions",
            "oppose",
        ),
        (
            '"Dialogue with the North has brought no results," said Rep. Tak Yun-seo.',
            "Dialogue",
            "inter-korean-dialogue",
            "oppose",
        ),
        (
            '"Pressure and sanctions will not solve anything," said Rep. Tak Yun-seo.',
            "sanctions",
            "sanctions",
            "oppose",
        ),
        # negatives: a yield told, another yield denied, a remedy denied of one past event
        (
            '"The family reunions brought joy to hundreds of families," said Rep. Tak Yun-seo.',
            "reunions",
            None,
            None,
        ),
        (
            '"The new sanctions will not bring peace by themselves," said Rep. Tak Yun-seo.',
            "sanctions",
            None,
            None,
        ),
        (
            "Rep. Tak Yun-seo said the 2019 dialogue did not solve the dispute over the fishing line.",
            "dialogue",
            None,
            None,
        ),
    ],
)
def test_a_yield_denied(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
