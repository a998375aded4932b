"""Loading articles into the store: read, extract, save, one article per transaction.

Shared by `stance-bot ingest`, the bot's /ingest and its periodic rescan:
    await load_tables(db, settings)                        # actors.toml + concepts.toml into the store
    report = await ingest_paths(db, paths, extractor)      # files and directories
    report = await ingest_articles(db, articles, extractor) # Articles not on disk (a fetched page)
    report = await ingest_paths_parallel(db, paths, settings, workers=2)  # bulk: extraction in processes

A file that cannot be read or parsed is reported as failed and skipped; every other file loads.
The same text (by content hash) is stored once; a changed file replaces its earlier version.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import os
import threading
import weakref
from collections import deque
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from bot.articles import Article, find_article_files, load_article
from bot.blas_threads import limit_blas_threads
from bot.errors import ArticleError, StanceError
from bot.model import Extraction
from bot.store import find_same_text, save_article, sync_tables
from bot.tables import load_actors, load_concepts
from bot.workers import stop_workers, watch_parent

log = logging.getLogger(__name__)
STATUSES = ("added", "replaced", "unchanged", "failed")
# spaCy pipelines are not documented as safe to share between threads: one extraction at a time.
_EXTRACT_LOCKS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # added | replaced | unchanged | failed
    message: str
    article_id: int | None = None
    statements: int = 0
    content_hash: str | None = None  # the text's sha256; for a failed file, its bytes' (None if unreadable)


@dataclass(frozen=True)
class IngestReport:
    results: tuple[IngestResult, ...]

    def with_status(self, status: str) -> tuple[IngestResult, ...]:
        return tuple(r for r in self.results if r.status == status)

    @property
    def failed(self) -> tuple[IngestResult, ...]:
        return self.with_status("failed")

    def counts(self) -> dict[str, int]:
        return {status: len(self.with_status(status)) for status in STATUSES}

    def summary(self) -> str:
        """'2 added, 0 replaced, 1 unchanged, 1 failed'"""
        return ", ".join(f"{n} {status}" for status, n in self.counts().items())


async def load_tables(db, settings) -> None:
    """Upserts actors.toml and concepts.toml (at start, and whenever they are edited)."""
    await sync_tables(db, load_actors(settings.actors_file), load_concepts(settings.concepts_file))


def article_key(path: Path) -> str:
    """The path an article is stored under: relative to the working directory when inside it, so
    `data/articles/x.txt` and `./data/articles/x.txt` are one article."""
    resolved = Path(path).resolve()
    try:
        return str(resolved.relative_to(Path.cwd()))
    except ValueError:
        return str(resolved)


def read_article(path: Path, published: date | None = None) -> Article:
    """An article file ready to store; one without a date line needs `published`."""
    article = load_article(path, published)
    if article.published is None:
        problem = "no date line: start the file with ' date YYYY-MM-DD' or give --date YYYY-MM-DD"
        raise ArticleError(str(path), problem, 1)
    return replace(article, path=article_key(path))


def _failure(path: Path | str, error: ArticleError) -> IngestResult:
    try:
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        digest = None
    return IngestResult(str(path), "failed", str(error), content_hash=digest)


def _read_all(paths: Iterable[Path | str], published: date | None) -> list[Article | IngestResult]:
    """Every article file under `paths`, in order; unreadable ones as failed results."""
    found: list[Article | IngestResult] = []
    for path in find_article_files([Path(p) for p in paths]):
        try:
            found.append(read_article(path, published))
        except ArticleError as e:
            found.append(_failure(path, e))
    return found


def _extract_alone(extractor, article: Article) -> Extraction:
    with _LOCKS_GUARD:
        lock = _EXTRACT_LOCKS.setdefault(extractor, threading.Lock())
    with lock:
        return extractor.extract(article)


async def _extract(extractor, article: Article) -> Extraction:
    """Runs the extractor in a thread so the event loop (the bot's heartbeat) keeps running. The
    lock is a thread lock, not an asyncio one: one extractor outlives event loops (tests, restarts)."""
    return await asyncio.to_thread(_extract_alone, extractor, article)


async def store_extraction(db, article: Article, extraction: Extraction) -> IngestResult:
    saved = await save_article(db, article, extraction)
    if saved.status == "unchanged":
        same = "" if saved.same_as == article.path else f" (same text as {saved.same_as})"
        message = f"unchanged{same}"
    else:
        message = f"{saved.status}: {saved.statements} statements"
    n, digest = saved.statements, article.content_hash
    return IngestResult(article.path, saved.status, message, saved.article_id, n, digest)


async def _unchanged(db, article: Article) -> IngestResult | None:
    """Skips extraction for a text already stored."""
    same = await find_same_text(db, article.content_hash)
    if same is None:
        return None
    n, digest = same.statements, article.content_hash
    return IngestResult(article.path, "unchanged", "unchanged", same.article_id, n, digest)


async def ingest_one(db, article: Article, extractor) -> IngestResult:
    done = await _unchanged(db, article)
    if done:
        return done
    try:
        extraction = await _extract(extractor, article)
    except ArticleError as e:  # over a limit or its time budget (bot/extract/budget.py)
        return IngestResult(article.path, "failed", str(e), content_hash=article.content_hash)
    except Exception as e:  # an extractor bug must not stop the other articles; the log keeps the traceback
        log.exception("extracting %s failed", article.path)
        return IngestResult(article.path, "failed", f"{article.path}: extraction failed: {e!r}")
    return await store_extraction(db, article, extraction)


async def ingest_articles(db, articles: Iterable[Article], extractor) -> IngestReport:
    """Stores articles given as Article objects (e.g. a fetched page), one transaction each."""
    return IngestReport(tuple([await ingest_one(db, a, extractor) for a in articles]))


async def ingest_paths(
    db, paths: Iterable[Path | str], extractor, published: date | None = None, progress: list | None = None
) -> IngestReport:
    """Stores the article files in `paths` (directories are expanded); `published` dates files
    that have no date line. `progress` gets each result as it is stored, for a caller that may be
    interrupted (Ctrl-C) and still wants to say what was stored."""
    results = progress if progress is not None else []
    for item in _read_all(paths, published):
        if isinstance(item, IngestResult):
            results.append(item)
        else:
            await _finished(ingest_one(db, item, extractor), results.append)
    return IngestReport(tuple(results))


async def _finished(saving, keep) -> None:
    """Awaits one article's save and gives its result to `keep`, even when Ctrl-C or SIGTERM cancels
    the wait: the write is already under way in SQLite's thread and will commit, so the summary of an
    interrupted ingest must count it (seen as 'N-1 added' against N articles in the store)."""
    task = asyncio.ensure_future(saving)
    try:
        result = await asyncio.shield(task)
    except asyncio.CancelledError:
        keep(await task)
        raise
    keep(result)


# --- bulk: extraction in worker processes, the main process writes SQLite --------------------------
_WORKER_EXTRACTOR = None


def _init_worker(settings, threads: int, parent: int) -> None:
    global _WORKER_EXTRACTOR
    watch_parent(parent)  # a killed ingest must not leave its workers behind
    # One worker per core: BLAS threads on top of that only fight over the same cores (measured in
    # bench/bench_ingest.py). Must be set before numpy loads; a user's own setting wins.
    limit_blas_threads(threads)
    from bot.extract import load_extractor  # spaCy loads in the worker, not in the parent

    _WORKER_EXTRACTOR = load_extractor(settings)


def _ready() -> None:
    """A first task for each worker: starting them early, before there is anything to extract."""


def _extract_chunk(articles: Sequence[Article]) -> list[Extraction | str]:
    """A chunk through extract_each (one nlp.pipe stream); a str is the error for that article."""
    return [r if isinstance(r, Extraction) else str(r) for r in _WORKER_EXTRACTOR.extract_each(articles)]


async def _pending(db, items: list[Article | IngestResult]) -> tuple[dict[int, IngestResult], list[Article]]:
    """Results known before extraction (failed, unchanged) by position, and the articles to extract."""
    known, todo = {}, []
    for i, item in enumerate(items):
        done = item if isinstance(item, IngestResult) else await _unchanged(db, item)
        if done:
            known[i] = done
        else:
            todo.append(item)
    return known, todo


async def _save_chunk(db, articles: Sequence[Article], future, keep) -> None:
    """Saves a chunk's articles as they come back, giving each result to `keep` once it is stored."""
    try:
        extractions = await future
    except BrokenProcessPool as e:
        raise StanceError(f"an extraction worker died ({e}); run with --workers 1 to see why") from e
    for article, extraction in zip(articles, extractions, strict=True):
        if isinstance(extraction, str):
            keep(IngestResult(article.path, "failed", extraction, content_hash=article.content_hash))
        else:
            await _finished(store_extraction(db, article, extraction), keep)


async def ingest_paths_parallel(
    db,
    paths: Iterable[Path | str],
    settings,
    workers: int = 2,
    published: date | None = None,
    chunk: int = 4,
    progress: list | None = None,
) -> IngestReport:
    """ingest_paths for many files: `workers` processes extract (each loads the extractor once),
    this process saves each article in its own transaction as the chunks come back, in order."""
    pool = _worker_pool(settings, workers)
    for _ in range(workers):  # the workers load spaCy (~2 s) while this process reads the files
        pool.submit(_ready)
    saved: list[IngestResult] = []
    try:
        items = _read_all(paths, published)
        known, todo = await _pending(db, items)
        if progress is not None:
            progress.extend(known.values())
        chunks = [todo[i : i + chunk] for i in range(0, len(todo), chunk)]
        await _extract_and_save(db, pool, workers, chunks, saved, progress)
    except BaseException:  # Ctrl-C, SIGTERM, a dead worker: stop the workers now, not after their chunk
        stop_workers(pool)
        raise
    if todo:
        pool.shutdown()
    else:  # nothing new: no need to wait for the workers to finish loading
        stop_workers(pool)
    extracted = iter(saved)
    return IngestReport(tuple(known[i] if i in known else next(extracted) for i in range(len(items))))


def _worker_pool(settings, workers: int) -> ProcessPoolExecutor:
    # spawn: forking a process that runs an event loop and SQLite's thread is not safe.
    context = multiprocessing.get_context("spawn")
    threads = max(1, (os.cpu_count() or 1) // workers)
    init = dict(initializer=_init_worker, initargs=(settings, threads, os.getpid()))
    return ProcessPoolExecutor(workers, mp_context=context, **init)


async def _extract_and_save(db, pool, workers: int, chunks: list, saved: list, progress: list | None) -> None:
    loop = asyncio.get_running_loop()
    in_flight: deque = deque()

    def keep(result: IngestResult) -> None:
        saved.append(result)
        if progress is not None:
            progress.append(result)

    try:
        for part in chunks:
            in_flight.append((part, loop.run_in_executor(pool, _extract_chunk, part)))
            if len(in_flight) > 2 * workers:  # bounded: results are saved while workers keep busy
                await _save_chunk(db, *in_flight.popleft(), keep)
        while in_flight:
            await _save_chunk(db, *in_flight.popleft(), keep)
    except BaseException:
        for _, future in in_flight:  # nobody will wait for them: no "exception never retrieved"
            future.cancel()
        raise
