"""Capitalised-name mentions in the article, from the shared analysis tokens.

A mention is a run of name tokens inside one sentence: capitalised words (not all-caps
acronyms), joined by single spaces, with lower-case particles allowed between them ("Charles
de Gaulle", "Osama bin Laden") and particle-prefixed tokens counted as name tokens
("al-Assad"). Function words, sentence openers and honorific or job titles are never part of
a name: they break a run ("When Kim Jong Il ..." gives "Kim Jong Il"; "Chief Executive Kari
Lindqvist" gives "Kari Lindqvist"). A possessive ("Kim's") ends a run and is left out of the
mention. Single capital initials with a period ("George W. Bush") stay inside a run.

Each mention carries its normalised ``parts`` (split at spaces, hyphens and apostrophes,
lower-cased, diacritics removed) so that spellings can be compared cheaply.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

import attrs

from credscore.analysis import Analysis, Sentence
from credscore.resources import WORD_CACHE_SIZE, read_lines

POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S")
HEADLINE_CAPITALISED_SHARE = 0.6
MAX_NAME_TOKENS = 6  # "Maria de los Angeles Garcia Lopez" is about as long as names get
MAX_TAIL_LENGTH = 4  # romanised syllables ("il", "hoon", "seo"), not words ("winning")
HEADLINE_LONG_WORD = 4  # words this long or longer decide whether a line is title-cased
# "some of the residents": the determiners a partitive "of" may take before a source noun
# (shared by the hedging and sourcing scorers).
PARTITIVE_DETERMINERS = frozenset({"the", "these", "those"})
# After "saying", objects that are no claim ("saying goodbye", "saying thanks") ...
NOT_CLAIMS_AFTER_SAYING = frozenset({"goodbye", "hello", "grace", "prayers", "thanks", "sorry"})
# ... and after a generic claim verb ("Doctors say ..."), words that open an object, not a
# claimed clause: "Residents say nothing", "People say a lot of things" (hedging, sourcing).
NOT_CLAIMS_AFTER_GENERIC = NOT_CLAIMS_AFTER_SAYING | frozenset(
    {"nothing", "anything", "something", "everything", "lots", "so", "it", "yes", "no"}
)
# ... and after "a"/"an": "say a lot", "say a few words", "say a prayer"
NOT_CLAIMS_AFTER_GENERIC_ARTICLE = frozenset({"lot", "few", "word", "thing", "prayer", "great"})


def opens_generic_object(next_word: str | None, word_after: str | None) -> bool:
    """Whether the words after a generic claim verb open an object ("say a lot of things",
    "say nothing") rather than the claimed clause ("say a sudden rash can ...")."""
    if next_word in NOT_CLAIMS_AFTER_GENERIC:
        return True
    return next_word in {"a", "an"} and word_after in NOT_CLAIMS_AFTER_GENERIC_ARTICLE

# A run of characters that ``str.isalnum`` accepts (``\w`` is those plus "_")
_ALNUM_RUN_RE = re.compile(r"[^\W_]+")
_PLAIN_NAME_RE = re.compile(r"[A-Za-z0-9. ]*")


# A weekday is no part of a name: "On Friday Andrey Kolomeitsev" names one person. (Months
# are not here: "April", "June" are given names; "May" is a stopword already.)
WEEKDAY_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


@functools.cache
def name_stopwords() -> frozenset[str]:
    return frozenset(read_lines("consistency/name_stopwords.txt")) | WEEKDAY_NAMES


@functools.cache
def title_words() -> frozenset[str]:
    # (the abbreviated ones, "Cllr" or "Insp", are kept in a file of their own)
    return frozenset(read_lines("consistency/titles.txt")) | frozenset(
        read_lines("consistency/title_abbreviations.txt")
    )


@functools.cache
def particles() -> frozenset[str]:
    return frozenset(read_lines("consistency/particles.txt"))


@attrs.frozen
class Mention:
    """One capitalised-name mention: where it is, how it is written, its normalised parts.

    ``headline`` is true inside the title or a title-cased line, where capitals follow
    house style rather than the name's spelling.
    """

    start: int
    end: int
    surface: str
    parts: tuple[str, ...]
    headline: bool

    @property
    def words(self) -> tuple[str, ...]:
        """Space-separated words, letters only: "Kim Jong-il" gives ("kim", "jongil")."""
        return surface_words(self.surface)

    @property
    def key(self) -> str:
        """The letters only: equal keys mean the spellings differ only in case, spacing,
        hyphens, apostrophes or diacritics."""
        return "".join(self.parts)


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def fold(text: str) -> str:
    """Lower-case ASCII-ish form: diacritics removed, case folded."""
    if text.isascii():
        return text.casefold()  # no decomposition, no combining marks
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def is_plain_name(surface: str) -> bool:
    """Only ASCII letters, digits, spaces and periods: then the words of the name
    (:func:`surface_words`) are its parts (:func:`split_parts`)."""
    return _PLAIN_NAME_RE.fullmatch(surface) is not None


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def surface_words(surface: str) -> tuple[str, ...]:
    """Space-separated words of a name, letters only: "Kim Jong-il" gives ("kim", "jongil")."""
    if is_plain_name(surface):
        return split_parts(surface)
    return tuple(folded for word in surface.split(" ") if (folded := letters(word)))


def letters(word: str) -> str:
    """The letters and digits of a word, folded: "O'Neill" gives "oneill"."""
    if word.isascii() and word.isalnum():
        return word.lower()  # the common case: nothing to fold or drop
    return "".join(_ALNUM_RUN_RE.findall(fold(word)))


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def split_parts(surface: str) -> tuple[str, ...]:
    """Normalised name parts: split at whitespace, hyphens and apostrophes; initials' periods
    dropped."""
    # a period never ends a part ("J.R." gives "jr"); any other non-alphanumeric does
    return tuple(_ALNUM_RUN_RE.findall(fold(surface).replace(".", "")))


def _strip_possessive(token: str) -> tuple[str, bool]:
    # POSSESSIVE_ENDINGS, tested by hand: this runs for every capitalised token
    if len(token) > 2 and token[-1] in "sS" and token[-2] in "'’":
        return token[:-2], True
    return token, False


def _is_acronym(token: str) -> bool:
    if token.isascii() and not token.isupper():
        return False  # an ASCII lower-case letter: not all letters are capitals
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _is_particle_prefixed(token: str) -> bool:
    """``al-Assad``, ``el-Sisi``: a lower-case particle, a hyphen, a capitalised part."""
    head, hyphen, tail = token.partition("-")
    return bool(hyphen) and bool(tail) and tail[0].isupper() and head in particles()


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def name_token_kind(token: str) -> str:
    """``name`` for a token that can be part of a name, ``particle`` for a lower-case
    particle, ``initial`` for a single capital letter, else ``other``."""
    first = token[0]
    if first.isupper():
        bare, _ = _strip_possessive(token)
        lower = bare.lower()
        head = lower.replace("’", "'").split("'")[0]  # "We've", "Don't"
        stop = name_stopwords()
        if lower in stop or head in stop or lower in title_words():
            return "other"
        if len(bare) == 1:
            return "initial"
        if _is_acronym(bare):
            return "other"
        return "name" if bare[0].isalpha() else "other"
    if first.islower():
        if token in particles():
            return "particle"
        if _is_particle_prefixed(token):
            return "name"
    return "other"


def is_headline_sentence(analysis: Analysis, sentence: Sentence) -> bool:
    """The title, or a title-cased line (a subheading, a quoted title of a work)."""
    if sentence.segment == "title":
        return True
    texts = analysis.token_texts
    if sentence.end_token > sentence.first_token and texts[sentence.end_token - 1] in {
        ".",
        "!",
        "?",
        ";",
    }:
        return False  # a sentence full of names, not a title-cased line
    long_words = [
        texts[i]
        for i in sentence.token_indices
        if len(texts[i]) >= HEADLINE_LONG_WORD and texts[i][0].isalpha()
    ]
    if len(long_words) < 2:
        return False
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return capitalised >= HEADLINE_CAPITALISED_SHARE * len(long_words)


def _only_space_between(text: str, end: int, start: int) -> bool:
    return start - end == 1 and text[end] == " "


def hyphen_tails(analysis: Analysis) -> frozenset[str]:
    """Lower-case syllables that follow a hyphen in capitalised names of this article
    ("Jong-il", "Ji-hoon"): written with a space instead ("Park Ji hoon"), they still belong
    to the name. Words ("Oscar-winning") and letter prefixes ("B-movie") are not syllables."""
    texts = analysis.token_texts
    return _hyphen_tails([texts[i] for i in _hyphenated(analysis)])


def _hyphenated(analysis: Analysis) -> list[int]:
    """Indices of the tokens with a hyphen, in order. Found from the hyphens of the text,
    which are few, rather than by a step per token."""
    text = analysis.text
    starts = analysis.token_starts
    ends = analysis.token_ends
    found: list[int] = []
    position = text.find("-")
    while position >= 0:
        index = bisect.bisect_right(starts, position) - 1
        if index >= 0 and position < ends[index] and (not found or found[-1] != index):
            found.append(index)
        position = text.find("-", position + 1)
    return found


def _hyphen_tails(hyphenated: Iterable[str]) -> frozenset[str]:
    tails: set[str] = set()
    stop = name_stopwords()
    for token in hyphenated:
        if token[0].isupper():
            head, *rest = _strip_possessive(token)[0].split("-")
            if len(head) < 2 or _is_acronym(head):
                continue  # "B-movie", "AI-generated"
            for tail in rest:
                if (
                    tail
                    and len(tail) <= MAX_TAIL_LENGTH
                    and tail[0].islower()
                    and tail.isalpha()
                    and tail not in stop
                ):
                    tails.add(tail)
    return frozenset(tails)


def _run_openers(analysis: Analysis, hyphenated: Sequence[int]) -> list[int]:
    """Indices of the tokens that can open a name: capitalised ones, and lower-case ones
    with a hyphen ("al-Assad"), in order."""
    texts = analysis.token_texts
    capitalised = list(itertools.compress(itertools.count(), analysis.is_capitalised))
    particled = [i for i in hyphenated if texts[i][0].islower()]
    return sorted(capitalised + particled) if particled else capitalised


def sentence_mentions(
    analysis: Analysis, sentence: Sentence, headline: bool, tails: frozenset[str] = frozenset()
) -> list[Mention]:
    """The name mentions of one sentence, in order."""
    texts = analysis.token_texts
    openers = [
        i
        for i in sentence.token_indices
        if texts[i][0].isupper() or (texts[i][0].islower() and "-" in texts[i])
    ]
    return _scan(analysis, (sentence,), tails, openers, lambda _: headline)


def name_mentions(analysis: Analysis) -> list[Mention]:
    """Every name mention of the article, in document order."""
    texts = analysis.token_texts
    hyphenated = _hyphenated(analysis)
    tails = _hyphen_tails([texts[i] for i in hyphenated])
    openers = _run_openers(analysis, hyphenated)
    return _scan(
        analysis,
        analysis.sentences,
        tails,
        openers,
        functools.partial(is_headline_sentence, analysis),
    )


def _scan(
    analysis: Analysis,
    sentences: Sequence[Sentence],
    tails: frozenset[str],
    openers: Sequence[int],
    is_headline: Callable[[Sentence], bool],
) -> list[Mention]:
    """The name mentions of ``sentences`` (in order), whose tokens that can open a name
    (:func:`_run_openers`) are ``openers``. One pass over the openers and the tokens that
    follow them inside a run: the lower-case words and marks between names are never
    visited. A run never crosses the end of its sentence."""
    text = analysis.text
    texts = analysis.token_texts
    starts = analysis.token_starts
    ends = analysis.token_ends
    mentions: list[Mention] = []
    run: list[int] = []  # token indices of the current run (name tokens and inner particles)
    kinds: dict[int, str] = {}
    headlines: dict[int, bool] = {}  # by sentence position, computed when a name is found
    sentence_position = 0

    def close() -> None:
        # trailing particles or initials are not a name's end ("Smith de", "Bush W")
        while run and kinds.get(run[-1]) != "name":
            run.pop()
        while run and kinds.get(run[0]) == "particle":
            run.pop(0)
        # a run left holds at least one name token, its last; count them only when long
        if len(run) > MAX_NAME_TOKENS and (
            sum(1 for i in run if kinds.get(i) == "name") > MAX_NAME_TOKENS
        ):
            run.clear()  # a title-cased line or a list of names, not one name
            return
        if run:
            start = starts[run[0]]
            last_text, _ = _strip_possessive(texts[run[-1]])
            end = starts[run[-1]] + len(last_text)
            surface = text[start:end]
            parts = split_parts(surface)
            if parts:
                headline = headlines.get(sentence_position)
                if headline is None:
                    headline = headlines[sentence_position] = is_headline(
                        sentences[sentence_position]
                    )
                mentions.append(Mention(start, end, surface, parts, headline))
        run.clear()

    next_opener = 0
    opener_count = len(openers)
    sentence_count = len(sentences)
    while next_opener < opener_count:
        # outside a name only an opener matters: lower-case words and marks are skipped
        index = openers[next_opener]
        while (
            sentence_position < sentence_count and sentences[sentence_position].end_token <= index
        ):
            sentence_position += 1
        if sentence_position == sentence_count:
            break
        stop = sentences[sentence_position].end_token
        if index < sentences[sentence_position].first_token:
            next_opener += 1  # (between sentences: never, as sentences hold every token)
            continue
        while True:  # from an opener, token by token while a run is open
            token = texts[index]
            kind = name_token_kind(token)
            if kind == "other":
                if (
                    run
                    and tails
                    and texts[run[-1]][0].isupper()
                    and _strip_possessive(token)[0] in tails
                ):
                    kind = "name"  # "Park Ji hoon" for "Park Ji-hoon"
                elif run:
                    close()
            if kind != "other":
                if run and (starts[index] - ends[run[-1]] != 1 or text[ends[run[-1]]] != " "):
                    close()  # not joined to the run by one space
                if kind == "particle" and not run:
                    pass  # a particle opens no name
                elif kind == "initial" and index > 0 and ends[index - 1] == starts[index]:
                    kinds[index] = kind
                    close()  # "U.S.": letters glued to punctuation are an abbreviation
                else:
                    kinds[index] = kind
                    run.append(index)
                    if kind == "initial":
                        # "W." inside "George W. Bush": keep the period in the run
                        if (
                            index + 1 < stop
                            and texts[index + 1] == "."
                            and ends[index] == starts[index + 1]
                        ):
                            index += 1
                            run.append(index)
                        elif not (
                            index + 1 < stop
                            and _only_space_between(text, ends[index], starts[index + 1])
                            and name_token_kind(texts[index + 1]) == "name"
                        ):
                            close()  # "Plan B" ends here; "Ó Súilleabháin" goes on
                    elif kind == "name" and token[-1] in "sS" and _strip_possessive(token)[1]:
                        close()  # a possessive ends the name
            index += 1
            if not run or index >= stop:
                break
        if run:
            close()  # a run ends with its sentence
        while next_opener < opener_count and openers[next_opener] < index:
            next_opener += 1
    return mentions


MIN_GROUP_NOUN_LENGTH = 5


@functools.cache
def not_group_nouns() -> frozenset[str]:
    return frozenset(read_lines("hedging/not_group_nouns.txt"))


@functools.cache
def people_acronyms() -> frozenset[str]:
    return frozenset(read_lines("sourcing/people_acronyms.txt"))


def plural_group_noun(lower: str, raw: str) -> bool:
    """Whether a token can stand for a group of people after a vague quantifier ("some
    audiologists", "many commenters"): a lower-case plural, not a unit of time or a thing
    (``data/hedging/not_group_nouns.txt``). ``lower`` is the token lower-cased, ``raw`` as
    written. Plural acronyms of roles count too ("some GPs", "many MPs":
    ``data/sourcing/people_acronyms.txt``)."""
    if not raw.islower():
        return raw in people_acronyms()
    if len(lower) < MIN_GROUP_NOUN_LENGTH or not lower.isalpha():
        return False
    if not lower.endswith("s") or lower.endswith(("ss", "us", "is")):
        return False
    return lower not in not_group_nouns()
