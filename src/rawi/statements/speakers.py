"""Who speaks: the source phrase around a cue, split into name and role, and its kind."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from rawi.arabic.normalize import PREPOSITION_ARTICLES, strip_diacritics
from rawi.statements.build import first_words
from rawi.statements.lexicon import Lexicon
from rawi.statements.names import (
    feminine_noun_after_title,
    is_given_name,
    is_name_word,
    is_servant_head,
    name_piece,
    opens_compound,
)
from rawi.statements.quotes import QUOTE_MARKS
from rawi.statements.source import Source
from rawi.statements.tokens import Token, fold, strip_conjunction

MAX_SUBJECT: Final = 12


def ends_subject(tokens: list[Token], k: int, lex: Lexicon, titled: bool = False) -> bool:
    """Does token k end a subject? In a role ('الأمين العام للأمم المتحدة') لل- joins, else it ends."""
    key = tokens[k].key
    if _ends_phrase(key, lex):
        return not is_name_word(tokens, k, lex)
    if key.startswith("ل") and len(key) > 3 and _owned_document(tokens, k, lex):
        return False
    if key == "ل" or _told_person(key, lex):
        return True
    if _addressee(tokens[k], lex) and (not titled or _after_name(tokens, k, lex)):
        return True  # 'قال المزارع سعيد حسن لمراسل صحيفة': after the name, the one told
    if told_by_name(key) and _after_name(tokens, k, lex):
        return True  # 'قال الوزير ماجد سعيد لسامي يوسف': after a name, the person told; 'الطبيب لسامي' owns
    if _is_told_outlet(key, lex) or _told_outlet_phrase(tokens, k, lex):
        return True
    if k > 0 and key.startswith("ب") and lex.has_word("b_titles", tokens[k - 1].key):
        return False  # 'المكلف بالإعلام': the title's own complement
    if key.startswith("ب") and len(key) > 4 and governed_masdar(tokens[k], lex):
        return not _placed_with_b(tokens, k, lex)  # 'بمحافظة الكرك' is where, 'بالمحافظة على' a masdar
    if key.startswith("لل") and len(key) > 4 and _told_people(tokens, k, lex):
        return True  # 'قال الوزير للمواطنين إن': people told, right before what they were told
    if key.startswith(("لل", "بال")) and len(key) > 4:
        return not titled
    return key.startswith("كال") and len(key) > 4 and not _ka_family_name(tokens, k)


def _told_people(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'للمواطنين إن', 'للعمال أن', 'للصحفيين عن': ل + a plural of people just before the content's
    complementiser or topic preposition is whom the words were told, no genitive of a title."""
    if k + 1 >= len(tokens) or not _addressee_noun(tokens[k].key[2:], lex):
        return False
    if any(
        _takes_genitives(t.key, lex) and not lex.has_word("titles", t.key) for t in tokens[max(0, k - 3) : k]
    ):
        return False  # 'المفوضية السامية للاجئين', 'الاتحاد العام للعمال': a body's name
    after = tokens[k + 1].key
    return lex.has("complementizers", after) or after == fold("عن")


