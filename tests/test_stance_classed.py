"""A thing classed as something inside the statement (bot/extract/stance_classed.py; issue 8,
recall): "Moscow regards the sanctions regime as “a dead end”", "we see dialogue as the only way
forward" judge the object by what it is classed as.

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Negative cases: a class that judges nothing, a verb that
uses its object as a means, and a classing verb with nothing after its object.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Lidia Varga, a Hungarian envoy, said her country regards the sanctions regime as "a dead end."',
            "regime",
            "sanctions",
            "oppose",
        ),
        (
            '"We see dialogue as the only way forward," said Lidia Varga.',
            "dialogue",
            "inter-korean-dialogue",
            "support",
        ),
        (
            '"We do not regard the sanctions as a failure," said Lidia Varga.',
            "sanctions",
            "sanctions",
            "support",
        ),
        # negatives
        ('"We regard the drills as a routine matter," said Lidia Varga.', "drills", None, None),
        ('"The allies use the drills as a signal," said Lidia Varga.', "drills", None, None),
        ('"We consider the drills every spring," said Lidia Varga.', "drills", None, None),
    ],
)
def test_a_thing_classed_as_something(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
