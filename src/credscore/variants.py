"""Name variants: one entity spelled two or more ways in one article.

Two spellings of a name are variants when

* their letters are the same and only case, spacing, hyphens, apostrophes or diacritics
  differ ("Kim Jong-il" / "Kim Jong Il" / "Kim Jong-Il", "Ouédraogo" / "Ouedraogo"), or
* they have the same number of parts, all parts but one are equal, and that one part is a
  near spelling of the other (:func:`close_parts`: one dropped, added, changed or swapped
  letter, or vowels changed under the same consonants: "Jong" / "Jung", "Halvorsen" /
  "Halverson"; at the end only a doubled consonant, "Wolf" / "Wolff", a transliterated
  "i" / "y", "Dmitri" / "Dmitry", or in a surname a silent "e"), or
* a surname used alone is a near spelling of the last word of a full name ("Lindquist"
  after "Kari Lindqvist").

A whole different part is a different person ("Kim Jong-il" / "Kim Jong-un"), and so is one
spelling that only extends the other ("Korea" / "Korean"). Spellings are never compared
all-pairs: candidate pairs come from blocks keyed by the other parts plus either one-letter
deletions or the consonant skeleton of the differing part, so the work stays linear in the
number of distinct spellings.

The dominant spelling of a group is the most frequent one outside headlines (ties go to the
one used first); every occurrence of a spelling directly linked to it is a variant.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator, Sequence

import attrs

from credscore.entities import (  # (_PLAIN_NAME_RE: is_plain_name's own pattern)
    _PLAIN_NAME_RE,
    Mention,
    fold,
    is_plain_name,
    letters,
    split_parts,
)
from credscore.name_runs import MentionTable

VOWELS = frozenset("aeiouy")
MIN_PART_LENGTH = 4  # "Jung" / "Jong"; shorter parts ("Il" / "Un") are too easy to confuse
MIN_VOWEL_SWAP_LENGTH = 5
MIN_SINGLE_TOKEN_LENGTH = 5
MAX_BLOCK_FORMS = 32  # a larger block is degenerate (hostile) input: skipped, not compared
MAX_KEY_FORMS = 16
MAX_DIRECT_FORMS = 8  # spellings sharing their other parts compared pairwise, not blocked


@attrs.define
class Form:
    """One distinct spelling (surface text) and where it occurs."""

    surface: str
    parts: tuple[str, ...]
    mentions: list[Mention] = attrs.field(factory=list)

    @property
    def words(self) -> tuple[str, ...]:
        return self.mentions[0].words  # the first mention made this form

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def first_start(self) -> int:
        return self.mentions[0].start

    @property
    def key(self) -> str:
        return "".join(self.parts)


@attrs.frozen
class Variant:
    """An occurrence spelled differently from the dominant spelling of its entity."""

    mention: Mention
    dominant: Mention  # the dominant spelling's first occurrence
    suggestion: str


_DROP_VOWELS = str.maketrans("", "", "".join(sorted(VOWELS)))


def skeleton(part: str) -> str:
    return part.translate(_DROP_VOWELS)


def deletions(part: str) -> list[str]:
    """The part itself and the part with each one letter left out."""
    return [part, *(part[:index] + part[index + 1 :] for index in range(len(part)))]


def within_one_edit(a: str, b: str) -> bool:
    """Optimal-string-alignment distance exactly 1: one letter added, dropped, changed, or
    two neighbours swapped. Linear time."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    prefix = 0
    limit = min(len(a), len(b))
    while prefix < limit and a[prefix] == b[prefix]:
        prefix += 1
    if len(a) == len(b):
        if a[prefix + 1 :] == b[prefix + 1 :]:
            return True
        return (
            prefix + 1 < len(a)
            and a[prefix] == b[prefix + 1]
            and a[prefix + 1] == b[prefix]
            and a[prefix + 2 :] == b[prefix + 2 :]
        )
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[prefix + 1 :] == shorter[prefix:]


def close_parts(
    a: str,
    b: str,
    *,
    min_length: int = MIN_PART_LENGTH,
    surname: bool = False,
    min_vowel_swap: int = MIN_VOWEL_SWAP_LENGTH,
) -> bool:
    """Two normalised name parts that look like one name misspelled or transliterated.

    A change of the last letter alone is allowed only in a surname and between consonants
    ("Berbatov" / "Berbatow"): between vowels it is a gendered form ("Zieliński" /
    "Zielińska", "Mario" / "Maria"), and in a given name another name ("Mark" / "Mary")."""
    if a == b or min(len(a), len(b)) < min_length:
        return False
    # every near spelling below is within a letter of the length, and of equal length it
    # differs in at most two letters (tested first: most pairs asked are far apart)
    size_gap = len(a) - len(b)
    if size_gap > 1 or size_gap < -1:
        return False
    if not size_gap and sum(map(operator.ne, a, b)) > 2:
        return False
    if final_ie_y(a, b):
        return True  # "Kerrie" / "Kerry", "Tracey" / "Tracy": one name's spelled endings
    if a.startswith(b) or b.startswith(a):
        # an extension, not a misspelling ("Korea" / "Korean", "Paul" / "Paula"), unless
        # it doubles the final consonant ("Wolf" / "Wolff") or, in a surname, adds a
        # silent "e" ("Holbrook" / "Holbrooke"; in a given name it is another name:
        # "Louis" / "Louise")
        return doubled_final_consonant(a, b) or (surname and silent_final_e(a, b))
    if len(a) == len(b) and a[:-1] == b[:-1]:
        if final_i_y(a, b):
            return True  # "Dmitri" / "Dmitry", "Andrei" / "Andrey": one transliteration
        return surname and a[-1] not in VOWELS and b[-1] not in VOWELS
    if within_one_edit(a, b):
        return True
    if len(a) == len(b) >= min_vowel_swap and skeleton(a) == skeleton(b):
        differing = sum(1 for x, y in zip(a, b, strict=True) if x != y)
        return differing <= 2
    return one_vowel_spelling(a, b)


