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

import bisect
import collections
import functools
import itertools
import operator
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from credscore.analysis import Analysis, Sentence
from credscore.entities import plural_group_noun
from credscore.model import Finding, ScorerResult, Span
from credscore.quotes import (
    WORD_RE,
    QuotedStretch,
    QuoteIndex,
    determiner_before,
    find_quoted,
    is_title_case,
    looks_like_name_or_term,
    naming_word_before,
    word_count,
)
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
DEFINITE_BEFORE_COLLECTIVE = frozenset(
    {"the", "these", "those", "this", "that", "his", "her", "their", "its", "our", "my", "your"}
)
QUANTIFIER_SUBJECTS = frozenset({"some", "many", "most", "several", "few", "others"})
PARTITIVE_DETERMINERS = frozenset({"the", "these", "those"})
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
NEGATIONS = frozenset({"not", "never", "no", "nor"})
PASSIVE = frozenset({"is", "was", "were", "are", "be", "been", "being", "'s", "’s"})
OUTLET_KINDS = frozenset({"outlet"})
ORGANISATION_KINDS = frozenset({"organisation"})
PERSON_KINDS = frozenset({"person"})
POSSESSIVE_ENDINGS = ("'s", "’s")
CLOSING_QUOTES = frozenset("\"”’'»›")
OPENING_QUOTES = frozenset("\"“‘'«‹„")
# After "told"/"asked": how far an object may reach before the complement ("told CNN that").
OBJECT_TOKENS = 4
# Particles that may sit between an object-taking cue and its complement ("pointed out that").
PARTICLES = frozenset({"out", "up"})
LINK_WORDS = frozenset({"of", "for", "and", "the", "on", "in"})


@attrs.frozen
class Lexicon:
    speech_verbs: frozenset[str]
    invertible: frozenset[str]
    needs_complement: frozenset[str]
    participles: frozenset[str]
    data_verbs: frozenset[str]
    data_nouns: frozenset[str]
    anonymous_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    role_nouns: frozenset[str]
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
    non_person_words: frozenset[str]
    company_words: frozenset[str]
    public_body_words: frozenset[str]
    company_suffixes: frozenset[str]


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
        participles=words("participle_cues"),
        data_verbs=words("data_verbs"),
        data_nouns=words("data_nouns"),
        anonymous_nouns=words("anonymous_nouns"),
        collective_nouns=words("collective_nouns"),
        role_nouns=words("role_nouns"),
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

    nouns: dict[str, str]  # noun -> "free", "quantified" (needs one) or "bare"
    quantifiers: frozenset[str]


@functools.cache
def weasel_sources() -> WeaselSources:
    nouns: dict[str, str] = {}
    for line in read_lines("hedging/weasel_sources.txt"):
        noun, _, mode = line.partition("\t")
        nouns[noun.strip().lower()] = mode.strip().lstrip("@") or "free"
    quantifiers = frozenset(
        line.strip().lower() for line in read_lines("hedging/weasel_quantifiers.txt")
    )
    return WeaselSources(nouns, quantifiers)


@functools.cache
def cue_words() -> frozenset[str]:
    """Lower-cased tokens that may be an attribution cue (checked further by ``try_cue``)."""
    words = lexicon()
    return words.speech_verbs | words.data_verbs | words.participles | {"according", "per"}


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
def body_heads() -> frozenset[str]:
    words = lexicon()
    return (words.organisation_words | words.public_body_words) - words.company_words


