"""A person the lead describes and the next paragraphs name.

News copy often opens on a description and names the person after it ("A senior State Department
official told Congress on Wednesday that ..." / "..., Dana Whitcombe, the assistant secretary of
state, told the subcommittee"): the lead's unnamed speaker is the person first named in the four
paragraphs after it who fits the description, by the same body or a role word the description used
or one of its kind ("the Republican chairman of a House panel" / "Rep. X, the subcommittee
chairman"; "a Chinese expert" / "X, a research fellow at ..."), or by the country the description
gave with a word that is no mere "official" ("the powerful sister of the North's leader" / "Kim
Yo-jong, a senior official of the Workers' Party": the party is the North's); of several in that
body, the one introduced with a role word of the description's kind ("The top commander in the
region" / "Gen. X"). One fitting by a role word alone is the subject of a clause there: a person
named in passing ("members of a union whose leader, X, is 80") is not the one the lead has
speaking. Not a source kept unnamed on purpose ("speaking on condition of anonymity"), and not when
two people would fit: then the text does not tell. With nobody fitting so, the first person named
after the lead, placed in no body, introduced with no calling or present post of another kind and
the subject of a clause there (not "X's visit"), is the one described ("South Korea's defence
minister warned ..." / "Speaking to lawmakers, Han Ji-ho said ..."; "Han Ji-ho, a former lawmaker,
told ..."; not "Han Ji-ho, a student in Busan", nor "Han Ji-ho, a lawmaker"). A description by
kinship alone to someone it names in full ("Ra Tae-gun's sister said ...") tells a relation, not a
post or a body: the person named next may then belong to a body the actor table gives them ("In a
statement, Ra Sun-ok said ..."), if it is not the relative named, nor of the other sex once a
pronoun told it.
With nobody found so, one of the description's body and role's kind the story has as a subject
later on is the one described ("North Korea's envoy in Vienna rejected ..." / six paragraphs on,
"North Korean Ambassador X said ..."): a role and a body both fit, wherever the name comes.
"""

from __future__ import annotations

import re

REACH = 4  # paragraphs after the lead in which the described person is named
GENERIC = frozenset({"official", "officials", "source", "sources", "person", "people"})  # fit anyone


def lead_identities(
    entities,
    paragraphs: list[tuple[int, int]],
    lead: int,
    text: str,
    anonymity,
    lineage,
    kin=None,
    posts=None,
    former: frozenset[str] = frozenset(),
    callings: frozenset[str] = frozenset(),
    relations: dict[str, str] | None = None,
) -> dict:
    """Unnamed speakers of the lead paragraph -> the named person they are (entities by id)."""
    if lead >= len(paragraphs):
        return {}
    lo, hi = paragraphs[lead]
    end = paragraphs[min(lead + REACH, len(paragraphs) - 1)][1]
    named = [e for e in entities.values() if e.kind == "person" and not e.anonymous and e.seen]
    found = {}
    for a in entities.values():
        if a.kind != "person" or not a.anonymous or not a.seen or not lo <= min(a.seen) < hi:
            continue
        if _kept_unnamed(text, min(a.seen), hi, anonymity):
            continue
        fits = [
            e
            for e in named
            if hi <= min(e.seen) < end and _fits(a, e, lineage, posts, kin) and _in_view(a, e, hi, end)
        ]
        if len(fits) > 1 and kin is not None:  # of several in the body, the one of the role's kind
            fits = [e for e in fits if _same_kind(a, e, kin)]
        if not fits:  # nobody fits by body or role: the first one named, if nothing says otherwise
            after = sorted((e for e in named if hi <= min(e.seen) < end), key=lambda e: min(e.seen))
            told = _kin(a, named, relations or {})
            fits = [
                e for e in after[:1] if e.subject_before(end) >= hi and _open(a, e, former, callings, told)
            ]
        if not fits and a.org and kin is not None:  # named later on: of the same body and role's kind
            fits = [
                e
                for e in named
                if end <= min(e.seen) and e.subject_at and e.org == a.org and _same_kind(a, e, kin)
            ]
        if len(fits) == 1:
            found[a.id] = fits[0]
    return found


def _in_view(a, e, hi: int, end: int) -> bool:
    """Fitting by a role word alone, the person is a subject of a clause after the lead ("Rep. X
    said ..."), not one named in passing ("members of a group whose leader, X, ..."); a body both
    were given is enough ("a month after Pyongyang's leader ..." / "Kim Jong-un's visit")."""
    return bool(a.org and e.org) or e.subject_before(end) >= hi


def _open(a, e, former: frozenset[str], callings: frozenset[str], kin: tuple | None = None) -> bool:
    """Nothing in the named person's introduction rules out the lead's description: no body, no
    calling ("a student"), no present post of another kind ("a lawmaker"; "a former lawmaker" is past).
    `kin` (`_kin`): a description by kinship leaves the body open but rules out the relative it
    names and the other sex; the posts that count are those the text gave, not the table's."""
    own = a.heads - GENERIC
    if kin is not None:
        relatives, sex = kin
        if e in relatives or e.gender not in (None, sex) or e.described & callings:
            return False
        return not e.described & (e.heads - GENERIC)
    if e.org or e.described & callings:
        return False
    present = set() if e.described & former else e.heads - GENERIC
    return not present or bool(own & present)  # "an official" tells no post: not "Spokeswoman X"


def _fits(a, e, lineage, posts=None, kin=None) -> bool:
    """`posts(words, org)`: a post only a state fills ("envoy") and a body that fills none (a party):
    "the top U.S. envoy" is no Republican lawmaker, though the party is of the United States.
    `kin(word)`: a role word of the description's kind fits too ("a Chinese expert" / "X, a
    research fellow at the Y Institute"; data/names.toml role_groups)."""
    own = a.heads - GENERIC
    if a.org and e.org:
        if a.org == e.org:
            return True
        return bool(own and a.org in lineage(e.org)) and not (posts is not None and posts(own, e.org))
    if kin is not None and not a.org:
        own = own.union(*(kin(w) for w in own))
    return bool(own & (e.heads | e.described))


def _same_kind(a, e, kin) -> bool:
    """ "The top commander in the region" / "Gen. X": a role word of the description's kind
    (data/names.toml role_groups) among the words the person was introduced with."""
    own = a.heads - GENERIC
    words = set().union(*(kin(w) for w in own)) | own if own else set()
    return bool(words & (e.heads | e.described))


def _kept_unnamed(text: str, at: int, hi: int, anonymity) -> bool:
    """The sentence the source is introduced in says it is unnamed on purpose."""
    end = text.find(". ", at, hi)
    words = re.findall(r"[a-z]+", text[at : hi if end < 0 else end].lower())
    return any(w in anonymity for w in words)


def _kin(a, named, relations: dict[str, str]) -> tuple | None:
    """ "Ra Tae-gun's sister": the people named in full in a description by a kin word alone
    (`relations`, the kin words and the sex each tells), and that sex; None for any other."""
    own = a.heads - GENERIC
    sexes = {relations.get(w) for w in own}
    if not own or None in sexes or len(sexes) != 1:
        return None
    squeeze = re.compile(r"[\s\-‐’']+")
    described = squeeze.sub("", a.name.lower())
    relatives = [e for e in named if squeeze.sub("", e.name.lower()) in described]
    return (relatives, sexes.pop()) if relatives else None
