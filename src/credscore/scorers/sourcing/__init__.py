"""Sourcing: who the article cites, who it quotes, and how much of it rests on named sources.

Evidence (findings):

* ``attribution`` — a cue phrase with its contiguous source mention: "X said", "said X",
  "X told CNN", "according to X", "per X", "CNN reports", "a spokesperson said in a
  statement", "officials said", "figures showed", participial ", noting that ...". The
  ``source`` field names who is cited: a person, organisation or outlet, resolved across the
  document (a pronoun goes to the last compatible named person, a surname or short outlet name
  to the full name used earlier, "the company" to the last named organisation), or
  ``anonymous`` for unnamed sources ("officials", "a person familiar with the matter").
  Negated or passive cues ("declined to comment", "did not say", "is said to") are not
  attributions; cues inside quotations belong to the quoted speaker and are skipped.
* ``quote`` — every direct quotation (see :mod:`credscore.quotes`), without its marks, with
  the speaker in ``source`` when the text says who spoke. Titles of works, scare quotes and
  coined terms are left out.

Everything is read from the shared analysis: sentences and tokens with their offsets, scanned
once left to right with O(1) set look-ups per token; lexicons live in ``data/sourcing/``.

Metrics: ``attributions`` and ``attributions_per_100_words``, ``quotes``,
``named_sources`` / ``anonymous_sources`` (attributions by kind of source),
``distinct_sources`` (distinct named sources), ``dependency_on_anonymous_sources``
(anonymous / all attributions), ``attributed_sentence_share`` (article sentences holding an
attribution or an attributed quotation), ``unattributed_quote_count``.

Sub-score (0-100): an article with no words is a neutral 50. Otherwise, with
``density = min(1, attributions_per_100_words / 1.5)``,
``diversity = min(1, distinct_sources / 3)``,
``coverage = min(1, attributed_sentence_share / 0.4)``::

    score = 20 + 30 * density + 25 * diversity + 25 * coverage
            - 25 * anonymous_sources / max(3, attributions)
            - 15 * unattributed_quote_count / max(3, quotes)

clamped to [0, 100]. The targets (1.5 attributions per 100 words, three distinct sources,
40 % of sentences attributed) are typical of hard-news copy. Adding a named attribution never
lowers the score: it raises density (below the cap), diversity and coverage, and only shrinks
both penalties.
"""

from __future__ import annotations

from credscore.scorers.sourcing.clauses import (
    ClauseScan,
)
from credscore.scorers.sourcing.lexicon import (
    AGE_DESCRIPTIONS,
    ANONYMOUS,
    ARTICLES,
    AUXILIARIES,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_PARTICIPLES,
    CLOSING_QUOTES,
    CURRENCY_OR_DIGIT,
    DATA_AUTHOR_VERBS,
    DATELINE_DASHES,
    DATELINE_TOKENS,
    DEFINITE_BEFORE_COLLECTIVE,
    DETERMINED_BEFORE_NAME,
    ESTIMATE_VERBS,
    FINDING_VERBS,
    GENERIC_BODY_HEADS,
    GENERIC_BODY_MODIFIERS,
    GROUP_KINDS,
    GROUP_PRONOUNS,
    HEADLINE_PREPOSITIONS,
    INDEFINITE,
    IRREGULAR_PAST_CUES,
    LINK_WORDS,
    LOCATIVE_PREPOSITIONS,
    MAX_SHORT_FORM_HOLDERS,
    MODALS,
    MONTH_NAMES,
    NEGATIONS,
    NEUTRAL,
    NOT_A_CLAUSE,
    NOT_BODY_KINDS,
    OBJECT_TOKENS,
    OPENING_QUOTES,
    ORGANISATION_KINDS,
    ORGANISATION_OR_OUTLET,
    OUTLET_KINDS,
    PARTICLES,
    PASSIVE,
    PERSON_KINDS,
    PLURAL_SUBJECTS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PRONOUN_CONTRACTIONS,
    PRONOUN_GENDER,
    PRONOUNS,
    PRONOUNS_AND_I,
    QUANTIFIER_SUBJECTS,
    RECENT_MENTIONS,
    RELATIVE_OPENERS,
    SOURCE_LABELS,
    SURNAME_VARIANT_MIN,
    UNRESOLVED,
    Lexicon,
    WeaselSources,
    base_forms,
    body_heads,
    cue_words,
    finite_cues,
    lexicon,
    not_short_forms,
    organisation_or_outlet_words,
    weasel_sources,
    word_classes,
)
from credscore.scorers.sourcing.matchers import (
    SourcingScan,
)
from credscore.scorers.sourcing.names import (
    Attribution,
    NameScan,
    SourceMention,
    paragraphs_of,
)
from credscore.scorers.sourcing.phrases import (
    PhraseScan,
)
from credscore.scorers.sourcing.quotations import (
    NO_ATTRIBUTIONS,
    LocalAttributions,
    Quote,
    headline_quote_cues,
    select_quotes,
)
from credscore.scorers.sourcing.scorer import (
    SourcingScorer,
    sourcing_score,
)
from credscore.scorers.sourcing.subjects import (
    SubjectScan,
)
from credscore.scorers.sourcing.tracker import (
    NAME_CACHE_SIZE,
    Entity,
    EntityTracker,
    MentionFacts,
    RunName,
    body_words,
    classify_name,
    mention_facts,
    name_start,
    run_name,
    run_name_reference,
)

