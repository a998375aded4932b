"""Stance rules of news language (issue 8, fourth round: recall that carries to unseen articles):
a thing's own course under an obligation ("the drills must stop", "the reunions have to
happen"), verdicts whose subject is what the speaker was asked about ("that was out of the
question"), explicit neutrals ("neither for nor against X", "undecided on X", "... the merger" of
a course the context names), general words for acts against ("refrain from"), attitudes denied
("not interested in X", "no reason to X"), a quote that takes a side the one before it does not
take, and a multi-word keyword shortened to its head noun later in the article.

Every sentence is written for these tests (invented people, wording of our own). Each table has
negative cases: an account of a thing's course, a verdict on something else, a choice made, an
attitude not denied, two concepts sharing a head, a head with a modifier of its own.
"""

from __future__ import annotations

import pytest

from tests.test_stance import stance_of, statement


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"The reunions have to happen this year," said Rep. Bae Sun-hee.',
            "happen",
            "family-reunions",
            "support",
        ),
        (
            '"Family reunions need to continue," said Rep. Bae Sun-hee.',
            "continue",
            "family-reunions",
            "support",
        ),
        (
            '"Let the family reunions go ahead," said Rep. Bae Sun-hee.',
            "go ahead",
            "family-reunions",
            "support",
        ),
        ('"These drills have to stop," said Rep. Bae Sun-hee.', "stop", "military-exercises", "support"),
        ('"The drills must not stop," said Rep. Bae Sun-hee.', "stop", "military-exercises", "oppose"),
        ("Rep. Bae Sun-hee said the leaflet launches must end.", "end", "leaflet-launches", "support"),
        (
            "Rep. Bae Sun-hee said Seoul must use every channel to get talks with the North going again.",
            "going",
            "inter-korean-dialogue",
            "support",
        ),
        # negative: an account of the thing's course, not what must be
        ("Rep. Bae Sun-hee said the leaflet launches ended in May.", "ended", None, None),
        ("Rep. Bae Sun-hee said talks with the North are going well.", "going", None, None),
        ("Rep. Bae Sun-hee said the talks with the North went nowhere.", "nowhere", None, None),
        ("Rep. Bae Sun-hee said family reunions continue despite the dispute.", "continue", None, None),
        ('"These drills stopped last year," said Rep. Bae Sun-hee.', "stopped", None, None),
    ],
)
def test_a_thing_s_course_under_an_obligation(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


WEIGHS = "Seoul weighs reopening Kaesong complex\n\nOfficials met business owners on Monday.\n\n"
ASKED = "Asked whether Seoul would consider reopening the Kaesong complex, Rep. Bae Sun-hee said that was"


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (f'{ASKED} "out of the question."', "question", "economic-cooperation", "oppose"),
        (f'{ASKED} "not on the table."', "table", "economic-cooperation", "oppose"),
        (f'{ASKED} "not an option."', "option", "economic-cooperation", "oppose"),
        ("Rep. Bae Sun-hee said new drills were not an option.", "option", "military-exercises", "support"),
        (
            "Rep. Bae Sun-hee said lifting the sanctions was out of the question.",
            "lifting",
            "sanctions",
            "support",
        ),
        (
            "Rep. Bae Sun-hee said new drills were out of the question.",
            "drills",
            "military-exercises",
            "support",
        ),
        (
            f'{WEIGHS}"That would be a mistake," Rep. Bae Sun-hee said.',
            "mistake",
            "economic-cooperation",
            "oppose",
        ),
        # negative: a demonstrative further on points back to the statement's own words
        (
            f'{WEIGHS}"Nobody has asked us yet, and that would be a mistake," Rep. Bae Sun-hee said.',
            "mistake",
            None,
            None,
        ),
        # negative: asked about two concepts, the verdict has no one topic
        (
            "Asked whether Seoul would consider reopening the Kaesong complex or resuming talks with the"
            ' North, Rep. Bae Sun-hee said that was "not on the table."',
            "table",
            None,
            None,
        ),
        (f'{ASKED} "a question for later."', "later", None, None),
    ],
)
def test_a_verdict_on_what_the_speaker_was_asked(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            '"We are neither for nor against the sanctions," said Rep. Bae Sun-hee.',
            "neither",
            "sanctions",
            "neutral",
        ),
        (
            '"The party neither supports nor opposes the sanctions," said Rep. Bae Sun-hee.',
            "neither",
            "sanctions",
            "neutral",
        ),
        (
            "Rep. Bae Sun-hee said her party was still undecided on the family reunions.",
            "undecided",
            "family-reunions",
            "neutral",
        ),
        (
            "Rep. Bae Sun-hee said the party has not made up its mind on sanctions.",
            "mind",
            "sanctions",
            "neutral",
        ),
        # negative: a mind made up, one side named
        ("Rep. Bae Sun-hee said the party has made up its mind on sanctions.", "mind", None, None),
        ("Rep. Bae Sun-hee said the party was against the sanctions.", "against", "sanctions", "oppose"),
    ],
)
def test_an_explicit_neutral(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Rep. Bae Sun-hee said Seoul was not interested in talks with the North.",
            "interested",
            "inter-korean-dialogue",
            "oppose",
        ),
        (
            "Rep. Bae Sun-hee said there was no reason to resume family reunions.",
            "reason",
            "family-reunions",
            "oppose",
        ),
        ("Rep. Bae Sun-hee said the party saw no point in more sanctions.", "point", "sanctions", "oppose"),
        ("Rep. Bae Sun-hee said there was no point in more sanctions.", "point", "sanctions", "oppose"),
        # negative: the attitude not denied says nothing by itself
        ("Rep. Bae Sun-hee said there were reasons to expect family reunions.", "reasons", None, None),
        ("Rep. Bae Sun-hee said the party saw a point in the sanctions debate.", "point", None, None),
    ],
)
def test_an_attitude_denied(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


LEAFLETS = (
    "Activists float leaflets across border\n\n"
    "SEOUL -- Activists sent balloons with leaflets into North Korea on Sunday, officials said.\n\n"
)


def test_a_quote_that_takes_a_side_the_one_before_does_not_stands_on_its_own(extractor):
    text = (
        f"{LEAFLETS}“We are the ones who lose sleep, not the people in the capital,” said Park Mi-ok, a"
        " farmer near the border. “These launches have to stop.”"
    )
    assert stance_of(extractor, text, "lose sleep") == (None, None)
    assert stance_of(extractor, text, "have to stop") == ("leaflet-launches", "support")


def test_short_quotes_that_take_no_new_side_stay_one_statement(extractor):
    text = f"{LEAFLETS}“We are tired,” said Park Mi-ok, a farmer near the border. “We want sleep.”"
    assert "We want sleep" in statement(extractor, text, "tired").content


DECLARATION = (
    "Minister floats end-of-war declaration\n\n"
    "SEOUL -- The foreign minister on Monday proposed an end-of-war declaration with Pyongyang.\n\n"
)
TALKS = "Envoys meet in Seoul\n\nSEOUL -- Officials held inter-Korean talks in May, the ministry said.\n\n"
BOTH_TALKS = (
    "Envoys meet in Seoul\n\nSEOUL -- Officials held inter-Korean talks in May and coordination talks"
    " with Washington in June, the ministry said.\n\n"
)
LAUNCHES = (
    "Farmers protest at border\n\nSEOUL -- Activists sent leaflet launches over the border on Sunday.\n\n"
)
# two concepts in the lead: no context topic stands for "it" or a bare noun
LAUNCHES_AND_DRILLS = (
    "Farmers protest at border\n\nSEOUL -- Activists sent leaflet launches over the border on Sunday,"
    " as the allies began joint drills.\n\n"
)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            f"{DECLARATION}Rep. Bae Sun-hee said Seoul should sign a declaration this year.",
            "sign",
            "end-of-war-declaration",
            "support",
        ),
        (
            f"{DECLARATION}Rep. Bae Sun-hee called the declaration a dangerous illusion.",
            "illusion",
            "end-of-war-declaration",
            "oppose",
        ),
        (f"{LAUNCHES}Rep. Bae Sun-hee said the launches must stop.", "stop", "leaflet-launches", "support"),
        (
            f"{TALKS}Rep. Bae Sun-hee said the talks must continue.",
            "continue",
            "inter-korean-dialogue",
            "support",
        ),
        (
            "Lawmakers weigh Unification Ministry's future\n\n"
            "SEOUL -- The Unification Ministry faces a review.\n\n"
            "Officials met on Monday.\n\n"
            "Rep. Bae Sun-hee said the ministry must stay at the center of policy.",
            "center",
            "unification-ministry-role",
            "support",
        ),
        # a bare plural, with no determiner, is the things of that kind the story is about
        (
            f'{LAUNCHES_AND_DRILLS}"Launches that frighten our children must stop," said Rep. Bae Sun-hee.',
            "frighten",
            "leaflet-launches",
            "support",
        ),
        (
            f"{LAUNCHES_AND_DRILLS}Rep. Bae Sun-hee said police should prevent further launches.",
            "prevent",
            "leaflet-launches",
            "support",
        ),
        (
            f"{TALKS}Rep. Bae Sun-hee said Seoul should keep proposing talks.",
            "proposing",
            "inter-korean-dialogue",
            "support",
        ),
        # negative: a bare plural that modifies another noun names that noun's thing
        (
            f"{LAUNCHES_AND_DRILLS}Rep. Bae Sun-hee said Seoul should end its launches budget.",
            "budget",
            None,
            None,
        ),
        # negative: another thing with the head named nearer ("missile launches ... launches")
        (
            f"{LAUNCHES_AND_DRILLS}The North fired missile launches on Monday.\n\n"
            "Rep. Bae Sun-hee said launches must stop.",
            "stop",
            None,
            None,
        ),
        # a keyword that names its head first holds the head's earlier use
        (
            "Budget talks open in Seoul\n\n"
            "SEOUL -- The Ministry of Unification asked for more staff on Monday.\n\n"
            "Rep. Bae Sun-hee said the ministry should be absorbed into the Interior Ministry.",
            "absorbed",
            "unification-ministry-role",
            "oppose",
        ),
        (
            "Envoys meet in Geneva\n\n"
            "SEOUL -- A declaration formally ending the Korean War was first floated in 2007.\n\n"
            "Rep. Bae Sun-hee said the declaration would be a dangerous illusion.",
            "illusion",
            "end-of-war-declaration",
            "oppose",
        ),
        # negative: another thing with the head named after it ("the Ministry of X ... the Interior
        # Ministry ... the ministry")
        (
            "Budget talks open in Seoul\n\n"
            "SEOUL -- The Ministry of Unification asked for more staff on Monday.\n\n"
            "The Interior Ministry opened a new office.\n\n"
            "Rep. Bae Sun-hee said the ministry should be absorbed into the Defense Ministry.",
            "absorbed",
            None,
            None,
        ),
        # negative: the head with a modifier of its own is another thing
        (
            f"{DECLARATION}Rep. Bae Sun-hee said Seoul should never sign a declaration of emergency.",
            "sign",
            None,
            None,
        ),
        # negative: two concepts share the head in the article
        (f"{BOTH_TALKS}Rep. Bae Sun-hee said the talks must continue.", "continue", None, None),
        # negative: the full keyword never named
        (
            "Farmers protest at border\n\nSEOUL -- Rockets were fired on Sunday.\n\n"
            "Rep. Bae Sun-hee said the launches must stop.",
            "stop",
            None,
            None,
        ),
        # negative: another thing with the head named nearer ("the Interior Ministry ... the ministry")
        (
            "Lawmakers weigh Unification Ministry's future\n\n"
            "SEOUL -- The Unification Ministry faces a review.\n\n"
            "The Interior Ministry on Monday opened a new office.\n\n"
            "Rep. Bae Sun-hee said the ministry must stay at the center of policy.",
            "center",
            None,
            None,
        ),
    ],
)
def test_a_keyword_shortened_to_its_head_noun(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


MERGER = (
    "Lawmakers weigh merger of Unification Ministry\n\n"
    "SEOUL -- A bill to fold the Unification Ministry into the Interior Ministry reached the Assembly"
    " on Monday.\n\n"
)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            f'{MERGER}"I am neither for nor against the merger," said Prof. Ahn Gi-tae.',
            "neither",
            "unification-ministry-role",
            "neutral",
        ),
        (
            f'{MERGER}"I am undecided on the merger," said Prof. Ahn Gi-tae.',
            "undecided",
            "unification-ministry-role",
            "neutral",
        ),
        # negative: a side on the act needs the act's direction, which the noun alone does not give
        (f'{MERGER}"I am all for the merger," said Prof. Ahn Gi-tae.', "all for", None, None),
    ],
)
def test_an_explicit_neutral_on_an_act_the_context_names(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            "Rep. Bae Sun-hee said the ministry has asked activists to refrain from leaflet launches.",
            "refrain",
            "leaflet-launches",
            "support",
        ),
        (
            "Rep. Bae Sun-hee said her party wants to absorb the Unification Ministry into another ministry.",
            "absorb",
            "unification-ministry-role",
            "oppose",
        ),
        # negative: refraining from something else
        (
            "Rep. Bae Sun-hee said the ministry refrained from comment on leaflet launches.",
            "refrained",
            None,
            None,
        ),
    ],
)
def test_general_words_for_acts_against(extractor, text, fragment, concept, agreement):
    assert stance_of(extractor, text, fragment) == (concept, agreement)


@pytest.mark.parametrize(
    "text, fragment, concept, agreement",
    [
        (
            'Rep. Bae Sun-hee said flood aid "should be given without conditions."',
            "given",
            "humanitarian-aid",
            "support",
        ),
        (
            "Rep. Bae Sun-hee said the food aid must be delivered before winter.",
            "delivered",
            "humanitarian-aid",
            "support",
        ),
        # negative: a passive told, not under a modal
        ("Rep. Bae Sun-hee said humanitarian aid was given in 2019.", "given", None, None),
        (
            "Rep. Bae Sun-hee said the Unification Ministry has outlived its usefulness.",
            "outlived",
            "unification-ministry-role",
            "oppose",
        ),
        # negative: something of the ministry's past its use, not the ministry
        (
            "Rep. Bae Sun-hee said the Unification Ministry's old headquarters has outlived its usefulness.",
            "outlived",
            None,
            None,
        ),
    ],
)
def test_a_modal_passive_names_the_act_and_a_thing_past_its_use(
    extractor, text, fragment, concept, agreement
):
    assert stance_of(extractor, text, fragment) == (concept, agreement)
