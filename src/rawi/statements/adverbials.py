"""Attributions without a reporting verb: بحسب / وفق / نقلا عن, trailing 'بحسب ما', colon headlines."""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from rawi.statements.content import (
    Bounds,
    Run,
    bare_confirming_relative,
    bounds_from,
    confirming_relative,
    connector_width,
    names_no_source,
    sentence_stop,
)
from rawi.statements.drafts import Draft, cue_form
from rawi.statements.lexicon import CueForm, Lexicon
from rawi.statements.names import imperfect_verb_like, is_given_name, name_piece
from rawi.statements.naming import describe, document_issuer, names_people, speaker_kind
from rawi.statements.quotes import QUOTE_MARKS
from rawi.statements.speakers import (
    DEMONSTRATIVES,
    RELATIVES,
    Source,
    circumstantial,
    core_subject_end,
    is_verbal_noun,
    object_after_definite,
    read_subject,
)
from rawi.statements.stance import is_claim_noun, reports
from rawi.statements.tokens import Token, after_ala, fold, strip_conjunction


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
        if j < len(tokens) and tokens[j].key in ("ما", "لما") and j + 1 < len(tokens):
            j, glued = j + 1, False  # 'وفقا لما ذكرته': the ل is the relative's, the source follows the verb
            if not reports(tokens[j].key, lex):
                return None
            if _relay_without_origin(tokens, j, lex):
                j += 1
            elif _said_by_verb(tokens[j], lex):
                return None
        if j < len(tokens) and prep.words[-1] == "حسبما" and cue_form(tokens[j], lex):
            return None
        if j < len(tokens) and reports(tokens[j].key, lex) and not _said_by_verb(tokens[j], lex):
            j += 1  # 'حسبما أوردت وكالة X', 'حسب ما نشرته الصحيفة': the source follows the verb
        quoted = run.quotes.get(j) if not glued else None  # 'وفق ما نقلت "رويترز"': the outlet in marks
        if (
            quoted is not None
            and quoted - j <= _QUOTED_SOURCE_WORDS + 1
            and (_closes_sentence(tokens, quoted + 1) or _comma_at(tokens, quoted + 1))
        ):  # '...، وفق ما نقلت "رويترز".' and 'وبحسب "رويترز"، فإن ...'
            source = describe(tokens[j + 1 : quoted], run.text, lex)
            bounds = _clause_bounds(run, i, quoted + 1, lex)
            return (
                Draft(i, prep.cue, None, source, bounds, (j, quoted + 1)) if bounds and source.name else None
            )
        head = j + 1 if not glued and j + 1 < len(tokens) and tokens[j].key in _DEMONSTRATIVES else j
        end = read_subject(tokens, j + 1, lex) if glued else read_subject(tokens, head, lex)
        end = next((m for m in range(j + 1, end) if tokens[m].key in _RESUMING), end)  # 'وبحسب الشرطة فقد'
        if end <= head or not _source_like(tokens[head], lex):
            return None  # 'وبحسب هذه المصادر': a demonstrative points back at a source named before
        if end < len(tokens) and cue_form(tokens[end], lex):
            return None
        if end + 1 < len(tokens) and tokens[end].key in RELATIVES and cue_form(tokens[end + 1], lex):
            return None
        if prep.cue == "على لسان" and any(cue_form(t, lex) for t in tokens[_sentence_start(run, i) : i]):
            return None
        issued = _issued_document(run, j, glued, lex)
        if issued is not None:  # 'وفقا لبيان صادر عن الجيش': the issuer speaks through its document
            source, end = issued
        else:
            source = describe(tokens[j:end], run.text, lex)
        if glued and issued is None and source.name.startswith(tokens[j].text):
            name = "ال" + source.name[2:] if source.name.startswith("لل") else source.name[1:].lstrip("ـ ")
            source = Source(name, source.role, speaker_kind(name, bool(source.role), lex))
        bounds = _clause_bounds(run, i, end, lex)
        if bounds is None:
            return None
        return Draft(i, prep.cue, None, source, bounds, (j, end))
    return None


def _comma_at(tokens: list[Token], k: int) -> bool:
    """Is token k a comma or colon (a fronted attribution's end: 'وبحسب "X"، ...', 'وفق ما نقلت "X": ...')?"""
    return k < len(tokens) and tokens[k].text in "،,:"


