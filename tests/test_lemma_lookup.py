"""The rule lemmatizer looked up (bot/extract/lemma_lookup.py) gives exactly the stock lemmas."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import Lemmatizer

from bot.extract import lemma_lookup
from bot.extract.lemma_lookup import LemmaLookup, with_lemma_lookup
from bot.settings import load_settings

TEXTS = [
    "The envoys were meeting; she had met them twice and meets them again on Fridays.",
    "Better talks, worse drills: the best-laid plans of ministries went awry in 2027.",
    "“I won’t sign,” the minister told reporters. Gotta go, he added, leaving.",
    "Geese, mice and data: the oxen's feet hurt. They're gonna need bigger boats!",
    "  Two  spaces,\ta tab and a line\nbreak: 12.5% of 1,200 votes ($40m).",
    "",
]


def lemmas(doc):
    return [(t.text, t.pos_, t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def model():
    return load_settings(dotenv_path=None).spacy_model


@pytest.fixture(scope="module")
def pipelines(model):
    return spacy.load(model), with_lemma_lookup(spacy.load(model))


def test_the_lookup_takes_the_lemmatizers_place(pipelines):
    stock, ours = pipelines
    assert ours.pipe_names == stock.pipe_names
    assert isinstance(ours.get_pipe("lemmatizer"), LemmaLookup)
    assert isinstance(stock.get_pipe("lemmatizer"), Lemmatizer)


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_gets_the_stock_lemma(pipelines, text):
    stock, ours = pipelines
    assert lemmas(ours(text)) == lemmas(stock(text))


def test_the_same_lemmas_when_the_cache_is_emptied_as_it_goes(pipelines, model, monkeypatch):
    stock, ours = pipelines[0], with_lemma_lookup(spacy.load(model))
    monkeypatch.setattr(lemma_lookup, "CACHE_LIMIT", 3)
    for text in TEXTS:
        assert lemmas(ours(text)) == lemmas(stock(text))
    assert len(ours.get_pipe("lemmatizer")._lemmas) <= 3


def test_an_overwriting_lemmatizer_overwrites_the_rulers_lemmas_as_the_stock_one_does(model):
    stock, ours = spacy.load(model), spacy.load(model)
    stock.get_pipe("lemmatizer").overwrite = True
    ours.get_pipe("lemmatizer").overwrite = True
    with_lemma_lookup(ours)
    text = "She's been there; they'd go, wouldn't they?"
    assert lemmas(ours(text)) == lemmas(stock(text))


def test_a_pipeline_without_a_rule_lemmatizer_is_left_alone(model):
    blank = spacy.blank("en")
    assert with_lemma_lookup(blank) is blank and blank.pipe_names == []
    lookup_mode = spacy.blank("en")
    lookup_mode.add_pipe("lemmatizer", config={"mode": "lookup"})
    with_lemma_lookup(lookup_mode)
    assert isinstance(lookup_mode.get_pipe("lemmatizer"), Lemmatizer)
