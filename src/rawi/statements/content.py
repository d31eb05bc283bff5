"""Where a statement's content starts and ends inside a run of tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from rawi.arabic.normalize import HARAKAT
from rawi.statements.lexicon import CueForm, Lexicon
from rawi.statements.names import is_given_name
from rawi.statements.naming import speech_setting
from rawi.statements.quotes import OPENERS, QUOTE_MARKS
from rawi.statements.speakers import governed_masdar, manner_accusative, withheld_name_end
from rawi.statements.tokens import Token, fold, strip_conjunction

SENTENCE_ENDS: Final = frozenset(".!?؟")
COMMAS: Final = frozenset("،,؛;")
MAX_GAP: Final = 40


@dataclass(init=False)  # a written __init__ compiles (a generated one runs interpreted); never mutate it
class Run:
    """The tokens of one span of the article, with its paired quotation marks."""

    text: str
    tokens: list[Token]
    quotes: dict[int, int]
    kind: str

    def __init__(self, text: str, tokens: list[Token], quotes: dict[int, int], kind: str) -> None:
        self.text = text
        self.tokens = tokens
        self.quotes = quotes
        self.kind = kind


@dataclass(init=False)  # a written __init__ compiles (a generated one runs interpreted); never mutate it
class Bounds:
    """Token range [first, stop) of a content, and whether it was all inside marks."""

    first: int
    stop: int
    whole_quote: bool

    def __init__(self, first: int, stop: int, whole_quote: bool) -> None:
        self.first = first
        self.stop = stop
        self.whole_quote = whole_quote


def sentence_stop(run: Run, k: int, lex: Lexicon) -> int:
    """Index where the sentence holding token k ends (exclusive); quoted passages are skipped over."""
    tokens = run.tokens
    spoken = k > 0 and tokens[k - 1].text == ":"  # 'قال: ...': the speaker's own words go on past a contrast
    may_connect = _openers(lex.words["cue_connectors"])
    stopping, plain = _stopping_keys(lex), run.kind != "headline"
    m = k
    while m < len(tokens):
        text = tokens[m].text
        if m in run.quotes:
            m = run.quotes[m] + 1
            continue
        if (
            plain
            and tokens[m].key not in stopping
            and text not in SENTENCE_ENDS
            and text not in COMMAS
            and (m + 1 == len(tokens) or tokens[m + 1].key not in _THAT)
        ):
            m += 1  # most words end no sentence whatever stands around them: one lookup each
            continue
        if text in SENTENCE_ENDS and not _decimal_point(tokens, m):
            if _list_item(tokens, k, lex) and _list_item(tokens, m + 1, lex):
                m += 1  # 'أولا: ... . ثانيا: ...', '1- ... . 2- ...': one statement's numbered points
                continue
            return m
        if m > k and _own_words_tail(tokens, m, lex):
            return m
        if m > k and _unsaid_clause(tokens, m, lex):
            return m
        if text in COMMAS and m >= k and (_new_attribution(tokens, m + 1, lex) or _tail(tokens, m + 1, lex)):
            return m
        if m > k and _conjoined_cue(tokens[m], lex) and not waw_of_the_word(tokens, m, lex):
            return m
        if m > k and _participle_clause(tokens, m, lex):
            return m
        if m > k + 2 and bare_confirming_relative(tokens, m, lex):
            return m
        if m > k and run.kind == "headline" and _conjoined_subject_cue(tokens, m, lex):
            return m
        if (
            m > k
            and tokens[m].key in may_connect
            and _phrase_at(tokens, m, "cue_connectors", lex)
            and _cue_after(tokens, m, lex)
        ):
            return m
        if m > k + 2 and not spoken and _contrast(tokens, m) and tokens[m - 1].text not in COMMAS:
            return m
        if (
            text in COMMAS
            and m > k + 2
            and _new_clause(tokens, m + 1)
            and not lex.has("fronted_adverbials", tokens[k].key)
        ):
            return m
        m += 1
    return len(tokens)


def _list_item(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A numbered point opens at k: a number or an ordinal word ('2', 'ثانيا') and its mark (- : or ))."""
    if k + 1 >= len(tokens) or tokens[k + 1].text not in _ITEM_MARKS:
        return False
    key = tokens[k].key
    return (key.isdigit() and len(key) <= 2) or lex.has("list_ordinals", key)


_ITEM_MARKS: Final = frozenset({"-", ":", ")", "–"})


def _stopping_keys(lex: Lexicon) -> frozenset[str]:
    """Every key at which a rule of `sentence_stop` may end a sentence outside a headline, besides
    marks and a word before أن (a participle clause): 'على حد', 'دون أن', a و+verb cue, a participle
    cue, a connector, a contrast, a bare ما. Any other word ends none, whatever stands around it."""
    found = _STOPPING_MEMO.get(id(lex))
    if found is None or found[0] is not lex:
        keys = {_ALA_KEY, _WHAT, "الا", "غير", "بيد"}
        keys |= _phrase_starts(lex.words["without_clauses"]) | _openers(lex.words["cue_connectors"])
        for key, form in lex.cues.items():
            if form.form_class == "participle":
                keys.add(key)
            elif form.form_class == "verb" and form.needs != "relay":
                keys.add("و" + key)
        found = _STOPPING_MEMO[id(lex)] = (lex, frozenset(keys))
    return found[1]


_STOPPING_MEMO: Final[
    dict[int, tuple[Lexicon, frozenset[str]]]
] = {}  # id(lex) -> (lex, its keys), once per lexicon
_ALA_KEY: Final = "علي"  # على folded, as `_own_words_tail` asks for it


