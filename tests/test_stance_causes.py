"""Stance mechanisms that left a right stance unread on unseen text in several batches by
different writers (issue 8, stance-12, bench/fresh misses grouped by mechanism).

- A cause a concept presses, named by its own name (concepts.toml `causes`: "the abduction
  issue", "the abductions" for north-korea-human-rights; batches 2, 4, 11, 15): raising it takes
  the concept's side ("will keep raising the abduction issue at every forum"); only the concept's
  own words decide ("raise", "press"), not general judgements ("resolving the abduction issue is
  our top priority" is a goal of its own), and raising it told in the past is an account of an
  agenda ("the delegation raised the abduction issue").
- "a hostile state" or "a foreign country" said of the South (two-state keywords; batches 3, 4,
  8, 9, 11, 13, 14, 15)
  asserts the two-state doctrine; "neither A nor B but a hostile state" affirms the part after
  "but", both negations being the pair's.

Every sentence is written for these tests (invented people, places and wording); the concepts
are the project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Deputy Foreign Minister Haruka Ueno said Tokyo would keep raising the abduction issue "
            "at every regional forum.",
            "every regional",
            "north-korea-human-rights",
            "support",
        ),
        (
            "Senator Ellis Varga said Washington would press the abductions in any meeting with the "
            "North's envoys.",
            "any meeting",
            "north-korea-human-rights",
            "support",
        ),
        # negative: general judgements of resolving it are a goal of its own, not raising it
        (
            "Cabinet Secretary Goro Imai said resolving the abduction issue was the government's "
            "top priority.",
            "top priority",
            None,
            None,
        ),
        (
            "Foreign Minister Yuna Sakai said Seoul fully supported Tokyo's efforts to settle the "
            "abduction question.",
            "fully supported",
            None,
            None,
        ),
        # negative: raising it told as done is the account of a meeting's agenda
        (
            "A Japanese official said the delegation raised the abduction issue and the fishing "
            "dispute during the two-hour session.",
            "fishing",
            None,
            None,
        ),
    ],
)
def test_a_cause_takes_a_side_through_the_concepts_own_words(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Ri Song-chol said: "The southern puppet regime is the most hostile state on our '
            'border, and we will treat it as such."',
            "southern puppet",
            "two-state",
            "support",
        ),
        (
            'Ri Song-chol said: "We will not bargain with the ROK, which is neither our kin nor our '
            'neighbour but a hostile state."',
            "bargain",
            "two-state",
            "support",
        ),
        (
            'Ri Song-chol said: "The southern puppets are a foreign country to us and nothing else."',
            "southern puppets",
            "two-state",
            "support",
        ),
        (
            '"We will never treat the North as a foreign country," Unification Minister Paek Ji-won said.',
            "never treat",
            "two-state",
            "oppose",
        ),
        # negative: a foreign country that is not either Korea
        (
            "Unification Minister Paek Ji-won said no foreign country should decide the fate of the "
            "peninsula.",
            "fate",
            None,
            None,
        ),
        # negative: the same sentence denied, and the doctrine named as another's
        (
            'Unification Minister Paek Ji-won said: "The North may call us many things, but we are '
            'not a hostile state and never will be."',
            "many things",
            "two-state",
            "oppose",
        ),
        (
            'Ri Song-chol said: "The ROK is neither our kin nor our partner."',
            "our kin",
            None,
            None,
        ),
    ],
)
def test_a_hostile_state_said_of_the_south(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
