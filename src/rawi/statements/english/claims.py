"""Claim nouns as statements: "the council's view that ...", "a prediction by the weather office that ...",
"denied reports that ...". The noun's owner (possessive or by-phrase) speaks; unowned reports
speak for themselves (speaker 'reports', a document).
"""

from __future__ import annotations

import itertools
import re

from rawi.statements.english.finder import Draft
from rawi.statements.english.lexicon import Cue, Lexicon
from rawi.statements.english.phrases import Word, tokens
from rawi.statements.english.subjects import find_subject
from rawi.statements.english.text import Sentence
from rawi.statements.english.tidy import content_bounds

CLAIM = Cue(lemma="claim", participle=False, stance="assert", hedge=False, object="clause", addressee=False)
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*|\b[a-z]+)(?:'s|’s|'|’)\s+$")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|these|those|such|new|fresh|earlier|recent)\s+)+$", re.I)
_BY_OWNER = re.compile(r"\s+(?:by|in|from|among)\s+((?:[\w'’&.-]+\s+){0,6}?)that\b")
_PASSIVE_MAIN = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?\w+ed\s+by\b|\s+as\s+[\"“]"
)
_COPULA = re.compile(r"(?:is|are|was|were)\b", re.I)
_NOUN_OPENER = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|such)|['’]s|s['’])\s+$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|its|their)\s+$", re.I)
_OWNER_PRONOUNS = frozenset({"its", "his", "her", "their", "our"})
_PRONOUN_OWNER = re.compile(r"\b((?i:its|his|her|their|our))\s+(?:[a-z-]+\s+){0,2}$")