def pronoun_draft(run: Run, i: int, lex: Lexicon) -> Draft | None:
    """'وبحسبه، فإن الطريق مغلق', '... سترتفع، على حد قوله': an attribution to a pronoun; the content
    is the clause on the other side, the source (None) the speaker the pronoun takes up."""
    tokens = run.tokens
    first = strip_conjunction(tokens[i].key)
    for words in _pronoun_phrases_at(tokens[i].key, first, lex):
        width = len(words)
        if i + width > len(tokens):
            continue
        if all(tokens[i + w].key == words[w] for w in range(1, width)):
            bounds = _clause_bounds(run, i, i + width, lex)
            if bounds is None:
                return None
            cue = tokens[i].text[1:] if words[0] != tokens[i].key else tokens[i].text  # 'وفق' keeps its و
            source = _clause_subject(run, bounds, i, lex) if bounds.stop <= i else None
            if source is None and bounds.stop <= i:
                source = _reporter_in_clause(run, bounds, lex)
            return Draft(i, cue, None, source, bounds, (i, i + width), pronoun=True)
    return None


def _pronoun_phrases_at(key: str, first: str, lex: Lexicon) -> list[tuple[str, ...]]:
    """The pronoun attributions (`lex.pronoun_phrases`, in their order) whose first word is the key
    or the key without its و/ف: looked up by first word, not all of them compared at each word."""
    found = _PRONOUN_PHRASES_MEMO.get(id(lex))
    if found is None or found[0] is not lex:
        by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for index, words in enumerate(lex.pronoun_phrases):
            by_first.setdefault(words[0], []).append((index, words))
        found = _PRONOUN_PHRASES_MEMO[id(lex)] = (lex, by_first)
    by_first = found[1]
    if first == key:
        return [words for _, words in by_first.get(key, [])]
    return [words for _, words in sorted(by_first.get(key, []) + by_first.get(first, []))]


_PRONOUN_PHRASES_MEMO: Final[
    dict[int, tuple[Lexicon, dict[str, list[tuple[int, tuple[str, ...]]]]]]
] = {}  # id(lex) -> (lex, its pronoun phrases by first word, with their places), once per lexicon


def _verb_first(token: Token, lex: Lexicon) -> bool:
    """A clause's first word that can be its verb: no noun with ال, no source, no name."""
    key = token.key
    return token.is_alpha and not token.definite and not _listed_source(key, lex) and not is_given_name(key)


def _reporter_in_clause(run: Run, bounds: Bounds, lex: Lexicon) -> Source | None:
    """'الحصيلة التي أوردتها المنظمة ...، وفق قولها': the clause's own reporter, named after a relative
    report verb with its object pronoun, is whom the pronoun takes up."""
    tokens = run.tokens
    for m in range(bounds.first + 1, bounds.stop - 1):
        form = lex.relative_objects.get(tokens[m].key)
        if form is None or tokens[m - 1].key not in _RELATIVE_PRONOUNS:
            continue
        end = core_subject_end(tokens, m + 1, read_subject(tokens, m + 1, lex), lex)
        return describe(tokens[m + 1 : end], run.text, lex) if end > m + 1 else None
    return None


_RELATIVE_PRONOUNS: Final = frozenset(fold(w) for w in ("التي", "الذي", "الذين", "ما"))


def _clause_subject(run: Run, bounds: Bounds, i: int, lex: Lexicon) -> Source | None:
    """'أسقط الجيش المقاتلة بعد اختراقها، بحسبه، الأجواء': the pronoun takes up the subject of the
    very clause it credits when that clause opens with a verb and a source; else the last speaker."""
    tokens = run.tokens
    verb = bounds.first
    if verb + 1 >= i or not _verb_first(tokens[verb], lex) or not _source_like(tokens[verb + 1], lex):
        return None
    end = read_subject(tokens, verb + 1, lex)
    end = next((m for m in range(verb + 2, end) if object_after_definite(tokens, m, lex)), end)
    end = core_subject_end(tokens, verb + 1, end, lex)  # 'أغلق الجيش | المعبر': the object follows
    return describe(tokens[verb + 1 : end], run.text, lex) if end > verb + 1 else None


_ISSUER_REACH: Final = 16  # words a document noun, its adjectives, an issuing word and the issuer may take


