"""Per-member rate limit: at most N commands in any window of S seconds (RATE_LIMIT_* settings).

A sliding window rather than a token bucket because its refusal is easy to explain ("at most 10
commands in 30 s; try again in 4 s"). Autocomplete is not counted: Discord sends one per keystroke.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

from bot.errors import RateLimited

FORGET_AFTER = 10_000  # members remembered before the idle ones are dropped


class RateLimit:
    def __init__(self, commands: int, seconds: float, clock: Callable[[], float] = time.monotonic):
        self.commands, self.seconds, self.clock = commands, seconds, clock
        self._sent: dict[int, deque[float]] = {}
        self._told: dict[int, float] = {}  # member -> until when a refusal has been explained

    def check(self, member_id: int) -> bool:
        """Counts one command for `member_id` and returns True; over the limit, raises RateLimited
        the first time and returns False (answer nothing) until the window frees: a flood of
        refusals would cost the bot as much as answers. A refused command is not counted."""
        now = self.clock()
        sent = self._sent.setdefault(member_id, deque())
        while sent and sent[0] <= now - self.seconds:
            sent.popleft()
        if len(sent) < self.commands:
            sent.append(now)
            return True
        if self._told.get(member_id, 0) > now:
            return False
        self._told[member_id] = free = sent[0] + self.seconds
        raise RateLimited(
            f"slow down: at most {self.commands} commands in {self.seconds:g} s each; "
            f"try again in {max(math.ceil(free - now), 1)} s"
        )
        if len(self._sent) > FORGET_AFTER:
            self._forget(now)

    def _forget(self, now: float) -> None:
        idle = [m for m, sent in self._sent.items() if not sent or sent[-1] <= now - self.seconds]
        for member in idle:
            del self._sent[member]
            self._told.pop(member, None)
