"""A fake Discord on 127.0.0.1 for tests: the gateway websocket and the REST routes the bot uses.

The unmodified discord.py client talks to it once `discord.http.Route.BASE` and
`DiscordWebSocket.DEFAULT_GATEWAY` point here (`patch_discord` does that through monkeypatch).
Every HTTP request is recorded; tests await one by predicate (`wait_for`) instead of sleeping.
Payload shapes follow discord.py 2.7.1 (pinned): a missing required key kills its gateway task
silently, so `connected` checks that task and fails loudly.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import discord
from aiohttp import WSMsgType, web

from tests import discord_payloads as payloads
from tests.discord_payloads import snowflake

API = "/api/v10"
EPHEMERAL = 64
LOADING = 128


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py parses JSON only when Content-Type is exactly application/json (no charset).
    # `text=` would add "; charset=utf-8", so the body goes in as bytes.
    return web.Response(body=json.dumps(data).encode(), status=status, content_type="application/json")


@dataclass
class Recorded:
    """One HTTP request the client made: `path` is relative to /api/v10 (or the raw path)."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    files: list[str] = field(default_factory=list)
    status: int = 200

    def is_reply_to(self, interaction_id: str) -> bool:
        return self.path.startswith(f"/interactions/{interaction_id}/")


@dataclass
class Override:
    method: str
    pattern: re.Pattern
    status: int
    body: Any
    times: int


