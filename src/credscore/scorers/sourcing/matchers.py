"""The cue matchers ("X said", "said X", "according to X", ", noting that", "figures
showed") and the scan over a document's sentences."""

from __future__ import annotations

import bisect
import itertools

from credscore.analysis import Sentence
from credscore.entities import opens_generic_object, plural_group_noun
from credscore.quotes import WORD_RE, is_title_case
from credscore.scorers.sourcing.clauses import ClauseScan
from credscore.scorers.sourcing.lexicon import (
    _FIRST_TOKEN,
    ACCORDING_WORDS,
    ANONYMOUS,
    ARTICLES,
    AUXILIARIES,
    CALL_PARTICLES,
    CHANNEL_VERBS,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_PARTICIPLES,
    CLOSING_QUOTES,
    CONDITIONALS,
    COUNTING_VERBS,
    CURRENCY_OR_DIGIT,
    DATA_AUTHOR_VERBS,
    DEFINITE_BEFORE_COLLECTIVE,
    ESTIMATE_VERBS,
    FIGURE_CLAIMS,
    FILING_VERBS,
    FINDING_VERBS,
    FORECAST_VERBS,
    GROUP_KINDS,
    HABITUAL_VERBS,
    HEADLINE_DATA_VERBS,
    HEADLINE_PREPOSITIONS,
    IRREGULAR_PAST_CUES,
    LEARNED_CUES,
    LOCATIVE_PREPOSITIONS,
    MODALS,
    NOT_A_CLAUSE,
    OPENING_DATA_NOUNS,
    OPENING_QUOTES,
    ORGANISATION_KINDS,
    OUT_CUES,
    PARTICLES,
    PLURAL_SUBJECTS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    PRONOUNS_AND_I,
    QUANTIFIER_SUBJECTS,
    SENTENCE_CLOSERS,
    SINGULAR_DETERMINERS,
    UNRESOLVED,
    VAGUE_REPORTS,
    WH_COMPLEMENTS,
    _bare,
    _partitive_word,
    base_forms,
    weasel_sources,
)
from credscore.scorers.sourcing.names import Attribution, SourceMention
from credscore.scorers.sourcing.subjects import YOU_FORMS
from credscore.scorers.sourcing.tracker import _strip_possessive

# "Local people say": how many lower-case words may modify a vague collective opening a
# sentence.
MAX_VAGUE_MODIFIERS = 2
# "the trust's own board papers": how many words a noun group may hold before its head.
MAX_GROUP_WORDS = 5
# "A user claiming to work for the venue wrote": the tokens a modifier may run to its cue.
MAX_MODIFIER_TOKENS = 14
# Determiners opening a subject a relative clause may separate from its cue.
SUBJECT_DETERMINERS = frozenset({"a", "an", "one", "another", "the"})
# Findings a relative "which" may attach to a data noun without a "that" clause.
RELATIVE_FINDINGS = frozenset({"found", "finds", "concluded", "concludes", "revealed", "reveals"})
# Cue verbs that may report a plea instead of a statement ("admitted 19 counts").
PLEA_VERBS = frozenset({"admit", "admits", "admitted", "deny", "denies", "denied"})
# How many tokens an "according to" phrase without a source of its own may run.
DESCRIPTION_REACH = 16

# "suggest": a report only when a named person or body suggests (evidence that suggests is a
# hedge: "Replays suggest", "the data suggest"; never an attribution in the labeled pages).
EVIDENCE_VERBS = frozenset({"suggest", "suggests", "suggested"})
# "X blamed Y": a claim of its own, unless a later cue reports it ("..., per the Journal").
BLAME_VERBS = frozenset({"blame", "blames", "blamed"})
SPEAKER_KINDS = frozenset({"person", "organisation", "outlet"})
# "blamed herself", "told himself": a cue with a reflexive object reports nobody.
REFLEXIVES = frozenset(
    {
        "myself",
        "yourself",
        "himself",
        "herself",
        "itself",
        "ourselves",
        "yourselves",
        "themselves",
        "oneself",
    }
)
# Reports quoted by a speaker ('"He said nobody would buy it"'): verbs and determiners.
QUOTED_REPORT_VERBS = frozenset({"said", "says", "told", "tells"})
QUOTED_REPORT_DETERMINERS = frozenset({"the", "my", "his", "her", "our", "their"})
# "said in a statement", "in its filing": the determiners before a channel noun.
CHANNEL_DETERMINERS = frozenset({"a", "an", "its", "their", "his", "her"})


