"""Stance on the concept a statement's context names, for a statement about "it", "the plan",
"the launches" that does not name it (bot/extract/stance_topic.py): the attribution sentence,
then the same speaker's statement just before, then the headline and lead (with what another
speaker proposed on its concept in the paragraph before).

Every article is invented for these tests (invented people, wording of our own). Negative
cases: a context naming two concepts, another speaker's context, a statement that only
describes, a proposal noun whose aim the context does not say, a concept named as an object, a
bare noun with a modifier of its own ("naive cooperation policy").
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of

LEAD_TWO = "Lawmakers traded barbs on Friday over food aid and family reunions."


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # the attribution sentence names the topic, and what it names: scrapping them
        (
            "Rep. Noh Sang-gu, who opposes the plan to scrap the family reunions, said on Friday: "
            '"It would be a grave mistake."',
            "grave mistake",
            "family-reunions",
            "support",
        ),
        # the same speaker's statement just before
        (
            f"{LEAD_TWO}\n\nNoh Sang-gu said the government should hold family reunions before winter.\n\n"
            '"Delaying it again would be unjust," Noh said.',
            "Delaying",
            "family-reunions",
            "support",
        ),
        # the headline and the lead: reopening the complex; "the plan" stands for that act
        (
            "Ministry weighs reopening Kaesong Industrial Complex\n\n"
            "Officials are reviewing a plan to reopen the factory park, the ministry said on Monday.\n\n"
            'Rep. Ma Dong-chul of the opposition said the plan was "a reckless giveaway to Pyongyang."',
            "reckless",
            "economic-cooperation",
            "oppose",
        ),
        # the thing's head noun, and an act of the concept's own with its object left out
        (
            "Border towns fear more leaflet launches\n\n"
            "Residents of two island villages met county officials on Monday.\n\n"
            'The county chief said on Tuesday: "We will do whatever it takes to prevent further launches."',
            "prevent",
            "leaflet-launches",
            "support",
        ),
        (
            "Activists plan new leaflet launches\n\n"
            "A defector group said on Sunday it would go ahead despite police warnings.\n\n"
            "Activist Bang Hee-sook said her group had floated balloons last week and vowed to "
            "send more in May.",
            "send more",
            "leaflet-launches",
            "oppose",
        ),
        # a bare singular with no modifier of its own still stands for the plan told of
        (
            "Ministry weighs reopening Kaesong Industrial Complex\n\n"
            "Officials are reviewing a plan to reopen the factory park, the ministry said on Monday.\n\n"
            'Rep. Ma Dong-chul said legislation to that end would be "a reckless giveaway to Pyongyang."',
            "reckless",
            "economic-cooperation",
            "oppose",
        ),
        # an explicit neutral on "the plan" needs no word of what the plan would do
        (
            "Lawmakers argue over family reunions\n\n"
            "The debate over the reunions resumed in the Assembly on Monday, officials said.\n\n"
            '"We have no position on the plan," a Foreign Ministry official said.',
            "no position",
            "family-reunions",
            "neutral",
        ),
        # the lead's agent is not its topic
        (
            "The Unification Ministry has postponed the family reunions planned for autumn.\n\n"
            '"Delaying it again would hurt hundreds of elderly people," said Rep. Ma Dong-chul.',
            "Delaying",
            "family-reunions",
            "support",
        ),
        # the statement's own concept, named as its subject, is what a later "it" stands for
        (
            '"Food aid is not charity. It is essential," Kil Bo-ra said.',
            "charity",
            "humanitarian-aid",
            "support",
        ),
    ],
)
def test_a_side_on_the_topic_the_context_names(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment",
    [
        # the context names two concepts
        (
            'Rep. Noh Sang-gu, who spoke about family reunions and food aid, said: "It is a grave mistake."',
            "grave",
        ),
        # another speaker's statement is not this one's context
        (
            f"{LEAD_TWO}\n\nNoh Sang-gu said the government should hold family reunions before winter.\n\n"
            '"Delaying it again would be unjust," said Rep. Pyo Mi-ae.',
            "Delaying",
        ),
        # a statement that only describes
        (
            f"{LEAD_TWO}\n\nNoh Sang-gu said the government should hold family reunions before winter.\n\n"
            '"It was held in a hotel the last time," Noh said.',
            "hotel",
        ),
        # "the plan" when the context does not say what the plan would do to the thing
        (
            "Lawmakers argue over family reunions\n\n"
            "The debate over the reunions resumed in the Assembly on Monday, officials said.\n\n"
            'Rep. Ma Dong-chul called the plan "a reckless giveaway."',
            "reckless",
        ),
        # the statement's concept named as an object, not as the subject "it" takes up
        ('"Nobody mentioned food aid. It was a good meeting," Kil Bo-ra said.', "good meeting"),
        # a bare noun with a modifier of its own names a kind of its own, not the plan told of
        (
            "Ministry weighs reopening Kaesong Industrial Complex\n\n"
            "Officials are reviewing a plan to reopen the factory park, the ministry said on Monday.\n\n"
            'Rep. Ma Dong-chul said the idea was driven by "naive cooperation policy."',
            "naive",
        ),
        (
            "Lawmakers argue over leaflet launches\n\nActivists said on Sunday they would float more "
            'balloons.\n\nRep. Ma Dong-chul said the crackdown came from "cowardly appeasement policy."',
            "cowardly",
        ),
        # "it" as an agent is mostly a body, not the topic
        (
            "Ministry weighs reopening Kaesong Industrial Complex\n\n"
            '"It has stopped answering our calls," Rep. Ma Dong-chul said of the North.',
            "stopped",
        ),
    ],
)
def test_no_side_from_an_unclear_context(extractor, text, fragment):
    assert stance_of(extractor, text, fragment) == (None, None)


ARMS = (
    "Lawmakers debate own nuclear weapons\n\n"
    "Conservative lawmakers on Monday renewed a debate over nuclear weapons for South Korea.\n\n"
)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # the headline names only the thing; another speaker's proposal in the paragraph before is
        # what "the push" answers (issue 8, fifth round)
        (
            f"{ARMS}Rep. Goh Min-jae said the country should build its own nuclear weapons within five years."
            '\n\nRep. Seo Ha-neul dismissed the push as "a reckless fantasy."',
            "push",
            "nuclear-armament",
            "oppose",
        ),
        (
            f"{ARMS}Rep. Goh Min-jae said the country should never build its own nuclear weapons."
            '\n\nRep. Seo Ha-neul dismissed the idea as "a reckless fantasy."',
            "idea",
            "nuclear-armament",
            "support",
        ),
        # negative: the paragraph before is on another concept, or there is none
        (
            f"{ARMS}Rep. Goh Min-jae said the government should tighten sanctions on the North."
            '\n\nRep. Seo Ha-neul dismissed the push as "a reckless fantasy."',
            "push",
            None,
            None,
        ),
        (f'{ARMS}Rep. Seo Ha-neul dismissed the push as "a reckless fantasy."', "push", None, None),
    ],
)
def test_an_answer_to_the_proposal_just_before(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


MISSILE_DRILLS = (
    "SEOUL, May 4 (Yonhap) -- North Korea fired a missile on Monday as the allies began their drills.\n\n"
)
DRILLS_BILL = (
    "SEOUL, May 4 (Yonhap) -- Lawmakers debated a bill to scale back the allied drills on Monday.\n\n"
)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        # "it" said to be a deed, or judged as a third party's doing: an event, not the drills
        (
            MISSILE_DRILLS
            + 'Asked about the drills, Minister Ahn Gyu-tae said: "This is an unacceptable act '
            'that endangers our people."',
            "unacceptable act",
            None,
            None,
        ),
        (
            MISSILE_DRILLS + "Asked whether Pyongyang might answer the drills, Minister Ahn Gyu-tae said: "
            '"It would be a bad misstep on their part."',
            "on their part",
            None,
            None,
        ),
        # negative: a judgement of the thing itself, or of the speakers' own doing
        (
            DRILLS_BILL + 'Asked about the bill to scale back the drills, Rep. Yoon Ha-rim said: "It would '
            'be a grave mistake on our part."',
            "on our part",
            "military-exercises",
            "oppose",
        ),
        (
            DRILLS_BILL + 'Asked about the bill to scale back the drills, Rep. Yoon Ha-rim said: "It would '
            'be a grave mistake."',
            "grave mistake",
            "military-exercises",
            "oppose",
        ),
    ],
)
def test_a_deed_is_no_topic(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
