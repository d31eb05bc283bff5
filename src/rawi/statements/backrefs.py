"""Back-references: 'الوكالة', 'التقرير', 'المصدر' take the name given earlier in the article.

'تقرير الشركة' and 'بيان الوكالة' speak for their owner, itself resolved the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from rawi.statements.lexicon import Lexicon
from rawi.statements.names import is_given_name
from rawi.statements.naming import describe, document_issuer
from rawi.statements.quotes import QUOTE_MARKS
from rawi.statements.speakers import Source, is_verbal_noun, read_subject, read_subject_before
from rawi.statements.tokens import Token, fold, strip_conjunction

OWNED: Final = frozenset(fold(w) for w in ("تقرير", "بيان", "دراسة", "بيانات", "استطلاع", "إحصاءات"))
ANONYMOUS_NOUNS: Final = frozenset(fold(w) for w in ("مصدر", "مصادر"))


def _indefinite_forms(noun: str) -> set[str]:
    """تقرير -> تقرير، تقريرا، لتقرير، بتقرير, وكالة -> وكاله، لوكاله ..."""
    forms = {noun, noun + "ا"}
    return forms | {p + f for p in ("ل", "ب", "و", "ف") for f in forms}


def _bare(word: str) -> str:
    key = strip_conjunction(fold(word))
    return key[:-1] if key.endswith("ا") and key[:-1] in OWNED else key


_ISSUED: Final = frozenset(fold(w) for w in ("صادر", "صادرا", "الصادر", "صدر"))


def _issuer(owner: str) -> str:
    """'صادر اليوم عن سفارة المملكة', 'أصدرته سفارة المملكة' -> 'سفارة المملكة': who issued a statement."""
    words = owner.split()
    if words and fold(words[0]) in _ISSUED:
        return " ".join(words[words.index("عن") + 1 :]) if "عن" in words else ""
    if words and _published_it(Token(words[0], 0, 0, fold(words[0]))):
        return " ".join(words[1:])  # 'بيان أصدرته الشرطة': the subject of the verb issued it
    return owner


def _unprefixed(owner: str, lex: Lexicon) -> str:
    """'للأمم المتحدة' -> 'الأمم المتحدة', 'لوزارة الصحة' -> 'وزارة الصحة': the owner without its لـ;
    a name or place that begins with ل keeps it ('بيان لينا حداد', 'بيان لبنان الرسمي')."""
    if owner.startswith("لل") and len(owner) > 3:
        return "ال" + owner[2:]
    first = fold(owner.split(" ", 1)[0])
    if is_given_name(first) or lex.has_word("places", first):
        return owner
    return owner.removeprefix("ل").removeprefix("ـ")


def _document_adjective(word: str, lex: Lexicon, alone: bool = False) -> bool:
    """'حديثة', 'جديد', 'مشتركة': an adjective describing the document, in either gender; and, `alone`
    after it, an indefinite nisba ('تقرير أممي', 'دراسة حكومية'), which tells where it comes from and
    names no owner to resolve."""
    key = fold(word)
    nisba = not key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 3
    if alone and nisba and not is_given_name(key):
        return True
    return lex.has_adjective("document_adjectives", key)


def _bare_reference(words: list[str], noun: str) -> bool:
    """'الوكالة', 'المنظمة الأممية', 'الصحيفة البريطانية': a head with at most one definite nisba.

    'المصدر الأمني' is left to the anonymous back-references, which compare the adjective.
    """
    if len(words) == 1:
        return True
    if noun in ANONYMOUS_NOUNS:
        return False
    second = fold(words[1]) if len(words) == 2 else ""
    return second.startswith("ال") and second.endswith(("يه", "ي")) and len(second) > 5


def needs_resolving(source: Source, lex: Lexicon) -> bool:
    """Is the source a back-reference ('الوكالة') or an owned document ('تقرير الشركة')?"""
    words = source.name.split()
    head = _bare(words[0]) if words else ""
    noun = lex.maps["back_references"].get(head)
    return head in OWNED or (noun is not None and _bare_reference(words, noun))


def resolve(
    source: Source, before: list[Token], text: str, lex: Lexicon, owners: Mapping[str, Source]
) -> Source:
    """The named source a back-reference or an owned document stands for.

    `owners` maps a document noun (بيان, تقرير) to whoever last spoke 'في بيان', and the
    source nouns (مصدر, مصادر) to the last anonymous source.
    """
    words = source.name.split()
    head = _bare(words[0]) if words else ""
    if head in OWNED and len(words) > 1 and _issuer(source.name.split(maxsplit=1)[1]):
        owner_words = _unprefixed(_issuer(source.name.split(maxsplit=1)[1]), lex)
        if not owner_words or _document_adjective(owner_words.split()[0], lex, len(owner_words.split()) == 1):
            return source  # 'دراسة حديثة': the document described, not owned
        owner = resolve(Source(owner_words, None, "organization"), before, text, lex, owners)
        return Source(owner.name, source.role, "document", source.via)
    if head not in OWNED and not _bare_reference(words, lex.maps["back_references"].get(head, "")):
        return source
    noun = lex.maps["back_references"].get(head) or (head if head in OWNED else None)
    if noun is None:
        return source
    if noun in OWNED and noun in owners:
        owner = owners[noun]
        return Source(owner.name, source.role, "document", source.via)
    derived = head not in lex.words["back_references_listed"]
    found = _search(before, noun, text, lex, derived)
    if found is not None and derived and not _keeps_adjective(words, found):
        found = None  # 'الاتحاد الأوروبي' is no 'اتحاد المزارعين': the adjective must be the body's
    if found is None and noun in ANONYMOUS_NOUNS:
        found = owners.get(noun)
    if found is None:
        return source
    kind = "document" if noun in OWNED else found.kind
    if kind == "person" and (lex.has("organization_heads", noun) or lex.has("media_heads", noun)):
        kind = "organization"  # 'وقالت الشركة' after 'شركة "نوفا"': the body, whatever its name looks like
    return Source(found.name, source.role, kind, source.via or found.via)


def _keeps_adjective(words: list[str], found: Source) -> bool:
    """A back-reference with an adjective ('الوزارة السعودية') stands for a name that has it."""
    if len(words) < 2:
        return True
    adjective = fold(words[1]).removeprefix("ال")
    return any(fold(w).removeprefix("ال") == adjective for w in found.name.split())


def same_one(source: Source, lex: Lexicon) -> Source | None:
    """'المصدر نفسه', 'ذات البيان', 'نفس الوكالة': the description without its word of identity, or None.

    Such a noun points back to the one named before, so it is resolved as a back-reference.
    """
    words = source.name.split()
    if len(words) < 2:
        return None
    if lex.has("identity_words", fold(words[-1])) and fold(words[-2]).startswith("ال"):
        rest = words[:-1]
    elif lex.has_word("identity_words", fold(words[0])) and fold(words[1]).startswith("ال"):
        rest = words[1:]
    else:
        return None
    return Source(" ".join(rest), source.role, source.kind, source.via)


def is_source_noun(source: Source) -> bool:
    """'المصدر', 'المصادر': a bare source noun, which names whoever was just cited."""
    key = fold(source.name)
    return key.startswith("ال") and key[2:] in ANONYMOUS_NOUNS


def _search(before: list[Token], noun: str, text: str, lex: Lexicon, headed: bool = False) -> Source | None:
    """The last named source for `noun` before a back-reference; an outlet named alone counts too.

    `headed`: a name in construct with the head ('جامعة الوادي', not a quoted 'منصة "سراج"') keeps it."""
    forms = _indefinite_forms(noun)
    for k in range(len(before) - 1, -1, -1):
        if noun in ("وكاله", "تقرير") and lex.has("outlets", before[k].key):
            return Source(before[k].text, None, "organization")
        if before[k].key not in forms:
            continue
        if k + 1 < len(before) and _agreeing_adjective(before[k + 1], noun):
            continue
        found = _name_after(before, k + 1, noun, text, lex, headed) if k + 1 < len(before) else None
        if found is None and noun in OWNED:
            found = _publisher(before, k, text, lex)
        if (
            found is not None
            and noun not in OWNED
            and noun not in ANONYMOUS_NOUNS
            and (found.name.startswith("ال") or (headed and before[k + 1].is_alpha))
        ):
            head = before[k].text if before[k].key in (noun, noun + "ا") else before[k].text[1:]
            whole = f"{found.role} {found.name}" if headed and found.role else found.name  # 'مستشفى الملك X'
            found = Source(f"{head} {whole}", None if headed else found.role, "organization", found.via)
        if found is not None:
            return found
    return None


def _agreeing_adjective(token: Token, noun: str) -> bool:
    """'شركة متعاقدة': an adjective agreeing with the noun, not the name it is given."""
    return noun.endswith("ه") and token.key.endswith("ه") and not token.definite


_PUBLISH: Final = frozenset(
    fold(w) for w in ("نشر", "نشرت", "أصدر", "أصدرت", "وزع", "وزعت", "أعد", "أعدت", "بث", "بثت")
)


def issued_object(source: Source, tokens: list[Token], cue: int, text: str, lex: Lexicon) -> Source | None:
    """'أصدرت الشركة بيانا (رسميا) قالت فيه': a document in the accusative is the object; its issuer speaks.

    The issuer is the subject after the publishing verb, or before it ('لكن الشركة أصدرت بيانا').
    """
    words = fold(source.name).split()
    while len(words) > 1 and lex.has("document_adjectives", words[-1].removesuffix("ا")):
        words.pop()  # 'بيانا مكتوبا قالت فيه': the document's own adjectives
    key = words[0] if len(words) == 1 else ""
    if not key.endswith("ا") or strip_conjunction(key[:-1]) not in lex.words["document_heads"]:
        return None
    doc = next((m for m in range(cue - 1, max(-1, cue - 4), -1) if tokens[m].key == key), None)
    if doc is None:
        return None
    found = _publisher(tokens, doc, text, lex)
    if found is None or not found.name:
        verb = next((m for m in range(doc - 1, max(-1, doc - 8), -1) if _publishes(tokens[m])), None)
        before = read_subject_before(tokens, verb, lex) if verb is not None else None
        found = describe(tokens[before[0] : before[1]], text, lex) if before else None
    if found is None or lex.has("time_words", fold(found.name.split()[0])):
        return None
    return Source(found.name, found.role, found.kind, source.via)


_NAME_MARKS: Final = frozenset(QUOTE_MARKS) | {"#"}  # 'شركة "X"', 'شركة #X': marks inside a body's name


def _published_it(token: Token) -> bool:
    """'أصدرته', 'نشرتها': a publishing verb whose pronoun is the document before it; its subject follows."""
    key = token.key
    return any(key.endswith(p) and key[: -len(p)] in _PUBLISH for p in ("ه", "ها"))


_PUBLISHED_REACH: Final = 8  # words back from 'قال فيها' to 'تغريدة نشرها X،'


def published_by(tokens: list[Token], i: int, text: str, lex: Lexicon) -> Source | None:
    """'تغريدة نشرها الوزير، وصف فيها ...': who published the document a resumptive pronoun after the
    cue at i refers to (the subject after 'نشرها', 'أصدرته'), or None."""
    for m in range(i - 1, max(-1, i - _PUBLISHED_REACH), -1):
        if _published_it(tokens[m]):
            if m > 0 and tokens[m - 1].key[:1] == "ل" and len(tokens[m - 1].key) > 2:
                return None  # 'بيان للحزب نشرته الوكالة': the owner speaks, the publisher relays
            end = min(read_subject(tokens, m + 1, lex), i)
            return describe(tokens[m + 1 : end], text, lex) if m + 1 < end else None
        if tokens[m].text in ".؟!":
            return None
    return None


def _publishes(token: Token) -> bool:
    return strip_conjunction(token.key) in _PUBLISH


def _publisher(tokens: list[Token], k: int, text: str, lex: Lexicon) -> Source | None:
    """'نشرت منظمة العفو الدولية تقريرا': who published the report or statement at k."""
    for m in range(k - 1, max(-1, k - 8), -1):
        if strip_conjunction(tokens[m].key) in _PUBLISH:
            end = min(read_subject(tokens, m + 1, lex), k)
            return describe(tokens[m + 1 : end], text, lex) if m + 1 < end else None
        if not tokens[m].is_word and tokens[m].text not in _NAME_MARKS:
            return None
    return None


def _name_after(
    tokens: list[Token], k: int, noun: str, text: str, lex: Lexicon, headed: bool = False
) -> Source | None:
    if noun in OWNED:
        issuer = document_issuer(tokens, k - 1, lex)
        if issuer is not None:
            return Source(text[tokens[issuer[0]].start : tokens[issuer[1] - 1].end], None, "organization")
        while k < len(tokens) and lex.has("document_adjectives", tokens[k].key):
            k += 1
        if k < len(tokens) and _published_it(tokens[k]):
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is None or not after.is_alpha or lex.has("subject_stops", after.key):
                return None  # 'أصدرته من قبل ...', 'أصدرته أمس': no subject to name
            return _name_after(tokens, k + 1, "", text, lex)
        owner = k if k < len(tokens) and _owner_word(tokens[k], lex) else None
        if owner is None:
            return None
        key = tokens[owner].key
        if key.startswith("لل"):
            name = "ال" + tokens[owner].text[2:]
            return Source(name, None, "organization")
        k = owner + (1 if key.startswith("ل") else 0)
    if noun in ANONYMOUS_NOUNS:
        end = read_subject(tokens, k - 1, lex)
        phrase = text[tokens[k - 1].start : tokens[end - 1].end].rstrip(" ،,") if end > k - 1 else ""
        return Source(phrase.lstrip("وبل"), None, "anonymous") if phrase else None
    end = read_subject(tokens, k, lex)
    if end <= k:
        return None
    if k > 0 and lex.has_word("organization_heads", tokens[k - 1].key):
        end = max(end, read_subject(tokens, k - 1, lex))  # 'شركة النور للتأمين': لل goes on after a body
    if headed:  # 'نفت وزارة X تقرير المنظمة', 'حمّلت حركة X أي جهة': the name stops at the verb's object
        end = next((m for m in range(k + 1, end) if _object_word(tokens[m], lex)), end)
    if tokens[k].text in QUOTE_MARKS:  # 'صحيفة "النهار" اللبنانية': the quoted name, not its adjectives
        close = next((m for m in range(k + 2, end) if tokens[m].text in QUOTE_MARKS), end)
        end = close + 1 if close + 1 < end and tokens[close + 1].definite else end
    found = describe(tokens[k:end], text, lex)
    return found if found.name else None


_OBJECT_LISTS: Final = ("document_heads", "claim_nouns", "object_heads", "quantifiers", "claim_determiners")


def _object_word(token: Token, lex: Lexicon) -> bool:
    """A word that opens a verb's object rather than going on with a body's name: a verbal noun, a
    document, claim or object noun, a quantifier or determiner ('تقرير', 'أي', 'كل')."""
    key = token.key
    return is_verbal_noun(token, lex) or any(lex.has_noun(name, key) for name in _OBJECT_LISTS)


def _owner_word(token: Token, lex: Lexicon) -> bool:
    """لوكالة, للوزارة, or an outlet's name: who a report or statement belongs to."""
    key = token.key
    if key.startswith("ل") and len(key) > 3:
        return True
    if lex.has("outlets", key):
        return True
    lists = ("subject_stops", "time_words", "document_adjectives")
    if key.endswith(("ته", "ها", "هم")):
        return False
    return token.is_alpha and not token.definite and not any(lex.has(name, key) for name in lists)


