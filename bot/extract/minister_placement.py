"""Which ministry a minister is placed in by the words that introduce them (part of
`speakers.Discourse`, beside `placement.Placement`, whose order of rules reaches these).

- A portfolio before "Minister" ("Fisheries Minister Ahn") is its listed ministry, else one found
  and named as the press names it ("Health Minister Y" -> "Health Ministry"), of the country
  named before the title if any.
- A portfolio after it ("the minister for health", "the vice-minister of the interior and safety").
- A ranked "Minister" with no portfolio ("Vice Minister Oh") is the deputy of the minister the
  story last quoted; a bare "Minister Ahn" is of the ministry the paragraph named last.
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.names import text_of
from bot.tables import slugify


class MinisterPlacement:
    """Placement of ministers; mixed into Discourse, whose state it shares."""

    def _ministry_of_minister(self, mention: list[Token]) -> tuple[str, str] | None:
        """ "Fisheries Minister Ahn": the listed "Fisheries Ministry", when no title was listed."""
        for t in mention:
            if t.text == "Minister" and t.i > 0 and t.doc[t.i - 1].text[:1].isupper():
                lo = t.i - 1
                while (
                    lo > mention[0].i and t.doc[lo - 1].text[:1].isupper() and t.doc[lo - 1].lower_ != "vice"
                ):
                    lo -= 1
                listed = _portfolio_list_start(t.doc, lo, t.sent.start)  # the mention may start past a comma
                if listed is not None:
                    return self._ministry_of_listed(mention, listed, t)
                name = t.doc[lo : t.i].text + " Ministry"
                hits = self.actors.find_names(name)
                if hits and hits[0].start == 0 and hits[0].end == len(name):
                    return hits[0].slug, t.doc[lo : t.i + 1].text
                return self._unlisted_portfolio(mention, t) or self._minister_s_deputy(mention, t)
        return None

    def _ministry_of_listed(self, mention: list[Token], lo: int, minister: Token) -> tuple[str, str]:
        """ "Economy, Trade and Industry Minister X": a title listing its ministry's portfolios is
        of the ministry named so ("Ministry of Economy, Trade and Industry"), listed or found, and
        found for a foreign government (named before it, by the holder's name, or the story's
        home) as its other ministries are ("Japan Ministry of ...")."""
        doc = minister.doc
        name = f"Ministry of {doc[lo : minister.i].text}"
        hits = self.actors.find_names(name)
        if hits and hits[0].start == 0 and hits[0].end == len(name):
            return hits[0].slug, doc[lo : minister.i + 1].text
        country = (
            self._government_in(doc, mention[0].idx, doc[lo].idx)
            or self._holder_nation(text_of(doc), minister.idx + len(minister))
            or self.home  # a bare office in a story at home abroad is that country's
        )
        name = self._of_foreign_state(name, "ministry", country)
        found = self._discover(name, "ministry", country, self.base + doc[lo].idx, None)
        return found.id, doc[lo : minister.i + 1].text

    def _minister_s_deputy(self, mention: list[Token], minister: Token) -> tuple[str, str] | None:
        """ "Unification Minister Han said ... Vice Minister Oh said": a ranked "Minister" with no
        portfolio is the deputy of the minister the story last quoted, of that ministry."""
        doc, ranks = minister.doc, self.lexicon.title_ranks
        lo = minister.i
        while lo > mention[0].i and doc[lo - 1].lower_ in ranks:
            lo -= 1
        if lo == minister.i or lo > mention[0].i and doc[lo - 1].text[:1].isupper():
            return None

        def minister_of_ministry(e) -> bool:
            body = self._actor_of(e.org)
            return (
                e.kind == "person"
                and bool(e.role)
                and "Minister" in e.role
                and body
                and body.kind == "ministry"
            )

        last = self._last(minister_of_ministry, self.base + doc[lo].idx)
        return (last.org, doc[lo : minister.i + 1].text) if last else None

    def _minister_of_paragraph(self, mention: list[Token]) -> tuple[str, str] | None:
        """ "The Fisheries Ministry will close the harbours, Minister Ahn said": a bare "Minister"
        before a name, no portfolio or rank with it, is the minister of the ministry the paragraph
        named last before the name; with none named there, of no ministry."""
        doc = mention[0].doc
        for t in mention:
            before = doc[t.i - 1] if t.i > 0 else None
            if (
                t.text != "Minister"
                or t.i + 1 >= len(doc)
                or doc[t.i + 1].pos_ != "PROPN"
                or before is not None
                and before.i >= mention[0].i
                and (before.text[:1].isupper() or before.lower_ in self.lexicon.title_ranks)
            ):
                continue
            pos = self.base + t.idx
            self._note_listed_before(doc, t.idx, lambda a: a.kind == "ministry")
            near = [
                e
                for e in self.entities.values()
                if getattr(self._body_of(e), "kind", None) == "ministry" and e.seen_before(pos) >= self.base
            ]
            if not near:
                return None
            return self._touch(max(near, key=lambda e: e.seen_before(pos)), pos).id, t.text
        return None

    def _unlisted_portfolio(self, mention: list[Token], minister: Token) -> tuple[str, str] | None:
        """ "First Vice Finance Minister X", "Health Minister Y": a one-word portfolio the table does
        not list is a ministry found and named as the press names it ("Finance Ministry"), the
        government's named before the title if any ("Japanese Health Minister Y"); not a rank
        ("Prime", "Deputy"), a country or a listed name ("Kremlin Minister")."""
        word = minister.doc[minister.i - 1]
        if (
            not word.is_alpha
            or word.lower_ in self.lexicon.title_ranks
            or word.lower_ in ("prime", "chief", "state", "cabinet", "former")
            or word.ent_type_ in ("GPE", "NORP", "PERSON")
            or self.actors.find_names(word.text)
        ):
            return None
        doc = minister.doc
        country = self._government_in(doc, mention[0].idx, word.idx) or self._holder_nation(
            text_of(doc), minister.idx + len(minister)
        )  # "Finance Minister Kenji Sato" is Tokyo's, as "Japanese Finance Minister X" is
        found = self._discover(f"{word.text} Ministry", "ministry", None, self.base + word.idx, None)
        return self._of_country(found.id, country), f"{word.text} Minister"

    def _ministry_of_portfolio(self, mention: list[Token]) -> tuple[str, str] | None:
        """ "the vice-minister of the interior and safety", "the minister for health": the
        ministry of that portfolio, listed by its long name ("Ministry of National Defense") or
        found and named as the press shortens it, after its first word ("Interior Ministry")."""
        inside = {t.i for t in mention}
        for t in mention:
            prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if t.lower_ != "minister" or obj is None or obj.pos_ == "PROPN" and obj.ent_type_:
                continue  # "minister of Japan", "a minister for Seoul" name a country, not a portfolio
            words = [w for w in obj.subtree if w.i in inside]
            portfolio = " ".join(w.text for w in words).replace(" ,", ",")
            title = t.doc[t.i : words[-1].i + 1].text
            country = self._government_in(mention[0].doc, mention[0].idx, t.idx)
            long = self.actors.find_names(f"Ministry of {portfolio}")
            if long and long[0].start == 0 and long[0].end == len(f"Ministry of {portfolio}"):
                return self._of_country(long[0].slug, country), title
            first = next((w for w in words if w.pos_ in ("NOUN", "ADJ", "PROPN")), None)
            if first is not None:
                slug = slugify(f"{first.text} Ministry")
                if country is None and slug not in self.actors.by_slug:
                    slug = self._discover(
                        f"{first.text.title()} Ministry", "ministry", None, self.base + t.idx, None
                    ).id
                return self._of_country(slug, country), title
        return None


def _portfolio_list_start(doc, lo: int, first: int) -> int | None:
    """Where a title's list of portfolios starts ("Economy, Trade and Industry" before "Minister",
    `lo` at "Industry"): capitalised words set off by commas and closed by "and", none a place,
    a people or a person; None without."""
    at = lo - 1
    if at - 1 < first or doc[at].lower_ != "and" or not doc[at - 1].text[:1].isupper():
        return None
    start, commas = at - 1, 0
    while start > first:
        before = doc[start - 1]
        if before.text[:1].isupper() and before.is_alpha and before.lower_ != "vice":
            start -= 1
        elif before.text == "," and start - 2 >= first and doc[start - 2].text[:1].isupper():
            start, commas = start - 2, commas + 1
        else:
            break
    if not commas or any(t.ent_type_ in ("GPE", "LOC", "NORP", "PERSON") for t in doc[start : lo + 1]):
        return None  # "Seoul, Tokyo and Washington": places, not portfolios
    return start