MIN_VOWEL_SPELLING_LENGTH = 6
_VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")


def one_vowel_spelling(a: str, b: str) -> bool:
    """One inner vowel sound spelled two ways, the rest letter for letter ("Al-Rasheedi" /
    "Al-Rashidi", "Mohammed" / "Mohammad" is already one letter): the same consonants,
    the same first and last letter, and exactly one vowel group different, of lengths
    one apart (a doubled or digraph vowel for a single one)."""
    if min(len(a), len(b)) < MIN_VOWEL_SPELLING_LENGTH or abs(len(a) - len(b)) != 1:
        return False
    if a[0] != b[0] or a[-1] != b[-1] or skeleton(a) != skeleton(b):
        return False
    groups_a = _VOWEL_GROUP_RE.findall(a)
    groups_b = _VOWEL_GROUP_RE.findall(b)
    if len(groups_a) != len(groups_b):
        return False
    different = [(x, y) for x, y in zip(groups_a, groups_b, strict=True) if x != y]
    return len(different) == 1 and abs(len(different[0][0]) - len(different[0][1])) == 1


MIN_FINAL_I_Y = 5  # "Toni" / "Tony", "Mari" / "Mary" are other names


def final_i_y(a: str, b: str) -> bool:
    """Equal but for a final "i" / "y" ("Valeri" / "Valery", "Kowalski" / "Kowalsky"),
    at least ``MIN_FINAL_I_Y`` letters: one transliterated ending spelled two ways."""
    return (
        len(a) == len(b) >= MIN_FINAL_I_Y
        and a[:-1] == b[:-1]
        and frozenset((a[-1], b[-1])) == FINAL_I_Y
    )


MIN_IE_Y_STEM = 3  # "Kerr-ie" / "Kerr-y"; "Am-ie" / "Am-y" is left alone
IE_Y_ENDINGS = (("ie", "y"), ("ey", "y"), ("ie", "ey"))


def final_ie_y(a: str, b: str) -> bool:
    """The same stem with endings "ie", "ey" or "y" ("Kerrie" / "Kerry", "Tracey" /
    "Tracy", "Jodie" / "Jodey"): one pet-name ending spelled two ways, not another name."""
    for first, second in IE_Y_ENDINGS:
        for x, y in ((a, b), (b, a)):
            if x.endswith(first) and y.endswith(second):
                stem = x[: -len(first)]
                if len(stem) >= MIN_IE_Y_STEM and y[: -len(second)] == stem:
                    return True
    return False


def _longer_shorter(a: str, b: str) -> tuple[str, str]:
    return (a, b) if len(a) > len(b) else (b, a)


def doubled_final_consonant(a: str, b: str) -> bool:
    """One is the other with its final consonant doubled ("Straathof" / "Straathoff",
    "Pemberthal" / "Pemberthall"); a tripled letter ("Hall" / "Halll") is no spelling."""
    longer, shorter = _longer_shorter(a, b)
    if len(longer) != len(shorter) + 1 or len(shorter) < 2:
        return False
    last = shorter[-1]
    return (
        longer[-1] == last
        and longer[:-1] == shorter
        and last.isalpha()
        and last not in VOWELS
        and shorter[-2] != last
    )


MIN_SILENT_E_STEM = 5  # "Clark" / "Clarke", "Brown" / "Browne"; shorter are other words


def silent_final_e(a: str, b: str) -> bool:
    """One is the other plus a silent final "e" after a consonant ("Whitlock" /
    "Whitlocke", "Ashcomb" / "Ashcombe"): the same surname spelled two ways."""
    longer, shorter = _longer_shorter(a, b)
    return (
        len(shorter) >= MIN_SILENT_E_STEM
        and longer == shorter + "e"
        and shorter[-1].isalpha()
        and shorter[-1] not in VOWELS
    )


_NOT_ASCII_ALNUM_RE = re.compile(r"[^0-9a-z\n]")
_NOT_ASCII_ALNUM_RUN_RE = re.compile(r"[^0-9a-z\n]+")


def _folds(strings: list[str]) -> list[str]:
    """``entities.fold`` of each string, in one call for ASCII text (then it is casefold)."""
    if not strings:
        return []
    joined = "\n".join(strings)
    if joined.isascii():
        return joined.casefold().split("\n")
    return list(map(fold, strings))


def _parts_of(surfaces: list[str]) -> list[tuple[str, ...]]:
    """``entities.split_parts`` of each surface, in one pass for ASCII text."""
    if not surfaces:
        return []
    joined = "\n".join(surfaces)
    if not joined.isascii():
        return list(map(split_parts, surfaces))
    # (ASCII: the alphanumeric runs are what is left between the other characters)
    spaced = _NOT_ASCII_ALNUM_RUN_RE.sub(" ", joined.casefold().replace(".", ""))
    return list(map(tuple, map(str.split, spaced.split("\n"))))


def letter_keys(words: list[str]) -> list[str]:
    """:func:`letter_key` of each word (or whole name), in one pass for ASCII text."""
    if not words:
        return []
    joined = "\n".join(words)
    if not joined.isascii():
        return list(map(letters, words))
    return _NOT_ASCII_ALNUM_RE.sub("", joined.lower()).split("\n")


