"""The attribute ruler looked up (bot/extract/attribute_lookup.py) sets exactly what spaCy's own sets."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from bot.extract.attribute_lookup import AttributeLookup, with_lookup
from bot.settings import load_settings

TEXTS = [
    "The envoy, Mira Solberg, said on Friday that talks would resume in 2027.",
    "We ain't gonna wait, she said. Let's see what they got, y'all. C'mon, nothin' changes.",
    "There is no deal; there were 3 drafts, and there's still time!",
    "  Two  spaces,\ta tab and a line\nbreak: 12.5% of 1,200 votes ($40m).",
    "“I won’t sign,” the minister told reporters. Gotta go, he added.",
    "",
]


def parsed_attributes(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    model = load_settings(dotenv_path=None).spacy_model
    return spacy.load(model), with_lookup(spacy.load(model))


def test_the_lookup_takes_the_attribute_rulers_place(pipelines):
    stock, ours = pipelines
    assert ours.pipe_names == stock.pipe_names
    assert isinstance(ours.get_pipe("attribute_ruler"), AttributeLookup)
    assert isinstance(stock.get_pipe("attribute_ruler"), AttributeRuler)


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_gets_what_the_stock_ruler_gives(pipelines, text):
    stock, ours = pipelines
    assert parsed_attributes(ours(text)) == parsed_attributes(stock(text))


def test_a_pipeline_without_an_attribute_ruler_is_left_alone():
    blank = spacy.blank("en")
    assert with_lookup(blank) is blank and blank.pipe_names == []


# Pattern shapes the model's own ruler does not use, on a ruler of our own: one-token patterns of
# each predicate (looked up), patterns that stay with the Matcher (several tokens, an operator), a
# negative index, and a later group overriding an earlier one on the same token.
CUSTOM = [
    {"patterns": [[{"TAG": {"IN": ["NN", "NNS"]}}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a"]}, "TAG": "DT"}]], "attrs": {"LEMMA": "det"}},
    {"patterns": [[{"LOWER": {"REGEX": "^re"}}]], "attrs": {"MORPH": "Foo=Yes"}},
    {"patterns": [[{"LOWER": "talks"}]], "attrs": {"POS": "PROPN"}},  # later than the NN group: wins
    {"patterns": [[{"LOWER": "will"}, {"TAG": "VB"}]], "attrs": {"LEMMA": "future"}, "index": -1},
    {"patterns": [[{"TAG": "JJ", "OP": "+"}, {"TAG": "NNS"}]], "attrs": {"MORPH": "Bar=Yes"}, "index": 0},
    {"patterns": [[{"IS_PUNCT": True}]], "attrs": {"POS": "SYM"}},
]


@pytest.mark.parametrize(
    "text",
    [
        "Those remaining talks will resume after new urgent concerns.",
        "This plan is the rest of a bold, costly reform.",
        "No match here",
    ],
)
def test_a_custom_ruler_gives_the_same_with_each_pattern_shape(pipelines, text):
    stock_nlp, _ = pipelines
    rules = AttributeRuler(stock_nlp.vocab)
    rules.add_patterns(CUSTOM)
    lookup = AttributeLookup(stock_nlp.vocab)
    lookup.load(rules)
    assert len(lookup.rest) == 2 and len(lookup.looked_up) == 5
    with stock_nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        by_stock, by_lookup = stock_nlp(text), stock_nlp(text)
    assert parsed_attributes(lookup(by_lookup)) == parsed_attributes(rules(by_stock))
    if text.startswith("Those"):
        assert by_lookup[2].pos_ == "PROPN" and by_lookup[4].lemma_ == "future"
        assert by_lookup[1].morph.get("Foo") == ["Yes"] and by_lookup[-1].pos_ == "SYM"


def test_an_index_outside_the_match_is_a_clear_error(pipelines):
    stock_nlp, _ = pipelines
    rules = AttributeRuler(stock_nlp.vocab)
    rules.add([[{"LOWER": "will"}, {"LOWER": "resume"}]], {"LEMMA": "x"}, index=5)
    lookup = AttributeLookup(stock_nlp.vocab)
    lookup.load(rules)
    with pytest.raises(ValueError, match="index 5 outside its match 'will resume'"):
        lookup(stock_nlp.make_doc("Talks will resume."))
