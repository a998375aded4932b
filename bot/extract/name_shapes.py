"""The shapes of names and the word lists of data/names.toml, read once into `NameShapes`.

Family names by nation and the shape of a romanized given name ("Yoon Min-ho", "Yoon Minho",
"Lee Jae Myung", "YOON MIN-HO"), honorifics, a US lawmaker's party letter, the words that give a
body found in the text its kind, and the other word lists the rules over names read. The regex
that finds a family-name-first name is built here once (`NameShapes.pattern`); marking the names
on the parse is person_names.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from bot.errors import DataFileError
from bot.extract.regex_trie import trie
from bot.model import ORGANISATION_KINDS
from bot.tables import read_toml

# "(D-Ore.)", ", R-Utah,", "(R., Okla.)": a US lawmaker's party letter and state after the name
# (the last, with a full stop and a comma, the Wall Street Journal's style)
PARTY_STATE = re.compile(
    r"(?:\(|, )(?P<letter>[A-Z])(?:-|\., )(?P<state>[A-Z][A-Za-z]*\.?(?: ?[A-Z][A-Za-z]*\.?){0,2})(?=\)|,|$)"
)


@dataclass(frozen=True)
class NameShapes:
    surnames: frozenset[str]
    syllable: str
    not_after_name: frozenset[str]
    honorifics: frozenset[str]
    not_names: frozenset[str] = frozenset()
    not_name_words: frozenset[str] = frozenset()
    organisation_kinds: tuple[tuple[str, str], ...] = ()  # (head word, kind) for bodies not listed
    international_prefixes: tuple[str, ...] = ()
    leading_verbs: frozenset[str] = frozenset()
    role_groups: tuple[frozenset[str], ...] = ()
    unit_words: frozenset[str] = frozenset()
    military_words: frozenset[str] = frozenset()
    former_words: frozenset[str] = frozenset()
    present_role_verbs: frozenset[str] = frozenset()
    present_words: frozenset[str] = frozenset()
    leading_roles: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (verb, the role nouns it gives)
    body_final_words: frozenset[str] = frozenset()  # "Human Rights Watch": the run is a body
    national_bodies: frozenset[str] = frozenset()  # "Police said": the home country's police
    home_country: str | None = None  # the country a bare national body is ("South Korean")
    spellings: tuple[tuple[str, str], ...] = ()  # (American, British) for listed names and titles
    counterpart_words: frozenset[str] = frozenset()  # "his Japanese counterpart": the same office
    colleague_words: frozenset[str] = frozenset()  # "her colleague X": the same body
    spokesperson_words: frozenset[str] = frozenset()  # "Spokesman X" right after the body spoke
    wire_agencies: tuple[tuple[str, str], ...] = ()  # (agency, its country): "TOKYO (Kyodo) --"
    shared_offices: frozenset[str] = frozenset()  # listed bodies every government has one of
    rank_words: frozenset[str] = frozenset()  # "the top government spokesman": a body's top post
    government_words: frozenset[str] = frozenset()  # "the government said": the home country's
    party_letters: tuple[tuple[str, str], ...] = ()  # "(R-Texas)": (letter, the party's slug)
    place_offices: tuple[tuple[str, tuple[str, ...]], ...] = ()  # "Gangwon Governor X": (title, levels)
    pair_words: frozenset[str] = frozenset()  # "the two leaders said": two people named before
    study_roles: frozenset[str] = frozenset()  # "a China analyst": the country is what they study
    executive_words: tuple[tuple[str, str], ...] = ()  # "an administration official": (word, country)
    short_names: tuple[tuple[str, str], ...] = ()  # "UN": (short name, full name) of a body never spelled out
    story_subjects: tuple[str, ...] = ()  # countries every story is about, no outlet's home ("North Korean")
    place_prepositions: frozenset[str] = frozenset()  # "in Tokyo": a place named, not whose story it is
    national_surnames: tuple[tuple[str, frozenset[str]], ...] = ()  # (nation as the text names it, names)
    head_of_state_titles: frozenset[str] = frozenset()  # "President X": the nation X's name is of
    representation_words: frozenset[str] = frozenset()  # "North Korea's mission": its government
    appointing_verbs: frozenset[str] = frozenset()  # "X was elected as a Y Party representative"
    member_nouns: frozenset[str] = frozenset()  # "X is a lawmaker of the Y Party": posts of a body
    courtesy_titles: frozenset[str] = frozenset()  # "Mr Ri": a person, whatever the recogniser says
    founding_verbs: frozenset[str] = frozenset()  # "X, who founded the Y Network": in any tense
    given_first_surnames: tuple[tuple[str, frozenset[str]], ...] = ()  # "Kenji Sato": (nation, names)
    owner_words: frozenset[str] = frozenset()  # "Center X of Y University": a school owning a unit
    demonyms: tuple[tuple[str, str], ...] = ()  # "Philippine": (the people's adjective, the country)
    state_posts: frozenset[str] = frozenset()  # "Norway's deputy ambassador X": a post of the state
    party_nouns: tuple[tuple[str, str], ...] = ()  # "an Ohio Republican": (member's noun, party slug)
    sent_posts: frozenset[str] = frozenset()  # "a diplomat at the UN": a member state's, not the body's
    ordinal_words: frozenset[str] = frozenset()  # "a second official": another of the body met before
    chamber_names: tuple[str, ...] = ()  # "a Y Party Lower House member": the seat, no part of the party
    additive_words: frozenset[str] = frozenset()  # "X, who also heads Y": a second post
    staff_posts: frozenset[str] = frozenset()  # "Press secretary X": a post naming no body
    staff_ranks: frozenset[str] = frozenset()  # "Floor spokesperson X", "Under Secretary X": its desk or rank
    official_posts: frozenset[str] = frozenset()  # "X, a national security adviser": later "the official"
    executive_offices: tuple[tuple[str, str], ...] = ()  # (country, its executive's office slug)
    defence_words: frozenset[str] = frozenset()  # "a defense official": of a defence ministry

    def country_of_demonym(self, word: str) -> str | None:
        """The country a people's adjective names ("Philippine" -> Philippines), or None."""
        return next((country for adjective, country in self.demonyms if adjective == word), None)

    def nation_of_surname(self, name: str) -> str | None:
        """The nation (as the text names it: "South Korean") whose people bear the family name."""
        return next((nation for nation, names in self.national_surnames if name in names), None)

    def nation_of_name(self, words: list[str]) -> str | None:
        """The nation of a full name's bearer: its first word a family name written first
        ("Liang Wenhao"), else its last or first one of a nation written given name first
        ("Kenji Sato", "Sato Kenji")."""
        if len(words) < 2:
            return None
        first = self.nation_of_surname(words[0])
        return first or next(
            (
                nation
                for w in (words[-1], words[0])
                for nation, names in self.given_first_surnames
                if w in names
            ),
            None,
        )

    def party_of_letter(self, text: str) -> str | None:
        """The party a US member of Congress is written with after the name: "(D-Ore.)" or ", R-Utah,"
        (a letter, a hyphen, a state's name or abbreviation, then the bracket or comma closes)."""
        letters = dict(self.party_letters)
        for m in PARTY_STATE.finditer(text):
            if m.group("letter") in letters:
                return letters[m.group("letter")]
        return None

    def full_name(self, short: str) -> str | None:
        """The full name of a body the press names only by a short form ("UN"), or None."""
        return next((full for name, full in self.short_names if name == short), None)

    def led_roles(self, verb: str) -> tuple[str, ...]:
        """The role nouns leading by `verb` gives ("head" -> head, chief): "the group's head"."""
        return next((nouns for v, nouns in self.leading_roles if v == verb), ())

    def role_kin(self, word: str) -> frozenset[str]:
        """Every role word of the kinds `word` belongs to ("analyst" -> fellow, researcher, ...)."""
        return frozenset(w for group in self.role_groups if word in group for w in group)

    def role_phrases(self, words: set[str]) -> frozenset[str]:
        """The roles of several words that words describing a person spell ("Deputy Foreign
        Minister X" is a "foreign minister", of the diplomats' kind)."""
        phrases = (w for group in self.role_groups for w in group if " " in w)
        return frozenset(w for w in phrases if set(w.split()) <= words)

    def organisation_kind(self, name: str) -> str:
        """The kind of an organisation found in text, from the first telling word of its name."""
        if name.startswith(self.international_prefixes):
            return "international"
        kinds = dict(self.organisation_kinds)
        words = [w.strip(",.'’").lower() for w in name.split()]
        return next((kinds[w] for w in words if w in kinds), "other")

    @cached_property
    def pattern(self) -> re.Pattern:
        """Family name, then a hyphenated given name, one or two capitalised syllable groups, in
        title case or all capitals (built once: PersonNames and Discourse both use it)."""
        given = r"[A-Z][a-z]+ [A-Z][a-z]+(?![\w-])|[A-Z][a-z]+(?:-[a-z]+)?"
        upper = r"[A-Z]+(?:-[A-Z]+)?"
        # tries, not alternations: tried at every place of every paragraph (a space must follow
        # the family name, so at most one can match at a place: the order is no matter)
        names = trie(sorted(self.surnames), fold=False)
        upper_names = trie(sorted(s.upper() for s in self.surnames), fold=False)
        return re.compile(
            rf"(?<![\w.-])(?:(?P<fam>{names}) (?P<given>{given})|(?P<FAM>{upper_names}) (?P<GIVEN>{upper}))"
            r"(?![\w-])"
        )