def _issued_document(run: Run, j: int, glued: bool, lex: Lexicon) -> tuple[Source, int] | None:
    """'بحسب بيان صادر عن الوزارة', 'وفقا لدراسة أجرتها الجامعة': the issuer and where the phrase ends."""
    tokens = run.tokens
    first = tokens[j]
    if glued:
        first = Token(first.text[1:], first.start + 1, first.end, first.key[1:])
    phrase = [first, *tokens[j + 1 : j + _ISSUER_REACH]]
    issuer = document_issuer(phrase, 0, lex)
    if issuer is None:
        return None
    name = run.text[phrase[issuer[0]].start : phrase[issuer[1] - 1].end]
    return Source(name, None, "document"), j + issuer[1]


def _said_by_verb(token: Token, lex: Lexicon) -> bool:
    """'بحسب ما قال الوزير' and 'وفق ما نقلته X عن Y' are the verb's statement; 'بحسب ما ذكره الوزير'
    (object pronoun) the preposition's."""
    form = cue_form(token, lex)
    return form is not None and (not form.with_object or form.needs == "relay")


def _relay_without_origin(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """'وفقا لما نقلته وكالة X', 'وفق ما نقلت "X"' with no عن after the agency: the agency is the source
    the preposition credits, so the clause is the preposition's, not a relay's statement."""
    form = cue_form(tokens[j], lex)
    if form is None or form.needs != "relay":
        return False
    if j + 1 < len(tokens) and tokens[j + 1].text in QUOTE_MARKS:  # 'وفق ما نقلت "رويترز"'
        end = next(
            (m + 1 for m in range(j + 2, min(len(tokens), j + 6)) if tokens[m].text in QUOTE_MARKS), j + 1
        )
    else:
        end = read_subject(tokens, j + 1, lex)
    return end > j + 1 and (end >= len(tokens) or not any(tokens[end].key.startswith(p) for p in form.preps))


_JOINED_REACH = 8  # words from a trailing cue, over its subject, to a second cue joined to it


def trailing_clause(run: Run, i: int, lex: Lexicon) -> Bounds | None:
    """'...، وفق ما نقلته الوكالة عن مصادر': after بحسب ما / وفق ما / حسبما, the clause before; a
    second cue joined to it with the clause as its object ('على ما أفاد شهود وأكدته الشرطة') too."""
    tokens = run.tokens
    form = cue_form(tokens[i], lex)
    if form is not None and form.with_object and tokens[i].key[:1] == "و":
        for k in range(i - 2, max(0, i - _JOINED_REACH), -1):
            if not tokens[k].is_word:
                break
            if cue_form(tokens[k], lex) is not None:
                return _trailing_opened(run, k, lex)
    return _trailing_opened(run, i, lex)


def trailing_preposition(run: Run, i: int, lex: Lexicon) -> int | None:
    """Index of 'حسبما' or of the preposition of 'بحسب ما', 'وفقا لما' right before a cue at i, else None."""
    tokens = run.tokens
    if i >= 1 and tokens[i - 1].key in ("حسبما", "وحسبما"):
        return i - 1
    if i >= 2 and tokens[i - 1].key in ("ما", "لما") and _opens_prepositional(tokens, i - 2, lex):
        return i - 2
    return None


def trailing_cue(run: Run, i: int, lex: Lexicon) -> str | None:
    """The preposition naming a trailing attribution ('...، بحسب ما أفاد الدفاع المدني': بحسب), as the
    prepositional cues name it, or None when no such preposition comes right before the cue at i."""
    at = trailing_preposition(run, i, lex)
    if at is None:
        return None
    if run.tokens[at].key in ("حسبما", "وحسبما"):
        return "حسبما"
    return next((p.cue for p in lex.prepositional if _match_words(run.tokens, at, p.words)[0]), None)


def _trailing_opened(run: Run, i: int, lex: Lexicon) -> Bounds | None:
    """The clause before a trailing cue at i, when an opener (حسبما, وفق ما, على ما, كما) comes before it."""
    tokens = run.tokens
    preposition = trailing_preposition(run, i, lex)
    if preposition is not None:
        at = preposition
    elif (
        i >= 3
        and tokens[i - 1].key == "ما"
        and after_ala(tokens, i - 1)
        and tokens[i - 3].key not in _ALA_GOVERNORS
    ):
        at = i - 2  # '... على ما ذكرت وسائل إعلام محلية', not 'بناء على ما طلبه الدفاع'
        if not _unclaused_rest(tokens, i + 1, lex) or _said_before(run, at, lex):
            return None
    elif (
        i >= 2
        and tokens[i - 1].key == "كما"
        and tokens[i - 2].text in "،,"
        and _unclaused_rest(tokens, i + 1, lex)
        and not _said_before(run, i - 1, lex)
    ):
        at = i - 1  # '...، كما ذكرت الوكالة.': 'as the agency reported', the sentence before is what it said
    else:
        return None
    start = _sentence_start(run, at)
    if at - start < 3:
        return None
    return _clause_bounds(run, at, at, lex, trailing=True)


_ALA_GOVERNORS = frozenset(fold(w) for w in ("بناء", "وبناء", "اعتمادا", "تعليقا", "ردا", "علاوة", "تأكيدا"))


def _said_before(run: Run, at: int, lex: Lexicon) -> bool:
    """Does the sentence before `at` already hold a cue ('وقال الوزير إن ...، كما ذكر أمس')?"""
    forms = (cue_form(t, lex) for t in run.tokens[_sentence_start(run, at) : at])
    return any(form is not None and not form.object_nouns for form in forms)  # not 'يحملون' (carry)


def _unclaused_rest(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Does the sentence end after a few words with no complementiser, colon or quotation of its own?"""
    for m in range(k, min(len(tokens), k + 10)):
        text = tokens[m].text
        if text in ".!?؟":
            return True
        if text == ":" or text in QUOTE_MARKS or lex.has("complementizers", tokens[m].key):
            return False
    return k + 10 >= len(tokens)


def confirmed_clause(run: Run, i: int, lex: Lexicon) -> Bounds | None:
    """'قال شهود إن جسرا انهار، وهو ما أكدته الشرطة': the clause a trailing confirmation confirms."""
    tokens = run.tokens
    at = _confirming_relative(tokens, i, lex)
    if at is None:
        return None
    start = _sentence_start(run, at)
    opener = max((k + 1 for k in range(start, at) if _opens_claim(tokens, k, lex)), default=start)
    if opener == start and tokens[at - 1].text not in "،,":
        return None  # 'أكد الوزير سامي علي ما أكدته اللجنة': without a comma, ما follows a reported clause
    joined = (
        k + connector_width(tokens, k, lex) for k in range(opener + 1, at) if tokens[k - 1].text in "،,"
    )
    opener = max((k for k in joined if k < at and tokens[k - 1].text not in "،,"), default=opener)
    form = cue_form(tokens[i], lex)
    if form is not None and form.stance == "deny":  # 'في حين وجهت جهات الاتهامات للوزير، وهو ما نفاه'
        opener = max((k for k in range(opener, at) if is_claim_noun(tokens[k].key, lex)), default=opener)
        if opener + 2 < at and is_claim_noun(tokens[opener].key, lex):
            opener += 2 * lex.has("topic_prepositions", tokens[opener + 1].key)  # 'أنباء عن X': X is denied
    shortest = 2 if opener > start else 3  # after أن or عن the claim may be two words ('عن استقالة المدرب')
    if at - opener < shortest:
        return None
    return _clause_bounds(run, at, at, lex, trailing=True, start=opener, shortest=shortest)


_ANTECEDENT_REACH: Final = 4  # tokens: 'الخبر القديم المفبرك الذي'


def denied_antecedent(run: Run, i: int, form: CueForm, lex: Lexicon) -> Bounds | None:
    """'التقرير الملفق الذي كذبته المنظمة': a denial in a relative clause denies its antecedent claim;
    after an indefinite claim noun the clause needs no relative pronoun ('وهي اتهامات ترفضها الإدارة')."""
    tokens = run.tokens
    if form.stance != "deny" or i < 2:
        return None
    before = tokens[i - 1]
    if before.is_alpha and not before.definite and is_claim_noun(before.key, lex):
        return Bounds(i - 1, i, False)
    relative = relative_before(tokens, i, lex)  # 'التهمة التي ما فتئ ينفيها': the relative before 'still'
    if relative < 1 or tokens[relative].key not in _ANTECEDENT_RELATIVES:
        return None
    for k in range(relative - 1, max(-1, relative - 1 - _ANTECEDENT_REACH), -1):
        if not tokens[k].is_alpha:
            return None
        if is_claim_noun(tokens[k].key, lex):
            return Bounds(k, relative, False)
    return None


def announced_antecedent(run: Run, i: int, form: CueForm, lex: Lexicon) -> Bounds | None:
    """'زيادة الأسعار التي أعلنتها الهيئة': an announcing verb in a relative clause with its object
    pronoun announced its antecedent, a verbal noun and its genitives; the content is that phrase."""
    tokens = run.tokens
    if not form.with_object or not lex.has("announcing_lemmas", fold(form.lemma)) or i < 2:
        return None
    relative = i - 1
    if tokens[relative].key not in _ANTECEDENT_RELATIVES:
        return None
    start = relative  # the definite words before the relative, then perhaps their construct head
    while start - 1 >= 0 and relative - start < _ANTECEDENT_REACH and tokens[start - 1].definite:
        start -= 1
    head = start - 1
    if head >= 0 and tokens[head].is_alpha and _announced_noun(tokens[head], lex):
        return Bounds(head, relative, False)  # 'زيادة الأسعار التي أعلنتها'
    if start < relative and _announced_noun(tokens[start], lex):
        return Bounds(start, relative, False)  # 'الزيادة التي أعلنتها'
    return None


def _announced_noun(token: Token, lex: Lexicon) -> bool:
    """A verbal noun or a noun of action that can be announced ('زيادة', 'الإقالة', 'قرار'), not a
    person, body or place."""
    bare = token.key[2:] if token.definite else token.key
    if any(lex.has_word(name, token.key) or lex.has_word(name, bare) for name in _SPEAKER_HEADS):
        return False
    return is_verbal_noun(token, lex) or lex.has("masdar_objects", bare) or bare.endswith("ه")


def relative_before(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """The index of the word before the cue at i, or before a 'still' verb and its negator ahead of it
    ('ما زال', 'لا يزال', 'ما فتئ ينفيها')."""
    k = i - 1
    if k > 1 and lex.has_word("aspect_verbs", tokens[k].key) and tokens[k - 1].key in _STILL_NEGATORS:
        return k - 2
    return k


_STILL_NEGATORS: Final = frozenset(fold(w) for w in ("ما", "لا"))


_ANTECEDENT_RELATIVES: Final = frozenset(fold(w) for w in ("الذي", "التي", "اللذين", "اللتين"))


_CLAUSE_OPENERS: Final = frozenset(fold(w) for w in ("إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", ":"))


def _opens_claim(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A complementiser, or عن after a reporting verb and its subject ('تحدثت تقارير محلية عن إغلاق ...')."""
    if tokens[k].key in _CLAUSE_OPENERS:
        return True
    return tokens[k].key == "عن" and any(
        cue_form(t, lex) is not None for t in tokens[max(0, k - _REPORTER) : k]
    )


_REPORTER: Final = 5  # tokens: a reporting verb and its subject before عن


def _confirming_relative(tokens: list[Token], i: int, lex: Lexicon) -> int | None:
    """'...، وهو ما أكدته الشرطة', '...، الأمر الذي أكده الجيش': where the relative starts, or None."""
    for width in (3, 2, 1):
        at = i - width
        if at < 1 or not _ends_clause(tokens[at - 1], width, lex):
            continue
        if confirming_relative(tokens, at, lex) == width:
            return at
        if width == 1 and at >= 1 and bare_confirming_relative(tokens, at, lex):
            return at
    return None


def _ends_clause(token: Token, width: int, lex: Lexicon) -> bool:
    """A comma, or for a bare ما a noun ending the clause ('انقطعت الكهرباء ليلا ما أكدته الشركة'),
    not a verb or preposition whose object ما is ('أكد ما أكدته اللجنة', 'عن ما')."""
    if token.text in "،,":
        return True
    if width != 1 or not token.is_alpha or cue_form(token, lex) is not None:
        return False
    governing = ("prepositions", "subject_stops", "complementizers")
    return not any(lex.has_word(name, token.key) for name in governing)


def _opens_prepositional(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    key, starts = tokens[k].key, lex.prepositional_starts
    if key not in starts and strip_conjunction(key) not in starts:
        return False
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


_DEMONSTRATIVES: Final = frozenset(fold(w) for w in ("هذا", "هذه", "هؤلاء", "ذلك", "تلك"))
_QUOTED_SOURCE_WORDS: Final = 3  # words of an outlet's name in quotation marks closing the sentence


def _source_like(token: Token, lex: Lexicon) -> bool:
    """Does the word after بحسب/وفق name a source (not 'وفق الظروف')?"""
    key = _unglued(token)
    if _listed_source(key, lex) or key in DEMONSTRATIVES:
        return True  # 'بحسب هذه المصادر': the subject reading keeps the demonstrative only before a source
    if _people_participle(key):
        return True  # 'حسب المشرفين عليه', 'وفقا للقائمين على المهرجان': the people doing it
    if names_no_source(token, lex):  # 'وفقا لرغبته', not 'بحسب مصادره'
        return False
    return not key.startswith("ال") and token.is_alpha and not lex.has("subject_stops", key)


def _people_participle(key: str) -> bool:
    """A definite sound plural of an active participle, people who do something ('المشرفين',
    'المنظمون', 'القائمين', 'الناشطين'): مفعلين or فاعلين with ال."""
    if not key.startswith("ال") or not key.endswith(("ين", "ون")):
        return False
    bare = key[2:]
    return len(bare) >= _PARTICIPLE_PLURAL and (bare[0] == "م" or bare[1] == "ا")


_PARTICIPLE_PLURAL: Final = 6  # letters of the shortest such plural ('مشرفين', 'قائمين')


def _unglued(token: Token) -> str:
    """The word without a glued ل ('لوزارة' -> 'وزارة', 'للجيش' -> 'الجيش')."""
    key = token.key[1:] if token.key.startswith("ل") and len(token.key) > 3 else token.key
    return "ا" + key if key.startswith("ل") and len(key) > 3 else key


def _listed_source(key: str, lex: Lexicon) -> bool:
    """A body, medium, document, unnamed source, title, outlet or place, with ال or without."""
    bare = key[2:] if key.startswith("ال") else key
    lists = ("anonymous_heads", "document_heads", "organization_heads", "media_heads", "titles")
    if any(lex.has(name, key) or lex.has(name, bare) or lex.has(name, "ال" + bare) for name in lists):
        return True
    if lex.has("outlets", key) or lex.has("places", key) or bool(lex.maps["back_references"].get(key)):
        return True
    return key.startswith("ال") and names_people(key, lex)  # 'بحسب المتطوعين': people, listed or not


def _clause_bounds(
    run: Run,
    i: int,
    end: int,
    lex: Lexicon,
    trailing: bool = False,
    start: int | None = None,
    shortest: int = 3,
) -> Bounds | None:
    """Content of a prepositional attribution: before it (trailing) or after it (leading).

    Trailing when a comma precedes it or when it closes the sentence: '... خلال الربع الأول وفق
    دائرة الإحصاء.' takes the clause before, comma or not.
    """
    tokens = run.tokens
    start = _sentence_start(run, i) if start is None else start
    trailing = trailing or tokens[i - 1].text in "،,-–(" or _closes_sentence(tokens, end)
    if i - start >= 3 and trailing:
        stop = i
        while start < stop and lex.has("complementizers", tokens[start].key):
            start += 1
        while stop > start and not tokens[stop - 1].is_word:
            stop -= 1
        return Bounds(start, stop, False) if stop - start >= shortest else None
    if i > start and _closes_sentence(tokens, end):
        return None  # 'وتضاعفت الأسعار حسب التجار في الميناء.': too short a clause, and nothing after it
    k = end
    comma = next((m for m in range(end, min(end + 8, len(tokens))) if tokens[m].text in "،,"), None)
    resumed = end < len(tokens) and tokens[end].key in _RESUMING  # 'وبحسب الإدارة فقد شارك ...، من'
    if comma is not None and not resumed and all(t.is_word for t in tokens[end:comma]):
        k = comma
    while k < len(tokens) and (not tokens[k].is_word and k not in run.quotes):
        k += 1
    if k < len(tokens) and tokens[k - 1].text in "،," and tokens[k].key in RELATIVES:
        aside = next((m for m in range(k + 1, min(k + 12, len(tokens))) if tokens[m].text in "،,"), None)
        k = aside + 1 if aside is not None else k  # 'ووفقا لتقرير الوكالة، الذي نشر الخميس، ...'

    while k < len(tokens) and (lex.has("complementizers", tokens[k].key) or tokens[k].key in _RESUMING):
        k += 1  # 'وحسب الأرقام، فقد تراجعت': فقد resumes the sentence, no word of the content
    return bounds_from(run, k, lex)


_RESUMING: Final = frozenset(fold(w) for w in ("فقد", "لقد", "فلقد"))


def _closes_sentence(tokens: list[Token], end: int) -> bool:
    """Does the sentence end right after the source (or after a short modifier of it)?"""
    k = end
    while k < len(tokens) and k - end < 4 and tokens[k].is_word:
        k += 1
    return k >= len(tokens) or tokens[k].text in ".!?؟"


def _sentence_start(run: Run, i: int) -> int:
    k = i
    while k > 0 and run.tokens[k - 1].text not in ".!?؟\n":
        k -= 1
    return k


_DASHES: Final = frozenset("-–—")


def colon_draft(run: Run, lex: Lexicon) -> Draft | None:
    """A headline or caption 'بيسكوف: هذا تقرير خاطئ': the cue is the colon."""
    tokens = run.tokens
    colon = next((k for k, t in enumerate(tokens) if t.text == ":" and not _clock(tokens, k)), None)
    if colon is None or colon == 0:
        return None
    start = colon
    while start > 0 and (tokens[start - 1].is_word or tokens[start - 1].text in '"«»“”'):
        start -= 1  # 'رياضي / مدربا الفريقين :': a section label before a slash is no part of the speaker
    if start > 0 and tokens[start - 1].text in _DASHES:
        return None  # 'كاتب- الصحيفة- المدينة: ...': a byline and dateline, no speaker
    words = [t for t in tokens[start:colon] if t.is_word]
    if not 1 <= len(words) <= 6 or any(cue_form(t, lex) or not t.is_alpha for t in words):
        return None
    if lex.has("subject_stops", words[0].key) or lex.has("speech_contexts", words[-1].key):
        return None
    if lex.has_word("colon_labels", words[0].key):
        return None  # 'رابط الخبر: ...': the page's own pointer, a link or a title follows
    if len(words) > 1 and _topic_of_person(words, lex):
        return None  # 'إصابة سامي العلي: ...': what befell a person, the topic of the story, no speaker
    if _event_label(words, lex):
        return None  # 'تحقيق رسمي: فتح المدعون ...': a subheading naming what happened, no speaker
    if _sourced_rest(tokens, colon, lex):
        return None  # 'اليمن: الحوثيون يعلنون ...': the words after the colon name their own source
    if _place_label(words, lex) and _event_report(tokens, colon + 1, lex):
        return None  # 'الأردن: وفاة ثلاثة أشخاص ...': where an event happened, no speaker
    bounds = bounds_from(run, colon + 1, lex)
    if bounds is None:
        return None
    if bounds.stop > sentence_stop(run, colon + 1, lex) and not bounds.whole_quote:
        return None
    end = _speaker_end(tokens, start, colon, lex)
    # what stands between the speaker and the colon ('لـ"الصحيفة"') is read for the outlet told
    return Draft(colon, ":", None, describe(tokens[start:end], run.text, lex), bounds, (end, colon))


def quoted_headline_draft(run: Run, drafts: list[Draft], lex: Lexicon) -> Draft | None:
    """'"لن نتراجع".. النقابة تصعد احتجاجها': a headline opening with a quotation, then '..' or a
    dash and who said it, gives that quotation to them (unless a cue of the headline took it)."""
    tokens = run.tokens
    closing = run.quotes.get(0)
    if closing is None or closing < 2 or any(d.bounds.first <= 1 < d.bounds.stop for d in drafts):
        return None
    if not _sentence(tokens[1:closing], lex):
        return None  # '"نجمة الصحراء".. فيلم جديد': a quoted name, no speech
    k = closing + 1
    marks = 0
    while k < len(tokens) and tokens[k].text in _HEADLINE_BREAKS:
        k, marks = k + 1, marks + 1
    if not marks or k >= len(tokens) or not tokens[k].is_alpha:
        return None
    end = read_subject(tokens, k, lex)
    end = next((m for m in range(k + 1, end) if imperfect_verb_like(tokens[m])), end)
    if end <= k:
        return None
    cue = run.text[tokens[closing + 1].start : tokens[k - 1].end]
    return Draft(k, cue, None, describe(tokens[k:end], run.text, lex), Bounds(1, closing, True), (k, k))


_HEADLINE_BREAKS: Final = frozenset({".", "-", "–", "—", "|"})


def _sentence(words: list[Token], lex: Lexicon) -> bool:
    """Is a quotation a sentence rather than a name: a particle or negation in it ('لن نتراجع'), or
    a definite subject with an indefinite predicate ('الوضع مستقر'; 'نجمة الصحراء' is a name)."""
    if any(lex.has("subject_stops", t.key) or lex.has("complementizers", t.key) for t in words):
        return True
    return any(a.definite and b.is_alpha and not b.definite for a, b in pairwise(words))


_SPEAKER_HEADS = (
    "titles",
    "organization_heads",
    "anonymous_heads",
    "media_heads",
    "document_heads",
    "places",
)


def _told_person(token: Token) -> bool:
    """'لخالد', 'لسامي': ل glued to a given name, the person a headline's words are addressed to."""
    key = token.key
    return key[:1] == "ل" and is_given_name(key[1:])


def _tanween_accusative(token: Token) -> bool:
    """'غاضباً', 'مبتسماً': an indefinite accusative written with its tanween, a حال after the name."""
    return token.text.endswith(("اً", "ًا")) and not token.definite


def _topic_of_person(words: list[Token], lex: Lexicon) -> bool:
    """A common noun in construct with a personal name ('إصابة سامي العلي', 'مقابلة هدى سالم'): the head
    is no title, body, source, document or place, and no name itself."""
    head = words[0]
    if head.definite or is_given_name(head.key) or not is_given_name(words[1].key):
        return False
    return not any(lex.has_word(name, head.key) for name in _SPEAKER_HEADS) and not name_piece(head.key)


def _sourced_rest(tokens: list[Token], colon: int, lex: Lexicon) -> bool:
    """After the colon a noun phrase and then its own cue verb ('الحوثيون يعلنون', 'الغرفة الجهوية تكشف'):
    the label names a place or topic, the statement has its source after it."""
    start = colon + 1
    end = read_subject(tokens, start, lex)
    if not start < end < len(tokens) or not tokens[start].definite:
        return False
    form = cue_form(tokens[end], lex)
    return form is not None and form.form_class == "verb"


def _event_report(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'وفاة ثلاثة أشخاص في حادث سير', 'اغتيال عالم في ...': an indefinite event noun (a verbal noun or
    one of the event_nouns) heading words with no verb of their own, a headline's report of what
    happened; 'إعلان الوزير "يعزز" الاتفاق' has a verb, someone's claim."""
    if k >= len(tokens) or tokens[k].definite:
        return False
    if not (is_verbal_noun(tokens[k], lex) or lex.has_word("event_nouns", tokens[k].key)):
        return False
    return not any(imperfect_verb_like(t) or cue_form(t, lex) for t in tokens[k + 1 :])


def _place_label(words: list[Token], lex: Lexicon) -> bool:
    """A country or city alone before a colon ('الأردن:', 'تل أبيب:')."""
    return lex.has_word("places", " ".join(w.key for w in words))


def _event_label(words: list[Token], lex: Lexicon) -> bool:
    """An indefinite verbal noun heading the words before a colon ('تحقيق رسمي', 'ارتفاع قياسي'),
    with no title, body, source, name or definite word among them: what happened, a subheading, not
    who spoke ('تعليم المدينة:' is a sector and its place, a body that speaks)."""
    if not is_verbal_noun(words[0], lex) or any(w.definite or is_given_name(w.key) for w in words):
        return False
    inquiry = lex.has("inquiry_heads", words[0].key)  # 'تحقيق رسمي:', though an inquiry may speak
    heads = [name for name in _SPEAKER_HEADS if not (inquiry and name == "document_heads")]
    return not any(lex.has_word(name, w.key) for name in heads for w in words)


def _speaker_end(tokens: list[Token], start: int, colon: int, lex: Lexicon) -> int:
    """'الوزير لـ«الصحيفة»:', 'الوزير مغردا:': the speaker ends before the outlet told or a
    circumstantial participle (مفعّلا: مغردا, معلقا), both of them no part of the name."""
    described = colon - start > 1 and (
        circumstantial(tokens[colon - 1]) or _tanween_accusative(tokens[colon - 1])
    )
    end = colon - 1 if described else colon
    told = next((m for m in range(start + 1, end) if _told_person(tokens[m])), None)
    end = told if told is not None else end  # 'سامي العلي لخالد يوسف:': the one addressed
    subject = read_subject(tokens, start, lex)
    return subject if start < subject < end else end
