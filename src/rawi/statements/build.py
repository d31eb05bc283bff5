"""The back end both statement front ends share: a found statement, in character offsets, made a record.

Each language splits its text, finds its drafts its own way (Arabic over tokens, English over
character offsets) and parses its source phrases; from there on both hand this module one `Found`
record in character offsets, and it decides the statement date, the quote type, the hedge, the
default target, the relay chain and the full name of a bare family name the same way for both,
and builds the `Statement`. What differs between the languages here is named in a `Language`,
one per front end (`arabic()`, `english()`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Final, Literal, NamedTuple, TypeVar, cast

from rawi.arabic.dates import calendar_data
from rawi.arabic.normalize import fold
from rawi.records import (
    ARABIC_EXTRACTOR,
    ENGLISH_EXTRACTOR,
    QUOTE_TYPES,
    SPEAKER_KINDS,
    STANCES,
    QuoteType,
    SpeakerKind,
    Stance,
    Statement,
    to_quote_type,
    to_speaker_kind,
    to_stance,
)
from rawi.statements.names import same_transliteration
from rawi.statements.source import Source

_Named = TypeVar("_Named")


@dataclass(frozen=True)
class Language:
    """The per-language options of the back end, each named for what it changes."""

    extractor: str  # the id stamped on every statement ('rawi.statements.ar.v2')
    # dicts, not Mappings: compiled, a lookup in a dict is a direct call, in a Mapping a method call
    weekdays: dict[str, int]  # a weekday as the front end keys its words -> Monday 0 ... Sunday 6
    days_back: dict[str, int]  # 'today' 0, 'yesterday' 1, keyed the same way
    weekday_prefixes: tuple[str, ...] = ()  # a conjunction written onto a weekday ('والخميس')
    target_trim: str = ""  # punctuation trimmed off a target cut from the content ('' trims nothing)
    name_key: Callable[[str], str] = str  # how two speaker names are compared (Arabic folds spellings)
    relay_keeps_chain: bool = False  # a relayed statement's via starts with its relay's own via
    full_name_keeps: Literal["first", "latest"] = "latest"  # the full name two sharing a family name leave
    spelling_variant: Callable[[str, str], bool] | None = None  # another spelling of a family name


_ARABIC: Final[list[Language]] = []  # the Arabic options, made by the first `arabic` call


def arabic() -> Language:
    """The Arabic options: folded keys, و glued to a weekday, a target without its trailing comma;
    a bare family name takes the latest speaker's full name, also in another transliteration.
    Made once (a module list, not functools.cache: compiled, a call is a direct call)."""
    if not _ARABIC:
        _ARABIC.append(_arabic())
    return _ARABIC[0]


def _arabic() -> Language:
    """`arabic`, made."""
    weekdays, days_back = _day_names("", fold)
    return Language(
        ARABIC_EXTRACTOR,
        weekdays,
        days_back,
        weekday_prefixes=("و",),
        target_trim=" ،,",
        name_key=fold,
        spelling_variant=same_transliteration,
    )


@cache
def english() -> Language:
    """The English options: lower-case keys, a target kept as cut, a relay's own chain kept; a bare
    surname takes the first full name the article writes."""
    weekdays, days_back = _day_names("english_", str.lower)
    return Language(ENGLISH_EXTRACTOR, weekdays, days_back, relay_keeps_chain=True, full_name_keeps="first")


def _day_names(prefix: str, key: Callable[[str], str]) -> tuple[dict[str, int], dict[str, int]]:
    """Weekday numbers and days back by keyed name, from data/calendar.json (`prefix` picks the language)."""
    data = calendar_data()
    order = [name.lower() for name in data["english_weekdays"]]
    if prefix:
        weekdays = {key(name): order.index(name.lower()) for name in data["english_weekdays"]}
    else:
        weekdays = {key(n): order.index(day) for day, names in data["weekdays"].items() for n in names}
    days_back = {key(n): int(back) for back, names in data[prefix + "days_back"].items() for n in names}
    return weekdays, days_back


def statement_date(words: Iterable[str], published: str | None, lang: Language) -> str | None:
    """The ISO date the first day word among `words` (keyed as `lang` keys them) names, counted
    back from the publication date: a weekday is the last such day on or before it."""
    try:
        base = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
    if base is None:
        return None
    for word in words:
        weekday = _weekday(word, lang)
        if weekday is not None:
            return (base - timedelta(days=(base.weekday() - weekday) % 7)).isoformat()
        back = lang.days_back.get(word)
        if back is not None:
            return (base - timedelta(days=back)).isoformat()
    return None


def _weekday(word: str, lang: Language) -> int | None:
    """The weekday number of a word, also with a conjunction written onto it ('والخميس')."""
    for prefix in lang.weekday_prefixes:
        if word.startswith(prefix) and word[len(prefix) :] in lang.weekdays:
            return lang.weekdays[word[len(prefix) :]]
    return lang.weekdays.get(word)


class Quotation(NamedTuple):
    """A passage in quotation marks inside a content: the content's text before it, and its words."""

    before: str
    words: list[str]


