"""A thing classed as something inside the statement (bot/extract/stance_classed.py; issue 8,
recall): "Moscow regards the sanctions regime as “a dead end”", "we see dialogue as the only way
forward" judge the object by what it is classed as, and so do "regards the sanctions as outdated"
and "considers the regime outdated", where the parser makes the class a clause of its own.

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
        # the class a participle or an adjective the parser hangs as a clause of its own
        (
            '"Our cabinet regards the export controls as outdated," said Lidia Varga.',
            "controls",
            "sanctions",
            "oppose",
        ),
        (
            'Lidia Varga said her office regarded the sanctions as "obsolete" and harmful.',
            "sanctions",
            "sanctions",
            "oppose",
        ),
        ('"We consider the sanctions regime outdated," said Lidia Varga.', "regime", "sanctions", "oppose"),
        (
            '"We do not consider the spring drills provocative," said Lidia Varga.',
            "drills",
            "military-exercises",
            "oppose",
        ),
        # negatives
        ('"We consider that the drills start in May," said Lidia Varga.', "drills", None, None),
        ('"We regard the drills as announced," said Lidia Varga.', "drills", None, None),
        (
            '"We consider the sanctions committee closed to the public," said Lidia Varga.',
            "committee",
            None,
            None,
        ),
        ('"We regard the drills as a routine matter," said Lidia Varga.', "drills", None, None),
        ('"The allies use the drills as a signal," said Lidia Varga.', "drills", None, None),
        ('"We consider the drills every spring," said Lidia Varga.', "drills", None, None),
    ],
)
def test_a_thing_classed_as_something(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
