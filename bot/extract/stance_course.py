"""A thing's own course said of it as the subject: "the drills must stop", "the reunions have to
happen", "get the talks going again". Under an obligation (a modal of obligation, "have to",
"need to", "let ... go ahead", a verb that makes it go on) ending it is against it and its going
on for it; told without one ("the talks ended in May", "the drills continue") it is an account of
what happened, which takes no side. The verbs are data (data/lexicon.toml: course_end,
course_go_on, obligation_words, course_causatives).
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.stance_reading import Reading

COMPLEMENTS = ("dobj", "acomp", "attr", "oprd")  # an act on something else, or what a copula says

Course = tuple[Token, tuple[str, int], bool]  # the verb, its phrase and side, whether it must be


def course_of(t: Token, words) -> Course | None:
    """The verb of its subject's own course (no object, no complement) at `t` or in its "to"
    complement ("have to stop"), and whether it is what must be."""
    verb, obliged = t, _obliged(t, words)
    if t.pos_ == "VERB" and t.lemma_.lower() in words.obligations:
        verb = next((c for c in t.children if c.dep_ == "xcomp" and _to(c)), None)
        obliged = True
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    found = words.course.at(verb)
    if found is None or any(c.dep_ in COMPLEMENTS for c in verb.children):
        return None
    if not obliged and any(c.tag_ == "MD" for c in verb.children):
        return None  # "the drills will proceed as planned": an announcement is read as before
    return verb, found, obliged


def on_course(t: Token, course: Course, r: Reading, words) -> bool:
    """Takes the side of what must be; False for an account, which ends the reading."""
    verb, found, obliged = course
    if not obliged:
        return False
    r.take(verb.i, found[0], found[1])
    for c in {*t.children, *verb.children}:
        if words.negates(c):
            r.flip(c.i, c.text)  # "must not stop", "do not have to end"
    return True


def _obliged(verb: Token, words) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in words.obligations for c in verb.children):
        return True
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in words.causatives:
        return True  # "to get talks going again": made to go on
    let = verb.head  # "let the reunions go ahead": an imperative
    return (
        let.lemma_.lower() == "let" and let.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in let.children)
    )


def _to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
