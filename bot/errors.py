"""Errors whose messages are safe to show a user; each front end has one handler for them."""

from __future__ import annotations


class StanceError(Exception):
    """Base class: the message says what went wrong and what to try."""


class SettingsError(StanceError):
    pass


class ArticleError(StanceError):
    """A file that is not a readable article. The message names the file (and line)."""

    def __init__(self, path: str, problem: str, line: int | None = None):
        self.path, self.problem, self.line = str(path), problem, line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {problem}")


class NotFound(StanceError):
    """An unknown actor, concept or article; `suggestions` holds close matches."""

    def __init__(self, what: str, value: str, suggestions: list[str] | tuple[str, ...] = ()):
        self.what, self.value, self.suggestions = what, value, list(suggestions)
        msg = f"unknown {what} {value!r}"
        if self.suggestions:
            msg += "; did you mean " + ", ".join(self.suggestions) + "?"
        else:
            msg += "; list them with `actors`" if what == "actor" else ""
        super().__init__(msg)


class BadQuery(StanceError):
    """A query a user typed that cannot be answered as given (empty search, bad date)."""


class DataFileError(StanceError):
    """actors.toml, concepts.toml or lexicon.toml is malformed."""


class TooBroad(BadQuery):
    """A query that ran past its time budget: the user is asked to narrow it."""


class RateLimited(StanceError):
    """A member sent more commands than the settings allow in the window; says when to try again."""
