"""The JSON shapes discord.py 2.7.1 (pinned) requires from Discord, for tests/fake_discord.py.

A missing required key raises inside the client's gateway task and kills it silently, so each
builder carries every key that version reads unconditionally.
"""

from __future__ import annotations

import itertools
import zlib
from datetime import UTC, datetime
from typing import Any

_snowflakes = itertools.count(1_300_000_000_000_000_000)


def snowflake() -> str:
    return str(next(_snowflakes))


def now() -> str:
    return datetime.now(UTC).isoformat()


def user(name: str, user_id: str | None = None, bot: bool = False) -> dict:
    """A user; the same name always gets the same id (so a test can say who clicked)."""
    uid = user_id or str(zlib.crc32(name.encode()) + 10**17)
    return {
        "id": uid,
        "username": name,
        "discriminator": "0",
        "avatar": None,
        "global_name": name,
        "bot": bot,
    }


def member(name: str = "alice", permissions: int = 0) -> dict:
    """A guild member; `permissions` is the bit set Discord computed (1 << 5: Manage Server)."""
    return {
        "user": user(name),
        "roles": [],
        "joined_at": now(),
        "permissions": str(permissions),
        "deaf": False,
        "mute": False,
        "flags": 0,
        "nick": None,
    }


def application(app_id: str) -> dict:
    return {
        "id": app_id,
        "name": "stance-bot",
        "description": "",
        "icon": None,
        "bot_public": False,
        "bot_require_code_grant": False,
        "owner": user("owner"),
        "verify_key": "0" * 64,
        "flags": 0,
    }


def ready(bot_user: dict, app_id: str, guild_id: str, gateway_url: str) -> dict:
    return {
        "v": 10,
        "user": bot_user,
        "session_id": "fake-session",
        "resume_gateway_url": gateway_url,
        "guilds": [{"id": guild_id, "unavailable": True}],
        "application": {"id": app_id, "flags": 0},
    }


def guild(guild_id: str, channel_id: str) -> dict:
    channel = {
        "id": channel_id,
        "type": 0,
        "name": "stance",
        "position": 0,
        "guild_id": guild_id,
        "permission_overwrites": [],
    }
    return {
        "id": guild_id,
        "name": "Fake Guild",
        "unavailable": False,
        "channels": [channel],
        "roles": [],
        "members": [],
        "member_count": 2,
        "owner_id": snowflake(),
        "features": [],
        "emojis": [],
        "stickers": [],
        "threads": [],
        "large": False,
        "icon": None,
        "joined_at": now(),
    }


def interaction(kind: int, data: dict, app_id: str, guild_id: str, channel_id: str, who: dict | None) -> dict:
    """INTERACTION_CREATE's payload: 2 slash command, 3 component, 4 autocomplete."""
    return {
        "id": snowflake(),
        "application_id": app_id,
        "type": kind,
        "token": f"tok-{snowflake()}",
        "version": 1,
        "attachment_size_limit": 10 * 1024 * 1024,
        "data": data,
        "guild_id": guild_id,
        "channel_id": channel_id,
        "channel": {"id": channel_id, "type": 0, "guild_id": guild_id},
        "member": who or member(),
        "app_permissions": "0",
        "locale": "en-US",
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {"0": guild_id},
        "context": 0,
    }


def command_data(name: str, guild_id: str, options: dict[str, Any]) -> dict:
    """A slash command's `data`; an option given as an attachment payload becomes type 11."""
    data: dict = {"id": snowflake(), "name": name, "type": 1, "guild_id": guild_id, "options": []}
    for key, value in options.items():
        if isinstance(value, dict) and "filename" in value:
            data.setdefault("resolved", {}).setdefault("attachments", {})[value["id"]] = value
            data["options"].append({"name": key, "type": 11, "value": value["id"]})
        else:
            data["options"].append({"name": key, "type": 4 if isinstance(value, int) else 3, "value": value})
    return data


def attachment(att_id: str, filename: str, size: int, url: str, content_type: str) -> dict:
    return {
        "id": att_id,
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url,
        "content_type": content_type,
    }


def message(data: dict, author: dict, channel_id: str, app_id: str | None = None) -> dict:
    """The message Discord stores for a post; `app_id` marks one sent through an interaction webhook."""
    stored = {
        "id": snowflake(),
        "channel_id": channel_id,
        "type": 0,
        "author": author,
        "content": data.get("content") or "",
        "embeds": data.get("embeds") or [],
        "attachments": [],
        "mentions": [],
        "mention_roles": [],
        "mention_everyone": False,
        "pinned": False,
        "tts": False,
        "timestamp": now(),
        "edited_timestamp": None,
        "flags": data.get("flags") or 0,
        "components": data.get("components") or [],
    }
    if app_id is not None:
        stored.update(webhook_id=app_id, application_id=app_id)
    return stored
