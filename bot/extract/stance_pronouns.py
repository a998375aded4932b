"""A pronoun taking up the statement's own subject in a clause joined to the subject's: "The
spring drills are routine, and they will go ahead in May", "Food aid is a matter of conscience,
and it should never wait on missile tests". Once a statement has named its one concept as the subject of a
clause, a pronoun of the same number (lexicon.toml `topic_pronouns` for a singular,
`plural_pronouns` for a plural) in a clause coordinated with it is that thing whatever its verb
does, not only after a copula or a verb of effect: English takes up the subject of the first of two
joined clauses with "it" or "they" in the second.

Not a pronoun in a sentence of its own (who "they" are there is less sure), nor one in a clause
subordinate to another ("must be checked at the port so that it is not sold on", "if they resume"), which
says how or when; not after a subject that is acted on ("the drills were suspended in 2018, and
they were a mistake": the suspension was); not one said of a deed (stance_topic), an "it" set
before a clause it stands for after a copula ("it is time to ..."), the subject of a verb of saying
("it said": a body speaks, a thing does not), nor an object with a noun of its number nearer before
it ("sanctions target the banks, and we must close them")."""

from __future__ import annotations

from bot.extract.doc_cache import Parse

SINGULAR = ("NN", "NNP")
PLURAL = ("NNS", "NNPS")
TAKEN_UP = ("nsubj", "nsubjpass", "dobj")
EXTRAPOSED = ("xcomp", "ccomp", "csubj", "acl", "relcl", "advcl")
SUBORDINATE = ("advcl", "relcl", "acl")
CLAUSE_OF = ("xcomp", "ccomp", "csubj", "dobj")  # "and we should make it stronger": up to "should make"


def takes_up_subject(p: Parse, t: int, antecedent: int, words) -> bool:
    """Whether the pronoun at `t` stands for the statement's own subject at `antecedent`."""
    if t <= antecedent or p.pos[t] != "PRON" or p.deps[t] not in TAKEN_UP:
        return False
    if p.deps[antecedent] != "nsubj" or not _same_number(p, t, antecedent, words):
        return False
    verb = p.heads[t]
    if _subordinate(p, verb) or not _joined(p, verb, p.heads[antecedent]):
        return False
    if p.lemmas[verb] in words.speech:
        return False
    if p.deps[t] == "dobj":
        return not _nearer(p, t, antecedent)
    if p.lemmas[verb] not in words.copulas:
        return True
    complements = [c for c in p.children[verb] if p.deps[c] in ("acomp", "attr")]
    return not any(p.deps[c] in EXTRAPOSED for g in (verb, *complements) for c in p.children[g])


def _same_number(p: Parse, t: int, antecedent: int, words) -> bool:
    if p.tags[antecedent] in SINGULAR:
        return p.lowers[t] in words.pronouns
    return p.tags[antecedent] in PLURAL and p.lowers[t] in words.plurals


def _subordinate(p: Parse, t: int) -> bool:
    """Whether `t` lies in a clause subordinate to another (up to the sentence's root)."""
    while p.heads[t] != t:
        if p.deps[t] in SUBORDINATE:
            return True
        t = p.heads[t]
    return False


def _joined(p: Parse, verb: int, first: int) -> bool:
    """Whether `verb`'s clause is coordinated with the clause of `first` ("X is ..., and it will ...")."""
    while p.deps[verb] in CLAUSE_OF and p.heads[verb] != verb:
        verb = p.heads[verb]
    while p.deps[verb] == "conj":
        verb = p.heads[verb]
        if verb == first:
            return True
    return False


def _nearer(p: Parse, t: int, antecedent: int) -> bool:
    """An object takes up the nearest noun of its number, a subject the subject before it."""
    number = PLURAL if p.tags[antecedent] in PLURAL else SINGULAR
    return any(p.tags[n] in number and p.pos[n] in ("NOUN", "PROPN") for n in range(antecedent + 1, t))
