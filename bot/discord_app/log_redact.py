"""Secrets kept out of the log: the bot token and every interaction token.

An interaction token lets anyone answer or edit the bot's replies for 15 minutes. discord.py logs
it at DEBUG in two places: the gateway event (INTERACTION_CREATE's `token`) and the URLs of the
callback and webhook requests (`/interactions/{id}/{token}/callback`, `/webhooks/{app}/{token}`).
A filter on the log handlers rewrites each record before any handler writes it.
"""

from __future__ import annotations

import logging
import re

REDACTED = "<redacted>"
TOKEN_PATTERNS = (
    re.compile(r"(/(?:webhooks|interactions)/\d+/)[\w.-]+"),
    re.compile(r"""(['"]token['"]\s*:\s*['"])[^'"]+"""),
)


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    for pattern in TOKEN_PATTERNS:
        text = pattern.sub(rf"\g<1>{REDACTED}", text)
    return text


class RedactTokens(logging.Filter):
    """Rewrites a record's message (and traceback text) with the tokens replaced."""

    def __init__(self, *secrets: str | None):
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message, self.secrets)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        return True


def redact_handlers(logger: logging.Logger, *secrets: str | None) -> None:
    """Puts the filter on every handler of `logger` (once each)."""
    for handler in logger.handlers:
        if not any(isinstance(f, RedactTokens) for f in handler.filters):
            handler.addFilter(RedactTokens(*secrets))
