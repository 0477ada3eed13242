"""Sourcing lexicons and word classes (``data/sourcing/``), loaded once per process, and
the constants the matchers share."""

from __future__ import annotations

import functools
import operator
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from credscore.entities import PARTITIVE_DETERMINERS
from credscore.resources import WORD_CACHE_SIZE, read_lines

ANONYMOUS = "anonymous"
# A he/she with no named person before it: still an attribution to one person, whose name
# the text does not give here (the finding's ``source`` is left empty).
UNRESOLVED = "(unresolved person)"
RECENT_MENTIONS = 64
# How a finding's message names a source that has no name of its own.
SOURCE_LABELS = {ANONYMOUS: "an anonymous source", UNRESOLVED: "a person not named here"}
MAX_SHORT_FORM_HOLDERS = 8
# Surnames this long or longer may be met again with or without a final s.
SURNAME_VARIANT_MIN = 7
ORGANISATION_OR_OUTLET = frozenset({"organisation", "outlet"})
# "it" and "the company" may refer to a name the lexicons do not know ("Brightmart").
GROUP_KINDS = frozenset({"organisation", "outlet", "unknown"})
# Words opening a relative clause set off by commas ("Ana Ruiz, who ran the mill, said").
RELATIVE_OPENERS = frozenset({"who", "whose", "which"})
# "the 43-year-old", "the 80-year-old woman": a person described by age.
AGE_DESCRIPTIONS = frozenset({"year-old", "year-olds"})  # (tokens: "43", "-", "year-old")
# Participles taking a clause, so ", saying costs rose" reports speech even without "that".
CLAUSE_PARTICIPLES = frozenset({"saying", "arguing", "insisting", "contending", "asserting"})
# Objects that make such a participle no report ("saying nothing", "saying goodbye").
NOT_A_CLAUSE = frozenset({"nothing", "little", "goodbye", "sorry", "yes", "no", "so", "more"})
# A wire dateline ("NAIROBI, March 3 (Reuters) - ") ends with a dash within this many tokens.
DATELINE_TOKENS = 14
DATELINE_DASHES = frozenset({"-", "–", "—"})
ARTICLES = frozenset({"the", "a", "an"})
# Verbs of a finding ("X found that ...") and of an estimate ("X estimates Y at 3m"): a
# named source, not only a data noun ("the study found"), may report one.
FINDING_VERBS = frozenset({"found", "finds", "concluded", "concludes"})
ESTIMATE_VERBS = frozenset({"estimated", "estimates"})
CURRENCY_OR_DIGIT = frozenset("$€£¥0123456789")
# Month names that are also other words, so the function-word list leaves them out.
MONTH_NAMES = frozenset({"May", "March", "June", "July", "August"})
# Head nouns a writer may use for a body of any sort ("the agency" for a water board).
GENERIC_BODY_HEADS = frozenset(
    {
        "agency",
        "authority",
        "body",
        "organisation",
        "organization",
        "group",
        "institution",
        "regulator",
        "watchdog",
        "office",
        "administration",
        "service",
    }
)
# Modifiers that do not tell one body from another ("the local council").
GENERIC_BODY_MODIFIERS = frozenset(
    {"local", "same", "national", "federal", "regional", "new", "former", "whole", "own", "main"}
)
# Kinds of names a definite description of a body ("the bank", "the council") never names.
NOT_BODY_KINDS = frozenset({"person", "place"})
NEUTRAL = 50.0

