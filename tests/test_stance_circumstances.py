"""A clause of what goes on meanwhile (issue 8, wrong concept on /work/fresh-odd): "while" with a
subject of its own tells a circumstance, as "as long as" tells a condition; the thing it names
takes no side, and the statement's side comes from its main clause.

- "A treaty signed while the North keeps adding warheads would be a gift": the warheads are
  what goes on meanwhile, not the speaker's point about disarmament.
- Not a "while" clause sharing the main subject ("would seek talks while keeping the
  sanctions"), nor one of the speakers' own ("while we pursue talks"): their own acts.

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
            'Analyst Rowan Petrel said: "A peace treaty signed while the North keeps adding warheads '
            'would be a gift to Pyongyang."',
            "peace treaty",
            "end-of-war-declaration",
            "oppose",
        ),
        (
            'Senator Ada Quell said: "Not one dollar should go to Pyongyang while it expands its '
            'nuclear arsenal."',
            "dollar",
            None,
            None,
        ),
        (
            "Analyst Rowan Petrel said Pyongyang would hardly come back to the table while it held "
            "to its doctrine of two hostile states.",
            "hardly",
            None,
            None,
        ),
        # negative cases: the speakers' own act, or one sharing the main clause's subject
        (
            "Minister Tova Brisk said Seoul would keep seeking dialogue with the North while "
            "maintaining sanctions.",
            "keep seeking",
            "inter-korean-dialogue",
            "support",
        ),
        (
            'Minister Tova Brisk said: "We will keep the sanctions in place while we pursue '
            'dialogue with the North."',
            "in place",
            "sanctions",
            "support",
        ),
        (
            'Minister Tova Brisk said: "While the rockets keep flying, we must strengthen the sanctions."',
            "strengthen",
            "sanctions",
            "support",
        ),
    ],
)
def test_a_clause_of_meanwhile_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
