"""The draft of a statement as the finders see it, and the cue a token is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from rawi.statements.content import Bounds
from rawi.statements.lexicon import APPEARED, CueForm, Lexicon
from rawi.statements.names import is_given_name
from rawi.statements.speakers import Source, read_subject
from rawi.statements.stance import is_claim_noun
from rawi.statements.tokens import Token, fold, strip_conjunction


@dataclass(init=False)  # a written __init__ compiles (a generated one runs interpreted); never mutate it
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
    declined: bool = (
        False  # 'نفى مسؤول التعليق': a refusal to speak, no statement, but its speaker is remembered
    )
    pronoun: bool = False  # 'وبحسبه، فإن', '، على حد قولها': the source is a pronoun's antecedent

    def __init__(
        self,
        cue_index: int,
        cue: str,
        form: CueForm | None,
        source: Source | None,
        bounds: Bounds,
        context: tuple[int, int],
        consumed: tuple[int, ...] = (),
        relative: bool = False,
        preface: tuple[int, int] = (0, 0),
        declined: bool = False,
        pronoun: bool = False,
    ) -> None:
        self.cue_index = cue_index
        self.cue = cue
        self.form = form
        self.source = source
        self.bounds = bounds
        self.context = context
        self.consumed = consumed
        self.relative = relative
        self.preface = preface
        self.declined = declined
        self.pronoun = pronoun


def cue_form(token: Token, lex: Lexicon) -> CueForm | None:
    """The cue form a token is, with or without an attached و/ف."""
    form = lex.cues.get(token.key)
    if form is None:
        base = strip_conjunction(token.key)
        form = lex.cues.get(base) if base != token.key else None
    return form


def cue_word(token: Token, lex: Lexicon) -> str:
    """The cue as written, without an attached و or ف: وقال -> قال, but وصفت stays."""
    if token.key in lex.cues or token.text[:1] not in "وف":
        return token.text
    return token.text[1:].lstrip()  # 'و قال' written apart as well


RELATIVE_OBJECTS: Final = frozenset(fold(w) for w in ("ما", "مما", "لما", "بما", "التي", "الذي", "الذين"))


def relative_object_form(tokens: list[Token], i: int, lex: Lexicon) -> CueForm | None:
    """'ما نشرته الصحيفة عن': a verb with an object pronoun that is an attribute elsewhere ('بيان نشرته');
    a denial's also after an indefinite claim noun, its relative unmarked ('اتهامات ترفضها الإدارة')."""
    if i == 0:
        return None
    key = tokens[i].key
    form = lex.relative_objects.get(key) or lex.relative_objects.get(strip_conjunction(key))
    if form is None or tokens[i - 1].key in RELATIVE_OBJECTS:
        return form
    before = tokens[i - 1]
    claimed = form.stance == "deny" and not before.definite and is_claim_noun(before.key, lex)
    return form if claimed else None


def dual_form(tokens: list[Token], i: int, lex: Lexicon) -> CueForm | None:
    """'بيد أنهما نفيا': a dual that reads as a noun elsewhere (نفيا قاطعا) is a verb after a dual pronoun."""
    if i == 0 or not lex.has("dual_subjects", tokens[i - 1].key):
        return None
    key = tokens[i].key
    return lex.duals.get(key) or lex.duals.get(strip_conjunction(key))


_SPEAKER_HEADS: Final = ("titles", "organization_heads", "document_heads", "media_heads", "anonymous_heads")


