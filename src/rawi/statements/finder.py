"""Finding attributed statements in one run of tokens: cue, source, content."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rawi.statements.content import Bounds, Run, bounds_from, find_opener, sentence_stop, skip_adjuncts
from rawi.statements.lexicon import CueForm, Lexicon
from rawi.statements.naming import describe, speaker_kind
from rawi.statements.speakers import (
    Source,
    core_subject_end,
    ends_subject,
    is_verbal_noun,
    read_subject,
    read_subject_before,
)
from rawi.statements.tokens import Token, fold, strip_conjunction

_RELATIVE = frozenset(fold(w) for w in ("الذي", "التي", "الذين"))
_RESUMPTIVE = frozenset(fold(w) for w in ("فيه", "فيها", "عنه", "عنها"))
_SAYING_NOUNS = frozenset(fold(w) for w in ("قوله", "قولها", "قولهم", "تأكيده", "تأكيدها", "تصريحه"))


@dataclass(frozen=True)
class Draft:
    """A statement found in a run, before back-references and antecedents are resolved.

    `source` is None when the subject is elided ("وأضاف أن ..."): the previous speaker.
    """

    cue_index: int
    cue: str
    form: CueForm | None
    source: Source | None
    bounds: Bounds
    context: tuple[int, int]  # token range between cue and content: adjuncts, time words, 'told X'
    consumed: tuple[int, ...] = ()
    relative: bool = False  # the cue opens a relative clause: 'التقارير التي تناولت ...'
    preface: tuple[int, int] = (0, 0)  # a told outlet before the subject: 'نفى لـ"الرياض" القنصل'



def cue_form(token: Token, lex: Lexicon) -> CueForm | None:
    """The cue form a token is, with or without an attached و/ف."""
    form = lex.cues.get(token.key)
    if form is None:
        base = strip_conjunction(token.key)
        form = lex.cues.get(base) if base != token.key else None
    return form


def _cue_word(token: Token, lex: Lexicon) -> str:
    """The cue as written, without an attached و or ف: وقال -> قال, but وصفت stays."""
    if token.key in lex.cues or token.text[:1] not in "وف":
        return token.text
    return token.text[1:]


def verb_draft(run: Run, i: int, form: CueForm, lex: Lexicon) -> Draft | None:
    """A statement around a verb, participle or verbal-noun cue at token i, or None."""
    tokens = run.tokens
    if i > 0 and lex.has("cue_blockers", tokens[i - 1].key):
        return None
    if form.bare_alef and tokens[i].text.lstrip("وف").startswith("أ"):
        return None
    if form.needs == "relay":
        return _relay_draft(run, i, form, lex)
    if form.form_class == "noun":
        form = replace(form, needs="complement")
    source: Source | None = None
    j = i + 1
    relative = i > 0 and tokens[i - 1].key in _RELATIVE
    preface = (j, j)
    if form.form_class != "participle":
        before = read_subject_before(tokens, i, lex)
        if j < len(tokens) and tokens[j].key in _RESUMPTIVE:
            j += 1
        preface = (j, _skip_told(run, j))
        j = preface[1]
        end = read_subject(tokens, j, lex)
        if end > j and not form.needs and is_verbal_noun(tokens[j], lex):
            end = j
        if "ب" in form.preps:
            end = next((m for m in range(j, end) if _attached_b(tokens[m])), end)
        if before and (run.kind != "paragraph" or end == j or relative):
            if not (_conjoined(tokens[i], lex) and end == j):
                source = describe(tokens[before[0] : before[1]], run.text, lex)
        elif end > j:
            source, j = describe(tokens[j:end], run.text, lex), end
        if source is None and run.kind == "headline" and _conjoined(tokens[i], lex):
            first = read_subject(tokens, 0, lex)
            source = describe(tokens[:first], run.text, lex) if first else None
    trailing = _trailing_clause(run, i, lex)
    if trailing is not None:
        return Draft(i, _cue_word(tokens[i], lex), form, source, trailing, (j, j))
    if form.object_first:
        return _described(run, i, j, form, source, preface, lex)
    spoken = _on_behalf(run, j, lex)
    if spoken is not None:
        source, j = spoken
    opener = find_opener(run, j, form, lex)
    if form.needs == "document" and source is not None and source.kind == "document":
        form = replace(form, needs="")
    if not form.needs:
        start = preface[1]
        core = core_subject_end(tokens, start, j, lex) if source is not None and j > start else j
        complemented = opener is not None and _after_complementizer(tokens, opener, lex)
        if core < j and not complemented and not any(t.text in "،," for t in tokens[core:j]):
            j, source = core, describe(tokens[start:core], run.text, lex)
            opener = skip_adjuncts(run, j, lex)
        elif opener is None or _object_like(tokens, skip_adjuncts(run, j, lex), lex, form):
            opener = skip_adjuncts(run, j, lex)
    if opener is None:
        return None
    bounds = bounds_from(run, opener, lex)
    if bounds is None:
        return None
    if relative and not bounds.whole_quote:
        comma = next((m for m in range(bounds.first + 2, bounds.stop) if tokens[m].text in "،,"), bounds.stop)
        bounds = Bounds(bounds.first, comma, False)
    cue = _cue_word(tokens[i], lex)
    return Draft(i, cue, form, source, bounds, (j, opener), relative=relative, preface=preface)


_PRONOUN_OBJECTS = frozenset(fold(w) for w in ("إياه", "إياها", "إياهم", "إياهما"))


def _described(
    run: Run, i: int, j: int, form: CueForm, source: Source | None, preface: tuple[int, int], lex: Lexicon
) -> Draft | None:
    """'وصفت X بأنها "مرعبة"': the content is 'X بأنها مرعبة'; after إياها only what follows."""
    tokens = run.tokens
    k = skip_adjuncts(run, j, lex)
    if k < len(tokens) and tokens[k].key in _PRONOUN_OBJECTS:
        k += 1
    if k < len(tokens) and lex.has("complementizers", tokens[k].key):
        k += 1
    bounds = bounds_from(run, k, lex)
    if bounds is None:
        return None
    return Draft(i, _cue_word(tokens[i], lex), form, source, bounds, (j, k), preface=preface)


def _on_behalf(run: Run, j: int, lex: Lexicon) -> tuple[Source, int] | None:
    """'نفت السلطات على لسان وزير الطاقة خالد الفالح ...': the one who spoke is after على لسان."""
    tokens = run.tokens
    if j + 2 < len(tokens) and tokens[j].key == "علي" and tokens[j + 1].key == "لسان":
        end = read_subject(tokens, j + 2, lex)
        if end > j + 2:
            return describe(tokens[j + 2 : end], run.text, lex), end
    return None


def _skip_told(run: Run, j: int) -> int:
    """'نفى ل"الرياض" القنصل ...': skip a told outlet that comes before the subject."""
    tokens = run.tokens
    if j < len(tokens) and tokens[j].key == "ل" and j + 1 in run.quotes:
        return run.quotes[j + 1] + 1
    return j


def _attached_b(token: Token) -> bool:
    """بتسرب, بإطلاق: the preposition ب glued to a noun, opening a cue's content."""
    return token.key.startswith("ب") and len(token.key) > 3 and not token.definite