def quote_type(
    direct: bool, quotations: Iterable[Quotation], names: Callable[[Quotation], bool]
) -> QuoteType:
    """direct when the content lies within one quotation, mixed when it holds a quotation of two
    or more of the speaker's words, else indirect.

    `names` is the language's test for a quotation that is a name or a label, not speech
    ('the group "New Horizon"'); the front end finds the quotations its own way.
    """
    if direct:
        return "direct"
    for quotation in quotations:
        if len(quotation.words) >= 2 and not names(quotation):
            return "mixed"
    return "indirect"


def hedged(cue_hedges: bool, words: Sequence[str], markers: frozenset[str]) -> bool:
    """True when the cue hedges ('expects', 'يتوقع') or the content's `words`, keyed as the
    language keys its `markers`, hold one of them: a word or a space-joined phrase ('may', 'من المحتمل')."""
    return cue_hedges or phrase_at(words, markers) is not None


def phrase_at(words: Sequence[str], phrases: frozenset[str]) -> int | None:
    """Index of the first word where one of the (keyed, space-joined) phrases starts, else None:
    the leftmost match of the phrases as whole words in the words (single words, no spaces) joined
    by spaces.

    Most word lists hold no phrase's first word (`first_words`): then nothing more is done. A
    phrase can only start at one of those words, so there only that word's phrases are compared
    with the words after it (`_phrase_rests`); nothing is joined or searched.
    """
    starts = first_words(phrases)
    if starts.isdisjoint(words):
        return None
    rests = _phrase_rests(phrases)
    for index, word in enumerate(words):
        for rest in rests.get(word, ()):
            if _words_at(words, index + 1, rest):
                return index
    return None


def _words_at(words: Sequence[str], start: int, expected: tuple[str, ...]) -> bool:
    """Do the words from `start` on begin with the expected ones?"""
    if start + len(expected) > len(words):
        return False
    return all(words[start + offset] == word for offset, word in enumerate(expected))


_FIRST_WORDS_MEMO: Final[dict[frozenset[str], frozenset[str]]] = {}  # computed once per argument


def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words the phrases start with: without one of them among the words, no phrase can match."""
    found = _FIRST_WORDS_MEMO.get(phrases)
    if found is None:
        found = _FIRST_WORDS_MEMO[phrases] = frozenset(phrase.split(" ", 1)[0] for phrase in phrases)
    return found


_RESTS_MEMO: Final[dict[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]] = {}  # once per argument


def _phrase_rests(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each first word's phrases, as the words that follow it in each ('من المحتمل' -> من: (المحتمل,))."""
    found = _RESTS_MEMO.get(phrases)
    if found is None:
        grouped: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(phrases):
            first, *rest = phrase.split(" ")
            grouped.setdefault(first, []).append(tuple(rest))
        found = _RESTS_MEMO[phrases] = {word: tuple(rests) for word, rests in grouped.items()}
    return found


def target(text: str, start: int, stop: int, stance: str, lang: Language) -> str | None:
    """What a denial or confirmation is about, `text[start:stop]` trimmed; an assertion has none, and
    a cut that leaves no words (a denial whose content is only its label) gives none either."""
    if stance == "assert":
        return None
    cut = text[start:stop].strip(lang.target_trim) if lang.target_trim else text[start:stop]
    return cut if cut.strip() else None


def relayed_via(
    speaker: str, via: tuple[str, ...], relay: tuple[str, tuple[str, ...]], lang: Language
) -> tuple[str, ...]:
    """The via of a statement passed on by another ('X said officials told him ...'): the relaying
    speaker (after that statement's own via when the language keeps it) before its own via, without
    the speaker itself. `relay` is the relaying statement's speaker and via."""
    relay_speaker, relay_via = relay
    chain = (*relay_via, relay_speaker) if lang.relay_keeps_chain else (relay_speaker,)
    return own_via(speaker, (*chain, *via), lang)


def own_via(speaker: str, via: Iterable[str], lang: Language) -> tuple[str, ...]:
    """A statement's via without its own speaker (names compared by `lang.name_key`): a speaker
    does not pass on its own words."""
    own = lang.name_key(speaker)
    return tuple(name for name in via if lang.name_key(name) != own)


