"""What a subject must be, said with a verb of obligation and a copula (issue 8, recall):
"X has to remain the goal", "X needs to be the priority" judge X as "X must remain the goal"
does (stance_course.obliged_copula).

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Negative cases: the same frame with a complement that
judges nothing, and a verb of obligation whose subject is not the keyword.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Talks with the North have to be the first priority," said Gwon Se-ri.',
            "Talks",
            "inter-korean-dialogue",
            "support",
        ),
        (
            '"The sanctions need to remain the backbone of our policy," said Gwon Se-ri.',
            "sanctions",
            "sanctions",
            "support",
        ),
        (
            "Gwon Se-ri said denuclearization had to stay the objective of all five governments.",
            "denuclearization",
            "denuclearization",
            "support",
        ),
        ('"The reunions have to be more than a photo opportunity," said Gwon Se-ri.', "reunions", None, None),
        # negatives: a complement that judges nothing, another subject
        ('"The drills have to be the same size as last year," said Gwon Se-ri.', "drills", None, None),
        (
            '"Our envoy has to be the one who talks about sanctions," said Gwon Se-ri.',
            "sanctions",
            None,
            None,
        ),
    ],
)
def test_what_a_subject_must_be(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