class FakeDiscord:
    """The server. Start with `await fake.start()`; the ids below are what the bot will see."""

    def __init__(self) -> None:
        self.app_id, self.guild_id, self.channel_id = snowflake(), snowflake(), snowflake()
        self.bot_user = payloads.user("stance-bot", self.app_id, bot=True)
        self.requests: list[Recorded] = []
        self.identify: dict | None = None
        self.messages: dict[str, dict] = {}
        self.attachments: dict[str, bytes] = {}
        self.attachment_sent = 0  # bytes of streamed attachments written so far
        self._overrides: list[Override] = []
        self._interactions: dict[str, dict] = {}
        self._ws: web.WebSocketResponse | None = None
        self._seq = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- life cycle -------------------------------------------------------------------------
    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{name}", self._attachment)
        app.router.add_route("*", "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def close(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # --- what tests call -------------------------------------------------------------------
    def fail(self, method: str, path_regex: str, status: int, body: Any = None, times: int = 1) -> None:
        """Answers the next `times` matching requests with `status` (e.g. 401 on /users/@me)."""
        body = body if body is not None else {"message": f"fake {status}", "code": 0}
        self._overrides.append(Override(method, re.compile(path_regex), status, body, times))

    async def wait_for(
        self, predicate: Callable[[Recorded], bool], timeout: float = 5.0, alive: asyncio.Task | None = None
    ) -> Recorded:
        """The first recorded request matching `predicate`, waiting up to `timeout` seconds."""

        async def found() -> Recorded:
            async with self._changed:
                while True:
                    hit = next((r for r in self.requests if predicate(r)), None)
                    if hit is not None:
                        return hit
                    _raise_if_dead(alive)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._changed.wait(), 0.2)

        return await asyncio.wait_for(found(), timeout)

    def requests_to(self, interaction_id: str) -> list[Recorded]:
        return [r for r in self.requests if r.is_reply_to(interaction_id)]

    def add_attachment(
        self, filename: str, data: bytes, content_type: str = "text/plain", size: int | None = None
    ) -> dict:
        """Serves `data` as an attachment; returns the resolved-attachment payload. `size` is the size
        the payload declares (default: the real one); `data` may be an iterator of chunks, streamed
        until it ends or the client stops reading (`attachment_sent` counts the bytes written)."""
        att_id = snowflake()
        self.attachments[f"{att_id}-{filename}"] = data
        url = f"http://127.0.0.1:{self.port}/attachments/{att_id}-{filename}"
        declared = size if size is not None else len(data)
        return payloads.attachment(att_id, filename, declared, url, content_type)

    async def dispatch(self, event: str, data: dict) -> None:
        assert self._ws is not None and not self._ws.closed, "no client connected to the fake gateway"
        await self._ws.send_str(json.dumps({"op": 0, "t": event, "s": next(self._seq), "d": data}))

    async def interact(self, payload: dict) -> dict:
        """Sends INTERACTION_CREATE; remembers the message a button belongs to."""
        self._interactions[payload["id"]] = payload
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    # --- interaction payloads (tests/discord_payloads.py) -----------------------------------
    member = staticmethod(payloads.member)

    def _interaction(self, kind: int, data: dict, member: dict | None) -> dict:
        return payloads.interaction(kind, data, self.app_id, self.guild_id, self.channel_id, member)

    def slash(self, name: str, member: dict | None = None, **options: Any) -> dict:
        """A slash command; an option given as an `add_attachment` payload becomes an attachment."""
        return self._interaction(2, payloads.command_data(name, self.guild_id, options), member)

    def autocomplete(self, name: str, focused: str, member: dict | None = None, **options: Any) -> dict:
        payload = self.slash(name, member, **options)
        payload["type"] = 4
        for option in payload["data"]["options"]:
            option["focused"] = option["name"] == focused
        return payload

    def button(self, message: dict, custom_id: str, member: dict | None = None) -> dict:
        payload = self._interaction(3, {"custom_id": custom_id, "component_type": 2}, member)
        payload["message"] = message
        return payload

    # --- gateway ---------------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        # Text frames of plain JSON: the client only inflates binary frames (compress=zlib-stream).
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                break
            await self._on_gateway_message(ws, json.loads(msg.data))
        return ws

    async def _on_gateway_message(self, ws: web.WebSocketResponse, msg: dict) -> None:
        if msg["op"] == 1:
            await ws.send_str(json.dumps({"op": 11}))
        elif msg["op"] == 2:
            self.identify = msg["d"]
            await self.dispatch("READY", self._ready())
            await self.dispatch("GUILD_CREATE", self.guild_payload())

    def _ready(self) -> dict:
        return payloads.ready(self.bot_user, self.app_id, self.guild_id, self.gateway_url)

    def guild_payload(self) -> dict:
        return payloads.guild(self.guild_id, self.channel_id)

    # --- REST ------------------------------------------------------------------------------
    async def _attachment(self, request: web.Request) -> web.Response:
        data = self.attachments.get(request.match_info["name"])
        await self._append(Recorded("GET", request.path, dict(request.query), None, dict(request.headers),
                                    status=404 if data is None else 200))  # fmt: skip
        if data is None:
            return web.Response(status=404)
        if isinstance(data, bytes):
            return web.Response(body=data, content_type="application/octet-stream")
        return await self._stream(request, data)

    async def _stream(self, request: web.Request, chunks) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
        await response.prepare(request)
        with contextlib.suppress(ConnectionError):  # the client hung up: what it wanted to see
            for chunk in chunks:
                await response.write(chunk)
                self.attachment_sent += len(chunk)
            await response.write_eof()
        return response

    async def _rest(self, request: web.Request) -> web.Response:
        rec = await _record(request)
        override = self._take_override(rec)
        if override is not None:
            rec.status, response = override.status, _json(override.body, override.status)
        else:
            response = self._route(rec)
            rec.status = response.status
        await self._append(rec)
        return response

    async def _append(self, rec: Recorded) -> None:
        async with self._changed:
            self.requests.append(rec)
            self._changed.notify_all()

    def _take_override(self, rec: Recorded) -> Override | None:
        for o in self._overrides:
            if o.times > 0 and o.method == rec.method and o.pattern.search(rec.path):
                o.times -= 1
                return o
        return None

    def _route(self, rec: Recorded) -> web.Response:
        for method, pattern, handler in self._routes():
            m = re.fullmatch(pattern, rec.path)
            if m and method == rec.method:
                return handler(rec, *m.groups())
        return _json({"message": f"fake discord: no route {rec.method} {rec.path}", "code": 0}, 404)

    def _routes(self) -> list[tuple[str, str, Callable[..., web.Response]]]:
        return [
            ("GET", r"/users/@me", lambda rec: _json(self.bot_user)),
            ("GET", r"/oauth2/applications/@me", lambda rec: _json(payloads.application(self.app_id))),
            ("GET", r"/gateway(?:/bot)?", lambda rec: _json({"url": self.gateway_url, "shards": 1})),
            ("PUT", r"/applications/\d+(?:/guilds/\d+)?/commands", self._sync_commands),
            ("POST", r"/interactions/(\d+)/([^/]+)/callback", self._callback),
            ("POST", r"/webhooks/\d+/([^/]+)", self._followup),
            ("PATCH", r"/webhooks/\d+/([^/]+)/messages/([^/]+)", self._edit),
            ("GET", r"/webhooks/\d+/([^/]+)/messages/([^/]+)", self._get_webhook_message),
            ("DELETE", r"/webhooks/\d+/([^/]+)/messages/([^/]+)", lambda rec, *_: web.Response(status=204)),
            ("POST", r"/channels/(\d+)/messages", self._channel_post),
            ("PATCH", r"/channels/(\d+)/messages/(\d+)", self._channel_edit),
        ]

    def _sync_commands(self, rec: Recorded) -> web.Response:
        return _json(
            [
                {**cmd, "id": snowflake(), "application_id": self.app_id, "version": snowflake()}
                for cmd in rec.json
            ]
        )

    def _callback(self, rec: Recorded, interaction_id: str, token: str) -> web.Response:
        kind, data = rec.json["type"], rec.json.get("data") or {}
        interaction = {
            "id": interaction_id,
            "type": self._interactions.get(interaction_id, {}).get("type", 2),
        }
        if kind in (4, 5):  # a new message (5: the "thinking…" placeholder of a deferral)
            flags = data.get("flags", 0) | (LOADING if kind == 5 else 0)
            message = self._store_message({**data, "flags": flags}, webhook=True)
            self._interactions.setdefault(interaction_id, {})["original"] = message["id"]
            self._interactions[interaction_id]["token"] = token
        elif kind in (6, 7):  # a component's message is updated in place
            message = self._update_message(self._component_message_id(interaction_id), data)
        else:  # 8: autocomplete choices, 9: modal
            return _json({"interaction": interaction, "resource": {"type": kind}})
        interaction.update(
            response_message_id=message["id"],
            response_message_loading=kind == 5,
            response_message_ephemeral=bool(message["flags"] & EPHEMERAL),
        )
        return _json({"interaction": interaction, "resource": {"type": kind, "message": message}})

    def _component_message_id(self, interaction_id: str) -> str:
        return self._interactions[interaction_id]["message"]["id"]

    def _original_id(self, token: str) -> str:
        return next(
            i["original"] for i in self._interactions.values() if i.get("token") == token and "original" in i
        )

    def _followup(self, rec: Recorded, token: str) -> web.Response:
        return _json(self._store_message(rec.json or {}, webhook=True))

    def _edit(self, rec: Recorded, token: str, message_id: str) -> web.Response:
        message_id = self._original_id(token) if message_id == "@original" else message_id
        update = dict(rec.json or {})
        self.messages[message_id]["flags"] &= ~LOADING
        return _json(self._update_message(message_id, update))

    def _get_webhook_message(self, rec: Recorded, token: str, message_id: str) -> web.Response:
        message_id = self._original_id(token) if message_id == "@original" else message_id
        return _json(self.messages[message_id])

    def _channel_post(self, rec: Recorded, channel_id: str) -> web.Response:
        return _json(self._store_message(rec.json or {}, channel_id=channel_id))

    def _channel_edit(self, rec: Recorded, channel_id: str, message_id: str) -> web.Response:
        return _json(self._update_message(message_id, rec.json or {}))

    def _store_message(self, data: dict, webhook: bool = False, channel_id: str | None = None) -> dict:
        app_id = self.app_id if webhook else None
        message = payloads.message(data, self.bot_user, channel_id or self.channel_id, app_id)
        self.messages[message["id"]] = message
        return message

    def _update_message(self, message_id: str, data: dict) -> dict:
        message = self.messages[message_id]
        for key in ("content", "embeds", "components"):
            if key in data:
                message[key] = data[key] if data[key] is not None else ([] if key != "content" else "")
        message["edited_timestamp"] = payloads.now()
        return message