def _merged_surfaces(mentions: MentionTable) -> list[str]:
    """Each mention's spelling. A headline mention that differs from a spelling used in
    running text only by case is that spelling in title case (house style), so it joins
    it."""
    surfaces = mentions.surfaces
    headlines = mentions.headlines
    if not any(headlines):
        return surfaces
    body = list(dict.fromkeys(itertools.compress(surfaces, map(operator.not_, headlines))))
    body_spelling = dict(zip(reversed(_folds(body)), reversed(body), strict=True))  # first wins
    merged = list(surfaces)
    for index in itertools.compress(range(len(surfaces)), headlines):
        merged[index] = body_spelling.get(fold(surfaces[index]), surfaces[index])
    return merged


def _first_indices(values: list[str]) -> dict[str, int]:
    """Each distinct value's first index (the later indices are overwritten by earlier)."""
    return dict(zip(reversed(values), range(len(values) - 1, -1, -1), strict=True))


def _key_link_pairs(surfaces: list[str], keys: list[str]) -> Iterator[tuple[str, str]]:
    """Pairs of distinct spellings with the same letters (groups of at most
    ``MAX_KEY_FORMS``: a larger group is degenerate input)."""
    counts = Counter(keys)
    if len(counts) == len(keys):
        return  # every spelling has letters of its own
    repeated = {key for key, count in counts.items() if count > 1}
    by_key: dict[str, list[str]] = defaultdict(list)
    for index in itertools.compress(range(len(keys)), map(repeated.__contains__, keys)):
        by_key[keys[index]].append(surfaces[index])
    for group in by_key.values():
        if 1 < len(group) <= MAX_KEY_FORMS:
            for index, surface in enumerate(group):
                for other in group[index + 1 :]:
                    yield surface, other


def _pieces(form: Form, by_words: bool) -> tuple[str, ...]:
    return form.words if by_words else form.parts


