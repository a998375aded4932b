"""A phrase on a clause that says a thing does not exist is denied with it (issue 8, wrong side on
/work/fresh-odd): "Without X, there is no Y" says X is needed, as "there is no Y without X" does.

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
            'Envoy Tamsin Okoro said: "Without talks with the North, there can be no lasting settlement."',
            "settlement",
            "inter-korean-dialogue",
            "support",
        ),
        (
            'Envoy Tamsin Okoro said: "Without firm sanctions there is no leverage left."',
            "leverage",
            "sanctions",
            "support",
        ),
        # negative: a plain "without X" on a clause that exists still goes against X
        (
            'Envoy Tamsin Okoro said: "Without the sanctions, there is more room for trade."',
            "room",
            "sanctions",
            "oppose",
        ),
        # negative: the denied thing on the path itself is read as before
        (
            'Envoy Tamsin Okoro said: "There is no alternative to talks with the North."',
            "alternative",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_without_x_nothing_exists(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
