"""The extractor's word lists (data/lexicon.toml) as sets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

LISTS = (
    "speech_verbs", "clause_only_verbs", "position_support", "position_oppose", "position_neutral",
    "noun_cues", "anonymous_heads", "role_nouns", "label_cues", "stance_support", "stance_oppose",
    "negations", "event_nouns", "non_speakers", "preposition_polarity", "adjective_support",
    "adjective_oppose", "adjective_neutral", "medium_nouns", "intention_verbs", "modals",
    "issuing_verbs", "citing_verbs", "addressee_nouns", "questioner_nouns", "credit_words",
    "organisation_words", "noun_support", "not_speaker_labels", "plain_saying_verbs", "weak_particles",
    "same_day_phrases", "then_phrases", "abbreviations", "day_before_phrases", "day_after_phrases",
    "occasion_verbs",
    "meeting_verbs",
    "interval_hedges", "journey_verbs", "conversing_verbs", "addressing_verbs",
    "future_auxiliaries", "looking_ahead_verbs",
    "question_verbs", "question_words", "open_question_words", "quote_joiners", "published_nouns",
    "stance_neutral", "stance_topics", "stance_adjuncts", "stance_hypothetical",
    "stance_copulas", "judgement_support", "judgement_oppose", "report_nouns", "denial_verbs",
    "denial_words", "media_words", "stance_as_verbs", "anaphor_determiners", "own_possessives",
    "legislator_words", "effect_support", "effect_oppose", "topic_pronouns", "topic_nouns",
    "topic_determiners", "effect_raisers", "negotiation_nouns", "talk_words", "remedy_verbs",
    "stance_unlike", "judgement_diminishers", "foretelling_modals", "act_nouns_against",
    "holder_nouns_against", "holder_nouns_for",
    "undecided_phrases", "course_end", "course_go_on", "obligation_words", "stance_support_negated",
    "stance_oppose_negated",
    "shortened_determiners", "topic_demonstratives", "course_causatives",
    "person_pronouns", "agent_pronouns", "person_possessives", "definite_determiners",
    "indefinite_determiners", "affiliation_prepositions", "knowing_adjectives", "settlement_nouns",
    "name_connectors", "contrast_markers",
    "name_subject_joins", "name_subject_places", "name_partner_joins", "name_people_plurals",
    "party_standing_words", "person_nouns", "posting_roles",
    "tail_openers", "comment_participles", "closing_tail_openers", "date_prepositions",
    "holder_prepositions", "briefing_roles",
    "speaking_phrasals", "utterance_nouns", "saying_idioms", "ongoing_periods", "title_abbreviations",
    "document_verbs", "disclosing_verbs", "member_participles", "responding_verbs",
    "public_groups", "equating_verbs", "purpose_verbs", "identity_nouns",
    "threat_words", "threat_adjectives", "threat_acts", "denunciations",
    "anonymity_words", "finding_nouns", "referring_nouns", "putting_out_verbs", "authoring_verbs",
    "interpreting_verbs",
    "perspective_prepositions", "interview_question_labels", "interview_answer_labels",
    "interview_nouns", "party_nouns", "answer_pronouns", "country_anaphors", "receiving_verbs",
    "demanding_verbs", "joint_verbs", "declaring_adjectives", "not_only_words", "not_just_words",
    "body_anaphors", "title_ranks", "body_possessives", "naming_words", "paper_kinds", "attributing_verbs",
    "conduct_verbs", "naming_verbs", "agenda_phrases", "refusal_verbs", "feminine_words",
    "masculine_words", "kin_nouns", "record_nouns", "anaphor_modifiers", "no_comment_verbs",
    "withholding_words",
    "colon_verbs", "agenda_verbs", "agenda_nouns", "commenting_words", "offer_nouns", "schedule_words",
    "condition_marks",
    "price_verbs", "scant_amounts", "outcome_verbs",
    "calling_nouns", "caller_prepositions", "condition_asides", "all_parties_words",
    "word_nouns", "vanishing_verbs", "existing_verbs", "issue_nouns", "closing_words", "change_verbs",
    "waiting_verbs", "lapsing_verbs", "lapsing_subjects",
    "offered_nouns", "measure_nouns", "forecast_words", "moment_nouns", "time_prepositions",
    "restriction_nouns",
    "sitting_nouns", "coming_words", "holding_verbs", "forecasting_verbs",
    "ability_modals", "acting_pronouns", "talk_topic_prepositions", "yielding_verbs", "government_heads",
    "deed_nouns", "others_possessives", "time_marks", "circumstance_marks", "present_limits",
    "yielding_subjects", "first_person_possessives", "setting_marks", "destination_prepositions",
    "dummy_it_verbs", "thing_relatives", "person_relatives",
    "motive_nouns", "aim_nouns",
    "position_nouns", "view_changes", "unchanged_words", "portfolio_heads", "plural_pronouns",
    "minimal_amounts", "yield_verbs", "bargaining_tables", "distancing_words",
)  # fmt: skip


@dataclass(frozen=True)
class Lexicon:
    speech_verbs: frozenset[str]
    clause_only_verbs: frozenset[str]
    position_support: frozenset[str]
    position_oppose: frozenset[str]
    position_neutral: frozenset[str]
    noun_cues: frozenset[str]
    anonymous_heads: frozenset[str]
    role_nouns: frozenset[str]
    label_cues: frozenset[str]
    stance_support: frozenset[str]
    stance_oppose: frozenset[str]
    negations: frozenset[str]
    event_nouns: frozenset[str]
    non_speakers: frozenset[str]
    preposition_polarity: frozenset[str]
    adjective_support: frozenset[str]
    adjective_oppose: frozenset[str]
    adjective_neutral: frozenset[str]
    medium_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    citing_verbs: frozenset[str]
    addressee_nouns: frozenset[str]
    questioner_nouns: frozenset[str]
    intention_verbs: frozenset[str]
    modals: frozenset[str]
    organisation_words: frozenset[str]
    noun_support: frozenset[str]
    not_speaker_labels: frozenset[str]
    credit_words: frozenset[str]
    interview_question_labels: frozenset[str]
    interview_answer_labels: frozenset[str]
    interview_nouns: frozenset[str]
    country_anaphors: frozenset[str]
    body_anaphors: frozenset[str]
    title_ranks: frozenset[str]
    body_possessives: frozenset[str]
    naming_words: frozenset[str]
    paper_kinds: frozenset[str]
    attributing_verbs: frozenset[str]
    stance_neutral: frozenset[str]
    stance_topics: frozenset[str]
    stance_adjuncts: frozenset[str]
    stance_hypothetical: frozenset[str]
    stance_copulas: frozenset[str]
    judgement_support: frozenset[str]
    judgement_oppose: frozenset[str]
    report_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    denial_words: frozenset[str]
    media_words: frozenset[str]
    stance_as_verbs: frozenset[str]
    anaphor_determiners: frozenset[str]
    own_possessives: frozenset[str]
    legislator_words: frozenset[str]
    plain_saying_verbs: frozenset[str]
    weak_particles: frozenset[str]
    same_day_phrases: frozenset[str]
    then_phrases: frozenset[str]
    abbreviations: frozenset[str]
    day_before_phrases: frozenset[str]
    interval_hedges: frozenset[str]
    journey_verbs: frozenset[str]
    conversing_verbs: frozenset[str]
    addressing_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    looking_ahead_verbs: frozenset[str]
    day_after_phrases: frozenset[str]
    ongoing_periods: frozenset[str]
    title_abbreviations: frozenset[str]
    document_verbs: frozenset[str]
    occasion_verbs: frozenset[str]
    meeting_verbs: frozenset[str]
    question_verbs: frozenset[str]
    question_words: frozenset[str]
    open_question_words: frozenset[str]
    quote_joiners: frozenset[str]
    published_nouns: frozenset[str]
    effect_support: frozenset[str]
    effect_oppose: frozenset[str]
    topic_pronouns: frozenset[str]
    topic_nouns: frozenset[str]
    topic_determiners: frozenset[str]
    effect_raisers: frozenset[str]
    negotiation_nouns: frozenset[str]
    talk_words: frozenset[str]
    remedy_verbs: frozenset[str]
    stance_unlike: frozenset[str]
    judgement_diminishers: frozenset[str]
    foretelling_modals: frozenset[str]
    act_nouns_against: frozenset[str]
    restriction_nouns: frozenset[str]
    holder_nouns_against: frozenset[str]
    holder_nouns_for: frozenset[str]
    undecided_phrases: frozenset[str]
    course_end: frozenset[str]
    course_go_on: frozenset[str]
    obligation_words: frozenset[str]
    stance_support_negated: frozenset[str]
    stance_oppose_negated: frozenset[str]
    shortened_determiners: frozenset[str]
    topic_demonstratives: frozenset[str]
    course_causatives: frozenset[str]
    person_pronouns: frozenset[str]
    feminine_words: frozenset[str]
    record_nouns: frozenset[str]
    masculine_words: frozenset[str]
    kin_nouns: frozenset[str]
    agent_pronouns: frozenset[str]
    person_possessives: frozenset[str]
    definite_determiners: frozenset[str]
    anaphor_modifiers: frozenset[str]
    indefinite_determiners: frozenset[str]
    affiliation_prepositions: frozenset[str]
    knowing_adjectives: frozenset[str]
    dummy_it_verbs: frozenset[str]
    thing_relatives: frozenset[str]
    person_relatives: frozenset[str]
    settlement_nouns: frozenset[str]
    perspective_prepositions: frozenset[str]
    name_connectors: frozenset[str]
    contrast_markers: frozenset[str]
    name_subject_joins: frozenset[str]
    name_subject_places: frozenset[str]
    name_partner_joins: frozenset[str]
    name_people_plurals: frozenset[str]
    party_standing_words: frozenset[str]
    person_nouns: frozenset[str]
    posting_roles: frozenset[str]
    tail_openers: frozenset[str]
    comment_participles: frozenset[str]
    closing_tail_openers: frozenset[str]
    date_prepositions: frozenset[str]
    holder_prepositions: frozenset[str]
    briefing_roles: frozenset[str]
    speaking_phrasals: frozenset[str]
    disclosing_verbs: frozenset[str]
    member_participles: frozenset[str]
    responding_verbs: frozenset[str]
    utterance_nouns: frozenset[str]
    saying_idioms: frozenset[str]
    public_groups: frozenset[str]
    equating_verbs: frozenset[str]
    purpose_verbs: frozenset[str]
    identity_nouns: frozenset[str]
    threat_words: frozenset[str]
    threat_adjectives: frozenset[str]
    threat_acts: frozenset[str]
    denunciations: frozenset[str]
    portfolio_heads: frozenset[str]
    interpreting_verbs: frozenset[str]
    anonymity_words: frozenset[str]
    finding_nouns: frozenset[str]
    referring_nouns: frozenset[str]
    putting_out_verbs: frozenset[str]
    authoring_verbs: frozenset[str]
    party_nouns: frozenset[str]
    answer_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    minimal_amounts: frozenset[str]
    yield_verbs: frozenset[str]
    bargaining_tables: frozenset[str]
    distancing_words: frozenset[str]
    receiving_verbs: frozenset[str]
    demanding_verbs: frozenset[str]
    joint_verbs: frozenset[str]
    declaring_adjectives: frozenset[str]
    not_only_words: frozenset[str]
    not_just_words: frozenset[str]
    conduct_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    agenda_phrases: frozenset[str]
    refusal_verbs: frozenset[str]
    no_comment_verbs: frozenset[str]
    withholding_words: frozenset[str]
    colon_verbs: frozenset[str]
    agenda_verbs: frozenset[str]
    agenda_nouns: frozenset[str]
    commenting_words: frozenset[str]
    offer_nouns: frozenset[str]
    offered_nouns: frozenset[str]
    schedule_words: frozenset[str]
    condition_marks: frozenset[str]
    circumstance_marks: frozenset[str]
    price_verbs: frozenset[str]
    scant_amounts: frozenset[str]
    outcome_verbs: frozenset[str]
    word_nouns: frozenset[str]
    vanishing_verbs: frozenset[str]
    issue_nouns: frozenset[str]
    closing_words: frozenset[str]
    change_verbs: frozenset[str]
    waiting_verbs: frozenset[str]
    lapsing_verbs: frozenset[str]
    lapsing_subjects: frozenset[str]
    existing_verbs: frozenset[str]
    calling_nouns: frozenset[str]
    caller_prepositions: frozenset[str]
    condition_asides: frozenset[str]
    all_parties_words: frozenset[str]
    measure_nouns: frozenset[str]
    forecast_words: frozenset[str]
    moment_nouns: frozenset[str]
    time_prepositions: frozenset[str]
    sitting_nouns: frozenset[str]
    coming_words: frozenset[str]
    holding_verbs: frozenset[str]
    forecasting_verbs: frozenset[str]
    ability_modals: frozenset[str]
    acting_pronouns: frozenset[str]
    talk_topic_prepositions: frozenset[str]
    government_heads: frozenset[str]
    deed_nouns: frozenset[str]
    others_possessives: frozenset[str]
    time_marks: frozenset[str]
    present_limits: frozenset[str]
    yielding_verbs: frozenset[str]
    yielding_subjects: frozenset[str]
    first_person_possessives: frozenset[str]
    setting_marks: frozenset[str]
    destination_prepositions: frozenset[str]
    motive_nouns: frozenset[str]
    aim_nouns: frozenset[str]
    position_nouns: frozenset[str]
    view_changes: frozenset[str]
    unchanged_words: frozenset[str]

    @cached_property
    def mention_determiners(self) -> frozenset[str]:
        """ "the official", "an official": the determiners of a later or a new reference."""
        return self.definite_determiners | self.indefinite_determiners

    @cached_property
    def person_roles(self) -> frozenset[str]:
        """Words for a role a person holds, named or not ("spokesman", "official")."""
        return self.role_nouns | self.anonymous_heads

    @cached_property
    def full_titles(self) -> dict[str, str]:
        """ "gov." -> "governor": a title written short names the same role as in full."""
        return dict(pair.split(" ", 1) for pair in self.title_abbreviations)

    @cached_property
    def same_day(self) -> re.Pattern:
        """ "the same day", "later that day": one pattern, longest phrase first."""
        phrases = sorted(self.same_day_phrases, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.I)

    @cached_property
    def _prep_table(self) -> dict[str, str]:
        """ "call for:support" -> {"call for": "support"}"""
        return {p: side for p, _, side in (item.partition(":") for item in sorted(self.preposition_polarity))}

    @cached_property
    def cue_verbs(self) -> frozenset[str]:
        """Every verb that can be a cue: of saying, of a position, of intention, or one whose
        particle sets a side (cues.find_cues looks no further at other verbs)."""
        positions = self.position_support | self.position_oppose | self.position_neutral
        idioms = {p.split()[0] for p in self.saying_idioms}
        return (
            self.speech_verbs
            | positions
            | self.intention_verbs
            | self.preposition_verbs
            | idioms
            | self.document_verbs
        )

    @cached_property
    def kin_sexes(self) -> dict[str, str]:
        """A kin word and the sex it tells ("sister": "f"), from the feminine and masculine lists."""
        return {
            w: "f" if w in self.feminine_words else "m"
            for w in self.kin_nouns
            if w in self.feminine_words | self.masculine_words
        }

    @cached_property
    def colon_phrases(self) -> frozenset[str]:
        """A verb and its object or particle that, ending in a colon, say the quote after it:
        "put it bluntly:", "went on:", "hit back:"."""
        return self.saying_idioms | self.speaking_phrasals

    @cached_property
    def cue_adjectives(self) -> frozenset[str]:
        return self.adjective_support | self.adjective_oppose | self.adjective_neutral

    @cached_property
    def preposition_verbs(self) -> frozenset[str]:
        """The verbs whose side a particle or preposition sets ("call for", "back down")."""
        return frozenset(item.split(" ")[0] for item in self.preposition_polarity)

    def prep_polarity(self, lemma: str, prep: str) -> str | None:
        return self._prep_table.get(f"{lemma} {prep}")

    def adjective_polarity(self, word: str) -> str | None:
        if word in self.adjective_support:
            return "support"
        if word in self.adjective_oppose:
            return "oppose"
        return "neutral" if word in self.adjective_neutral else None

    def polarity(self, lemma: str) -> str | None:
        """The agreement a position verb expresses toward its object, if it is one."""
        if lemma in self.position_support:
            return "support"
        if lemma in self.position_oppose:
            return "oppose"
        if lemma in self.position_neutral:
            return "neutral"
        return None


def lexicon_from_lists(lists: dict[str, tuple[str, ...]]) -> Lexicon:
    from bot.errors import DataFileError

    missing = [name for name in LISTS if name not in lists]
    if missing:
        raise DataFileError(f"lexicon: missing lists {', '.join(missing)}")
    return Lexicon(**{name: frozenset(w.lower() for w in lists[name]) for name in LISTS})
