"""The digest's content from new records: grouping, first positions, reversals, the quote of the day."""

from __future__ import annotations

from datetime import date

import pytest

from bot.digest import (
    ActorChanges,
    ConceptChange,
    Digest,
    NewArticle,
    NewStatement,
    build_digest,
    get_change,
    pick_quote,
)

DIALOGUE = "Seoul should pursue engagement and dialogue with North Korea"
SANCTIONS = "Sanctions on North Korea should be maintained or strengthened"
UNI = ("unification-ministry", "Unification Ministry", "Chung Dong-young")
FM = ("foreign-ministry", "Foreign Ministry", "Park Il")


def st(
    id, who, concept, agreement, kind="reported", content="said something", said_on="2025-12-09", conf=0.5
):
    proposition = {"inter-korean-dialogue": DIALOGUE, "sanctions": SANCTIONS}.get(concept)
    return NewStatement(
        id, who[0], who[1], who[2], kind, content, concept, proposition, agreement, said_on, 7, "Title", conf
    )


ARTICLE = NewArticle(7, "Seoul plays down prospects", "2025-12-09", None)


@pytest.mark.parametrize(
    "agreement, previous, change",
    [
        ("oppose", "support", "reversed"),
        ("support", "oppose", "reversed"),
        ("neutral", "support", "shifted"),
        ("oppose", "neutral", "shifted"),
        ("support", "support", "same"),
        ("support", None, "first"),
        (None, "support", "none"),
        (None, None, "none"),
    ],
)
def test_get_change(agreement, previous, change):
    assert get_change(agreement, previous) == change


def test_build_digest_whole():
    statements = [
        st(101, UNI, "inter-korean-dialogue", "support", content="Talks, yes", said_on="2025-12-08"),
        st(102, UNI, "inter-korean-dialogue", "oppose", content="Talks,  no", said_on="2025-12-09"),
        st(103, UNI, "sanctions", "oppose", content="Lift them"),
        st(104, FM, "inter-korean-dialogue", "support", content="Engage"),
        st(
            105,
            FM,
            None,
            None,
            kind="direct",
            content='"We will keep talking closely with Washington," he said.',
        ),
        st(106, FM, "sanctions", None, content="Sanctions exist"),
    ]
    prior = {
        ("unification-ministry", "inter-korean-dialogue"): "support",
        ("foreign-ministry", "sanctions"): "oppose",
    }
    digest = build_digest(date(2025, 12, 10), [ARTICLE], statements, prior, 120)
    assert digest == Digest(
        day=date(2025, 12, 10),
        articles=(ARTICLE,),
        actors=(
            ActorChanges(
                "unification-ministry",
                "Unification Ministry",
                3,
                (
                    ConceptChange(
                        "inter-korean-dialogue", DIALOGUE, 2, "oppose", "support", "reversed", "Talks, no"
                    ),
                    ConceptChange("sanctions", SANCTIONS, 1, "oppose", None, "first", "Lift them"),
                ),
            ),
            ActorChanges(
                "foreign-ministry",
                "Foreign Ministry",
                3,
                (
                    ConceptChange("inter-korean-dialogue", DIALOGUE, 1, "support", None, "first", "Engage"),
                    ConceptChange("sanctions", SANCTIONS, 1, None, "oppose", "none", "Sanctions exist"),
                    ConceptChange(
                        None,
                        None,
                        1,
                        None,
                        None,
                        "none",
                        '"We will keep talking closely with Washington," he said.',
                    ),
                ),
            ),
        ),
        quote=statements[4],
        watermark=120,
        statement_count=6,
    )
    assert not digest.is_empty


def test_newest_is_by_date_then_id_not_by_arrival():
    # An older article ingested later must not decide the current position.
    statements = [
        st(201, UNI, "sanctions", "oppose", content="Now against", said_on="2025-12-09"),
        st(202, UNI, "sanctions", "support", content="Earlier for", said_on="2025-11-01"),
    ]
    digest = build_digest(None, [], statements, {("unification-ministry", "sanctions"): "support"}, 2)
    assert digest.actors[0].concepts == (
        ConceptChange("sanctions", SANCTIONS, 2, "oppose", "support", "reversed", "Now against"),
    )


def test_prior_of_another_actor_does_not_count():
    statements = [st(1, FM, "sanctions", "oppose")]
    digest = build_digest(None, [], statements, {("unification-ministry", "sanctions"): "support"}, 2)
    assert digest.actors[0].concepts[0].change == "first"


def test_empty_digest():
    digest = build_digest(date(2025, 12, 10), [], [], {}, 40)
    assert digest == Digest(date(2025, 12, 10), (), (), None, 40, 0)
    assert digest.is_empty


def test_articles_without_statements_are_not_empty():
    digest = build_digest(None, [ARTICLE], [], {}, 41)
    assert not digest.is_empty and digest.watermark == 41 and digest.actors == ()


@pytest.mark.parametrize(
    "statements, expected_id",
    [
        ([], None),
        ([st(1, FM, None, None, kind="reported", content="x" * 80)], None),
        ([st(1, FM, None, None, kind="direct", content="   ")], None),
        # readable length wins over confidence
        ([st(1, FM, None, None, "direct", "short", conf=0.9), st(2, FM, None, None, "direct", "y" * 60)], 2),
        # then confidence, then the earliest
        (
            [
                st(1, FM, None, None, "direct", "a" * 60, conf=0.6),
                st(2, FM, None, None, "direct", "b" * 60, conf=0.8),
            ],
            2,
        ),
        ([st(3, FM, None, None, "direct", "a" * 60), st(2, FM, None, None, "direct", "b" * 60)], 2),
        ([st(1, FM, None, None, "direct", "z" * 900, conf=0.9)], 1),
    ],
)
def test_pick_quote(statements, expected_id):
    quote = pick_quote(statements)
    assert (quote.id if quote else None) == expected_id