def _fuzzy_links(
    forms: Iterable[Form], *, by_words: bool, uses: Counter[str] | None = None
) -> Iterator[tuple[str, str]]:
    """Multi-part spellings that differ in one near-spelled part (``by_words``: in one
    space-separated word, so that "Min-seo" / "Mon-seo" compare as "minseo" / "monseo").

    ``uses``: how many spellings of the article use each part, when ``forms`` leaves out
    spellings that cannot link (see :func:`_linkable`)."""
    # Forms can only link when all their other parts are equal: group by those first, and
    # build the deletion and skeleton keys only inside groups of two or more (most spellings
    # share their other parts with no other spelling). The blocks are the same as keying
    # every form by (position, other parts, deletion or skeleton) directly.
    compared: list[tuple[Form, tuple[str, ...]]] = []
    for form in forms:
        if by_words and (is_plain_name(form.surface) or form.words == form.parts):
            continue  # (by words: only hyphenated names differ from the by-parts pass)
        parts = _pieces(form, by_words)
        if len(parts) >= 2:
            compared.append((form, parts))
    # A part no other form has can only be the differing one: a form with two such parts
    # links to nothing, and a form with one differs from any link at that part.
    if uses is None:
        uses = Counter(itertools.chain.from_iterable(parts for _, parts in compared))
    rests: dict[tuple[int, tuple[str, ...]], list[Form]] = defaultdict(list)
    for form, parts in compared:
        part_uses = list(map(uses.__getitem__, parts))
        unique = part_uses.count(1)
        if unique > 1:
            continue
        positions = [part_uses.index(1)] if unique else range(len(parts))
        for index in positions:
            if len(parts[index]) >= MIN_PART_LENGTH:
                rests[(index, parts[:index] + parts[index + 1 :])].append(form)
    blocks: dict[tuple[object, ...], list[Form]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    # (groups and blocks of one, most of them, are passed over in C-level passes)
    shared_rests = map(operator.lt, itertools.repeat(1), map(len, rests.values()))
    for (index, rest), sharing in itertools.compress(rests.items(), shared_rests):
        if len(sharing) <= MAX_DIRECT_FORMS:
            # Every block inside a small group is small too, and two close parts always
            # share a block (one is a deletion of the other, both lose the same letter, or
            # they have one skeleton): comparing all pairs finds exactly the same links.
            for position, form in enumerate(sharing):
                for other in sharing[position + 1 :]:
                    if _near_pair(form, other, index, by_words):
                        yield form.surface, other.surface
            continue
        for form in sharing:
            part = _pieces(form, by_words)[index]
            keys: set[tuple[object, ...]] = {("d", index, rest, d) for d in deletions(part)}
            keys.add(("s", index, rest, len(part), skeleton(part)))
            for key in keys:
                blocks[key].append(form)
    compared_blocks = map(_COMPARED_BLOCK_SIZES.__contains__, map(len, blocks.values()))
    for key, group in itertools.compress(blocks.items(), compared_blocks):
        differing = key[1]
        if not isinstance(differing, int):  # pragma: no cover - keys are built above
            continue
        for position, form in enumerate(group):
            for other in group[position + 1 :]:
                pair = (form.surface, other.surface)
                if pair not in seen and _near_pair(form, other, differing, by_words):
                    seen.add(pair)
                    yield pair


_COMPARED_BLOCK_SIZES = frozenset(range(2, MAX_BLOCK_FORMS + 1))


def _near_pair(form: Form, other: Form, differing: int, by_words: bool) -> bool:
    """Two spellings whose part at ``differing`` (the others being equal) is near-spelled."""
    ours, theirs = _pieces(form, by_words), _pieces(other, by_words)
    if ours == theirs:
        return False
    surname = differing == len(ours) - 1
    # behind the same given name a short surname may change its vowels too ("Vale" /
    # "Vail"): the given name already says it is one person
    return close_parts(
        ours[differing],
        theirs[differing],
        surname=surname,
        min_vowel_swap=MIN_PART_LENGTH if surname else MIN_VOWEL_SWAP_LENGTH,
    )


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = item
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while item != root:  # path compression
            self.parent[item], item = root, self.parent.get(item, item)
        return root

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[root_b] = root_a


def _case_only(a: str, b: str) -> bool:
    return fold(a) == fold(b)


def _dominant(group: list[Form]) -> Form:
    """The most used spelling; ties go to the one used first."""
    return min(group, key=lambda form: (-form.count, form.first_start))


_APPOSITIVE_RE = re.compile(r",\s+(?:a|an|the|who|whose|his|her|their|its)\s", re.IGNORECASE)


def _introduced(text: str, mention: Mention) -> bool:
    """The mention is followed by an appositive that introduces it ("X, a lawmaker")."""
    return _APPOSITIVE_RE.match(text, mention.end, mention.end + 12) is not None


def multi_token_variants(mentions: MentionTable, text: str) -> list[Variant]:
    """Variants found by whole-mention comparison (same letters, or one near part).

    Works on columns: a :class:`Form` is built only for a spelling that can link (it
    shares a part with another spelling, or is not plain ASCII) and, with all its
    mentions, for a spelling that did link."""
    merged = _merged_surfaces(mentions)
    first_of = _first_indices(merged)
    distinct = list(dict.fromkeys(merged))
    parts_of = _parts_of(distinct)
    keys = list(map("".join, parts_of))
    links = set(_key_link_pairs(distinct, keys))
    multi = list(
        itertools.compress(
            itertools.count(), map(operator.ge, map(len, parts_of), itertools.repeat(2))
        )
    )
    uses, linkable = _linkable(list(map(parts_of.__getitem__, multi)))
    # (the by-parts pass reads no form's words: no mention is needed)
    by_parts = [Form(distinct[index], parts_of[index]) for index in (multi[k] for k in linkable)]
    links.update(_fuzzy_links(by_parts, by_words=False, uses=uses))
    links.update(_word_links(mentions, distinct, parts_of, first_of))
    if not links:
        return []
    union = _UnionFind()
    linked: dict[str, set[str]] = defaultdict(set)
    for a, b in links:
        union.union(a, b)
        linked[a].add(b)
        linked[b].add(a)
    surfaces = mentions.surfaces
    alone = map(operator.not_, map(operator.contains, surfaces, _spaces()))
    surname_uses = Counter(itertools.compress(surfaces, alone))
    forms = _linked_forms(mentions, merged, linked, dict(zip(distinct, parts_of, strict=True)))
    groups: dict[str, list[Form]] = defaultdict(list)
    for surface in linked:
        groups[union.find(surface)].append(forms[surface])
    variants: list[Variant] = []
    for group in groups.values():
        dominant = _dominant(group)
        anchor = dominant.mentions[0]
        if dominant.count < 2 and surname_uses.get(dominant.surface.split(" ")[-1], 0) == 0:
            # one spelling each and nothing else to go by: a near spelling introduced with
            # its own description ("Park Ji-won, a lawmaker") is another person, not a slip
            group = [
                form
                for form in group
                if form.key == dominant.key
                or not any(_introduced(text, mention) for mention in form.mentions)
            ]
        for form in group:
            if form is dominant or form.surface not in linked[dominant.surface]:
                continue
            case_only = _case_only(form.surface, dominant.surface)
            for mention in form.mentions:
                if mention.headline and case_only:
                    continue  # title case is house style
                if mention.surface == dominant.surface:
                    continue  # a title-cased headline mention merged into this spelling
                variants.append(Variant(mention, anchor, dominant.surface))
    return variants


def _spaces() -> Iterator[str]:
    return itertools.repeat(" ")


_PLAIN_NAMES_RE = re.compile(r"[A-Za-z0-9. \n]*")  # is_plain_name, for many at once


def _word_links(
    mentions: MentionTable,
    distinct: list[str],
    parts_of: list[tuple[str, ...]],
    first_of: dict[str, int],
) -> Iterator[tuple[str, str]]:
    """The by-words pass of :func:`_fuzzy_links`, for the spellings it compares: not plain
    ASCII, two or more words, words other than the parts (a hyphenated name)."""
    if _PLAIN_NAMES_RE.fullmatch("\n".join(distinct)) is not None:
        return iter(())
    firsts = list(map(first_of.__getitem__, distinct))
    spaced = map(operator.contains, map(mentions.surfaces.__getitem__, firsts), _spaces())
    # (is_plain_name of each spelling in a C-level pass: most are plain)
    not_plain = map(operator.not_, map(_PLAIN_NAME_RE.fullmatch, distinct))
    compared: list[tuple[int, tuple[str, ...], Mention]] = []
    for index in itertools.compress(range(len(distinct)), map(operator.and_, spaced, not_plain)):
        mention = mentions.mention(firsts[index])
        words = mention.words
        if len(words) >= 2 and words != parts_of[index]:
            compared.append((index, words, mention))
    uses, linkable = _linkable([words for _index, words, _mention in compared])
    forms = [
        Form(distinct[compared[k][0]], parts_of[compared[k][0]], [compared[k][2]]) for k in linkable
    ]
    return _fuzzy_links(forms, by_words=True, uses=uses)


def _linkable(pieces: list[tuple[str, ...]]) -> tuple[Counter[str], list[int]]:
    """How many of these multi-part spellings use each part, and which of them can share
    a block of :func:`_fuzzy_links` with another: a spelling links only to one of its own
    length equal at every position but one, so at least all but one of its (position,
    part) pairs occur in another spelling. A spelling that cannot link is left out; the
    part counts, taken over all, keep every other spelling's blocks as they were."""
    uses = Counter(itertools.chain.from_iterable(pieces))
    shared = set(
        itertools.compress(uses.keys(), map(operator.gt, uses.values(), itertools.repeat(1)))
    )
    by_length: dict[int, list[int]] = defaultdict(list)
    for index, parts in enumerate(pieces):
        if not shared.isdisjoint(parts):
            by_length[len(parts)].append(index)
    linkable: list[int] = []
    for length, indices in by_length.items():
        if len(indices) < 2:
            continue
        shared_positions = [0] * len(indices)
        for position in range(length):
            column = list(map(operator.itemgetter(position), map(pieces.__getitem__, indices)))
            counts = Counter(column)
            repeated = map(operator.gt, map(counts.__getitem__, column), itertools.repeat(1))
            shared_positions = list(map(operator.add, shared_positions, repeated))
        linkable.extend(
            index
            for index, count in zip(indices, shared_positions, strict=True)
            if count >= length - 1
        )
    linkable.sort()
    return uses, linkable


def _linked_forms(
    mentions: MentionTable,
    merged: list[str],
    linked: dict[str, set[str]],
    parts_by_surface: dict[str, tuple[str, ...]],
) -> dict[str, Form]:
    """The spellings that linked, each with all its mentions in order."""
    forms = {surface: Form(surface, parts_by_surface[surface]) for surface in linked}
    for index in itertools.compress(range(len(merged)), map(forms.__contains__, merged)):
        forms[merged[index]].mentions.append(mentions.mention(index))
    return forms


PLAIN_VOWELS = "aeiou"
# "-es" is the English plural ("Conservative" / "Conservatives", "Trustees"); surnames
# gain or lose an "s" after the other vowels ("Castro" / "Castros" aside, see _after_the)
S_STEM_VOWELS = "aiou"
MIN_FINAL_S_STEM = 6  # "Montero" / "Monteros"; shorter ones ("Soto" / "Sotos") too easy
# a final vowel changed between these is a gendered form of a surname, another person
# ("Zielinski" / "Zielinska", "Bertolino" / "Bertolina")
GENDERED_ENDINGS = frozenset({frozenset("ai"), frozenset("ao")})
FINAL_I_Y = frozenset("iy")
FINAL_V_W = frozenset("vw")


def ending_variant(lone: str, anchor: str) -> bool:
    """A lone surname that differs from a full name's last word only at its end: a final
    "s" added or dropped after a vowel other than "e" ("Montero" / "Monteros",
    "Papadakis" / "Papadaki"), or a final vowel changed other than between gendered endings
    ("Okemba" / "Okembe"), or a transliterated ending spelled two ways: a final "i" / "y"
    after a consonant ("Ostrowski" / "Ostrowsky"), "-ov" / "-ow" ("Petrov" / "Petrow"),
    "-ic" / "-ich" ("Jovanovic" / "Jovanovich"), or a silent final "e" after a consonant
    added or dropped ("Whitlock" / "Whitlocke"). A consonant before the "s" makes another
    name ("Roberts" / "Robert"), and "-es" an English plural ("Conservatives")."""
    if len(lone) == len(anchor):
        last, other = lone[-1], anchor[-1]
        if len(lone) < MIN_SINGLE_TOKEN_LENGTH or lone[:-1] != anchor[:-1] or last == other:
            return False
        if frozenset((last, other)) == FINAL_I_Y:
            # "Ostrowski" / "Ostrowsky", "Dostoevsky" / "Dostoevski": one transliterated
            # ending spelled two ways (after a consonant: "-ski", "-sky", "-vili")
            return lone[-2] not in PLAIN_VOWELS + "y"
        if frozenset((last, other)) == FINAL_V_W:
            return lone[-2] in "oe"  # "Petrov" / "Petrow", "Godunov" / "Godunow"
        return (
            last in PLAIN_VOWELS
            and other in PLAIN_VOWELS
            and frozenset((last, other)) not in GENDERED_ENDINGS
        )
    shorter, longer = (lone, anchor) if len(lone) < len(anchor) else (anchor, lone)
    if len(shorter) >= MIN_FINAL_S_STEM and longer == shorter + "h" and shorter[-2:] == "ic":
        return True  # "Jovanovic" / "Jovanovich": "-ić" transliterated two ways
    if dropped_final_s_after_e(lone, anchor) or silent_final_e(lone, anchor):
        return True
    return (
        len(shorter) >= MIN_FINAL_S_STEM
        and longer == shorter + "s"
        and shorter[-1] in S_STEM_VOWELS
    )


MIN_E_STEM = 7  # "Braithwaite" / "Braithwaites"; shorter ones are places ("Stoke", "Rhode")


def dropped_final_s_after_e(lone: str, anchor: str) -> bool:
    """A lone word that is an anchor ending in "-es" without its "s" ("Braithwaite" for
    "Braithwaites"). Only this direction: a lone "-es" word is an English plural
    ("Conservatives"); the caller also wants a courtesy title before the lone word."""
    return len(lone) >= MIN_E_STEM and lone[-1] == "e" and anchor == lone + "s"


def _ending_candidates(anchors: dict[str, str], lone_keys: list[str]) -> dict[str, list[str]]:
    """Lone key -> the anchor words that are its ending variants (:func:`ending_variant`).

    Such a pair is equal but for the last letter, or one is the other plus "s": a lone key
    is a candidate when it or its stem (all but the last letter) is an anchor key or an
    anchor's stem, tested in C-level passes (most lone words have none). Stems shared by
    more than ``MAX_BLOCK_FORMS`` anchors are degenerate input and skipped."""
    chop = operator.itemgetter(slice(None, -1))
    anchor_keys = list(anchors.values())
    stems, whole = set(map(chop, anchor_keys)), set(anchor_keys)
    lone_stems = list(map(chop, lone_keys))
    same_stem = map(stems.__contains__, lone_stems)
    hits = map(operator.or_, same_stem, map(stems.__contains__, lone_keys))
    hits = map(operator.or_, hits, map(whole.__contains__, lone_stems))
    wanted = set(itertools.compress(lone_keys, hits))
    if not wanted:
        return {}
    by_stem: dict[str, list[str]] = defaultdict(list)
    by_key: dict[str, list[str]] = defaultdict(list)
    for word, key in anchors.items():
        by_stem[key[:-1]].append(word)
        by_key[key].append(word)
    found: dict[str, list[str]] = {}
    for key in wanted:
        # same length, last letter changed; the anchor plus "s"; the anchor minus "s"
        blocks = (by_stem.get(key[:-1], []), by_key.get(key[:-1], []), by_stem.get(key, []))
        words = [
            word
            for block in blocks
            if len(block) <= MAX_BLOCK_FORMS
            for word in block
            if ending_variant(key, anchors[word])
        ]
        if words:
            found[key] = words
    return found


_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof"})


def _after_title(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a courtesy title ("Mrs Braithwaite")."""
    words = text[max(0, start - 6) : start].rstrip().rstrip(".").split()
    return bool(words) and words[-1].lower() in _COURTESY_TITLES


def _after_the(text: str, start: int) -> bool:
    """Whether the word before ``start`` is "the" ("the Navarros": a family)."""
    before = text[max(0, start - 5) : start].rstrip().lower()
    return before.endswith("the") and (len(before) == 3 or not before[-4].isalpha())


_SURNAME_JOINS_RE = re.compile(r"[-'’]")


def plain_surname(word: str) -> bool:
    """Letters only, or capitalised letter pieces joined by hyphens or apostrophes
    ("Okafor-Reyes", "O'Brien"): a surname, not a compound ("B-movie", "e-mail")."""
    if word.isalpha():
        return True
    pieces = _SURNAME_JOINS_RE.split(word)
    return all(len(piece) > 1 and piece.isalpha() and piece[0].isupper() for piece in pieces)


def letter_key(word: str) -> str:
    """A word's letters and digits, folded: "O'Neill" gives "oneill"."""
    return letters(word)


def single_token_variants(
    mentions: MentionTable, lower_words: Container[str], text: str = ""
) -> list[Variant]:
    """A surname used alone, near-spelled from the last word of a full name (a person is
    introduced by full name before the surname is used alone, so a lone surname close to an
    introduced one is that person, even when each spelling is used once).

    Conservative: the lone spelling occurs once, is at least 5 letters long, never appears
    in lower case (so it is not a common word) and keeps the anchor's last letter (but see
    below); a full
    name used only once must come first, and then the lone word is a plain word.

    A lone word that only changes the end of the anchor (:func:`ending_variant`) is one too,
    unless it is "the" plural of a family name ("the Navarros": ``text`` is asked).

    Anchors (last words of full names) are compared with a lone word only when they end in
    the same letter (or an ending-variant letter) and their lengths are at most one apart.
    Where a key block of the indexed search (:func:`_indexed_candidates`) could hold more
    than ``MAX_BLOCK_FORMS`` anchors, that search decides instead (it skips such degenerate
    blocks), so the work stays linear and the result is the same.
    """
    headlines = mentions.headlines
    words, spaced = mentions.last_words
    # most articles have no name in a headline: then every mention is in the body
    body = list(map(operator.not_, headlines)) if any(headlines) else None
    full = list(map(operator.and_, spaced, body)) if body is not None else spaced
    # word -> start of its first full name outside headlines
    full_words = list(itertools.compress(words, full))
    if not full_words:
        return []
    full_starts = list(
        map(operator.sub, itertools.compress(mentions.ends, full), map(len, full_words))
    )
    full_first = dict(zip(reversed(full_words), reversed(full_starts), strict=True))
    counts = Counter(words)
    # a lone word: used once, alone (no full name), outside headlines (in mention order,
    # which is the order of first use: each is used once)
    alone = map(operator.not_, spaced)
    if body is not None:
        alone = map(operator.and_, alone, body)
    alone_at = list(itertools.compress(range(len(words)), alone))
    alone_words = list(map(words.__getitem__, alone_at))
    once = list(map((1).__eq__, map(counts.__getitem__, alone_words)))
    lone_words = list(itertools.compress(alone_words, once))
    if not lone_words:
        return []
    lone_at = list(itertools.compress(alone_at, once))
    anchor_words = list(full_first)
    anchor_keys = letter_keys(anchor_words)
    anchors = dict(
        itertools.compress(
            zip(anchor_words, anchor_keys, strict=True),
            map(operator.ge, map(len, anchor_keys), itertools.repeat(MIN_SINGLE_TOKEN_LENGTH)),
        )
    )
    lones = [
        (word, key, index)
        for word, key, index in zip(lone_words, letter_keys(lone_words), lone_at, strict=True)
        if len(key) >= MIN_SINGLE_TOKEN_LENGTH
    ]
    if not anchors or not lones:
        return []
    # a cheap necessary condition: a lone word and an anchor share their last letter and
    # lengths at most one letter apart (most words have none)
    lone_keys = list(map(operator.itemgetter(1), lones))
    lone_lasts = list(map(operator.itemgetter(-1), lone_keys))
    lone_sizes = list(map(len, lone_keys))
    near_lone = set(zip(lone_lasts, lone_sizes, strict=True))
    for step in (-1, 1):
        near_sizes = list(map(operator.add, lone_sizes, itertools.repeat(step)))
        near_lone.update(zip(lone_lasts, near_sizes, strict=True))
    kept_keys = list(anchors.values())
    anchor_shapes = list(
        zip(map(operator.itemgetter(-1), kept_keys), map(len, kept_keys), strict=True)
    )
    by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
    for word, shape in itertools.compress(
        zip(anchors, anchor_shapes, strict=True), map(near_lone.__contains__, anchor_shapes)
    ):
        by_shape[shape].append(word)
    endings = _ending_candidates(anchors, lone_keys)
    if not by_shape and not endings:
        return []
    lengths = Counter({size: 0 for _last, size in by_shape})
    for (_last, size), shaped in by_shape.items():
        lengths[size] += len(shaped)
    bounded = all(
        count + lengths.get(size + 1, 0) <= MAX_BLOCK_FORMS for size, count in lengths.items()
    )
    body_uses = counts
    body_first = _first_indices(words)
    body_indices: Sequence[int] = range(len(words))
    if body is not None:
        body_words = list(itertools.compress(words, body))
        body_uses = Counter(body_words)
        body_first = _first_indices(body_words)
        body_indices = list(itertools.compress(range(len(words)), body))
    variants: list[Variant] = []
    indexed = None if bounded else _AnchorIndex(anchors, by_shape)
    near_anchor = {(last, size + step) for last, size in by_shape for step in (-1, 0, 1)}
    # only a lone word some anchor ends like, within a letter of its length, is compared
    lone_shapes = zip(lone_lasts, lone_sizes, strict=True)
    # (and a lone word with an ending variant among the anchors: few words have one)
    near = map(near_anchor.__contains__, lone_shapes)
    if endings:
        near = map(operator.or_, near, map(endings.__contains__, lone_keys))
    for lone, lone_key, index in itertools.compress(lones, near):
        if indexed is None:
            last, size = lone_key[-1], len(lone_key)
            candidates = [
                word for step in (-1, 0, 1) for word in by_shape.get((last, size + step), ())
            ]
        else:
            candidates = indexed.candidates(lone_key)
        candidates += endings.get(lone_key, ())
        start = mentions.starts[index]
        chosen: tuple[int, int, str] | None = None
        for word in candidates:
            word_key = anchors[word]
            if word == lone:
                continue
            # an ending variant changes the last letter; any other must keep it ("Swedes" /
            # "Sweden", "Germans" / "Germany")
            changes_end = word_key[-1] != lone_key[-1]
            if changes_end and not ending_variant(lone_key, word_key):
                continue
            uses = body_uses[word]
            if uses < 2 and (full_first[word] > start or not plain_surname(lone)):
                # a full name used once introduces the person: it comes first, and the
                # lone word is a plain surname ("B-movie" is no "Movie"; a double-barrelled
                # "Adebayo-Smithe" is one)
                continue
            if changes_end:
                if len(lone_key) != len(word_key) and _after_the(text, start):
                    # "the Navarros", "the Brown family" (after "Ana Browne"): a family
                    # or a thing named after one, not a respelling
                    continue
                if dropped_final_s_after_e(lone_key, word_key) and not _after_title(text, start):
                    continue  # "Emirate" of "United Arab Emirates" has no "Mrs" before it
            elif not close_parts(lone_key, word_key):
                continue
            first = body_indices[body_first[word]]
            rank = (-uses, mentions.ends[first] - len(word), word)
            if chosen is None or rank < chosen:
                chosen = rank
        if chosen is None or lone_key in lower_words:
            continue  # (lower_words is asked last: building it may cost more than the rest)
        word = chosen[2]
        first = body_indices[body_first[word]]
        first_end = mentions.ends[first]
        anchor = Mention(first_end - len(word), first_end, word, (anchors[word],), False)
        variants.append(Variant(mentions.mention(index), anchor, word))
    return variants


class _AnchorIndex:
    """Anchors by their one-letter deletions and consonant skeleton: the candidates of a
    lone word are the anchors sharing a key with it, leaving out any key shared by more
    than ``MAX_BLOCK_FORMS`` anchors (degenerate input)."""

    def __init__(self, anchors: dict[str, str], by_shape: dict[tuple[str, int], list[str]]):
        self.index: dict[tuple[object, ...], list[str]] = defaultdict(list)
        for shaped in by_shape.values():
            for word in shaped:
                key = anchors[word]
                for deleted in set(deletions(key)):
                    self.index[("d", deleted)].append(word)
                self.index[("s", len(key), skeleton(key))].append(word)

    def candidates(self, lone_key: str) -> list[str]:
        found: list[str] = []
        for lookup in (
            *(("d", d) for d in set(deletions(lone_key))),
            ("s", len(lone_key), skeleton(lone_key)),
        ):
            block = self.index.get(lookup)
            if block and len(block) <= MAX_BLOCK_FORMS:
                found.extend(block)
        return list(dict.fromkeys(found))


_JOINING_MARKS = ("-", "'", "’")


def _has_joining_mark(words: list[str]) -> list[bool]:
    """Whether each word holds a hyphen or an apostrophe (three C-level passes: cheaper
    than a regex search per word)."""
    flags = [False] * len(words)
    for mark in _JOINING_MARKS:
        holding = map(operator.contains, words, itertools.repeat(mark))
        flags = list(map(operator.or_, flags, holding))
    return flags


def surname_spacing_variants(mentions: MentionTable) -> list[Variant]:
    """A hyphenated or joined surname written with a space when used alone: "Albuquerque
    Matos said" after "Inês Albuquerque-Matos" (same letters, so no guessing involved).

    Whole mentions with the same letters are compared by :func:`multi_token_variants`; here
    only the last word of longer names counts, and it must be used at least as often as the
    spaced spelling."""
    surfaces = mentions.surfaces
    words, spaced = mentions.last_words
    spaced_words = list(itertools.compress(words, spaced))
    joining = _has_joining_mark(spaced_words)
    if not any(joining):
        return []  # no hyphenated or joined last word to compare with
    joined_words = list(itertools.compress(spaced_words, joining))
    joined_at = itertools.compress(itertools.compress(itertools.count(), spaced), joining)
    last_words: dict[str, list[int]] = defaultdict(list)
    for index, word in zip(joined_at, joined_words, strict=True):
        last_words[word].append(index)
    by_key: dict[str, str] = {}
    for word, key in zip(last_words, letter_keys(list(last_words)), strict=True):
        by_key.setdefault(key, word)
    one_spaced = map(operator.eq, map(str.count, surfaces, _spaces()), itertools.repeat(1))
    one_space = list(itertools.compress(range(len(surfaces)), one_spaced))
    keys = dict(
        zip(one_space, letter_keys(list(map(surfaces.__getitem__, one_space))), strict=True)
    )
    spaced_uses = Counter(keys.values())
    variants: list[Variant] = []
    # (only a spelling with the letters of a joined last word can be one)
    for index, key in itertools.compress(keys.items(), map(by_key.__contains__, keys.values())):
        word = by_key[key]
        if mentions.headlines[index] or fold(word) == fold(surfaces[index]):
            continue
        uses = last_words[word]
        if len(uses) < spaced_uses[key]:
            continue
        first = uses[0]
        start = mentions.ends[first] - len(word)
        anchor = Mention(start, start + len(word), word, (key,), mentions.headlines[first])
        variants.append(Variant(mentions.mention(index), anchor, word))
    return variants


_INNER_CAPITAL_RE = re.compile(r"[a-z][A-Z]")
_CAMEL_WORD_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")  # alternating runs: linear
MIN_CAMEL_LENGTH = 7  # "GoPro" / "GoPra" are too short to tell a slip from a product
CAMEL_VOWELS = frozenset("aeiou")


def _camel_slip(deviant: str, dominant: str) -> bool:
    """One CamelCase word the other with one vowel changed for another, the capitals in
    the same places ("SlimoBurn" for "SlimaBurn")."""
    if len(deviant) != len(dominant):
        return False
    differing = [(a, b) for a, b in zip(deviant, dominant, strict=True) if a != b]
    return len(differing) == 1 and all(letter in CAMEL_VOWELS for letter in differing[0])


def camel_case_variants(mentions: MentionTable) -> list[Variant]:
    """A CamelCase brand ("GlucaTrim", "PayLumo") used once with one vowel changed, after
    the other spelling was used at least twice. Such coined words are no dictionary
    words, so one vowel apart and the same capitals make one product misspelled; products
    of one maker differ in more ("MacBook" / "iPad"). Only mentions holding an inner
    capital are looked at (one C-level search decides that most articles have none)."""
    surfaces = mentions.surfaces
    if not _INNER_CAPITAL_RE.search("\n".join(surfaces)):
        return []
    uses: dict[str, list[tuple[int, int]]] = defaultdict(list)  # word -> (mention, offset)
    for index, surface in enumerate(surfaces):
        if not _INNER_CAPITAL_RE.search(surface):
            continue
        for match in _CAMEL_WORD_RE.finditer(surface):
            word = match.group()
            edge_before = match.start() == 0 or not surface[match.start() - 1].isalnum()
            edge_after = match.end() == len(surface) or not surface[match.end()].isalnum()
            if len(word) >= MIN_CAMEL_LENGTH and edge_before and edge_after:
                uses[word].append((index, match.start()))
    if len(uses) < 2 or len(uses) > MAX_BLOCK_FORMS:
        return []
    variants: list[Variant] = []
    for deviant, places in uses.items():
        if len(places) != 1 or mentions.headlines[places[0][0]]:
            continue
        dominants = [
            word
            for word, used in uses.items()
            if len(used) >= 2 and used[0][0] < places[0][0] and _camel_slip(deviant, word)
        ]
        if len(dominants) != 1:
            continue
        dominant = dominants[0]
        index, offset = places[0]
        first, first_offset = uses[dominant][0]
        at = mentions.starts[index] + offset
        anchor_at = mentions.starts[first] + first_offset
        mention = Mention(at, at + len(deviant), deviant, (deviant.lower(),), False)
        anchor = Mention(
            anchor_at,
            anchor_at + len(dominant),
            dominant,
            (dominant.lower(),),
            mentions.headlines[first],
        )
        variants.append(Variant(mention, anchor, dominant))
    return variants