class SourcingScan(ClauseScan):
    """One left-to-right pass over an article's sentences."""

    # -- recording and scanning --------------------------------------------------------------

    def add(self, first: int, last: int, source: str, cue: str, sentence_index: int) -> None:
        starts, ends = self.analysis.token_starts, self.analysis.token_ends
        self.used.update(range(first, last + 1))
        self.attributions.append(
            Attribution(starts[first], ends[last], source, cue, sentence_index)
        )
        if source == ANONYMOUS:
            self.entities.anonymous_sentence = sentence_index
            self.entities.anonymous_clock = -1  # (set when the sentence ends)
        elif source != UNRESOLVED:
            entities = self.entities
            entities.anonymous_sentence = -2
            entities.anonymous_clock = -1
            entities.last_source = source
            entities.agents.add(source)
            # (the common case, decided without the call: no "in" near the cue's end)
            if "in" in self.lower[last - 3 if last - 3 > first else first : last + 4]:
                self._remember_channel(first, last, source)
            kind = entities.kind_of(source)
            if kind != "person":
                if not source.endswith(" and colleagues"):  # (people, not a body)
                    self.last_group_source = source
                if kind in GROUP_KINDS or source in self.body_heads:  # (or "tribunal")
                    entities.body_source = source
                    entities.body_source_sentence = sentence_index
            elif self.lower[first] not in YOU_FORMS:  # ("you said": no mention of anyone)
                # A person cited by a description ("His daughter recalled") is the latest
                # mention for a following "she said".
                speaker = entities.newest_by_name[source]
                if entities.recent[-1] is not speaker:
                    entities.remember(speaker)

    def _remember_channel(self, first: int, last: int, source: str) -> None:
        """ "X said in a statement", "... in a notice filed with ...": a later "the statement
        said" is X's statement (the document a cited source issued)."""
        lower = self.lower
        tokens = len(lower)
        window = lower[max(first, last - 3) : min(last + 4, tokens - 2)]
        if "in" not in window:
            return  # the common case
        for index in range(max(first, last - 3), min(last + 4, tokens - 2)):
            if lower[index] == "in" and lower[index + 1] in CHANNEL_DETERMINERS:
                noun = index + 2
                while noun < min(index + 5, tokens) and lower[noun] not in self.words.data_nouns:
                    if not self.is_word[noun]:
                        return
                    noun += 1
                if noun < tokens and lower[noun] in self.words.data_nouns:
                    self.data_sources[_bare(self.tokens[noun])] = source
                return

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
        lower = self.lower
        entities = self.entities
        for sentence_index, sentence in enumerate(sentences):
            if sentence.first_token > last_cue:
                break  # no cue here or later: names met now cannot change any finding
            entities.sentence = sentence_index
            if sentence_index == entities.anonymous_sentence + 1:
                entities.anonymous_clock = entities.clock  # the names of that sentence
            opens_in = lower[sentence.first_token] == "in"  # ("In a survey of ...")
            found = len(self.attributions) if opens_in else 0
            if sentence_index + 1 in with_cue:  # (bisect_right gives the index after)
                self.scan_sentence(sentence_index, sentence)
            elif sentence_index + 1 in with_name:
                end = sentence.end_token
                self.register_mentions(
                    sentence, end, end if self._is_heading(sentence) else sentence.first_token
                )
            if opens_in and len(self.attributions) == found:
                self._try_opening_data(sentence, sentence_index)
        return self.attributions

    def _try_opening_data(self, sentence: Sentence, sentence_index: int) -> None:
        """ "In a survey of 1,200 customers, 94% said ...": an opening phrase naming a
        survey, poll or study is the source of a sentence that cites nobody else."""
        first = sentence.first_token
        end = min(sentence.end_token, first + 14)
        data_at = -1
        position = first + 1
        while position < end:
            token = self.tokens[position]
            if token == ",":
                break
            if self.in_quote[position] or not (
                self.is_word[position] or self.is_number[position] or token == "-"
            ):
                return
            if (
                data_at < 0
                and self.lower[position] in OPENING_DATA_NOUNS
                and position + 1 < end
                and (
                    self.tokens[position + 1] == ","
                    or self.lower[position + 1] in PREPOSITIONS
                    or self.lower[position + 1] in DATA_AUTHOR_VERBS
                )
            ):
                data_at = position  # the head: "a survey of", not "a survey room"
            position += 1
        else:
            return
        if data_at < 0 or data_at - first > 4 or self.lower[data_at - 1] in {"this", "that", "the"}:
            return  # "In the survey", "In that study": no new source cited
        source = self._data_source(first + 1, data_at, position, sentence)
        self.add(first, position - 1, source, self.lower[data_at], sentence_index)

    def _is_heading(self, sentence: Sentence) -> bool:
        """A Title Case subheading or headline ("The Aesthetics of Juche Cinema", "What
        They Won't Tell You About ..."): its capitalised words are not names, so they are
        not recorded as mentions (the body names the people again)."""
        if sentence.end_token <= sentence.first_token:
            return False
        last = self.tokens[sentence.end_token - 1]
        if sentence.segment != "title" and last in {".", "?", "!", "”", '"', "’", "'", ":", ")"}:
            return False  # (a headline may end in "?" or a bracket and still be one)
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
            if self._passed_over(index, sentence, sentence_index, title):
                continue
            # Names before the cue are mentioned before it: register them first so that a
            # pronoun or surname resolves to the right person. (With no name candidate
            # before the cue, registering up to any end at or before it finds nothing, and
            # a later range starts at the same candidate whichever such end it starts from.)
            if index > first_name_index or registered > index:
                upto = self.register_mentions(
                    sentence, self._safe_register_end(index, sentence), registered
                )
                if upto > registered:  # (never back: a heading's names stay unregistered)
                    registered = upto
            self.try_cue(index, sentence, sentence_index)
        self.register_mentions(sentence, sentence.end_token, registered)

    def _scan_cues(self, cues: list[int], sentence: Sentence, sentence_index: int) -> None:
        """:meth:`scan_sentence` for a sentence without name words (nothing to register)."""
        title = sentence.segment == "title"
        for index in cues:
            if not self._passed_over(index, sentence, sentence_index, title):
                self.try_cue(index, sentence, sentence_index)

    def _passed_over(
        self, index: int, sentence: Sentence, sentence_index: int, title: bool
    ) -> bool:
        """Is the cue word at ``index`` no cue of the article's own? A cue inside a
        quotation is the quoted speaker's (recorded as such here), a used one is taken,
        and a capitalised one mid-sentence is part of a name ("the United States",
        "Reuters Reports")."""
        if self.in_quote[index]:
            self._quoted_report(index, sentence, sentence_index)
            return True
        if index in self.used:
            return True
        return not title and index != sentence.first_token and self.capitalised[index]

    def _quoted_report(self, verb: int, sentence: Sentence, sentence_index: int) -> None:
        """A report quoted by a speaker: '"He said nobody would buy it,"', '"The agent said
        no way"', '"My mother said she married a sailor"'. Only a singular, specific subject
        (he/she, or the/my/his/her + a kin or role noun) opening the quoted sentence, with
        said/says/told (not "told me to"); "they say" and "we said" inside quotes are not
        cited. The source is the described person (anonymous), or unresolved for a pronoun:
        the quoted speaker's "he" is not the article's."""
        lower = self.lower
        if lower[verb] not in QUOTED_REPORT_VERBS or verb + 1 >= sentence.end_token:
            return
        following = verb + 1
        if lower[following] == "to" or (
            following + 1 < sentence.end_token and lower[following + 1] == "to"
        ):
            return  # "told me to find", "said to be": an order or a raising verb
        if not self.is_word[following]:
            return  # '"... ," he said.' closes a quotation: the outer attribution reads it
        subject = verb - 1
        if subject < 0 or not self.in_quote[subject]:
            return
        source = ""
        if lower[subject] in {"he", "she"}:
            first = subject
            source = UNRESOLVED
        else:
            first = subject - 1
            words = self.words
            if (
                first >= 0
                and self.in_quote[first]
                and lower[first] in QUOTED_REPORT_DETERMINERS
                and (lower[subject] in words.kin_nouns or lower[subject] in words.role_nouns)
            ):
                source = ANONYMOUS
        if not source:
            return
        opener = first - 1
        if (
            opener >= 0
            and self.tokens[opener] not in OPENING_QUOTES
            and self.tokens[opener] not in {".", "!", "?"}
        ):
            return  # only at the start of a quoted sentence
        starts, ends = self.analysis.token_starts, self.analysis.token_ends
        self.quoted_reports.append(
            Attribution(starts[first], ends[verb], source, lower[verb], sentence_index)
        )

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
                if mention is not None and self._vague_reports(index + 2, mention):
                    return False  # "according to reports in France": a weasel, not a source
                if mention is not None and not self._not_a_source_after(index + 2):
                    mention = self._coordinated_source(mention, sentence)
                    self.add(index, mention.last, mention.source, "according to", sentence_index)
                    return True
                if mention is None:
                    return self._according_to_description(index, sentence, sentence_index)
            return False
        if lower == "per":
            return self._try_per(index, sentence, sentence_index)
        if lower == "heard":
            return self._try_heard_from(index, sentence, sentence_index)
        if lower in OUT_CUES:
            return self._try_out_cue(index, sentence, sentence_index)
        if lower in LEARNED_CUES:
            return self._try_learned(index, sentence, sentence_index)
        if lower in ACCORDING_WORDS:
            mention = self.phrase_after(index + 1, sentence)
            if mention is not None and mention.source != ANONYMOUS:
                self.add(index, mention.last, mention.source, lower, sentence_index)
                return True
            return self._according_to_description(
                index, sentence, sentence_index, first=index + 1, foreign=True
            )
        if lower in words.participles:
            return self._try_participle(index, sentence, sentence_index)
        if lower in words.speech_verbs and self._try_speech(index, sentence, sentence_index):
            return True
        if lower in words.data_verbs:
            return self._try_data(index, sentence, sentence_index)
        return False

    def _according_to_description(
        self,
        index: int,
        sentence: Sentence,
        sentence_index: int,
        *,
        first: int = -1,
        foreign: bool = False,
    ) -> bool:
        """ "according to the brand", "according to its weekly bulletin", "according to the
        trust's own board papers", "according to figures it submitted to the regulator",
        "according to a slide deck shared with investors": "according to" attributes
        whatever noun phrase follows, unless it names a standard or a manner ("according to
        plan", "according to size"). The phrase runs to the next punctuation mark; its source
        is the body it points to (see :meth:`_described_source`). ``foreign``: after "según"
        or "selon", whose phrase is not English and is taken whole."""
        if first < 0:
            first = index + 2
        end = sentence.end_token
        if first >= end or self.in_quote[first] or not self.is_word[first]:
            return False
        lower = self.lower
        words = self.words
        head = first
        while head < end and head - first < 3 and lower[head] in words.determiners:
            head += 1
        if (
            head >= end
            or lower[head] in words.manner_heads
            or lower[head] in VAGUE_REPORTS  # "according to rumors swirling online": a weasel
            or lower[head] in weasel_sources().nouns
            or lower[head] in WH_COMPLEMENTS
            or lower[head] in {"which", "whom", "whether", "how", "what", "who"}
        ):
            return False
        if not foreign and not self._source_like_head(head, end):
            return False  # "according to the way they behaved", "according to tense"
        last = first
        position = first
        while position < end and position - first < DESCRIPTION_REACH:
            token = self.tokens[position]
            plural_possessive = token in {"'", "’"} and lower[position - 1].endswith("s")
            if self.in_quote[position] or not (
                self.is_word[position]
                or self.is_number[position]
                or token in {"-", "&"}
                or plural_possessive
            ):
                break
            last = position
            position += 1
        while last > first and not self.is_word[last]:
            last -= 1
        source = self._described_source(index, first, last, sentence)
        self.add(index, last, source, "according to", sentence_index)
        return True

    def _source_like_head(self, start: int, end: int) -> bool:
        """Whether the noun group starting at ``start`` ("the trust's own board papers",
        "its weekly bulletin", "a slide deck shared with ...", "figures it submitted") ends
        in a noun that can speak or hold information: a document or data noun, a business,
        a body or a role; not a manner ("the way", "crystal system", "circumstances")."""
        words = self.words
        lower = self.lower
        head = -1
        position = start
        while position < end and position - start < MAX_GROUP_WORDS:
            word = lower[position]
            if word in {"'", "’"} and position > start and lower[position - 1].endswith("s"):
                position += 1  # "exporters' estimates": a plural possessive
                continue
            if (
                not self.is_word[position]
                or self.capitalised[position]
                or word in words.function_words
                or word in PREPOSITIONS
                or (position > start and word.endswith("ed"))
            ):
                break
            head = position
            position += 1
        if head < 0:
            return False
        bare = _bare(self.tokens[head])
        if bare in words.manner_heads:
            return False  # "according to state law", "according to the club's rules"
        return (
            bare in words.data_nouns
            or bare in words.document_heads
            or bare in words.company_words
            or bare in words.role_nouns
            or bare in self.body_heads
        )

    def _described_source(self, cue: int, first: int, last: int, sentence: Sentence) -> str:
        """Who a source phrase without a name of its own points to, the first of: a name
        inside it ("a report by the Cobalt Institute"); for "its bulletin" or "figures it
        submitted" the sentence's subject, else the body the pronoun stands for; the owner a
        possessive names ("the trust's own papers", "exporters' estimates"). Failing those,
        the latest business for a business noun ("the brand"), else the latest
        organisation, else the phrase's own words."""
        lower = self.lower
        tokens = self.tokens
        entities = self.entities
        business = False
        for index in range(first, last + 1):
            if index in self.name_candidate and self._is_name_word(index, sentence):
                named = self.resolve_run(
                    index, self.name_run_forward(index, sentence), speaker=False
                )
                if named:
                    return named
            word = lower[index]
            pronoun = POSSESSIVE_PRONOUNS.get(word, word if index > first else "")
            if pronoun in {"it", "they"}:
                # "X has a backlog ..., according to figures it submitted": X
                subject = (
                    self.sentence_subject(sentence, cue) if cue > sentence.first_token else None
                )
                found = subject or entities.pronoun(pronoun, possessive=pronoun != word)
                if found and found not in (ANONYMOUS, UNRESOLVED):
                    return found
            token = tokens[index]
            if self.capitalised[index] or not self.is_word[index]:
                continue
            if token.endswith(POSSESSIVE_ENDINGS) or (
                index < last and tokens[index + 1] in {"'", "’"} and word.endswith("s")
            ):
                bare = _bare(token)
                holder = entities.latest_holding(bare)
                return holder.name if holder is not None else _strip_possessive(token)
            business = business or _bare(token) in self.words.company_words
        if business:
            company = entities.latest_company()
            if company is not None:
                return company.name
        found_body = entities.latest(ORGANISATION_KINDS)
        if found_body is not None:
            return found_body.name
        return self._phrase_text(first, min(last, first + 3))

    def _vague_reports(self, first: int, mention: SourceMention) -> bool:
        """ "according to reports", "according to reports in France", "according to
        rumours": bare plural reports with no named author (a weasel for the hedging
        scorer), unlike "according to reports by Reuters"."""
        if self.lower[first] not in VAGUE_REPORTS:
            return False
        return not any(
            self.lower[index] in {"by", "from"} for index in range(first + 1, mention.last)
        )

    def _coordinated_source(self, mention: SourceMention, sentence: Sentence) -> SourceMention:
        """ "according to internal emails and three employees with knowledge of it": a
        second source phrase joined by "and"; unnamed people make the whole anonymous."""
        joined = mention.last + 1
        start = joined + 1
        if (
            start >= sentence.end_token
            or self.lower[joined] != "and"
            or not (self.is_number[start] or self._can_start_source(start, sentence))
        ):
            return mention
        other = self.phrase_after(start, sentence)
        if other is None or other.source != ANONYMOUS:
            return mention
        return SourceMention(mention.first, other.last, ANONYMOUS)

    def _not_a_source_after(self, first: int) -> bool:
        """ "according to plan", "according to the rules of the league": a standard or a
        manner (``[manner_heads]``), not who said so."""
        lower = self.lower
        index = first
        last = min(first + 2, len(lower) - 1)
        while index < last and lower[index] in self.words.determiners:
            index += 1
        return lower[index] in self.words.manner_heads

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
        else:
            # ", allegedly claiming": up to two adverbs between the comma and the participle
            while (
                previous > sentence.first_token
                and index - previous <= 2
                and self.lower[previous].endswith("ly")
                and self.is_word[previous]
                and not self.capitalised[previous]
            ):
                previous -= 1
            if self.tokens[previous] in CLOSING_QUOTES and previous > sentence.first_token:
                previous -= 1  # '... "no margin for error," pointing out that': US commas
            if self.tokens[previous] != ",":
                return False
        following = index + 1
        if following < sentence.end_token and self.lower[following] in PARTICLES:
            following += 1  # ", pointing out that" (not ", adding up the costs")
            if following >= sentence.end_token or self.lower[following] not in WH_COMPLEMENTS:
                return False
        elif self.lower[index] == "pointing":
            return False  # ", pointing to the exit": a gesture
        channel = self._channel_end(following - 1, sentence)
        if channel >= following:
            following = channel + 1  # ", claiming in her petition that"
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
        self.add(index, following - 1, source, self.lower[index], sentence_index)
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
        if lower == "written" and not self._perfect_before(verb, sentence):
            return False  # "a letter written by", "Admirably written": no one's report
        if following < sentence.end_token and self.lower[following] in REFLEXIVES:
            return False  # "She blamed herself", "he told himself": no one is cited
        previous = verb - 1
        following = verb + 1
        if (
            following < sentence.end_token
            and self.lower[following] == "to"
            and lower in {"said", "says", "say", "reported", "claimed", "alleged"}
        ):
            return False  # "is said to be", "who's said to have": a raising hedge
        subject_verb = verb
        if previous >= sentence.first_token and self.lower[previous] == "to":
            habit = previous - 1
            if (
                habit < sentence.first_token
                or (
                    self.lower[habit] not in HABITUAL_VERBS
                    and self.lower[habit] not in CHANNEL_VERBS
                )
                or (habit - 1 >= sentence.first_token and self.lower[habit - 1] in MODALS)
            ):
                return False  # "would love to say", "wants to say": not a report of speech
            subject_verb = habit  # "he liked to say", "the agent emailed to say"
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
        mention = self.subject_before(subject_verb, sentence)
        if mention is None and not after_comma:
            mention = self._modified_subject(subject_verb, sentence)
        if mention is None and invertible and after_comma:
            inverted = self.phrase_after(verb + 1, sentence)
            if inverted is not None:
                self.add(verb, inverted.last, inverted.source, lower, sentence_index)
                return True
        if mention is None:
            return False
        if self._conditional_or_wh(mention.first, sentence):
            return False
        if self.lower[verb - 1] in self.words.intervening and self._hypothetical(verb, sentence):
            return False
        if self._is_weasel_subject(mention.first, mention.last, verb, sentence):
            # a claim pinned on a vague collective: no attribution, but the words it quotes
            # ("Critics say the plan is "reckless"") are still reported speech
            self.vague_cue_sentences.add(sentence.start)
            return False
        if subject_verb == verb and self._noun_not_verb(verb, mention):
            return False
        if lower in FIGURE_CLAIMS and self._claim_takes(verb, sentence):
            return False  # "the storm claimed three lives", "rebels claimed the town"
        if lower in PLEA_VERBS and self._plea_follows(verb, sentence):
            return False  # "admitted 19 counts of fraud", "denied two charges of theft"
        if lower in BLAME_VERBS and self._reported_later(verb, sentence):
            return False  # "The carrier blamed an outage, per the Journal": the reported act
        if lower in EVIDENCE_VERBS and not self._suggester(mention):
            # "Replays suggest the ball ...", "A new study suggests ...": evidence that
            # suggests is a hedge; only a named person or body suggesting speaks
            return False
        before = mention.first - 1
        if (
            lower in words.noun_like_cues
            and before >= sentence.first_token
            and self.lower[before] in {"the", "a", "an", "this", "that", "its", "their"}
            and not self._verb_use(verb, mention, sentence)
        ):
            return False  # "the Polish claims", "a Human Rights Watch report": nouns
        following = verb + 1
        if (
            lower in words.noun_like_cues
            and following < sentence.end_token
            and self.tokens[following] == ","
            and before >= sentence.first_token
            and self.tokens[before] in {":", ","}
            # (not "..., La Tercera reports, ending two years of talks": a clause goes on)
            and not (
                following + 1 < sentence.end_token and self.lower[following + 1].endswith("ing")
            )
        ):
            return False  # "records of wrecks: Coast Guard reports, insurance filings, ..."
        if lower in words.needs_complement and self._object_relative(before, verb, sentence):
            return False  # "the recall that Voltrek announced last week": no report
        last = verb
        if lower in words.needs_quote:
            if not self._quote_after_object(verb, mention, sentence):
                return False
        elif lower in words.needs_complement:
            complete, object_end = self._has_complement(verb, sentence)
            outlet = self.entities.kind_of(mention.source) == "outlet"
            if not (
                complete or outlet or self._set_off_cue(mention, verb, sentence)
            ) and not self._after_quote(mention.first, sentence):
                return False
            last = object_end
        elif lower in {"say", "says", "said"}:
            pass
        last = self._channel_end(last, sentence)
        self.add(mention.first, last, mention.source, lower, sentence_index)
        return True

    def _try_out_cue(self, verb: int, sentence: Sentence, sentence_index: int) -> bool:
        """ "He ruled out raising equity", "Maguire singled out Okonjo-Bassey": a statement
        reported by a phrasal verb, only with "out" right after (not "ruled him out", "was
        ruled out of the final") and a person or body named or referred to by he/she/it/they
        as the subject (not "the referee ruled out the goal", an act)."""
        following = verb + 1
        end = sentence.end_token
        if following + 1 >= end or self.lower[following] != "out":
            return False
        if self.lower[following + 1] == "of" or self._is_negated_or_passive(verb, sentence):
            return False
        mention = self.subject_before(verb, sentence)
        if mention is None or mention.source in (ANONYMOUS, "") or mention.source is None:
            return False
        subject = self.lower[mention.last]
        if not (subject in PRONOUNS or self._is_name_word(mention.last, sentence)):
            return False
        self.add(mention.first, following, mention.source, self.lower[verb], sentence_index)
        return True

    def _try_learned(self, verb: int, sentence: Sentence, sentence_index: int) -> bool:
        """ "The Daily Ledger has learned that ...", "TechPulse has learned that ...": an
        outlet or other body (never a person, who "learned that" only found out) reporting
        in the perfect tense with a "that" clause."""
        following = verb + 1
        if following >= sentence.end_token or self.lower[following] != "that":
            return False
        if self.lower[verb - 1] not in {"has", "have"}:
            return False  # (present perfect only: "Pike had learned that" found out)
        mention = self.subject_before(verb, sentence)
        if mention is None or not mention.source or mention.source in (ANONYMOUS, UNRESOLVED):
            return False
        if not self._is_name_word(mention.last, sentence):
            return False
        name, _ = self.name_words(self.name_run_back(mention.last, sentence), mention.last)
        if self.entities.classify(name) not in {"outlet", "organisation", "unknown"}:
            return False  # (by the name's words: a speaker's name is taken for a person)
        known = self.entities.newest_by_name.get(mention.source)
        if known is not None and known.kind == "person" and not known.by_speech:
            return False  # "Ruiz has learned that" after "Ana Ruiz": a person finding out
        self.add(mention.first, verb, mention.source, self.lower[verb], sentence_index)
        return True

    def _try_heard_from(self, verb: int, sentence: Sentence, sentence_index: int) -> bool:
        """ "The court heard from prosecutor Rachel Idowu that ...", "the inquiry heard from
        Dr Lee: ...": a hearing that heard a named speaker, with what was said after
        (a "that" clause, a colon or a quotation). Not "heard from friends" (no name) nor
        "had not heard from him" (no words reported)."""
        following = verb + 1
        end = sentence.end_token
        if following + 1 >= end or self.lower[following] != "from":
            return False
        if self._is_negated_or_passive(verb, sentence):
            return False
        mention = self.phrase_after(following + 1, sentence)
        if mention is None or mention.source in (ANONYMOUS, UNRESOLVED, ""):
            return False
        if not self._is_name_word(mention.last, sentence):
            return False
        after = mention.last + 1
        if after >= end or not (
            self.lower[after] == "that"
            or self.tokens[after] == ":"
            or self.tokens[after] in OPENING_QUOTES
        ):
            return False
        subject = self.subject_before(verb, sentence)
        if subject is not None:
            first = subject.first
        elif verb - sentence.first_token <= 3 and all(
            self.is_word[index] for index in range(sentence.first_token, verb)
        ):
            first = sentence.first_token  # "The tribunal heard from ..."
        else:
            first = verb
        self.add(first, mention.last, mention.source, "heard", sentence_index)
        return True

    def _modified_subject(self, verb: int, sentence: Sentence) -> SourceMention | None:
        """A sentence-opening subject held apart from its cue by a reduced or full relative
        clause: "A user claiming to work for the venue wrote that ...", "A man identifying
        himself as a driver told the forum ...", "Nurses who spoke on condition of anonymity
        said ...". The head is a person noun (unnamed person, role, kin or group), the
        modifier an -ing participle or "who", and no punctuation comes between."""
        first = sentence.first_token
        words = self.words
        lower = self.lower
        if lower[verb] not in self.finite_cues:
            return None  # "individuals who desire to explore their claims": a noun
        position = first
        if lower[position] in SUBJECT_DETERMINERS:
            position += 1
        head = -1
        while position < verb and position - first <= 3:
            bare = _bare(self.tokens[position])
            if not self.is_word[position] or (self.capitalised[position] and position > first):
                return None
            if (
                bare in words.anonymous_nouns
                or bare in words.role_nouns
                or bare in words.kin_nouns
                or bare in words.person_heads
            ):
                head = position
                break
            position += 1
        if head < 0 and self.anonymity_between(first, verb):
            # "Nurses who spoke to the Sentinel on condition of anonymity said": any head
            head = first if lower[first] not in SUBJECT_DETERMINERS else first + 1
            while head + 1 < verb and self.is_word[head + 1] and lower[head + 1] not in {
                "who",
                "speaking",
            } and not lower[head + 1].endswith("ing"):
                head += 1
            if self.capitalised[head] and head > first:
                return None
        if head < 0:
            return None
        modifier = head + 1
        if modifier >= verb or not (
            lower[modifier] == "who" or (lower[modifier].endswith("ing") and self.is_word[modifier])
        ):
            return None
        if verb - modifier > MAX_MODIFIER_TOKENS:
            return None
        for index in range(modifier, verb):
            if self.in_quote[index] or not (
                self.is_word[index] or self.is_number[index] or self.tokens[index] == "-"
            ):
                return None
            if (
                index > modifier
                and lower[index] in self.finite_cues
                and lower[index + 1] not in {"not", "to"}  # ("who asked not to be named")
            ):
                return None  # another cue comes first: that one has the subject
        source = self.classify_phrase(first, head, sentence)
        if self.anonymity_between(modifier, verb):
            source = ANONYMOUS  # "... who spoke on condition of anonymity said"
        elif not source and lower[first] != "the":
            source = ANONYMOUS  # "a man identifying himself as ...", "residents living near"
        if not source:
            return None
        return SourceMention(first, verb - 1, source)

    def _perfect_before(self, verb: int, sentence: Sentence) -> bool:
        """Whether a participle is a perfect tense ("has written", "You've written", "had
        long written"): has/have/had or a 've contraction before it, past adverbs."""
        index = verb - 1
        while index >= sentence.first_token and self.lower[index].endswith("ly"):
            index -= 1
        if index < sentence.first_token:
            return False
        word = self.lower[index]
        return word in {"has", "have", "had"} or word.endswith(("'ve", "’ve"))

    def _claim_takes(self, verb: int, sentence: Sentence) -> bool:
        """Whether "claim" takes something here instead of asserting it: an object within a
        few words headed by a noun of ``[taken_by_claim]`` ("three lives", "the title")."""
        end = min(verb + 5, sentence.end_token)
        for index in range(verb + 1, end):
            word = self.lower[index]
            if word in self.words.taken_by_claim:
                return True
            if not (self.is_word[index] or self.is_number[index]) or word in {"that", "to"}:
                return False
        return False

    def _plea_follows(self, verb: int, sentence: Sentence) -> bool:
        """ "admitted 19 counts of fraud", "denied two charges of theft": a plea to charges,
        not a statement (``[plea_objects]``); "admitted that ...", "admitted killing her"
        (a confession) and "denied the claims" still cite."""
        following = verb + 1
        end = sentence.end_token
        if following >= end:
            return False
        for index in range(following, min(following + 3, end)):
            word = self.lower[index]
            if word in self.words.plea_objects:
                return True
            if not (self.is_number[index] or word in self.words.determiners or word == "all"):
                return False
        return False

    def _verb_use(self, verb: int, mention: SourceMention, sentence: Sentence) -> bool:
        """Whether a noun-like cue after "the <Name>" is a verb after all: its subject is a
        news outlet ("The Frankfurter Zeitung reports"), or a "that"-clause or colon follows
        ("The Süddeutsche Zeitung reports that ...")."""
        if self.entities.kind_of(mention.source) == "outlet":
            return True
        following = verb + 1
        return following < sentence.end_token and (
            self.lower[following] == "that" or self.tokens[following] == ":"
        )

    def _set_off_cue(self, mention: SourceMention, verb: int, sentence: Sentence) -> bool:
        """ "..., La Tercera reports, ending ...", "..., the Guardian reports.": a subject and
        cue set off by commas after the reported clause."""
        before = mention.first - 1
        if before >= sentence.first_token and (
            self.lower[before] in ARTICLES
            or (self.capitalised[before] and self.lower[before] in self.words.name_particles)
        ):
            before -= 1  # "the Guardian", "La Tercera"
        following = verb + 1
        return (
            before > sentence.first_token
            and self.tokens[before] == ","
            and not self.in_quote[before]
            and (following >= sentence.end_token or self.tokens[following] in {",", ".", ";", ")"})
        )

    def _reported_later(self, verb: int, sentence: Sentence) -> bool:
        """Whether a later cue ("per X", "according to X", ", X said") attributes the
        sentence, making the verb before it part of what is reported."""
        lower = self.lower
        for index in range(verb + 1, sentence.end_token):
            word = lower[index]
            if word in {"per", "according"} or (
                word in {"said", "says", "reported", "reports"} and not self.in_quote[index]
            ):
                return True
        return False

    def _business_described(self, first: int, last: int) -> str:
        """ "a survey commissioned by the developer": the business a definite business noun
        ("the developer", "the lender") names, as the author of a document, or ""."""
        if last - first != 1 or self.lower[first] not in {"the", "its", "this"}:
            return ""
        if _bare(self.tokens[last]) not in self.words.company_words:
            return ""
        company = self.entities.latest_company()
        return company.name if company is not None else ""

    def _suggester(self, mention: SourceMention) -> bool:
        """Whether the subject of "suggest" is one who speaks: a person or body known as
        such (not a sentence-initial word taken for a name only because it "suggested"), or
        a role ("the minister")."""
        entity = self.entities.newest_by_name.get(mention.source)
        if entity is not None:
            return entity.kind in SPEAKER_KINDS and not entity.by_speech
        return mention.source == UNRESOLVED or self.lower[mention.last] in self.words.role_nouns

    def _quote_after_object(self, verb: int, mention: SourceMention, sentence: Sentence) -> bool:
        """For a verb that characterises in quoted words ("called the vote "a disgrace"",
        "what she calls "brain fog""): a quotation, not Title Case (a name: "called it
        "Project Falcon""), opens after an object of one to four words, or right after the
        verb when the subject follows "what"."""
        if mention.source == ANONYMOUS and self.lower[mention.last].endswith("s"):
            return False  # "residents called the area "the oven"": a nickname in use
        if sentence.segment == "title":
            return False  # "Chef calls closure 'heartbreaking'": a headline's summary
        position = verb + 1
        end = sentence.end_token
        while position < end and position - verb <= 5:
            if self.in_quote[position] or self.tokens[position] in OPENING_QUOTES:
                break
            if not self.is_word[position] or (
                position == verb + 1 and self.lower[position] in CALL_PARTICLES
            ):
                return False  # "called for calm", "called off the strike", "called, and ..."
            position += 1
        else:
            return False
        if position == verb + 1:
            before = mention.first - 1
            if before < sentence.first_token or self.lower[before] not in {"what", "that", "which"}:
                return False  # "a film called "Heat"": naming, not a report
            # ("what she calls "brain fog"", "a number that Ruiz called "embarrassing"": the
            # relative pronoun is the object)
        offset = self.analysis.token_starts[position]
        stretch = self.quote_index.stretch_at(offset) or self.quote_index.stretch_at(offset + 1)
        if stretch is None:
            return False
        return not is_title_case(WORD_RE.findall(self.text, stretch.start, stretch.end))

    def _quote_opens_after(self, index: int, sentence: Sentence) -> bool:
        """Whether a quotation opens within a few words after ``tokens[index]``."""
        for position in range(index + 1, min(index + 4, sentence.end_token)):
            if self.in_quote[position]:
                return True
        return False

    def _object_relative(self, before: int, verb: int, sentence: Sentence) -> bool:
        """ "the recall that Voltrek announced last week": the cue's object is the noun the
        relative clause hangs on (a determiner, a noun, "that"/"which"), and no reported
        clause or quotation follows the verb."""
        if (
            before - 2 < sentence.first_token
            or self.lower[before] not in {"that", "which"}
            or self.lower[before - 2] not in SINGULAR_DETERMINERS | {"its", "their", "his", "her"}
            or not self.is_word[before - 1]
            or self.capitalised[before - 1]
        ):
            return False
        following = verb + 1
        return not (
            following < sentence.end_token
            and (
                self.lower[following] in {"that", ":"}
                or self.tokens[following] in OPENING_QUOTES
                or self.in_quote[following]
            )
        )

    def _conditional_or_wh(self, first: int, sentence: Sentence) -> bool:
        """A subject after "if"/"unless" ("could be voided if a court agreed") reports no
        actual statement; "What the rules actually say" opening a sentence is a question or
        a heading, not a report."""
        if first == sentence.first_token and self.lower[first] in {"what", "how"}:
            return True
        before = first - 1
        if before < sentence.first_token:
            return False
        lower = self.lower[before]
        return lower in CONDITIONALS or (lower == "what" and before == sentence.first_token)

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
        if (
            self.lower[mention.first] in SINGULAR_DETERMINERS
            and not self.capitalised[last]
            and not head.endswith("s")
            and head not in PLURAL_SUBJECTS
            and not self._is_known_head(last)
            and head not in words.organisation_words
        ):
            return True  # "The big claim is ...": "claim" after a singular phrase is a noun
        return (
            mention.first <= last
            and self.capitalised[last]
            and self.is_word[last]
            and not head.endswith("s")
            and head not in words.collective_nouns
            and head not in words.anonymous_nouns
            and head not in PLURAL_SUBJECTS
            and not any(self.lower[index] in {"and", "&"} for index in range(mention.first, last))
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
        if (
            first - 1 >= start
            and lower[first - 1] in weasels.quantifiers
            and (first - 1 == start or not self.is_word[first - 2])
            and plural_group_noun(lower[last], self.tokens[last])
        ):
            first -= 1  # "Some GPs have said": the subject found began at the acronym
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
        opens_clause = (
            noun == start
            or (noun - 1 >= start and lower[noun - 1] in CLAUSE_CONJUNCTIONS)
            # "Local people say", "Ordinary folk believe": lower-case modifiers only (the
            # loop above left no determiner, number or name before the noun)
            or (first == start and noun - start <= MAX_VAGUE_MODIFIERS)
            # "..., locals say." / "the hall, residents say, is damp": a report after its claim
            or (
                first - 1 >= start
                and lower[first - 1] == ","
                and (verb + 1 >= sentence.end_token or lower[verb + 1] in {".", ",", ";", "!", "?"})
            )
        )
        if mode not in ("bare", "generic") or not opens_clause:
            return False
        # "Doctors say ...", "Locals claim ...": a generic claim in the simple present
        generic_present = (
            verb == last + 1
            and lower[verb] in weasels.generic_claim_verbs
            and lower[noun - 1] != "and"  # "emails and employees say": two subjects
            and not opens_generic_object(
                lower[verb + 1] if verb + 1 < sentence.end_token else None,
                lower[verb + 2] if verb + 2 < sentence.end_token else None,
            )
        )
        if mode == "generic":
            return generic_present  # "Doctors said he was stable": particular doctors
        if generic_present or lower[noun] in self.words.vaguest_people:
            return True  # "people say", "local people say": nobody at all, in any tense
        if noun + 1 <= last and lower[noun + 1] in {"who", "that"}:
            located = True  # "people who know the couple say": a vague description
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
                or (not self.is_word[index] and token not in {"-"} and not self.is_number[index])
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
            if self._data_relative(verb, sentence, sentence_index):
                return True
            return self._try_finding(verb, sentence, sentence_index)
        if self._hypothetical(verb, sentence) or self._headline_finding(verb, sentence):
            return False
        if self._is_weasel_subject(first, verb - 1, verb, sentence):
            return False
        if self._unanchored_evidence(first, data_at, verb):
            return False
        if self._conditional_or_wh(first, sentence):
            return False  # "if the data showed", "What the rules actually say"
        # The subject starts at its first word; the data noun is its head.
        phrase_first = first
        while phrase_first < data_at and self.lower[phrase_first] in self.words.function_words:
            phrase_first += 1
        source = self._data_source(phrase_first, data_at, verb, sentence)
        self.data_sources.setdefault(_bare(self.tokens[data_at]), source)
        self.add(first, verb, source, self.lower[verb], sentence_index)
        return True

    def _data_relative(self, verb: int, sentence: Sentence, sentence_index: int) -> bool:
        """ "The campaign paid for its own survey, which found the opposite", "a 2023 audit,
        which showed ...": a data noun a relative "which" attaches the finding to. The
        source is the owner ("its" -> the body it stands for) or the data phrase."""
        which = verb - 1
        comma = which - 1
        if (
            comma <= sentence.first_token
            or self.lower[which] != "which"
            or self.tokens[comma] != ","
            or self.lower[verb] not in self.words.data_verbs
            or self.lower[verb] in {"said", "says", "stated", "states"}
        ):
            return False
        following = verb + 1
        if self.lower[verb] not in RELATIVE_FINDINGS and not (
            following < sentence.end_token and self.lower[following] == "that"
        ):
            return False  # "a database, which shows every flight": a display, not a finding
        head = comma - 1
        if not self.is_word[head] or _bare(self.tokens[head]) not in self.words.data_nouns:
            return False
        first = head
        while first - 1 >= sentence.first_token and head - first < 4:
            word = self.lower[first - 1]
            if not self.is_word[first - 1] or word in PREPOSITIONS or word in {"and", "or"}:
                break
            first -= 1
            if word in self.words.determiners or word in POSSESSIVE_PRONOUNS:
                break
        owner = POSSESSIVE_PRONOUNS.get(self.lower[first])
        owned = self.entities.pronoun(owner, possessive=True) if owner else None
        source = owned or self._data_source(
            first, head, head + 1, sentence
        )
        if not source or source == ANONYMOUS:
            source = self._phrase_text(first, head)
        self.add(first, verb, source, self.lower[verb], sentence_index)
        return True

    def _unanchored_evidence(self, first: int, data_at: int, verb: int) -> bool:
        """ "Studies have shown that ...", "Research suggests", "Reports say": a bare plural
        (or mass) evidence noun with no determiner, modifier or author cites nobody (a
        weasel), unlike "The study found", "Two studies found", "Studies by the WHO show"."""
        if data_at != first or self.lower[data_at] not in self.words.unanchored_evidence:
            return False
        return all(
            self.is_word[index] and not self.capitalised[index] and self.lower[index] != "by"
            for index in range(data_at + 1, verb)
        )

    def _headline_finding(self, verb: int, sentence: Sentence) -> bool:
        """ "Survey finds coral recovering", "..., study finds": a headline's summary of a
        finding (a title, or a body line without closing punctuation), not a cited report."""
        if self.lower[verb] not in HEADLINE_DATA_VERBS:
            return False
        if sentence.segment == "title":
            return True
        last = self.tokens[sentence.end_token - 1]
        return last not in SENTENCE_CLOSERS and not self.in_quote[sentence.end_token - 1]

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
        elif lower in ESTIMATE_VERBS or lower in COUNTING_VERBS:
            if not (
                (lower in ESTIMATE_VERBS and self._estimate_follows(following, sentence))
                or self._parenthetical(verb, sentence)
            ):
                return False
        elif lower in FORECAST_VERBS:
            if not (
                self._estimate_follows(following, sentence)
                or self._figure_of_follows(following, sentence)
            ):
                return False  # "forecast growth of 5.3%", "projects inflation at 4%"
        else:
            return False
        if self._hypothetical(verb, sentence):
            return False
        mention = self.subject_before(verb, sentence)
        if (
            mention is not None
            and lower in FINDING_VERBS
            and self.lower[mention.last] == "they"
            and mention.first == mention.last
        ):
            # "Researchers at the University of X measured ... They found that": the
            # researchers' institution, when such a group was named just before
            body = self.research_body(mention.first, adjacent=True)
            if body:
                self.add(mention.first, verb, body, lower, sentence_index)
                return True
        if (
            mention is None
            or mention.source in {"", ANONYMOUS, UNRESOLVED}
            or self.lower[mention.last] in PRONOUNS_AND_I
            or not (
                " " in mention.source
                or mention.source.isupper()
                or (  # "The Treasury has forecast": a body named by one word
                    lower in FORECAST_VERBS
                    and "the" in (self.lower[mention.first], self.lower[mention.first - 1])
                    and self.capitalised[mention.last]
                )
            )
        ):
            # "she found that her keys were gone", "Visitors found that": a discovery, not
            # a report; the rule wants a full name ("Pell & Marsh") or an acronym
            return False
        if self._is_weasel_subject(mention.first, mention.last, verb, sentence):
            return False
        self.add(mention.first, verb, mention.source, lower, sentence_index)
        return True

    def _parenthetical(self, verb: int, sentence: Sentence) -> bool:
        """ "The winter brought 31 storms, the centre counted, refilling ...": a short
        subject set off by a comma before it, and a comma or the sentence end after."""
        following = verb + 1
        if following < sentence.end_token and self.tokens[following] not in {",", ".", ";"}:
            return False
        position = verb - 1
        while position > sentence.first_token and verb - position <= 6:
            if self.tokens[position] == ",":
                return position < verb - 1
            if not self.is_word[position] or self.in_quote[position]:
                return False
            position -= 1
        return False

    def _estimate_follows(self, index: int, sentence: Sentence) -> bool:
        """An object, then "at" and a figure, within a few words ("the loss at $3m")."""
        return self._figure_after(index, sentence, "at", 8)

    def _figure_of_follows(self, index: int, sentence: Sentence) -> bool:
        """An object, then "of" and a figure, within a few words ("growth of 5.3%")."""
        return self._figure_after(index, sentence, "of", 6)

    def _figure_after(self, index: int, sentence: Sentence, preposition: str, window: int) -> bool:
        """Plain words from ``index``, then ``preposition`` and a number or an amount,
        within ``window`` tokens of the sentence."""
        for position in range(index, min(index + window, sentence.end_token - 1)):
            if self.lower[position] == preposition:
                after = position + 1
                return self.is_number[after] or self.tokens[after][:1] in CURRENCY_OR_DIGIT
            if not self.is_word[position] or self.in_quote[position]:
                return False
        return False

    def _data_source(self, first: int, head: int, verb: int, sentence: Sentence) -> str:
        # "a survey by the Pharmacy Guild has found": the agent ends before the auxiliary
        agent_end = verb - 1
        while agent_end > head + 1 and (
            self.lower[agent_end] in AUXILIARIES or self.lower[agent_end] in self.words.intervening
        ):
            agent_end -= 1
        for index in range(head + 1, verb - 1):
            # "a poll by X", "data from X", "a report published by X" (not "funded by X").
            introduced = index == head + 1 or self.lower[index - 1] in DATA_AUTHOR_VERBS
            filed_with = self.lower[index] == "with" and self.lower[index - 1] in FILING_VERBS
            if (
                (introduced or filed_with)
                and (self.lower[index] in {"by", "from"} or filed_with)
                and self._can_start_source(index + 1, sentence)
            ):
                source = self.classify_phrase(index + 1, agent_end, sentence)
                if not source:
                    source = self._business_described(index + 1, agent_end)
                if source and source != ANONYMOUS:
                    return source
        if (
            first > 0
            and self.lower[first - 1] in {"the", "this", "that"}
            and (_bare(self.tokens[head]) in self.data_sources)
            and not any(
                self.tokens[index].endswith(POSSESSIVE_ENDINGS) for index in range(first, head)
            )  # "the agent's email" is no email named before
        ):
            return self.data_sources[_bare(self.tokens[head])]  # "the poll showed"
        for index in range(first, head):
            if self._is_name_word(index, sentence):
                last = min(self.name_run_forward(index, sentence), head - 1)
                entity_name = self.resolve_run(index, last, speaker=False)
                return f"{entity_name} {self.tokens[head]}".strip()
        end = head
        while end + 1 < verb and (self.is_number[end + 1] or self.tokens[end + 1] == "-"):
            end += 1  # "Section 4-12", "Article 9"
        return self._phrase_text(first, end)
