"""A speaker's side the story tells only after the statement (issue 8, wrong concept on
/work/fresh-odd): what the stance reads of the speaker's own side is read with the body the
speaker is finally given, not with none.

- A lead's "ruling Democratic Party lawmaker" named by the quote's cue ("“…,” Kim said") speaks
  for that party; "we should build nuclear weapons" is then Seoul's own bomb (nuclear-armament),
  not the North's arsenal.
- A speaker the story places in no body, or in another country's party, keeps the reading of
  "we" as not Seoul's.

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
            "A ruling Democratic Party lawmaker on Tuesday proposed a bill on reactor fuel.\n\n"
            '"I am not arguing that we should build nuclear weapons. That would isolate us," '
            "Kim Sora said.",
            "not arguing",
            "nuclear-armament",
            "oppose",
        ),
        # negative cases: no body told, or another country's party
        (
            "A lawmaker on Tuesday proposed a bill on reactor fuel.\n\n"
            '"I am not arguing that we should build nuclear weapons. That would isolate us," '
            "Kim Sora said.",
            "not arguing",
            "denuclearization",
            "support",
        ),
        (
            "A lawmaker of Japan's ruling Liberal Democratic Party on Tuesday proposed a bill on "
            'reactor fuel.\n\n"I am not arguing that we should build nuclear weapons. That would '
            'isolate us," Kenji Sato said.',
            "not arguing",
            "denuclearization",
            "support",
        ),
    ],
)
def test_the_side_told_later_is_the_speakers(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
