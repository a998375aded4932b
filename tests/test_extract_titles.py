"""A capitalised title right before a name, however the parser hangs it: "At a hearing,
Assistant Secretary of X for Y Affairs Ann Lee said" (the parser makes the title the hearing's
apposition and leaves the name alone).

Every name, body and sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.extract import Extractor
from bot.model import Actor
from tests.attribution import speakers_and_bodies

ACTORS = (
    Actor("us", "United States", "government", aliases=("US", "U.S.", "Washington")),
    Actor(
        "harbours-department", "US Harbours Department", "ministry", parent="us",
        aliases=("Harbours Department",), titles=("Secretary of Harbours",),
    ),
)  # fmt: skip
PUBLISHED = date(2026, 5, 14)


@pytest.fixture(scope="module")
def x(extractor) -> Extractor:
    return Extractor(ACTORS, (), extractor.lexicon, extractor.nlp, extractor.names)


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the title hung on the hearing before it; the name said again later is the same holder
        (["At a Senate Coastal Affairs Committee hearing, Assistant Secretary of Harbours for "
          "Indo-Pacific Shipping Affairs Mara Quill insisted the pledge was “firm.”",
          "“We will not waver,” Quill told lawmakers."],
         [("mara-quill", "harbours-department"), ("mara-quill", "harbours-department")]),
        (["“We will act,” Deputy Secretary of Harbours Tom Reeve said in a statement."],
         [("tom-reeve", "harbours-department")]),
        # negatives: a capitalised occasion before a comma, a day, a name alone
        (["At a Senate Coastal Affairs Committee hearing, Mara Quill insisted the pledge was “firm.”"],
         [("mara-quill", None)]),
        (["On Monday, Mara Quill said the pledge was “firm.”"], [("mara-quill", None)]),
    ],
)  # fmt: skip
def test_a_capitalised_title_right_before_a_name_is_its_holder_s(x, paragraphs, expected):
    assert speakers_and_bodies(x, *paragraphs, published=PUBLISHED) == expected
