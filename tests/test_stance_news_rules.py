"""Stance rules of news language (issue 8, third round): -ise spellings of -ize data, verbs split
from their particle, what a risk says of its subject, talks on an aim, talking with the other
side, an attitude to an act on any thing of its kind, coordinated modifiers, keywords as object
predicates, a problem denied, a lead's own clause, keeping on the table.

Every sentence is written for these tests (invented people, wording of our own). Each table has
negative cases: a question, someone else's view, a description or past act, a good effect that is
risked, a context naming two concepts, a thing that is not the concept's.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.extract import Extractor
from bot.model import Concept
from tests.test_stance import stance_of

TIES = Concept("ties", "Ties with Tokyo should be normalized", ("normalization",), support=("prioritiz*",))


@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        ("Vice Minister Pyo Dal-sun said normalisation was essential.", "essential", "support"),
        ("Vice Minister Pyo Dal-sun said the normalization was a mistake.", "mistake", "oppose"),
        ("Vice Minister Pyo Dal-sun said Seoul must prioritise normalisation.", "prioritise", "support"),
        ('"Is normalisation essential?" Vice Minister Pyo Dal-sun said.', "essential", None),
        ("Vice Minister Pyo Dal-sun said the talks covered normalisation.", "covered", None),
    ],
)
def test_ize_written_in_data_also_matches_ise(extractor, text, fragment, agreement):
    x = Extractor((), (TIES,), extractor.lexicon, extractor.nlp)
    assert stance_of(x, text, fragment) == (("ties" if agreement else None), agreement)


def test_a_lexicon_word_written_ize_also_matches_ise(extractor):
    lexicon = replace(extractor.lexicon, effect_oppose=extractor.lexicon.effect_oppose - {"jeopardise"})
    x = Extractor((), (TIES,), lexicon, extractor.nlp)
    text = "Vice Minister Pyo Dal-sun said normalisation would jeopardise the fishing deal."
    assert stance_of(x, text, "jeopardise") == ("ties", "oppose")


TWO_ACTS = "Lawmakers move to fold Unification Ministry into Interior Ministry and end family reunions"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Rep. Yoo Hana said Seoul must never fold the Unification Ministry into the Interior Ministry.",
            "fold",
            "unification-ministry-role",
            "support",
        ),
        (
            "Rep. Yoo Hana said Seoul would shut the Unification Ministry down next year.",
            "shut",
            "unification-ministry-role",
            "oppose",
        ),
        # the headline names an act against the ministry's role with its object between
        (
            "Lawmakers move to fold Unification Ministry into Interior Ministry\n\n"
            "The proposal reached a committee on Monday.\n\n"
            "Rep. Yoo Hana denounced the proposal as reckless.",
            "proposal",
            "unification-ministry-role",
            "support",
        ),
        # negative: a headline naming two concepts gives none
        (
            f"{TWO_ACTS}\n\nThe proposal reached a committee on Monday.\n\n"
            "Rep. Yoo Hana denounced the proposal as reckless.",
            "proposal",
            None,
            None,
        ),
        # negative: the particle is another word's
        (
            "Rep. Yoo Hana said the Unification Ministry would fold and walk into a trap.",
            "fold",
            None,
            None,
        ),
    ],
)
def test_a_concept_s_verb_and_its_particle_with_the_object_between(
    extractor, text, fragment, concept, agreement
):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Rep. Yoo Hana warned that the leaflet launches risked doing real harm to the island villages.",
            "harm",
            "leaflet-launches",
            "support",
        ),
        (
            "Rep. Yoo Hana said the sanctions risk doing real harm to farmers.",
            "farmers",
            "sanctions",
            "oppose",
        ),
        ("Rep. Yoo Hana said the sanctions risked real harm to farmers.", "farmers", "sanctions", "oppose"),
        # negative: what is risked is a good; a question; someone else's view
        ("Rep. Yoo Hana said food aid risks strengthening the regime.", "strengthening", None, None),
        ('"Do the drills risk doing harm?" Rep. Yoo Hana said.', "harm", None, None),
        ("Rep. Yoo Hana said critics believe the drills risk doing harm.", "critics", None, None),
    ],
)
def test_a_risk_of_harm_judges_its_subject(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Deputy envoy Ma Ji-suk urged Pyongyang to return to negotiations on denuclearization.",
            "negotiations",
            "denuclearization",
            "support",
        ),
        (
            "Ma Ji-suk called on the North to resume talks on family reunions before the holiday.",
            "talks",
            "family-reunions",
            "support",
        ),
        ("Ma Ji-suk rejected talks on a peace treaty.", "peace treaty", "end-of-war-declaration", "oppose"),
        # negative: talks on a thing that is no aim; on the proposition's contrary; a description;
        # a question
        ("Ma Ji-suk urged the allies to hold talks on sanctions.", "talks", None, None),
        ("Ma Ji-suk urged Pyongyang to return to talks on its nuclear weapons.", "talks", None, None),
        ("Ma Ji-suk said the talks on denuclearization stalled in 2019.", "stalled", None, None),
        ('"Will the North return to talks on denuclearization?" Ma Ji-suk said.', "return", None, None),
    ],
)
def test_negotiations_on_an_aim_seek_it(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        (
            "Cha Young-il said Seoul remained ready to discuss flood control with the North at any time.",
            "flood control",
            "support",
        ),
        ('"We are open to meeting with the North anywhere," Minister Cha Young-il said.', "open", "support"),
        (
            "Minister Cha Young-il said Seoul was willing to sit down with Pyongyang without conditions.",
            "willing",
            "support",
        ),
        (
            "Cha Young-il said Seoul would refuse to negotiate with North Korean officials.",
            "refuse",
            "oppose",
        ),
        # negative: a meeting reported, not offered; another country; a question; others' view
        (
            "Minister Cha Young-il said officials discussed the matter with the North on Monday.",
            "matter",
            None,
        ),
        ("Minister Cha Young-il said Seoul was ready to discuss trade with Tokyo.", "trade", None),
        ('"Is Seoul ready to talk with Pyongyang?" Minister Cha Young-il said.', "ready", None),
        ("Cha Young-il said critics believe Seoul is too eager to talk with Pyongyang.", "critics", None),
    ],
)
def test_an_offer_to_talk_with_the_counterpart_is_for_dialogue(extractor, text, fragment, agreement):
    concept = "inter-korean-dialogue" if agreement else None
    assert stance_of(extractor, text, fragment) == (concept, agreement)


WAITING = "The ministry said on Monday trucks were waiting at the border.\n\n"
TREATY = "Minister floats peace treaty at summit\n\nOfficials said the proposal would go to the cabinet.\n\n"
FLOOD_AID = f"Seoul offers flood aid to the North\n\n{WAITING}"
TWO = f"Seoul floats peace treaty and flood aid\n\n{WAITING}"
REUNIONS = "Seoul proposes family reunions\n\nThe ministry said on Monday the proposal was ready.\n\n"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            f'{TREATY}"We have no interest in signing papers with a government that shells our islands," '
            "Rep. Goh Min-jae said.",
            "signing",
            "end-of-war-declaration",
            "oppose",
        ),
        (
            f'{FLOOD_AID}"We remain open to sending supplies whenever the roads reopen," Goh Min-jae said.',
            "sending",
            "humanitarian-aid",
            "support",
        ),
        # negative: a context naming two concepts; a thing of its own; a noun that names one; a
        # question; someone else's view
        (
            f'{TWO}"We remain open to sending supplies whenever the roads reopen," Rep. Goh Min-jae said.',
            "sending",
            None,
            None,
        ),
        (
            f'{TREATY}"We have no interest in signing a fishing agreement," Rep. Goh Min-jae said.',
            "signing",
            None,
            None,
        ),
        (f'{REUNIONS}"We have no interest in holding talks," Rep. Goh Min-jae said.', "holding", None, None),
        (
            f'{TREATY}"Do they have any interest in signing papers?" Rep. Goh Min-jae said.',
            "signing",
            None,
            None,
        ),
        (
            f'{FLOOD_AID}"They say they have no interest in sending supplies," Rep. Goh Min-jae said.',
            "sending",
            None,
            None,
        ),
    ],
)
def test_an_attitude_to_an_act_on_any_thing_of_its_kind(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Activist Hwa Jin-ok said her group was committed to sending balloons over the border.",
            "sending",
            "leaflet-launches",
            "oppose",
        ),
        # negative: a past act reported is no position
        (
            "Activist Hwa Jin-ok said her group had sent balloons over the border on Saturday.",
            "sent",
            None,
            None,
        ),
    ],
)
def test_a_concept_s_verb_as_a_gerund_but_not_as_a_past_act(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


STEEL = Concept("steel", "Steel tariffs should stay", ("steel tariffs",))


@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        ("Minister Ohn Sae-ra said the steel tariffs must stay in place.", "steel", "support"),
        ("Minister Ohn Sae-ra said the steel and aluminium tariffs must stay in place.", "steel", "support"),
        ("Minister Ohn Sae-ra said the steel or copper tariffs were a mistake.", "mistake", "oppose"),
        # negative: the modifier is another noun's; the head is another phrase's
        ("Minister Ohn Sae-ra said steel exports and tariffs on cars must stay in place.", "steel", None),
        ("Minister Ohn Sae-ra said the steel talks and new tariffs were a mistake.", "steel", None),
    ],
)
def test_a_keyword_with_a_coordinated_modifier(extractor, text, fragment, agreement):
    x = Extractor((), (STEEL,), extractor.lexicon, extractor.nlp)
    assert stance_of(x, text, fragment) == (("steel" if agreement else None), agreement)


@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        ("Minister Ohn Sae-ra said the allies must keep the meetings regular.", "regular", "support"),
        (
            "Minister Ohn Sae-ra said the two sides would no longer keep the meetings regular.",
            "regular",
            "oppose",
        ),
        ("Minister Ohn Sae-ra said the meetings must be kept regular.", "regular", "support"),
        # negative: a description; a question; someone else's view
        ("Minister Ohn Sae-ra said the meetings had been regular until 2019.", "regular", None),
        ("Minister Ohn Sae-ra said the meetings became regular in 2019.", "regular", None),
        ('"Will the allies keep the meetings regular?" Minister Ohn Sae-ra said.', "regular", None),
        (
            "Minister Ohn Sae-ra said critics believe the allies should keep the meetings regular.",
            "critics",
            None,
        ),
    ],
)
def test_a_keyword_said_as_a_predicate(extractor, text, fragment, agreement):
    concept = "regular-consultations" if agreement else None
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, agreement",
    [
        ("Minister Ohn Sae-ra said the problem with the sanctions was their cost.", "cost", "oppose"),
        # negative: the problem is denied ("never", "not"), and the next sentence says where it lies,
        # which may be with the thing or elsewhere
        (
            '"The problem with the sanctions was never their design. It was that few enforced them," '
            "Minister Ohn Sae-ra said.",
            "design",
            None,
        ),
        ("Minister Ohn Sae-ra said the problem with the sanctions is not their size.", "size", None),
    ],
)
def test_a_problem_denied_is_no_position(extractor, text, fragment, agreement):
    assert stance_of(extractor, text, fragment) == (("sanctions" if agreement else None), agreement)


SNUB = "North Korea snubs Seoul again\n\n"
KEEP_OFFER = "\n\nAn official at the ministry said Seoul would keep its offer on the table."


@pytest.mark.parametrize(
    "lead, concept, agreement",
    [
        # the lead's own clause names talks; what the North insists on is its own statement
        (
            "North Korea on Monday rejected South Korea's offer of Red Cross talks, insisting that aid "
            "shipments were a thing of the past.",
            "inter-korean-dialogue",
            "support",
        ),
        # negative: the lead's own clause names two; only reported words name any
        (
            "North Korea on Monday rejected South Korea's offer of Red Cross talks and aid shipments.",
            None,
            None,
        ),
        (
            "North Korea on Monday said aid shipments and Red Cross talks were a thing of the past.",
            None,
            None,
        ),
    ],
)
def test_a_lead_s_own_clause_before_what_it_reports(extractor, lead, concept, agreement):
    assert stance_of(extractor, SNUB + lead + KEEP_OFFER, "its offer") == (concept, agreement)


_ECON = ("economic-cooperation", "support")
_REUNIONS = ("family-reunions", "support")
KAESONG = "Seoul weighs reopening Kaesong Industrial Complex\n\nOfficials met business owners on Monday.\n\n"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            f"{KAESONG}Minister Ra Eun-ji said the government would keep its offer on the table.",
            "offer",
            *_ECON,
        ),
        (
            f"{KAESONG}Minister Ra Eun-ji said the government would not give up on the plan.",
            "give up",
            *_ECON,
        ),
        ("Minister Ra Eun-ji said Seoul would keep family reunions on the table.", "table", *_REUNIONS),
        # negative: taken off the table is against; a question; someone else's view
        (
            f"{KAESONG}Minister Ra Eun-ji said the government had taken the plan off the table.",
            "plan",
            "economic-cooperation",
            "oppose",
        ),
        ('"Will Seoul keep family reunions on the table?" Minister Ra Eun-ji said.', "table", None, None),
        (
            "Minister Ra Eun-ji said critics believe Seoul should keep family reunions on the table.",
            "critics",
            None,
            None,
        ),
    ],
)
def test_keeping_on_the_table_and_not_giving_up(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
