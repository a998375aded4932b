"""Stances that hold on text the rules were not written for (issue 8, precision): a side only
where some word of the statement gives one.

Every sentence is written for these tests (invented people, places and wording of our own); the
concepts are the project's data/concepts.toml or a made-up one. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from bot.extract import Extractor
from bot.model import Concept
from tests.test_stance import stance_of

FERRY = Concept(
    "ferry-link",
    "A ferry link to the islands should be opened",
    ("ferry link", "ferry service", "crossing*"),
    support=("open*", "launch"),
    oppose=("scrap*", "clos*"),
)


@pytest.fixture(scope="module")
def ferry(extractor):
    return Extractor((), (FERRY,), extractor.lexicon, extractor.nlp)


# A negative quantifier as subject negates its clause.
@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        ("Mayor Odile Brandt said nobody opposes the ferry link.", "nobody", "support"),
        (
            "Mayor Odile Brandt said no one on the council wants the ferry service scrapped.",
            "no one",
            "support",
        ),
        ("Mayor Odile Brandt said none of us backs the ferry link.", "none", "oppose"),
        ("Mayor Odile Brandt said no island would reject the ferry service.", "island", "support"),
        # negative: a subject that is everyone is no negation
        ("Mayor Odile Brandt said everybody opposes the ferry link.", "everybody", "oppose"),
        # negative: "no" inside the object is the object's own
        ("Mayor Odile Brandt said islanders want no ferry link.", "islanders", "oppose"),
    ],
)
def test_a_negative_quantifier_subject_negates(ferry, text, fragment, agreement):
    assert stance_of(ferry, text, fragment) == ("ferry-link", agreement)


# A keyword in the subject: the predicate must judge it; the subject's own act word does not.
@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        (
            "Mayor Odile Brandt said scrapping the ferry link would send a signal to the mainland.",
            "signal",
            None,
        ),
        (
            "Mayor Odile Brandt said any attempt to close the ferry service would be a reckless move.",
            "reckless",
            "support",
        ),
        (
            "Mayor Odile Brandt said any attempt to close the ferry service would be a thing of the past.",
            "past",
            None,
        ),
        ("Mayor Odile Brandt said the ferry link will end the islands' isolation.", "isolation", None),
        ("Mayor Odile Brandt said closing the ferry link would harm the fishermen.", "harm", "support"),
        # negative: a subject that undergoes the act (passive, intransitive) still takes its side
        ("Mayor Odile Brandt said the ferry service should be scrapped.", "scrapped", "oppose"),
        ("Mayor Odile Brandt said the ferry link must go ahead.", "go ahead", "support"),
    ],
)
def test_a_keyword_in_the_subject_takes_the_predicates_side(ferry, text, fragment, agreement):
    assert stance_of(ferry, text, fragment) == (("ferry-link" if agreement else None), agreement)


# A remedy turns what it takes: solving a problem is a good effect.
@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        ("Mayor Odile Brandt said the ferry link cannot solve the problem.", "solve", "oppose"),
        (
            "Mayor Odile Brandt said the ferry service would ease the crisis on the islands.",
            "ease",
            "support",
        ),
        ("Mayor Odile Brandt said the ferry link will tackle the deadlock.", "tackle", "support"),
        ("Mayor Odile Brandt said the ferry link will not fix the problem.", "fix", "oppose"),
        # negative: a verb that does not remedy keeps the judgement of what it makes
        ("Mayor Odile Brandt said the ferry link created the problem.", "created", "oppose"),
        # negative: the keyword as the object of an agenda word is still no position
        ("Mayor Odile Brandt said the council will address the ferry link.", "address", None),
    ],
)
def test_a_remedy_turns_what_it_takes(ferry, text, fragment, agreement):
    assert stance_of(ferry, text, fragment) == (("ferry-link" if agreement else None), agreement)


# A keyword under a question or condition, however far up: no position.
@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        (
            "Inspectors said they were checking whether the operator broke rules by opening the ferry link.",
            "checking",
            None,
        ),
        ("Inspectors said they would decide if the ferry link should open in May.", "decide", None),
        # negative: a condition that is not above the keyword leaves its side
        ("Inspectors said the ferry link should open if the weather allows.", "weather", "support"),
    ],
)
def test_a_keyword_under_a_question_anywhere_on_its_path(ferry, text, fragment, agreement):
    assert stance_of(ferry, text, fragment) == (("ferry-link" if agreement else None), agreement)


# Negation turns a side that some word gives; alone it gives none.
@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        ("Mayor Odile Brandt said the harbour office had not been told of the crossing.", "told", None),
        ("Mayor Odile Brandt said she had not heard about the launch of the ferry service.", "heard", None),
        # negative: a word that takes a side, then turned
        ("Mayor Odile Brandt said the town will not open the ferry link.", "open", "oppose"),
        ("Mayor Odile Brandt said she does not welcome the ferry link.", "welcome", "oppose"),
    ],
)
def test_negation_alone_gives_no_side(ferry, text, fragment, agreement):
    assert stance_of(ferry, text, fragment) == (("ferry-link" if agreement else None), agreement)


# A plain account of what a third party did or does reports events, not the speaker's position.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        ("Professor Ada Lind said Tokyo is tightening sanctions on Pyongyang.", "tightening", None, None),
        ("Professor Ada Lind said Pyongyang now treats the South as its main enemy.", "treats", None, None),
        (
            "Professor Ada Lind said Pyongyang has rejected every offer of dialogue.",
            "Pyongyang has",
            None,
            None,
        ),
        (
            "Professor Ada Lind said the Harbour Peace Council was founded in 1990 to seek reconciliation.",
            "founded",
            None,
            None,
        ),
        # what a third party will or may do, foretold
        (
            "Foreign Ministry spokesperson Ryu Bo-ra said Pyongyang will never give up its nukes.",
            "never",
            None,
            None,
        ),
        (
            "Foreign Ministry spokesperson Ryu Bo-ra said the North could send more balloons.",
            "could",
            None,
            None,
        ),
        # ... but only by a speaker whose side is known
        (
            "Professor Ada Lind said Pyongyang will never give up its nuclear weapons.",
            "never",
            "denuclearization",
            "oppose",
        ),
        # negative: what it ought to do, or what is to be done to it
        (
            "Professor Ada Lind said Pyongyang must give up its nuclear weapons.",
            "must",
            "denuclearization",
            "support",
        ),
        (
            "Professor Ada Lind said Pyongyang would do well to resume dialogue.",
            "do well",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Professor Ada Lind said Pyongyang can never be allowed to keep nuclear weapons.",
            "allowed",
            "denuclearization",
            "support",
        ),
        # in the speaker's own words "they" are others; in reported speech they may be the speaker
        (
            '"They have rejected every offer of dialogue," Ryu Bo-ra of the Foreign Ministry said.',
            "They",
            None,
            None,
        ),
        (
            '"We have rejected every offer of dialogue," Ryu Bo-ra of the Foreign Ministry said.',
            "We",
            "inter-korean-dialogue",
            "oppose",
        ),
        (
            "Ryu Bo-ra of the Foreign Ministry said they had rejected every offer of dialogue.",
            "they",
            "inter-korean-dialogue",
            "oppose",
        ),
        # negative: the speaker's own side's act is its position
        (
            "Unification Ministry spokesperson Pyo Dal-sun said Seoul has postponed the joint drills.",
            "postponed",
            "military-exercises",
            "support",
        ),
        # negative: modality, a judgement, a clause above that takes a side, a proposal
        (
            "Professor Ada Lind said Tokyo should tighten sanctions on Pyongyang.",
            "tighten",
            "sanctions",
            "support",
        ),
        (
            "Professor Ada Lind said Tokyo is right to tighten sanctions on Pyongyang.",
            "right",
            "sanctions",
            "support",
        ),
        (
            "Professor Ada Lind said the world will never accept that Pyongyang keeps its nuclear weapons.",
            "accept",
            "denuclearization",
            "support",
        ),
        (
            "Professor Ada Lind proposed that Tokyo and Seoul hold regular consultations.",
            "hold",
            "regular-consultations",
            "support",
        ),
    ],
)
def test_a_third_partys_act_told_plainly_is_no_position(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# Comparisons and identity take no side, except on a form a thing takes (concepts.toml `form`).
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Envoy Lars Berg said the new accord, unlike a peace treaty, leaves the armistice in force.",
            "unlike",
            None,
            None,
        ),
        ("Envoy Lars Berg said the ceasefire pact is not a peace treaty.", "ceasefire", None, None),
        ("Envoy Lars Berg said his plan is different from sanctions.", "different", None, None),
        # a form: being one, or unlike one, takes a side
        ("Envoy Lars Berg said the new panel is not a working group.", "panel", "working-group", "oppose"),
        (
            "Envoy Lars Berg said the new forum is quite different from the old working group.",
            "forum",
            "working-group",
            "oppose",
        ),
        # negative: what will (not) happen, and what should become one, still take a side
        (
            "Envoy Lars Berg said there will be no peace treaty this year.",
            "no peace",
            "end-of-war-declaration",
            "oppose",
        ),
        (
            "Envoy Lars Berg said the armistice should become a peace treaty.",
            "become",
            "end-of-war-declaration",
            "support",
        ),
    ],
)
def test_comparison_and_identity_take_no_side_but_on_a_form(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# Whose nuclear weapons: South Korea's are nuclear armament, anyone else's denuclearization
# (concepts.toml `owner`, `owned`).
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Defense Minister Ko Min-ha said Seoul has no plan to develop nuclear weapons.",
            "no plan",
            "nuclear-armament",
            "oppose",
        ),
        (
            '"We do not need nuclear weapons," Defense Minister Ko Min-ha said.',
            "need",
            "nuclear-armament",
            "oppose",
        ),
        (
            "Defense Minister Ko Min-ha said the allies want Seoul to forgo nuclear weapons.",
            "forgo",
            "nuclear-armament",
            "oppose",
        ),
        # "the government" in a speaker's own words is the speaker's side's, as "we" is
        (
            '"The government has no plan to build nuclear weapons," Defense Minister Ko Min-ha said.',
            "no plan",
            "nuclear-armament",
            "oppose",
        ),
        # negative: another owner, or someone pressed to give them up
        (
            '"The North Korean government has no plan to give up nuclear weapons," Ko Min-ha said.',
            "no plan",
            "denuclearization",
            "oppose",
        ),
        (
            "Defense Minister Ko Min-ha said Seoul will keep pressing Pyongyang to give up nuclear weapons.",
            "pressing",
            "denuclearization",
            "support",
        ),
        (
            '"We will never give up our nuclear weapons," Kim Yo-jong said.',
            "never",
            "denuclearization",
            "oppose",
        ),
        ("China urged North Korea to give up its nuclear weapons.", "give up", "denuclearization", "support"),
    ],
)
def test_who_holds_the_weapons_decides_the_concept(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A clause of its own, joined by "and", is read alone; a judgement lowered says neither side.
@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        ("Mayor Odile Brandt said the ferry link looks less useful every year.", "less", None),
        (
            "Mayor Odile Brandt said the council wants a bridge, and the ferry link is useful.",
            "useful",
            "support",
        ),
        (
            "Mayor Odile Brandt said the council rejects the plan, and the ferry link is useful.",
            "useful",
            "support",
        ),
        # negative: the judgement itself, and one turned
        ("Mayor Odile Brandt said the ferry link is useful.", "useful", "support"),
        ("Mayor Odile Brandt said the ferry link is not useful.", "useful", "oppose"),
    ],
)
def test_a_coordinated_clause_alone_and_a_lowered_judgement(ferry, text, fragment, agreement):
    assert stance_of(ferry, text, fragment) == (("ferry-link" if agreement else None), agreement)


# "it" after a subject the statement itself names takes that up, not the context's topic.
ABOLISH = "Rep. Yoo Hana, who opposes the bill to abolish the Unification Ministry, said"


@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        (
            f"{ABOLISH}: “The governors may call the vote a formality. We will not answer by backing it.”",
            "governors",
            None,
        ),
        # negative: "it" with nothing before it in the statement stands for the topic
        (f"{ABOLISH} it would be a grave mistake.", "mistake", "support"),
    ],
)
def test_it_takes_up_the_statements_own_subject_first(extractor, text, fragment, agreement):
    concept = "unification-ministry-role" if agreement else None
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# An act against a thing named as a noun says which way the thing goes, and takes no side by itself.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Analyst Mira Holt said a reduction of the drills would hurt readiness.",
            "reduction",
            "military-exercises",
            "oppose",
        ),
        (
            "Analyst Mira Holt said the withdrawal of US troops would be a grave mistake.",
            "withdrawal",
            "us-alliance-deterrence",
            "support",
        ),
        ("Analyst Mira Holt opposes cuts to humanitarian aid.", "cuts", "humanitarian-aid", "support"),
        # negative: named, and negated, with no word that takes a side
        ("Analyst Mira Holt said she had not heard of any suspension of the drills.", "heard", None, None),
    ],
)
def test_an_act_named_as_a_noun_turns_but_does_not_decide(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
