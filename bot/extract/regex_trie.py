"""A set of phrases as one regular expression that tries them longest first, factored by prefix:
one pass over the text instead of a try of every phrase at every place."""

from __future__ import annotations

import re


def trie(phrases: list[str], fold: bool) -> str:
    """A regex equivalent to the alternation of `phrases`, longest first, factored by prefix."""
    if not phrases:
        return ""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase.lower() if fold else phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _node(root)
    return f"(?i:{body})" if fold else body


def _node(node: dict) -> str:
    branches = [re.escape(ch) + _node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