@functools.cache
def finite_cues() -> frozenset[str]:
    return frozenset(
        form
        for form in lexicon().speech_verbs
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


# ---------------------------------------------------------------------------------------------
# Named entities met in the text, for resolving surnames, short names and pronouns.


class Entity:
    """A named entity met in the text (a plain slotted class: one is made per new name,
    thousands per document, and attrs' generated ``__init__`` costs more than this one)."""

    __slots__ = ("by_speech", "definite", "gender", "kind", "last_seen", "name")

    def __init__(
        self,
        name: str,
        kind: str,  # person, organisation, outlet, place, unknown
        gender: str = "",
        last_seen: int = 0,
        by_speech: bool = False,
        definite: bool = False,
    ) -> None:
        self.name = name
        self.kind = kind
        self.gender = gender
        self.last_seen = last_seen
        # Taken for a person only because it spoke ("Stridely confirmed"): may be a business.
        self.by_speech = by_speech
        # First met after "the" ("the Nasdaq"): a market, place or thing rather than a
        # business.
        self.definite = definite

    def __repr__(self) -> str:
        return (
            f"Entity(name={self.name!r}, kind={self.kind!r}, gender={self.gender!r}, "
            f"last_seen={self.last_seen!r}, by_speech={self.by_speech!r}, "
            f"definite={self.definite!r})"
        )


def _hold(index: dict[str, list[Entity]], word: str, entity: Entity) -> None:
    """Add ``entity`` to the holders of ``word``, keeping the latest few: bounded, so that
    many "John X" names stay linear."""
    holders = index.get(word)
    if holders is None:
        index[word] = [entity]
        return
    holders.append(entity)
    if len(holders) > MAX_SHORT_FORM_HOLDERS:
        del holders[0]


class EntityTracker:
    """Names in reading order: full names, later short mentions, the latest person and org."""

    def __init__(self, words: Lexicon) -> None:
        self.words = words
        self.entities: list[Entity] = []
        self.by_name: dict[str, Entity] = {}
        self.by_token: dict[str, list[Entity]] = {}
        # Counts mentions: each one appends its entity to ``recent`` and stamps the entity's
        # ``last_seen`` with the new count.
        self.clock = 0
        self.last_source: str | None = None
        # The latest mentions, newest last: pronouns look back only this far.
        self.recent: collections.deque[Entity] = collections.deque(maxlen=RECENT_MENTIONS)
        # Per name, the entity of that name mentioned last (its ``last_seen`` is that
        # mention's count): ``kind_of`` without scanning ``recent``.
        self.newest_by_name: dict[str, Entity] = {}
        # Per word, the multi-word names of bodies holding it ("ministry" -> "Ministry of
        # Agriculture"): a definite description ("the ministry said") names one of them.
        self.by_word: dict[str, list[Entity]] = {}
        # Per surname folded to plain letters, the person of that surname named last.
        self.by_surname: dict[str, Entity] = {}

    def _remember(self, entity: Entity) -> None:
        """A mention of a known entity (a resolved pronoun): count it and append it."""
        self.clock += 1
        entity.last_seen = self.clock
        self.recent.append(entity)
        self.newest_by_name[entity.name] = entity

    def classify(self, name_words: Sequence[str]) -> str:
        return classify_name(tuple(name_words))

    def mention(
        self, name_words: Sequence[str], *, gender: str = "", speaker: bool = False
    ) -> Entity:
        """Record a mention; return the entity it names (a short form joins its full name)."""
        return self.record(mention_facts(tuple(name_words)), gender=gender, speaker=speaker)

    def record(
        self,
        facts: MentionFacts,
        gender: str = "",
        speaker: bool = False,
        definite: bool = False,
    ) -> Entity:
        """:meth:`mention`, given the facts of the mention's words."""
        # Runs for every name mention of the document: fields unpacked once, the common
        # paths (a new name, a name met before) tested first.
        key, words, name, kind, person_forms, group_forms = facts
        self.clock = clock = self.clock + 1
        entity: Entity | None = None
        if words == 1:
            # A short form ("Kim", "the Times") names the full name it is part of.
            candidates = self.by_token.get(key)
            if candidates:
                entity = candidates[0] if len(candidates) == 1 else max(candidates, key=_last_seen)
            elif key not in self.by_name and self.by_surname:
                entity = self._surname_variant(key)
        if entity is None:
            entity = self.by_name.get(key)
        if entity is None:
            by_speech = kind == "unknown" and speaker and not gender
            if kind == "unknown" and (speaker or gender):
                kind = "person"
            entity = Entity(name, kind, "", 0, by_speech, definite)
            self.entities.append(entity)
            self.by_name[key] = entity
            if words >= 2:
                # A person is later named by any part of the name ("Kim", "Scarlatoiu"); an
                # organisation or outlet by its last word ("the Times"), not by "UK".
                for bare in person_forms if kind == "person" else group_forms:
                    _hold(self.by_token, bare, entity)
                if kind == "person" and person_forms:
                    # Its surname as written without accents ("Stastna" for "Šťastná").
                    self.by_surname[_folded(person_forms[-1])] = entity
                if kind not in NOT_BODY_KINDS:
                    for word in body_words(key):
                        _hold(self.by_word, word, entity)
        elif speaker or gender:
            if entity.kind == "unknown":
                entity.kind = "person"
                entity.by_speech = not gender
        elif kind == "thing" and entity.kind == "person":
            entity.kind = "thing"  # met again as a modifier: "the Lao Cai smelter"
        if gender and not entity.gender:
            entity.gender = gender
            entity.by_speech = False
        # _remember, inlined (the clock has moved on above)
        entity.last_seen = clock
        self.recent.append(entity)
        self.newest_by_name[entity.name] = entity
        return entity

    def kind_of(self, name: str) -> str:
        """The kind of the newest entity of that name among the recent mentions, or ""."""
        newest = self.newest_by_name.get(name)
        if newest is None or newest.last_seen <= self.clock - RECENT_MENTIONS:
            return ""  # never mentioned, or no longer among the recent mentions
        return newest.kind

    def latest(
        self, kinds: frozenset[str], gender: str = "", *, undetermined: bool = False
    ) -> Entity | None:
        for entity in reversed(self.recent):
            if entity.kind not in kinds:
                continue
            if entity.kind == "unknown" and entity.name in MONTH_NAMES:
                continue  # "in May": a month, no body "its report" refers to
            if gender and entity.gender and entity.gender != gender:
                continue
            if undetermined and entity.definite and not entity.gender:
                continue  # "the Rialto Playhouse": a name met after "the" is no person
            return entity
        return None

    def _surname_variant(self, key: str) -> Entity | None:
        """A person named before whose surname this word is, written without its accents
        ("Stastna" for "Šťastná") or with or without a final s ("Castellanos" for
        "Castellano", a slip the consistency scorer reports)."""
        folded = _folded(key)
        entity = self.by_surname.get(folded)
        if entity is None and len(folded) >= SURNAME_VARIANT_MIN:
            other = folded[:-1] if folded.endswith("s") else folded + "s"
            entity = self.by_surname.get(other)
        if entity is None or entity.kind != "person":
            return None
        return entity

    def latest_holding(self, head: str, modifier: str = "") -> Entity | None:
        """The body a definite description names ("the ministry", "the agriculture
        ministry"): the latest one whose name holds the head noun, and the modifier too if
        one does; None when no name holds the head."""
        holding = self.by_word.get(head)
        if not holding:
            return None
        alive = [entity for entity in holding if entity.kind not in NOT_BODY_KINDS]
        if not alive:
            return None
        if modifier:
            both = [entity for entity in alive if modifier in entity.name.lower().split()]
            if both:
                return max(both, key=_last_seen)
        return max(alive, key=_last_seen)

    def latest_company(self) -> Entity | None:
        """The business "the company" refers to: the latest organisation that is no public
        body ("the Data Protection Commission"), no acronym ("GPS", "SUVs") and not met
        after "the" ("the Nasdaq"); else the latest such unknown name ("Stridely", which
        may have been taken for a person only because it spoke); else the latest
        organisation of any sort."""
        words = self.words
        unknown: Entity | None = None
        fallback: Entity | None = None
        for entity in reversed(self.recent):
            name_words = entity.name.split()
            spoke = entity.by_speech and not entity.gender and len(name_words) == 1
            if entity.kind not in GROUP_KINDS - {"outlet"} and not spoke:
                continue
            bare = [_bare(word) for word in name_words]
            acronym = len(name_words) == 1 and name_words[0].rstrip("s").isupper()
            definite = entity.definite and words.organisation_words.isdisjoint(bare)
            if acronym or definite or not words.public_body_words.isdisjoint(bare):
                if fallback is None and entity.kind == "organisation":
                    fallback = entity
            elif entity.kind == "organisation":
                return entity
            elif unknown is None:
                unknown = entity
        return unknown or fallback

    def pronoun(self, word: str) -> str | None:
        lower = word.lower()
        gender = PRONOUN_GENDER.get(lower, "")
        if lower in GROUP_PRONOUNS:
            kinds = GROUP_KINDS if lower == "it" else ORGANISATION_OR_OUTLET
            found = self.latest(kinds)
            if found is not None:
                return found.name
            return ANONYMOUS if lower != "it" else self.last_source
        found = self.latest(PERSON_KINDS, gender, undetermined=bool(gender))
        if found is None:
            return None
        if gender and not found.gender:
            found.gender = gender
        self._remember(found)
        return found.name


_last_seen = operator.attrgetter("last_seen")
_FINDING_ORDER = operator.attrgetter("start", "end", "kind")
_MINUS_ONE = (-1).__add__
_FIRST_TOKEN = operator.attrgetter("first_token")
_FIRST = operator.itemgetter(0)
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_SECOND = operator.itemgetter(1)


# Names recur within and across documents, and everything below depends only on the words
# of the name, so it is computed once per distinct name (bounded caches).
NAME_CACHE_SIZE = 1 << 15


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def body_words(key: str) -> frozenset[str]:
    """The words of a name a definite description may take as its head: not one followed
    by a place word ("union" in "Union Square", "bank" in "Bank Street")."""
    place_words = lexicon().place_words
    held: set[str] = set()
    for word in reversed(key.split()):  # (one pass from the end: linear in long runs)
        held.add(word)
        if word in place_words:
            break  # every earlier word is followed by this place word
    return frozenset(held)


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def _folded(word: str) -> str:
    """A word without its accents ("šťastná" -> "stastna")."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def classify_name(name_words: tuple[str, ...]) -> str:
    """The kind of thing a capitalised name names, from the lexicons alone."""
    bare = [_bare(word) for word in name_words if word[:1].isalnum()]
    return _kind(bare, name_words[0] if name_words else "")


def _kind(bare: list[str], first_word: str) -> str:
    """:func:`classify_name`, given the name's bare words and its first token."""
    words = lexicon()
    if not bare:
        return "unknown"
    joined = " ".join(bare)
    if joined in words.outlets or bare[-1] in words.outlet_words:
        return "outlet"
    if not words.organisation_words.isdisjoint(bare):
        return "organisation"
    if joined in words.places or bare[-1] in words.places:
        return "place"
    if bare[0] in words.place_words or bare[-1] in words.place_words:
        return "place"
    if len(bare) == 1 and first_word.isupper() and len(first_word) > 1:
        return "organisation"  # an acronym: NATO, FBI
    if not words.non_person_words.isdisjoint(bare):
        return "thing"  # "French Revolution", "Social Security", "Sephardic Jews"
    if len(bare) >= 2:
        return "person"
    return "unknown"


class MentionFacts(NamedTuple):
    """What a mention's words say by themselves, before the document's entities are read."""

    key: str  # the bare lower-cased words, the entity's identity
    words: int  # how many words (tokens starting with a letter or digit)
    name: str  # the display name, without a possessive ending
    kind: str  # from the lexicons (see classify_name)
    person_forms: tuple[str, ...]  # short forms a person is later named by: any word
    group_forms: tuple[str, ...]  # ... an organisation or outlet: its last word


def mention_facts(name_words: tuple[str, ...]) -> MentionFacts:
    words = [word for word in name_words if word[:1].isalnum()]
    bare = list(map(_bare, words))
    not_short = not_short_forms()
    last = bare[-1] if bare else ""
    # positional: a NamedTuple built from keywords costs several times more
    return MentionFacts(
        " ".join(bare),
        len(words),
        _strip_possessive(" ".join(name_words).strip()),
        _kind(bare, words[0] if words else ""),
        tuple([form for form in bare if form not in not_short]),
        (last,) if bare and last not in not_short else (),
    )


def name_start(run: tuple[str, ...]) -> tuple[int, str]:
    """Where the name starts in a run of capitalised tokens, after its leading titles and
    role words, and the gender a title gives (Mr., Ms.)."""
    words = lexicon()
    gender = ""
    start = 0
    last = len(run) - 1
    # "Police Chief Mark Lee", "Tesla CEO Elon Musk": the name follows the last title or
    # role word (not in organisation names: "General Motors", "Justice Department").
    for position in range(last):
        bare = _bare(run[position])
        if bare in words.titles or bare in words.role_nouns:
            tail = position + 1
            while tail < last and run[tail] == ".":
                tail += 1
            if classify_name(run[tail:]) in {"person", "unknown"}:
                gender = gender or words.titles.get(bare, "")
                start = tail
    return start, gender


class RunName(NamedTuple):
    """The name in a run of capitalised tokens (see :func:`run_name`)."""

    words: tuple[str, ...]  # the name's tokens, after leading titles and roles
    gender: str  # from a title: "m", "f" or ""
    facts: MentionFacts  # of the words without "." tokens


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def run_name(run: tuple[str, ...]) -> RunName | None:
    """The name a run of tokens gives, or None when only titles and roles remain."""
    # Thousands of new names per MB: the plain ones take the short path.
    plain = _plain_run_name(run)
    return plain if plain is not None else run_name_reference(run)


def _plain_run_name(run: tuple[str, ...]) -> RunName | None:
    """:func:`run_name` of a plain run, or None for any other: every token is letters and
    digits only (so its bare form is its lower-case form, and no token is "." or "&"), no
    token but the last is a title or role word, and the last is no legal-form suffix
    ("Inc"). Then the name is the whole run, with no gender."""
    if not run or not all(map(str.isalnum, run)):
        return None
    joined = " ".join(run)
    bare = list(map(str.lower, run))
    words = lexicon()
    last = bare[-1]
    if last in words.company_suffixes:
        return None
    titles, roles = words.titles, words.role_nouns
    for form in itertools.islice(bare, len(bare) - 1):
        if form in titles or form in roles:
            return None
    not_short = not_short_forms()
    facts = MentionFacts(
        " ".join(bare),
        len(bare),
        joined,
        _kind(bare, run[0]),
        tuple([form for form in bare if form not in not_short]),
        (last,) if last not in not_short else (),
    )
    return RunName(run, "", facts)


def run_name_reference(run: tuple[str, ...]) -> RunName | None:
    """:func:`run_name` for any run, step by step (the reference for the plain path)."""
    start, gender = name_start(run)
    words = run[start:]
    if not words or (len(words) == 1 and _bare(words[0]) in lexicon().company_suffixes):
        return None  # "Inc", "Ltd": part of the business name before it, no name of its own
    mentioned = tuple(word for word in words if word != ".") if len(words) > 1 else words
    suffixes = lexicon().company_suffixes
    if len(mentioned) > 1 and _bare(mentioned[-1]) in suffixes:
        # "Tenbrook Analytics Ltd": a business, named without its legal form.
        while len(mentioned) > 1 and (_bare(mentioned[-1]) in suffixes or mentioned[-1] == ","):
            mentioned = mentioned[:-1]
        facts = mention_facts(mentioned)._replace(kind="organisation")
        return RunName(words, gender, facts)
    return RunName(words, gender, mention_facts(mentioned))


def _strip_possessive(name: str) -> str:
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


# ---------------------------------------------------------------------------------------------
# The per-document scan.


class Attribution(NamedTuple):
    start: int
    end: int
    source: str
    cue: str
    sentence_index: int


class SourceMention(NamedTuple):
    """A source noun phrase: its first and last token and what it resolves to."""

    first: int
    last: int
    source: str
    kind: str = ""


class SourcingScan:
    """One left-to-right pass over an article's sentences."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.words = lexicon()
        self.text = analysis.text
        self.lower = analysis.token_lower
        self.tokens = analysis.token_texts
        self.capitalised = analysis.is_capitalised
        self.is_word = analysis.is_word
        self.is_number = analysis.is_number
        self.entities = EntityTracker(self.words)
        self.paragraphs = paragraphs_of(analysis)
        self.stretches = find_quoted(self.text, self.paragraphs)
        self.quote_index = QuoteIndex(self.stretches)
        self.in_quote = self._tokens_in_quotes()
        # Per-document indices, found at C speed (compress/map) rather than token by token.
        token_range = range(len(self.tokens))
        is_word = self.is_word
        # (capitalised tokens are few: is_word is tested on those alone)
        self.capital_indices = [
            index for index in itertools.compress(token_range, self.capitalised) if is_word[index]
        ]
        self.cue_indices = list(
            itertools.compress(token_range, map(cue_words().__contains__, self.lower))
        )
        self.candidate_indices = [
            index
            for index in self.capital_indices
            if not self.in_quote[index] and self.lower[index] not in PRONOUNS_AND_I
        ]
        self.name_candidate = frozenset(self.candidate_indices)
        self.acronym = self._acronyms()
        self.plain_name = self._plain_names()
        # Nothing reads the entity tracker after the document's last cue word.
        self.last_cue = self.cue_indices[-1] if self.cue_indices else -1
        self.attributions: list[Attribution] = []
        self.used: set[int] = set()
        # Cue forms that cannot be nouns ("said", "warned"), so they end a source phrase;
        # "report" or "claims" may be the phrase's own head noun.
        self.finite_cues = finite_cues()
        self.company_suffixes = self.words.company_suffixes
        # Lower-case words that may join the parts of a name (see name_run_forward).
        self.joiners = self.words.name_particles | LINK_WORDS | {"&"}
        # The last non-person source: "the company said" may refer back to "the utility".
        self.last_group_source: str | None = None
        # Whether the cue being read reports speech outright (see self.words.plain_speech).
        self.generic_ok = False
        # Sources of data attributions by head noun, for a later "the poll showed".
        self.data_sources: dict[str, str] = {}
        # Head nouns of bodies ("the ministry", "the county"), but not of businesses: "the
        # company" has its own resolution (EntityTracker.latest_company).
        self.body_heads = body_heads()
        self.body_head_positions: list[int] | None = None
        self.age_appositives: dict[str, list[int]] | None = None

    def _tokens_in_quotes(self) -> list[bool]:
        """Per token: does it start inside a quoted stretch (one slice per stretch)?"""
        flags = [False] * len(self.tokens)
        starts = self.analysis.token_starts
        for stretch in self.stretches:
            low = bisect.bisect_left(starts, stretch.start)
            high = bisect.bisect_left(starts, stretch.end)
            flags[low:high] = [True] * (high - low)
        return flags

    def _acronyms(self) -> frozenset[int]:
        """The name candidates of two or more characters, all upper-case (WHO, U.S.). (A
        candidate starts with a capital, so it is never a number.) The few upper-case ones
        are picked at C speed; Python looks only at those."""
        candidates, tokens = self.candidate_indices, self.tokens
        upper = itertools.compress(
            candidates, map(str.isupper, map(tokens.__getitem__, candidates))
        )
        return frozenset([index for index in upper if len(tokens[index]) > 1])

    def _plain_names(self) -> frozenset[int]:
        """The name candidates that are name words anywhere but at a sentence start: not an
        acronym, not a function word, not right after an opening quotation mark. Found by
        set differences of C-level filters rather than a test per candidate."""
        candidates, lower, tokens = self.candidate_indices, self.lower, self.tokens
        function_words = map(
            self.words.function_words.__contains__, map(lower.__getitem__, candidates)
        )
        # (the token before index 0 is no token: tokens[-1] is skipped below)
        after_opening = map(
            OPENING_QUOTES.__contains__, map(tokens.__getitem__, map(_MINUS_ONE, candidates))
        )
        plain = set(self.name_candidate)
        plain.difference_update(self.acronym)
        plain.difference_update(itertools.compress(candidates, function_words))
        quoted = set(itertools.compress(candidates, after_opening))
        quoted.discard(0)
        plain.difference_update(quoted)
        return frozenset(plain)

    # -- small token predicates --------------------------------------------------------------

    def _is_name_word(self, index: int, sentence: Sentence) -> bool:
        """A capitalised word that is (part of) a name here. Name candidates: capitalised words
        outside quotations, not pronouns; acronyms (WHO, NIH, CNN) always are names. (Hot
        callers test ``index in self.name_candidate`` first: no call for other tokens.)"""
        if index in self.plain_name and index != sentence.first_token:
            return True
        if index not in self.name_candidate:
            return False
        if index in self.acronym:
            return True
        lower = self.lower[index]
        if index == sentence.first_token or self._follows_opening(index, sentence):
            bare = _bare(self.tokens[index])
            words = self.words
            if bare in words.function_words:
                return False
            if (
                bare in words.anonymous_nouns
                or bare in words.collective_nouns
                or bare in words.data_nouns
            ) and not self._next_is_name(index, sentence):
                return False
        return not (
            lower in self.words.function_words
            and index + 1 < sentence.end_token
            and not self.capitalised[index + 1]
        )

    def _follows_opening(self, index: int, sentence: Sentence) -> bool:
        return index > sentence.first_token and self.tokens[index - 1] in OPENING_QUOTES

    def _next_is_name(self, index: int, sentence: Sentence) -> bool:
        following = index + 1
        return (
            following < sentence.end_token
            and self.is_word[following]
            and self.capitalised[following]
        )

    def _is_abbreviation_dot(self, index: int, sentence: Sentence) -> bool:
        """A "." that belongs to a name: after an initial ("John F. Kennedy", "U.S.") or a
        title ("Dr.")."""
        if self.tokens[index] != "." or index == sentence.first_token:
            return False
        previous = self.tokens[index - 1]
        return (len(previous) == 1 and previous.isupper()) or previous.lower() in self.words.titles

    # -- name runs ---------------------------------------------------------------------------

    def name_run_back(self, last: int, sentence: Sentence) -> int:
        """The first token of the capitalised name that ends at ``last``."""
        first = last
        index = last - 1
        tokens, candidates = self.tokens, self.name_candidate
        while index >= sentence.first_token:
            token = tokens[index]
            if (
                (index in candidates and self._is_name_word(index, sentence))
                or (token == "." and self._is_abbreviation_dot(index, sentence))
                or (
                    (
                        self.lower[index] in self.words.name_particles
                        or self.lower[index] in LINK_WORDS
                    )
                    and self._links_organisation(index, first, last)
                )
                or (
                    token in {"-", "&"}
                    and index - 1 >= sentence.first_token
                    and (index - 1 in candidates and self._is_name_word(index - 1, sentence))
                )
            ):
                first = index
            else:
                break
            index -= 1
        while first < last and not self.is_word[first]:
            first += 1
        while first < last and self.lower[first] in LINK_WORDS:
            first += 1
        return first

    def name_run_forward(self, first: int, sentence: Sentence) -> int:
        """The last token of the capitalised name that starts at ``first``."""
        last = first
        index = first + 1
        end = sentence.end_token
        tokens, plain, candidates = self.tokens, self.plain_name, self.name_candidate
        joiners = self.joiners
        while index < end:
            if tokens[index - 1].endswith(("'s", "’s")):
                break
            # Fast paths, decided as below: a plain name word (never the sentence's first
            # token here) goes on; a word that is no candidate, no "." and no joiner stops.
            if index in plain:
                last = index
                index += 1
                continue
            if (
                index not in candidates
                and tokens[index] != "."
                and self.lower[index] not in joiners
            ):
                break
            if (
                (index in candidates and self._is_name_word(index, sentence))
                or (tokens[index] == "." and self._is_abbreviation_dot(index, sentence))
                or (
                    (
                        self.lower[index] in self.words.name_particles
                        or self.tokens[index] == "&"
                        or (
                            self.lower[index] in LINK_WORDS
                            and self._organisation_so_far(first, last)
                        )
                    )
                    and self._next_is_name(index, sentence)
                )
            ):
                last = index
            else:
                break
            index += 1
        while last > first and not self.is_word[last]:
            if self._is_abbreviation_dot(last, sentence):
                break
            last -= 1
        return last

    def _organisation_so_far(self, first: int, last: int) -> bool:
        return not organisation_or_outlet_words().isdisjoint(map(_bare, self._run(first, last)))

    def _links_organisation(self, index: int, first: int, last: int) -> bool:
        lower = self.lower[index]
        if lower in self.words.name_particles and lower not in LINK_WORDS:
            return True
        # "Committee for Human Rights": a link word joins only before an organisation word.
        return index > 0 and _bare(self.tokens[index - 1]) in self.words.organisation_words

    def _run(self, first: int, last: int) -> tuple[str, ...]:
        """The tokens ``first..last``."""
        if first < 0:  # not a slice: tokens[first], tokens[first + 1] ... as the index runs
            return tuple(self.tokens[position] for position in range(first, last + 1))
        return self.tokens[first : last + 1]

    def name_words(self, first: int, last: int) -> tuple[tuple[str, ...], str]:
        """The words of a name run without leading titles and roles, and a gender from a
        title (Mr., Ms.)."""
        run = self._run(first, last)
        start, gender = name_start(run)
        return run[start:], gender

    def resolve_run(
        self, first: int, last: int, *, speaker: bool, kind: str = "", definite: bool = False
    ) -> str:
        name = run_name(self.tokens[first : last + 1] if first >= 0 else self._run(first, last))
        if name is None:
            return ""
        facts = name.facts
        if kind:
            facts = facts._replace(kind=kind)
        entity = self.entities.record(facts, name.gender, speaker, definite)
        return entity.name if entity.name else self._joined(name.words)

    def _joined(self, words: Sequence[str]) -> str:
        joined = " ".join(words)
        return joined.replace(" .", ".").replace(" - ", "-")

    def register_mentions(self, sentence: Sentence, upto: int, start: int) -> int:
        """Register the names in tokens ``[start, upto)`` of a sentence; return ``upto``.
        Only possible name words are visited (their indices are listed once per document)."""
        capitals = self.candidate_indices
        position = bisect.bisect_left(capitals, start)
        end = bisect.bisect_left(capitals, upto, position)
        if position == end:
            return upto  # no name candidate in the range (often: between two cues)
        lower = self.lower
        tokens = self.tokens
        record = self.entities.record
        suffixes = self.company_suffixes
        end_token = sentence.end_token
        suffix_room = end_token - 1  # a suffix needs a token after the name
        plain = self.plain_name
        candidates = self.name_candidate
        joiners = self.joiners
        first_token = sentence.first_token
        acronym = self.acronym
        function_words = self.words.function_words
        while position < end:
            index = capitals[position]
            position += 1
            if index == first_token:
                # The sentence's first word is most often a function word ("The", "But"):
                # no name (as _is_name_word decides, without the call).
                if index not in acronym and _bare(tokens[index]) in function_words:
                    continue
                if not self._is_name_word(index, sentence):
                    continue
            elif index not in plain and not self._is_name_word(index, sentence):
                continue
            # name_run_forward, inlined for its common case: a streak of plain name words
            # ended by a possessive, the sentence end or a word that cannot join a name.
            last = index
            following = index + 1
            while (
                following < end_token
                and following in plain
                and not tokens[following - 1].endswith(POSSESSIVE_ENDINGS)
            ):
                last = following
                following += 1
            if (
                following < end_token
                and not tokens[following - 1].endswith(POSSESSIVE_ENDINGS)
                and (
                    following in candidates
                    or tokens[following] == "."
                    or lower[following] in joiners
                )
            ):
                last = self.name_run_forward(index, sentence)  # the run may go on
            if last >= upto:
                last = upto - 1
            if last == index and (
                index == first_token
                or (index > first_token and tokens[index - 1] in OPENING_QUOTES)  # (after a quote)
            ):
                # One capitalised word opening a sentence ("Shares fell") may be any
                # word: it is a name only if it is already known as one.
                key = _bare(tokens[index])
                if key in self.entities.by_token or key in self.entities.by_name:
                    self.resolve_run(index, last, speaker=False)
                continue
            after = last + 1
            if after < suffix_room and (
                lower[after] in suffixes or (lower[after] == "," and lower[after + 1] in suffixes)
            ):
                suffix = self._company_suffix_after(last, sentence)
                if suffix >= 0:
                    # "Orla Foods, Inc.": a business, and "Inc" is no name of its own.
                    self.resolve_run(index, last, speaker=False, kind="organisation")
                    position = bisect.bisect_right(capitals, suffix, position)
                    continue
            if lower[index - 1] in DETERMINED_BEFORE_NAME and index > 0:
                kind = self._modifier_kind(index, last)
                self.resolve_run(index, last, speaker=False, kind=kind, definite=True)
            else:
                # resolve_run(index, last, speaker=False), inlined: its result is not needed
                name = run_name(tokens[index : last + 1])
                if name is not None:
                    record(name.facts, name.gender)
            if last > index:  # (a one-word run: ``position`` is already past it)
                position = bisect.bisect_right(capitals, last, position)
        return upto

    def _company_suffix_after(self, last: int, sentence: Sentence) -> int:
        """The index of a legal-form suffix right after a name ("X, Inc.", "X Ltd"), or -1."""
        after = last + 1
        if after < sentence.end_token and self.tokens[after] == ",":
            after += 1
        if after < sentence.end_token and self.lower[after] in self.words.company_suffixes:
            return after
        return -1

    def _modifier_kind(self, first: int, last: int) -> str:
        """ "the Lao Cai smelter": a two-word name between "the" and a common noun modifies
        the noun; it names no person (a pronoun must not resolve to it)."""
        before, after = first - 1, last + 1
        if (
            self.lower[before] == "the"
            and after < len(self.tokens)
            and self.is_word[after]
            and not self.capitalised[after]
            and self.lower[after] not in self.words.function_words
            and classify_name(tuple(self.tokens[first : last + 1])) == "person"
        ):
            return "thing"
        return ""

    # -- noun phrases ------------------------------------------------------------------------

    def classify_phrase(self, first: int, last: int, sentence: Sentence) -> str | None:
        """The source a noun phrase ``tokens[first..last]`` refers to, or None when it is not
        a plausible source."""
        words = self.words
        if first > last:
            return None
        if first == last and self.lower[first] in PRONOUNS:
            return self.entities.pronoun(self.tokens[first])
        # The head: the last word before a post-modifier ("a person familiar with ...").
        head = first
        for index in range(first, last + 1):
            if (
                index > first
                and self.lower[index] in self.words.postmodifiers
                and not self.tokens[index].isupper()
                and not (self.lower[index] == "of" and self.lower[head] in self.words.quantifiers)
            ):
                break
            if index > first and self._is_known_head(head) and self.lower[index].endswith("ed"):
                break  # a participle post-modifier: "a paper published in Nature"
            if (
                self.is_word[index]
                and self.lower[index] not in self.words.determiners - self.words.quantifiers
            ):
                head = index
        bare_head = _bare(self.tokens[head])
        definite = self.lower[first] in {"the", "this", "that", "its"}
        if definite and bare_head in AGE_DESCRIPTIONS:
            aged = self._person_of_age(head, first)
            if aged:
                return aged  # "Ian Holt, 43, ... the 43-year-old told": the person of that age
            found = self.entities.latest(PERSON_KINDS, undetermined=True)
            if found is not None:
                return found.name  # "the 43-year-old told officers": the person named before
        possessor = POSSESSIVE_PRONOUNS.get(self.lower[first])
        if possessor and head > first and bare_head not in words.anonymous_nouns:
            # "her office said", "his lawyers said": they speak for the possessor.
            return self.entities.pronoun(possessor)
        name_first, name_last = self._first_name_run(first, last, sentence)
        if self._is_name_word(head, sentence) and not self._is_adjectival(head):
            run_first = self.name_run_back(head, sentence)
            return self.resolve_run(max(first, run_first), head, speaker=True)
        if bare_head in words.anonymous_nouns:
            return ANONYMOUS
        if (
            bare_head in words.collective_nouns
            or bare_head in words.data_nouns
            or bare_head in words.organisation_words
        ):
            if name_first >= 0:
                return self.resolve_run(name_first, name_last, speaker=False)
            if bare_head in self.words.spokespeople and head > first:
                modifier = head - 1
                if (
                    self.is_word[modifier]
                    and self.lower[modifier] not in self.words.determiners
                    and (not self.capitalised[modifier])
                ):
                    return self._phrase_text(modifier, modifier)  # "a police spokesperson"
            if definite and bare_head in words.data_nouns and bare_head in self.data_sources:
                return self.data_sources[bare_head]  # "the poll showed": the poll named before
            if definite and bare_head in self.body_heads:
                body = self._definite_body(first, head)
                if body:
                    return body
            if definite and bare_head in words.place_words:
                # "the city", "the state": a body named for a place; never some other
                # organisation named in between.
                return self._definite_body(first, head) or self._phrase_text(head, head)
            if definite and bare_head in words.data_nouns:
                owner = self._definite_owner(first, head)
                if owner:
                    return owner  # "the county's own figures": the county named before
            if definite and bare_head in words.company_words:
                company = self.entities.latest_company()
                if company is not None:
                    return company.name
            if definite or bare_head in self.words.spokespeople:
                kinds = OUTLET_KINDS if bare_head in self.words.outlet_heads else ORGANISATION_KINDS
                found = self.entities.latest(kinds)
                if found is not None and definite and self._another_body(bare_head, found):
                    return self._phrase_text(first, head)  # "the council", not a department
                if found is not None:
                    return found.name
                if bare_head in self.words.spokespeople:
                    return ANONYMOUS
                if definite and self.last_group_source and bare_head not in words.data_nouns:
                    return self.last_group_source
            return self._phrase_text(first, head)
        if bare_head in words.role_nouns:
            if name_first > head:
                return self.resolve_run(name_first, name_last, speaker=True)
            if self.lower[first] in INDEFINITE and not self.capitalised[head]:
                return ANONYMOUS  # "a former office manager said": an unnamed person
            if definite:
                found = self.entities.latest(PERSON_KINDS)
                if found is not None:
                    return found.name
            return self._phrase_text(first, head) if not self.capitalised[head] else None
        if self.generic_ok and not self.capitalised[head] and self.is_word[head]:
            if bare_head.endswith("s") and not definite:
                return ANONYMOUS  # an unnamed plural group: "engineers who inspected it said"
            if definite and last - first <= 3:
                return self._phrase_text(first, head)  # "the utility said"
        return None

    def _definite_body(self, first: int, head: int) -> str:
        """The body a definite description ``tokens[first..head]`` names ("the ministry",
        "the agriculture ministry"): the latest name holding its head noun (and its
        modifier); a description with a telling modifier and no such name names itself."""
        modifier = ""
        if head - 1 > first and self.is_word[head - 1] and not self.capitalised[head - 1]:
            word = self.lower[head - 1]
            if word not in self.words.determiners and word not in GENERIC_BODY_MODIFIERS:
                modifier = word
        bare_head = _bare(self.tokens[head])
        found = self.entities.latest_holding(bare_head, modifier)
        if found is not None and (not modifier or modifier in found.name.lower().split()):
            return found.name
        if modifier:
            return self._phrase_text(head - 1, head)
        if found is not None:
            return found.name
        # "Kenya's central bank ... the bank said": an earlier described mention of it.
        return self._described_before(bare_head, first)

    def _person_of_age(self, head: int, before: int) -> str:
        """For "the 43-year-old" (``head`` at "year-old"), the latest person before token
        ``before`` given that age in an appositive ("Ian Holt, 43,"), or ""."""
        age = head - 2
        if age < 0 or self.tokens[head - 1] != "-" or not self.is_number[age]:
            return ""
        positions = self._age_appositives().get(self.tokens[age], ())
        index = bisect.bisect_left(positions, before) - 1
        if index < 0:
            return ""
        name_last = positions[index] - 2
        sentence = self.analysis.sentence_of_token(name_last)
        run_first = self.name_run_back(name_last, sentence)
        name = run_name(self.tokens[run_first : name_last + 1])
        if name is None or name.facts.kind != "person":
            return ""
        known = self.entities.by_name.get(name.facts.key)
        return known.name if known is not None else name.facts.name

    def _age_appositives(self) -> dict[str, list[int]]:
        """Positions of ages set off by commas after a name ("Ian Holt, 43,"), by age,
        found once per document."""
        if self.age_appositives is None:
            tokens, capitalised = self.tokens, self.capitalised
            ages: dict[str, list[int]] = {}
            last = len(tokens) - 1
            for index in itertools.compress(range(len(tokens)), self.is_number):
                if (
                    2 <= index < last
                    and tokens[index - 1] == ","
                    and tokens[index + 1] == ","
                    and capitalised[index - 2]
                ):
                    ages.setdefault(tokens[index], []).append(index)
            self.age_appositives = ages
        return self.age_appositives

    def _another_body(self, bare_head: str, found: Entity) -> bool:
        """Whether a named body is plainly another sort of body than a specific head noun
        ("the council" after "the Department for Transport"); generic heads ("the agency")
        may name any body."""
        if bare_head not in self.body_heads or bare_head in GENERIC_BODY_HEADS:
            return False
        held = {_bare(word) for word in found.name.split()} & self.body_heads
        return bool(held) and bare_head not in held

    def _described_before(self, bare_head: str, before: int) -> str:
        """The latest mention before token ``before`` of a body by its head noun with a
        telling modifier ("Kenya's central bank", "the agriculture ministry"), or ""."""
        positions = self._body_head_positions()
        index = bisect.bisect_left(positions, before) - 1
        floor = max(-1, index - RECENT_MENTIONS)  # bounded: "the bank said" x 10,000 is linear
        while index > floor:
            position = positions[index]
            index -= 1
            if _bare(self.tokens[position]) != bare_head:
                continue
            modifier = position - 1
            if modifier < 0 or not self.is_word[modifier]:
                continue
            word = self.lower[modifier]
            if self.capitalised[modifier]:
                if self.tokens[modifier].endswith(POSSESSIVE_ENDINGS):
                    return self._phrase_text(modifier, position)  # "Peru's bank"
                continue
            if word in self.words.determiners or word in GENERIC_BODY_MODIFIERS:
                continue
            owner = modifier - 1
            if (
                owner >= 0
                and self.capitalised[owner]
                and self.tokens[owner].endswith(POSSESSIVE_ENDINGS)
            ):
                return self._phrase_text(owner, position)  # "Kenya's central bank"
            if owner >= 0 and self.lower[owner] in self.words.determiners:
                return self._phrase_text(modifier, position)  # "the agriculture ministry"
        return ""

    def _body_head_positions(self) -> list[int]:
        """Positions of lower-case body head nouns ("bank", "ministry"), found once."""
        if self.body_head_positions is None:
            heads = self.body_heads
            self.body_head_positions = [
                index
                for index in itertools.compress(
                    range(len(self.lower)), map(heads.__contains__, self.lower)
                )
                if not self.capitalised[index] and not self.in_quote[index]
            ]
        return self.body_head_positions

    def _possessed_body(self, owner: int, end: int) -> int:
        """After a possessive name ("Peru's"), the index of a body head noun within a few
        lower-case words ("Peru's central bank"), or -1."""
        if not self.tokens[owner].endswith(POSSESSIVE_ENDINGS):
            return -1
        for index in range(owner + 1, min(owner + 4, end)):
            if not self.is_word[index] or self.capitalised[index]:
                return -1
            if self.lower[index] in self.body_heads:
                return index
        return -1

    def _definite_owner(self, first: int, head: int) -> str:
        """ "the county's own figures": the body the possessive description names."""
        for index in range(first + 1, head):
            token = self.tokens[index]
            if self.lower[index - 1] != "the" or self.capitalised[index]:
                continue
            if not token.endswith(POSSESSIVE_ENDINGS):
                continue
            bare = _bare(token)
            if bare in self.body_heads:
                found = self.entities.latest_holding(bare)
                if found is not None:
                    return found.name
                return self._described_before(bare, index) or _strip_possessive(token)
        return ""

    def _is_known_head(self, index: int) -> bool:
        bare = _bare(self.tokens[index])
        words = self.words
        return (
            bare in words.data_nouns
            or bare in words.collective_nouns
            or bare in words.anonymous_nouns
            or bare in words.role_nouns
        )

    def _phrase_text(self, first: int, last: int) -> str:
        while first < last and self.lower[first] in self.words.determiners:
            first += 1
        return self.text[self.analysis.token_starts[first] : self.analysis.token_ends[last]]

    def _first_name_run(self, first: int, last: int, sentence: Sentence) -> tuple[int, int]:
        index = first
        while index <= last:
            if self._is_name_word(index, sentence) and not self._is_adjectival(index):
                run_last = min(self.name_run_forward(index, sentence), last)
                return index, run_last
            index += 1
        return -1, -1

    def _is_adjectival(self, index: int) -> bool:
        """ "North Korean", "Russian": a capitalised adjective, not a name."""
        token = self.tokens[index]
        return (
            token.endswith(("an", "ese", "ish", "ic", "i"))
            and token.lower() not in (self.entities.by_token)
            and not token.isupper()
            and self.lower[index] not in self.words.outlets
            and (
                index + 1 < len(self.tokens)
                and self.is_word[index + 1]
                and not self.capitalised[index + 1]
            )
        )

    def subject_before(self, verb: int, sentence: Sentence) -> SourceMention | None:
        """The subject noun phrase that ends just before a cue verb, if any."""
        index = verb - 1
        while index >= sentence.first_token and (
            self.lower[index] in self.words.intervening
            or (
                self.lower[index].endswith("ly")
                and len(self.lower[index]) > 4
                and self.lower[index] not in self.words.collective_nouns
                and not self.capitalised[index]
            )
        ):
            index -= 1
        if index < sentence.first_token or self.in_quote[index]:
            return None
        token = self.tokens[index]
        lower = self.lower[index]
        if lower in NEGATIONS or lower.endswith(("n't", "n’t")) or lower in PASSIVE:
            return None
        if lower in self.words.determiners and lower not in {"one", "two", "three", "some", "many"}:
            return None  # "the noted author", "his claims": the cue word is a noun here
        if (
            index == verb - 1
            and lower.endswith(("'s", "’s", "s'", "s’"))
            and (lower not in PRONOUN_CONTRACTIONS)
        ):
            return None  # "Editor's note", "Smith's claims": a possessive before a noun
        if lower in PRONOUNS or lower in {"who"}:
            if lower == "who":
                return self._relative_subject(index, sentence)
            source: str | None = self.entities.pronoun(token) or (
                UNRESOLVED if lower in {"he", "she"} else ""
            )
            return SourceMention(index, index, source) if source else None
        if token == ",":
            return self._appositive_subject(index, sentence)
        if (
            lower in {"and", "but"}
            and index > sentence.first_token
            and self.lower[verb] in self.finite_cues
        ):
            # "thanked the players and added: ...": the subject of the first verb (a finite
            # form only: "learn to read and write" is no report).
            source = self.sentence_subject(sentence, index)
            return SourceMention(verb, verb, source) if source else None
        if token == ")":
            opening = self._find_back(index, sentence, "(", 12)
            return self._subject_ending_at(opening - 1, sentence) if opening > 0 else None
        return self._subject_ending_at(index, sentence)

    def _find_back(self, index: int, sentence: Sentence, token: str, limit: int) -> int:
        position = index - 1
        while position >= max(sentence.first_token, index - limit):
            if self.tokens[position] == token:
                return position
            if self.in_quote[position]:
                return -1
            position -= 1
        return -1

    def _relative_subject(self, who: int, sentence: Sentence) -> SourceMention | None:
        if who - 1 >= sentence.first_token and self.tokens[who - 1] == ",":
            return self._subject_ending_at(who - 2, sentence)
        return self._subject_ending_at(who - 1, sentence)

    def _appositive_subject(self, comma: int, sentence: Sentence) -> SourceMention | None:
        """ "Greg Scarlatoiu, of the Committee ..., told CNN": the name before the appositive."""
        earlier = self._find_back(comma, sentence, ",", 25)
        if earlier < 0:
            return None
        if earlier - 1 >= sentence.first_token and self.tokens[earlier - 1] in CLOSING_QUOTES:
            return None
        inner = earlier + 1
        if inner >= comma or any(self.tokens[i] in OPENING_QUOTES for i in range(inner, comma)):
            return None
        # "The company, Brandt Manufacturing, said" / "His trainer, Luis Ortega, said": when
        # the appositive is a bare name and the phrase before it is not, the name is the source.
        if (
            self._is_name_word(comma - 1, sentence)
            and earlier - 1 >= sentence.first_token
            and self.is_word[earlier - 1]
            and not self._is_name_word(earlier - 1, sentence)
        ):
            # ... also after descriptors: "One critic, radio host Alex Jones, claims".
            run_first = self.name_run_back(comma - 1, sentence)
            descriptors_only = all(
                self.is_word[i] and self.lower[i] not in self.words.clause_words
                for i in range(inner, run_first)
            )
            if descriptors_only and run_first - inner <= 6:
                named = self.resolve_run(run_first, comma - 1, speaker=True)
                if named:
                    return SourceMention(
                        self._phrase_start(earlier - 1, sentence), comma - 1, named
                    )
        subject_end = earlier - 1
        if (
            self.lower[inner] in RELATIVE_OPENERS
            and subject_end - 1 > sentence.first_token
            and self.is_number[subject_end]
            and self.tokens[subject_end - 1] == ","
        ):
            subject_end -= 2  # "Ana Ruiz, 64, who ran the mill, told": past the age too
        return self._subject_ending_at(subject_end, sentence)

    def _aged_resident(self, before: int, sentence: Sentence) -> int:
        """ "Ana Ruiz, 64, of Elmhurst told": given the index of "of", the last token of
        the name before the age, or -1."""
        name_last = before - 4
        if (
            name_last >= sentence.first_token
            and self.lower[before] in {"of", "from"}
            and self.tokens[before - 1] == ","
            and self.is_number[before - 2]
            and self.tokens[before - 3] == ","
            and self._is_name_word(name_last, sentence)
        ):
            return name_last
        return -1

    def _subject_ending_at(self, last: int, sentence: Sentence) -> SourceMention | None:
        if last < sentence.first_token or self.in_quote[last] or not self.is_word[last]:
            return None
        if self.lower[last] in PRONOUNS:
            source = self.entities.pronoun(self.tokens[last])
            return SourceMention(last, last, source) if source else None
        if last in self.name_candidate and self._is_name_word(last, sentence):
            first = self.name_run_back(last, sentence)
            before = first - 1
            if before >= sentence.first_token and self.lower[before] in {"the", "a", "an"}:
                before -= 1
            owner = before - 1
            resident = self._aged_resident(before, sentence)
            if resident >= 0:
                resident_first = self.name_run_back(resident, sentence)
                name, _ = self.name_words(resident_first, resident)
                if self.entities.classify(name) == "person":
                    source = self.resolve_run(resident_first, resident, speaker=True)
                    start = self._descriptor_start(resident_first, sentence)
                    return SourceMention(start, last, source)
            if (
                before > sentence.first_token
                and self.lower[before] in PREPOSITIONS
                and self._is_name_word(owner, sentence)
            ):
                # "Stefano Carniani of the Scuola Normale Superiore said": the person, unless
                # the word before "of" is only a title ("Secretary of State Antony Blinken").
                owner_first = self.name_run_back(owner, sentence)
                name, _ = self.name_words(owner_first, owner)
                if self.entities.classify(name) == "person":
                    source = self.resolve_run(owner_first, owner, speaker=True)
                    start = self._descriptor_start(owner_first, sentence)
                    return SourceMention(start, last, source)
            if (
                before > sentence.first_token
                and self.lower[before] in PREPOSITIONS
                and self.is_word[before - 1]
                and not self.capitalised[before - 1]
            ):
                # "Critics of Social Security claim", "a spokesperson for Tesla said",
                # "David Straub of the State Department said": the phrase before the
                # preposition holds the head.
                phrase_first = self._phrase_start(before - 1, sentence)
                source = self.classify_phrase(phrase_first, last, sentence)
                if source:
                    return SourceMention(phrase_first, last, source)
            source = self.resolve_run(first, last, speaker=True)
            if not source:
                return None
            joined = first - 2
            if (
                joined >= sentence.first_token
                and self.lower[first - 1] == "and"
                and self._is_name_word(joined, sentence)
            ):
                # "Sarah Das and Ian Joughin said": both are the source.
                other_first = self.name_run_back(joined, sentence)
                other = self.resolve_run(other_first, joined, speaker=True)
                if other:
                    source = f"{other} and {source}"
                    first = other_first
            return SourceMention(self._descriptor_start(first, sentence), last, source)
        first = self._phrase_start(last, sentence)
        source = self.classify_phrase(first, last, sentence)
        if source is None:
            return None
        return SourceMention(first, last, source)

    def _descriptor_start(self, first: int, sentence: Sentence) -> int:
        """Extend a name back over its titles and descriptors ("former State Department
        specialist David Straub")."""
        words = self.words
        tokens, candidates = self.tokens, self.name_candidate
        start = first
        index = first - 1
        while index >= sentence.first_token and first - index <= 8 and not self.in_quote[index]:
            bare = _bare(tokens[index])
            if (
                bare in words.role_nouns
                or bare in words.titles
                or (
                    index in candidates
                    and self._is_name_word(index, sentence)
                    and bare not in words.function_words
                )
                or (tokens[index] == "." and self._is_abbreviation_dot(index, sentence))
            ):
                start = index
                index -= 1
            else:
                break
        while start < first and not self.is_word[start]:
            start += 1
        return start

    def _phrase_start(self, last: int, sentence: Sentence) -> int:
        first = last
        index = last - 1
        while index >= sentence.first_token and last - index <= 8:
            token = self.tokens[index]
            lower = self.lower[index]
            if (
                (not self.is_word[index] and token not in {"-", "’s", "'s"})
                or self.in_quote[index]
                or lower in self.words.clause_words
                or lower in PASSIVE
            ):
                break
            if lower in self.finite_cues or lower in self.words.participles:
                break
            first = index
            index -= 1
        return first

    def phrase_after(self, first: int, sentence: Sentence) -> SourceMention | None:
        """The source noun phrase that starts at ``first`` ("according to the Los Angeles
        Times", "said David Straub, ...")."""
        if first >= sentence.end_token or self.in_quote[first] or not self.is_word[first]:
            return None
        lower = self.lower[first]
        if lower in PRONOUNS:
            following = first + 1
            if following < sentence.end_token and self.is_word[following]:
                return None  # "said it would": the pronoun starts a reported clause
            source: str | None = self.entities.pronoun(self.tokens[first]) or (
                UNRESOLVED if lower in {"he", "she"} else ""
            )
            return SourceMention(first, first, source) if source else None
        last = first
        index = first
        while index < sentence.end_token and index - first < 12:
            token = self.tokens[index]
            lower = self.lower[index]
            if self.in_quote[index] or (
                not self.is_word[index]
                and not (token == "." and self._is_abbreviation_dot(index, sentence))
                and token not in {"-", "&"}
            ):
                break
            if index > first and (
                lower in self.words.clause_words or lower in {"which", "who", "whose"}
            ):
                break
            if index > first and (lower in self.finite_cues or lower in self.words.participles):
                break
            last = index
            index += 1
        while last > first and not self.is_word[last]:
            if self._is_abbreviation_dot(last, sentence):
                break
            last -= 1
        # A name at the start of the phrase: the phrase is that name ("said David Straub",
        # "said marine biologist Amara Okonkwo").
        start = first
        named_at = self._descriptor_then_name(first, sentence)
        if named_at >= 0:
            run_last = self.name_run_forward(named_at, sentence)
            source = self.resolve_run(named_at, run_last, speaker=True)
            return SourceMention(first, run_last, source) if source else None
        while start <= last and (
            _bare(self.tokens[start]) in self.words.titles
            or self._is_abbreviation_dot(start, sentence)
        ):
            start += 1
        if start <= last and self._is_name_word(start, sentence):
            run_last = self.name_run_forward(start, sentence)
            source = self.resolve_run(first, run_last, speaker=True)
            return SourceMention(first, run_last, source) if source else None
        agent = self._data_agent(first, last, sentence)
        if agent is not None:
            return agent
        source = self.classify_phrase(first, last, sentence)
        if source is None:
            return None
        # An appositive name after a role phrase: "said the company's chief executive, Jane Doe".
        after = last + 1
        if (
            after + 1 < sentence.end_token
            and self.tokens[after] == ","
            and self._is_name_word(after + 1, sentence)
            and _bare(self.tokens[last]) in self.words.role_nouns
        ):
            run_last = self.name_run_forward(after + 1, sentence)
            # Only a true appositive, closed by a comma or the sentence end ("..., Ban has
            # gone further" starts the main clause instead).
            closing = run_last + 1
            if closing >= sentence.end_token or not self.is_word[closing]:
                named = self.resolve_run(after + 1, run_last, speaker=True)
                if named:
                    return SourceMention(first, last, named)
        return SourceMention(first, last, source)

    def _data_agent(self, first: int, last: int, sentence: Sentence) -> SourceMention | None:
        """ "according to figures released by the regulator": the agent after "by" is the
        source of data a phrase ``tokens[first..last]`` names, not the data noun."""
        for index in range(first + 1, last):
            if self.lower[index] in DATA_AUTHOR_VERBS and self.lower[index + 1] == "by":
                agent = self.phrase_after(index + 2, sentence)
                if agent is None:
                    return None
                return SourceMention(first, max(last, agent.last), agent.source)
        return None

    def _after_dateline(self, sentence: Sentence, before: int) -> int:
        """The first token after a wire dateline opening the sentence ("LIMA, May 2
        (Reuters) - "), else the sentence's first token."""
        first = sentence.first_token
        token = self.tokens[first]
        if not (token.isupper() and len(token) > 1 and self.is_word[first]):
            return first
        for index in range(first + 1, min(before, first + DATELINE_TOKENS)):
            if self.tokens[index] in DATELINE_DASHES:
                return index + 1
        return first

    def sentence_subject(self, sentence: Sentence, before: int) -> str | None:
        """The main subject of a sentence, for participial cues (", noting that ...")."""
        index = self._after_dateline(sentence, before)
        if index < before and self.lower[index] in self.words.sentence_openers:
            comma = index
            while comma < before and self.tokens[comma] != ",":
                comma += 1
            index = comma + 1
        end = min(before, index + 10)
        position = index
        while position < end:
            lower = self.lower[position]
            if self.in_quote[position] or not self.is_word[position]:
                position += 1
                continue
            if lower in PRONOUNS:
                return self.entities.pronoun(self.tokens[position])
            if lower in ARTICLES:
                position += 1  # "The" after a dateline: capitalised, yet no name
                continue
            words = self.words
            bare = _bare(self.tokens[position])
            if (
                bare in words.role_nouns
                or bare in words.collective_nouns
                or (bare in words.anonymous_nouns)
            ):
                if self._is_name_word(position, sentence) and self._next_is_name(
                    position, sentence
                ):
                    position += 1
                    continue
                return self.classify_phrase(index, position, sentence)
            if self._is_name_word(position, sentence) and not self._is_adjectival(position):
                last = self.name_run_forward(position, sentence)
                body = self._possessed_body(last, end)
                if body >= 0:
                    return self._phrase_text(position, body)  # "Peru's central bank"
                following = last + 1
                if following < end and _bare(self.tokens[following]) in words.role_nouns:
                    position = following
                    continue
                return self.resolve_run(position, last, speaker=True)
            if lower not in words.function_words and not self.capitalised[position]:
                return None
            position += 1
        return None

    # -- cues --------------------------------------------------------------------------------

    def _is_negated_or_passive(self, verb: int, sentence: Sentence) -> bool:
        index = verb - 1
        steps = 0
        while index >= sentence.first_token and steps < 3:
            lower = self.lower[index]
            if lower in NEGATIONS or lower.endswith(("n't", "n’t")):
                return True
            if lower in PASSIVE and lower not in {"'s", "’s"}:
                return True
            if (
                lower in {"to"}
                and index - 1 >= sentence.first_token
                and self.lower[index - 1]
                in {"declined", "refused", "declining", "refusing", "unable", "failed"}
            ):
                return True
            if lower not in self.words.intervening:
                break
            index -= 1
            steps += 1
        return False

    def _has_complement(self, verb: int, sentence: Sentence) -> tuple[bool, int]:
        """After an object-taking cue ("told", "wrote", "asked"): is there a speech
        complement? Returns it and the last token of the cue phrase (with its object)."""
        index = verb + 1
        end = sentence.end_token
        if index < end and self.lower[index] in PARTICLES:
            index += 1
        if index >= end:
            return True, verb
        object_end = verb
        lower_verb = self.lower[verb]
        telling = lower_verb in {"told", "tells", "telling", "tell"}
        if telling or lower_verb in {"asked", "asks"}:
            object_last = self._object_end(index, sentence)
            if object_last >= index:
                object_end = object_last
                index = object_last + 1
        if index >= end:
            return True, object_end
        lower = self.lower[index]
        token = self.tokens[index]
        if lower == "to" and (telling or lower_verb in {"asked", "asks"}):
            return False, object_end  # "told them to leave": an order, not a report
        if telling and object_end > verb:
            return True, object_end  # "told NPR he was not convinced": "that" left out
        if lower in {"for", "about"} and lower_verb in {"asked", "asks"}:
            return False, object_end
        if token in OPENING_QUOTES or self.in_quote[index]:
            return True, object_end
        if lower in {"in", "on", "via", "through", "during"}:
            return self._channel_follows(index, sentence), object_end
        if lower in self.words.complements and lower != "to":
            return True, object_end
        return self._clause_follows(index, sentence), object_end

    def _clause_follows(self, index: int, sentence: Sentence) -> bool:
        """A that-less clause: a short subject then an auxiliary ("conceded the company
        would need ...", "wrote she was leaving"), not an object ("conceded defeat")."""
        position = index
        while position < sentence.end_token and position - index <= 3:
            if not self.is_word[position] or self.in_quote[position]:
                return False
            if position > index and self.lower[position] in AUXILIARIES:
                return True
            position += 1
        return False

    def _object_end(self, index: int, sentence: Sentence) -> int:
        """The last token of the object of "told"/"asked" starting at ``index`` ("CNN", "The
        Associated Press", "reporters", "a news conference"), or ``index - 1``."""
        end = sentence.end_token
        if index >= end or self.in_quote[index]:
            return index - 1
        lower = self.lower[index]
        if lower in {"him", "her", "them", "me", "us", "you"}:
            return index
        start = index + 1 if lower in {"the", "a", "an"} and index + 1 < end else index
        if self._is_name_word(start, sentence) or (
            start == index and self.capitalised[start] and self.is_word[start]
        ):
            return self.name_run_forward(start, sentence)
        # "reporters" alone; after a determiner up to two words ("a news conference").
        limit = 2 if start > index else 1
        position = start
        while (
            position < end
            and position - start < limit
            and self.is_word[position]
            and not (self.capitalised[position])
            and self.lower[position] not in self.words.complements
            and self.lower[position] not in PRONOUNS
        ):
            position += 1
        if position == start:
            return index - 1
        return position - 1

    def _channel_follows(self, index: int, sentence: Sentence) -> bool:
        position = index + 1
        while position < sentence.end_token and position - index <= 5:
            bare = _bare(self.tokens[position])
            if bare in self.words.channels or bare in {
                "twitter",
                "x",
                "facebook",
                "instagram",
                "tuesday",
                "monday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
            }:
                return True
            if self.lower[position] in {"that", ":"}:
                return True  # "wrote on Truth Social that ..."
            position += 1
        return False

    def _channel_end(self, after: int, sentence: Sentence) -> int:
        """Extend a cue over "in a statement" / "in an interview" right after it."""
        index = after + 1
        if index < sentence.end_token and self.lower[index] in {"in", "on", "via"}:
            position = index + 1
            while position < sentence.end_token and position - index <= 3:
                if _bare(self.tokens[position]) in self.words.channels:
                    return position
                if not self.is_word[position]:
                    break
                position += 1
        return after

    def _after_quote(self, first: int, sentence: Sentence) -> bool:
        """Does the cue phrase starting at ``first`` directly follow a quotation?"""
        index = first - 1
        if index >= sentence.first_token and self.tokens[index] == ",":
            index -= 1
        if index < sentence.first_token:
            return self._paragraph_opens_with_quote_before(first)
        return self.tokens[index] in CLOSING_QUOTES or self.in_quote[index]

    def _paragraph_opens_with_quote_before(self, first: int) -> bool:
        """'“Why are there so many crying scenes? ... is it?” Kim asked.': the cue sentence
        starts right after a quotation that ends in , ? ! or a dash inside its marks."""
        start = self.analysis.token_starts[first]
        position = start - 1
        while position >= 0 and self.text[position].isspace():
            position -= 1
        if position < 0 or self.text[position] not in CLOSING_QUOTES:
            return False
        stretch = self.quote_index.stretch_at(position - 1)
        return stretch is not None and self.text[stretch.end - 1] in ",?!—–-"

    def add(self, first: int, last: int, source: str, cue: str, sentence_index: int) -> None:
        starts, ends = self.analysis.token_starts, self.analysis.token_ends
        self.used.update(range(first, last + 1))
        self.attributions.append(
            Attribution(starts[first], ends[last], source, cue, sentence_index)
        )
        if source not in (ANONYMOUS, UNRESOLVED):
            self.entities.last_source = source
            if self.entities.kind_of(source) != "person":
                self.last_group_source = source

    def scan(self) -> list[Attribution]:
        last_cue = self.last_cue
        sentences = self.analysis.sentences
        # Most sentences hold no cue word: those only register their names (as scan_sentence
        # would, without its cue search). Found for all sentences at once, by bisecting the
        # cue indices on the sentence starts; a cue in no sentence only sends one more
        # sentence through scan_sentence, which finds no cue there either.
        starts = list(map(_FIRST_TOKEN, sentences))
        cues = self.cue_indices
        with_cue = set(map(bisect.bisect_right, itertools.repeat(starts, len(cues)), cues))
        # Likewise the sentences holding a name candidate: one with neither a cue nor a
        # candidate has nothing to register or to attribute.
        names = self.candidate_indices
        with_name = set(map(bisect.bisect_right, itertools.repeat(starts, len(names)), names))
        for sentence_index, sentence in enumerate(sentences):
            if sentence.first_token > last_cue:
                break  # no cue here or later: names met now cannot change any finding
            if sentence_index + 1 in with_cue:  # (bisect_right gives the index after)
                self.scan_sentence(sentence_index, sentence)
            elif sentence_index + 1 in with_name:
                end = sentence.end_token
                self.register_mentions(
                    sentence, end, end if self._is_heading(sentence) else sentence.first_token
                )
        return self.attributions

    def _is_heading(self, sentence: Sentence) -> bool:
        """A Title Case subheading ("The Aesthetics of Juche Cinema"): its capitalised words
        are not names, so they are not recorded as mentions."""
        if sentence.segment != "body" or sentence.end_token <= sentence.first_token:
            return False
        last = self.tokens[sentence.end_token - 1]
        if last in {".", "?", "!", "”", '"', "’", "'", ":", ")"}:
            return False
        words = [i for i in sentence.token_indices if self.is_word[i]]
        capitalised = sum(1 for i in words if self.capitalised[i])
        return bool(words) and capitalised * 2 > len(words)

    def scan_sentence(self, sentence_index: int, sentence: Sentence) -> None:
        if sentence.first_token > self.last_cue:
            return  # no cue here or later: names met now cannot change any finding
        cue_indices = self.cue_indices
        first_cue = bisect.bisect_left(cue_indices, sentence.first_token)
        last_cue = bisect.bisect_left(cue_indices, sentence.end_token, first_cue)
        cues = cue_indices[first_cue:last_cue]
        names = self.candidate_indices
        first_name = bisect.bisect_left(names, sentence.first_token)
        if first_name == len(names) or names[first_name] >= sentence.end_token:
            # No name candidate in the sentence: registering would find nothing.
            self._scan_cues(cues, sentence, sentence_index)
            return
        registered = sentence.end_token if self._is_heading(sentence) else sentence.first_token
        title = sentence.segment == "title"
        first_name_index = names[first_name]
        for index in cues:
            if self.in_quote[index] or index in self.used:
                continue
            if not title and index != sentence.first_token and self.capitalised[index]:
                continue  # "the United States", "Reuters Reports" in a name: not a cue verb
            # Names before the cue are mentioned before it: register them first so that a
            # pronoun or surname resolves to the right person. (With no name candidate
            # before the cue, registering up to any end at or before it finds nothing, and
            # a later range starts at the same candidate whichever such end it starts from.)
            if index > first_name_index or registered > index:
                registered = self.register_mentions(
                    sentence, self._safe_register_end(index, sentence), registered
                )
            self.try_cue(index, sentence, sentence_index)
        self.register_mentions(sentence, sentence.end_token, registered)

    def _scan_cues(self, cues: list[int], sentence: Sentence, sentence_index: int) -> None:
        """:meth:`scan_sentence` for a sentence without name words (nothing to register)."""
        title = sentence.segment == "title"
        for index in cues:
            if self.in_quote[index] or index in self.used:
                continue
            if not title and index != sentence.first_token and self.capitalised[index]:
                continue  # as in scan_sentence
            self.try_cue(index, sentence, sentence_index)

    def _safe_register_end(self, cue: int, sentence: Sentence) -> int:
        """Register names up to the cue, but not a subject name the cue itself resolves."""
        index = cue - 1
        first_token = sentence.first_token
        lower, plain, candidates = self.lower, self.plain_name, self.name_candidate
        tokens = self.tokens
        intervening, particles = self.words.intervening, self.words.name_particles
        while index >= first_token and (
            lower[index] in intervening
            or (index in plain and index != first_token)  # (_is_name_word's first test)
            or (index in candidates and self._is_name_word(index, sentence))
            or (tokens[index] == "." and self._is_abbreviation_dot(index, sentence))
            or lower[index] in particles
        ):
            index -= 1
        return max(first_token, index + 1)

    def try_cue(self, index: int, sentence: Sentence, sentence_index: int) -> bool:
        lower = self.lower[index]
        words = self.words
        self.generic_ok = lower in self.words.plain_speech
        if lower == "according":
            if index + 1 < sentence.end_token and self.lower[index + 1] == "to":
                mention = self.phrase_after(index + 2, sentence)
                if mention is not None and not self._not_a_source_after(index + 2):
                    self.add(index, mention.last, mention.source, "according to", sentence_index)
                    return True
            return False
        if lower == "per":
            return self._try_per(index, sentence, sentence_index)
        if lower in words.participles:
            return self._try_participle(index, sentence, sentence_index)
        if lower in words.speech_verbs and self._try_speech(index, sentence, sentence_index):
            return True
        if lower in words.data_verbs:
            return self._try_data(index, sentence, sentence_index)
        return False

    def _not_a_source_after(self, first: int) -> bool:
        return self.lower[first] in {"plan", "schedule", "tradition", "custom", "instructions"}

    def _try_per(self, index: int, sentence: Sentence, sentence_index: int) -> bool:
        following = index + 1
        if following >= sentence.end_token or self.in_quote[following]:
            return False
        lower = self.lower[following]
        if lower in {"the", "a", "an"} and following + 1 < sentence.end_token:
            nxt = following + 1
            if not (
                self._is_name_word(nxt, sentence)
                or _bare(self.tokens[nxt]) in self.words.data_nouns
                or _bare(self.tokens[nxt]) in self.words.anonymous_nouns
                or _bare(self.tokens[nxt]) in self.words.collective_nouns
            ):
                return False
        elif not self._is_name_word(following, sentence) or self.tokens[following].lower() in {
            "cent",
            "capita",
            "annum",
            "se",
            "diem",
        }:
            return False
        mention = self.phrase_after(following, sentence)
        if mention is None:
            return False
        self.add(index, mention.last, mention.source, "per", sentence_index)
        return True

    def _try_participle(self, index: int, sentence: Sentence, sentence_index: int) -> bool:
        previous = index - 1
        if previous < sentence.first_token:
            return False
        if self.lower[index] == "citing":
            # ", citing three people familiar with the talks": the cited phrase is the source.
            mention = (
                self.phrase_after(index + 1, sentence)
                if self._can_start_source(index + 1, sentence)
                else None
            )
            if mention is None:
                return False
            self.add(index, mention.last, mention.source, "citing", sentence_index)
            return True
        if (
            self.lower[index] == "saying"
            and self.lower[previous] == "as"
            and (previous - 1 >= sentence.first_token and self.lower[previous - 1] == "quoted")
        ):
            pass
        elif self.tokens[previous] != ",":
            return False
        following = index + 1
        if following >= sentence.end_token:
            return False
        follower = self.lower[following]
        if not (
            follower in {"that", ":", "how", "what", "why", "whether", "it"}
            or follower in PRONOUNS
            or follower in self.words.determiners
            or self.tokens[following] in OPENING_QUOTES
            or self.in_quote[following]
            or self._is_name_word(following, sentence)
            or self._bare_clause_follows(index, following, sentence)
        ):
            return False
        source = None
        for attribution in reversed(self.attributions):
            if attribution.sentence_index == sentence_index:
                source = attribution.source
                break
            break
        if source is None:
            source = self.sentence_subject(sentence, index)
        if not source:
            return False
        self.add(index, index, source, self.lower[index], sentence_index)
        return True

    def _bare_clause_follows(self, participle: int, following: int, sentence: Sentence) -> bool:
        """ ", saying inflation had peaked": a clause with "that" left out, opened by a bare
        noun, after a participle that takes a clause (not "adding to", "warning of")."""
        if self.lower[participle] not in CLAUSE_PARTICIPLES:
            return False
        lower = self.lower[following]
        return (
            self.is_word[following]
            and not self.capitalised[following]
            and not self.is_number[following]
            and lower not in self.words.function_words
            and lower not in PREPOSITIONS
            and lower not in NOT_A_CLAUSE
            and following + 1 < sentence.end_token
            and self.is_word[following + 1]
        )

    def _try_speech(self, verb: int, sentence: Sentence, sentence_index: int) -> bool:
        words = self.words
        lower = self.lower[verb]
        if self._try_agent(verb, sentence, sentence_index):
            return True
        following = verb + 1
        if (
            sentence.segment == "title"
            and following < sentence.end_token
            and self.lower[following] in HEADLINE_PREPOSITIONS
            and not self._quote_opens_after(following, sentence)
        ):
            # "Scientists warn on glaciers": a topic, not a reported claim; but "Union
            # warns against 'pay freeze'" reports the union's own words.
            return False
        if self._is_negated_or_passive(verb, sentence):
            return False
        previous = verb - 1
        following = verb + 1
        if (
            following < sentence.end_token
            and self.lower[following] == "to"
            and lower in {"said", "says", "say", "reported", "claimed", "alleged"}
        ):
            return False  # "is said to be", "who's said to have": a raising hedge
        if previous >= sentence.first_token and self.lower[previous] == "to":
            return False  # "would love to say": not a report of speech
        # Inverted order: '"...," said David Straub' / ', said the spokesperson.' After a
        # quotation the inverted reading comes first; after a comma, only when no subject
        # precedes ("Voss, who voted against it, said the spending ...").
        after_quote = (
            previous < sentence.first_token
            or self.tokens[previous] in (CLOSING_QUOTES)
            or self.in_quote[previous]
        )
        after_comma = previous >= sentence.first_token and self.tokens[previous] == ","
        invertible = lower in words.invertible and self._can_start_source(verb + 1, sentence)
        if invertible and after_quote:
            mention = self.phrase_after(verb + 1, sentence)
            if mention is not None:
                self.add(verb, mention.last, mention.source, lower, sentence_index)
                return True
        mention = self.subject_before(verb, sentence)
        if mention is None and invertible and after_comma:
            inverted = self.phrase_after(verb + 1, sentence)
            if inverted is not None:
                self.add(verb, inverted.last, inverted.source, lower, sentence_index)
                return True
        if mention is None:
            return False
        if (
            (self.lower[verb - 1] in self.words.intervening and self._hypothetical(verb, sentence))
            or self._is_weasel_subject(mention.first, mention.last, verb, sentence)
            or self._noun_not_verb(verb, mention)
        ):
            return False
        before = mention.first - 1
        if (
            lower in words.noun_like_cues
            and before >= sentence.first_token
            and self.lower[before] in {"the", "a", "an", "this", "that", "its", "their"}
        ):
            return False  # "the Polish claims", "a Human Rights Watch report": nouns
        last = verb
        if lower in words.needs_complement:
            complete, object_end = self._has_complement(verb, sentence)
            outlet = self.entities.kind_of(mention.source) == "outlet"
            if not (complete or outlet) and not self._after_quote(mention.first, sentence):
                return False
            last = object_end
        elif lower in {"say", "says", "said"}:
            pass
        last = self._channel_end(last, sentence)
        self.add(mention.first, last, mention.source, lower, sentence_index)
        return True

    def _quote_opens_after(self, index: int, sentence: Sentence) -> bool:
        """Whether a quotation opens within a few words after ``tokens[index]``."""
        for position in range(index + 1, min(index + 4, sentence.end_token)):
            if self.in_quote[position]:
                return True
        return False

    def _noun_not_verb(self, verb: int, mention: SourceMention) -> bool:
        """Whether the cue word is a noun here, as Title Case headlines and compounds make
        it look like a verb: after a figure ("Water In 11 States"), or a base form after a
        singular name ("the First AI-Powered Stress Companion", "an AI-powered stress
        tool"), which as a verb would read "stresses"."""
        if verb > 0 and self.is_number[verb - 1]:
            return True
        if self.lower[verb] not in base_forms():
            return False  # not a base form
        last = mention.last
        head = _bare(self.tokens[last])
        words = self.words
        return (
            mention.first <= last
            and self.capitalised[last]
            and self.is_word[last]
            and not head.endswith("s")
            and head not in words.collective_nouns
            and head not in words.anonymous_nouns
            and head not in PLURAL_SUBJECTS
            and not any(
                self.lower[index] in {"and", "&"} for index in range(mention.first, last)
            )
        )

    def _hypothetical(self, verb: int, sentence: Sentence) -> bool:
        """ "what they would say", "such data can reveal": a modal makes the report
        hypothetical (negations and passives are handled by the caller)."""
        index = verb - 1
        while index >= sentence.first_token and verb - index <= 3:
            lower = self.lower[index]
            if lower in MODALS:
                return True
            if lower not in self.words.intervening or lower in AUXILIARIES:
                return False
            index -= 1
        return False

    def _is_weasel_subject(self, first: int, last: int, verb: int, sentence: Sentence) -> bool:
        """Whether the subject ``tokens[first..last]`` of a cue is a vague collective
        ("critics say", "some residents complained", "industry experts agree", "other
        reports say", "residents along the river said"): a weasel, not an attribution."""
        weasels = weasel_sources()
        lower = self.lower
        start = sentence.first_token
        located = False
        probe = first - 1
        if probe >= start and lower[probe] in {"the", "a", "an"}:
            probe -= 1
        if (
            probe - 1 >= start
            and lower[probe] in LOCATIVE_PREPOSITIONS
            and lower[probe - 1] in weasels.nouns
        ):
            # "Residents along Mill Street said": the name is the object of a place phrase.
            first = last = probe - 1
            located = True
        if first - 1 >= start and (
            lower[first - 1] in DEFINITE_BEFORE_COLLECTIVE
            or lower[first - 1].endswith(("'s", "’s", "s'", "s’"))
        ):
            return False  # "the senator's critics", "those analysts": someone in particular
        noun = -1
        for index in range(first, last + 1):
            if lower[index] in weasels.nouns:
                noun = index
            elif noun >= 0:
                break  # "critics of the plan": the head came first
        if (
            noun < 0
            and first < last
            and lower[first] in weasels.quantifiers
            and plural_group_noun(lower[last], self.tokens[last])
        ):
            noun = last  # "some audiologists warn", "many commenters claimed"
        if noun < 0:
            # "Some say", "many believe", "others argue": a bare quantifier subject.
            return first == last and lower[first] in QUANTIFIER_SUBJECTS
        quantified = False
        for index in range(first, noun):
            word = lower[index]
            if word in weasels.quantifiers:
                quantified = True
            elif quantified and _partitive_word(lower, index):
                continue  # "some of the homeowners say": a share of a vague collective
            elif (
                not self.is_word[index]
                or self.is_number[index]
                or word in self.words.determiners
                or (self.capitalised[index] and index != start)
            ):
                return False  # "two analysts", "the experts", "Harvard economists"
        for index in range(noun + 1, last + 1):
            if self.capitalised[index] and self.is_word[index]:
                return False  # "analysts at Goldman Sachs": a named affiliation
        mode = weasels.nouns.get(lower[noun], "quantified")
        if quantified or mode == "free":
            return True
        opens_clause = noun == start or (
            noun - 1 >= start and lower[noun - 1] in CLAUSE_CONJUNCTIONS
        )
        if mode != "bare" or not opens_clause:
            return False
        # A bare plural opening the sentence reports a claim when placed ("residents near
        # the plant said") or in a past, perfect or progressive form ("parents said").
        verb_word = lower[verb]
        reported = (
            verb_word.endswith(("ed", "ing"))
            or verb_word in IRREGULAR_PAST_CUES
            or any(lower[index] in {"have", "has", "had"} for index in range(last + 1, verb))
        )
        return located or reported

    def _try_agent(self, verb: int, sentence: Sentence, sentence_index: int) -> bool:
        """ "as first reported by Reuters", "was confirmed by the ministry": a by-agent."""
        by = verb + 1
        if (
            by + 1 >= sentence.end_token
            or self.lower[by] != "by"
            or self.lower[verb]
            not in {
                "reported",
                "confirmed",
                "announced",
                "revealed",
                "disclosed",
                "stated",
                "posted",
                "published",
                "said",
            }
        ):
            return False
        mention = (
            self.phrase_after(by + 1, sentence)
            if self._can_start_source(by + 1, sentence)
            else None
        )
        if mention is None or (mention.source == ANONYMOUS and self.lower[by + 1] in PRONOUNS):
            return False
        self.add(verb, mention.last, mention.source, self.lower[verb], sentence_index)
        return True

    def _can_start_source(self, index: int, sentence: Sentence) -> bool:
        """Can a post-verbal source phrase start here ("said Smith", "said the official")?"""
        if index >= sentence.end_token or self.in_quote[index]:
            return False
        lower = self.lower[index]
        words = self.words
        return (
            lower in {"he", "she", "they", "it", "the", "a", "an", "one", "two", "three"}
            or (index in self.name_candidate and self._is_name_word(index, sentence))
            or _bare(self.tokens[index]) in words.titles
            or lower in words.role_nouns
            or lower in words.anonymous_nouns
            or lower in words.collective_nouns
            or self._descriptor_then_name(index, sentence) >= 0
        )

    def _descriptor_then_name(self, index: int, sentence: Sentence) -> int:
        """ "rescue leader Tomás Aguilar": the name after up to three lower-case descriptor
        words, or -1."""
        position = index
        candidates = self.name_candidate
        while position < sentence.end_token and position - index <= 3:
            if position in candidates and self._is_name_word(position, sentence):
                return position if position > index else -1
            if (
                not self.is_word[position]
                or self.capitalised[position]
                or self.in_quote[position]
                or self.lower[position] in self.words.clause_words
                or self.lower[position] in PRONOUNS
            ):
                return -1
            position += 1
        return -1

    def _try_data(self, verb: int, sentence: Sentence, sentence_index: int) -> bool:
        """ "Council figures presented at the meeting showed": a data noun in the subject."""
        if self._is_negated_or_passive(verb, sentence):
            return False
        index = verb - 1
        first = verb
        data_at = -1
        while index >= sentence.first_token and verb - index <= 16:
            token = self.tokens[index]
            lower = self.lower[index]
            if token == "," and data_at < 0:
                # An appositive: "The report, published by the WHO, found", "The study,
                # which was funded by the NIH, found": jump to the phrase before it.
                earlier = self._find_back(index, sentence, ",", 16)
                index = (earlier if earlier >= 0 else index) - 1
                continue
            if (
                self.in_quote[index]
                or (not self.is_word[index] and token not in {"-"})
                or (
                    (lower in self.words.clause_words or lower in {"which", "who"})
                    and not token.isupper()
                )
            ):
                break
            if _bare(token) in self.words.data_nouns and data_at < 0:
                data_at = index
            first = index
            index -= 1
        if data_at < 0:
            return self._try_finding(verb, sentence, sentence_index)
        if self._hypothetical(verb, sentence):
            return False
        if self._is_weasel_subject(first, verb - 1, verb, sentence):
            return False
        # The subject starts at its first word; the data noun is its head.
        phrase_first = first
        while phrase_first < data_at and self.lower[phrase_first] in self.words.function_words:
            phrase_first += 1
        source = self._data_source(phrase_first, data_at, verb, sentence)
        self.data_sources.setdefault(_bare(self.tokens[data_at]), source)
        self.add(first, verb, source, self.lower[verb], sentence_index)
        return True

    def _try_finding(self, verb: int, sentence: Sentence, sentence_index: int) -> bool:
        """ "Pell & Marsh found that ...", "the developer estimates the deposit at 3m
        tonnes": a named or described source reports a finding or an estimate."""
        lower = self.lower[verb]
        following = verb + 1
        if following >= sentence.end_token:
            return False
        if lower in FINDING_VERBS:
            if self.lower[following] != "that":
                return False
        elif lower in ESTIMATE_VERBS:
            if not self._estimate_follows(following, sentence):
                return False
        else:
            return False
        if self._hypothetical(verb, sentence):
            return False
        mention = self.subject_before(verb, sentence)
        if (
            mention is None
            or mention.source in {"", ANONYMOUS, UNRESOLVED}
            or self.lower[mention.last] in PRONOUNS_AND_I
            or not (" " in mention.source or mention.source.isupper())
        ):
            # "she found that her keys were gone", "Visitors found that": a discovery, not
            # a report; the rule wants a full name ("Pell & Marsh") or an acronym
            return False
        if self._is_weasel_subject(mention.first, mention.last, verb, sentence):
            return False
        self.add(mention.first, verb, mention.source, lower, sentence_index)
        return True

    def _estimate_follows(self, index: int, sentence: Sentence) -> bool:
        """An object, then "at" and a figure, within a few words ("the loss at $3m")."""
        for position in range(index, min(index + 8, sentence.end_token - 1)):
            if self.lower[position] == "at":
                after = position + 1
                return self.is_number[after] or self.tokens[after][:1] in CURRENCY_OR_DIGIT
            if not self.is_word[position] or self.in_quote[position]:
                return False
        return False

    def _data_source(self, first: int, head: int, verb: int, sentence: Sentence) -> str:
        for index in range(head + 1, verb - 1):
            # "a poll by X", "data from X", "a report published by X" (not "funded by X").
            introduced = index == head + 1 or self.lower[index - 1] in DATA_AUTHOR_VERBS
            if (
                introduced
                and self.lower[index] in {"by", "from"}
                and self._can_start_source(index + 1, sentence)
            ):
                source = self.classify_phrase(index + 1, verb - 1, sentence)
                if source and source != ANONYMOUS:
                    return source
        if (
            first > 0
            and self.lower[first - 1] in {"the", "this", "that"}
            and (_bare(self.tokens[head]) in self.data_sources)
        ):
            return self.data_sources[_bare(self.tokens[head])]  # "the poll showed"
        for index in range(first, head):
            if self._is_name_word(index, sentence):
                last = min(self.name_run_forward(index, sentence), head - 1)
                entity_name = self.resolve_run(index, last, speaker=False)
                return f"{entity_name} {self.tokens[head]}".strip()
        return self._phrase_text(first, head)


def paragraphs_of(analysis: Analysis) -> list[tuple[int, int]]:
    """Paragraph spans of the article: consecutive sentences not separated by a newline.
    (A sentence opens a paragraph when it starts before the previous sentence's end or a
    newline lies between them: decided for all sentences by C-level maps.)"""
    sentences = analysis.sentences
    if not sentences:
        return []
    text = analysis.text
    starts = list(map(_START, sentences))
    ends = list(map(_END, sentences))
    later_starts, earlier_ends = starts[1:], ends[:-1]
    gaps = map(text.__getitem__, map(slice, earlier_ends, later_starts))
    newline_between = map(operator.contains, gaps, itertools.repeat("\n"))
    opens = map(operator.or_, map(operator.lt, later_starts, earlier_ends), newline_between)
    # indices of the sentences that open a paragraph (the first always does)
    openers = [0, *itertools.compress(range(1, len(starts)), opens)]
    closers = [opener - 1 for opener in openers[1:]] + [len(ends) - 1]
    return list(
        zip(map(starts.__getitem__, openers), map(ends.__getitem__, closers), strict=True)
    )


# ---------------------------------------------------------------------------------------------
# Quotations: which quoted stretches are direct quotes, and who spoke them.


class Quote(NamedTuple):
    stretch: QuotedStretch
    speaker: str | None
    sentence_index: int


def _last_at_or_before(starts: Sequence[int], offset: int) -> int:
    """The index of the last of the ordered ``starts`` at or before ``offset`` (0 if none)."""
    index = bisect.bisect_right(starts, offset) - 1
    return index if index > 0 else 0


def select_quotes(scan: SourcingScan) -> list[Quote]:
    """The quoted stretches that are direct quotations, each with its speaker if known."""
    analysis = scan.analysis
    sentences = analysis.sentences
    if not sentences:
        return []
    if not scan.stretches:
        return []  # nothing quoted: no quotation to select
    text = analysis.text
    paragraphs = scan.paragraphs
    paragraph_starts = list(map(_FIRST, paragraphs))
    sentence_starts = list(map(_START, sentences))
    grouped: dict[int, list[Attribution]] = {}
    for attribution in scan.attributions:
        position = _last_at_or_before(paragraph_starts, attribution.start)
        grouped.setdefault(position, []).append(attribution)
    # a paragraph's attributions are indexed only when one of its stretches asks for them
    by_paragraph: dict[int, LocalAttributions] = {}
    quotes: list[Quote] = []
    previous_speaker: str | None = None
    for stretch in scan.stretches:
        paragraph = _last_at_or_before(paragraph_starts, stretch.start)
        paragraph_start, paragraph_end = paragraphs[paragraph]
        sentence_index = _last_at_or_before(sentence_starts, stretch.start)
        sentence = sentences[sentence_index]
        local = by_paragraph.get(paragraph)
        if local is None:
            group = grouped.get(paragraph)
            local = by_paragraph[paragraph] = (
                LocalAttributions.of(group) if group else NO_ATTRIBUTIONS
            )
        adjacent = _adjacent_attribution(text, stretch, local) if local.items else None
        if stretch.continues:
            speaker = previous_speaker
            quotes.append(Quote(stretch, speaker, sentence_index))
            continue
        if sentence.segment == "title":
            # Headlines quote in fragments ("Calls His People ‘Close-Minded’"); a quoted
            # stretch there is a quotation unless it is named as a work or used as a noun.
            if naming_word_before(text, stretch.open_mark, paragraph_start) or (
                determiner_before(text, stretch.open_mark, paragraph_start)
            ):
                continue
            if word_count(text, stretch.start, stretch.end) <= 3 and not (
                _headline_cue_before(text, stretch, paragraph_start)
            ):
                continue  # "Lawmakers debate ‘ghost guns’": a term, not a quotation
        elif (
            adjacent is None
            # (a stretch of fewer than two words always looks like a name or term)
            and looks_like_name_or_term(text, stretch, paragraph_start)
            and not _short_attributed(text, stretch, local, sentence)
        ):
            continue
        speaker = adjacent.source if adjacent is not None else _nearest_source(stretch, local)
        if speaker is None and stretch.start - paragraph_start <= 2 and paragraph > 0:
            before = grouped.get(paragraph - 1)  # the previous paragraph's last source
            speaker = before[-1].source if before else None
        del paragraph_end
        previous_speaker = speaker
        quotes.append(Quote(stretch, speaker, sentence_index))
    return quotes


@functools.cache
def headline_quote_cues() -> frozenset[str]:
    return frozenset(read_lines("sourcing/headline_quote_cues.txt"))


def _headline_cue_before(text: str, stretch: QuotedStretch, floor: int) -> bool:
    """A speech verb or colon among the four words before a short headline quotation, or the
    quotation opens the headline ("‘We will rebuild,’ says mayor")."""
    window = text[max(floor, stretch.open_mark - 50) : stretch.open_mark]
    if not window.strip():
        return True
    cues = headline_quote_cues()
    if window.rstrip().endswith(":"):
        return True
    words = WORD_RE.findall(window)[-4:]
    return any(word.lower() in cues for word in words)


class LocalAttributions(NamedTuple):
    """A paragraph's attributions in text order, with their starts and ends indexed so that a
    quotation finds its neighbours by binary search (a long paragraph of many quotes and
    cues must not cost quotes x attributions)."""

    items: list[Attribution]
    starts: list[int]
    by_end: list[tuple[int, int]]  # (end, index in items), ordered

    @classmethod
    def of(cls, attributions: Sequence[Attribution]) -> LocalAttributions:
        # (stable sorts by C-level keys: the same order as sorting on the fields by hand)
        items = sorted(attributions, key=_START)
        by_end = sorted(zip(map(_END, items), itertools.count()))
        return cls(items, list(map(_START, items)), by_end)

    def starting_in(self, low: int, high: int) -> list[Attribution]:
        """Attributions whose start lies in ``[low, high]``, in text order."""
        first = bisect.bisect_left(self.starts, low)
        last = bisect.bisect_right(self.starts, high)
        return self.items[first:last]

    def any_starting_in(self, low: int, high: int) -> bool:
        """Does any attribution start in ``[low, high]``? (No list built: O(log n).)"""
        first = bisect.bisect_left(self.starts, low)
        return first < len(self.starts) and self.starts[first] <= high

    def ending_in(self, low: int, high: int) -> list[Attribution]:
        """Attributions whose end lies in ``[low, high]``, in text order."""
        first = bisect.bisect_left(self.by_end, (low, -1))
        last = bisect.bisect_right(self.by_end, (high, len(self.items)), first)
        if first == last:
            return []
        return list(map(self.items.__getitem__, sorted(map(_SECOND, self.by_end[first:last]))))


NO_ATTRIBUTIONS = LocalAttributions([], [], [])


def _adjacent_attribution(
    text: str, stretch: QuotedStretch, attributions: LocalAttributions
) -> Attribution | None:
    """An attribution right after the closing mark (', he said') or right before the opening
    mark ('Kim said: "...'), with only punctuation and a few characters between."""
    after = stretch.close_mark + 1 if stretch.close_mark is not None else stretch.end
    # '"...," he said' — the quotation ends in a comma, question mark, exclamation or dash
    # inside its marks, or a comma follows them; '"The Long Goodbye." Organizers added' is not.
    for attribution in attributions.starting_in(after, after + 3):
        gap = text[after : attribution.start]
        if not gap.strip(" ,;:—–-") and (text[stretch.end - 1] in ",?!—–-" or "," in gap):
            return attribution
    for attribution in attributions.ending_in(stretch.open_mark - 8, stretch.open_mark):
        gap = text[attribution.end : stretch.open_mark]
        if gap.strip(" ,:—–-") in {"", "that"}:
            return attribution
    return None


def _nearest_source(stretch: QuotedStretch, attributions: LocalAttributions) -> str | None:
    """The source of the attribution whose start is nearest the quotation's (the earlier one
    on a tie)."""
    if not attributions.items:
        return None
    index = bisect.bisect_left(attributions.starts, stretch.start)
    candidates = []
    if index > 0:
        # the first of any attributions sharing the nearest start before the quotation
        before = bisect.bisect_left(attributions.starts, attributions.starts[index - 1])
        candidates.append(attributions.items[before])
    if index < len(attributions.items):
        candidates.append(attributions.items[index])
    best = min(candidates, key=lambda attribution: abs(attribution.start - stretch.start))
    return best.source


def _clause_after_that(text: str, stretch: QuotedStretch, sentence: Sentence) -> bool:
    """ 'insisted that "nothing is wrong"': "that" introduces a quoted clause (it holds an
    auxiliary verb), not a noun ('that "heat dome"')."""
    before = WORD_RE.findall(text, max(sentence.start, stretch.open_mark - 6), stretch.open_mark)
    if not before or before[-1].lower() != "that":
        return False
    quoted = WORD_RE.findall(text, stretch.start, stretch.end)
    return any(word.lower() in AUXILIARIES for word in quoted)


def _short_attributed(
    text: str,
    stretch: QuotedStretch,
    attributions: LocalAttributions,
    sentence: Sentence,
) -> bool:
    """A short partial quotation in a sentence that attributes it to a source
    ('He argued that cinema was the most powerful tool for "human transformation."'), unless
    it is a name, a Title Case title or a noun after a determiner ('the "heat dome"')."""
    if naming_word_before(text, stretch.open_mark, sentence.start):
        return False
    if determiner_before(text, stretch.open_mark, sentence.start) and not _clause_after_that(
        text, stretch, sentence
    ):
        return False
    if is_title_case(WORD_RE.findall(text, stretch.start, stretch.end)):
        return False
    return attributions.any_starting_in(sentence.start, sentence.end - 1)


# ---------------------------------------------------------------------------------------------
# The scorer.


def sourcing_score(metrics: dict[str, float]) -> float:
    """The documented sub-score formula (see the module docstring)."""
    density = min(1.0, metrics["attributions_per_100_words"] / 1.5)
    diversity = min(1.0, metrics["distinct_sources"] / 3.0)
    coverage = min(1.0, metrics["attributed_sentence_share"] / 0.4)
    attributions = metrics["attributions"]
    quotes = metrics["quotes"]
    score = 20.0 + 30.0 * density + 25.0 * diversity + 25.0 * coverage
    score -= 25.0 * metrics["anonymous_sources"] / max(3.0, attributions)
    score -= 15.0 * metrics["unattributed_quote_count"] / max(3.0, quotes)
    return min(100.0, max(0.0, score))


def _canonical(source: str) -> str:
    return " ".join(source.lower().split())


class SourcingScorer:
    name = "sourcing"
    default_weight = 1.0
    description = (
        "Attributions (who is cited, named or anonymous) and direct quotations, with speakers."
    )

    def score(self, analysis: Analysis) -> ScorerResult:
        scan = SourcingScan(analysis)
        attributions = scan.scan()
        quotes = select_quotes(scan)
        findings: list[Finding] = []
        text = analysis.text
        # Finding(...) with positional fields, as Finding.at builds it (one per kept result,
        # thousands per MB: the keyword call through ``at`` costs more than the object)
        for start, end, source, _cue, _sentence in attributions:
            label = SOURCE_LABELS.get(source, source)
            findings.append(
                Finding(
                    self.name,
                    "attribution",
                    start,
                    end,
                    text[start:end],
                    f"Attributes information to {label}.",
                    None,
                    None if source == UNRESOLVED else source,
                )
            )
        unattributed = 0
        attributed_sentences = {attribution.sentence_index for attribution in attributions}
        previous: QuotedStretch | None = None
        for quote in quotes:
            stretch = quote.stretch
            related: tuple[Span, ...] = ()
            if stretch.continues and previous is not None:
                related = (analysis.span(previous.start, previous.end),)
            if quote.speaker is None:
                unattributed += 1
                message = "Direct quotation with no speaker named in the text."
            else:
                attributed_sentences.add(quote.sentence_index)
                speaker = SOURCE_LABELS.get(quote.speaker, quote.speaker)
                message = f"Direct quotation of {speaker}."
            if stretch.continues:
                message += " Continues the quotation from the previous paragraph."
            start, end = stretch.start, stretch.end
            findings.append(
                Finding(
                    self.name,
                    "quote",
                    start,
                    end,
                    text[start:end],
                    message,
                    None,
                    None if quote.speaker == UNRESOLVED else quote.speaker,
                    related,
                )
            )
            previous = stretch
        findings.sort(key=_FINDING_ORDER)
        metrics = self.metrics(
            analysis, attributions, len(quotes), unattributed, len(attributed_sentences)
        )
        sub_score = NEUTRAL if analysis.word_count == 0 else sourcing_score(metrics)
        return ScorerResult(
            score=sub_score, weight=self.default_weight, metrics=metrics, findings=findings
        )

    @staticmethod
    def metrics(
        analysis: Analysis,
        attributions: Sequence[Attribution],
        quotes: int,
        unattributed: int,
        attributed_sentences: int,
    ) -> dict[str, float]:
        anonymous = sum(1 for attribution in attributions if attribution.source == ANONYMOUS)
        named = len(attributions) - anonymous
        distinct = {
            _canonical(attribution.source)
            for attribution in attributions
            if attribution.source not in (ANONYMOUS, UNRESOLVED)
        }
        words = analysis.word_count
        sentences = len(analysis.sentences)
        return {
            "attributions": float(len(attributions)),
            "attributions_per_100_words": 100.0 * len(attributions) / words if words else 0.0,
            "quotes": float(quotes),
            "named_sources": float(named),
            "anonymous_sources": float(anonymous),
            "distinct_sources": float(len(distinct)),
            "dependency_on_anonymous_sources": anonymous / len(attributions)
            if attributions
            else 0.0,
            "attributed_sentence_share": attributed_sentences / sentences if sentences else 0.0,
            "unattributed_quote_count": float(unattributed),
        }