def _conjoined(token: Token, lex: Lexicon) -> bool:
    """وأكد, ويؤكد: a cue joined by و/ف shares the subject of the clause before it."""
    return token.key not in lex.cues and token.key[:1] in "وف"


def key_is_preposition(key: str) -> bool:
    """A bare or pronoun-carrying preposition: لـ, في, عن, إلى, لها ..."""
    return key in ("ل", "ب", "في", "عن", "الي", "علي", "من", "مع") or (key[:1] in "لب" and len(key) <= 3)


def _after_complementizer(tokens: list[Token], opener: int, lex: Lexicon) -> bool:
    """Does the content open after أن/إن or a colon (so the subject did not run into an object)?"""
    before = tokens[opener - 1] if opener > 0 else None
    if before is None or before.key.startswith("ب"):
        return False
    return before.text == ":" or lex.has("complementizers", before.key)


def _object_like(tokens: list[Token], k: int, lex: Lexicon, form: CueForm) -> bool:
    """Does a direct object start at k ('نفى الكرملين تقريرا'), rather than an adjunct or 'أن'?"""
    if k >= len(tokens) or not tokens[k].is_alpha or (k > 0 and tokens[k - 1].text in "،,"):
        return False
    if form.stance == "deny" and tokens[k].key == "ما":
        return True
    if ends_subject(tokens, k, lex) or key_is_preposition(tokens[k].key):
        return False
    return not lex.has("speech_contexts", tokens[k].key)


