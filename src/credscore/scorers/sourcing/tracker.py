"""Named entities met in the text, for resolving surnames, short names and pronouns, and
the per-name facts (kind, short forms) read from a name's words alone."""

from __future__ import annotations

import collections
import functools
import itertools
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from credscore.scorers.sourcing.lexicon import (
    ANONYMOUS,
    GROUP_KINDS,
    GROUP_PRONOUNS,
    MAX_SHORT_FORM_HOLDERS,
    MONTH_NAMES,
    NOT_BODY_KINDS,
    ORGANISATION_OR_OUTLET,
    PERSON_KINDS,
    PRONOUN_GENDER,
    RECENT_MENTIONS,
    SURNAME_VARIANT_MIN,
    Lexicon,
    _bare,
    _last_seen,
    lexicon,
    not_short_forms,
)

# Kinds guessed from a name's shape (two capitalised words read as a person), which a
# legal-form suffix or organisation word met later overrides.
GUESSED_KINDS = frozenset({"person", "unknown", "thing"})


# How many mentions back "he"/"she" looks for a person in the foreground when the latest
# person-shaped name was met in the background: the speaker of the paragraph, not someone
# named pages before.
FOREGROUND_REACH = 16

# Kinds an agent (a name that spoke) keeps even so: a person or an outlet is no company.
AGENT_NOT_COMPANY = frozenset({"person", "outlet"})