def load_name_shapes(path: Path) -> NameShapes:
    raw = read_toml(path)
    unknown = set(raw.get("organisation_kinds", {})) - set(ORGANISATION_KINDS)
    if unknown:
        kinds = ", ".join(ORGANISATION_KINDS)
        raise DataFileError(f"{path}: organisation_kinds has {', '.join(sorted(unknown))}; use {kinds}")
    try:
        syllable = raw["syllable"]
        re.compile(syllable)
        surnames = {nation: frozenset(names) for nation, names in raw["surnames"].items()}
        return NameShapes(
            # family names written first, and the given-first nation's written first too ("Sato Kenji")
            frozenset().union(*surnames.values(), *raw.get("given_first_surnames", {}).values()),
            syllable,
            frozenset(w.lower() for w in raw.get("not_after_name", [])),
            frozenset(w.lower() for w in raw.get("honorifics", [])),
            frozenset(w.lower() for w in raw.get("not_names", [])),
            frozenset(w.lower() for w in raw.get("not_name_words", [])),
            tuple((w.lower(), k) for k, words in raw.get("organisation_kinds", {}).items() for w in words),
            tuple(raw.get("international_prefixes", [])),
            frozenset(raw.get("leading_verbs", [])),
            tuple(frozenset(w.lower() for w in group) for group in raw.get("role_groups", {}).values()),
            frozenset(w.lower() for w in raw.get("unit_words", [])),
            frozenset(w.lower() for w in raw.get("military_words", [])),
            frozenset(w.lower() for w in raw.get("former_words", [])),
            frozenset(w.lower() for w in raw.get("present_role_verbs", [])),
            frozenset(w.lower() for w in raw.get("present_words", [])),
            tuple((v, tuple(n.lower() for n in nouns)) for v, nouns in raw.get("leading_roles", {}).items()),
            frozenset(w.lower() for w in raw.get("body_final_words", [])),
            frozenset(w.lower() for w in raw.get("national_bodies", [])),
            raw.get("home_country"),
            tuple((a.lower(), b.lower()) for a, b in raw.get("spellings", [])),
            frozenset(w.lower() for w in raw.get("counterpart_words", [])),
            frozenset(w.lower() for w in raw.get("colleague_words", [])),
            frozenset(w.lower() for w in raw.get("spokesperson_words", [])),
            tuple((a.lower(), c) for a, c in raw.get("wire_agencies", {}).items()),
            frozenset(raw.get("shared_offices", [])),
            frozenset(w.lower() for w in raw.get("rank_words", [])),
            frozenset(w.lower() for w in raw.get("government_words", [])),
            tuple(raw.get("party_letters", {}).items()),
            tuple(
                (t.lower(), (b,) if isinstance(b, str) else tuple(b))
                for t, b in raw.get("place_offices", {}).items()
            ),
            frozenset(w.lower() for w in raw.get("pair_words", [])),
            frozenset(w.lower() for w in raw.get("study_roles", [])),
            tuple((w.lower(), c) for w, c in raw.get("executive_words", {}).items()),
            tuple(raw.get("short_names", {}).items()),
            tuple(raw.get("story_subjects", [])),
            frozenset(w.lower() for w in raw.get("place_prepositions", [])),
            tuple(surnames.items()),
            frozenset(raw.get("head_of_state_titles", [])),
            frozenset(w.lower() for w in raw.get("representation_words", [])),
            frozenset(w.lower() for w in raw.get("appointing_verbs", [])),
            frozenset(w.lower() for w in raw.get("member_nouns", [])),
            frozenset(w.lower() for w in raw.get("courtesy_titles", [])),
            frozenset(w.lower() for w in raw.get("founding_verbs", [])),
            tuple((n, frozenset(names)) for n, names in raw.get("given_first_surnames", {}).items()),
            frozenset(w.lower() for w in raw.get("owner_words", [])),
            tuple(raw.get("demonyms", {}).items()),
            frozenset(w.lower() for w in raw.get("state_posts", [])),
            tuple(raw.get("party_nouns", {}).items()),
            frozenset(w.lower() for w in raw.get("sent_posts", [])),
            frozenset(w.lower() for w in raw.get("ordinal_words", [])),
            tuple(w.lower() for w in raw.get("chamber_names", [])),
            frozenset(w.lower() for w in raw.get("additive_words", [])),
            frozenset(w.lower() for w in raw.get("staff_posts", [])),
            frozenset(w.lower() for w in raw.get("staff_ranks", [])),
            frozenset(w.lower() for w in raw.get("official_posts", [])),
            tuple(raw.get("executive_offices", {}).items()),
            frozenset(w.lower() for w in raw.get("defence_words", [])),
        )
    except (KeyError, TypeError, AttributeError, re.error) as e:
        raise DataFileError(
            f"{path}: needs surnames (a table of lists by nation) and syllable (a regular expression): {e}"
        ) from None
