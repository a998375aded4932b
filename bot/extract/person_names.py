"""Person names the entity recogniser misses or cuts wrongly, marked on the parse as PERSON.

spaCy's small English model often misses romanized Korean and Chinese names ("ministry
spokesperson Yoon Min-ho said" gives no PERSON, or "ho"), swallows a title ("Rep. Byun
Sang-wook") or a following possessive. Names written family name first are found here from a
list of family names and the shape of a romanized given name (data/names.toml): "Yoon Min-ho",
"Yoon Minho", "Lee Jae Myung", "YOON MIN-HO". The entities the model found that overlap one are
replaced by it; titles before a PERSON entity are cut off. No extra parser pass: one regex over
each paragraph, then `doc.set_ents`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span

from bot.errors import DataFileError
from bot.tables import read_toml


@dataclass(frozen=True)
class NameShapes:
    surnames: frozenset[str]
    syllable: str
    not_after_name: frozenset[str]
    honorifics: frozenset[str]
    not_names: frozenset[str] = frozenset()
    organisation_kinds: tuple[tuple[str, str], ...] = ()  # (head word, kind) for bodies not listed
    international_prefixes: tuple[str, ...] = ()
    leading_verbs: frozenset[str] = frozenset()

    def organisation_kind(self, name: str) -> str:
        """The kind of an organisation found in text, from the first telling word of its name."""
        if name.startswith(self.international_prefixes):
            return "international"
        kinds = dict(self.organisation_kinds)
        words = [w.strip(",.'’").lower() for w in name.split()]
        return next((kinds[w] for w in words if w in kinds), "other")

    def pattern(self) -> re.Pattern:
        """Family name, then a hyphenated given name, one or two capitalised syllable groups, in
        title case or all capitals."""
        given = r"[A-Z][a-z]+ [A-Z][a-z]+(?![\w-])|[A-Z][a-z]+(?:-[a-z]+)?"
        upper = r"[A-Z]+(?:-[A-Z]+)?"
        names = "|".join(sorted((re.escape(s) for s in self.surnames), key=len, reverse=True))
        upper_names = "|".join(re.escape(s.upper()) for s in self.surnames)
        return re.compile(
            rf"(?<![\w.-])(?:(?P<fam>{names}) (?P<given>{given})|(?P<FAM>{upper_names}) (?P<GIVEN>{upper}))"
            r"(?![\w-])"
        )


def load_name_shapes(path: Path) -> NameShapes:
    raw = read_toml(path)
    try:
        syllable = raw["syllable"]
        re.compile(syllable)
        return NameShapes(
            frozenset(raw["surnames"]),
            syllable,
            frozenset(w.lower() for w in raw.get("not_after_name", [])),
            frozenset(w.lower() for w in raw.get("honorifics", [])),
            frozenset(w.lower() for w in raw.get("not_names", [])),
            tuple((w.lower(), k) for k, words in raw.get("organisation_kinds", {}).items() for w in words),
            tuple(raw.get("international_prefixes", [])),
            frozenset(raw.get("leading_verbs", [])),
        )
    except (KeyError, TypeError, AttributeError, re.error) as e:
        raise DataFileError(
            f"{path}: needs surnames (a list) and syllable (a regular expression): {e}"
        ) from None


class PersonNames:
    """Marks romanized family-name-first names as PERSON entities on a parsed paragraph."""

    def __init__(self, shapes: NameShapes, organisation_words: frozenset[str]):
        self.shapes = shapes
        self._name = shapes.pattern()
        self._given = re.compile(rf"(?:{shapes.syllable}){{1,3}}")
        self._stop = shapes.not_after_name | organisation_words

    def find(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the names in `text`."""
        return [m.span() for m in self._name.finditer(text) if self._fits(m, text)]

    def _fits(self, m: re.Match, text: str) -> bool:
        if m.group().lower() in self.shapes.not_names:
            return False
        given = (m.group("given") or m.group("GIVEN")).lower()
        if not all(self._given.fullmatch(part) for part in re.split(r"[- ]", given)):
            return False
        after = text[m.end() :].split(maxsplit=1)
        return not (after and after[0].strip(".,;:").lower() in self._stop)  # "Kim Il Sung University"

    def mark(self, doc: Doc) -> Doc:
        """Sets the names found as PERSON entities, replacing the entities they overlap."""
        found = [doc.char_span(s, e, label="PERSON", alignment_mode="expand") for s, e in self.find(doc.text)]
        found = [span for span in found if span is not None]
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [self._trimmed(e) for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.set_ents(sorted([e for e in kept if e is not None] + found, key=lambda e: e.start))
        return doc

    def _trimmed(self, ent: Span) -> Span | None:
        """A PERSON entity without the titles before the name ("Rep.", "Lt. Col.", "Vice Minister")."""
        if ent.label_ != "PERSON":
            return ent
        start = ent.start
        while start < ent.end - 1 and ent.doc[start].lower_ in self.shapes.honorifics:
            start += 1
        return Span(ent.doc, start, ent.end, label="PERSON")
