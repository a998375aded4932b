"""RSS and Atom feeds: fetch a feed, take each new item's text from its page, ingest it as an article.

The network sits behind `Fetcher` (an aiohttp session by default), so tests serve feeds and pages
from 127.0.0.1. feedparser only parses bytes we fetched (it never opens URLs itself here), and
trafilatura only extracts from HTML we fetched. A failing feed backs off exponentially (capped) and
never stops the bot; an item whose page cannot be used is reported once (by URL and page hash).
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import aiohttp
import feedparser

from bot.articles import Article, parse_article
from bot.errors import ArticleError, StanceError
from bot.ingest import ingest_articles
from bot.store.sources import (
    forget_failures,
    is_stored_source,
    load_feed_state,
    remember_failure,
    save_feed_failure,
    save_feed_ok,
)

log = logging.getLogger(__name__)

MAX_BYTES = 5_000_000  # a feed or page larger than this is refused, not read into memory
READ_CHUNK = 64 * 1024
FETCH_TIMEOUT = 20.0
MAX_BACKOFF = timedelta(hours=12)
MAX_ITEMS = 50  # per poll: a feed dumping its archive is taken in portions
MIN_TEXT = 100  # characters: less is a menu, a paywall or a script-only page, not an article


class FeedError(StanceError):
    """A feed or page that could not be fetched or read; the message says which and why."""


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    body: bytes
    headers: Mapping[str, str]  # lower-case names


class Fetcher(Protocol):
    async def get(self, url: str, headers: Mapping[str, str] | None = None) -> Fetched: ...


class HttpFetcher:
    """GET over an aiohttp session, with a timeout and a size cap; network errors become FeedError."""

    def __init__(
        self, session: aiohttp.ClientSession, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_BYTES
    ):
        self.session, self.timeout, self.max_bytes = session, aiohttp.ClientTimeout(total=timeout), max_bytes

    async def get(self, url: str, headers: Mapping[str, str] | None = None) -> Fetched:
        try:
            async with self.session.get(url, headers=dict(headers or {}), timeout=self.timeout) as response:
                body = await self._read_capped(response, url)
                names = {k.lower(): v for k, v in response.headers.items()}
                return Fetched(str(response.url), response.status, body, names)
        except (aiohttp.ClientError, TimeoutError, ValueError) as e:
            raise FeedError(f"{url}: cannot fetch ({type(e).__name__}: {e or 'timed out'})") from None

    async def _read_capped(self, response: aiohttp.ClientResponse, url: str) -> bytes:
        """The whole body, counted as it arrives (decompressed): a single read() returns only what
        has arrived so far, and a declared length may be false or missing (an endless stream)."""
        parts, size = [], 0
        async for chunk in response.content.iter_chunked(READ_CHUNK):
            size += len(chunk)
            if size > self.max_bytes:
                raise FeedError(f"{url}: too large ({_size(response.content_length, size)}, "
                                f"limit {self.max_bytes / 1e6:g} MB)")  # fmt: skip
            parts.append(chunk)
        return b"".join(parts)


def _size(declared: int | None, counted: int) -> str:
    """What the page says it holds when that is more than was counted, else what was counted."""
    if declared and declared > counted:
        return f"{declared / 1e6:.1f} MB"
    return f"more than {counted / 1e6:.1f} MB"


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str
    published: date | None


def get_entry_date(entry: Mapping) -> date | None:
    """The entry's date as its publisher wrote it (the local date in the feed's own offset)."""
    for key in ("published", "updated", "created"):
        raw = dict.get(entry, key)  # dict.get: feedparser's own get warns about updated -> published
        if raw:
            parsed = _parse_feed_datetime(raw)
            if parsed:
                return parsed.date()
    for key in ("published_parsed", "updated_parsed"):
        parsed = dict.get(entry, key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _parse_feed_datetime(raw: str) -> datetime | None:
    try:
        return parsedate_to_datetime(raw)  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.strip())  # Atom: RFC 3339
    except ValueError:
        return None


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> list[FeedEntry]:
    """Entries with a link, links made absolute; a body that is no RSS or Atom feed is a FeedError."""
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception") or "no feed elements"
        raise FeedError(f"{url}: not an RSS or Atom feed ({problem})")
    entries = []
    for entry in parsed.entries:
        link = dict.get(entry, "link")
        if link and urlsplit(urljoin(url, link)).scheme in ("http", "https"):
            title = " ".join((dict.get(entry, "title") or "").split())
            entries.append(FeedEntry(urljoin(url, link), title, get_entry_date(entry)))
    return entries


def extract_page_text(html: bytes, url: str) -> str:
    """The article text of a web page (trafilatura: boilerplate, menus and comments removed)."""
    try:
        import trafilatura  # imported here: it loads lxml and language data, slow at start-up
    except ImportError as e:
        raise FeedError(f"cannot extract page text: trafilatura does not load ({e})") from None
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False)
    if not text or len(text.strip()) < MIN_TEXT:
        raise FeedError(f"{url}: no article text found on the page")
    return text


def compose_article(entry: FeedEntry, page_text: str) -> Article:
    """The feed item as an article: its title as the first paragraph (unless the page starts with it),
    dated from the feed entry, stored under its URL. trafilatura puts one paragraph on each line;
    articles separate paragraphs with a blank line."""
    paragraphs = [" ".join(line.split()) for line in page_text.splitlines() if line.strip()]
    if entry.title and (not paragraphs or paragraphs[0] != entry.title):
        paragraphs.insert(0, entry.title)
    return parse_article("\n\n".join(paragraphs), entry.url, entry.published)


def get_backoff(failures: int, interval: timedelta) -> timedelta:
    """After the n-th failure in a row: two, four, eight... poll intervals, at most MAX_BACKOFF."""
    return min(interval * (2 ** min(failures, 20)), MAX_BACKOFF)


@dataclass(frozen=True)
class FeedReport:
    url: str
    status: str  # ok | not-modified | backing-off | failed
    ingested: int = 0
    skipped: int = 0  # already stored (same URL or same text)
    failed: int = 0  # items whose page could not be used
    error: str | None = None


class FeedPoller:
    """Polls the feeds in FEEDS; new items go through the shared ingest path (bot.ingest)."""

    def __init__(self, db, fetcher: Fetcher, extractor, interval: timedelta):
        self.db, self.fetcher, self.extractor, self.interval = db, fetcher, extractor, interval

    async def poll_all(self, urls: tuple[str, ...], now: datetime) -> list[FeedReport]:
        return [await self.poll(url, now) for url in urls]

    async def poll(self, url: str, now: datetime) -> FeedReport:
        state = await load_feed_state(self.db, url)
        if state.backoff_until and now < state.backoff_until:
            return FeedReport(url, "backing-off", error=state.last_error)
        try:
            fetched = await self.fetcher.get(url, _validators(state))
            if fetched.status == 304:
                await save_feed_ok(self.db, url, state.etag, state.modified, now, 0)
                return FeedReport(url, "not-modified")
            entries = parse_feed(_ok_body(fetched), fetched.url, fetched.headers.get("content-type"))
        except FeedError as e:
            return await self._failed(url, str(e), state.failures + 1, now)
        report = await self._take_entries(url, entries[:MAX_ITEMS], now)
        await save_feed_ok(self.db, url, fetched.headers.get("etag"), fetched.headers.get("last-modified"),
                           now, report.ingested)  # fmt: skip
        return report

    async def _failed(self, url: str, error: str, failures: int, now: datetime) -> FeedReport:
        until = now + get_backoff(failures, self.interval)
        log.warning(
            "feed %s failed (%d in a row), next try after %s: %s", url, failures, until.isoformat(), error
        )
        await save_feed_failure(self.db, url, error, now, until)
        return FeedReport(url, "failed", error=error)

    async def _take_entries(self, url: str, entries: list[FeedEntry], now: datetime) -> FeedReport:
        counts = {"ingested": 0, "skipped": 0, "failed": 0}
        for entry in entries:
            counts[await self._take_entry(entry, now)] += 1
        return FeedReport(url, "ok", **counts)

    async def _take_entry(self, entry: FeedEntry, now: datetime) -> str:
        if await is_stored_source(self.db, entry.url):
            return "skipped"
        page_hash = ""
        try:
            page = _ok_body(await self.fetcher.get(entry.url))
            page_hash = hashlib.sha256(page).hexdigest()
            # An undated entry is dated the day it was fetched, so it still sorts among the news.
            dated = entry if entry.published else replace(entry, published=now.date())
            article = compose_article(dated, extract_page_text(page, entry.url))
        except (FeedError, ArticleError) as e:
            return await self._item_failed(entry.url, page_hash, str(e), now)
        result = (await ingest_articles(self.db, [article], self.extractor)).results[0]
        if result.status == "failed":
            return await self._item_failed(entry.url, page_hash, result.message, now)
        await forget_failures(self.db, entry.url)
        return "skipped" if result.status == "unchanged" else "ingested"

    async def _item_failed(self, url: str, page_hash: str, error: str, now: datetime) -> str:
        if await remember_failure(self.db, url, page_hash, error, now):
            log.warning("feed item skipped: %s", error)  # once per URL and page content
        return "failed"


def _validators(state) -> dict[str, str]:
    headers = {"If-None-Match": state.etag} if state.etag else {}
    if state.modified:
        headers["If-Modified-Since"] = state.modified
    return headers


def _ok_body(fetched: Fetched) -> bytes:
    if fetched.status != 200:
        raise FeedError(f"{fetched.url}: HTTP {fetched.status}")
    return fetched.body
