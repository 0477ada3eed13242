"""The scan's cue context: negation and passives, complements and objects, channels
("in a statement") and adjacency to a quotation."""

from __future__ import annotations

from credscore.analysis import Sentence
from credscore.scorers.sourcing.lexicon import (
    AUXILIARIES,
    CLOSING_QUOTES,
    FIGURE_CLAIMS,
    FIGURE_NOUNS,
    FIGURE_REPORTS,
    NEGATIONS,
    NUMBER_WORDS,
    OPENING_QUOTES,
    PARTICLES,
    PASSIVE,
    PRONOUNS,
    _bare,
)
from credscore.scorers.sourcing.subjects import SubjectScan


class ClauseScan(SubjectScan):
    """What surrounds a cue word."""

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
        if lower_verb in FIGURE_REPORTS and self._figure_object(index, sentence):
            return True, object_end  # "Durovia reported first-quarter revenue of ..."
        if lower_verb in FIGURE_CLAIMS and self._claimed_figure(index, sentence):
            return True, object_end  # "Sonavik claims eight hours per charge"
        if lower in {"for", "about"} and lower_verb in {"asked", "asks"}:
            return False, object_end
        if token in OPENING_QUOTES or self.in_quote[index]:
            return True, object_end
        if lower in {"in", "on", "via", "through", "during", "by"}:  # ("by chat that")
            return self._channel_follows(index, sentence), object_end
        if lower in self.words.complements and lower != "to":
            return True, object_end
        return self._clause_follows(index, sentence), object_end

    def _figure_object(self, index: int, sentence: Sentence) -> bool:
        """A company's figures as the object ("record revenue", "a first-quarter loss")."""
        for position in range(index, min(index + 4, sentence.end_token)):
            if self.lower[position] in FIGURE_NOUNS:
                return True
            if not self.is_word[position] or self.in_quote[position]:
                return False
        return False

    def _claimed_figure(self, index: int, sentence: Sentence) -> bool:
        """A figure as the object of a claim ("eight hours per charge", "a range of 400
        miles", "30% more"): a number within the first few words."""
        for position in range(index, min(index + 4, sentence.end_token)):
            if self.is_number[position] or self.lower[position] in NUMBER_WORDS:
                return True
            if not self.is_word[position] or self.in_quote[position]:
                return False
        return False

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
        following = index + 1
        possessive = (  # "told her son to leave": "her" opens the object
            lower == "her"
            and following < end
            and self.is_word[following]
            and not self.capitalised[following]
            and self.lower[following] not in self.words.complements
            and self.lower[following] not in self.words.function_words
            and (following + 1 >= end or self.lower[following + 1] not in AUXILIARIES)
        )
        if lower in {"him", "her", "them", "me", "us", "you"} and not possessive:
            return index
        determined = lower in {"the", "a", "an"} or possessive
        start = following if determined and following < end else index
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