def clause_homograph_form(tokens: list[Token], i: int, lex: Lexicon) -> CueForm | None:
    """'وبين الوزير أن ...', 'وشبه الكاتب الوضع بـ...': a cue form that is also a common word (بين
    'between', شبه 'quasi') is the cue only at a clause start, before a speaker's noun phrase that a
    complementiser or one of the cue's prepositions closes."""
    key = tokens[i].key
    form = lex.clause_homographs.get(key) or lex.clause_homographs.get(strip_conjunction(key))
    if form is not None and form.form_class == "participle":
        return form if _circumstantial_at(tokens, i, form) else None
    if form is not None and i + 1 < len(tokens) and tokens[i + 1].key in form.preps:
        return form  # 'وعبر عن أمله': 'via' takes no preposition of its own
    if form is None or (i > 0 and tokens[i - 1].is_word) or i + 2 >= len(tokens):
        return None
    head = tokens[i + 1].key
    if lex.has("complementizers", head) and key != strip_conjunction(key):
        return form  # 'وبين أن ...': 'between' takes no clause; the elided speaker's cue
    if not (any(lex.has_word(name, head) for name in _SPEAKER_HEADS) or is_given_name(head)):
        return None
    end = read_subject(tokens, i + 1, lex)
    if not i + 1 < end < len(tokens):
        return None
    if lex.has("complementizers", tokens[end].key) or _spoken_noun_ahead(tokens, end, lex):
        return form
    if tokens[end].key in form.preps and _own_feeling(tokens, end + 1):
        return form  # 'وعبر الوزير عن قلقه', not 'وعبر اللاجئون الحدود عن طريق'
    glued = (tokens[m].key for m in range(i + 2, min(end + 1, len(tokens))))  # 'الوضع بما', 'بالعاصفة'
    return form if any(key[:1] in form.preps and len(key) > 2 for key in glued) else None


_OWN_PRONOUNS: Final = ("ه", "ها", "هم", "هما")  # folded


def _own_feeling(tokens: list[Token], k: int) -> bool:
    """'قلقه', 'إدانتها', 'رفضهم': a noun with the speaker's pronoun, what one expresses (عبر عن)."""
    if k >= len(tokens) or not tokens[k].is_alpha or tokens[k].definite:
        return False
    key = tokens[k].key
    return any(key.endswith(p) and len(key) > len(p) + 2 for p in _OWN_PRONOUNS)


def _circumstantial_at(tokens: list[Token], i: int, form: CueForm) -> bool:
    """'، مطالبات بزيادة الأجور', 'إلى الشوارع مطالبات الحكومة بـ': a participle that is also a plural
    noun ('demands') is the circumstantial cue after a comma or a definite noun closing the clause, with
    its preposition or an object then the preposition after it; right after a verb ('تصاعدت مطالبات
    بـ'), a preposition ('وسط مطالبات') or with a pronoun ('مطالباتها') it is the noun."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    before = tokens[i - 1]
    if not (before.text in "،," or (before.definite and before.is_alpha)):
        return False
    ahead = tokens[i + 1 : i + 3]
    return any(t.key[:1] in form.preps and len(t.key) > 2 for t in ahead) or any(
        t.key in form.preps for t in ahead
    )


_APPEARED_LIKE: Final = fold("جاء")  # the same frame: a document after في speaks


def appeared_in_form(tokens: list[Token], i: int, lex: Lexicon) -> CueForm | None:
    """'وورد في التقرير أن', 'كما ورد في البيان': ورد before في is the verb 'appeared', framed as
    'جاء في': the document after في speaks; elsewhere it is و + رد ('replied')."""
    key = tokens[i].key
    if APPEARED not in (key, strip_conjunction(key)) or i + 1 >= len(tokens) or tokens[i + 1].key != "في":
        return None
    return lex.cues.get(_APPEARED_LIKE)


def appeared_word(token: Token) -> str:
    """'وورد' -> 'ورد', 'ورد' -> 'ورد': the cue as written, without a conjunction of its own."""
    return token.text[1:] if fold(token.text) != APPEARED else token.text


_SPOKEN_NOUN_REACH: Final = 8  # words from a subject to 'بالقول إن' across what it answers


def _spoken_noun_ahead(tokens: list[Token], end: int, lex: Lexicon) -> bool:
    """'وعقب النائب على كلام الوزير بالقول إن': after the subject, the verbal noun of saying with its
    complementiser, across the prepositional phrase of what is answered, makes the verb speak."""
    for m in range(end, min(len(tokens) - 1, end + _SPOKEN_NOUN_REACH)):
        if not tokens[m].is_word and tokens[m].text not in "،,":
            return False
        if lex.has_word("spoken_nouns", tokens[m].key):
            nxt = tokens[m + 1]
            return lex.has("complementizers", nxt.key) or nxt.text == ":"
    return False
