"""User input, normalised once where it enters: CLI arguments, console lines, Discord options.

Text loses NUL and the other control characters (a tab or line break becomes a space) and lone
surrogates become U+FFFD: the CLI gets surrogates from non-UTF-8 bytes in its arguments
(surrogateescape), and neither SQLite nor a UTF-8 terminal can take them. Numbers may be written in
any script's decimal digits (٤٢, ４２) or compatibility forms (²) and are range-checked, so a
too-large id is a clear message rather than an OverflowError from SQLite.
"""

from __future__ import annotations

import re
import unicodedata

from bot.errors import BadQuery

SQLITE_MAX_INT = 2**63 - 1  # the largest integer SQLite stores; a bigger one overflows on binding
MAX_DIGITS = 40  # far above any range checked here
LINE_BREAKS = re.compile(r"[\t\n\r]")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc
SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """`text` with surrogates replaced, line breaks and tabs as spaces, other controls removed."""
    return CONTROL.sub("", LINE_BREAKS.sub(" ", SURROGATE.sub("\ufffd", text)))


def is_encodable(text: str) -> bool:
    """False for text holding lone surrogates, which SQLite cannot take as a parameter (raw
    UnicodeEncodeError); control characters are only noise to it."""
    return not SURROGATE.search(text)


def parse_count(name: str, raw: str, low: int = 1, high: int = SQLITE_MAX_INT) -> int:
    """A whole number from `low` to `high` typed by a user, in any script's digits."""
    shown = clean_text(raw).strip()
    digits = unicodedata.normalize("NFKC", shown)
    if not digits.isdecimal():
        raise BadQuery(f"{name} must be a number, got {shown!r}")
    if len(digits.lstrip("0")) > MAX_DIGITS:  # int() itself refuses over 4,300 digits
        raise BadQuery(f"{name} must be from {low:,} to {high:,}, got a number of {len(digits):,} digits")
    return check_range(name, int(digits), low, high)


def check_range(name: str, value: int, low: int = 1, high: int = SQLITE_MAX_INT) -> int:
    if not low <= value <= high:
        raise BadQuery(f"{name} must be from {low:,} to {high:,}, got {value}")
    return value