class Entity:
    """A named entity met in the text (a plain slotted class: one is made per new name,
    thousands per document, and attrs' generated ``__init__`` costs more than this one)."""

    __slots__ = (
        "background",
        "by_speech",
        "definite",
        "gender",
        "kind",
        "last_seen",
        "locative",
        "mentions",
        "name",
    )

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
        # First met after a place preposition ("sold in Bavaria and Vorarlberg"): an unknown
        # name used as a place, no business "the company" refers to.
        self.locative = False
        # How often it was named or referred to (the interviewee is the most mentioned).
        self.mentions = 0
        # Its latest mention was in the background: after "the" or a place preposition ("the
        # Porto podium", "from Vila Nova de Gaia"), where a place, event or business is named;
        # "he said" skips it for a person in the foreground.
        self.background = False

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
        # Surnames of 7+ letters by first letter and length, the latest few each: a later
        # slip of one letter ("Wisnewski", "Thackery") still names that person.
        self.surname_buckets: dict[tuple[str, int], list[tuple[str, Entity]]] = {}
        # Names that were the source of an attribution: agents, whatever their words say.
        self.agents: set[str] = set()
        # The index of the sentence being read, and the body that spoke last with the index
        # of its sentence: "..., the council said. It added ..." is that body.
        self.sentence = 0
        self.body_source: str | None = None
        self.body_source_sentence = -2
        # The sentence of the last report when its source was unnamed ("a source close to
        # the club told Radio X ..."), and the mention count at its end: a "they said" in
        # that sentence, or later with no name met since, is that source.
        self.anonymous_sentence = -2
        self.anonymous_clock = -1

    def most_mentioned_person(self) -> Entity | None:
        """The person named or referred to most often so far (ties to the latest): whom an
        interviewer's "you" addresses."""
        best: Entity | None = None
        for entity in self.entities:
            if entity.kind != "person" or (entity.by_speech and not entity.gender):
                continue
            if best is None or (entity.mentions, entity.last_seen) > (
                best.mentions,
                best.last_seen,
            ):
                best = entity
        return best

    def remember(self, entity: Entity) -> None:
        """A mention of a known entity (a resolved pronoun): count it and append it."""
        self.clock += 1
        entity.last_seen = self.clock
        entity.mentions += 1
        entity.background = False
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
        locative: bool = False,
        background: bool = False,
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
                if background and entity.name.rsplit(" ", 1)[-1].lower() == key:
                    background = False  # "the Beardens": a surname, a person referred to
            elif key not in self.by_name and self.by_surname:
                entity = self._surname_variant(key)
                background = False
            if entity is not None and kind == "organisation" and entity.kind == "person":
                entity = None  # "Brøndahl ApS" after "Brøndahl Vikla": the business, no person
        if entity is None:
            entity = self.by_name.get(key)
            if entity is not None and kind == "organisation" and entity.kind in GUESSED_KINDS:
                entity.kind = kind  # "Käserei Oberhasli AG": a legal form beats a guess
        if entity is None:
            by_speech = kind == "unknown" and speaker and not gender
            if kind == "unknown" and (speaker or gender):
                kind = "person"
            entity = Entity(name, kind, "", 0, by_speech, definite)
            entity.locative = locative and kind == "unknown"
            self.entities.append(entity)
            self.by_name[key] = entity
            if words >= 2:
                # A person is later named by any part of the name ("Kim", "Scarlatoiu"); an
                # organisation or outlet by its last word ("the Times"), not by "UK".
                for bare in person_forms if kind == "person" else group_forms:
                    _hold(self.by_token, bare, entity)
                if kind == "person" and person_forms:
                    # Its surname as written without accents ("Stastna" for "Šťastná").
                    surname = _folded(person_forms[-1])
                    self.by_surname[surname] = entity
                    if len(surname) >= SURNAME_VARIANT_MIN:
                        bucket = self.surname_buckets.setdefault((surname[0], len(surname)), [])
                        bucket.append((surname, entity))
                        if len(bucket) > MAX_SHORT_FORM_HOLDERS:
                            del bucket[0]  # bounded: thousands of long surnames stay linear
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
        entity.background = background
        # remember, inlined (the clock has moved on above)
        entity.last_seen = clock
        entity.mentions += 1
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
        self,
        kinds: frozenset[str],
        gender: str = "",
        *,
        undetermined: bool = False,
        known_people: bool = False,
    ) -> Entity | None:
        spoke: Entity | None = None
        for entity in reversed(self.recent):
            if entity.kind not in kinds:
                continue
            if entity.kind == "unknown" and entity.name in MONTH_NAMES:
                continue  # "in May": a month, no body "its report" refers to
            if gender and entity.gender and entity.gender != gender:
                continue
            if undetermined and entity.definite and not entity.gender:
                continue  # "the Rialto Playhouse": a name met after "the" is no person
            if (gender or known_people) and entity.by_speech and not entity.gender:
                # "Vestholm says": one word taken for a person only because it spoke, may
                # be a business; "she" goes to a person known as one if there is any.
                spoke = spoke or entity
                continue
            return entity
        return None if known_people else spoke

    def _guessed_in_background(self, entity: Entity) -> bool:
        """A name read as a person only for its shape (no he/she yet, never a source),
        last met in the background ("from Vila Nova de Gaia", "in Nordic esports")."""
        return entity.background and not entity.gender and entity.name not in self.agents

    def _foreground_person(self, skipped: Entity, gender: str) -> Entity | None:
        """The latest person "he"/"she" may refer to but for ``skipped`` and other names
        read as persons but last met in the background; None when there is none."""
        for entity in itertools.islice(reversed(self.recent), FOREGROUND_REACH):
            if entity is skipped or entity.kind != "person":
                continue
            if entity.gender and entity.gender != gender:
                continue
            if entity.definite and not entity.gender:
                continue
            if entity.by_speech and not entity.gender:
                continue
            if self._guessed_in_background(entity):
                continue
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
            if entity is None:
                entity = self._one_letter_variant(folded)
        if entity is None or entity.kind != "person":
            return None
        return entity

    def _one_letter_variant(self, folded: str) -> Entity | None:
        """The person whose surname this word is with one letter left out, added, changed
        or two letters swapped ("Wisnewski" / "Wisniewski", "Thackery" / "Thackeray"), with
        the same first letter; None when no such surname, or several, were met."""
        found: Entity | None = None
        size = len(folded)
        for length in (size - 1, size, size + 1):
            for surname, entity in self.surname_buckets.get((folded[0], length), ()):
                if _one_edit(folded, surname):
                    if found is not None and found is not entity:
                        return None  # two people fit: leave it
                    found = entity
        return found

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
        headed = [entity for entity in alive if name_head(entity.name) == head]
        if headed:
            # "the university": the University of Harrowfield, not the University and
            # College Union (a union), whatever was named last
            alive = headed
        if len(alive) > 1:
            agents = self.agents
            spoken = [entity for entity in alive if entity.name in agents]
            if spoken:
                # a body that has spoken, not one last named in passing ("a fragment now in
                # the National Museum of Scotland") since
                alive = [
                    entity
                    for entity in alive
                    if entity.name in agents or not entity.background
                ]
        if modifier:
            both = [entity for entity in alive if modifier in entity.name.lower().split()]
            if both:
                return max(both, key=_last_seen)
        return max(alive, key=_last_seen)

    def latest_company(self) -> Entity | None:
        """The business "the company" refers to: the latest organisation that is no public
        body ("the Data Protection Commission"), no non-commercial institution ("the
        University of X"), no acronym ("GPS", "SUVs"), no code ("A12") and not met after
        "the" ("the Nasdaq"); an agent (a name that was the source of an attribution: "South
        Moor Water warned") counts as an organisation whatever its words suggest, unless it
        is a person or a known place; else the latest unknown name that spoke ("Stridely",
        which may have been taken for a person only because it spoke); else the latest
        organisation of any sort. An unknown name that did nothing (a region in a list of
        stockists) is no candidate."""
        words = self.words
        agents = self.agents
        unknown: Entity | None = None
        fallback: Entity | None = None
        for entity in reversed(self.recent):
            name = entity.name
            name_words = name.split()
            spoke = entity.by_speech and not entity.gender and len(name_words) == 1
            agent = (
                name in agents
                and (
                    entity.kind not in AGENT_NOT_COMPANY
                    # "Tarn Valley Water warned": read as a person for its shape, but a place word
                    # inside it and no he/she make it a body
                    or (
                        entity.kind == "person"
                        and not entity.gender
                        and len(name_words) > 2
                        and not words.place_words.isdisjoint(map(_bare, name_words[1:]))
                    )
                )
            )
            if agent and entity.kind == "place" and name.lower() in words.places:
                agent = False  # "Ukraine said": a state, no business
            if entity.kind not in GROUP_KINDS - {"outlet"} and not spoke and not agent:
                continue
            if any(char.isdigit() for char in name):
                continue  # "alert A12", "the M25": a code, never the company
            bare = [_bare(word) for word in name_words]
            acronym = len(name_words) == 1 and name_words[0].rstrip("s").isupper()
            definite = entity.definite and words.organisation_words.isdisjoint(bare)
            if (
                acronym
                or definite
                or not words.public_body_words.isdisjoint(bare)
                or not words.non_business_words.isdisjoint(bare)
            ):
                if fallback is None and entity.kind == "organisation":
                    fallback = entity
            elif entity.kind == "organisation" or agent:
                return entity
            elif unknown is None and not entity.locative:
                unknown = entity
        return unknown or fallback

    def pronoun(self, word: str, *, possessive: bool = False) -> str | None:
        """The name a pronoun refers to; ``possessive`` for the owner of "its"/"his"... (read
        from the subject of its own clause, "The campaign paid for its own survey")."""
        lower = word.lower()
        gender = PRONOUN_GENDER.get(lower, "")
        if lower in GROUP_PRONOUNS:
            if (
                lower == "it"
                and not possessive
                and self.sentence - self.body_source_sentence <= 1
            ):
                # the subject of the last report, not a supplier named in it since ("the
                # council said files were copied from a server run by X. It added ...")
                return self.body_source
            if lower == "they" and (
                self.sentence == self.anonymous_sentence or self.clock == self.anonymous_clock
            ):
                return ANONYMOUS  # (a singular "they" for "a source", or "officials")
            kinds = GROUP_KINDS if lower == "it" else ORGANISATION_OR_OUTLET
            found = self.latest(kinds)
            if found is not None:
                return found.name
            return ANONYMOUS if lower != "it" else self.last_source
        found = self.latest(PERSON_KINDS, gender, undetermined=bool(gender))
        if found is None:
            return None
        if gender and self._guessed_in_background(found):
            found = self._foreground_person(found, gender) or found
        if gender and not found.gender:
            found.gender = gender
        self.remember(found)
        return found.name


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


