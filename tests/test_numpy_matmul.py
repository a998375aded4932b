"""Matrix products through numpy (bot/extract/numpy_matmul.py) give the stock pipeline's parse."""

from __future__ import annotations

import pytest
import spacy
from thinc.api import NumpyOps

from bot.extract.numpy_matmul import with_numpy_matmul
from bot.settings import load_settings

TEXTS = [
    "The harbour authority said on Tuesday it would not renew the ferry licence, citing safety.",
    "“We will not sign this,” Ilse Vandermeer, the union's chief negotiator, told reporters in Ghent.",
    "Lawmakers of the Green Valley Party voted 41-12 to delay the levy until March 2031.",
    "  Two  spaces,\ta tab and a line\nbreak: 12.5% of 1,200 votes ($40m).",
    "",
]


def parse(doc):
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    model = load_settings(dotenv_path=None).spacy_model
    return spacy.load(model), with_numpy_matmul(spacy.load(model))


def layers(nlp):
    return [layer for _, c in nlp.pipeline if getattr(c, "model", None) for layer in c.model.walk()]


def test_every_layer_multiplies_with_numpy_and_the_stock_pipeline_keeps_blis(pipelines):
    stock, ours = pipelines
    assert layers(ours) and all(type(layer.ops) is NumpyOps for layer in layers(ours))
    assert not any(layer.ops.use_blis for layer in layers(ours))
    assert all(layer.ops.use_blis for layer in layers(stock))


def test_the_same_parse_token_for_token(pipelines):
    stock, ours = pipelines
    for got, expected in zip(ours.pipe(TEXTS), stock.pipe(TEXTS), strict=True):
        assert parse(got) == parse(expected)


def test_the_same_parse_one_paragraph_at_a_time(pipelines):
    stock, ours = pipelines
    for text in TEXTS:
        assert parse(ours(text)) == parse(stock(text))