_PLURAL_ENDINGS: Final = ("ون", "ين", "ان", "ات", "و")
_LINKS: Final = frozenset(
    fold(w) for w in ("باسم", "في", "من", "لدى")
)  # 'المتحدث باسم الجيش', 'المسؤول في الوزارة'
_DEMONSTRATIVES: Final = frozenset(fold(w) for w in ("هذا", "هذه", "هؤلاء", "ذلك", "تلك"))


def anonymous_lemma(key: str, lex: Lexicon) -> str:
    """The head noun of an anonymous description, without ال and number: المصادر, مصدران -> مصدر."""
    key = strip_conjunction(key) if key.startswith(("وال", "فال")) else key
    key = key[2:] if key.startswith("ال") and len(key) > 4 else key
    lemmas = lex.maps["anonymous_lemmas"]
    if key in lemmas:
        return lemmas[key]
    for ending in _PLURAL_ENDINGS:
        base = key[: -len(ending)]
        if key.endswith(ending) and len(base) >= 3 and lex.has("anonymous_heads", base):
            return base
    return key.removesuffix("ه") if lex.has("anonymous_heads", key) and len(key) > 4 else key


def anonymous_backref(source: Source, earlier: list[Source], lex: Lexicon) -> Source | None:
    """'المصدر الأمني', 'المسؤول', 'هذه المصادر' after 'مصادر أمنية': the earlier anonymous source.

    Only a definite head with definite adjectives is a back-reference ('المواطن خميس' names one).
    With a complement ('المتحدث باسم الجيش', 'المسؤول في الوزارة') it must share a word with its
    antecedent, and with none it is left as it is ('المتحدث باسم الكرملين' may be one known person).
    The head noun is compared by lemma (مصدر / مصادر, مسؤول / مسؤولون), and an earlier source that
    shares an adjective wins over a nearer one. With no antecedent the description stays, as
    an anonymous source: a definite description of this kind identifies no one.
    """
    keys = [fold(w) for w in source.name.split()]
    if keys and keys[0] in _DEMONSTRATIVES:
        keys = keys[1:]
    linked = any(k in _LINKS for k in keys[1:])
    keys = [k[1:] if k.startswith("بال") else k for k in keys if k not in _LINKS]
    if not keys or not all(k.removeprefix("و").startswith("ال") for k in keys):
        return None
    lemma = anonymous_lemma(keys[0], lex)
    if not lex.has("anonymous_heads", lemma) and lemma not in lex.maps["anonymous_lemmas"].values():
        return None
    adjectives = {anonymous_lemma(k, lex) for k in keys[1:]}
    matching = [s for s in earlier if _head_lemma(s, lex) == lemma]
    shared = [s for s in matching if adjectives & _complement_lemmas(s, lex)]
    candidates = shared if linked else shared or matching
    if not candidates:
        return None if linked else Source(source.name, None, "anonymous", source.via)
    found = candidates[-1]
    return Source(found.name, None, "anonymous", source.via or found.via)


def _complement_lemmas(source: Source, lex: Lexicon) -> set[str]:
    """The lemmas of the words after a source's head: 'مسؤول في وزارة النقل' -> في, وزاره, نقل."""
    words = [fold(w) for w in source.name.split()[1:]]
    return {anonymous_lemma(w[1:] if w.startswith("بال") else w, lex) for w in words}


def _head_lemma(source: Source, lex: Lexicon) -> str:
    """The lemma of an anonymous source's head noun, after a quantifier: 'أحد السكان' -> ساكن."""
    words = [fold(w) for w in source.name.split()]
    if len(words) > 1 and lex.has("quantifiers", words[0]):
        words = words[1:]
    return anonymous_lemma(words[0], lex) if words else ""