# Words that end a name's head part: "Ministry of Agriculture", "Department for Education".
HEAD_ENDERS = frozenset({"of", "for", "on", "in", "at"})


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def name_head(name: str) -> str:
    """The head noun of a body's name, lower-cased: its last word before "of", "for" ...
    ("museum" in "National Museum of Scotland", "union" in "University and College
    Union")."""
    head = ""
    for word in name.split():
        bare = _bare(word)
        if bare in HEAD_ENDERS and head:
            break
        head = bare
    return head


def _one_edit(word: str, other: str) -> bool:
    """Whether two different words are one letter apart: one left out, added or changed,
    or two neighbours swapped."""
    if word == other:
        return False
    if len(word) > len(other):
        word, other = other, word
    prefix = 0
    limit = len(word)
    while prefix < limit and word[prefix] == other[prefix]:
        prefix += 1
    if len(word) < len(other):
        return word[prefix:] == other[prefix + 1 :]  # a letter left out of ``word``
    if word[prefix + 1 :] == other[prefix + 1 :]:
        return True  # one letter changed
    return (
        prefix + 1 < limit
        and word[prefix] == other[prefix + 1]
        and word[prefix + 1] == other[prefix]
        and word[prefix + 2 :] == other[prefix + 2 :]
    )  # two neighbours swapped


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
    if words.demonyms.issuperset(bare):
        return "thing"  # "Nigerian American", "Dutch": a description, no one's name
    if first_word.isupper() and len(first_word) > 1 and not words.function_words.isdisjoint(bare):
        return "thing"  # "ONE IN TEN", "WHAT TO KNOW": an upper-case heading, no name
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