DATA_AUTHOR_VERBS = frozenset(
    {
        "published",
        "compiled",
        "released",
        "conducted",
        "issued",
        "produced",
        "prepared",
        "commissioned",
        "collected",
        "gathered",
        "analysed",
        "analyzed",
        "carried",
    }
)
AUXILIARIES = frozenset(
    {
        "would",
        "will",
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "have",
        "could",
        "should",
        "might",
        "may",
        "can",
        "did",
        "does",
        "must",
        "'s",
        "’s",
    }
)
# "the Nasdaq", "its Crunchy brand": a name so determined is no business spoken of as such.
DETERMINED_BEFORE_NAME = frozenset({"the", "its", "their", "his", "her", "our"})
PLURAL_SUBJECTS = frozenset({"they", "we", "i", "you", "staff", "people", "police"})
INDEFINITE = frozenset({"a", "an", "one", "another"})
MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must"})
# Prepositions that pin a bare collective to a place ("residents along the river said").
LOCATIVE_PREPOSITIONS = frozenset(
    {"along", "near", "on", "in", "across", "around", "outside", "inside", "throughout", "of"}
)
# Ordinal words: before a cue word they make it a noun ("his fifth caution", "a second
# warning", "her latest claim").
ORDINALS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "latest",
        "last",
        "final",
        "previous",
        "next",
        "umpteenth",
    }
)
# Prepositions after which an unknown name is used as a place ("sold across Vorarlberg";
# not "in": "shares in Korvant", "invested in Korvant" name a business).
PLACE_BEFORE = frozenset({"across", "throughout", "near", "around", "outside"})
# Prepositions of place before a name ("from Vila Nova de Gaia", "in Nordic esports"): a
# name read as a person only for its shape, met there, is most often a place or an event.
BACKGROUND_BEFORE = PLACE_BEFORE | {"in", "from", "at", "on", "inside"}
DEFINITE_BEFORE_COLLECTIVE = frozenset(
    {"the", "these", "those", "this", "that", "his", "her", "their", "its", "our", "my", "your"}
)
QUANTIFIER_SUBJECTS = frozenset({"some", "many", "most", "several", "few", "others"})
# "..., and people who know them say": a bare collective opening a coordinated clause
CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "though", "although"})


def _partitive_word(lower: Sequence[str], index: int) -> bool:
    """Whether ``lower[index]`` is the "of" or the determiner of "some of the ..."."""
    word = lower[index]
    if word == "of":
        return index + 1 < len(lower) and lower[index + 1] in PARTITIVE_DETERMINERS
    return word in PARTITIVE_DETERMINERS and index > 0 and lower[index - 1] == "of"


