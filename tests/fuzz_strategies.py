"""Hostile input for the fuzz tests: any Unicode (lone surrogates, NUL, controls, other scripts'
digits included), mixed with the pieces that break parsers: FTS5 syntax, quote marks, date words."""

from __future__ import annotations

from hypothesis import strategies as st

# What FTS5, SQL LIKE, shells, argparse and the article format give meaning to.
SYNTAX = ['"', "'", "*", "^", ":", "(", ")", "-", "+", "NEAR", "NEAR(", "AND", "OR", "NOT", "%", "_", "\\",
          ";", "--", "/*", "\x00", "\ud800", "\udcff", "\u200f", "\ufeff", "\n", "\r\n", "\t", "--json",
          "--limit", "--since", "--concept", "-h", "=", "actor:", "since:", "limit:", "/", "“", "”", "«",
          "``", "''", "‘", "’", "…", "²", "٤٢", "４２", "𝟗", "1e9", "-1", "0",
          "99999999999999999999"]  # fmt: skip
DATE_WORDS = ["yesterday", "today", "last month", "last year", "this month", "this year", "next", "Feb.",
              "Feb", "29", "30", "31", "0", "00", "Sept.", "Dec", "December", "Monday", "Sunday", "in", "on",
              "2024", "0001", "9999", "٢٩", "١٢", "earlier this week", "tomorrow"]  # fmt: skip

any_char = st.characters(codec=None, exclude_categories=())  # every code point, surrogates too
any_text = st.text(any_char, max_size=40)


def hostile_text(extra: list[str] | None = None, max_pieces: int = 12) -> st.SearchStrategy[str]:
    pieces = st.one_of(any_text, st.sampled_from(SYNTAX + (extra or [])), st.just(" "))
    return st.lists(pieces, max_size=max_pieces).map("".join)


hostile_int = st.one_of(
    st.integers(), st.sampled_from([0, -1, 1, 2**31, 2**63 - 1, 2**63, -(2**63) - 1, 10**20, 10**400])
)