class FamilyNames(dict[str, _Named]):
    """Full names by family name (keyed as the front end keys names): a later bare family name
    ('Lindahl', 'بيسكوف') stands for the full name.

    The language says which full name a family name keeps when two share it (`full_name_keeps`):
    the first (English indexes every name the article writes before it reads a statement: the
    first is the introduction) or the latest (Arabic indexes its speakers as it reads them); and
    which other spelling of a family name counts (`spelling_variant`, which keeps a name's first
    and last letters).
    """

    def __init__(self, lang: Language) -> None:
        super().__init__()
        self._lang = lang
        self._by_ends: dict[tuple[str, str], list[tuple[str, _Named]]] = {}

    def add(self, family: str, named: _Named) -> None:
        """Index `named` under `family`, as the language's `full_name_keeps` says."""
        if self._lang.full_name_keeps == "first" and family in self:
            return
        self[family] = named
        if self._lang.spelling_variant is not None:
            self._by_ends.setdefault((family[0], family[-1]), []).append((family, named))

    def variant(self, family: str, accept: Callable[[_Named], bool]) -> _Named | None:
        """The latest accepted name whose family name is another spelling of `family` (the
        language's `spelling_variant`); None when there is none or the language knows no variants."""
        same = self._lang.spelling_variant
        if same is None:
            return None
        for other, named in reversed(self._by_ends.get((family[0], family[-1]), [])):
            if accept(named) and same(family, other):
                return named
        return None


@dataclass(init=False)  # a written __init__ compiles (a generated one runs interpreted); never mutate it
class Found:
    """One statement as a front end found it, in character offsets of the article text: its source
    and cue, its content span, and what the front end judged of it. English finds it in offsets;
    Arabic converts its token spans at the edge."""

    source: Source
    cue: str  # the cue as the record shows it ('said'; 'قال' without an attached و)
    content: tuple[int, int]  # start and end offsets of the content
    quote_type: str
    stance: str
    hedged: bool
    target: str | None
    when: tuple[str, ...] = ()  # the words around the cue, keyed as the language keys day names
    via: tuple[str, ...] = ()
    in_headline: bool = False

    def __init__(
        self,
        source: Source,
        cue: str,
        content: tuple[int, int],
        quote_type: str,
        stance: str,
        hedged: bool,
        target: str | None,
        when: tuple[str, ...] = (),
        via: tuple[str, ...] = (),
        in_headline: bool = False,
    ) -> None:
        self.source = source
        self.cue = cue
        self.content = content
        self.quote_type = quote_type
        self.stance = stance
        self.hedged = hedged
        self.target = target
        self.when = when
        self.via = via
        self.in_headline = in_headline


def statement(text: str, found: Found, published: str | None, lang: Language) -> Statement:
    """The Statement record of a found statement, dated by its day words (`statement_date`) from
    the `published` date, stamped with the language's extractor id.

    The record's fields are set as its generated `__init__` sets them, in one dict update: that
    `__init__` (frozen, fifteen fields) runs interpreted, and was most of a statement's cost here.
    The record is the same: equal, hashed, pickled and shown alike (a test holds it to the constructor).
    """
    start, end = found.content
    source = found.source
    record: Statement = object.__new__(Statement)
    vars(record).update(
        {  # the fields in their declared order, as the generated __init__ sets them
            "speaker": source.name,
            "speaker_role": source.role,
            "speaker_kind": _speaker_kind(source.kind),
            "cue": found.cue,
            "content": text[start:end],
            "quote_type": _quote_type(found.quote_type),
            "start": start,
            "end": end,
            "via": found.via,
            "stance": _stance(found.stance),
            "hedged": found.hedged,
            "target": found.target,
            "date": statement_date(found.when, published, lang),
            "in_headline": found.in_headline,
            "extractor": lang.extractor,
        }
    )
    return record


# The closed vocabularies, checked here (compiled) for the usual word; only a word outside them is
# sent on to records' check, which raises (an interpreted call per field was most of a statement's cost).
_SPEAKER_KINDS: Final = frozenset(SPEAKER_KINDS)
_QUOTE_TYPES: Final = frozenset(QUOTE_TYPES)
_STANCES: Final = frozenset(STANCES)


def _speaker_kind(value: str) -> SpeakerKind:
    """`to_speaker_kind`: the value when it is a speaker kind, else records' ValueError."""
    return cast(SpeakerKind, value) if value in _SPEAKER_KINDS else to_speaker_kind(value)


def _quote_type(value: str) -> QuoteType:
    """`to_quote_type`: the value when it is a quote type, else records' ValueError."""
    return cast(QuoteType, value) if value in _QUOTE_TYPES else to_quote_type(value)


def _stance(value: str) -> Stance:
    """`to_stance`: the value when it is a stance, else records' ValueError."""
    return cast(Stance, value) if value in _STANCES else to_stance(value)