__all__ = [
    "AGE_DESCRIPTIONS",
    "ANONYMOUS",
    "ARTICLES",
    "AUXILIARIES",
    "CLAUSE_CONJUNCTIONS",
    "CLAUSE_PARTICIPLES",
    "CLOSING_QUOTES",
    "CURRENCY_OR_DIGIT",
    "DATA_AUTHOR_VERBS",
    "DATELINE_DASHES",
    "DATELINE_TOKENS",
    "DEFINITE_BEFORE_COLLECTIVE",
    "DETERMINED_BEFORE_NAME",
    "ESTIMATE_VERBS",
    "FINDING_VERBS",
    "GENERIC_BODY_HEADS",
    "GENERIC_BODY_MODIFIERS",
    "GROUP_KINDS",
    "GROUP_PRONOUNS",
    "HEADLINE_PREPOSITIONS",
    "INDEFINITE",
    "IRREGULAR_PAST_CUES",
    "LINK_WORDS",
    "LOCATIVE_PREPOSITIONS",
    "MAX_SHORT_FORM_HOLDERS",
    "MODALS",
    "MONTH_NAMES",
    "NAME_CACHE_SIZE",
    "NEGATIONS",
    "NEUTRAL",
    "NOT_A_CLAUSE",
    "NOT_BODY_KINDS",
    "NO_ATTRIBUTIONS",
    "OBJECT_TOKENS",
    "OPENING_QUOTES",
    "ORGANISATION_KINDS",
    "ORGANISATION_OR_OUTLET",
    "OUTLET_KINDS",
    "PARTICLES",
    "PASSIVE",
    "PERSON_KINDS",
    "PLURAL_SUBJECTS",
    "POSSESSIVE_ENDINGS",
    "POSSESSIVE_PRONOUNS",
    "PREPOSITIONS",
    "PRONOUNS",
    "PRONOUNS_AND_I",
    "PRONOUN_CONTRACTIONS",
    "PRONOUN_GENDER",
    "QUANTIFIER_SUBJECTS",
    "RECENT_MENTIONS",
    "RELATIVE_OPENERS",
    "SOURCE_LABELS",
    "SURNAME_VARIANT_MIN",
    "UNRESOLVED",
    "Attribution",
    "ClauseScan",
    "Entity",
    "EntityTracker",
    "Lexicon",
    "LocalAttributions",
    "MentionFacts",
    "NameScan",
    "PhraseScan",
    "Quote",
    "RunName",
    "SourceMention",
    "SourcingScan",
    "SourcingScorer",
    "SubjectScan",
    "WeaselSources",
    "base_forms",
    "body_heads",
    "body_words",
    "classify_name",
    "cue_words",
    "finite_cues",
    "headline_quote_cues",
    "lexicon",
    "mention_facts",
    "name_start",
    "not_short_forms",
    "organisation_or_outlet_words",
    "paragraphs_of",
    "run_name",
    "run_name_reference",
    "select_quotes",
    "sourcing_score",
    "weasel_sources",
    "word_classes",
]