def _relay_draft(run: Run, i: int, form: CueForm, lex: Lexicon) -> Draft | None:
    """'نقلت بلومبرغ عن شخصين مقربين أن ...': the source is after عن, the outlet goes in via."""
    tokens = run.tokens
    end = read_subject(tokens, i + 1, lex)
    outlet = describe(tokens[i + 1 : end], run.text, lex) if end > i + 1 else None
    if outlet is None:
        before = read_subject_before(tokens, i, lex)
        outlet = describe(tokens[before[0] : before[1]], run.text, lex) if before else None
    while end < min(len(tokens), i + 14) and tokens[end].key != "عن" and tokens[end].text not in ".!?؟:":
        end += 1
    if end >= len(tokens) or tokens[end].key != "عن":
        return None
    start = end + 1
    stop = read_subject(tokens, start, lex)
    if stop <= start:
        return None
    source = describe(tokens[start:stop], run.text, lex)
    trailing = _trailing_clause(run, i, lex)
    j, consumed, inner = stop, (), form
    while j < len(tokens) and tokens[j].key in _SAYING_NOUNS:
        j += 1
    inner_at = next((m for m in range(j, min(j + 4, len(tokens))) if cue_form(tokens[m], lex)), None)
    if inner_at is not None and all(t.is_word or t.text in "،," for t in tokens[j:inner_at]):
        inner = cue_form(tokens[inner_at], lex) or form
        consumed, j = (inner_at,), inner_at + 1
    opener = find_opener(run, j, inner, lex)
    if trailing is None and opener is None:
        return None
    bounds = trailing or bounds_from(run, opener or j, lex)
    if bounds is None:
        return None
    via = (outlet.name,) if outlet and outlet.name else ()
    relayed = Source(source.name, source.role, source.kind, via + source.via)
    return Draft(i, _cue_word(tokens[i], lex), form, relayed, bounds, (stop, opener or stop), consumed)


def prepositional_draft(run: Run, i: int, lex: Lexicon) -> Draft | None:
    """'بحسب X، ...' or '...، وفق الوكالة': the content is the clause on the other side."""
    tokens = run.tokens
    starts = lex.prepositional_starts
    if tokens[i].key not in starts and strip_conjunction(tokens[i].key) not in starts:
        return None
    for prep in lex.prepositional:
        width, glued = _match_words(tokens, i, prep.words)
        if not width:
            continue
        j = i + width
        if j < len(tokens) and tokens[j].key in ("ما", "لما"):
            return None
        end = read_subject(tokens, j + 1, lex) if glued else read_subject(tokens, j, lex)
        if end <= j or not _source_like(tokens[j], lex):
            return None
        if end < len(tokens) and cue_form(tokens[end], lex):
            return None
        if end + 1 < len(tokens) and tokens[end].key in _RELATIVE and cue_form(tokens[end + 1], lex):
            return None
        source = describe(tokens[j:end], run.text, lex)
        if glued:
            name = "ال" + source.name[2:] if source.name.startswith("لل") else source.name[1:].lstrip("ـ ")
            source = Source(name, source.role, speaker_kind(name, bool(source.role), lex))
        bounds = _clause_bounds(run, i, end, lex)
        if bounds is None:
            return None
        return Draft(i, prep.cue, None, source, bounds, (j, end))
    return None


def _trailing_clause(run: Run, i: int, lex: Lexicon) -> Bounds | None:
    """'...، وفق ما نقلته الوكالة عن مصادر': after بحسب ما / وفق ما / حسبما, the clause before."""
    tokens = run.tokens
    if i >= 1 and tokens[i - 1].key in ("حسبما", "وحسبما"):
        at = i - 1
    elif i >= 2 and tokens[i - 1].key in ("ما", "لما") and _opens_prepositional(tokens, i - 2, lex):
        at = i - 2
    else:
        return None
    start = _sentence_start(run, at)
    if at - start < 3 or tokens[at - 1].text not in "،,-–(":
        return None
    return _clause_bounds(run, at, at, lex)