IRREGULAR_PAST_CUES = frozenset({"said", "told", "wrote", "thought", "felt", "held", "spoke"})
PREPOSITIONS = frozenset({"of", "for", "at", "from", "with", "by", "to", "in", "on"})
HEADLINE_PREPOSITIONS = frozenset(
    {"of", "on", "about", "over", "against", "for", "to", "in", "at", "with", "after"}
)
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = frozenset({"they", "them", "it"})
PRONOUN_CONTRACTIONS = frozenset({"he's", "she's", "it's", "he’s", "she’s", "it’s"})
PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them"})
PRONOUNS_AND_I = PRONOUNS | {"i"}
OBJECT_PRONOUNS = frozenset({"him", "them", "her"})
NEGATIONS = frozenset({"not", "never", "no", "nor"})
PASSIVE = frozenset({"is", "was", "were", "are", "be", "been", "being", "'s", "’s"})
OUTLET_KINDS = frozenset({"outlet"})
ORGANISATION_KINDS = frozenset({"organisation"})
PERSON_KINDS = frozenset({"person"})
POSSESSIVE_ENDINGS = ("'s", "’s")
CLOSING_QUOTES = frozenset("\"”’'»›")
OPENING_QUOTES = frozenset("\"“‘'«‹„")
# Marks after which a word may be capitalised as a sentence start: quotes, a dateline's
# dash, an opening bracket ("(My Neighbor's Story)").
SENTENCE_OPENING_MARKS = OPENING_QUOTES | DATELINE_DASHES | {"(", "["}
# After "told"/"asked": how far an object may reach before the complement ("told CNN that").
OBJECT_TOKENS = 4
# Words after "called" that make it no characterisation ("called for", "called off").
CALL_PARTICLES = frozenset({"for", "on", "off", "up", "back", "in", "out", "upon", "to", "at"})
# "he liked to say", "my teacher used to say": a habit of saying, reported as speech.
HABITUAL_VERBS = frozenset({"used", "liked", "likes", "loved", "loves"})
# "the agent emailed to say", "she phoned to tell me": a message reported through a channel.
CHANNEL_VERBS = frozenset(
    {"emailed", "e-mailed", "texted", "phoned", "rang", "messaged", "tweeted", "wrote", "called"}
)
# "according to reports in France": unnamed reports are no source.
# "he ruled out raising equity", "She singled out the goalkeeper": phrasal verbs that
# report a statement when a named person or body (or he/she) is the subject
OUT_CUES = frozenset({"ruled", "singled", "rules", "singles"})
# "The Daily Ledger has learned that ...": an outlet's own reporting
LEARNED_CUES = frozenset({"learned", "learnt"})
# "según datos del ministerio", "selon le ministère": "according to" in one word (Spanish and
# French pages of bilingual outlets)
ACCORDING_WORDS = frozenset({"según", "selon"})
VAGUE_REPORTS = frozenset({"reports", "rumours", "rumors", "speculation", "reporting"})
# "In a survey of 1,200 customers, ...": data nouns that may open a sentence as its source.
OPENING_DATA_NOUNS = frozenset(
    {"survey", "surveys", "poll", "polls", "study", "studies", "analysis", "audit", "census"}
)
# What may join quoted terms in a list ('"local ownership" and "community partnership"').
LIST_JOINERS = frozenset({"", "and", "or", "and/or"})
# What may follow ", pointing out" for it to report a clause.
WH_COMPLEMENTS = frozenset({"that", ":", "how", "what", "why", "whether", "when"})
# "if a court agreed": a subject after these reports no actual statement.
CONDITIONALS = frozenset({"if", "unless"})
# "The big claim is ...": after these a singular phrase makes a base-form cue a noun.
SINGULAR_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
# Present-tense finding verbs of headlines ("Survey finds ...", "..., study shows").
HEADLINE_DATA_VERBS = frozenset({"finds", "shows", "suggests", "reveals", "says"})
SENTENCE_CLOSERS = frozenset({".", "?", "!", ":", ";", "”", '"', "’", "'", ")", "…"})
# Verbs of counting that report a figure only as a parenthetical (", NOAA counted,").
COUNTING_VERBS = frozenset({"counted", "calculated", "tallied", "estimates", "estimated"})
# "The IMF forecasts growth of 3%", "the bank projected inflation at 4%": a body's forecast.
FORECAST_VERBS = frozenset({"forecast", "forecasts", "projected", "projects"})
# "the researchers say" after "a team led by X": X and colleagues.
# How far (tokens) "the authors" / "They found" look back for "researchers at <Name>".
RESEARCH_REACH = 150
RESEARCH_GROUPS = frozenset(
    {"researchers", "authors", "team", "scientists", "investigators", "co-authors"}
)
# "records filed with the ethics commission": the body a document was filed with.
FILING_VERBS = frozenset({"filed", "lodged", "submitted", "registered"})
# "my mate said", "a cousin said": an unnamed relative.
FIRST_PERSON_OR_INDEFINITE = frozenset({"my", "our", "your", "a", "an"})
# "X reported first-quarter revenue of ...": a company reporting its figures.
FIGURE_REPORTS = frozenset({"reported", "reports", "posted", "posts"})
# "Sonavik claims eight hours per charge", "the maker claimed a range of 400 miles": a
# figure claimed for a product is a cited claim
FIGURE_CLAIMS = frozenset({"claims", "claimed", "claim"})
NUMBER_WORDS = frozenset(
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred",
        "thousand", "million", "billion", "half",
    }
)
FIGURE_NOUNS = frozenset(
    {
        "revenue",
        "revenues",
        "sales",
        "profit",
        "profits",
        "loss",
        "losses",
        "earnings",
        "income",
        "turnover",
        "margin",
        "margins",
        "results",
        "deficit",
        "surplus",
    }
)
# Particles that may sit between an object-taking cue and its complement ("pointed out that").
PARTICLES = frozenset({"out", "up"})
LINK_WORDS = frozenset({"of", "for", "and", "the", "on", "in"})