def _raise_if_dead(task: asyncio.Task | None) -> None:
    if task is not None and task.done():
        exc = None if task.cancelled() else task.exception()
        raise AssertionError(f"the bot's gateway task ended: {exc!r}")


async def _record(request: web.Request) -> Recorded:
    path = request.path.removeprefix(API)
    body, files = None, []
    if request.content_type == "application/json":
        body = await request.json()
    elif request.content_type.startswith("multipart/"):
        form = await request.post()
        for name, value in form.items():
            if name == "payload_json":
                body = json.loads(value)
            elif hasattr(value, "filename"):
                files.append(value.filename)
    return Recorded(request.method, path, dict(request.query), body, dict(request.headers), files)


def patch_discord(monkeypatch, fake: FakeDiscord) -> None:
    """Points the real client at the fake; monkeypatch restores both after the test."""
    monkeypatch.setattr(discord.http.Route, "BASE", fake.api_base)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", discord.gateway.yarl.URL(fake.gateway_url)
    )


@dataclass
class Answer:
    """What the user sees for one interaction: the message payload the bot sent and the stored message."""

    payload: dict
    message: dict | None
    deferred: bool

    @property
    def embeds(self) -> list[dict]:
        return self.payload.get("embeds") or []

    @property
    def ephemeral(self) -> bool:
        return bool((self.payload.get("flags") or 0) & EPHEMERAL)

    @property
    def text(self) -> str:
        """Every visible string of the embeds, joined: for substring assertions."""
        parts = [self.payload.get("content") or ""]
        for e in self.embeds:
            parts += [e.get("title", ""), e.get("description", ""), (e.get("footer") or {}).get("text", "")]
            parts += [f"{f['name']}\n{f['value']}" for f in e.get("fields", [])]
        return "\n".join(p for p in parts if p)

    def custom_ids(self) -> list[str]:
        return [c["custom_id"] for row in self.payload.get("components") or [] for c in row["components"]]


