"""Titles before a name: a capitalised title right before it, however the parser hangs it ("At
a hearing, Assistant Secretary of X for Y Affairs Ann Lee said": the parser makes the title the
hearing's apposition and leaves the name alone); a staff title naming no body ("Press secretary
X", "Under Secretary X", "Floor spokesperson X") right after a body's act.

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
    Actor("tide-party", "Tide Party", "party", parent="us"),
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


@pytest.mark.parametrize(
    "paragraph, actor",
    [
        ("The Harbours Department on Monday fined two firms. “We will act,” Under Secretary Tove Lind "
         "said in a statement.", "harbours-department"),
        ("The Harbours Department fined two firms. Press secretary Tove Lind told reporters that the "
         "fines would stand.", "harbours-department"),
        ("The Harbours Department dismissed the appeal as “theft.” In a statement, spokeswoman Tove Lind "
         "said the fines would stand.", "harbours-department"),
        ("The ruling Tide Party brushed off the address. Floor spokesperson Tove Lind said the plan was "
         "“empty.”", "tide-party"),
        # negatives: no staff post; a country, not a body, acted; a post of another kind
        ("The Harbours Department fined two firms. Professor Tove Lind said the fines were overdue.", None),
        ("Washington fined two firms. In a statement, spokeswoman Tove Lind said the fines would stand.",
         None),
        ("The Harbours Department fined two firms. Senior analyst Tove Lind said the fines were overdue.",
         None),
    ],
)  # fmt: skip
def test_a_staff_title_naming_no_body_after_a_body_acted_is_that_body_s(x, paragraph, actor):
    assert speakers_and_bodies(x, paragraph, published=PUBLISHED)[-1] == ("tove-lind", actor)
