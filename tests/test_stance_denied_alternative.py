"""A corrective "A, not B" whose B names another concept (issue 8, wrong concept on /work/fresh-odd).

"The answer is X, not Y" sets the speaker's alternative X against the option under debate, Y: the
statement is the speaker's answer on Y, against it, so Y's mention is read first
(bot/extract/stance_contrast.py `denied_first`). The parser hangs that "not" on X or on Y; it
denies Y, never X ("deterrence is the remedy, not our own bombs" is for deterrence when Y gives no
reading), and a preposition of means opened by ", not" ("not through X") is the means denied.

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
            'Security analyst Tomasz Wierzbicki said: "The remedy is a firmer alliance, not our own bomb."',
            "remedy",
            "nuclear-armament",
            "oppose",
        ),
        (
            'Former envoy Ines Carvalho said: "We are strengthening deterrence through the alliance with '
            'Washington, not through our own nuclear weapons."',
            "strengthening",
            "nuclear-armament",
            "oppose",
        ),
        (
            'Former envoy Ines Carvalho said: "The allies want quarterly consultations, not another '
            'working group."',
            "allies",
            "working-group",
            "oppose",
        ),
        # the "not" hung on A denies B, not A
        (
            'Security analyst Tomasz Wierzbicki said: "Extended deterrence is the answer, '
            'not our own bombs."',
            "answer",
            "us-alliance-deterrence",
            "support",
        ),
        # negative: B of the same concept, or naming none, leaves A's reading as it was
        (
            'Former envoy Ines Carvalho said: "We need more drills, not fewer."',
            "drills",
            "military-exercises",
            "oppose",
        ),
        (
            'Former envoy Ines Carvalho said: "Dialogue with the North should resume in Geneva, not in '
            'Panmunjom."',
            "Geneva",
            "inter-korean-dialogue",
            "support",
        ),
        # negative: a "not" with no comma before it is A's own
        (
            'Security analyst Tomasz Wierzbicki said: "The answer is not our own bomb."',
            "answer",
            "nuclear-armament",
            "oppose",
        ),
    ],
)
def test_denied_alternative_decides(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