def _opens_prepositional(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    return any(_match_words(tokens, k, p.words)[0] for p in lex.prepositional)


def _clock(tokens: list[Token], k: int) -> bool:
    """09:50 is a time, not a colon cue."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].key.isdigit() and tokens[k + 1].key.isdigit()


def _match_words(tokens: list[Token], i: int, words: tuple[str, ...]) -> tuple[int, bool]:
    """How many tokens a prepositional cue takes at i (0 if none), and whether its ل is glued.

    A trailing ل may be glued to the next word (وفقا لشهود) or stand alone (وفقا لـ "X").
    """
    first = tokens[i].key
    if first != words[0] and strip_conjunction(first) != words[0]:
        return 0, False
    taken = 1
    for word in words[1:]:
        k = i + taken
        if k >= len(tokens):
            return 0, False
        key = tokens[k].key
        if key == word:
            taken += 1
        elif word == "ل" and key.startswith("ل") and len(key) > 2:
            return taken, True
        else:
            return 0, False
    return taken, False


def _source_like(token: Token, lex: Lexicon) -> bool:
    """Does the word after بحسب/وفق name a source (not 'وفق الظروف')?"""
    key = token.key[1:] if token.key.startswith("ل") and len(token.key) > 3 else token.key
    if key.startswith("ل") and len(key) > 3:
        key = "ا" + key
    bare = key[2:] if key.startswith("ال") else key
    lists = ("anonymous_heads", "document_heads", "organization_heads", "media_heads", "titles")
    if any(lex.has(name, key) or lex.has(name, bare) or lex.has(name, "ال" + bare) for name in lists):
        return True
    if lex.has("outlets", key) or lex.has("places", key) or lex.maps["back_references"].get(key):
        return True
    return not key.startswith("ال") and token.is_alpha and not lex.has("subject_stops", key)


def _clause_bounds(run: Run, i: int, end: int, lex: Lexicon) -> Bounds | None:
    """Content of a prepositional attribution: before it (trailing) or after it (leading)."""
    tokens = run.tokens
    start = _sentence_start(run, i)
    if i - start >= 3 and tokens[i - 1].text in "،,-–(":
        stop = i
        while start < stop and lex.has("complementizers", tokens[start].key):
            start += 1
        while stop > start and not tokens[stop - 1].is_word:
            stop -= 1
        return Bounds(start, stop, False) if stop - start >= 3 else None
    k = end
    comma = next((m for m in range(end, min(end + 8, len(tokens))) if tokens[m].text in "،,"), None)
    if comma is not None and all(t.is_word for t in tokens[end:comma]):
        k = comma
    while k < len(tokens) and (not tokens[k].is_word and k not in run.quotes):
        k += 1
    while k < len(tokens) and lex.has("complementizers", tokens[k].key):
        k += 1
    return bounds_from(run, k, lex)


def _sentence_start(run: Run, i: int) -> int:
    k = i
    while k > 0 and run.tokens[k - 1].text not in ".!?؟\n":
        k -= 1
    return k


def colon_draft(run: Run, lex: Lexicon) -> Draft | None:
    """A headline or caption 'بيسكوف: هذا تقرير خاطئ': the cue is the colon."""
    tokens = run.tokens
    colon = next((k for k, t in enumerate(tokens) if t.text == ":" and not _clock(tokens, k)), None)
    if colon is None or colon == 0:
        return None
    start = colon
    while start > 0 and (tokens[start - 1].is_word or tokens[start - 1].text in "\"«»“”/"):
        start -= 1
    words = [t for t in tokens[start:colon] if t.is_word]
    if not 1 <= len(words) <= 6 or any(cue_form(t, lex) or not t.is_alpha for t in words):
        return None
    bounds = bounds_from(run, colon + 1, lex)
    if bounds is None:
        return None
    if bounds.stop > sentence_stop(run, colon + 1, lex) and not bounds.whole_quote:
        return None
    return Draft(colon, ":", None, describe(tokens[start:colon], run.text, lex), bounds, (colon, colon))