def _without_width(tokens: list[Token], m: int, lex: Lexicon) -> int:
    """How many tokens a 'دون أن' (without) opener takes at m ('دون أن', 'من دون أن'), or 0."""
    if tokens[m].key not in _phrase_starts(lex.words["without_clauses"]):
        return 0
    for width in (2, 3):
        if lex.has("without_clauses", " ".join(t.key for t in tokens[m : m + width])):
            return width
    return 0


def _unsaid_clause(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'..، دون أن يوضح السبب': at m, 'without' and a verb of saying or specifying: the writer's remark."""
    width = _without_width(tokens, m, lex)
    if not width or m + width >= len(tokens):
        return False
    verb = tokens[m + width]
    if lex.has("unsaid_verbs", verb.key):
        return True
    form = lex.cues.get(verb.key) or lex.cues.get(strip_conjunction(verb.key))
    return form is not None and form.form_class == "verb" and not form.object_nouns  # not 'يحملن لوحات'


def unsaid_cue(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Does a 'دون أن' opener end right before i: is the cue at i a thing not said ('دون أن يكشف')?"""
    return any(k >= 0 and _without_width(tokens, k, lex) == i - k for k in (i - 2, i - 3))


def _own_words_tail(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'... على حد تعبيره', '... على حد قول الوزير': the words before were someone's own, and end here."""
    if tokens[m].key != _ALA_KEY or m + 2 >= len(tokens) or tokens[m + 1].key != "حد":
        return False
    third = tokens[m + 2].key
    return any(third.startswith(tail.split()[-1]) for tail in lex.words["own_words_tails"])


def _conjoined_cue(token: Token, lex: Lexicon) -> bool:
    """'... وقال في هذا الصدد': a verb cue joined by و starts a new statement."""
    key = token.key
    if not key.startswith("و") or key in lex.cues:
        return False
    form = lex.cues.get(key[1:])
    if form is not None and form.needs == "relay":  # 'ونقلت X عن Y', not 'ونقلت إلى المستشفى'
        return False
    if form is not None and form.object_nouns and lex.has("renewal_lemmas", fold(form.lemma)):
        return False  # 'وأعادت الصحيفة نشره': repeating a deed, the words only with its noun after it
    return form is not None and form.form_class == "verb"


def _conjoined_subject_cue(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """A headline's 'وإسرائيل تنفي', 'والعائلة ترد': و + a one- or two-word subject + a verb cue."""
    if tokens[m].key[:1] != "و" or len(tokens[m].key) < 3 or not tokens[m].is_alpha:
        return False
    for k in (m + 1, m + 2):
        if k < len(tokens) and not tokens[k].is_word:
            return False
        form = lex.cues.get(tokens[k].key) if k < len(tokens) else None
        if form is not None:
            return form.form_class == "verb"
    return False


def _participle_clause(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'نفت ذلك مشيرة إلى أن ...': a participle cue with its complement starts a statement, comma or not;
    so does one joined by و to the participle before it ('مضيفا أن ...، ومشيرا إلى أن')."""
    form = lex.cues.get(tokens[m].key)
    if form is None and tokens[m].key[:1] == "و":
        joined = lex.cues.get(tokens[m].key[1:])
        form = joined if joined is not None and joined.form_class == "participle" else None
    participle = form is not None and form.form_class == "participle"
    if m + 1 >= len(tokens) or (not participle and tokens[m + 1].key not in _THAT):
        return False  # neither a participle cue nor a word before أن: most words, told by one lookup
    if m > 0 and lex.has_word("predicate_verbs", tokens[m - 1].key):
        return False  # 'كان مقررا أن', 'بات متوقعا أن': the predicate of an impersonal clause
    if form is None or form.form_class != "participle":
        if m > 0 and lex.has("sourced_claim_nouns", strip_conjunction(tokens[m - 1].key)):
            return False  # 'مزاعم ناشطين بأن': the genitive of a claim noun, who claims
        return _participle_shape(tokens[m], lex)
    following = tokens[m + 1].key
    if following in form.preps and m + 2 < len(tokens):
        if tokens[m + 2].is_alpha and not tokens[m + 2].key.startswith("ال"):
            return True  # 'مؤكدة على ضرورة ...', 'مشيرا إلى وجود ...': its own preposition and verbal noun
        following = tokens[m + 2].key
    return lex.has("complementizers", following) or tokens[m + 1].text == ":"


_THAT: Final = frozenset(fold(w) for w in ("أن", "أنه", "أنها", "أنهم", "بأن", "بأنه", "بأنها", "إلى"))
_PARTICIPLE: Final = re.compile("م..+(?:ا|ه|ين)|.ا.+(?:ا|ه|ين)")  # مُفعِلاً / فاعلاً, accusative or feminine


def _participle_shape(token: Token, lex: Lexicon) -> bool:
    """'مبينة أنها', 'لافتا إلى': a circumstantial participle by its shape, outside the cue lexicon."""
    key, text = token.key, token.text.rstrip(HARAKAT)
    return (
        len(key) >= 5
        and text.endswith(("ا", "ة", "ين"))
        and not key.endswith(("ها", "هما", "يا"))  # 'مبدئيا أن', 'رسميا أن': a nisba adverb
        and not token.definite
        and _PARTICIPLE.fullmatch(key) is not None
        and not lex.has("time_words", key)
        and not lex.has("cue_connectors", key)
    )


_CLAUSE_OPENERS: Final = (
    ("فان",),
    ("وهذا", "ما"),
    ("وهو", "ما"),
    ("وهي", "ما"),
    ("وكان",),
    ("وكانت",),
    ("اذ", "كان"),
    ("اذ", "كانت"),
)


_CLAUSE_OPENER_WORDS: Final = frozenset(opener[0] for opener in _CLAUSE_OPENERS)


def _new_clause(tokens: list[Token], k: int) -> bool:
    """After a comma, 'فإن ...', 'وهذا ما ...', or background with a subject of its own ('، وكان دوي
    الانفجارات', '، إذ كانت الأحزاب قد') starts the writer's own clause."""
    if k >= len(tokens) or tokens[k].key not in _CLAUSE_OPENER_WORDS:
        return False  # most words open none: one lookup
    keys = tuple(t.key for t in tokens[k : k + 2])
    if keys[:1] in (("وكان",), ("وكانت",)) and (k + 1 >= len(tokens) or _imperfect_like(tokens[k + 1])):
        return False  # '، وكانت تديره شركة ...': the speaker goes on with a past habit of the same subject
    return any(keys[: len(opener)] == opener for opener in _CLAUSE_OPENERS)


def _phrase_at(tokens: list[Token], k: int, list_name: str, lex: Lexicon) -> int:
    """How many tokens (1 or 2) a phrase of the named word list takes at k, or 0."""
    if k >= len(tokens):
        return 0
    key = tokens[k].key
    starts = _phrase_starts(lex.words[list_name])
    if k + 1 < len(tokens) and key in starts and lex.has(list_name, key + " " + tokens[k + 1].key):
        return 2
    return 1 if lex.has(list_name, key) else 0


_OPENERS_MEMO: Final[dict[frozenset[str], frozenset[str]]] = {}  # computed once per argument


def _openers(phrases: frozenset[str]) -> frozenset[str]:
    """Every word a phrase of the list may open with, for a quick skip of all others."""
    found = _OPENERS_MEMO.get(phrases)
    if found is None:
        found = _OPENERS_MEMO[phrases] = phrases | _phrase_starts(phrases)
    return found


_PHRASE_STARTS_MEMO: Final[dict[frozenset[str], frozenset[str]]] = {}  # computed once per argument


def _phrase_starts(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of a list's phrases of several words: no other word can open one."""
    found = _PHRASE_STARTS_MEMO.get(phrases)
    if found is None:
        found = _PHRASE_STARTS_MEMO[phrases] = frozenset(
            phrase.split(" ", 1)[0] for phrase in phrases if " " in phrase
        )
    return found


def connector_width(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """How many tokens a clause connector ('في حين', 'فيما', 'لكن') takes at k, or 0."""
    return _phrase_at(tokens, k, "cue_connectors", lex)


def _contrast(tokens: list[Token], m: int) -> bool:
    """'إلا أن', 'غير أن' and 'بيد أن': a contrast whose clause may open with its own subject."""
    return (
        tokens[m].key in ("الا", "غير", "بيد")
        and m + 1 < len(tokens)
        and tokens[m + 1].key in ("ان", "انه", "انها", "انهم", "انهما")
    )


def _cue_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'لكنه قال', 'في حين رفض', 'إلا أن المدرب أكد', 'كما نشرت': a connector, then a verb cue or a
    verb of publishing, opens a statement; after لكن and إلا أن a subject or adverb may come between."""
    width = _phrase_at(tokens, k, "cue_connectors", lex)
    start = k + width
    if start < len(tokens) and tokens[start].key in ("قد", "لقد"):
        start += 1
    window = 4 if _contrast(tokens, k) or strip_conjunction(tokens[k].key).startswith("لكن") else 1
    for m in range(start, min(start + window, len(tokens))):
        if not tokens[m].is_word:
            return False
        base = strip_conjunction(tokens[m].key)
        form = lex.cues.get(tokens[m].key) or lex.cues.get(base)
        if form is not None:
            return form.form_class == "verb"
        if base in lex.duals and lex.has("dual_subjects", tokens[m - 1].key):
            return True  # '، بيد أنهما نفيا'
        if lex.has("report_verbs", tokens[m].key) or lex.has("report_verbs", base):
            return True
        if lex.has("unsaid_verbs", base):
            return True  # '، لكنها لم تحدد أعمارهم': what the source left unsaid, the reporter's words
    return False


def _turn_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'"...."، لكنها حذفت ...': after a closing quote, a comma and a connector, the reporter goes on."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text in COMMAS
        and _phrase_at(tokens, k + 1, "cue_connectors", lex) > 0
    )


def _tail(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """After a comma, the reporter's framing closes a content: 'في خطوة ...', 'قبل أن يغادر', 'وذلك عقب',
    or a time phrase closing the sentence or followed by the reporter's gloss ('...، الأحد، والذي ...')."""
    framed = _phrase_at(tokens, k, "framing_tails", lex)
    if framed and not _later_time(tokens, k, framed, lex):
        return True
    if k + 2 < len(tokens) and lex.has("framing_tails", " ".join(t.key for t in tokens[k : k + 3])):
        return True  # '، في الوقت الذي ...'
    if _unverified(tokens, k, lex):
        return True
    m = k
    while m < len(tokens) and lex.has("time_words", tokens[m].key):
        m += 1
    if m == k or m == len(tokens) or tokens[m].text in SENTENCE_ENDS:
        return m > k
    return (
        tokens[m].text in COMMAS and m + 1 < len(tokens) and strip_conjunction(tokens[m + 1].key) in _GLOSSES
    )


_GLOSSES: Final = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "ذلك"))


def _later_time(tokens: list[Token], k: int, width: int, lex: Lexicon) -> bool:
    """'، في وقت لاحق من الشهر': a framing phrase that with the next word is a time of the speaker's."""
    if k + width >= len(tokens):
        return False
    return lex.has("time_words", " ".join(t.key for t in tokens[k : k + width + 1]))


_VERIFICATION_REACH: Final = 8  # words from the comma to the verbal noun of checking


def _unverified(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'، ولم يتسن التحقق من ذلك', '، غير أن الوكالة لم تتمكن من التأكد': after a comma, a negator and
    then the verbal noun of checking: the reporter's caveat that the claim before could not be checked."""
    negated = False
    for m in range(k, min(k + _VERIFICATION_REACH, len(tokens))):
        token = tokens[m]
        if not token.is_word:
            return False
        if negated and lex.has("verification_nouns", token.key):
            return True
        negated = negated or lex.has("verification_negators", token.key)
    return False


def _decimal_point(tokens: list[Token], m: int) -> bool:
    return (
        0 < m < len(tokens) - 1
        and tokens[m - 1].key.isdigit()
        and tokens[m + 1].key.isdigit()
        and tokens[m + 1].start == tokens[m].end
    )


def _new_attribution(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """After a comma: a participle cue, a و+verb cue or a prepositional cue starts a new attribution."""
    if k >= len(tokens):
        return False
    key = tokens[k].key
    connector = _phrase_at(tokens, k, "cue_connectors", lex)
    if connector and k + connector < len(tokens):
        return _new_attribution(tokens, k + connector, lex) or _cue_after(tokens, k, lex)
    form = lex.cues.get(key)
    if (form and form.form_class == "participle") or confirming_relative(tokens, k, lex):
        return True
    if form and form.purpose and complement_soon(tokens, k + 1, lex):
        return True  # '، ليؤكد أن': the same speaker goes on to a statement of its own
    if strip_conjunction(key) in _RELATIVE_OBJECTS and any(
        _is_cue(t.key, lex) for t in tokens[k + 1 : k + 3]
    ):
        return _runs_to_the_end(tokens, k) and _source_before(tokens, k - 1, lex)  # '...، التي أكدت أن'
    base = strip_conjunction(key)
    if base == key and lex.has_word("impersonal_readings", key) and _complementizer_at(tokens, k + 1, lex):
        return False  # '...، يتوقع أن تطرح الشركة': 'it is expected', the same speaker's words go on
    if base in lex.cues and lex.cues[base].form_class == "verb" and lex.cues[base].needs == "complement":
        return base != key or complement_soon(tokens, k + 1, lex)
    if key not in lex.prepositional_starts and base not in lex.prepositional_starts:
        return False
    width = next((len(p.words) for p in lex.prepositional if _prepositional_at(tokens, k, p.words)), 0)
    if not width:
        return False
    source = k + width - (1 if tokens[k + width - 1].key.startswith("ل") and width > 1 else 0)
    return source >= len(tokens) or not names_no_source(tokens[source], lex)  # '، وفقا لرغبته'


_SOURCE_HEADS = ("titles", "organization_heads", "anonymous_heads", "media_heads", "people_nouns")


def _source_before(tokens: list[Token], comma: int, lex: Lexicon) -> bool:
    """Is the noun phrase before a comma one that speaks ('للشركة المنفذة', 'محمد الزواري', 'جار الضحية'),
    so that a relative after the comma with a cue is its own statement ('العواصف المحتملة، والذي' is not)?"""
    words = [t for t in tokens[max(0, comma - 3) : comma] if t.is_word]
    for token in words:
        key = "ال" + token.key[2:] if token.key.startswith("لل") else token.key
        bare = key[2:] if key.startswith("ال") else key
        if is_given_name(key):
            return True
        if any(
            lex.has(name, key) or lex.has(name, bare) or lex.has(name, "ال" + bare) for name in _SOURCE_HEADS
        ):
            return True
    return bool(words) and not words[-1].definite and words[-1].is_alpha  # a name


def _runs_to_the_end(tokens: list[Token], k: int) -> bool:
    """Does the clause at k run to the sentence end (no comma closes it as an aside)?"""
    for token in tokens[k:]:
        if token.text in SENTENCE_ENDS:
            return True
        if token.text in COMMAS:
            return False
    return True


_POSSESSIVES = ("ه", "ها", "هم", "هما")
_SOURCE_LISTS = ("anonymous_heads", "document_heads", "organization_heads", "media_heads", "titles")


def names_no_source(token: Token, lex: Lexicon) -> bool:
    """After بحسب/وفقا لـ: a noun of rules or criteria ('وفق الشروط') or a noun with a possessive pronoun
    that is no source noun ('وفقا لرغبته', 'حسب موعدها') makes 'according to' a manner, no attribution;
    'بحسب مصادره', 'وفقا لتقريرها' stay."""
    key = token.key[1:] if token.key.startswith("ل") and len(token.key) > 3 else token.key
    if lex.has("rule_nouns", key) or lex.has("rule_nouns", key.removeprefix("ال")):
        return True  # 'بحسب معايير القبول', 'وفقا للقانون': a manner, no source
    if not token.text.endswith(_POSSESSIVES) or len(key) <= 4:
        return False
    for suffix in ("هما", "ها", "هم", "ه"):
        if key.endswith(suffix):
            stem = key[: -len(suffix)]  # 'تصريحاته' -> 'تصريحات', 'رغبتها' -> 'رغبه' too
            marbuta = stem[:-1] + "ه" if stem.endswith("ت") else stem
            return not (_speaking_noun(stem, lex) or _speaking_noun(marbuta, lex))
    return False


def _speaking_noun(stem: str, lex: Lexicon) -> bool:
    """A noun that names a source or its words ('مصادر', 'تقرير', 'تصريحات', 'تعبير', 'قول'):
    possessed, it still attributes ('حسب تصريحاته', 'وفق تعبيره')."""
    if any(lex.has(name, stem) for name in (*_SOURCE_LISTS, "speech_contexts")):
        return True
    tails = {tail.split()[-1] for tail in lex.words["own_words_tails"]}
    return stem in tails or stem in lex.maps["relayed_saying_nouns"] or stem in lex.cues


_SUBJECT_SPAN: Final = 6  # words a subject may take between a verb cue and its complementiser


def complement_soon(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'، قال مسؤول إن ...': does a complementiser, colon or quotation mark follow a bare verb cue shortly?

    Without one, '، تقدر بنحو ...' goes on describing, and opens no statement.
    """
    for m in range(k, min(len(tokens), k + _SUBJECT_SPAN)):
        token = tokens[m]
        if token.text == ":" or token.text in QUOTE_MARKS or lex.has("complementizers", token.key):
            return True
        if token.text in SENTENCE_ENDS or token.text in COMMAS:
            return False
    return False


def confirming_relative(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """'وهو ما أكدته', 'الأمر الذي نفاه': the width of a relative before a confirming or denying cue, or 0."""
    for width in (3, 2, 1):
        if k + width >= len(tokens):
            continue
        if " ".join(t.key for t in tokens[k : k + width]) not in lex.words["confirming_relatives"]:
            continue
        key = tokens[k + width].key
        form = lex.cues.get(key) or lex.relative_objects.get(key)  # 'وهو ما رفضه': an object form after ما
        if form is None or form.form_class == "noun":
            return 0
        return width if lex.has("confirm_lemmas", fold(form.lemma)) or form.stance == "deny" else 0
    return 0


_WHAT: Final = fold("ما")


def bare_confirming_relative(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'... انقطع التيار عن الحي ما أكدته الشركة': ما and a confirming verb right after a clause, no comma.

    After a cue, a preposition or a governing noun, ما is that word's object ('نفى ما أكدته'), no relative."""
    if tokens[k].key != _WHAT or k == 0 or confirming_relative(tokens, k, lex) != 1:
        return False
    before = tokens[k - 1]
    if not before.is_word or lex.has("prepositions", before.key) or lex.has("noun_governors", before.key):
        return False
    return before.key not in lex.cues and strip_conjunction(before.key) not in lex.cues


def _prepositional_at(tokens: list[Token], k: int, words: tuple[str, ...]) -> bool:
    """Does a prepositional cue (بحسب، وفقا لـ، على لسان) start at k? 'على أن' is not 'على لسان'."""
    if strip_conjunction(tokens[k].key) != words[0] and tokens[k].key != words[0]:
        return False
    if len(words) == 1 or k + 1 >= len(tokens):
        return len(words) == 1
    following = tokens[k + 1].key
    return following == words[1] or (words[1] == "ل" and following.startswith("ل"))


def bounds_from(run: Run, k: int, lex: Lexicon) -> Bounds | None:
    """The content starting at token k: a quoted passage, or the rest of the sentence."""
    tokens = run.tokens
    if k >= len(tokens):
        return None
    if _never_closed(run, k):
        first = k + 1
        while first + 1 < len(tokens) and lex.has("complementizers", tokens[first].key):
            first += 1
        trimmed = _trimmed(run, first, sentence_stop(run, first, lex))
        return Bounds(trimmed.first, trimmed.stop, True) if trimmed else None
    if k in run.quotes:
        close = run.quotes[k]
        first = k + 1
        while first < close and lex.has("complementizers", tokens[first].key):
            first += 1
        stop = close
        if first < stop:
            after = sentence_stop(run, close + 1, lex) if close + 1 < len(tokens) else close + 1
            ended = tokens[close - 1].text in SENTENCE_ENDS
            whole = ended or after <= close + 1 or all(not t.is_word for t in tokens[close + 1 : after])
            whole = whole or _turn_after(tokens, close + 1, lex) or _cue_follows(run, close + 1, lex)
            whole = (
                whole
                or _tail(tokens, close + 1, lex)
                or _phrase_at(tokens, close + 1, "quote_tails", lex) > 0
            )
            if whole:
                return Bounds(first, stop, True)
            return _trimmed(run, k, after)
        return None
    return _trimmed(run, k, sentence_stop(run, k, lex))


def object_bounds(run: Run, bounds: Bounds, lex: Lexicon) -> Bounds:
    """An object content ('حذر X من Y', 'اتهم X بـY') ends at a comma before a new clause's connector.

    A noun phrase takes no clause of its own after a comma ('، إلا أن ...', '، إذ ...'): the reporter goes
    on there. A content opened by أن, a colon or a quotation mark is a clause and keeps its course."""
    tokens, first = run.tokens, bounds.first
    if bounds.whole_quote or first in run.quotes or first == 0:
        return bounds
    before = tokens[first - 1]
    if before.text == ":" or before.text in QUOTE_MARKS or lex.has("complementizers", before.key):
        return bounds
    m = first + 1
    while m < bounds.stop - 1:
        if m in run.quotes:
            m = run.quotes[m] + 1
            continue
        if tokens[m].text in COMMAS and _phrase_at(tokens, m + 1, "object_clause_breaks", lex):
            return _trimmed(run, first, m) or bounds
        if _joined_act(tokens[m], lex):  # 'أعلن الرئيس استقالة الحكومة وكلف وزير الداخلية بـ'
            return _trimmed(run, first, m) or bounds
        if _said_in_tail(tokens, m, bounds.stop, lex):  # 'نفى الوزير الاتهامات في بيان رسمي'
            return _trimmed(run, first, m) or bounds
        m += 1
    return bounds


_SAID_IN_TAIL: Final = 5  # words of a closing 'في بيان صدر اليوم', 'في تغريدة على حسابه'


def _said_in_tail(tokens: list[Token], m: int, stop: int, lex: Lexicon) -> bool:
    """An object content's last words tell the statement it was made in ('الاتهامات في بيان رسمي',
    'الهجوم في تغريدة على تويتر'): where it was said, no part of the object. A longer rest goes on
    with the object after the setting ('نفت في بيان وزعته أمس وجود أزمة')."""
    if stop - m > _SAID_IN_TAIL or tokens[m].key not in _SPEECH_PREPOSITIONS or m + 1 >= stop:
        return False
    return lex.has("statement_nouns", tokens[m + 1].key)


def _joined_act(token: Token, lex: Lexicon) -> bool:
    """'وكلف', 'ثم غادرت': a verb of acting joined by و after an object, the reporter's next event."""
    key = token.key
    return key[:1] == "و" and lex.has("action_verbs", key[1:])


def _time_clause_at(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'قبل أن', 'بعد أن', 'منذ أن': a time clause opens at m."""
    return (
        m + 1 < len(tokens)
        and lex.has("time_subordinators", tokens[m].key)
        and lex.has("complementizers", tokens[m + 1].key)
    )


def _cue_follows(run: Run, k: int, lex: Lexicon) -> bool:
    """'وصف التقرير بأنه "مسيء" وأضاف "..."': a conjoined cue, or a participle cue of the lexicon with its
    complement, right after a closing mark."""
    tokens = run.tokens
    if k >= len(tokens):
        return False
    form = lex.cues.get(tokens[k].key)
    participle = form is not None and form.form_class == "participle"
    return _conjoined_cue(tokens[k], lex) or (participle and _participle_clause(tokens, k, lex))


def _trimmed(run: Run, first: int, stop: int) -> Bounds | None:
    tokens = run.tokens
    if run.kind == "caption":
        dash = next((m for m in range(stop - 1, max(first, stop - 5), -1) if tokens[m].text in "-–"), None)
        stop = dash if dash is not None else stop
    while stop > first and (tokens[stop - 1].text in "،,-–:؛;(" or _stray_mark(run, stop - 1)):
        stop -= 1
    while first < stop and tokens[first].text in "،,-–:؛;":
        first += 1
    if stop - first < 2 and not (stop - first == 1 and tokens[first].is_word):
        return None
    return Bounds(first, stop, False)


def _never_closed(run: Run, k: int) -> bool:
    """An opening mark before words that no mark in the run closes ('وقال الناطق "المطار مغلق.')."""
    tokens = run.tokens
    if tokens[k].text not in OPENERS or k in run.quotes or k in run.quotes.values():
        return False
    if k + 1 >= len(tokens) or not tokens[k + 1].is_word:
        return False
    return not any(t.text in QUOTE_MARKS for t in tokens[k + 1 :])


_UNCLOSED_SPEECH: Final = 4  # words after an unclosed mark, up to the full stop, that make it speech


def _speech_before_stop(tokens: list[Token], k: int) -> bool:
    """An unclosed mark after a setting ('خلال جلسة "...') opens speech when a sentence of at least four
    words follows it before the full stop; a quoted name ('صحيفة "الأمل') is followed by few."""
    words = 0
    for token in tokens[k + 1 :]:
        if token.text in SENTENCE_ENDS:
            break
        words += token.is_word
    return words >= _UNCLOSED_SPEECH


def _stray_mark(run: Run, k: int) -> bool:
    """A quotation mark paired with nothing in the run ('... دون اتفاق"، مضيفا'): no part of a content."""
    return run.tokens[k].text in QUOTE_MARKS and k not in run.quotes and k not in run.quotes.values()


_RELATIVE_PRONOUNS: Final = frozenset(
    fold(w) for w in ("التي", "الذي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي")
)


def find_opener(run: Run, j: int, form: CueForm | None, lex: Lexicon) -> int | None:
    """Index of the first content token after a cue's subject and adjuncts, or None.

    Content opens after a complementiser (أن، إن، بأن), a colon, at a quotation mark, or
    after one of the cue's own prepositions (أشار إلى، كشف عن).
    """
    tokens = run.tokens
    preps = form.preps if form else ()
    set_apart = j < len(tokens) and (
        lex.has("setting_openers", tokens[j].key) or time_phrase(tokens, j, lex) > 0
    )
    if j + 1 < len(tokens) and tokens[j].text in COMMAS:  # 'تعهد الرئيس، في خطاب، بـ'
        set_apart = lex.has("setting_openers", tokens[j + 1].key) or _said_in(tokens, j + 1, lex)
    m = j
    while m < min(len(tokens), j + MAX_GAP):
        token = tokens[m]
        if token.text == ":":  # 'قالوا: إن الدواء غير متوفر': no complementiser in the content
            after = m + 1
            while after + 1 < len(tokens) and lex.has("complementizers", tokens[after].key):
                after += 1
            return after
        if m in run.quotes:
            if _quote_opens_content(run, m) or (m == j and short_quote_closing(run, m, lex)):
                return m
            if m > 0 and lex.has_word("spoken_nouns", tokens[m - 1].key):
                return m  # 'وختم تغريدته بالقول "سنفتقدها"': what was said, however short
            m = run.quotes[m] + 1
            continue
        if _never_closed(run, m) and (m == j or _speech_before_stop(tokens, m)):
            return m  # 'وقال الناطق "المطار مغلق.', 'قال في مؤتمر "الوضع مستقر.': opened, never closed
        bare = strip_conjunction(token.key)
        said = lex.has("complementizers", token.key) or lex.has("complementizers", bare)
        if said and m > 0 and (_contrast(tokens, m - 1) or unsaid_cue(tokens, m + 1, lex)):
            return None  # 'إلا أنه ...', 'دون أن ...': the أن of a contrast or of 'without' is no complement
        if said and m > j and _time_clause_at(tokens, m - 1, lex):
            m += 1  # 'قبل أن تؤكد ...', 'بعد أن غادر': the أن of a time clause is no complement
            continue
        if said and not (m > j and lex.has("modal_verbs", tokens[m - 1].key)):
            return m + 1
        adverbs_only = m == j or all(lex.has("time_words", tokens[x].key) for x in range(j, m))
        if "ب" in preps and adverbs_only and token.key.startswith("ب") and len(token.key) > 2:
            return None if lex.has("manner_heads", token.key) else m  # 'هدد مجددا بإغلاق ...' too
        if (
            "ب" in preps
            and m > j
            and set_apart
            and token.key.startswith("ب")
            and governed_masdar(token, lex)
            and not lex.has("manner_heads", token.key)
        ):
            return m  # 'هدد المتحدث خلال مؤتمر صحفي بملاحقة ...': the ب complement after the setting
        if token.key in preps and not _prep_past_a_clause(tokens, j, m) and not _sent_to(tokens, m, lex):
            nxt = m + 1
            if nxt < len(tokens) and lex.has("complementizers", tokens[nxt].key):
                nxt += 1
            return nxt
        if token.text in SENTENCE_ENDS or (m > j and _own_clause(tokens, m, lex)):
            return None
        withheld = withheld_name_end(tokens, m, lex)
        if withheld:  # 'مسؤول، طلب عدم الكشف عن هويته، إن', 'طالبا عدم ذكر اسمه': describes the source
            m = j = withheld  # what follows it opens as right after the subject ('... هويته بصرف')
            continue
        if m > j and describes_interview(tokens, m, lex):
            m += 1
            continue
        if _said_in(tokens, m, lex):
            m += 2  # 'تعهد الرئيس، في خطاب متلفز، بمكافحة ...': where it was said, its noun no cue
            continue
        if m == j and _circumstantial_cue(tokens, m, lex):
            return None  # 'انتقد الوزير الخطة معتبرا أنها ...': the أن is the participle's, not this cue's
        if m > j and _is_cue(token.key, lex) and not _verb_spelt_noun(tokens, m, lex):
            if not any(tokens[c].key in _RELATIVE_PRONOUNS for c in range(max(j, m - 3), m)):
                return None  # a cue inside a relative clause ('، اللذين لم تكشف الصحيفة هويتهما،') is skipped
            m = next((c for c in range(m, len(tokens)) if tokens[c].text in COMMAS), len(tokens))
        m += 1
    return None


_CLAUSE_OPENING: Final = frozenset(fold(w) for w in ("حيث", "وحيث"))


def _said_in(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'في خطاب', 'خلال كلمة', 'عبر تغريدة': a preposition and the speech the words were said in."""
    return (
        tokens[m].key in _SPEECH_PREPOSITIONS
        and m + 1 < len(tokens)
        and lex.has("speech_contexts", tokens[m + 1].key)
    )


_SPEECH_PREPOSITIONS: Final = frozenset(fold(w) for w in ("في", "خلال", "عبر"))


def _own_clause(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'تحدث مع مسؤولين، حيث أفيد بأنه ...', '، بينما ...': a clause with a verb of its own opens after a
    comma, and a complementiser in it before the next comma is its own, not the cue's ('، حيث تقع
    البلدة، لـ"X" أن' is an aside)."""
    key = tokens[m].key
    opens = key in _CLAUSE_OPENING or lex.has("clause_subordinators", key)
    if not opens or tokens[m - 1].text not in COMMAS:
        return False
    for token in tokens[m + 1 :]:
        if token.text in COMMAS or token.text in SENTENCE_ENDS:
            return False
        if lex.has("complementizers", token.key):
            return True
    return False


def _sent_to(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'في بيان وزعه على الصحفيين أن': the preposition after a verb of sending out, with the statement as
    its object pronoun, names the recipients; it opens no content of the cue."""
    if m == 0:
        return False
    key = tokens[m - 1].key
    stems = (key.removesuffix(suffix) for suffix in ("ه", "ها") if key.endswith(suffix))
    return any(lex.has("distribution_verbs", stem) for stem in stems)


def _prep_past_a_clause(tokens: list[Token], j: int, m: int) -> bool:
    """'أعلنت X، الثلاثاء، خبر ...، إليك أهم ما يجب أن تعرفه عن': a preposition of the cue after a comma and
    a clause of its own (a relative or an imperfect verb) is that clause's; 'وأشار، في كلمته، إلى أن'
    and 'كشف القيادي، سامي العلي عن' open the content."""
    comma = next((k for k in range(m - 1, j - 1, -1) if tokens[k].text in COMMAS), None)
    if comma is None:
        return False
    between = tokens[comma + 1 : m]
    return any(t.key in _RELATIVE_OBJECTS or _imperfect_like(t) for t in between)


def _imperfect_like(token: Token) -> bool:
    """'تحتاج', 'تتم': an imperfect verb by its prefix (no article, three letters or more)."""
    key = token.key
    return key[:1] in "يت" and len(key) >= 3 and not token.definite and key not in _NOT_VERBS


_NOT_VERBS: Final = frozenset(fold(w) for w in ("تلك", "تحت", "يوم", "يوما", "تلو", "تجاه"))


_INTERVIEW_REACH: Final = 7  # words from 'في مقابلة' to a verb of publishing that describes it


def publishing_verb(token: Token, lex: Lexicon) -> bool:
    """نشرت, بثته: a verb of publishing or broadcasting, with or without its object pronoun.

    Asked of the same words again and again: each answer is remembered by word.
    """
    key = token.key
    memo = lex.memo("publishing_verb")
    found = memo.get(key)
    if found is None:
        found = memo[key] = _publishing_key(key, lex)
    return found


def _publishing_key(key: str, lex: Lexicon) -> bool:
    """`publishing_verb` of a folded word."""
    if lex.has("report_verbs", key) or lex.has("report_verbs", key.removesuffix("ه")):
        return True
    base = key[:-2] if key.endswith("ها") else key[:-1] if key.endswith("ه") else ""
    form = lex.cues.get(base) if base else None
    return form is not None and form.needs == "relay"  # 'نقلته', 'نقلتها': the speech relayed as its object


def describes_interview(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'في مقابلة مع صحيفة X نشرت الأحد': a verb of publishing right after where the words were said
    describes that interview or speech (an indefinite noun's relative clause); the outlet says nothing."""
    if not publishing_verb(tokens[i], lex):
        return False
    for m in range(i - 1, max(0, i - _INTERVIEW_REACH), -1):
        if not tokens[m].is_word and tokens[m].text not in COMMAS:
            return False
        if speech_setting(tokens, m - 1, lex):
            return True
    return False


def _verb_spelt_noun(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'من دون ذكر اسمه': after a preposition a verb cue's spelling is its verbal noun, no new statement."""
    form = lex.cues.get(tokens[m].key) or lex.cues.get(strip_conjunction(tokens[m].key))
    return form is not None and form.form_class == "verb" and lex.has("noun_governors", tokens[m - 1].key)


def _quote_opens_content(run: Run, m: int) -> bool:
    """A quotation opens content when it holds more than a short name."""
    inner = [t for t in run.tokens[m + 1 : run.quotes[m]] if t.is_word]
    return len(inner) >= 4


def short_quote_closing(run: Run, m: int, lex: Lexicon) -> bool:
    """'وقال الحكم "القرار صحيح".': a quote of two or three words right after the subject, closing the clause
    or followed by the reporter's framing ('"لن يتأخر التسليم" أمس'), or opening with a negation.

    A quoted name is followed by more of the sentence ('قالت صحيفة "الأمل" إن').
    """
    close = run.quotes[m]
    inner = [t for t in run.tokens[m + 1 : close] if t.is_word]
    if len(inner) < 2:
        return False
    if inner[0].key in lex.negators or inner[0].key in lex.future_negators:
        return True
    after = run.tokens[close + 1] if close + 1 < len(run.tokens) else None
    return (
        after is None
        or after.text in SENTENCE_ENDS
        or after.text in COMMAS
        or _tail(run.tokens, close + 1, lex)
    )


def _complementizer_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Is token k a complementiser (أن، إن، بأن)?"""
    return k < len(tokens) and lex.has("complementizers", tokens[k].key)


def _circumstantial_cue(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """A circumstantial participle cue with its own complement ('معتبرا أنها', 'مشيرة إلى أن'): a
    statement of its own; 'قائلا' only introduces the words of the cue before it ('رد قائلا')."""
    key = tokens[m].key
    form = lex.cues.get(key) or lex.cues.get(strip_conjunction(key))
    if form is None or form.form_class != "participle" or fold(form.lemma) == _SAY or m + 1 >= len(tokens):
        return False
    after = tokens[m + 1].key
    return lex.has("complementizers", after) or after in form.preps


_SAY: Final = fold("قال")


def _is_cue(key: str, lex: Lexicon) -> bool:
    return key in lex.cues or strip_conjunction(key) in lex.cues


def skip_adjuncts(run: Run, j: int, lex: Lexicon) -> int:
    """Skip time words, manner adverbials, commas and a clause withholding the source's name after
    a subject: 'نفى الكرملين اليوم بشدة تقريرا', 'نفى مسؤول طلب عدم ذكر اسمه وجود ...'."""
    tokens = run.tokens
    while j < len(tokens):
        if tokens[j].text in COMMAS or lex.has("time_words", tokens[j].key):
            j += 1
        elif width := time_phrase(tokens, j, lex):
            j += width
        elif withheld := withheld_name_end(tokens, j, lex, before_object=True):
            j = withheld
        elif _manner(tokens, j, lex):
            j += 2
        else:
            return j
    return j


def _manner(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """'بشكل قاطع', 'نفيا قاطعا': two words saying how something was said."""
    if lex.has("manner_heads", tokens[j].key) and j + 1 < len(tokens) and tokens[j + 1].is_alpha:
        return True
    return manner_accusative(tokens, j, lex)


_TIME_PHRASE_WORDS: Final = 3  # 'في وقت سابق', 'في بادئ الأمر'


def time_phrase(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """Width of a time phrase of two or three words at j ('في البداية', 'في وقت لاحق'), or 0."""
    if tokens[j].key != "في":
        return 0
    for width in range(_TIME_PHRASE_WORDS, 1, -1):
        if j + width <= len(tokens) and lex.has("time_words", " ".join(t.key for t in tokens[j : j + width])):
            return width
    return 0


_RELATIVE_OBJECTS = frozenset(fold(w) for w in ("ما", "مما", "لما", "بما", "التي", "الذي", "الذين"))


def waw_of_the_word(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'ما ورد في الصحف': after ما or a relative pronoun no و joins a verb, so a و-initial word there is
    a verb of its own (ورد 'appeared'), not و + a cue (رد 'replied')."""
    key = tokens[i].key
    return (
        i > 0
        and key not in lex.cues
        and strip_conjunction(key) != key
        and key.startswith("و")
        and tokens[i - 1].key in _RELATIVE_OBJECTS
    )
