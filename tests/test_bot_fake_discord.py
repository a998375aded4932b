"""The fake Discord itself: the real discord.py client logs in, becomes ready and is answered."""

from __future__ import annotations

import discord
import pytest

from tests.fake_discord import connected


class EchoClient(discord.Client):
    """A bare client with one command, so the fake is tested apart from the stance bot."""

    def __init__(self):
        super().__init__(
            intents=discord.Intents(guilds=True),
            guild_ready_timeout=0.05,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.tree = discord.app_commands.CommandTree(self)

        @self.tree.command(name="echo")
        async def echo(interaction: discord.Interaction, text: str) -> None:
            """Says it back."""
            await interaction.response.send_message(text)

    async def setup_hook(self) -> None:
        await self.tree.sync()


async def test_login_ready_sync_and_reply(fake_discord):
    async with connected(EchoClient(), fake_discord) as h:
        answer = await h.ask("echo", text="hello @everyone")
        assert h.fake.identify["token"] == "fake-token"
    assert answer.payload == {"tts": False, "content": "hello @everyone", "allowed_mentions": {"parse": []}}
    paths = [(r.method, r.path) for r in fake_discord.requests]
    assert paths[:3] == [
        ("GET", "/users/@me"),
        ("GET", "/oauth2/applications/@me"),
        ("PUT", f"/applications/{fake_discord.app_id}/commands"),
    ]
    synced = fake_discord.requests[2].json
    assert [(c["name"], c["description"]) for c in synced] == [("echo", "Says it back.")]


async def test_wait_for_times_out_and_reports_a_dead_gateway(fake_discord):
    async with connected(EchoClient(), fake_discord) as h:
        with pytest.raises(TimeoutError):
            await h.wait_for(lambda r: r.path == "/never", timeout=0.3)
        # A malformed INTERACTION_CREATE (no `data`/`token`) kills the client's gateway task.
        await fake_discord.dispatch("INTERACTION_CREATE", {"id": "1", "type": 2})
        with pytest.raises(AssertionError, match="gateway task ended"):
            await h.wait_for(lambda r: r.path == "/never", timeout=2)
        h.task = None  # already dead: let `connected` close without re-raising


async def test_channel_post_is_recorded_and_stored(fake_discord):
    async with connected(EchoClient(), fake_discord) as h:
        channel = h.client.get_channel(int(fake_discord.channel_id))
        sent = await channel.send("digest")
        rec = await h.wait_for(lambda r: r.method == "POST" and r.path.endswith("/messages"))
    assert rec.path == f"/channels/{fake_discord.channel_id}/messages"
    assert rec.json["content"] == "digest" and rec.json["allowed_mentions"] == {"parse": []}
    assert fake_discord.messages[str(sent.id)]["content"] == "digest"


async def test_a_failure_override_answers_once(fake_discord):
    # 403 (missing access) is not retried by discord.py; a 5xx would be, with back-off sleeps.
    fake_discord.fail("POST", r"^/channels/\d+/messages$", 403, {"message": "Missing Access", "code": 50001})
    async with connected(EchoClient(), fake_discord) as h:
        channel = h.client.get_channel(int(fake_discord.channel_id))
        with pytest.raises(discord.Forbidden, match="Missing Access"):
            await channel.send("first")
        await channel.send("second")
    statuses = [r.status for r in fake_discord.requests if r.path.endswith("/messages")]
    assert statuses == [403, 200]