def _placed_with_b(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'مديرية التربية بمحافظة الكرك': ب + an area noun is where a body is, though the noun is spelt
    like a verbal noun; with its على after it ('بالمحافظة على الأمن') it is the verbal noun."""
    if not lex.has("place_heads", tokens[k].key[1:]):
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].key != _ALA


def _ka_family_name(tokens: list[Token], k: int) -> bool:
    """'يوسف كالون', 'سلمى كالاس': a short كال- word after a given name is its family name, not
    ك + a definite noun ('كالعادة', 'كالمعتاد' are longer)."""
    return k > 0 and is_given_name(tokens[k - 1].key) and len(tokens[k].key) <= 6


def governed_masdar(token: Token, lex: Lexicon) -> bool:
    """'باستهلاك', 'بالإفراج': ب + verbal noun opens a cue's complement ('توصي بـ', 'طالب بـ')."""
    text, rest = token.text[1:], token.key[1:]
    if is_verbal_noun(Token(text, token.start, token.end, rest), lex):
        return True
    return token.definite and is_verbal_noun(Token(text[2:], token.start, token.end, rest[2:]), lex)


def _ends_phrase(key: str, lex: Lexicon) -> bool:
    """A complementiser, a stop word or another cue (with و/ف or not): no noun phrase runs through it."""
    return key in lex.phrase_ends


def _takes_genitives(head: str, lex: Lexicon) -> bool:
    """Titles and named bodies run on through لل-: 'الوكالة الدولية للطاقة الذرية'."""
    return lex.has_word("titles", head) or lex.has_word("organization_heads", head)


def _owned_document(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'تقرير لوكالة رويترز', 'وفقا لتقرير لمنظمة X': after a report, لـ names its owner, no addressee."""
    if k == 0:
        return False
    key = tokens[k - 1].key
    return lex.has_noun("document_heads", key) or (
        key[:1] in "لب" and lex.has_noun("document_heads", key[1:])
    )


def _addressee(token: Token, lex: Lexicon) -> bool:
    """لرئيس, لوزير, لوالده: 'said to the prime minister / to his father' ends a subject; لاعبة does not."""
    key = token.key
    if not key.startswith("ل") or len(key) < 4 or key.startswith("لل"):
        return False
    if strip_diacritics(token.text).endswith(("ه", "ها", "هم")) and len(key) <= 7:
        return True
    rest = key[1:]
    return any(lex.has_noun(name, rest) for name in ("titles", "organization_heads", "anonymous_heads"))


def told_by_name(key: str) -> bool:
    """لسامي, لعبد (الله): ل glued to a given name or to عبد of a compound name, the person told; a
    given name spelt with ل ('لحسن') is none."""
    if not key.startswith("ل") or key.startswith("لل") or len(key) < 4 or is_given_name(key):
        return False
    rest = key[1:]
    return is_given_name(rest) or is_servant_head(rest)


_POSSESSIVES: Final = ("نا", "ها", "هم", "ه", "ي")


def _told_person(key: str, lex: Lexicon) -> bool:
    """لمراسلنا, لمراسلتها, لزملائه: 'told our correspondent' ends a subject, even after a title."""
    if not key.startswith("ل") or key.startswith("لل") or len(key) < 5:
        return False
    rest = key[1:]
    for suffix in _POSSESSIVES:
        stem = rest.removesuffix(suffix)
        if stem != rest and len(stem) >= 3:
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            lists = ("titles", "anonymous_heads", "media_heads")
            return any(lex.has(name, stem) or lex.has(name, "ال" + stem) for name in lists)
    return False


def _told_outlet_phrase(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """لبي بي سي, لسي إن إن: ل glued to the first word of an outlet's name of several words."""
    key = tokens[k].key
    if not key.startswith("ل") or len(key) < 2 or key[1:] not in first_words(lex.words["outlets"]):
        return False
    words = [key[1:]] + [t.key for t in tokens[k + 1 : k + 3]]
    return any(lex.has("outlets", " ".join(words[:n])) for n in (2, 3))


def _is_told_outlet(key: str, lex: Lexicon) -> bool:
    """لوكالة, للصحيفة, لرويترز, لـBBC: the start of 'told X', which ends a subject."""
    if not key.startswith("ل") or len(key) < 3:
        return False
    rest = key[1:]
    if rest[:1].isascii() and rest[:1].isalpha():
        return True
    return lex.has("media_heads", rest) or lex.has("media_heads", "ا" + rest) or lex.has("outlets", rest)


_WITHHELD_SPAN: Final = 8  # words a clause withholding a source's name may take


def withheld_name_end(tokens: list[Token], k: int, lex: Lexicon, before_object: bool = False) -> int:
    """'طلب عدم الكشف عن هويته', 'رفض ذكر اسمه': a clause from k that withholds the source's name.

    A verb, then only withholding words, then the source's own name or identity noun (identity_nouns)
    before a comma, a complementiser, a preposition the cue governs or the sentence's end (or, with
    `before_object`, an indefinite word: the verb's object); the index after it, or 0.
    """
    if k >= len(tokens) or not tokens[k].is_alpha:
        return 0
    if k + 1 >= len(tokens) or tokens[k + 1].key not in lex.withheld_next:
        return 0  # the verb's next word is neither the name withheld nor a withholding word: one lookup
    for m in range(k + 1, min(len(tokens), k + _WITHHELD_SPAN)):
        if m > k + 1 and not lex.has("withholding_words", tokens[m - 1].key):
            return 0
        if lex.has("identity_nouns", tokens[m].key):
            after = tokens[m + 1] if m + 1 < len(tokens) else None
            closed = after is None or not after.is_alpha or lex.has("complementizers", after.key)
            governed = after is not None and (lex.has("prepositions", after.key) or after.key[:1] == "ب")
            objected = before_object and after is not None and not after.definite  # 'اسمه وجود خلاف'
            return m + 1 if closed or governed or objected else 0
    return 0


EACH_OF: Final = frozenset(fold(w) for w in ("كل", "وكل"))  # 'كل من X وY': each of them, X and Y speak


def read_subject(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """End index (exclusive) of the noun phrase starting at j that a cue's subject can be."""
    k = j
    longest = MAX_SUBJECT + (6 if j < len(tokens) and lex.has_word("titles", tokens[j].key) else 0)
    titled = j < len(tokens) and (_takes_genitives(tokens[j].key, lex) or _superlative_at(tokens, j))
    while k < len(tokens) and k - j < longest:
        token = tokens[k]
        if k > j and (named := naming_clause_end(tokens, k, lex)):
            k = named  # 'رجل يدعى سامي', 'أحد السكان، ويدعى سامي': the name is the subject's own
            continue
        if k == j and _demonstrative_source(tokens, k, lex):
            k += 1  # 'وقال هذا المصدر', 'بحسب هذه المصادر': the demonstrative opens the subject
            continue
        if k > j and token.joined:
            k += 1  # '#شركة_الأفق_للطيران': a hashtag's words are one name
            continue
        if token.text in QUOTE_MARKS and _short_quoted_name(tokens, k, _names_body(tokens, k, lex)):
            if _named_before_quote(tokens, j, k, lex) or _spoken_quote(tokens, k, lex):
                break
            k = _short_quoted_name(tokens, k, _names_body(tokens, k, lex))
            continue
        if (
            token.text == "#"
            and (k == j or tokens[k - 1].is_alpha)
            and k + 1 < len(tokens)
            and tokens[k + 1].is_alpha
        ):
            k += 1
            continue
        if token.text == "." and k > j and _abbreviated_title(tokens[k - 1], lex):
            k += 1  # 'د. سامي': the dot of an abbreviated title
            continue
        if token.text == "(" and k > j and _alias_end(tokens, k, lex):
            k = _alias_end(tokens, k, lex)
            break
        if not token.is_word:
            if k > j and describing_clause_end(tokens, k, lex):
                k = describing_clause_end(tokens, k, lex)  # 'خالد، وهو طالب في كلية الطب، إن'
                break
            if token.text in "،," and k > j and withheld_name_end(tokens, k + 1, lex):
                break  # 'مسؤول، طلب عدم الكشف عن هويته، إن': the clause describes the source, no name follows
            if token.text in "،,؛" and k > j and _apposition_end(tokens, k, lex):
                k = _apposition_end(tokens, k, lex)
                if _object_after_apposition(tokens, j, k, lex):
                    break  # 'رئيس البلدية، عادل منصور، الحكومة': after the apposition, the object
                continue
            role = k > j and lex.has_word("titles", tokens[j].key)
            if token.text in "،," and role and _name_before_object(tokens, k, lex):
                k = _name_before_object(tokens, k, lex)
            break
        if k > j and (
            circumstantial(token) or _own_speech(token.key, lex) or manner_accusative(tokens, k, lex)
        ):
            break
        if k > j and withheld_name_end(tokens, k, lex):
            break  # 'موظف فضل عدم الكشف عن هويته': the clause describes the source, no more of its name
        if k > j and _people_after_name(tokens, k, lex):
            break  # 'أبلغت نادية فرحات الصحفيين أن': no name goes on with a plural of people, the one told
        if k > j + 1 and _verb_after_name(tokens, k, lex):
            break  # 'يذكر أن الرئيس سامي العلي يدافع عن الاتفاق': the name's verb
        if k > j and _intensifier_at(tokens, k, lex):
            break  # 'وهو ما نفته الشرطة جملة وتفصيلا', '.. نفاه المتحدث قطعا': how it was denied
        if k == j + 1 and token.definite and not _adjective_like(token.key) and kin_of(tokens[j].text, lex):
            break  # 'اتهمت أسرته الأجهزة': a possessed noun is complete, a definite noun is the object
        if k > j and _accusative_claim(token, lex):
            break  # 'نشرت الوزارة بيانا جاء فيه', 'كذبت المنظمة خبرا نشره': an accusative object
        if k == j + 1 and _object_after_sound_plural(tokens, j, k, lex):
            break  # 'أكد ناشطون مقتل ...': a plural in ون takes no genitive, its verb's object follows
        if k == j + 1 and tokens[j].definite and _possessed_after_title(tokens, k, lex):
            break  # 'أبدى الوزير خشيته من أن': a possessed noun after a title is its object, no name
        if k == j + 1 and _construct_after_possessed(tokens, k, lex):
            break  # 'اتهمت أسرته جهاز الأمن': an indefinite noun after it is no adjective, but the object
        if k == j + 1 and _place_after_definite_title(tokens, j, lex):
            break  # 'اتهم الوزير موسكو بدعم ...': the place is the object
        if k == j + 1 and _object_after_body(tokens, k, lex):
            break  # 'اتهمت اللجنة وزارة المالية', 'اتهم الجيش المتمردين': the body is complete
        if k == j + 1 and token.key == "من" and tokens[j].key in EACH_OF and k + 1 < len(tokens):
            k += 1  # 'كل من الوزير والسفير': the coordinated names follow
            continue
        if (
            token.key == "في"
            and k > j
            and k + 1 < len(tokens)
            and _branch_of_body(tokens[j], tokens[k + 1].key, lex)
        ):
            k = _branch_end(tokens, k + 2)  # 'كتلة المعارضة في البرلمان': a body placed in another
            break
        if token.key == "عن" and k > j + 1 and _body_noun_complement(tokens, j, k, lex):
            k += 1  # 'لجنة الدفاع عن الصحفيين': عن completes the body's verbal noun, its name goes on
            continue
        if (
            k > j
            and token.key in ("في", "من", "لدي", "داخل", "عن")
            and _continues_description(tokens, j, k, lex)
        ):
            k += 1
            continue
        issued = _issued_relative(tokens, k, lex) or _issued_by(tokens, k, j, lex)
        if (
            not issued
            and ends_subject(tokens, k, lex, titled=titled)
            and not _body_genitive(tokens, j, k, lex)
        ):
            break
        if not titled and k > j + 1 and _apposed_title(tokens[k], lex):
            titled = True  # 'سامر خليل رئيس قسم الجيولوجيا بالجامعة': the apposed role runs on through بال
        if not titled and k > j and _owned_document(tokens, k, lex):
            owner = tokens[k].key
            titled = _takes_genitives("ال" + owner[2:] if owner.startswith("لل") else owner[1:], lex)
        k += 1
    return k


_DESCRIBING_PRONOUNS: Final = frozenset(fold(w) for w in ("وهو", "وهي"))
_DESCRIBED_WORDS: Final = (
    12  # words of a describing clause between commas ('، وهو صياد يعمل في البحر منذ عقود،')
)


def describing_clause_end(tokens: list[Token], comma: int, lex: Lexicon) -> int:
    """'أبو سمير، وهو مزارع منذ أربعين عاما، إن': the closing comma of a clause that describes the
    subject between commas, when a complementiser follows it; else 0."""
    if comma + 2 >= len(tokens) or tokens[comma].text not in "،,":
        return 0
    opening = tokens[comma + 1]
    pronoun = opening.key in _DESCRIBING_PRONOUNS
    if not pronoun and not _apposed_description_start(tokens, comma, lex):
        return 0
    for c in range(comma + 3, min(len(tokens) - 1, comma + 2 + _DESCRIBED_WORDS)):
        closing = tokens[c].text in "،," or (not pronoun and tokens[c].text in QUOTE_MARKS)
        if closing:  # a stray quotation mark may close it too ('... 33 عاما" إنه')
            return c if lex.has("complementizers", tokens[c + 1].key) else 0
        if not tokens[c].is_word:
            return 0
    return 0


def _apposed_description_start(tokens: list[Token], comma: int, lex: Lexicon) -> bool:
    """'أحمد سالم، طالب في الجامعة': after a one- to three-word name, an indefinite noun with no
    conjunction, no given name and no pronoun ending describes the person; 'مدير الإدارة، سامي' does
    the reverse and is left to the apposition of titles."""
    opening, after = tokens[comma + 1], tokens[comma + 2]
    named = is_given_name(opening.key) and not lex.has("prepositions", after.key)  # 'طالب في' describes
    if not opening.is_alpha or opening.definite or named or opening.key[:1] in "وف":
        return False
    if opening.key.endswith("ا") or opening.key in lex.prepositional_starts:
        return False  # 'سامر نادر، نقلا عن', '، مضيفا': an attribution or circumstantial, no description
    start = comma
    while start > 0 and tokens[start - 1].is_alpha and comma - start < 3:
        start -= 1
    name = tokens[start:comma]
    titled = any(lex.has_word("titles", t.key) or t.key in lex.title_forms for t in name)
    return any(is_given_name(t.key) for t in name) and not titled


def describing_pronoun(token: Token) -> bool:
    """Does the word open a clause describing a subject ('وهو', 'وهي')?"""
    return token.key in _DESCRIBING_PRONOUNS


_NAMING_WORDS: Final = 4  # words of the longest naming phrase ('عرفت عن نفسها باسم')


def naming_clause_end(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Where the name starts after a naming clause at k ('يدعى', '، ويدعى', 'التي عرفت نفسها باسم',
    'واسمه'), or 0: the clause names the person just described, so the name is the speaker.

    Asked at every word of every subject: a word that starts no naming phrase ends it with one
    lookup, before any phrase is put together."""
    m = k + 1 if k < len(tokens) and tokens[k].text in "،," else k
    m += m < len(tokens) and tokens[m].key in RELATIVES
    if m >= len(tokens) or tokens[m].key not in lex.naming_starts:
        return 0
    for width in range(_NAMING_WORDS, 0, -1):
        if m + width + 1 >= len(tokens) or not all(t.is_alpha for t in tokens[m : m + width]):
            continue
        words = [strip_conjunction(tokens[m].key)] + [t.key for t in tokens[m + 1 : m + width]]
        if not lex.has("naming_phrases", " ".join(words)):
            continue
        name = tokens[m + width]
        quoted = name.text in QUOTE_MARKS and tokens[m + width + 1].is_alpha  # 'تحمل اسم "X"'
        if quoted or (name.is_alpha and is_given_name_like(name, lex)):
            return m + width
    return 0


def is_given_name_like(token: Token, lex: Lexicon) -> bool:
    """A word that can open a personal name: a given name or name particle, or an indefinite word
    that is no verbal noun, stop word or preposition ('يدعي وجود' claims, 'يدعى سامي' is called)."""
    key = token.key
    if is_given_name(key) or name_piece(key):
        return True
    if token.definite or _ends_phrase(key, lex) or lex.has("prepositions", key):
        return False
    return not is_verbal_noun(token, lex)


DEMONSTRATIVES: Final = frozenset(fold(w) for w in ("هذا", "هذه", "هؤلاء", "ذلك", "تلك", "هذان", "هاتان"))
_SOURCE_HEAD_LISTS: Final = ("anonymous_heads", "organization_heads", "media_heads", "document_heads")


def _demonstrative_source(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'هذا المصدر', 'هذه الوزارة', 'هذا المسؤول': a demonstrative before a definite source noun
    (a title, an unnamed source, a body or a document) determines it; before anything else it is a
    pronoun or the object ('أكد هذا الأمر')."""
    if tokens[k].key not in DEMONSTRATIVES or k + 1 >= len(tokens) or not tokens[k + 1].definite:
        return False
    key = tokens[k + 1].key
    bare = key[2:]
    return key in lex.title_forms or any(lex.has(name, bare) for name in _SOURCE_HEAD_LISTS)


_PEOPLE_PLURAL_LENGTH: Final = 8  # letters of a definite sound plural of people ('الصحفيين'), not 'الحسين'


def _people_after_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A definite sound plural of people right after a personal name ('مراد سالم اللاعبين') is the
    verb's object, the people told: a name takes no such word ('المتحدث باسم الكرملين': باسم links)."""
    token = tokens[k]
    if not token.definite or not token.key.endswith(_PEOPLE_PLURAL) or len(token.key) < _PEOPLE_PLURAL_LENGTH:
        return False
    names = [m for m in (k - 1, k - 2) if m >= 0 and _bare_name(tokens[m], lex)]
    return bool(names) and (names[0] == k - 1 or _bare_name(tokens[k - 1], lex, given=False))


def _after_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Does a personal name end right before k: a bare name word ('ماجد سعيد'), or a family name with
    ال after a given name ('حسن الخطيب'), not a title or its adjective ('الطبيب السابق')?"""
    if k == 0:
        return False
    before = tokens[k - 1]
    if before.definite:
        family = before.key not in lex.title_forms and not _noun_head(before.key, lex)
        return family and k > 1 and _bare_name(tokens[k - 2], lex)
    return _bare_name(before, lex, given=False)


def _bare_name(token: Token, lex: Lexicon, given: bool = True) -> bool:
    """A word of a personal name: no ال, no head of a role or body, no link ('باسم'); a given name
    when `given`."""
    key = token.key
    if not token.is_alpha or token.definite or lex.has("b_role_links", key) or _noun_head(key, lex):
        return False
    return is_given_name(key) or not given


def _apposed_title(token: Token, lex: Lexicon) -> bool:
    """A title in construct ('رئيس', 'مدير') that is no given name ('أمين'): after a name, it opens
    a role of the name's holder."""
    return not token.definite and lex.has("titles", token.key) and not is_given_name(token.key)


def _verb_after_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """An imperfect in ي right after a personal name and before its object or preposition ('سامي العلي
    يدافع عن'), which no name goes on with; a family name in ي comes before the cue or أن ('سامي يونس إن')."""
    key = tokens[k].key
    if key[:1] != "ي" or len(key) < 4 or tokens[k].definite or is_given_name(key) or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if not (after.definite or lex.has_word("prepositions", after.key)):
        return False
    return any(is_given_name(tokens[m].key) for m in (k - 1, k - 2))


def _object_after_sound_plural(tokens: list[Token], j: int, k: int, lex: Lexicon) -> bool:
    """After an indefinite plural in ون ('ناشطون', 'مسؤولون'), which is no construct, an indefinite
    noun that is no plural adjective nor a feminine one is not part of the subject."""
    head, token = tokens[j], tokens[k]
    if (
        head.definite
        or not strip_conjunction(head.key).endswith("ون")
        or not token.is_alpha
        or token.definite
    ):
        return False
    key = token.key
    if key.endswith(("ون", "ين", "ه", "يه", "ي")) or lex.has_word("prepositions", key) or is_given_name(key):
        return False
    return is_verbal_noun(token, lex) or (len(key) >= 4 and not lex.has_word("subject_stops", key))


def _body_genitive(tokens: list[Token], j: int, k: int, lex: Lexicon) -> bool:
    """'مركز رصد الزلازل', 'هيئة نقل الركاب': a bare word spelt like a verb right after an
    indefinite body's head is its verbal noun in construct, no cue."""
    if k != j + 1 or tokens[j].definite or not _is_body(tokens[j].key, lex):
        return False
    key = tokens[k].key
    return key[:1] not in "وف" and key in lex.cues and k + 1 < len(tokens) and tokens[k + 1].definite


def _construct_after_possessed(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """After a possessed kin noun ('عائلته'), a word without ال heading a genitive ('جهاز الأمن') starts
    the object: the possessed noun is definite, so an adjective of it would carry ال; a name goes on."""
    token = tokens[k]
    if token.definite or not token.is_alpha or kin_of(tokens[k - 1].text, lex) is None:
        return False
    if is_given_name(token.key) or is_name_word(tokens, k, lex) or k + 1 >= len(tokens):
        return False
    return tokens[k + 1].definite and tokens[k + 1].is_alpha


def _object_after_body(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """After a definite body ('اللجنة', 'الجيش'), a body, role or people heading a genitive ('وزارة
    المالية') or a definite plural of people ('المتمردين') is the verb's object: a body takes neither
    an indefinite adjective nor a plural one."""
    head = tokens[k - 1]
    if not head.definite or lex.has_word("titles", head.key) or not _is_body(head.key, lex):
        return False
    token = tokens[k]
    key = token.key
    if token.definite:
        return key.endswith(_PEOPLE_PLURAL) and len(key) > 6 and not lex.has("time_words", key)
    if k + 1 >= len(tokens) or not tokens[k + 1].definite or is_name_word(tokens, k, lex):
        return False
    plural_body = key.endswith("ات") and _is_body(key[:-2] + "ه", lex)  # 'شركات الأدوية'
    people = lex.has_word("titles", key) or lex.has_word("anonymous_heads", key)
    return _is_body(key, lex) or plural_body or people


_PEOPLE_PLURAL: Final = ("ين", "ون")  # 'المتمردين', 'المحتجون': a sound plural of people


def _named_before_quote(tokens: list[Token], j: int, k: int, lex: Lexicon) -> bool:
    """'انتقد الرئيس الفنلندي كارفونين "القصف"': after a title and a bare name the person is named,
    so a quotation there is the verb's object, not more of the name."""
    if k - j < 2 or not lex.has_word("titles", tokens[j].key):
        return False
    last, before = tokens[k - 1], tokens[k - 2]
    if not last.is_alpha or last.definite or lex.has("prepositions", before.key):
        return False  # 'خبيرة في مصحة "..."': a noun after a preposition is a place, not a name
    if last.key[:1] in "لب" and lex.has_word("titles", before.key):
        return False  # 'المتحدث باسم "..."': the title's complement goes on into the quotation
    keys = (last.key, last.key[1:]) if last.key[:1] in "لب" else (last.key,)
    heads = ("titles", "organization_heads", "media_heads", "anonymous_heads", "document_heads")
    return not any(lex.has_word(h, key) for h in heads for key in keys)


_ONE_WORD_QUOTE: Final = 3  # opening mark, one word, closing mark


def _spoken_quote(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'وقال الحكم "القرار صحيح".': a quotation of two words or more after a plain subject that ends
    the sentence, or one that opens with a negation ('"لن نتراجع"'), is what was said, not a name;
    a body's name and a one-word acronym ('وكالة الأنباء "وات".') are read on."""
    if _names_body(tokens, k, lex):
        return False
    end = _short_quoted_name(tokens, k)
    if tokens[k + 1].key in lex.negators or tokens[k + 1].key in lex.future_negators:
        return True
    return end - k > _ONE_WORD_QUOTE and (end >= len(tokens) or tokens[end].text in ".!?؟")


def _names_body(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Is the quotation at k the name of the body just before it ('حركة "شباب من أجل الغد"')?"""
    if k == 0 or tokens[k - 1].definite:
        return False
    return lex.has_word("organization_heads", tokens[k - 1].key) or lex.has_word(
        "media_heads", tokens[k - 1].key
    )


def _short_quoted_name(tokens: list[Token], k: int, body: bool = False) -> int:
    """Index after the closing mark of a quoted name of one to three words (six after a body), else 0."""
    for end in range(k + 2, min(k + (8 if body else 5), len(tokens))):
        if tokens[end].text in QUOTE_MARKS:
            inner = tokens[k + 1 : end]
            return end + 1 if inner and all(t.is_word for t in inner) else 0
    return 0


def _object_after_apposition(tokens: list[Token], j: int, k: int, lex: Lexicon) -> bool:
    """Whether the definite word at k, after an apposition's closing comma, is the cue's object
    ('طالب رئيس البلدية، عادل منصور، الحكومة'); a definite title opening an apposition of its own
    is a name's role ('قال سمير داود، أبو علي، الناطق باسم الحركة، إن': a subject that opens with a
    name has had no role yet)."""
    if (
        k < len(tokens)
        and tokens[k].is_alpha
        and (is_verbal_noun(tokens[k], lex) or _accusative_claim(tokens[k], lex))
    ):
        return True  # 'أكد الرئيس، سامي العلي، تدخل الجيش': a verbal noun after the apposition is the object
    if k >= len(tokens) or not tokens[k].definite or tokens[k].key[:1] in "وف":
        return False
    role = lex.has_word("titles", tokens[k].key) and not lex.has_word("titles", tokens[j].key)
    return not (role and _apposition_end(tokens, k - 1, lex))


def _accusative_claim(token: Token, lex: Lexicon) -> bool:
    """'بيانا', 'خبرا', 'تقريرا': a document or claim noun in the accusative, a verb's object."""
    key = token.key
    return key.endswith("ا") and any(lex.has(name, key[:-1]) for name in ("document_heads", "claim_nouns"))


def _apposition_end(tokens: list[Token], comma: int, lex: Lexicon) -> int:
    """After 'role، Name،' or 'Name، role،', the index after the second comma; 0 if none.

    A given name after the comma may also run to the complementiser ('role، Name أن').
    """
    for end in range(comma + 2, min(comma + 10, len(tokens))):
        if tokens[end].text in "،,؛":
            inner = tokens[comma + 1 : end]
            told = inner[0].key.startswith("ل") and ends_subject(tokens, comma + 1, lex)
            if told or lex.has("time_words", inner[0].key) or not all(t.is_word for t in inner):
                return 0
            titled = lex.has("titles", inner[0].key)
            stops = (m for m in range(comma + 1, end) if lex.has("subject_stops", tokens[m].key))
            if titled or all(is_name_word(tokens, m, lex) for m in stops):  # 'منى' is a name, 'مني' is not
                return end + 1
            return 0
        if (
            lex.has("complementizers", tokens[end].key)
            and is_given_name(tokens[comma + 1].key)
            and end - comma <= 5
        ):
            return end  # 'role، Name أن': the name closes at the complementiser
        if not tokens[end].is_word:
            return 0
    return 0


def circumstantial(token: Token) -> bool:
    """'مبتسما', 'متحفظا', 'مغردا': an indefinite participle in the accusative describes how the
    subject spoke (حال); it is no part of the subject's name."""
    key = token.key
    shaped = key.startswith("م") and key.endswith("ا") and len(key) >= 5
    return shaped and not token.definite and token.is_alpha


def manner_accusative(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'نفيا قاطعا', 'رفضا تاما': an accusative verbal noun and an adjective of manner say how, no one.

    The noun is the cue's own verbal noun (an absolute object); another root's is the object
    ('أكد الرئيس دعما كاملا للجيش')."""
    if k + 1 >= len(tokens) or not lex.has("manner_adjectives", tokens[k + 1].key):
        return False
    token = tokens[k]
    if not (token.is_alpha and not token.definite and token.key.endswith("ا")):
        return False
    cue = next((t for t in reversed(tokens[max(0, k - _MANNER_REACH) : k]) if _cue_lemma(t, lex)), None)
    return cue is None or _same_root(token.key, _cue_lemma(cue, lex))


_MANNER_REACH: Final = 8  # words back from an absolute object to its verb


def _cue_lemma(token: Token, lex: Lexicon) -> str:
    """The folded lemma of the cue a token is, with or without و/ف, else ''."""
    form = lex.cues.get(token.key) or lex.cues.get(strip_conjunction(token.key))
    return fold(form.lemma) if form is not None else ""


def _same_root(noun: str, lemma: str) -> bool:
    """Does a verbal noun carry the lemma's first two root letters in order ('تاكيدا' of 'اكد')?"""
    root = [ch for ch in lemma.lstrip("ات") if ch not in "اويى"][:2]
    letters = [ch for ch in noun if ch not in "اويى"]
    if len(root) < 2:
        return True
    first = next((i for i, ch in enumerate(letters) if ch == root[0]), None)
    return first is not None and root[1] in letters[first + 1 :]


def _abbreviated_title(token: Token, lex: Lexicon) -> bool:
    """'د' of 'د. سامي', 'أ.د' of 'أ.د. سامي': a title written as initials, closed by a dot that ends no
    sentence."""
    return lex.has("abbreviated_titles", token.key)


def _alias_end(tokens: list[Token], opening: int, lex: Lexicon) -> int:
    """'المركز الأوروبي للشرطة (يوروبول)': a body's short name in brackets after it; index after ')'.

    One or two words, no digits ('(20 عاما)' is an age), and no cue or stop word inside.
    """
    close = opening + 2 if opening + 2 < len(tokens) and tokens[opening + 2].text == ")" else opening + 3
    if close >= len(tokens) or tokens[close].text != ")":
        return 0
    inner = tokens[opening + 1 : close]
    if not all(t.is_alpha and not _not_name(t.key, lex) for t in inner):
        return 0
    return close + 1


def _name_before_object(tokens: list[Token], comma: int, lex: Lexicon) -> int:
    """'أكد القنصل في المدينة، سامي الراشد مغادرة ...': after 'role،' a name that runs into the verb's
    object or complementiser with no second comma; the index after the name, or 0.
    """
    first = comma + 1
    if first >= len(tokens) or not tokens[first].is_alpha or tokens[first].definite:
        return 0
    if ends_subject(tokens, first, lex) or _is_told_outlet(tokens[first].key, lex):
        return 0
    end = _name_end(tokens, first, min(len(tokens), first + 4), lex)
    if end <= first or end >= len(tokens) or any(_not_name(t.key, lex) for t in tokens[first:end]):
        return 0
    after = tokens[end]
    if lex.has("complementizers", after.key) or after.text == ":":
        return end
    object_noun = after.is_alpha and not after.definite and not _not_name(after.key, lex)
    object_noun = object_noun and after.key[:1] not in "لب" and not ends_subject(tokens, end, lex)
    return end if object_noun and tokens[end - 1].definite and end - first >= 2 else 0


def _not_name(key: str, lex: Lexicon) -> bool:
    """A word no personal name is made of: a title, stop word, time word or cue."""
    lists = ("titles", "subject_stops", "time_words", "complementizers", "leading_particles")
    return any(lex.has(name, key) for name in lists) or key in lex.cues or strip_conjunction(key) in lex.cues


def _body_noun_complement(tokens: list[Token], j: int, k: int, lex: Lexicon) -> bool:
    """'لجنة الدفاع عن الحريات', 'الهيئة العليا للبحث عن المفقودين': عن after a body's verbal noun that
    governs it is part of the body's name; 'قالت وزارة الدفاع عن الهجوم إنه' speaks about a topic,
    which a pronoun on the complementiser takes up."""
    noun = tokens[k - 1].key
    if not noun.startswith(("ال", "لل")) or not lex.has("an_complement_nouns", noun[2:]):
        return False
    if not any(_is_body(tokens[m].key, lex) for m in range(j, k - 1)):
        return False
    reach = range(k + 1, min(len(tokens), k + _TOPIC_REACH))
    opener = next((m for m in reach if tokens[m].key in _OPENERS), None)
    return opener is None or tokens[opener].key in _OPENERS_PLAIN


_TOPIC_REACH: Final = 9  # words from عن to the complementiser that takes its topic up
_OPENERS_PLAIN: Final = frozenset(fold(w) for w in ("أن", "إن", "بأن"))
_OPENERS: Final = _OPENERS_PLAIN | frozenset(
    fold(c + p) for c in ("أن", "إن", "بأن") for p in ("ه", "ها", "هم", "هما")
)


def _continues_description(tokens: list[Token], j: int, k: int, lex: Lexicon) -> bool:
    """'مصادر في المقاومة', 'اثنان من المصادر', 'سفير مصر لدى الأمم المتحدة': a PP inside a description."""
    head = tokens[j].key
    if j + 1 < k and (head.isdigit() or lex.has_word("count_words", head) or superlative_head(tokens[j])):
        head = tokens[j + 1].key  # 'ثلاثة مسؤولين في البنك', 'أقدم نائب في البرلمان': the noun heads it
    if k + 1 >= len(tokens) or not tokens[k + 1].is_word:
        return False
    following = tokens[k + 1].key
    if _speech_context(following, lex) or lex.has("time_words", following) or _said_in(following, lex):
        return False
    if tokens[k].key == _FI and _superlative_at(tokens, j):
        return True  # 'أكبر منتج للقطن في المنطقة': a superlative's scope
    if tokens[k].key == "من":
        return lex.has_word("quantifiers", head) or _anonymous_head(head, lex)
    if tokens[k].key == "عن":  # 'نائب عن حزب الوسط', 'النائب عن دائرة الشمال'; not 'تحدث النائب عن الحكومة'
        bodies = (
            ("constituency_heads",)
            if tokens[j].definite
            else ("constituency_heads", "organization_heads", "places")
        )
        return lex.has_word("representative_titles", head) and any(lex.has(n, following) for n in bodies)
    return _anonymous_head(head, lex) or lex.has_word("titles", head)


def _superlative_at(tokens: list[Token], j: int) -> bool:
    """'أكبر منتج', 'ثالث أكبر مصدر': a superlative heads the phrase at j, maybe after an ordinal;
    like a title, it runs on through لل- ('أكبر منتج للقطن')."""
    return superlative_head(tokens[j]) or (j + 1 < len(tokens) and superlative_head(tokens[j + 1]))


def superlative_head(token: Token) -> bool:
    """'أقدم', 'أبرز', 'أكبر': the indefinite أفعل shape, which heads a noun in construct ('أقدم نائب')."""
    key = strip_diacritics(token.text)
    return len(key) == 4 and key[0] == "أ" and not token.definite


def _branch_end(tokens: list[Token], k: int) -> int:
    """After 'في البرلمان', its nisba adjectives ('الأوروبي'); a definite noun after them is the object."""
    while k < len(tokens) and tokens[k].definite and tokens[k].key.endswith(_NISBA_ADJECTIVE_ENDINGS):
        k += 1
    return k


_NISBA_ADJECTIVE_ENDINGS: Final = ("ي", "يه")


def _branch_of_body(head: Token, following: str, lex: Lexicon) -> bool:
    """'كتلة المعارضة في البرلمان', 'مكتب المنظمة في جنيف': a body in construct, placed in another body
    or a place by في, is one body; a definite body alone ('الحكومة في بيان') takes no such phrase."""
    if head.definite or not lex.has_word("organization_heads", head.key):
        return False
    return lex.has_word("organization_heads", following) or lex.has_word("places", following)


_DUAL_ENDINGS: Final = ("ان", "ين", "تان", "تين")


def _anonymous_head(key: str, lex: Lexicon) -> bool:
    """'مصدر', 'مسؤولان', 'موظفتان': an unnamed head, in the singular, plural or dual."""
    if lex.has_word("anonymous_heads", key):
        return True
    return any(key.endswith(e) and lex.has_word("anonymous_heads", key[: -len(e)]) for e in _DUAL_ENDINGS)


def _own_speech(key: str, lex: Lexicon) -> bool:
    """'وتابع الوزير حديثه قائلا': a speech noun with a possessive pronoun is the verb's object,
    what the subject went on with, and no part of the subject. Remembered by word."""
    memo = lex.memo("own_speech")
    found = memo.get(key)
    if found is None:
        possessed = key.endswith(("ه", "ها", "هم")) and not lex.has("speech_contexts", key)
        found = memo[key] = possessed and _speech_context(key, lex)
    return found


def _said_in(key: str, lex: Lexicon) -> bool:
    """'في المذكرة', 'في البيان': a definite speech or document noun after في is where the words
    were said, no place of the source."""
    return key.startswith("ال") and (lex.has("speech_contexts", key[2:]) or lex.has("document_heads", key))


def _speech_context(key: str, lex: Lexicon) -> bool:
    """'تصريح', 'تغريدته', 'حديثها': where words were said, also with a possessive pronoun."""
    if lex.has("speech_contexts", key):
        return True
    for suffix in ("ها", "هم", "ه"):
        stem = key.removesuffix(suffix)
        if stem != key and len(stem) >= 3:
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            return lex.has("speech_contexts", stem)
    return False


def _intensifier_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """An adverb of denial or absoluteness at k ('قطعا', 'تماما', 'جملة وتفصيلا'), no word of a name."""
    key, intensifiers = tokens[k].key, lex.words["deny_intensifiers"]
    # a two-word adverb starts with a phrase's first word: no other key is joined to its next one
    two_words = k + 1 < len(tokens) and key in first_words(intensifiers)
    if two_words and key + " " + tokens[k + 1].key in intensifiers:
        return True
    if not key.endswith("ا") or key.startswith("ال"):
        return False  # the shape of an adverb, tested before the lists
    return lex.has("absolute_adverbs", key) or key in intensifiers


def read_subject_before(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase before a cue (subject-verb order), as a token range, or None.

    'وكانت صحيفة صباح ذكرت' (كان + subject + verb), 'روسيا تنفي ...', 'الأخبار التي تحدثت';
    a phrase after a preposition ('في اليمن قال') is no subject.
    """
    if i > 0 and lex.has("clause_subordinators", tokens[i - 1].key):
        return None  # 'بينما أكد دعمه': the verb opens its clause, its subject is elided or after it
    framed = _after_kana(tokens, i, lex)
    if framed:
        return framed
    if i > 0 and lex.has_word("aspect_verbs", tokens[i - 1].key):
        return None  # 'ومضى يقول', 'ما فتئ ينفي' (its ف no conjunction): the subject is elided
    if _unmarked_relative(tokens, i):
        return i - 1, i  # 'اشتباكات بين الجنود وآخرين يقولون إنهم': the indefinite plural says it
    if i > 0 and tokens[i - 1].key in RELATIVES and not _agrees_with_relative(tokens, i):
        return None
    if (
        i > 2
        and tokens[i - 1].key in RELATIVES
        and _glued_name(tokens[i - 2 if tokens[i - 2].is_word else i - 3], lex)
    ):
        return None  # 'أفضل بديل لحداد، الذي قال': the name after the preposition (relative_antecedent)
    if i > 1 and tokens[i - 1].text in "،,":
        withheld = _withheld_before(tokens, i, lex)
        if withheld:  # 'لكن موظفا، فضل عدم ذكر اسمه، أكد': the subject before the clause
            return _np_before(tokens, withheld, lex)
        clause = _np_before(tokens, i - 1, lex)
        if clause and clause[0] > 0 and lex.has("complementizers", tokens[clause[0] - 1].key):
            return clause
        apposed = _before_apposition(tokens, i - 1, lex)
        if apposed:  # 'لكن المطران يوسف حداد، رجل الدين الأبرز، قال': the subject before the apposition
            return apposed
        described = _before_relative_clause(tokens, i - 1, lex)
        if described:
            return described
    singular = i > 2 and tokens[i - 1].key in _SINGULAR_RELATIVES and tokens[i - 2].definite
    if singular and _body_in_construct(tokens, i - 2, lex):
        return None  # 'واعترضت لجنة المعلمين التي قالت': relative_antecedent reads the body
    found = _np_before(tokens, i, lex)
    if (
        found
        and i > 0
        and tokens[i - 1].key in RELATIVES
        and _partitive_disagrees(tokens[found[0]], tokens[i - 1])
    ):
        return None  # 'في أحد المخازن، التي قالت': the relative is someone else's
    if found and i > 0 and tokens[i - 1].key in RELATIVES and found[1] - found[0] > 1:
        start, end = found
        if lex.has("speech_contexts", tokens[start].key) or is_verbal_noun(tokens[start], lex):
            return start + 1, end  # 'تصريحات رئيس الحزب X، الذي نفى': whose words they are speaks
    return found


def _unmarked_relative(tokens: list[Token], i: int) -> bool:
    """A plural imperfect cue right after an indefinite plural inside a clause ('مع سكان يقولون إن',
    'وآخرين يؤكدون أن'): an indefinite noun takes a relative clause with no pronoun, so that noun is
    the cue's subject, whatever came before it."""
    if i < 2 or not tokens[i - 2].is_word:
        return False
    cue, noun = strip_conjunction(tokens[i].key), tokens[i - 1]
    bare = strip_conjunction(noun.key)
    plural_noun = bare.endswith(("ين", "ون")) and bare[:1] not in "بليتن" and not is_given_name(bare)
    return cue.startswith("ي") and cue.endswith("ون") and noun.is_alpha and not noun.definite and plural_noun


_WITHHELD_REACH: Final = 9  # words of a clause withholding a name, between its commas
_APPOSITION_REACH: Final = 16  # words of an apposition between two commas before the verb


def _before_apposition(tokens: list[Token], comma: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject before an apposition set off by commas right before the verb ('وكان المهاجم، البالغ
    من العمر 28 عاما، نفى'): a description (definite, a title, an age) opens the apposition."""
    for c in range(comma - 2, max(0, comma - _APPOSITION_REACH), -1):
        token = tokens[c]
        if token.text in ".!?؟؛:" or token.text in QUOTE_MARKS:
            return None
        if token.text in "،,":
            first = tokens[c + 1]
            if lex.has("time_words", first.key):
                return None  # 'بيانا، الإثنين، أعلنت': a time, no apposition
            described = first.definite or first.key.isdigit() or lex.has_word("titles", first.key)
            return _np_before(tokens, c, lex) if described else None
    return None


def _withheld_before(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """The comma opening a clause that withholds a name ('، طلب عدم ذكر اسمه،') right before the
    verb at i, or 0."""
    for m in range(i - 2, max(0, i - _WITHHELD_REACH), -1):
        if tokens[m].text in "،,":
            return m if withheld_name_end(tokens, m + 1, lex) == i - 1 else 0
    return 0


def _before_relative_clause(tokens: list[Token], comma: int, lex: Lexicon) -> tuple[int, int] | None:
    """'لكن النقابة، التي تمثل آلاف العمال، قالت': the subject before a relative clause set off by
    commas between it and its verb, or before an apposition opening with a definite participle or
    title ('، الناطقة باسم المعارضة،'); None when the words before the comma are no such clause."""
    for p in range(comma - 1, max(0, comma - _CLAUSE_REACH), -1):
        if tokens[p].text in _SENTENCE_ENDS:
            return None
        if tokens[p].text in "،,":
            opens = p + 1 < comma and (
                tokens[p + 1].key in RELATIVES or _apposed_description(tokens[p + 1], lex)
            )
            return _np_before(tokens, p, lex, _SET_OFF_REACH) if opens and p > 0 else None
    return None


def _apposed_description(token: Token, lex: Lexicon) -> bool:
    """'الناطقة', 'الممثلة', 'المتحدثة': a definite participle or title opening an apposition."""
    return token.definite and (token.key.startswith("الم") or token.key in lex.title_forms)


_CLAUSE_REACH: Final = 14  # words of a relative clause between a subject and its verb
_SET_OFF_REACH: Final = (
    8  # tokens of a subject set off by commas from its verb ('إذاعة الجيش "صوت الوطن"، ...')
)

_STILL: Final = frozenset(
    fold(w) for w in ("زال", "زالت", "زالوا", "يزال", "تزال", "يزالون", "يزالان", "تزالان")
)
_STILL_NEGATORS: Final = frozenset(fold(w) for w in ("لا", "ما", "ولا", "وما"))


def _still(tokens: list[Token], k: int) -> bool:
    """'لا يزالون', 'ما زال': the auxiliary 'still' (and its negator) between a subject and its verb."""
    if tokens[k].key in _STILL:
        return True
    return tokens[k].key in _STILL_NEGATORS and k + 1 < len(tokens) and tokens[k + 1].key in _STILL


_BEFORE_VERB: Final = frozenset(
    fold(w)
    for w in (
        "قد",
        "لقد",
        "فقد",
        "كان",
        "كانت",
        "كانوا",
        "التي",
        "الذي",
        "الذين",
        "اللذين",
        "والتي",
        "والذي",
        "والذين",
    )
)


def _np_before(tokens: list[Token], i: int, lex: Lexicon, reach: int = 5) -> tuple[int, int] | None:
    """The noun phrase (at most `reach` tokens) right before token i, if a clause or sentence opens it."""
    end = i
    before = tokens[end - 1].key if end > 0 else ""
    while end > 0 and (before in _BEFORE_VERB or lex.has("time_words", before) or _still(tokens, end - 1)):
        end -= 1
        before = tokens[end - 1].key if end > 0 else ""
    if end < i and end > 0 and tokens[end - 1].text in "،,":
        end -= 1
    k, named = end, False
    while k > 0 and end - k < reach:
        token = tokens[k - 1]
        if token.text in QUOTE_MARKS and k - 2 >= 0 and tokens[k - 2].is_word:
            named = tokens[k - 2].end == token.start  # a closing mark, glued to the name's last word
            k -= 1
            continue
        if named and token.is_word:
            k -= 1  # inside a quoted name a cue's spelling is a word of it ('«أمل جديد»')
            continue
        if token.key in ("في", "من") and k - 2 >= 0 and _described_before(tokens, k - 2, lex):
            k -= 1
            continue
        if _issued_relative(tokens, k - 1, lex):
            k -= 1  # 'إن البيان الذي أصدرته النقابة أكد': the document's relative clause of issue
            continue
        if not token.is_word or _ends_phrase(token.key, lex) or lex.has("time_words", token.key):
            break
        if lex.has("subject_openers", token.key):
            break  # 'وأما وزير المالية فأكد': the opener is no part of the subject
        k -= 1
        if lex.has_noun("document_heads", token.key):
            break
    if end - k == reach:
        k = _titled_start(tokens, k, lex)  # 'غير أن الناطقة باسم الخارجية الروسية ماريا إيفانوفا نفت'
    opener = tokens[k - 1].key if k > 0 else ""
    opened = k == 0 or not tokens[k - 1].is_word or lex.has("subject_openers", opener)
    opened = opened or lex.has("complementizers", opener)
    heads = ("document_heads", "anonymous_heads")
    reported = k < end and any(lex.has_noun(name, tokens[k].key) for name in heads)
    if not opened and not reported:
        return None
    while k < end and (lex.has("leading_particles", tokens[k].key) or not tokens[k].is_word):
        k += 1
    if k >= end or ends_subject(tokens, k, lex) or lex.has("time_words", tokens[k].key):
        return None
    return k, end


_TITLED_EXTRA: Final = 3  # words a subject opening with a title may run beyond the plain reach


def _titled_start(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Where a long subject starts when a title opens it right after a particle or complementiser,
    a few words before `k`; else `k`."""
    for m in range(k - 1, max(-1, k - 1 - _TITLED_EXTRA), -1):
        if not tokens[m].is_word or _ends_phrase(tokens[m].key, lex):
            return k
        opened = m > 0 and (
            lex.has("subject_openers", tokens[m - 1].key) or lex.has("complementizers", tokens[m - 1].key)
        )
        heads = ("titles", "media_heads", "organization_heads")  # 'لكن وكالة الأنباء اليمنية الرسمية "سبأ"'
        if opened and any(lex.has_word(name, tokens[m].key) for name in heads):
            return m
    return k


def _issued_relative(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Is token k the relative pronoun of 'البيان الذي أصدرته X': after a document, before an issuing verb?"""
    if k < 1 or k + 1 >= len(tokens) or tokens[k].key not in RELATIVES:
        return False
    return lex.has_noun("document_heads", tokens[k - 1].key) and lex.has("issuing_words", tokens[k + 1].key)


def _issued_by(tokens: list[Token], k: int, j: int, lex: Lexicon) -> bool:
    """Is token k the عن or من of 'تقرير صادر عن X' (its issuer follows), in a subject opening at j?"""
    if k < j + 2 or tokens[k].key not in ("عن", "من") or not lex.has("issuing_words", tokens[k - 1].key):
        return False
    return any(
        lex.has_noun("document_heads", w)
        for t in tokens[j : k - 1]
        for w in (t.key, strip_conjunction(t.key))
    )


def addressee_start(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int | None:
    """Where the object of a verb of telling starts inside the subject read after it, or None.

    A noun with ال takes no genitive, so after a definite singular head ('الوزارة') a definite word
    that is no adjective agreeing with it ('المواطنين', 'النواب') is the object; after a name
    ('حمدان') a plural of people ('أعضاء اللجنة') is.
    """
    if end - start < 2 or any(not t.is_word for t in tokens[start:end]):
        return None
    head = tokens[start]
    outlet = next((m for m in range(start + 1, end) if _told_outlet_name(tokens, m, lex)), None)
    if outlet is not None:
        return outlet  # 'أبلغ المسؤول رويترز أن': a news agency after the subject is the one told
    if head.definite:
        if people_in_construct(tokens, start + 1, end, lex):  # 'ناشد المحافظ سكان القرى': no genitive of ال
            return start + 1
        if _plural_head(head, lex):
            # 'حذر الأطباء المرضى', 'دعا العلماء الطلاب': a broken plural of people after a plural head
            return next((m for m in range(start + 1, end) if _people_noun_plural(tokens[m], lex)), None)
        told = next(
            (
                m
                for m in range(start + 1, end)
                if tokens[m].definite
                and not tokens[m].key.startswith(PREPOSITION_ARTICLES)  # 'الهيئة العامة للأرصاد': a genitive
                and not _agrees(tokens[m], lex)
                and not is_given_name(tokens[m - 1].key)
                and not lex.has("prepositions", tokens[m - 1].key)  # 'السفير في الولايات': a place
            ),
            None,
        )  # 'الرئيس بشار الأسد': a family name after a given name is no one told
        if told is not None and told > start + 1 and lex.has("addressee_determiners", tokens[told - 1].key):
            return told - 1  # 'دعا البيان مختلف الفاعلين': the determiner opens those addressed
        return told
    if head.key in lex.title_forms or (
        tokens[start + 1].definite and lex.has_word("organization_heads", head.key)
    ):
        # 'دعا رئيس الوزراء المواطنين', 'حذرت هيئة الأرصاد السكان': people after the head's genitive
        return next((m for m in range(start + 2, end) if _addressed_plural(tokens, m, lex)), None)
    if any(lex.has_word(name, head.key) for name in _PEOPLE_HEADS):
        return None
    return next((m for m in range(start + 1, end) if lex.has("anonymous_heads", tokens[m].key)), None)


def _plural_head(head: Token, lex: Lexicon) -> bool:
    """'المحتجون', 'الأطباء', 'الخبراء': a definite plural subject, sound or a listed broken plural."""
    return head.key.endswith(_PLURAL_ENDINGS) or lex.has("people_plurals", head.key[2:])


def _people_noun_plural(token: Token, lex: Lexicon) -> bool:
    """'المرضى', 'الطلاب', 'السكان': a definite broken plural of people, a noun, never an adjective
    of the plural before it."""
    return token.definite and token.key.startswith("ال") and lex.has("people_plurals", token.key[2:])


def _told_outlet_name(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """A known outlet's name not after a media head ('وكالة رويترز' is the agency itself), nor a nisba
    that may describe the noun before it ('المملكة العربية' is no channel)."""
    key = tokens[m].key
    if key.startswith("ال") and key.endswith(("يه", "ي")):
        return False
    return lex.has("outlets", key) and not lex.has_word("media_heads", tokens[m - 1].key)


def _addressed_plural(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """A definite plural in ين/ات, or a broken plural of people, after a definite genitive that is no
    plural it could agree with, nor a plural nisba: the people addressed ('المواطنين', 'السكان')."""
    token, before = tokens[m], tokens[m - 1]
    if not (token.definite and before.definite) or before.key.endswith(_PLURAL_ENDINGS):
        return False
    if lex.has("people_plurals", token.key[2:]):
        return True
    return token.key.endswith(("ين", "ات")) and not token.key.endswith("يين")


def addressed_people(tokens: list[Token], m: int, end: int, lex: Lexicon) -> bool:
    """Is the addressee found at m surely people told ('المواطنين', 'السكان', 'سكان القرى'), not
    a word of the subject after a preposition ('السفير في الولايات المتحدة')?"""
    if lex.has("addressee_determiners", tokens[m].key) and m + 1 < end:
        m += 1  # 'جميع المواطنين'
    token = tokens[m]
    if people_in_construct(tokens, m, end, lex):
        return True
    if not token.definite or lex.has("prepositions", tokens[m - 1].key):
        return False
    plural = token.key.endswith(("ين", "ات")) and not token.key.endswith("يين")
    return plural or lex.has("people_plurals", token.key[2:])


def people_in_construct(tokens: list[Token], k: int, end: int, lex: Lexicon) -> bool:
    """Is token k a plural of people in construct with a definite genitive ('سكان القرى', 'أهالي الطلاب')?"""
    return (
        k + 1 < end
        and not tokens[k].definite
        and lex.has("people_plurals", tokens[k].key)
        and tokens[k + 1].definite
    )


_PLURAL_ENDINGS: Final = ("ون", "ين", "ات")


def _agrees(token: Token, lex: Lexicon) -> bool:
    """Can a definite word be an adjective of a singular noun: a nisba, a singular participle, السابق?"""
    key = token.key
    if key.endswith(_PLURAL_ENDINGS):
        return False
    return key.endswith(NISBA_ENDINGS) or key.startswith("الم") or _known_adjective(key[2:], lex)


def _known_adjective(bare: str, lex: Lexicon) -> bool:
    """A listed adjective, masculine or feminine ('عام' / 'عامة', 'جديد' / 'جديدة'), without ال."""
    return lex.has_adjective("title_adjectives", bare) or lex.has_adjective("plain_adjectives", bare)


def relative_antecedent(tokens: list[Token], i: int, text: str, lex: Lexicon) -> Source | None:
    """'للمقاول المكلف، والذي قال', 'جار المصاب، الذي قال': the noun phrase a relative pronoun refers to.

    The cue must agree with the pronoun (التي قالت, الذي قال): in 'التي طالب فيها' the pronoun is
    the object and the subject is someone else.
    """
    k = i - 1
    if k < 1 or tokens[k].key not in RELATIVES:
        return None
    if not _agrees_with_relative(tokens, i):
        return None
    end = k - 1 if tokens[k - 1].text in "،," else k
    if end > 0 and _glued_name(tokens[end - 1], lex):
        name = tokens[end - 1].text[1:].lstrip("ـ")
        return Source(name, None, "person")
    start = end - 1 if end > 0 and tokens[end - 1].definite else end
    while start > 0 and end - start < 3 and _adjective_like(tokens[start].key) and tokens[start - 1].definite:
        if lex.has_word("titles", tokens[start - 1].key) or not tokens[start].key.startswith("ال"):
            break
        start -= 1
    if start == end or _ends_phrase(tokens[start].key, lex):
        return None
    if lex.has("time_nouns", tokens[start].key.removeprefix("ال")):
        return None  # 'في الوقت الذي ...': a time the clause describes, no one who speaks
    unnamed = start > 1 and _unnamed_head(tokens[start - 1], lex)
    start -= unnamed  # 'جار المصاب، الذي قال': an unnamed head in construct with the definite noun
    if (
        not unnamed
        and start > 2
        and tokens[start - 1].key == "من"
        and lex.has_word("quantifiers", tokens[start - 2].key)
    ):
        start, unnamed = start - 2, True  # 'عدد من الخبراء الذين انتقدوا
    if not unnamed and start > 2 and _quantified_construct(tokens, start, lex):
        start, unnamed = start - 2, True  # 'أحد موظفي الوزارة الذي أبلغه'
    if unnamed and _partitive_disagrees(tokens[start], tokens[k]):
        return None  # 'صور في أحد الأقبية، التي قالت': التي is not one of the cellars, but who posted them
    singular = tokens[k].key in _SINGULAR_RELATIVES
    body = _body_in_construct(tokens, start, lex) if singular and not unnamed else 0
    if body:  # 'من نقابة الطيارين التي', 'لجمعية حماية المستهلك التي': the body the noun completes
        name = text[tokens[body].start + _glued_preposition(tokens[body], lex) : tokens[end - 1].end]
        return Source(name, None, "organization")
    first = tokens[start]
    cut = next(
        (
            n
            for p, n in (("لل", 2), ("بال", 1), ("وال", 1), ("فال", 1), ("كال", 1))
            if first.key.startswith(p)
        ),
        0,
    )
    if unnamed and first.key[:1] in "بل" and lex.has_word("quantifiers", first.key[1:]):
        cut = 1  # 'بأحد موظفي الوزارة الذي': the preposition before the quantifier is no part of the source
    name = ("ال" if first.key.startswith("لل") else "") + text[first.start + cut : tokens[end - 1].end]
    if unnamed:
        return Source(name, None, "anonymous")
    return Source(name, None, "organization" if _is_body(fold(name.split()[0]), lex) else "person")


_MASCULINE_PARTITIVES: Final = frozenset(fold(w) for w in ("أحد", "بأحد", "لأحد", "وأحد"))
_FEMININE_PARTITIVES: Final = frozenset(fold(w) for w in ("إحدى", "بإحدى", "لإحدى", "وإحدى"))


def _partitive_disagrees(head: Token, relative: Token) -> bool:
    """'أحد ... التي', 'إحدى ... الذي': a partitive whose gender the relative pronoun does not share."""
    feminine = relative.key.endswith("تي")
    return (head.key in _MASCULINE_PARTITIVES and feminine) or (
        head.key in _FEMININE_PARTITIVES and not feminine
    )


_CONSTRUCT_REACH: Final = 2  # indefinite nouns of a body's name before its genitive ('جمعية حماية المستهلك')
_SINGULAR_RELATIVES: Final = frozenset(
    fold(w) for w in ("الذي", "التي", "والذي", "والتي")
)  # a body is singular


def _body_in_construct(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """The index of a body's head noun in construct before the definite noun at `start`, or 0."""
    for m in range(start - 1, max(-1, start - 1 - _CONSTRUCT_REACH), -1):
        token = tokens[m]
        if not token.is_alpha or token.definite:
            return 0
        key = token.key[_glued_preposition(token, lex) :]
        if _is_body(key, lex):
            return m
    return 0


def _glued_preposition(token: Token, lex: Lexicon) -> int:
    """1 when a ل or ب is glued to a body's noun ('لنقابة', 'بجمعية'), else 0."""
    key = token.key
    return int(key[:1] in "لب" and not _is_body(key, lex) and _is_body(key[1:], lex))


def _glued_name(token: Token, lex: Lexicon) -> bool:
    """'لحداد', 'بسامر': ل or ب glued to an indefinite word; before الذي it can only be a proper name,
    the one definite noun an indefinite construct ('بديل لحداد') ends in."""
    key = token.key
    if not token.is_alpha or token.definite or key[:1] not in "لب" or len(key) < 5 or key.endswith("ه"):
        return False
    rest = Token(token.text[1:], token.start, token.end, key[1:])
    return not (_not_name(key[1:], lex) or _noun_head(key[1:], lex) or is_verbal_noun(rest, lex))


def _quantified_construct(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """'أحد موظفي | الوزارة': a quantifier and an indefinite plural in construct before the definite noun."""
    noun, quantifier = tokens[start - 1], tokens[start - 2]
    if not noun.is_alpha or noun.definite or not quantifier.is_alpha:
        return False
    key = quantifier.key
    return lex.has_word("quantifiers", key) or (key[:1] in "بل" and lex.has_word("quantifiers", key[1:]))


def _unnamed_head(token: Token, lex: Lexicon) -> bool:
    """'جار', 'أحد', 'مسؤول': an indefinite head that names no one, before a genitive."""
    if not token.is_alpha or token.definite:
        return False
    return lex.has_word("anonymous_heads", token.key) or lex.has_word("quantifiers", token.key)


_NOT_VERBS: Final = (
    "subject_stops",
    "time_words",
    "titles",
    "anonymous_heads",
    "organization_heads",
    "document_heads",
    "places",
    "complementizers",
    "leading_particles",
    "subject_openers",
    "quantifiers",
)
_SENTENCE_ENDS: Final = frozenset(".!?؟")


def clause_subject(
    tokens: list[Token], i: int, lex: Lexicon, feminine: bool | None
) -> tuple[int, int] | None:
    """'وتفقدت الوزيرة المستشفى، وقالت إن ...': the subject of the verb opening the cue's sentence.

    An elided subject refers to the subject of the preceding verb of its sentence, whatever the
    verb (زار, أصدر, استقبل), when the two agree in gender; None when the sentence opens otherwise.
    """
    start = i
    while start > 0 and tokens[start - 1].text not in _SENTENCE_ENDS:
        start -= 1
    opening = start
    start = _clause_start(tokens, start, i, lex)
    if i - start < 3:
        return None
    if any(tokens[k].key in _CONTRASTS for k in range(start + 1, i - 1)):
        return None  # '، لكن المتحدث قال ...، مضيفا': the cue's clause is not the sentence's first
    framed = _kana_qad_subject(tokens, start, i, lex)
    if framed is not None:
        return framed
    verb = tokens[start]
    key = strip_conjunction(verb.key)
    hamzated = strip_diacritics(verb.text).endswith("أت")  # 'برأت', 'بدأت': a verb, no plural in ات
    commenting = lex.has("commenting_lemmas", _cue_lemma(verb, lex))  # 'ورد', two letters once folded
    act = lex.has("action_verbs", key)  # 'التقت', 'التقى': a verb spelt with ال
    if not verb.is_alpha or (verb.definite and not act) or not 3 - commenting <= len(key) <= 6:
        return None
    if key.endswith(("ه", "ا")):
        return None
    if key.endswith("ات") and not hamzated:
        return None
    cue = (key in lex.cues or verb.key in lex.cues) and start == opening  # else a cue that said nothing
    cue = cue and not commenting  # 'وردت اللجنة في بيان، قالت فيه', 'وعلق المدرب على الهزيمة مؤكدا'
    if cue or any(lex.has(name, key) for name in _NOT_VERBS):
        return None
    if feminine is not None and key.endswith("ت") != feminine:
        return None
    if start + 1 < i and prepositional(tokens[start + 1], lex):
        return None  # 'فيما يتعلق بدفع الغرامة، لكنه أكد': the verb has a complement, no subject
    end = min(read_subject(tokens, start + 1, lex), i)
    if end <= start + 1 or any(
        not (t.is_word or t.text in QUOTE_MARKS or t.text in "()#") for t in tokens[start + 1 : end]
    ):
        return None  # an alias in brackets or quotes ('وزارة الدفاع (الوزارة)') stays in one subject
    core = core_subject_end(tokens, start + 1, end, lex)
    if core - start == 3 and _dual_then_object(tokens, start + 1):
        core -= 1  # 'وزارت الطبيبتان المخيم': a definite dual takes no genitive; the object follows
    if (
        core - start > 3
        and (core == end or not tokens[core - 1].definite)
        and not is_given_name(tokens[core - 1].key)
        and not (core < end and _given_then_family(tokens, core - 1))  # 'الوزيرة سلمى حداد | المستشفى'
        and _object_noun(tokens, core - 1)
    ):
        core -= (
            1  # 'وفد البنك', or a definite last word the name ran into; 'خالد النمر المستشفى' stops before
        )
    if core > start + 2 and lex.has("action_verbs", key) and _place_in_maqsura(tokens, start + 1, lex):
        core = start + 2  # 'افتتح المحافظ المستشفى': a noun of place in ى, no adjective of the title
    if core > start + 2 and lex.has("action_verbs", key) and construct_object(tokens, start + 1, lex):
        core = start + 2  # 'استقبل الرئيس وفد البنك', 'زار الوزير مخيم اللاجئين': the act's object
    return (start + 1, core) if core > start + 1 else None  # 'أدت هجمات إلى': no one, a common noun


def _place_in_maqsura(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A definite title at k, then a definite noun of place ending in ى ('المستشفى', 'الملتقى',
    'المبنى'): no participle or nisba ends so, so it is the verb's object, not the title's adjective."""
    title, after = tokens[k], tokens[k + 1]
    if not title.definite or title.key not in lex.title_forms or not after.definite:
        return False
    return strip_diacritics(after.text).endswith("ى") and after.key.startswith("الم")


_OBJECT_GENITIVE_HEADS: Final = (
    "organization_heads",
    "media_heads",
    "place_heads",
    "document_heads",
    "people_plurals",
)


def construct_object(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A definite title at k, then a noun that is no given name in construct with a body, place,
    document or group ('الرئيس | وفد البنك', 'الوزير | مخيم اللاجئين'): that noun opens the verb's
    object; a family name ('الوزير نبيه الحسن') names no body."""
    if k + 2 >= len(tokens):
        return False
    title, noun, genitive = tokens[k], tokens[k + 1], tokens[k + 2]
    if not title.definite or title.key not in lex.title_forms:
        return False
    if noun.definite or not noun.is_alpha or is_given_name(noun.key) or not genitive.key.startswith("ال"):
        return False
    bare = genitive.key[2:]
    return any(lex.has_word(name, bare) or lex.has(name, bare) for name in _OBJECT_GENITIVE_HEADS)


def _dual_then_object(tokens: list[Token], k: int) -> bool:
    """'الطبيبتان المخيم', 'الوزيران الاتفاق': a definite dual, then a definite word that is no dual
    adjective agreeing with it: the verb's object."""
    dual, after = tokens[k], tokens[k + 1]
    if not (dual.definite and after.definite) or not dual.key.endswith(("ان", "تان")):
        return False
    return not after.key.endswith(("ان", "ين"))


def _given_then_family(tokens: list[Token], k: int) -> bool:
    """A two-word name ending at k, a given name after a word that is none: 'الوزيرة سلمى حداد', not
    'كمال عمر وفد' (a name of two given names, then the object's head)."""
    return k >= 2 and is_given_name(tokens[k - 1].key) and not is_given_name(tokens[k - 2].key)


def manner_adverb(token: Token, lex: Lexicon) -> bool:
    """'قطعا', 'بشدة', 'بوضوح': an adverb of how something was said (not a time noun like 'صباح')."""
    key = token.key
    return lex.has_word("time_words", key) and (key.endswith("ا") or key.startswith("ب"))


def prepositional(token: Token, lex: Lexicon) -> bool:
    """'بدفع', 'بالمشروع', 'في', 'وفقا', 'بحوالي': a preposition, as written ('على', not the name
    'علي'), or a word with ب glued on opens no subject."""
    key = token.key
    if lex.has_word("according_openers", key) or strip_conjunction(key) == _FI or key in _DETACHED:
        return True  # 'وفي' (but 'والي', a governor, is no 'و' + 'إلى'); 'بـ"X"': a detached ب
    if lex.has("prepositions", key):
        return key != _ALA or strip_diacritics(token.text).endswith("ى")  # 'علي' is a name
    if key[:1] in "بل" and lex.has("subject_stops", key[1:]):
        return True  # 'بحوالي', 'لدى'
    if key.startswith(("بال", "كال")) and len(key) > 4:
        return True
    if key.startswith("ب") and len(key) > 3 and governed_masdar(token, lex):
        return True
    rest = key[1:]  # 'بدفع', 'بنقل': ب and a bare verbal noun of the فعل shape (not 'بلير', 'باحث', 'بعثة')
    if key[:1] != "ب" or len(rest) != 3 or rest[0] == "ا" or rest[1] in "اوي" or rest.endswith("ه"):
        return False
    return not is_given_name(key) and not _is_body(key, lex)


def _kana_qad_subject(tokens: list[Token], start: int, i: int, lex: Lexicon) -> tuple[int, int] | None:
    """'وكان ناشطون قد تداولوا مقاطع، زاعمين أن': after كان opening the clause, the subject runs to قد
    (or to a verb of an act, 'وكان الوزير زار المدينة'),
    unless a contrast opens another clause before the cue ('، لكن المتحدث قال ...، مضيفا')."""
    if tokens[start].key not in _KANA:
        return None
    reach = range(start + 2, min(i, start + 2 + MAX_SUBJECT))
    qad = next((k for k in reach if tokens[k].key in PERFECT_PARTICLES), None)
    if qad is None:  # 'وكان الرئيس تواديرا التقى نظيره، حيث شكر': كان, its subject, then the act itself
        qad = next((k for k in reach if lex.has("action_verbs", tokens[k].key)), None)
    if qad is None or any(not tokens[k].is_word for k in range(start + 1, qad)):
        return None
    if any(lex.has("subject_openers", strip_conjunction(t.key)) for t in tokens[qad + 1 : i]):
        return None
    return start + 1, qad


PERFECT_PARTICLES: Final = frozenset(fold(w) for w in ("قد", "لقد"))


def _clause_start(tokens: list[Token], start: int, i: int, lex: Lexicon) -> int:
    """Where the clause an elided subject refers into opens: the verb after the last 'بينما' or
    'فيما' before the cue ('...، بينما نشرت الصحيفة الخبر، مشيرة'), else the sentence's first verb,
    past a negator ('ولم يوضح الاتحاد ...')."""
    for k in range(i - 3, start, -1):
        if lex.has("clause_subordinators", tokens[k - 1].key) and tokens[k].is_alpha:
            return k
    if start + 1 < i and tokens[start].key in lex.negators and not _still(tokens, start):
        return start + 1
    if prepositional(tokens[start], lex):  # 'وفي رسالته، انتقد الكاتب ...': past the fronted phrase
        comma = next((k for k in range(start + 1, i - 2) if tokens[k].text in "،,"), None)
        if comma is not None and tokens[comma + 1].is_alpha and not tokens[comma + 1].definite:
            return comma + 1
    return start


def _object_noun(tokens: list[Token], k: int) -> bool:
    """'المستشفى' in 'تفقدت الوزيرة هدى سالم المستشفى', 'وفد' before 'البنك': the verb's object."""
    token = tokens[k]
    if token.text.endswith(("ي", "ية", "يون", "يين")) or token.key.startswith("لل") or token.joined:
        return False  # a nisba, 'للمونديال' (a genitive with ل: no direct object), a hashtag's word
    return token.definite or (k + 1 < len(tokens) and tokens[k + 1].definite)


def agrees_with_relative(tokens: list[Token], i: int) -> bool:
    """Does the cue at i agree with the relative pronoun before it, so that the pronoun is its subject?"""
    return _agrees_with_relative(tokens, i)


def _agrees_with_relative(tokens: list[Token], i: int) -> bool:
    """التي قالت, الذي قال: the cue agrees in gender with the relative pronoun right before it."""
    cue = strip_conjunction(tokens[i].key)
    feminine = cue.endswith("ت") or cue.startswith("ت")
    return feminine == tokens[i - 1].key.endswith("تي")


def _adjective_like(key: str) -> bool:
    """'المنفذة', 'الأمنية': a participle (الم...) or nisba that may describe the noun before it."""
    return key.startswith("الم") or key.endswith(NISBA_ENDINGS)


RELATIVES: Final = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "والذي", "والتي", "والذين"))


_KANA: Final = frozenset(fold(w) for w in ("كان", "كانت", "وكان", "وكانت"))


def framed_subject(tokens: list[Token], i: int, lex: Lexicon, feminine: bool) -> tuple[int, int] | None:
    """'وكان الوزير قد وصف الوضع ...، حسب تصريحاته': the subject after the كان opening the cue's sentence.

    كان must agree with the possessor of the words (كان / ه, كانت / ها).
    """
    start = i
    while start > 0 and tokens[start - 1].text not in _SENTENCE_ENDS:
        start -= 1
    if tokens[start].key not in _KANA or tokens[start].key.endswith("ت") != feminine:
        return None
    end = min(read_subject(tokens, start + 1, lex), i)
    return (start + 1, end) if end > start + 1 else None


_CONTRASTS: Final = frozenset(fold(w) for w in ("لكن", "ولكن"))
_NEW_CLAUSE: Final = _CONTRASTS | {fold("بينما")}


def _after_kana(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """'وكان X قد قال', 'وكانت X ... أعلنت', 'وما زال X يقول': the subject right after كان or زال."""
    for k in range(i - 1, max(-1, i - 16), -1):
        token = tokens[k]
        if token.text in ".!?؟؛" or token.key in _NEW_CLAUSE:
            return (
                None  # '، لكن المتحدث قال': a contrast opens a clause of its own, كان before it is another's
            )
        if token.key in _STILL:  # 'وما زال سكان الحي يطالبون': the verb right after the subject
            end = read_subject(tokens, k + 1, lex)
            return (k + 1, end) if k + 1 < end == i else None
        if token.key in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"):
            if k + 1 < i and lex.has("time_words", tokens[k + 1].key):
                return None  # 'X كانت دائما تنفي': an adverb, the subject stood before كان
            end = read_subject(tokens, k + 1, lex)
            return (k + 1, end) if k + 1 < end <= i else None
    return None


def _described_before(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """The word before في/من heads a description, or is the plural of a partitive ('أحد المهندسين في
    الشركة', 'بعض السكان في الحي'): one of a group, placed by the phrase."""
    if _describes(tokens[m].key, lex):
        return True
    return m > 0 and tokens[m].definite and lex.has_word("quantifiers", tokens[m - 1].key)


def _describes(key: str, lex: Lexicon) -> bool:
    """A head that في/من may continue: 'مسؤولون في الإدارة', 'مسؤولا في الوزارة', 'اللجان في المدينة'."""
    lists = ("anonymous_heads", "quantifiers", "titles", "organization_heads")
    return any(lex.has_noun(name, key) for name in lists)


def core_subject_end(tokens: list[Token], j: int, end: int, lex: Lexicon) -> int:
    """Where the subject of a verb with a direct object ends: 'نفى وزير الطاقة نادر الصافي | عزم ...'.

    A role is followed by a name of one to three words; a named body by its adjectives, genitives and
    place; a definite noun after a definite word that is none of these opens the object ('انتقد
    الوزير القرار').
    """
    core = _core_end(tokens, j, end, lex)
    return (
        _genitives_end(tokens, core, end, lex) if lex.has_word("organization_heads", tokens[j].key) else core
    )


def _core_end(tokens: list[Token], j: int, end: int, lex: Lexicon) -> int:
    """`core_subject_end` before a body's genitives and place."""
    head = tokens[j].key
    k = j + 1
    tagged = _hashtag_name_end(tokens, j, end)
    if tagged:
        return tagged  # 'مدربته السابقة #نادية_الشريف': a hashtag name closes the subject
    if k < end and tokens[k].text in QUOTE_MARKS and _names_body(tokens, k, lex):
        quoted = _short_quoted_name(tokens, k, True)
        if k < quoted <= end:
            return _adjectives_end(tokens, quoted, end, lex)  # 'مجموعة "طيران الشرق" الخميس'
    if lex.has_word("titles", head) or lex.has("titles", head.removeprefix("ال")):
        end = next((m for m in range(j + 1, end) if object_after_definite(tokens, m, lex)), end)
        noun = object_noun_after(tokens, j, end, lex)
        k = 1 + max(m for m in range(j, noun) if m == j or lex.has_word("titles", tokens[m].key))
        while k < end and (
            tokens[k].definite
            or lex.has("role_joiners", tokens[k].key)
            or lex.has("titles", tokens[k].key)
            or (lex.has_word("organization_heads", tokens[k].key) and k + 1 < end and tokens[k + 1].definite)
        ):  # 'عضو مجلس المحافظة علي حسين': a body in construct belongs to the role
            k += 1
        if feminine_noun_after_title(tokens, k, end):
            return k  # 'أعلن الرئيس | حالة الطوارئ': no name, the object follows the title
        return _placed_role_end(tokens, _name_end(tokens, k, end, lex), end, lex)
    if lex.has_word("places", head) or lex.has_word("outlets", head):
        while tokens[j].definite and k < end and tokens[k].definite and tokens[k].key.endswith(("ي", "يه")):
            k += 1  # 'المملكة العربية السعودية': a definite place and its singular adjectives
        return k
    if lex.has_word("quantifiers", head) or not tokens[j].definite:
        if lex.has_word("quantifiers", head) or lex.has_word("anonymous_heads", head) or _is_body(head, lex):
            if k < end and not _is_body(head, lex) and _construct_noun(tokens, k, end, lex):
                return k  # 'اتهم ناشطون | قوات الأمن'; a body's genitive names it ('جيش جنوب السودان')
            k += 0 if k < end and tokens[k].key in _WITHIN else 1
            partitive = lex.has_word("quantifiers", head) and tokens[j + 1].key == "من"  # 'عدد من X'
            if k + 1 < end and tokens[k].key in _WITHIN and (partitive or _placed_in(tokens, k, lex)):
                return _nisba_end(tokens, _construct_end(tokens, k + 1, end), end, definite=True)
            k = _nisba_end(tokens, _name_words_before_nisba(tokens, k, end, lex), end)
        return _adjectives_end(tokens, _name_end(tokens, j, end, lex) if k == j + 1 else k, end, lex)
    return _adjectives_end(tokens, k, end, lex)


_MORE_NAME_WORDS: Final = 2  # further words of a body's name after its first ('شركة X Y Z الألمانية')


def _name_words_before_nisba(tokens: list[Token], k: int, end: int, lex: Lexicon) -> int:
    """'شركة كروغر باخ الألمانية': a body's name runs on through indefinite words when a definite
    nisba follows them, which describes the named body (an indefinite object takes no definite
    adjective); else k."""
    m = k
    while m < end and m - k < _MORE_NAME_WORDS and tokens[m].is_alpha and not tokens[m].definite:
        if is_verbal_noun(tokens[m], lex) or _ends_phrase(tokens[m].key, lex):
            return k
        m += 1
    return m if m > k and m < end and definite_nisba(tokens[m]) else k


def definite_nisba(token: Token) -> bool:
    """'الألماني', 'الجزائرية': a definite adjective of origin, long enough that its ي or ية is the
    nisba's and not a noun's own ending ('الهدية', 'القضية')."""
    key = token.key
    return token.definite and (
        (key.endswith("ي") and len(key) >= 6) or (key.endswith("يه") and len(key) >= 8)
    )


def _genitives_end(tokens: list[Token], k: int, end: int, lex: Lexicon) -> int:
    """Past a body's لل- genitives and where it is, with their adjectives: 'الهيئة العامة للأرصاد
    الجوية', 'مديرية الصحة بالمنطقة الشرقية' name one body; people after لل- are those spoken to
    ('للمواطنين')."""
    while k < end:
        key = tokens[k].key
        if key.startswith("لل") and len(key) > 4 and not _addressee_noun(key[2:], lex):
            k = _adjectives_end(tokens, k + 1, end, lex)
        elif key.startswith("ب") and (lex.has("place_heads", key[1:]) or lex.has("places", key[1:])):
            k += 1
            if k < end and not tokens[k - 1].definite and tokens[k].is_word:
                k += 1  # 'بمحافظة الجيزة', 'بمدينة حلب': a noun in construct takes the area's name
            else:
                k = _adjectives_end(tokens, k, end, lex)  # 'بالمنطقة الشرقية'

        else:
            break
    return k


def _addressee_noun(bare: str, lex: Lexicon) -> bool:
    """A plural of people or a sound plural ('مواطنين', 'صحفيين'): those a body speaks to, not its name."""
    return lex.has("people_plurals", bare) or lex.has("people_plurals", "ال" + bare) or bare.endswith("ين")


def _hashtag_name_end(tokens: list[Token], j: int, end: int) -> int:
    """After the last hashtag of a subject, the end of its joined words, else 0."""
    mark = next((m for m in range(end - 2, j, -1) if tokens[m].text == "#"), None)
    if mark is None or not tokens[mark + 1].is_alpha:
        return 0
    k = mark + 2
    while k < end and tokens[k].joined:
        k += 1
    return k


def object_noun_after(tokens: list[Token], j: int, end: int, lex: Lexicon) -> int:
    """Where a verbal noun after a definite title opens the verb's object ('انتقد النائب أداء الوزير'):
    a definite title takes no genitive; after an indefinite one it is the genitive ('رئيس تحرير')."""
    if not tokens[j].definite:
        return end
    return next((m for m in range(j + 1, end) if is_verbal_noun(tokens[m], lex)), end)


_WITHIN: Final = frozenset({"في", "من"})  # 'مصدر (مطلع) في الوزارة': where a source is placed, part of it


def _construct_noun(tokens: list[Token], k: int, end: int, lex: Lexicon) -> bool:
    """'اتهم ناشطون | قوات الأمن': an indefinite noun before a definite one is in construct with it,
    the verb's object, unless it is an adjective (مطلع، أمني، رفيع المستوى)."""
    word = tokens[k]
    if word.definite or k + 1 >= end or not tokens[k + 1].definite or not word.is_alpha:
        return False
    key = word.key
    return not (key.startswith("م") or key.endswith(NISBA_ENDINGS) or lex.has("source_adjectives", key))


def _placed_in(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Does في/من at k place a source: 'مصادر في الوزارة', 'قادة في الحركة X', 'مسؤول من وزارة المالية'?
    Not 'في تصريحات' (where it spoke) nor 'يحذر خبراء من أضرار' (the verb's complement after من,
    unless a body, a place or a definite noun follows)."""
    after = tokens[k + 1]
    if tokens[k].key == "في":
        return after.is_alpha and not lex.has_word("speech_contexts", after.key)
    return after.definite or _is_body(after.key, lex) or lex.has_word("places", after.key)


def _construct_end(tokens: list[Token], k: int, end: int) -> int:
    """Past one noun and, when it is indefinite, its chain of genitives up to the definite one that
    closes it: 'الوزارة', 'وزارة المالية', 'أعضاء مجلس إدارة الاتحاد'."""
    if k >= end or tokens[k].definite:
        return min(k + 1, end)
    m = k + 1
    while m < end and m - k < _CONSTRUCT_CHAIN and tokens[m].is_alpha and not tokens[m].definite:
        if tokens[m].key.endswith(NISBA_ENDINGS):
            return _nisba_end(tokens, m, end)  # 'ناشطين حقوقيين': an adjective closes an indefinite phrase
        m += 1
    return m + 1 if m < end and tokens[m].definite else k + 1


_CONSTRUCT_CHAIN: Final = 4  # indefinite nouns in one construct chain before its definite genitive


def _nisba_end(tokens: list[Token], k: int, end: int, definite: bool = False) -> int:
    """Past adjectives of origin, indefinite ('مصدر دبلوماسي تركي', 'مسؤولون أمريكيون') or, after a
    definite noun, definite ('في الخارجية الأمريكية')."""
    taken = 0
    while k < end and taken < 2 and tokens[k].definite == definite and tokens[k].key.endswith(NISBA_ENDINGS):
        k += 1
        taken += 1
    return k


NISBA_ENDINGS: Final = ("ي", "يه", "يون", "يين")


def _is_body(head: str, lex: Lexicon) -> bool:
    return any(lex.has_word(name, head) for name in ("organization_heads", "document_heads", "media_heads"))


def _name_end(tokens: list[Token], k: int, end: int, lex: Lexicon) -> int:
    """After up to three name words; a family name with ال ends the name, a verbal noun, a claim
    noun ('وصف المتحدث رواية الشرطة') or an object's head noun ('قرار', 'خطة') is no name."""
    taken, start = 0, k
    while k < end and taken < 3 and tokens[k].text not in "،,؛:":
        key = tokens[k].key
        claim = lex.has("claim_nouns", key) and k > 0 and tokens[k - 1].definite  # not 'وكالات الأنباء'
        common = claim or lex.has_word("object_heads", key)  # 'انتقد النائب | قرار رفع الضرائب'
        stop = (lex.has("subject_stops", key) or common) and not is_name_word(tokens, k, lex)
        if (
            is_verbal_noun(tokens[k], lex)
            or key.startswith(("بال", "لل"))
            or stop
            or _accusative_noun(key, lex)
        ):
            break
        if taken and key.endswith(_POSSESSED_FEMININE) and not is_given_name(key):
            break  # 'سامي أبو القاسم رغبته': a possessed noun is the verb's object
        if (
            taken
            and tokens[k].definite
            and any(is_given_name(tokens[m].key) for m in range(start, k))
            and _object_head_noun(key, lex)
        ):
            break  # 'علي حسين الوزارة', 'نبيه حداد الحكومة': a body or act after the name is the object
        if (lex.has("name_particles", key) or opens_compound(tokens, k)) and k + 1 < end:
            k += 2
            taken += 1
            continue
        k += 1
        taken += 1
        if tokens[k - 1].definite:
            break
    opened = sum(tokens[m].text in QUOTE_MARKS for m in range(start, k)) % 2
    return k + 1 if opened and k < len(tokens) and tokens[k].text in QUOTE_MARKS else k  # 'شركة "النور"'


_POSSESSED_FEMININE: Final = ("ته", "تها", "تهم", "تهما")  # folded: رغبته, نيتها, مطالبتهم
_OBJECT_NOUN_HEADS: Final = ("organization_heads", "document_heads", "media_heads", "claim_nouns")


def _object_head_noun(key: str, lex: Lexicon) -> bool:
    """A definite body, document, claim or act ('الوزارة', 'البيان', 'الاتفاق'): no family name, the
    verb's object once a name has begun."""
    return any(lex.has(name, key) for name in _OBJECT_NOUN_HEADS) or lex.has("object_heads", key[2:])


_ACCUSATIVE_HEADS: Final = (
    "guest_nouns",
    "people_nouns",
    "anonymous_heads",
    "organization_heads",
    "document_heads",
    "object_heads",
    "claim_nouns",
    "masdar_objects",
)


def _accusative_noun(key: str, lex: Lexicon) -> bool:
    """'وفدا', 'بيانا', 'قرارا': a common noun with the accusative ا is the verb's object, no name."""
    if not key.endswith("ا") or len(key) < 4 or is_given_name(key):
        return False
    return any(lex.has(name, key[:-1]) for name in _ACCUSATIVE_HEADS)


def _placed_role_end(tokens: list[Token], k: int, end: int, lex: Lexicon) -> int:
    """'رئيس قسم الجيولوجيا | بالجامعة الوطنية': بـ + a definite body or place after a role says where
    the role is held; it and its adjectives belong to the subject, not to the verb's object."""
    if k >= end or not tokens[k].key.startswith("بال") or len(tokens[k].key) < 5:
        return k
    noun = tokens[k].key[1:]
    if not (_is_body(noun, lex) or lex.has("places", noun) or lex.has("places", noun[2:])):
        return k
    k += 1
    while k < end and tokens[k].definite and _body_name_word(tokens[k].key):
        k += 1  # 'بالمعهد القومي للبحوث الفلكية والجيوفيزيائية': its adjectives and لل- genitives
    return k


def _body_name_word(key: str) -> bool:
    """An adjective of origin or kind ('القومي', 'والجيوفيزيائية') or a لل- genitive ('للبحوث') that
    goes on with a body's name."""
    return strip_conjunction(key).endswith(NISBA_ENDINGS) or key.startswith("لل")


def _adjectives_end(tokens: list[Token], k: int, end: int, lex: Lexicon) -> int:
    """Past up to two definite adjectives: 'الأمم المتحدة', not 'الجيش الأنباء', 'المعارضة الحكومة' or a
    definite verbal noun ('الحكومة الإضراب')."""
    taken = 0
    while k < end and taken < 2 and tokens[k].definite and not _heads_own_phrase(tokens, k, lex):
        if tokens[k].key.startswith(PREPOSITION_ARTICLES):
            break  # 'للطاقة', 'بالمنطقة': a preposition's noun describes nothing
        bare = tokens[k]
        after_definite = k > 0 and tokens[k - 1].definite  # after an indefinite noun it is a genitive
        if after_definite and is_verbal_noun(Token(bare.text[2:], bare.start, bare.end, bare.key[2:]), lex):
            break  # 'وصفت الحكومة الإضراب': a definite verbal noun is the object, no adjective
        if object_after_definite(tokens, k, lex):
            break  # 'انتقدت النقابة الإجراءات'
        k += 1
        taken += 1
    return k


def object_after_definite(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A definite noun right after a definite one that is neither its adjective, a title nor a family
    name: no genitive follows a definite noun, so it opens the verb's object ('انتقد الوزير القرار')."""
    token = tokens[k]
    key = token.key
    if not key.startswith("ال") or not token.definite or not tokens[k - 1].definite or key in lex.title_forms:
        return False
    bare = key[2:]
    if is_given_name(bare) or lex.has("title_adjectives", bare) or lex.has("plain_adjectives", bare):
        return False
    if _feminine_after_masculine_title(tokens, k, lex):
        return True  # 'انتقد الوزير الميزانية': a feminine word agrees with no masculine title
    if _adjective_like(key) and not _mufaala(bare):
        return False  # 'المتحدة' describes; 'المباراة', 'المفاوضات' (verbal nouns) are objects
    if k + 1 < len(tokens) and is_given_name(tokens[k + 1].key):
        # a role's word before the holder's name ('رئيس الوزراء العراقي حيدر'); على is no name
        return tokens[k + 1].key == _ALA and not is_name_word(tokens, k + 1, lex)
    return True


def _feminine_after_masculine_title(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A definite word in ية right after a definite masculine title ('الوزير الميزانية', 'المدير
    الاتفاقية'): an adjective of the title would agree with it in gender, so the word is no adjective."""
    title = tokens[k - 1].key
    return (
        title.startswith("ال")
        and title in lex.title_forms
        and not title.endswith(("ه", "ات"))
        and tokens[k].key.endswith("يه")
    )


def _mufaala(bare: str) -> bool:
    """مباراة, مفاوضات: the verbal noun measure مفاعلة (singular or plural), a noun, never an adjective."""
    if len(bare) < 6 or bare[0] != "م" or bare[2] != "ا":
        return False
    return (len(bare) == 6 and bare[-1] == "ه") or (len(bare) == 7 and bare.endswith("ات"))


_NOT: Final = fold("غير")
_ALA: Final = fold("على")
_FI: Final = fold("في")
_DETACHED: Final = frozenset(("ب", "ل", "ك", "و", "ف"))  # a preposition or conjunction written apart


def judged_object(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'اعتبرت النقابة القرار ظالما', 'الإجراء غير قانوني': a definite noun and an accusative predicate
    (indefinite, in ا, no adverb of time or manner) or غير after it: the object judged and the judgment.
    The noun follows a definite one and is no adjective, title or name ('غسان العلي رسميا' is a name)."""
    if m + 1 >= len(tokens) or m == 0 or not object_after_definite(tokens, m, lex):
        return False
    return _judgment_after(tokens, m, lex)


def judged_right_after(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'أما الحكومة فاعتبرت الإضراب غير قانوني': the same, the subject before the verb, so the definite
    noun right after the verb is the object judged."""
    token = tokens[m]
    if m + 1 >= len(tokens) or not token.definite or token.key in lex.title_forms:
        return False
    return _judgment_after(tokens, m, lex)


def _judgment_after(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """غير, or an indefinite accusative in ا that is no adverb of time or manner, right after m."""
    after = tokens[m + 1]
    if after.key == _NOT:
        return True
    key = after.key
    if not after.is_alpha or after.definite or lex.has("time_words", key):
        return False
    feminine = tokens[m].key.endswith(_FEMININE_ENDS) and key.endswith(_FEMININE_ENDS)
    return key.endswith("ا") or feminine  # 'القضية سياسية': a feminine predicate agrees, its case unwritten


_FEMININE_ENDS: Final = ("ة", "ه")


def _heads_own_phrase(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A noun head at k ('الحكومة الإضراب'), unless a nisba after a genitive that heads nothing:
    'الشؤون الخارجية', 'التجارة الداخلية' describe, though 'الخارجية' alone may name a ministry."""
    key = tokens[k].key
    if not _noun_head(key, lex):
        return False
    return not (
        key.endswith(NISBA_ENDINGS)
        and k > 0
        and tokens[k - 1].definite
        and not _noun_head(tokens[k - 1].key, lex)
    )


def _noun_head(key: str, lex: Lexicon) -> bool:
    """A word that heads a noun phrase of its own (a body, document, source or title)."""
    return any(lex.has(name, key) for name in _NOUN_HEADS)


_NOUN_HEADS: Final = (
    "organization_heads",
    "document_heads",
    "media_heads",
    "anonymous_heads",
    "titles",
    "claim_nouns",
)
_MASDAR: Final = re.compile(
    r"است\w{3,}|ا\w{2}ا\w|ت\w{2}ي\w|ان\w{2}ا\w|ا\wت\wا\w|م\wا\w[^و]ه"
)  # ...، مفاعلة (not محاموه)
_POSSESSED_MASDAR: Final = re.compile(r"ت\wا\w{2}|ت\w{3}")  # تفاعل, تفعّل ('تفاؤله', 'تخوفها'), with a pronoun


def _place_after_definite_title(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """A definite title ('الوزير') governs no place name: the place after it is the verb's object."""
    title, after = tokens[j], tokens[j + 1]
    return title.definite and lex.has_word("titles", title.key) and lex.has("places", after.key)


@cache
def _patterns(measures: frozenset[str]) -> re.Pattern[str]:
    """Word measures of the data files as one regex ('.' stands for any letter)."""
    return re.compile("|".join(m.replace(".", r"\w") for m in sorted(measures)))


def _hollow_masdar(key: str, lex: Lexicon) -> bool:
    """'إقالة', 'إعادة': the إفعال verbal noun of a hollow root, its weak middle letter dropped."""
    hollow = _patterns(lex.words["hollow_verbal_noun_patterns"])
    return bool(hollow.fullmatch(key)) and not lex.has("hollow_non_events", key)


def is_verbal_noun(token: Token, lex: Lexicon) -> bool:
    """An indefinite verbal noun ('استمرار', 'إلغاء', 'وجود', 'دعمه') is an object, not a name."""
    if token.definite:
        return False
    key = token.key
    stem = next(
        (key[: -len(p)] for p in ("هما", "ها", "هم", "ه") if key.endswith(p) and len(key) > len(p) + 2), key
    )
    if key.endswith("ا") and lex.has("masdar_objects", key[:-1]):
        stem = key[:-1]  # 'رفعا آخر', 'دعما كاملا': the accusative of an indefinite verbal noun
    possessed = stem != key and bool(_POSSESSED_MASDAR.fullmatch(stem))
    patterned = _masdar_like(key, lex) or (stem != key and _masdar_like(stem, lex))
    if not (possessed or patterned):
        return False
    if lex.has("inquiry_heads", key):
        return True  # 'تحقيق مستقل': an inquiry that may also speak as a document, yet a verbal noun
    return not (is_given_name(key) or _noun_head(key, lex))  # 'انتصار' may be a name, 'ائتلاف' a body


def _masdar_like(key: str, lex: Lexicon) -> bool:
    """A verbal noun object of the lexicon, or a word of a verbal noun's pattern (remembered by word)."""
    memo = lex.memo("masdar_like")
    found = memo.get(key)
    if found is None:
        found = memo[key] = (
            lex.has("masdar_objects", key) or _MASDAR.fullmatch(key) is not None or _hollow_masdar(key, lex)
        )
    return found


_THIRD_PERSON: Final = ("هما", "هم", "ها", "ه")
_PEOPLE_HEADS: Final = (
    "titles",
    "anonymous_heads",
    "organization_heads",
    "media_heads",
    "name_particles",
    "quantifiers",
    "people_nouns",
)


def is_possessed_object(token: Token, verb: Token, lex: Lexicon) -> bool:
    """'نفى علمه', 'أكد جاهزيته': a possessed noun naming no people is the verb's object, not its subject.

    Nouns of people keep the subject ('قال محاموه', 'قالت أسرته', 'قال شقيقها'), as do given names;
    a singular pronoun agrees with a singular verb ('نفت علمها'), so 'نفت كرمانشاه' keeps a place as
    subject; after a plural verb it is another's ('انتقدوا تصريحاتها').
    """
    key = token.key
    if token.definite or not token.is_alpha or is_given_name(key) or name_piece(key):
        return False
    written = strip_diacritics(token.text)
    suffix = next((p for p in _THIRD_PERSON if written.endswith(p) and len(key) - len(p) >= 3), None)
    if suffix is None:
        return False
    stem = key[: -len(suffix)]
    plural_verb = strip_conjunction(verb.key).endswith(("وا", "ون"))
    singular = suffix in ("ه", "ها")
    if stem.endswith(("و", "ي")) or (
        singular and not plural_verb and _feminine_verb(verb.key) != (suffix == "ها")
    ):
        return False
    return not _names_people(stem, lex)


def definite_object_first(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """'كما أعلنت السيطرة على', 'وأكد الالتزام بـ': a definite verbal noun right after the verb, with
    the preposition it governs after it, is the verb's object; the subject is elided. A family name
    with ال ('ولفت العلي إلى') has no verbal-noun shape."""
    token = tokens[j]
    if not (token.definite and token.is_alpha and token.key.startswith("ال")) or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1].key
    if not (lex.has("object_prepositions", after) or (after[:1] in "بل" and len(after) > 3)):
        return False
    bare = token.key[2:]
    if bare.endswith("ي") or is_given_name(bare) or _noun_head(bare, lex) or _names_people(bare, lex):
        return False  # 'الاستشاري': an adjective of people; 'الاتحاد': a body
    if _noun_head(token.key, lex):
        return False  # 'وحذرت الأرصاد من': a body listed only with its article
    shaped = _MASDAR.fullmatch(bare) or _hollow_masdar(bare, lex) or _mufaala(bare)
    return bool(shaped) or lex.has("masdar_objects", bare)


def _names_people(stem: str, lex: Lexicon) -> bool:
    """Does a noun without its possessive name people ('محامو', 'أسرت' -> أسرة), not a thing or act?"""
    stems = {stem, stem.replace("ؤ", "ء")}
    stems |= {s[:-1] + "ه" for s in stems if s.endswith("ت")}
    return any(lex.has_word(name, s) for name in _PEOPLE_HEADS for s in stems)


def _possessed_after_title(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A possessed noun naming no people right after a definite title ('الوزير خشيته'): no name."""
    token = tokens[k]
    if not lex.has_word("titles", tokens[k - 1].key) or token.definite or not token.is_alpha:
        return False
    if (
        token.key[:1] in "بل"
        or is_given_name(token.key)
        or name_piece(token.key)
        or is_name_word(tokens, k, lex)
    ):
        return False  # 'المتحدث باسمهم': the title's own link; 'عبدالله' is a name
    if token.key.endswith("لله"):
        return False
    written = strip_diacritics(token.text)
    suffix = next((p for p in ("هم", "ها", "ه") if written.endswith(p)), "")
    stem = token.key[: -len(suffix)] if suffix else ""
    return len(stem) >= 3 and not stem.endswith(("و", "ي", "ا")) and not _names_people(stem, lex)


def _feminine_verb(key: str) -> bool:
    """'نفت', 'تنفي': a past verb ending in ت or a present one opening with ت has a feminine subject."""
    key = strip_conjunction(key)
    return key.endswith("ت") or (key.startswith("ت") and not key.endswith(("ون", "وا")))


def own_words_of(name: str, lex: Lexicon) -> bool | None:
    """'حسب تصريحاته', 'وفق بيانها': his / her own words name no new source but the person spoken of.

    Returns whether the possessor is feminine (ها) or not (ه); None when the name is no such noun.
    """
    if " " in name:
        return None
    written = strip_diacritics(name)
    suffix = next((p for p in ("ها", "ه") if written.endswith(p) and len(written) - len(p) >= 3), None)
    if suffix is None:
        return None
    stem = fold(written[: -len(suffix)])
    stems = {stem, stem[:-1] + "ه"} if stem.endswith("ت") else {stem}
    return suffix == "ها" if any(lex.has("speech_contexts", s) for s in stems) else None


def kin_of(name: str, lex: Lexicon) -> tuple[str, bool] | None:
    """'محاموه' -> ('محامو', False), 'أسرتها' -> ('أسرة', True): the people of someone a pronoun refers to.

    Returns the noun as written in construct and whether the possessor is feminine; None for other names.
    """
    if " " in name.strip():
        return None
    written = strip_diacritics(name.strip())
    suffix = next((p for p in ("ها", "ه") if written.endswith(p) and len(written) - len(p) >= 2), None)
    if suffix is None:
        return None
    stem = written[: -len(suffix)]
    stem = stem[:-1] + "ة" if stem.endswith("ت") else stem
    return (stem, suffix == "ها") if lex.has_word("kin_nouns", fold(stem)) else None
