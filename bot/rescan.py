"""The periodic rescan of ARTICLES_DIR: new or changed files go through the shared ingest path.

A file is looked at again only when its size or modification time changed (kept in memory; after a
restart every file is hashed once, and text already stored is not extracted again). A file that
fails is remembered by path and content hash in the store, so it is reported once, not at every
scan, and not after a restart either; editing it (a new hash) tries it again.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bot.articles import find_article_files
from bot.ingest import IngestResult, article_key, ingest_paths
from bot.store.sources import forget_failures, is_known_failure, load_failure_sources, remember_failure

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScanReport:
    at: datetime
    files: int  # article files in the directory
    results: tuple[IngestResult, ...] = ()  # the files looked at this time
    new_failures: tuple[IngestResult, ...] = ()  # failed for the first time: reported
    known_failures: int = 0  # failed before with the same bytes: skipped quietly
    error: str | None = None  # the directory itself could not be read

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    def summary(self) -> str:
        if self.error:
            return self.error
        parts = [f"{self.count(s)} {s}" for s in ("added", "replaced") if self.count(s)]
        if self.new_failures:
            parts.append(f"{len(self.new_failures)} failed")
        return ", ".join(parts) or "nothing new"


@dataclass
class Rescanner:
    db: object
    extractor: object
    directory: Path
    _seen: dict[str, tuple[int, int]] = field(default_factory=dict)  # article key -> (size, mtime_ns)

    async def scan(self, now: datetime) -> ScanReport:
        files, problem = _list(self.directory)
        if problem:
            return ScanReport(now, 0, error=problem)
        todo, hashes, known = await self._changed(files)
        report = await ingest_paths(self.db, todo, self.extractor)
        new_failures = await self._record(todo, hashes, report.results, now)
        await self._forget_vanished()
        return ScanReport(now, len(files), report.results, tuple(new_failures), known)

    async def _changed(self, files: list[Path]) -> tuple[list[Path], dict[str, str], int]:
        """Files whose size or mtime moved, less those that failed before with the same bytes."""
        todo, hashes, known = [], {}, 0
        for path in files:
            key, stamp = article_key(path), _stamp(path)
            if stamp is None or self._seen.get(key) == stamp:
                continue
            self._seen[key] = stamp
            hashes[key] = _hash(path)
            if await is_known_failure(self.db, key, hashes[key]):
                known += 1
            else:
                todo.append(path)
        return todo, hashes, known

    async def _record(self, todo, hashes, results, now) -> list[IngestResult]:
        new_failures = []
        for path, result in zip(todo, results, strict=True):
            key = article_key(path)
            if result.status != "failed":
                await forget_failures(self.db, key)
            elif await remember_failure(self.db, key, hashes[key], result.message, now):
                log.warning("rescan: %s", result.message)
                new_failures.append(result)
        return new_failures

    async def _forget_vanished(self) -> None:
        """A failed file that was deleted or renamed is no longer a problem to show."""
        for source in await load_failure_sources(self.db):
            if not source.startswith(("http://", "https://")) and not Path(source).exists():
                await forget_failures(self.db, source)


def _list(directory: Path) -> tuple[list[Path], str | None]:
    if not directory.is_dir():
        return [], f"{directory} is not a directory: set ARTICLES_DIR to the folder of article files"
    try:
        return find_article_files([directory]), None
    except OSError as e:
        return [], f"cannot read {directory}: {e.strerror or e}"


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None  # gone since the listing
    return st.st_size, st.st_mtime_ns


def _hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""
