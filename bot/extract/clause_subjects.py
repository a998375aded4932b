"""Who a verb's clause is about, and which clause a verb governs, over a spaCy parse: the subject
through relative pronouns, passives, coordination and control ("X tried to argue"), and whether
it names someone who acts (cues.py builds cues on these)."""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.lexicon import Lexicon

SUBJECTS = ("nsubj", "nsubjpass")


RELATIVE_TAGS = ("WDT", "WP")  # "who", "which", "that" heading a relative clause


def subject_of(verb: Token) -> Token | None:
    """Who a verb's clause is about, through relative pronouns, passives and coordination."""
    # nearest first: a misparse can give two subjects ("The main opposition People Power Party")
    for child in sorted(verb.children, key=lambda c: -c.i if c.i < verb.i else c.i):
        if child.dep_ == "nsubj" and child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
            return _antecedent(child, verb.head)  # "Smith, who said ...": the pronoun stands for Smith
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "nsubjpass":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            return pobj
    name = _name_taken_for_interjection(verb)
    if name is not None:
        return name
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)  # "X said ... and added ..."
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)  # "X responded, saying ...", "X was blunter, dismissing ..."
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and subject_control(verb.head):
        return subject_of(verb.head)  # "X used to boast that ...", "X went on to say ..."
    return None


def _antecedent(pronoun: Token, noun: Token) -> Token:
    """ "said Choi, a professor at Harbour University, who stressed ...": "who" is a person, so a
    body or place the parser hung the clause on is passed over for the person named before it
    ("which" and "that" stand for the noun itself)."""
    if pronoun.lower_ != "who" or noun.ent_type_ == "PERSON":
        return noun
    t = noun
    while t.dep_ in ("pobj", "prep", "appos", "compound", "conj") and t.head.i != t.i:
        t = t.head
        if t.ent_type_ == "PERSON":
            return t
    return noun


def _name_taken_for_interjection(verb: Token) -> Token | None:
    """ "Oh warned that ...": a family name that is also an English word ("Oh", "No", "Ha") the
    parser took for an interjection, capitalised and right before its verb, is the subject. So is
    one it took for an auxiliary before a past tense with no subject ("…,” Do told reporters"):
    no auxiliary goes there."""
    for c in verb.children:
        taken = c.dep_ == "intj" or c.dep_ == "aux" and verb.tag_ == "VBD" and not has_subject(verb)
        if taken and c.i < verb.i and c.text[:1].isupper() and c.is_alpha:
            between = verb.doc[c.i + 1 : verb.i]
            if all(t.pos_ == "ADV" for t in between):
                return c
    return None


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def subject_control(head: Token) -> bool:
    """ "X tried to argue": X argues. Not "X asked Y to argue" (object control: Y argues)."""
    return not any(c.dep_ in ("dobj", "dative", "nsubj") and c.i > head.i for c in head.children)


AGENT_ENTS = ("PERSON", "ORG", "GPE", "NORP")


def agentive(subject: Token, lex: Lexicon) -> bool:
    """Acts count as positions only when someone acts: a person, organisation or role; also a
    word the parser made the head of a name set after it ("The main opposition People Power
    Party": "opposition", with the party as its apposition), and a statement put out ("The
    editorial urged ...", "It praised ...": its issuer acts)."""
    return (
        subject.ent_type_ in AGENT_ENTS
        or any(
            c.dep_ == "appos" and c.left_edge.i == subject.i + 1 and c.ent_type_ in AGENT_ENTS
            for c in subject.children
        )
        or subject.lower_ in lex.organisation_words
        or subject.lower_ in lex.agent_pronouns
        or subject.pos_ == "PROPN"
        or subject.lower_ in lex.anonymous_heads
        or subject.lower_ in lex.role_nouns
        or subject.lower_ == "it"  # a body or its statement, if the story has one in view (speakers._it)
        or subject.lemma_.lower() in lex.published_nouns  # "The editorial urged ...": its issuer acts
    )


def clause_of(verb: Token) -> Token | None:
    """The verb's clausal complement; the one after it when the parser gave it two ("X, asked
    about Y, said Z": "asked" is no complement of "said")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(clauses) > 1 and not has_subject(verb):
        return next((c for c in clauses if c.i > verb.i), clauses[0])
    return next(iter(clauses), None)


def agenda_clause(verb: Token, lex: Lexicon) -> bool:
    """ "the talks will cover X", "the meeting is expected to focus on X": what an occasion takes
    up, told (`agenda_verbs` with an `agenda_nouns` subject, also one it shares with the verb it is
    joined to); not "the talks must include X", which asks for a thing."""
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in lex.agenda_verbs), verb)
    if act.lemma_.lower() not in lex.agenda_verbs or any(
        c.lower_ in lex.obligation_words for c in act.children
    ):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None and verb.dep_ == "conj":  # "the session would open in May and would cover X"
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    return subject is not None and subject.lower_ in lex.agenda_nouns
