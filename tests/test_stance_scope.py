"""What a statement's words take a side on, and what they only describe (issue 8, precision on
text the rules were not written for): a gerund that is a verb's object, a thing set beside
another, a purpose described, a relative clause that tells what someone did, a threat, a thing
branded hostile, a phrase acting on its own object, a means handed to another. Stance words and
concept names are in tests/test_stance_senses.py.

Every sentence is written for these tests (invented people, wording of our own); the concepts
are the project's data/concepts.toml. Each table has negative cases.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of


# "does not support Seoul acquiring X": a gerund right after the verb's object is that object's
# act and the verb's complement, not an adverbial that ends the reading.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "State Department spokeswoman Lena Varga said Washington does not support Seoul "
            "acquiring nuclear weapons of its own.",
            "acquiring",
            "nuclear-armament",
            "oppose",
        ),
        (
            "Unification Minister Oh Tae-rim said the government welcomes the Red Cross resuming "
            "family reunions next month.",
            "resuming",
            "family-reunions",
            "support",
        ),
        # negative: after a comma the participle is an adverbial: what it cites is no side
        (
            "Unification Minister Oh Tae-rim said the ministry rejected the request, citing the sanctions.",
            "rejected",
            None,
            None,
        ),
    ],
)
def test_a_gerund_after_the_object_is_what_the_verb_takes(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "unlike X" sets one thing beside another: no side on X, except on a form a thing takes.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Envoy Lars Berg said the accord would need no vote in parliament, unlike a peace treaty.",
            "unlike",
            None,
            None,
        ),
        (
            "Envoy Lars Berg said the new pact, unlike a peace treaty, could be signed within weeks.",
            "unlike",
            None,
            None,
        ),
        # negative: on a form, being unlike one is not being one
        (
            "Envoy Lars Berg said the new forum is unlike the old working group.",
            "forum",
            "working-group",
            "oppose",
        ),
    ],
)
def test_unlike_sets_a_thing_beside_another(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "X is aimed at Y", "X is designed to": X's purpose described, someone else's aim.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Analyst Mira Lund said the North's two-state doctrine is aimed at Washington rather than Seoul.",
            "aimed",
            None,
            None,
        ),
        (
            "Analyst Mira Lund said the sanctions are designed to starve the weapons programme of cash.",
            "designed",
            None,
            None,
        ),
        # negative: what should be done to it is a side
        ("Analyst Mira Lund said the sanctions should be tightened.", "tightened", "sanctions", "support"),
    ],
)
def test_a_purpose_described_is_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A relative clause in the past or perfect tells what its antecedent did: a description.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"No one talks to a regime that abandoned dialogue in 2019," Rep. Gil Jae-ha said.',
            "abandoned",
            None,
            None,
        ),
        (
            '"A ministry serving a country that has renounced unification serves nothing," '
            "Rep. Gil Jae-ha said.",
            "renounced",
            None,
            None,
        ),
        # negative: one in the present may say what the speaker holds of a thing, and opposing a
        # deal that weakens sanctions is for them (tests/test_stance_measures.py)
        (
            '"We oppose any deal that weakens sanctions," Rep. Gil Jae-ha said.',
            "weakens",
            "sanctions",
            "support",
        ),
    ],
)
def test_a_past_relative_clause_describes(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A relative clause with no modal that tells what an actor does describes it: the side is taken
# only by a word above it (found on unseen text: fresh batches 15 and 19).
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"The fund must not pay groups that fly propaganda leaflets over the border," '
            "said Rep. Noh Sang-min.",
            "fund",
            None,
            None,
        ),
        (
            '"Seoul should stop funding groups that send leaflets north," Rep. Noh Sang-min said.',
            "funding",
            None,
            None,
        ),
        (
            "Analyst Pia Strand said the grant went to a foundation that documents abuses in the "
            "North's prison camps.",
            "grant",
            None,
            None,
        ),
        (
            "Envoy Mara Quist said the report was silent on Tokyo, where the cabinet has voiced "
            "support for resuming talks with the North.",
            "report",
            None,
            None,
        ),
        (
            '"I would not give a cent to a country that keeps its nuclear weapons," Sen. Dora Fell said.',
            "cent",
            None,
            None,
        ),
        # negative: a word above the clause takes the side; a modal in it says what a thing would do
        (
            '"We back the Chinese draft, which would ease sanctions on fertiliser," envoy Ilya Brandt said.',
            "draft",
            "sanctions",
            "oppose",
        ),
        (
            '"We will not deal with the ROK, which is a hostile state to us," a KPA officer said.',
            "deal",
            "two-state",
            "support",
        ),
    ],
)
def test_a_present_relative_clause_on_an_actor_describes(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A threat answers a thing: it says what the speaker will do, not which way the thing should go.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"The warmongers will pay dearly for these reckless war drills," a KPA spokesman said.',
            "dearly",
            None,
            None,
        ),
        (
            'The KPA General Staff warned of "merciless retaliation" against the allied drills.',
            "merciless",
            None,
            None,
        ),
        (
            "A KPA spokesman said the army would take resolute action against the combined drills.",
            "resolute",
            None,
            None,
        ),
        # negative: a judgement with a call to change them is a side
        (
            '"These drills are reckless and must be scaled back," Envoy Lars Berg said.',
            "reckless",
            "military-exercises",
            "support",
        ),
    ],
)
def test_a_threat_takes_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A thing branded an act of hostility after a copula ("a provocation", "a rehearsal for
# invasion") is characterised, not argued about: no side on what should be done with it.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'A KPA spokesman said the spring drills were a "grave provocation that could ignite a war."',
            "provocation",
            None,
            None,
        ),
        ("A KPA spokesman said the allied drills were a rehearsal for invasion.", "rehearsal", None, None),
        # negative: a judgement of their merit is a side
        (
            "Envoy Lars Berg said the spring drills were a costly mistake.",
            "mistake",
            "military-exercises",
            "support",
        ),
    ],
)
def test_a_thing_branded_hostile_is_no_side(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "X would go ahead with Y": the phrase acts on its preposition's object, not on its subject.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Press secretary Andrea Lowe said U.S. forces must go ahead with the spring drills.",
            "go ahead",
            "military-exercises",
            "oppose",
        ),
        (
            "Press secretary Andrea Lowe said U.S. forces would go ahead with the spring drills.",
            "go ahead",
            "military-exercises",
            "oppose",
        ),
        (
            "Press secretary Andrea Lowe said U.S. troops would press ahead with the family reunions.",
            "press ahead",
            "family-reunions",
            "support",
        ),
        # negative: the subject's own course is said of it
        (
            "Press secretary Andrea Lowe said the spring drills must go ahead.",
            "go ahead",
            "military-exercises",
            "oppose",
        ),
    ],
)
def test_a_phrase_with_its_own_object_acts_on_it(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "give Pyongyang a pretext to demand X": the infinitive on a noun handed to another is that
# one's act; what the statement says is of its subject.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Analyst Noh Eun-bi said an end-of-war declaration would hand Pyongyang a pretext to "
            "demand the withdrawal of US troops.",
            "pretext",
            "end-of-war-declaration",
            "oppose",
        ),
        (
            "Analyst Noh Eun-bi said the new rules would give the activists a reason to launch more "
            "leaflets.",
            "reason",
            None,
            None,
        ),
        # negative: a means handed to the speaker's own side is its aim
        (
            "Analyst Noh Eun-bi said the summit would give us a chance to revive dialogue with the North.",
            "chance",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_a_means_handed_to_another_is_its_act(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# What a third party wants someone or something to do ("wants us to give up X", "wanted the
# issue to be at the centre of any dialogue") is that party's want, told: the infinitive's own
# subject is not whose view it is (found on unseen text: fresh batches 9 and 23).
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Tokyo wants the abduction issue to sit at the heart of any dialogue with Pyongyang," '
            "said analyst Rina Vos.",
            "Tokyo",
            None,
            None,
        ),
        ('"Pyongyang wants us to abandon unification," said analyst Rina Vos.', "Pyongyang", None, None),
        ('"The Chinese want Washington to lift the sanctions," said analyst Rina Vos.', "want", None, None),
        # negative: the speaker's own side wants it
        (
            '"We want Pyongyang to return to dialogue," said Minister Oh Tae-rim.',
            "want",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Unification Minister Oh Tae-rim said Seoul wants Pyongyang to return to dialogue.",
            "wants",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_what_a_third_party_wants_done_is_its_want(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A harm a thing or an act would do to its object warns for that object: "withdrawing the
# troops would weaken the alliance" is for the alliance, not against it; the same verb of an
# actor or of the speakers is their act against it (found on unseen text: fresh batch 23).
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Withdrawing the troops would weaken the alliance," said Sen. Dora Fell.',
            "weaken",
            "us-alliance-deterrence",
            "support",
        ),
        (
            '"Such a move would damage the alliance," said Sen. Dora Fell.',
            "damage",
            "us-alliance-deterrence",
            "support",
        ),
        (
            "Sen. Dora Fell said such a step would undermine the nonproliferation regime.",
            "undermine",
            "nuclear-armament",
            "oppose",
        ),
        # negative: the speakers' own act, and an actor's act told
        ('"We must not weaken sanctions now," said Sen. Dora Fell.', "weaken", "sanctions", "support"),
        ('"Beijing keeps undermining the sanctions," said Sen. Dora Fell.', "undermining", None, None),
    ],
)
def test_a_harm_done_by_a_thing_is_a_warning_for_its_object(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# "free of X", "rid of X" go against X as "without X" does: "a peninsula free of nuclear weapons"
# is for denuclearization, not against it.
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"We want a peninsula free of nuclear weapons," said Rep. Noh Sang-min.',
            "free",
            "denuclearization",
            "support",
        ),
        (
            '"The region must be rid of nuclear weapons," said Rep. Noh Sang-min.',
            "rid",
            "denuclearization",
            "support",
        ),
        (
            '"We will keep the border area free of leaflets," said Rep. Noh Sang-min.',
            "free",
            "leaflet-launches",
            "support",
        ),
        # negative: what is free of a thing that names no concept
        ('"Aid should flow free of political conditions," said Rep. Noh Sang-min.', "free", None, None),
    ],
)
def test_free_of_a_thing_goes_against_it(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


# A recurring occasion ("every time X", "each time X", "whenever X") is told, not argued: the
# speaker's side is in the main clause (found on unseen text: fresh batches 19 and 23; it also
# removed two wrong stances on the validation batches).
@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"Every time Seoul talks about scaling back drills, Pyongyang answers with missiles," '
            "said Rep. Noh Sang-min.",
            "Every",
            None,
            None,
        ),
        (
            '"Whenever Seoul scales back the drills, Pyongyang answers with missiles," '
            "said Rep. Noh Sang-min.",
            "Whenever",
            None,
            None,
        ),
        (
            '"Every time they send those balloons, we are the ones who pay. The government should just '
            'ban them," said farmer Ko Eun-bi.',
            "Every",
            None,
            None,
        ),
        # negative: the main clause's own act still decides
        (
            '"The allies should suspend the exercises every time the North returns to talks," '
            "said Rep. Noh Sang-min.",
            "suspend",
            "military-exercises",
            "support",
        ),
        (
            '"We will resume dialogue whenever the North is ready," said Minister Oh Tae-rim.',
            "resume",
            "inter-korean-dialogue",
            "support",
        ),
    ],
)
def test_a_recurring_occasion_is_told(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, stance",
    [
        # what an occasion takes up is described, not argued for
        ("Spokesperson Kim Mi-ran said the talks would cover sanctions enforcement and the joint drills.",
         "would cover", (None, None)),
        ("Spokesperson Kim Mi-ran said the meeting will focus on the resumption of family reunions.",
         "will focus", (None, None)),
        # a review takes up its subjects as a meeting does
        ("Admiral Song Yu-ri said the review covered a possible return of the patrol boats and the halt "
         "to naval drills within 10 miles of the island.", "covered", (None, None)),
        # negative: a plain position, and one a review is said to show
        ("Spokesperson Kim Mi-ran said sanctions must stay in place.", "must stay", ("sanctions", "support")),
        ("Admiral Song Yu-ri said the review showed that the naval drills near the island must be scaled "
         "back.", "must be scaled", ("military-exercises", "support")),
    ],
)  # fmt: skip
def test_an_agenda_told_is_no_position(extractor, text, fragment, stance):
    assert stance_of(extractor, text, fragment) == stance