class Harness:
    """A connected client plus the fake it talks to: send interactions, await what comes back."""

    def __init__(self, fake: FakeDiscord, client: discord.Client, task: asyncio.Task):
        self.fake, self.client, self.task = fake, client, task

    async def wait_for(self, predicate: Callable[[Recorded], bool], timeout: float = 5.0) -> Recorded:
        return await self.fake.wait_for(predicate, timeout, alive=self.task)

    async def send(self, name: str, member: dict | None = None, **options: Any) -> dict:
        return await self.fake.interact(self.fake.slash(name, member, **options))

    async def callback(self, payload: dict, timeout: float = 5.0) -> Recorded:
        return await self.wait_for(lambda r: r.is_reply_to(payload["id"]), timeout)

    async def answer(self, payload: dict, timeout: float = 5.0) -> Answer:
        """The reply to `payload`; after a deferral, the follow-up that carries the real answer."""
        first = await self.callback(payload, timeout)
        if first.json["type"] != 5:
            data = first.json.get("data") or {}
            return Answer(data, self.fake.messages.get(self._message_id(payload, first)), deferred=False)
        token = payload["token"]
        later = await self.wait_for(
            lambda r: r.path.startswith("/webhooks/") and token in r.path and r.method in ("POST", "PATCH"),
            timeout,
        )
        return Answer(later.json or {}, None, deferred=True)

    def _message_id(self, payload: dict, rec: Recorded) -> str | None:
        if rec.json["type"] in (6, 7):
            return payload["message"]["id"]
        return self.fake._interactions.get(payload["id"], {}).get("original")

    async def ask(self, name: str, member: dict | None = None, **options: Any) -> Answer:
        return await self.answer(await self.send(name, member, **options))

    async def click(self, answer: Answer, custom_id: str, member: dict | None = None) -> Answer:
        assert answer.message is not None, "only a message the fake stored can be clicked"
        return await self.answer(
            await self.fake.interact(self.fake.button(answer.message, custom_id, member))
        )

    async def choices(
        self, name: str, focused: str, member: dict | None = None, **options: Any
    ) -> list[dict]:
        payload = await self.fake.interact(self.fake.autocomplete(name, focused, member, **options))
        rec = await self.callback(payload)
        assert rec.json["type"] == 8, rec.json
        return rec.json["data"]["choices"]


@contextlib.asynccontextmanager
async def connected(
    client: discord.Client, fake: FakeDiscord, token: str = "fake-token", timeout: float = 5.0
):
    """Logs `client` in against `fake`, waits until ready, yields a Harness, closes cleanly."""
    task = None
    try:
        await asyncio.wait_for(client.login(token), timeout)
        task = asyncio.create_task(client.connect(reconnect=False))
        ready = asyncio.create_task(client.wait_until_ready())
        await asyncio.wait({ready, task}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        ready.cancel()
        _raise_if_dead(task)
        assert client.is_ready(), "the client did not become ready"
        harness = Harness(fake, client, task)
        yield harness
        _raise_if_dead(harness.task)  # a test that killed the task on purpose sets harness.task = None
    finally:
        await client.close()
        if task is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(task, timeout)