@attrs.frozen
class Lexicon:
    speech_verbs: frozenset[str]
    invertible: frozenset[str]
    needs_complement: frozenset[str]
    needs_quote: frozenset[str]
    participles: frozenset[str]
    data_verbs: frozenset[str]
    data_nouns: frozenset[str]
    anonymous_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    role_nouns: frozenset[str]
    kin_nouns: frozenset[str]
    demonyms: frozenset[str]
    titles: dict[str, str]
    organisation_words: frozenset[str]
    outlets: frozenset[str]
    outlet_words: frozenset[str]
    places: frozenset[str]
    place_words: frozenset[str]
    function_words: frozenset[str]
    channels: frozenset[str]
    determiners: frozenset[str]
    intervening: frozenset[str]
    clause_words: frozenset[str]
    postmodifiers: frozenset[str]
    quantifiers: frozenset[str]
    complements: frozenset[str]
    name_particles: frozenset[str]
    sentence_openers: frozenset[str]
    plain_speech: frozenset[str]
    spokespeople: frozenset[str]
    outlet_heads: frozenset[str]
    noun_like_cues: frozenset[str]
    manner_heads: frozenset[str]
    vaguest_people: frozenset[str]
    unanchored_evidence: frozenset[str]
    document_heads: frozenset[str]
    plea_objects: frozenset[str]
    person_heads: frozenset[str]
    taken_by_claim: frozenset[str]
    non_person_words: frozenset[str]
    company_words: frozenset[str]
    public_body_words: frozenset[str]
    company_suffixes: frozenset[str]
    non_business_words: frozenset[str]


