"""A report's frame: the deed it tells, the states named as its doers, and whether it tells one event.

Two outlets word one claim apart ("the agency killed him" / "the family accused Russian
intelligence of the assassination"): no shared word, but one deed family and one doer. The deed
is the first deed word of the claim clause, blame words (responsible, behind, involvement) read
through; a text that only blames ("the regime is responsible for the incident") meets any violent
deed. Doers are the states a text names as actors (`countries.doers`), and a state named by its
nationality adjective after a deed word, a weapon or a state organ ("قصف تركي", "مسيرة
إيرانية", "the Iranian drone"). Lexicon: data/frames.json.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from rawi.arabic.normalize import ARTICLE_FORMS, CONJUNCTIONS, PREPOSITIONS, match_key
from rawi.claims.clauses import claim_clause, tense
from rawi.claims.countries import DOER_HEADS, adjectives, doers_among, spans
from rawi.claims.names import TITLES
from rawi.claims.text import STOPWORDS, naming_year, word_key, year_words

_DATA = json.loads(resources.files("rawi.claims").joinpath("data/frames.json").read_text("utf-8"))
_LEADS = tuple(CONJUNCTIONS + PREPOSITIONS)
Spans = list[tuple[int, int, str]]  # where words name states: (first word, words, state key)
EVENT = "event"  # the deed of a text that blames a doer for an event it does not name
COMPANY_WORDS = 3  # how far before a state "with" makes it company
VICTIM_SPAN = 5  # how far from a deed done to a person its person is named ("الشيخ سالم العمري توفي")
PLACE_WORDS = 2  # how many words after a preposition of place name the place ("في مستشفى المدينة")
NAME_WORDS = 2  # name words two reports of one deed done to a person share: one person
NAMED_AFTER = 3  # how many words after a deed a year may name it ("اتفاق الهدنة لعام 2019")
NO_STATES: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
FRAME_PREFIX = "%"  # a frame key ("%violent@il") never equals a word's key


def _written(form: str) -> set[str]:
    """How a form may be written with one conjunction or preposition and an article before it."""
    fronted = {form} | {article + form for article in ARTICLE_FORMS}
    return fronted | {lead + f for lead in _LEADS for f in fronted}


def _lexicon(forms: list[str]) -> frozenset[str]:
    """Every written form of a list of words (match keys, with their clitics)."""
    return frozenset(written for form in forms for written in _written(match_key(form)))


_DEED_OF = {w: family for family, forms in _DATA["deeds"].items() for w in _lexicon(forms)}
_PHRASES = {
    tuple(match_key(p).split()): family for family, phrases in _DATA["phrases"].items() for p in phrases
}
_PHRASE_FIRST = {w: family for (first, *_rest), family in _PHRASES.items() for w in _written(first)}
VIOLENT = frozenset(_DATA["violent"]) | {EVENT}
_BLAME = _lexicon(_DATA["blame"])
_EVENTS = _lexicon(_DATA["events"])
_AUTHORSHIP = _lexicon(_DATA["authorship"])
_OF = frozenset({"of", "the"})  # between an English noun of authorship and its doer
_WEAPONS = _lexicon(_DATA["weapons"])
_HEDGES = frozenset(match_key(h) for h in _DATA["hedges"] if " " not in h)
_HEDGE_PHRASES = [tuple(match_key(h).split()) for h in _DATA["hedges"] if " " in h]
_PATTERNS = _lexicon(_DATA["patterns"])
_TELLING = _lexicon(_DATA["recipient_verbs"])
_PARTNERS = frozenset(match_key(w) for w in _DATA["partners"])
_CONNECTIVES = frozenset(match_key(w) for w in _DATA["connectives"])
_CONNECTIVE_OBJECTS = frozenset(match_key(w) for w in _DATA["connective_objects"])
_SPEAKER_DEEDS = frozenset(_DATA["speaker_deeds"])
SHARED_DEEDS = frozenset(_DATA["shared_deeds"])  # deeds one event holds once: a truce, talks
_WEAK = frozenset(_DATA["weak"])
PERSONAL = frozenset(_DATA["personal"])  # deeds told of a person: a nisba after them names that person
_PERSONS = frozenset(match_key(w) for w in _DATA["persons"])
_PLACE_LEADS = _lexicon(_DATA["place_leads"])
_PLACE_NOUNS = _lexicon(_DATA["place_nouns"])
_MANNERS = _lexicon(_DATA["manners"])
_VICTIM_NOUNS = frozenset(match_key(w) for w in _DATA["victim_nouns"])
MEMBERSHIP = "membership"
_AGENTS = _lexicon(_DATA["agents"])
CASUALTIES = "casualties"  # the dead and wounded of an event: a count of them, not a deed by a doer
_VICTIMS_AFTER = PERSONAL | frozenset(_DATA["victims_named"])  # a nisba after them names the victims
_HEADS = (
    frozenset(w for w, family in _DEED_OF.items() if family not in _VICTIMS_AFTER)
    | _WEAPONS
    | _lexicon(sorted(DOER_HEADS))
)


class Frame(NamedTuple):
    """What a report tells: its deed family ("" for none), its doers (state keys), and whether
    it speaks of a pattern of events rather than one."""

    deed: str
    doers: frozenset[str]
    pattern: bool


def _phrase_at(words: list[str], i: int) -> str | None:
    """The deed family of a multi-word deed phrase starting at word `i` ("وقف إطلاق النار"), perhaps
    with one word inside it ("وقف فوري لإطلاق النار")."""
    family = _PHRASE_FIRST.get(words[i])
    if family is None:
        return None
    for phrase, fam in _PHRASES.items():
        if fam != family:
            continue
        rest = phrase[1:]
        if tuple(words[i + 1 : i + len(phrase)]) == rest or tuple(words[i + 2 : i + 1 + len(phrase)]) == rest:
            return family  # with one word inside or none
    return None


def _deed(words: list[str], found: Spans | None = None) -> tuple[str, int]:
    """The family of the first deed word or phrase and where it is (a weak deed, membership, only
    when no other is there); EVENT for a text that only blames or names an event ("المسؤولية عن
    الحادث"); "" for none (at the end of the text). A deed a year names ("اتفاق الهدنة لعام 2019",
    "the 2020 accord") is a thing of another time, not the deed the text tells."""
    blamed = False
    weak: tuple[str, int] | None = None
    named = _named_by_a_year(words)
    authored = _authored(words, spans(words) if found is None else found)
    for i, w in enumerate(words):
        if w in _CONNECTIVES and i + 1 < len(words) and words[i + 1] in _CONNECTIVE_OBJECTS:
            continue  # "ردا على": in response to, a cause
        family = _phrase_at(words, i) or _DEED_OF.get(w, "")
        if family and i in named:
            continue
        if family in _WEAK:
            weak = weak or (family, i)
        elif family:
            return family, i
        blamed = blamed or w in _BLAME or w in _EVENTS or i in authored
    return weak or ((EVENT if blamed else ""), len(words))


def _authored(words: list[str], found: Spans) -> frozenset[int]:
    """Where a noun of authorship stands right before a doer ("هذا عمل المخابرات", "من صنع المخابرات
    التركية", "the work of the CIA"): a state, or an organ of one (a doer head) before a state; never
    first in the clause, where the word is a verb ("عمل الجيش على ...": worked on)."""
    starts = {i for i, _size, _state in found}
    marks: set[int] = set()
    for i, w in enumerate(words):
        if not i or w not in _AUTHORSHIP:
            continue  # a clause that opens with it opens with a verb: "عمل الجيش على ..." (worked on)
        k = i + 1
        while k < len(words) and words[k] in _OF:
            k += 1
        if k in starts or (k + 1 in starts and k < len(words) and words[k] in _HEADS):
            marks.add(i)
    return frozenset(marks)


def _named_by_a_year(words: list[str]) -> frozenset[int]:
    """Where the words stand that a year naming a thing names: the few before it ("حرب 2006",
    "اتفاق الهدنة لعام 2019"), and in English the word after it ("the 2020 accord")."""
    read = year_words(words)
    years = [k for k in range(len(read)) if naming_year(read, k)]
    return frozenset(i for k in years for i in (*range(max(0, k - NAMED_AFTER), k), k + 1))


def _without_hedges(words: list[str]) -> list[str]:
    """The words without multi-word hedges ("على الأرجح"), which sit between a deed and its doer."""
    out: list[str] = []
    i = 0
    while i < len(words):
        size = next((len(h) for h in _HEDGE_PHRASES if tuple(words[i : i + len(h)]) == h), 0)
        if size:
            i += size
            continue
        out.append(words[i])
        i += 1
    return out if len(out) < len(words) else words


def described_doers(words: list[str], found: Spans | None = None) -> frozenset[str]:
    """States named by a nationality adjective that describes a deed, a weapon or a state organ:
    after it in Arabic, hedges between ("غارة على الأرجح تركية", "قذائف يعتقد أنها روسية"),
    before it in English ("the Iranian drone"). After a deed done to a person the adjective names
    the victim ("مقتل أردني"), not the doer. `found`: the state spans of `words`, when known."""
    bare = _without_hedges(words)
    named = set()
    for i, state in adjectives(bare, found if bare is words else None):
        k = i - 1
        while k >= 0 and bare[k] in _HEDGES:
            k -= 1
        after = bare[i + 1] if i + 1 < len(bare) else ""
        if (k >= 0 and bare[k] in _HEADS) or (bare[i].isascii() and after in _HEADS):
            named.add(state)
    return frozenset(named)


@lru_cache(maxsize=1 << 16)
def frame(text: str) -> Frame:
    """The frame of a report's claim clause (see the module's doc)."""
    words = claim_clause(text).split()
    found = spans(words)
    deed, at = _deed(words, found)
    named = doers_among(words, found) | described_doers(words, found) | _after(words, found, _PARTNERS)
    if deed in VIOLENT and deed != EVENT:
        named -= _in_company(words, found, at)
    told = _after(words, found, _TELLING)  # "أبلغت أنقرة موسكو بالضربات": told, not doers
    return Frame(deed=deed, doers=named - told, pattern=not _PATTERNS.isdisjoint(words))


@lru_cache(maxsize=1 << 16)
def name_words(text: str) -> frozenset[str]:
    """The words (keys) that may name the person a deed done to a person is told of: the words of
    the claim clause a few on either side of the deed word, but function, time, title and deed
    words, generic nouns for a person ("جندي", "the leader"), numbers, states, places and causes (the
    words just after a preposition of place or a word of cause: "في مستشفى المدينة", "متأثرا بجراحه")."""
    words = claim_clause(text).split()
    _family, at = _deed(words)
    found = spans(words)
    state_words = {k for i, size, _state in found for k in range(i, i + size)}
    place = {k for i, w in enumerate(words) if w in _PLACE_LEADS for k in range(i, i + 1 + PLACE_WORDS)}
    return frozenset(
        word_key(w)
        for k, w in enumerate(words)
        if abs(k - at) <= VICTIM_SPAN
        and k not in state_words
        and k not in place
        and not any(ch.isdigit() for ch in w)
        and _bare(w) not in _NOT_NAMES
        and not _generic_person(w)
        and w not in _MANNERS
        and w not in _DEED_OF
    )


def _bare(word: str) -> str:
    """A word without the article ("الزعيم" -> "زعيم"), as the generic nouns are listed."""
    return next(
        (word[len(a) :] for a in ARTICLE_FORMS if word.startswith(a) and len(word) > len(a) + 1), word
    )


_NOT_NAMES = STOPWORDS | TITLES | _PERSONS | frozenset(_bare(t) for t in TITLES)


def _generic_person(word: str) -> bool:
    """Whether a word is a generic noun for a person, accusative or not ("رجلا", "الشاب", "a man")."""
    bare = _bare(word)
    return bare in _PERSONS or (bare.endswith("ا") and bare[:-1] in _PERSONS)


@lru_cache(maxsize=1 << 16)
def named_places(text: str) -> frozenset[str]:
    """The places a text names after a place noun ("في حي الزهور بمدينة الميناء" gives the keys of
    الزهور and الميناء; "in the village of X" gives X): where a deed was done."""
    words = match_key(text).split()
    found = set()
    for k, w in enumerate(words[:-1]):
        if w in _PLACE_NOUNS:
            nxt = words[k + 2] if words[k + 1] == "of" and k + 2 < len(words) else words[k + 1]
            if nxt not in STOPWORDS and nxt not in _PLACE_NOUNS:
                found.add(word_key(nxt))
    return frozenset(found)


def places_differ(a: str, b: str) -> bool:
    """Whether two texts each name places after a place noun and share none: two deeds."""
    pa, pb = named_places(a), named_places(b)
    return bool(pa and pb) and pa.isdisjoint(pb)


def one_victim(a: str, b: str) -> bool:
    """Whether two texts telling one deed done to a person (a death, a killing, not membership),
    neither naming a doer, name its person alike: `NAME_WORDS` name words in common ("وفاة الشيخ
    سالم العمري" / "سالم العمري توفي"): one person, so one deed, whoever tells it. Both must report
    the deed done (no plan or consequence of it), and a killing told with its agent or cause
    ("برصاص مسلحين", "نتيجة نزاع": someone, though no state) is left to the other rules."""
    fa, fb = frame(a), frame(b)
    if fa.deed != fb.deed or fa.deed not in PERSONAL or fa.deed in _WEAK or fa.doers or fb.doers:
        return False
    if tense(a) or tense(b):
        return False  # a plan or a consequence of the deed ("his death will delay the talks")
    if places_differ(a, b):
        return False
    if _unnamed_and_named(a, b):
        return True
    if fa.deed in VIOLENT and not (
        _AGENTS.isdisjoint(match_key(a).split()) and _AGENTS.isdisjoint(match_key(b).split())
    ):
        return False  # who did it is told, though no state ("برصاص مسلحين", "نتيجة نزاع")
    return len(name_words(a) & name_words(b)) >= NAME_WORDS


def _unnamed_and_named(a: str, b: str) -> bool:
    """Whether one text tells the deed of a person by a generic noun only ("رجل في الأربعين قتل"),
    the other of a named person, and both in one place named after a place noun: one victim."""
    pa, pb = named_places(a), named_places(b)
    if not (pa and pb and pa & pb):
        return False
    na, nb = name_words(a), name_words(b)
    return (not na and _tells_a_person(a) and len(nb) >= NAME_WORDS) or (
        not nb and _tells_a_person(b) and len(na) >= NAME_WORDS
    )


def one_member(a: str, b: str) -> bool:
    """Whether two texts telling membership (in linked articles) tell it of one person: one of them
    tells it of the event's victim ("القتيل كان ينتمي إلى الحركة"), the other of someone named
    (two named people may be two members: their names join them by the other rules)."""
    if not (_tells_membership(a) and _tells_membership(b)):
        return False
    return _of_the_victim(a) != _of_the_victim(b)


def _tells_membership(text: str) -> bool:
    """Whether a text tells membership: its deed, or, said of the victim, a word of it after the
    dead ("القتيل كان ينتمي إلى الحركة"); not a title in a report of another deed ("اغتيال الناشط")."""
    if frame(text).deed == MEMBERSHIP:
        return True
    return _of_the_victim(text) and any(_DEED_OF.get(w) == MEMBERSHIP for w in claim_clause(text).split())


def _of_the_victim(text: str) -> bool:
    """Whether a text's claim clause tells of the victim by a noun for one ("الضحية", "the victim")."""
    clause = f" {claim_clause(text)} "
    return any(f" {noun} " in clause or f" {noun}،" in clause for noun in _VICTIM_NOUNS)


def _tells_a_person(text: str) -> bool:
    """Whether a text's claim clause tells of someone by a generic noun for a person ("رجلا")."""
    return any(_generic_person(w) for w in claim_clause(text).split())


@lru_cache(maxsize=1 << 16)
def casualty_cause(text: str) -> str:
    """The deed family the dead and wounded a text counts fell to, read in the whole text, its cause
    included ("قتلى وجرحى جراء الغارة" -> attack); "" when it tells none ("the victims cannot be
    reached"): two counts of one event's casualties give one cause."""
    deed, _at = _deed(match_key(text).split())
    return "" if deed in (CASUALTIES, EVENT) else deed


def _in_company(words: list[str], found: Spans, deed_at: int) -> frozenset[str]:
    """States named after a violent deed, within a few words after "with" ("قتل بعد لقاء مع
    قائد القوات الفرنسية"): in the company of its victims or witnesses, not its doers."""
    return frozenset(
        state
        for i, _size, state in found
        if i > deed_at and not _PARTNERS.isdisjoint(words[max(0, i - COMPANY_WORDS) : i])
    )


def _after(words: list[str], found: Spans, leads: frozenset[str]) -> frozenset[str]:
    """States named right after one of `leads`: a party after "with" or "between" ("هدنة مع
    تركيا"), one told after a verb of telling."""
    return frozenset(state for i, _size, state in found if i > 0 and words[i - 1] in leads)


def deeds_agree(a: str, b: str) -> bool:
    """Whether two deed families tell one kind of event: the same, or blame and a violent deed."""
    return bool(a and b) and (a == b or (EVENT in (a, b) and a in VIOLENT and b in VIOLENT))


def with_speaker(found: Frame, own: frozenset[str]) -> Frame:
    """A frame with the states its speaker stands for (`own`) among its doers when the deed is one a
    speaker does itself (a pledge, sanctions, a truce, a refusal to comment), not an accusation."""
    if not own or found.deed not in _SPEAKER_DEEDS:
        return found
    return found._replace(doers=found.doers | own)


def frames_join(
    a: str, b: str, one_speaker: bool = False, own: tuple[frozenset[str], frozenset[str]] = NO_STATES
) -> bool:
    """Whether two texts tell one deed: their deeds agree, neither speaks of a pattern of events
    ("similar operations abroad"), and both name doers and share one; or, said by one speaker,
    neither names a doer, or the deed is no violent one (a truce is one claim whether or not its
    parties are named; "he was assassinated" is not "the agency killed him"); or, neither naming a
    doer, they tell it of one person (`one_victim`), whoever says them. `own` holds the
    states each speaker stands for (see `with_speaker`)."""
    fa, fb = with_speaker(frame(a), own[0]), with_speaker(frame(b), own[1])
    if fa.pattern or fb.pattern or not deeds_agree(fa.deed, fb.deed):
        return False
    if one_victim(a, b):
        return True
    if fa.doers and fb.doers:
        return not fa.doers.isdisjoint(fb.doers)
    if not one_speaker or EVENT in (fa.deed, fb.deed):
        return False
    return not (fa.doers or fb.doers) or fa.deed not in VIOLENT


def doer_named_apart(a: str, b: str) -> bool:
    """Whether two texts tell one violent deed, one naming who did it and the other not: two claims
    ("he was assassinated" / "the agency killed him"), however alike their words."""
    fa, fb = frame(a), frame(b)
    if fa.pattern or fb.pattern or not deeds_agree(fa.deed, fb.deed) or fa.deed not in VIOLENT:
        return False
    return bool(fa.doers) != bool(fb.doers)


def frames_compatible(a: str, b: str) -> bool:
    """Whether two texts may tell one deed though nothing joined them directly: their deeds agree,
    neither speaks of a pattern, and their doers meet, or neither names one, or the deed is no
    violent one (a truce named with its parties or without). Used to let a group of reports of one
    deed take in a report that one of them joined."""
    fa, fb = frame(a), frame(b)
    if fa.pattern or fb.pattern or not deeds_agree(fa.deed, fb.deed):
        return False
    if fa.doers and fb.doers:
        return not fa.doers.isdisjoint(fb.doers)
    return not (fa.doers or fb.doers) or (EVENT not in (fa.deed, fb.deed) and fa.deed not in VIOLENT)


@lru_cache(maxsize=1 << 16)
def frame_keys(text: str, speaker: str = "", own: frozenset[str] = frozenset()) -> frozenset[str]:
    """Block keys of a report's frame: one per doer ("%violent@il"), and one for the deed and the
    last word of its speaker's name ("%accord~النهضة"), for a shared deed one of its own
    ("%accord"; for casualties, with the deed they fell to: "%casualties>attack"), and for a deed
    done to a person told without its doer one per name word
    ("%dying#عمر", see `one_victim`); membership one key of its own ("%membership"), so that
    reports that may tell one deed by one doer, or one deed in one speaker's words, meet in a
    block whatever words they use (violent deeds and blame share one)."""
    found = frame(text)
    if found.pattern or not found.deed:
        return frozenset()
    if _tells_membership(text):
        return frozenset({f"{FRAME_PREFIX}{MEMBERSHIP}"})  # told of one person in linked articles
    kind = "violent" if found.deed in VIOLENT else found.deed
    keys = {f"{FRAME_PREFIX}{kind}{doer}" for doer in found.doers}
    if found.deed == CASUALTIES:
        if cause := casualty_cause(text):  # one event's counts share their cause: a narrower block
            keys.add(f"{FRAME_PREFIX}{kind}>{cause}")
    elif found.deed in SHARED_DEEDS:
        keys.add(f"{FRAME_PREFIX}{kind}")
    if speaker and found.deed != EVENT:
        keys.add(f"{FRAME_PREFIX}{kind}~{speaker}")
    if found.deed in PERSONAL and found.deed not in _WEAK and not found.doers:
        keys.update(f"{FRAME_PREFIX}{found.deed}#{w}" for w in name_words(text))
    return frozenset(keys)


def without_frame_keys(words: frozenset[str]) -> frozenset[str]:
    """A word set without its frame keys: what texts share, for every measure of overlap."""
    return frozenset(w for w in words if not w.startswith(FRAME_PREFIX))