def claim_drafts(text: str, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """One draft per claim noun with a that-clause outside quotations, its owner as the subject."""
    drafts: list[Draft] = _call_drafts(text, sentence, lex)
    for match in lex.claim_pattern.finditer(text, sentence.start, sentence.end):
        if sentence.block.quoted(match.start()):
            continue
        noun_start, noun_end = match.span(1)
        if match.group(1).lower().endswith("ing") and not _NOUN_OPENER.search(
            text, sentence.start, noun_start
        ):
            continue  # 'issued a statement warning that ...': a participle cue, no claim noun
        between = tokens(text, noun_end, match.end())
        if any(w.key in lex.cues and not lex.cues[w.key].participle for w in between):
            continue  # 'A report by the auditors found that ...': the noun is the subject of a cue
        owner = _verb_subject(text, sentence.start, noun_start, lex) or _owner(
            text, sentence.start, noun_start, noun_end, match.end(), lex
        )
        owner = owner or _adjunct_owner(text, sentence.start, noun_start, lex)
        owner = owner or _issuer(text, sentence.start, noun_start, lex)
        if owner is None:
            determiner = _DETERMINER_BEFORE.search(text, sentence.start, noun_start)
            owner = (determiner.start() if determiner else noun_start, noun_end)
        end = _content_end(text, match.end(), sentence, lex)
        opening = _DETERMINER_BEFORE.search(text, sentence.start, noun_start)
        if (
            text[sentence.start : min(owner[0], opening.start() if opening else noun_start)].strip(' "“')
            == ""
        ):
            end = _main_verb(text, match.end(), end, lex)  # the claim is the subject of the sentence
        bounds = content_bounds(text, match.end(), end, sentence.block)
        if bounds is None:
            continue
        cue = text[noun_start:noun_end]
        drafts.append(
            Draft(
                cue, noun_start, noun_end, CLAIM, owner, None, bounds, False, (noun_end, bounds[0]), sentence
            )
        )
    return drafts


def _call_drafts(text: str, sentence: Sentence, lex: Lexicon) -> list[Draft]:
    """'The union renewed its call for a cap on class sizes': the verb that renews or makes the call
    is the cue, its subject the speaker; "the union's call for higher pay" is the union's."""
    drafts: list[Draft] = []
    for match in _CALL_FOR.finditer(text, sentence.start, sentence.end):
        if sentence.block.quoted(match.start()):
            continue
        end = _first_verb(text, match.end(), _call_end(text, match.end(), sentence.end), lex)
        bounds = content_bounds(text, match.end(), end, sentence.block)
        if bounds is None:
            continue
        if match.group("verb"):
            subject = _sentence_subject(text, sentence.start, match.start("verb"), lex)
            cue = match.span("verb")
        else:
            subject = match.span("owner")
            cue = match.span("noun")
        if subject is None:
            continue
        drafts.append(
            Draft(
                text[cue[0] : cue[1]],
                cue[0],
                cue[1],
                CALL,
                subject,
                None,
                bounds,
                False,
                (cue[1], bounds[0]),
                sentence,
            )
        )
    return drafts


def _first_verb(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where the sentence's verb follows a call's object ("the union's call for higher pay was
    rejected" -> before 'was'): the first finite verb after a noun, else `end`."""
    words = tokens(text, start, end)
    for before, word in itertools.pairwise(words):
        verb = word.key in lex.words["finite_auxiliaries"] or _past(word, lex)
        if verb and before.text.isalpha() and before.key not in _CLAUSE_LINKS:
            return word.start
    return end


def _call_end(text: str, start: int, stop: int) -> int:
    """A call's object ends before a circumstance ('on Wednesday', 'after the vote') or a clause."""
    tail = _CALL_TAIL.search(text, start, stop)
    return tail.start() if tail else stop


def _sentence_subject(text: str, lo: int, at: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject before the verb that renews a call ('The union renewed ...')."""
    subject = find_subject(text, lo, at, lex)
    return subject.span if subject is not None else None


CALL = Cue(lemma="call", participle=False, stance="assert", hedge=False, object="np", addressee=False)
_CALL_FOR = re.compile(
    r"(?:\b(?P<verb>renewed|repeated|reiterated|made|issued|renews|repeats|reiterates|makes|issues)\s+"
    r"(?:its|his|her|their|a|an)\s+|(?P<owner>\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}|\b[a-z]+)['’]s?\s+)"
    r"(?:\w+\s+)?(?P<noun>calls?|demands?|appeals?|pleas?)\s+for\s+"
)
_CALL_TAIL = re.compile(
    r"\s+(?:on|in|at|after|before|during|amid|despite|following|last|this)\s+|,|\s+(?:but|and)\s", re.I
)


def _verb_subject(text: str, lo: int, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """'They claim that ...', 'Critics charge that ...': after a subject pronoun or a plural source
    noun the claim word is a verb, and that word is its subject."""
    before = _WORD_BEFORE.search(text, max(lo, start - 20), start)
    if before is None:
        return None
    key = before.group(1).lower()
    plural = key.endswith("s") and key in lex.words["anonymous"]
    return before.span(1) if key in _SUBJECT_PRONOUNS or plural else None


def _issuer(text: str, lo: int, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """'The ministry issued a statement that ...': the subject of the verb that makes the claim
    noun ('issued', 'made', 'released') owns it."""
    verb = _ISSUED.search(text, max(lo, start - 60), start)
    subject = find_subject(text, lo, verb.start(), lex) if verb else None
    return subject.span if subject else None


_ISSUED = re.compile(
    r"\b(?:issued|released|made|published|put\s+out|gave|delivered|repeated|renewed)\s+"
    r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}$"
)


def _adjunct_owner(text: str, lo: int, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """'opposition claims that ...', 'union warnings that ...': a singular body or source noun
    right before the claim noun owns it; 'media reports' and 'press reports' stay unowned."""
    before = _WORD_BEFORE.search(text, max(lo, start - 20), start)
    if before is None:
        return None
    key = before.group(1).lower()
    body = key in _ADJUNCT_OWNERS or (lex.has("organizations", key) and key not in _MEDIA_ADJUNCTS)
    return before.span(1) if body and before.group(1).islower() else None


_ADJUNCT_OWNERS = frozenset({"opposition", "government", "police", "union", "army", "company", "industry"})
_MEDIA_ADJUNCTS = frozenset({"media", "newspaper", "television", "radio", "daily", "weekly", "magazine"})
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Za-z]+)\s+$")
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they"})


def _owner(text: str, lo: int, start: int, end: int, that_end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The owner of a claim noun: a possessive before it ('the bank's'), or 'by X' / 'in X' (a
    newspaper) after it."""
    by = _BY_OWNER.match(text, end, that_end)
    if by and by.group(1).strip():
        return by.start(1), by.end(1) - len(by.group(1)) + len(by.group(1).rstrip())
    before = _OWNER_BEFORE.search(text, max(lo, start - 80), start)
    if before is None:
        pronoun = _PRONOUN_OWNER.search(text, max(lo, start - 40), start)
        return pronoun.span(1) if pronoun else None  # 'Her admission that ...', 'their repeated claims'

    word = before.group(1)
    if word.islower() and word not in _OWNER_PRONOUNS and not lex.has("known", word):
        return None
    article = _ARTICLE_BEFORE.search(text, max(lo, before.start() - 6), before.start())
    first = before.start() - len(article.group()) if article else before.start()
    return first, before.end(1)


def _main_verb(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where the sentence's own verb follows a subject's that-clause ("Holm's claim that the vote
    was rigged drew protests" -> before 'drew'): the second finite verb after a noun, else `end`."""
    words = tokens(text, start, end)
    finite = 0
    for before, word in zip([None, *words], words, strict=False):
        # 'a suggestion that the base be closed drew anger': a subjunctive 'be' is the clause's verb
        subjunctive = word.key == "be" and before is not None and before.key != "to"
        verb = word.key in lex.words["finite_auxiliaries"] or subjunctive or _past(word, lex)
        linked = before is not None and (
            before.key in _CLAUSE_LINKS
            or before.key in lex.words["auxiliaries"]
            or before.key in lex.words["determiners"]  # 'the plan': a noun
        )
        if not verb or linked:  # 'was rigged' is one verb; 'and held' a second one of the clause
            continue
        finite += 1
        if finite == _MAIN and before is not None and before.text.islower() and before.text.isalpha():
            return word.start
    return end


_MAIN = 2  # the clause's own verb comes first
_CLAUSE_LINKS = frozenset({"and", "or", "but", "that", "which", "who", "it", "they", "he", "she", "we"})


def _past(word: Word, lex: Lexicon) -> bool:
    return word.key in lex.words["verbish"] or (
        word.text.islower() and word.key.endswith("ed") and len(word.key) > 4
    )


def _content_end(text: str, start: int, sentence: Sentence, lex: Lexicon) -> int:
    """Where a that-clause ends: a passive main verb ('... was dismissed by'), a label after it
    ('dismissed claims that ... as "absurd"'), a cut, or the sentence end."""
    end = sentence.end
    passive = _PASSIVE_MAIN.search(text, start, end)
    end = passive.start() if passive else end
    labelled = lex.as_rejection_pattern.search(text, start, end)  # '... as baseless': the rejection's label
    end = labelled.start() if labelled else end
    rejected = lex.deny_pattern.search(text, start, end)
    later_verb = rejected is not None and any(
        w.key in lex.words["finite_auxiliaries"] or _past(w, lex) for w in tokens(text, rejected.end(), end)
    )  # 'claims that the data were false went unanswered': the evaluation is the clause's own
    if rejected and _COPULA.match(rejected.group()) and not later_verb:
        end = rejected.start()  # 'the rumour that he would quit was nonsense': the main predicate
    cut = lex.cut_pattern.search(text, start, end)
    return cut.start() if cut else end