def _split_marked(lines: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    plain = frozenset(line.lower() for line in lines if not line.startswith("="))
    marked = frozenset(line[1:].lower() for line in lines if line.startswith("="))
    return plain, marked


@functools.cache
def lexicon() -> Lexicon:
    """The sourcing lexicons from ``data/sourcing/``, loaded once per process."""
    verbs: dict[str, str] = {}
    for line in read_lines("sourcing/speech_verbs.txt"):
        form, _, flags = line.partition("\t")
        verbs[form.strip().lower()] = flags.strip()
    titles: dict[str, str] = {}
    for line in read_lines("sourcing/person_titles.txt"):
        title, _, gender = line.partition("\t")
        titles[title.strip().lower()] = gender.strip().strip("-")
    outlets, outlet_words = _split_marked(read_lines("sourcing/outlets.txt"))
    places, place_words = _split_marked(read_lines("sourcing/places.txt"))

    def words(name: str) -> frozenset[str]:
        return frozenset(line.lower() for line in read_lines(f"sourcing/{name}.txt"))

    return Lexicon(
        speech_verbs=frozenset(verbs),
        invertible=frozenset(form for form, flags in verbs.items() if "i" in flags),
        needs_complement=frozenset(form for form, flags in verbs.items() if "c" in flags),
        needs_quote=frozenset(form for form, flags in verbs.items() if "q" in flags),
        participles=words("participle_cues"),
        data_verbs=words("data_verbs"),
        data_nouns=words("data_nouns"),
        anonymous_nouns=words("anonymous_nouns"),
        collective_nouns=words("collective_nouns"),
        role_nouns=words("role_nouns"),
        kin_nouns=words("kin_nouns"),
        demonyms=words("demonyms"),
        titles=titles,
        organisation_words=words("organisation_words"),
        outlets=outlets,
        outlet_words=outlet_words,
        places=places,
        place_words=place_words,
        function_words=words("function_words"),
        channels=words("speech_channels"),
        non_person_words=words("non_person_words"),
        company_words=words("company_words"),
        public_body_words=words("public_body_words"),
        company_suffixes=words("company_suffixes"),
        non_business_words=words("non_business_words"),
        **word_classes(),
    )


def word_classes() -> dict[str, frozenset[str]]:
    """The ``[section]`` word lists of ``data/sourcing/word_classes.txt``."""
    classes: dict[str, set[str]] = {}
    current: set[str] = set()
    for line in read_lines("sourcing/word_classes.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = classes.setdefault(line[1:-1], set())
        else:
            current.update(word.lower() for word in line.split())
    return {name: frozenset(words) for name, words in classes.items()}


class WeaselSources(NamedTuple):
    """Vague collectives ("critics", "some residents"): a claim pinned on one is a weasel
    (the hedging scorer's finding), not an attribution. Read from the hedging data files."""

    nouns: dict[str, str]  # noun -> "free", "quantified" (needs one), "bare" or "generic"
    quantifiers: frozenset[str]
    generic_claim_verbs: frozenset[str]  # "Doctors say ...": see generic_claim_verbs.txt


@functools.cache
def weasel_sources() -> WeaselSources:
    nouns: dict[str, str] = {}
    for line in read_lines("hedging/weasel_sources.txt"):
        noun, _, mode = line.partition("\t")
        nouns[noun.strip().lower()] = mode.strip().lstrip("@") or "free"
    quantifiers = frozenset(
        line.strip().lower() for line in read_lines("hedging/weasel_quantifiers.txt")
    )
    generic_claim_verbs = frozenset(
        line.strip().lower() for line in read_lines("hedging/generic_claim_verbs.txt")
    )
    return WeaselSources(nouns, quantifiers, generic_claim_verbs)


@functools.cache
def cue_words() -> frozenset[str]:
    """Lower-cased tokens that may be an attribution cue (checked further by ``try_cue``)."""
    words = lexicon()
    return (
        words.speech_verbs
        | words.data_verbs
        | words.participles
        | {"according", "per", "heard"}
        | OUT_CUES
        | LEARNED_CUES
        | ACCORDING_WORDS
    )


@functools.cache
def base_forms() -> frozenset[str]:
    """Words whose "-s" or "-es" form is a speech verb ("stress" for "stresses"): the
    strings ``w`` with ``w + "s"`` or ``w + "es"`` in the lexicon."""
    verbs = lexicon().speech_verbs
    return frozenset(
        [verb[:-1] for verb in verbs if verb.endswith("s")]
        + [verb[:-2] for verb in verbs if verb.endswith("es")]
    )


@functools.cache
def organisation_or_outlet_words() -> frozenset[str]:
    return lexicon().organisation_words | lexicon().outlet_words


@functools.cache
def not_short_forms() -> frozenset[str]:
    """Words that never name an entity alone, though part of its name ("of", "van")."""
    return lexicon().function_words | lexicon().name_particles


@functools.cache
def person_nouns() -> frozenset[str]:
    """Lower-case nouns after which one capitalised word is a person ("my neighbor Ana")."""
    words = lexicon()
    return words.kin_nouns | words.role_nouns | words.anonymous_nouns


@functools.cache
def role_nouns_of_people() -> frozenset[str]:
    """Role nouns that head only people ("minister", "coach"; not "party", "group"): the
    role a name right after one holds, for a later "the minister said"."""
    words = lexicon()
    return words.role_nouns - words.organisation_words


@functools.cache
def body_heads() -> frozenset[str]:
    words = lexicon()
    return (words.organisation_words | words.public_body_words) - words.company_words


@functools.cache
def finite_cues() -> frozenset[str]:
    words = lexicon()
    return frozenset(
        form
        for form in words.speech_verbs - words.needs_quote  # ("called" names as often)
        if form.endswith("ed") or form in {"said", "says", "told", "tells", "wrote", "writes"}
    )


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def _bare(word: str) -> str:
    """A lower-cased token without a possessive ending ("Korea’s" -> "korea")."""
    lower = word.lower()
    for suffix in ("'s", "’s", "'", "’"):
        if lower.endswith(suffix) and len(lower) > len(suffix):
            return lower[: -len(suffix)]
    return lower


_last_seen = operator.attrgetter("last_seen")
_FINDING_ORDER = operator.attrgetter("start", "end", "kind")
_MINUS_ONE = (-1).__add__
_FIRST_TOKEN = operator.attrgetter("first_token")
_FIRST = operator.itemgetter(0)
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_SECOND = operator.itemgetter(1)
