"""A source phrase as written -> name, role and kind (person, organization, anonymous, document)."""

from __future__ import annotations

import re
from typing import Final

from rawi.arabic.normalize import strip_diacritics
from rawi.statements.lexicon import DEFINITE_PREFIXES, Lexicon
from rawi.statements.names import (
    feminine_noun_after_title,
    given_names,
    is_given_name,
    is_lineage_particle,
    name_piece,
    opens_compound,
)
from rawi.statements.quotes import QUOTE_MARKS
from rawi.statements.speakers import (
    DEMONSTRATIVES,
    EACH_OF,
    RELATIVES,
    Source,
    describing_clause_end,
    describing_pronoun,
    is_verbal_noun,
    naming_clause_end,
    superlative_head,
)
from rawi.statements.tokens import Token, fold, strip_conjunction


def _strip_al(key: str) -> str:
    for prefix in DEFINITE_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 1:
            return key[len(prefix) :]
    return key


def _is_title(key: str, lex: Lexicon) -> bool:
    """A title, with or without ال and its prefixes (المتحدث, للمتحدث, متحدث)."""
    return key in lex.title_forms


def _phrase(tokens: list[Token], text: str) -> str:
    if not tokens:
        return ""
    return text[tokens[0].start : tokens[-1].end].strip(" ،,")


def split_role(tokens: list[Token], lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """(name tokens, role tokens): 'وزير الطاقة السعودي نادر الصافي' -> نادر الصافي / وزير الطاقة السعودي."""
    apposed = _apposition_split(tokens, lex)
    if apposed is not None:
        return apposed
    words = [t for t in tokens if t.is_word or t.text in QUOTE_MARKS]
    if not words:
        return [], []
    if words[0].is_word and not words[0].is_alpha:
        return [], words  # '12 نائبا', '3 مسؤولين': a count of people is a description, no name
    if _possessed_title_named(words, lex):  # 'مستشارها سامي العلي', 'محاميهم خالد يوسف'
        return words[1:], words[:1]
    if len(words) > 2 and (_possessed_title(words[0], lex) or _possessed_before_title(words, lex)):
        return _after_possessed_title(words, lex)
    named_at = next((k for k in range(1, len(words)) if is_given_name(words[k].key)), len(words))
    if named_at == len(words) and _reporter_of_outlet(words, lex):
        return [], words  # 'مراسل وكالة كيودو في الميناء': the outlet's name is the role's, no one named
    if named_at < len(words) and _genitive_holder(words, named_at, lex):
        return [], words  # 'وكيل أعمال النجم المغربي سامي العلي': the name is the star's, not the agent's
    named = _named_tail(words, lex)
    if named is not None:  # 'المزارع سعيد الحربي', 'مسؤولة الإغاثة في المنظمة هدى نصار'
        return words[named:], words[:named]
    if _closing_unlisted_name(words, lex):  # 'عضو المكتب التنفيذي للحزب الحر ضرغام المنصوري'
        return words[-2:], words[:-2]
    if lex.has_word("anonymous_heads", words[0].key) and not words[0].definite:
        return [], words
    if _body_head(words[0].key, lex):
        return [], words  # 'مكتب رئيس الوزراء': a title after a body's head is its genitive
    if lex.has("abbreviated_titles", words[0].key) and len(words) > 1:
        return words[1:], words[:1]  # 'أ.د. سامي العلي': the initials are the role
    if _is_title(words[0].key, lex) or _is_title(strip_conjunction(words[0].key), lex):
        named_at = next((k for k in range(1, len(words)) if is_given_name(words[k].key)), len(words))
        last_title = max(
            k
            for k, t in enumerate(words[:named_at])
            if k == 0 or (_is_title(t.key, lex) and not _title_family_name(words, k))
        )  # 'الوزير سامي القحطاني المستشار بالديوان': a title after the name is another role of it
        cut = last_title + _role_end(words[last_title:], lex)
        if cut < len(words) and any(_genitive_title(t.key, lex) for t in words[1:cut]):
            return [], words
        if cut < len(words) and _body_name(words[cut:], lex):
            return [], words
        if cut < len(words) and _genitive_holder(words, cut, lex):
            return [], words  # 'وكيل أعمال النجم المصري سامي العلي': the name is the star's, not the agent's
        if feminine_noun_after_title(words, cut, len(words)):
            return [], words[:cut]  # 'الرئيس حالة الطوارئ': the title, then its verb's object
        if cut < len(words) and lex.has("quantifiers", words[cut].key):
            return [], words  # 'والدة أحد الطلاب': a partitive names no one, it goes on with the role
        after = _after_quote(words, cut)
        if after != cut:
            return _quoted_tail(words, cut, after, lex)
        second = next((k for k in range(cut + 2, len(words)) if _second_role(words, k, lex)), len(words))
        return words[cut:second], words[:cut]  # 'الوزير سامي القحطاني المستشار بالديوان': the name ends
    for k in range(1, len(words)):
        if _is_title(words[k].key, lex) and words[k].is_word and _after_quote(words, k) == k:
            if _title_family_name(words, k):
                break
            return words[:k], words[k:]
    return words, []


_POSSESSED_ENDINGS: Final = ("هما", "هم", "هن", "ها", "ه")  # longest first, as written (no ة)


def _reporter_of_outlet(words: list[Token], lex: Lexicon) -> bool:
    """'مراسل وكالة ...', 'مراسلة قناة ...': a reporter noun in construct with a media head; the words
    after the head name the outlet, whatever their spelling."""
    return len(words) > 2 and _reporter_keys([w.key for w in words], lex)


def _reporter_keys(keys: list[str], lex: Lexicon) -> bool:
    """Do the folded words open with a reporter noun in construct with a media head ('مراسل قناة')?"""
    head = _strip_al(strip_conjunction(keys[0]))
    return len(keys) > 1 and lex.has("reporter_nouns", head) and lex.has_word("media_heads", keys[1])


_HEAD_LISTS: Final = (
    "organization_heads",
    "media_heads",
    "anonymous_heads",
    "document_heads",
    "places",
    "quantifiers",
    "subject_stops",
)


def _closing_unlisted_name(words: list[Token], lex: Lexicon) -> bool:
    """A role that closes with a definite word, then an indefinite word and a definite one ('... الحر
    ضرغام المنصوري'): the indefinite word begins no construct of the role (no head, title or verbal
    noun), so the two are a given name, even one not listed, and a family name with ال."""
    if len(words) < 4 or not _is_title(strip_conjunction(words[0].key), lex):
        return False
    before, given, family = words[-3], words[-2], words[-1]
    if not before.definite or given.definite or not family.definite or not given.is_alpha:
        return False
    key = given.key
    if _is_title(key, lex) or any(lex.has_word(name, key) for name in _HEAD_LISTS):
        return False
    glued = key[:1] in "بلك" and not is_given_name(key)
    return not glued and not is_verbal_noun(given, lex) and not _indefinite_nisba(given)


def _genitive_holder(words: list[Token], cut: int, lex: Lexicon) -> bool:
    """Does an agent or kin noun open the role and a definite title or epithet close its genitive, so
    that the name after them holds that title ('محامي الرئيس السابق X': X is the former president)?"""
    if words[0].definite or not lex.has_word("genitive_owner_heads", words[0].key):
        return False
    return any(
        w.definite and (w.key in lex.title_forms or lex.has("epithet_heads", w.key[2:])) for w in words[1:cut]
    )


def _second_role(words: list[Token], k: int, lex: Lexicon) -> bool:
    """A definite title after a name ('المستشار', 'الرئيس'), which opens another role of the holder,
    not a family name ('سمير القاضي' closing the phrase); or a title in construct with a noun after
    it ('سامر خليل رئيس قسم الجيولوجيا'), which no given name is ('محمد أمين المهدي')."""
    word = words[k]
    if word.definite:
        return _is_title(word.key, lex) and not _title_family_name(words, k)
    construct = k + 1 < len(words) and words[k + 1].is_alpha and lex.has("titles", word.key)
    return construct and not is_given_name(word.key)


def _possessed_title_named(words: list[Token], lex: Lexicon) -> bool:
    """A title or kin noun with a possessive pronoun, then a personal name ('مستشارها سامي العلي'):
    the possessed title is the role, the name follows it."""
    head = words[0]
    if len(words) < 2 or lex.has("role_joiners", words[1].key):
        return False  # 'ناطقة باسم': باسم no name
    if not _possessed_title(head, lex):
        return False
    if not is_given_name(words[1].key):  # 'كاتبها بوسورث', 'مدربه فيرنانديز': a name not in the list
        return len(words) <= _FOREIGN_NAME_WORDS and all(_foreign_name_word(w, lex) for w in words[1:])
    return len(words) - 1 <= _NAME_WORDS and _name_words(words[2:], lex)


_FOREIGN_NAME_WORDS: Final = 3  # a possessed title and a name of one or two words


def _foreign_name_word(word: Token, lex: Lexicon) -> bool:
    """A word that may be a name the given-name list lacks: indefinite, no accusative ا, no title, no
    time word or other word that stops a subject."""
    key = word.key
    return (
        word.is_alpha
        and not word.definite
        and not key.endswith("ا")
        and not lex.has("time_words", key)
        and _name_words([word], lex)
    )


def _after_possessed_title(words: list[Token], lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """'بطلته الممثلة سلمى العلوي', 'مدربها الإيطالي ماركو بيلي': after a possessed title, its
    adjectives or a further role, then the name."""
    k = 1
    while k < len(words) and words[k].definite and words[k].key.endswith(_NISBA_ENDINGS):
        k += 1  # 'الفرنسي'
    named = k < len(words) and not words[k].definite and len(words) - k <= _NAME_WORDS
    if named and _name_words(words[k:], lex):
        return words[k:], words[:k]
    name, role = split_role(words[1:], lex)
    return (name, words[:1] + role) if name and role else ([], words)


def _possessed_before_title(words: list[Token], lex: Lexicon) -> bool:
    """'موكله الصحفي سامي', 'جارتها الطبيبة هدى': any noun with a possessive pronoun before a definite
    title and a given name tells whose the person is; it is part of the role, not the name."""
    head = words[0]
    if head.definite or not head.is_alpha or is_given_name(head.key):
        return False
    stem = next((head.key[: -len(p)] for p in _POSSESSED_ENDINGS if head.key.endswith(p)), "")
    return len(stem) >= 3 and words[1].key in lex.title_forms and is_given_name(words[2].key)


def _possessed_title(head: Token, lex: Lexicon) -> bool:
    """'مستشارها', 'بطلته', 'محاميهم': a title or kin noun with a possessive pronoun (a written ة is none)."""
    if head.definite or not head.is_alpha or not strip_diacritics(head.text).endswith(_POSSESSED_ENDINGS):
        return False
    stem = next((head.key[: -len(p)] for p in _POSSESSED_ENDINGS if head.key.endswith(p)), "")
    stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)  # 'مستشارته': ة written ت
    heads = ("kin_nouns", "epithet_heads")
    return len(stem) >= 3 and any(_is_title(s, lex) or any(lex.has(h, s) for h in heads) for s in stems)


def _title_family_name(words: list[Token], k: int) -> bool:
    """'سمير القاضي', 'ليلى الأمير': a definite title closing the phrase right after a given name is the
    family name; a role after a name goes on ('خالد الأمين العام للحزب') or is set off by a comma."""
    if k > 0 and opens_compound(words, k - 1):
        return True  # 'عبد الأمير': the second word of a compound name
    return k == len(words) - 1 and words[k].definite and is_given_name(words[k - 1].key)


_NAME_WORDS: Final = 4  # words of a personal name after a description: 'مراد بن علي', 'عبد الله أبو زيد'


def _named_tail(words: list[Token], lex: Lexicon) -> int | None:
    """Where a personal name closes a description that no title opens ('الصياد مراد بن علي', 'مسؤولة
    الإغاثة هدى نصار'): the first given name after a definite or unnamed head, with only name words
    after it. A title or من before it ('مصادر مقربة من الرئيس سعيد') makes the name a genitive of
    the description, and a body's, people's or partitive head ('أنصار', 'مؤسسة', 'أحد') owns the
    name; an indefinite head before no genitive is a name itself ('محسن حسن'); None for any such phrase."""
    if len(words) < 2 or given_names().isdisjoint([w.key for w in words[1:]]):
        return None
    head = words[0].key
    anonymous = lex.has_word("anonymous_heads", head)
    construct = len(words) > 1 and words[1].definite and not name_piece(head)  # 'مؤلفة الرواية'
    if (
        len(words) < 2
        or not (words[0].definite or anonymous or construct)
        or (_is_title(head, lex) and not anonymous)
    ):
        return None
    if _body_head(head, lex) or any(lex.has_word(name, head) for name in _OWNING_HEADS):
        return None
    for k in range(1, len(words)):
        key = words[k].key
        if _is_title(key, lex) or key == "من" or not words[k].is_alpha:
            return None
        if is_given_name(key) and not lex.has("role_joiners", key):  # باسم is a name and 'on behalf of'
            if anonymous and not words[0].definite and k == len(words) - 1 == 1 and key.endswith("ي"):
                return None  # 'مصدر تركي': a nisba adjective of the unnamed head, no name
            if len(words) - k > _NAME_WORDS or not _name_words(words[k + 1 :], lex):
                return None
            while k > 1 and name_piece(words[k - 1].key):
                k -= 1  # 'أبو علي', 'بن علي'
            return k - 1 if k > 1 and is_lineage_particle(words[k].key) else k  # 'مراد بن علي'
    return None


_OWNING_HEADS: Final = (
    "people_nouns",
    "kin_nouns",
    "quantifiers",
)  # 'أنصار X', 'محامي X', 'أحد السكان، ويدعى X'


def _name_words(words: list[Token], lex: Lexicon) -> bool:
    """Words that can continue a personal name: no title, no word of the lexicon's phrase stops."""
    return all(
        w.is_alpha and not _is_title(w.key, lex) and not lex.has("subject_stops", w.key) for w in words
    )


def _quoted_tail(words: list[Token], cut: int, after: int, lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """(name, role) when the role's end `cut` falls inside quotation marks that close before `after`.

    A quoted name that ends the phrase after a complete role is the speaker's name
    ('المتحدث باسم الجماعة "قاري حمزة"'); after باسم, an ل- word or a bare organisation head it
    completes the role ('المتحدث باسم "يويفا"', 'رئيس "نادي موناكو للسيارات" ميشال بويري').
    """
    after = _place_phrase_end(words, after, lex)  # '"نور" في جنوب وشرق آسيا سامي': the body's region
    opening = max(k for k in range(cut) if words[k].text in QUOTE_MARKS)
    if after < len(words) and all(_genitive_l(w.key, lex) or w.definite for w in words[after:]):
        return [], words  # 'الناطق باسم شركة "نور" للطاقة': the words after the name are the body's
    before = words[opening - 1] if opening > 0 else None
    complete = before is not None and before.key != "باسم" and (before.definite or _is_title(before.key, lex))
    if after == len(words) and complete:
        return words[opening + 1 : after - 1], words[:opening]
    return words[after:], words[:after]


_PLACE_PHRASE_WORDS: Final = 5  # 'في جنوب وشرق آسيا', 'في شمال شرق البلاد'


def _place_phrase_end(words: list[Token], k: int, lex: Lexicon) -> int:
    """After a body's name in a role, 'في' + compass words and a known place ('في شمال أفريقيا')
    say where the office is: the end of that phrase, or k when none is there."""
    if k >= len(words) or words[k].key != "في":
        return k
    end = k
    for m in range(k + 1, min(len(words), k + 1 + _PLACE_PHRASE_WORDS)):
        key = strip_conjunction(words[m].key)
        if lex.has("places", key) or lex.has("places", words[m].key):
            end = m + 1
        elif not lex.has("compass_words", key):
            break
    return end


def _after_quote(words: list[Token], cut: int) -> int:
    """Move a cut that falls inside a quoted name ('رئيس "نادي موناكو للسيارات" ميشال بويري') past it."""
    opened = sum(1 for t in words[:cut] if t.text in QUOTE_MARKS) % 2 == 1
    if not opened:
        return cut
    return next((k + 1 for k in range(cut, len(words)) if words[k].text in QUOTE_MARKS), cut)


def _apposition_split(tokens: list[Token], lex: Lexicon) -> tuple[list[Token], list[Token]] | None:
    """'مدير إدارة الشرق الأوسط، جهاد أزعور' or 'محمد العلي، سفير السعودية': the comma splits."""
    comma = next((k for k, t in enumerate(tokens) if t.text in "،,؛"), None)
    if comma is None:
        return None
    first = [t for t in tokens[:comma] if t.is_word]
    second = [t for t in tokens[comma + 1 :] if t.text not in "،,؛"]
    second = second[: next((k for k, t in enumerate(second) if not t.is_word), len(second))]
    second = second[: next((k for k in range(1, len(second)) if speech_setting(second, k, lex)), len(second))]
    if not first or not second:
        return None
    if second[0].key.isdigit():  # 'المغنية، 35 عاما': an age, no name
        return split_role(first, lex)
    if _is_title(first[0].key, lex) and lex.has("partitive_heads", second[0].key):
        name, role = split_role(first, lex)  # 'المحامي فؤاد سالم، أحد أعضاء الهيئة': the name is first
        if name:
            return name, role
    if _is_title(first[0].key, lex) and not _is_title(second[0].key, lex) and len(second) <= 4:
        return second, first
    if (
        len(first) > 1
        and superlative_head(first[0])
        and _is_title(first[1].key, lex)
        and _name_words(second, lex)
    ):
        return (second, first) if len(second) <= 4 else None  # 'أقدم نائب في المجلس، مبارك سالم'
    if lex.has("quantifiers", second[0].key) and not _is_title(first[0].key, lex):
        return first, second
    if _superlative_description(first) and _is_title(second[0].key, lex):
        name, role = split_role(second, lex)  # 'ثاني أكبر مستورد للقمح، رجل الأعمال سعيد الحلبي'
        if name:
            return name, first + role
    if _is_title(second[0].key, lex) and _is_title(first[0].key, lex):
        name, role = split_role(second, lex)
        if name:
            return name, first + role
        name, role = split_role(first, lex)  # 'الدكتور سامي العلي، عضو نقابة الأطباء': the name is first
        return (name, role) if name else None
    if _is_title(second[0].key, lex):
        if len(first) > 1 and lex.has("abbreviated_titles", first[0].key):
            return first[1:], second  # 'أ.د. سامي العلي، أستاذ الطب': the initials are no name
        return first, second
    return None


def _superlative_description(words: list[Token]) -> bool:
    """'أكبر منتج للقطن', 'ثاني أكبر مستورد': a description headed by a superlative, maybe after an
    ordinal; it fits one holder but names no one."""
    return superlative_head(words[0]) or (len(words) > 1 and superlative_head(words[1]))


_SETTING_PREPOSITIONS = frozenset(fold(w) for w in ("في", "خلال", "أثناء", "عبر"))


def speech_setting(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a phrase telling where something was said opens at `k` ('في مؤتمر صحفي', 'خلال
    المقابلة'): it closes a role in apposition ('X، المتحدث باسم الحكومة في تصريحات صحفية،')."""
    if k + 1 >= len(tokens) or strip_conjunction(tokens[k].key) not in _SETTING_PREPOSITIONS:
        return False
    noun = tokens[k + 1].key
    bare = noun[2:] if noun.startswith("ال") else noun
    return lex.has("speech_contexts", noun) or lex.has("speech_contexts", bare)


def _role_end(words: list[Token], lex: Lexicon) -> int:
    """Index of the first name word after a role that opens the phrase."""
    joined = False
    for k, token in enumerate(words):
        key = token.key
        if k == 1 and lex.has("abbreviated_titles", words[0].key):
            return k  # 'د. الشمري': the name follows an abbreviated title at once
        if k == 0 or _is_title(key, lex) or token.text in QUOTE_MARKS or key in _OWN_NAME:
            joined = False
            continue
        continues = token.definite or _genitive_l(key, lex) or _in_place(key, lex) or _described(words, k)
        continues = continues or _construct_body(words, k, lex) or lex.has("title_adjectives", key)
        continues = continues or (k == 1 and _construct_title(words, lex)) or _feminine_construct(words, k)
        continues = continues or (
            key[:1] == "ب" and lex.has_word("b_titles", words[k - 1].key)
        )  # 'المتخصص بقضايا'
        if key[:1] == "ل" and is_given_name(key[1:]):
            joined = True  # 'الطبيب السابق لسامي العلي': the name is the title's genitive, not its holder
            continue
        if k == len(words) - 1 and _indefinite_nisba(token) and not words[k - 1].definite:
            continue  # 'لاعب تنس مغربي': the role's adjective closes it, no name follows
        named_place = lex.has("places", key) or lex.has("constituency_heads", words[k - 1].key)
        continues = continues or (named_place and not is_given_name(key))  # 'في مدينة حلب', 'في كابول'
        if joined or continues or lex.has("role_joiners", key):
            joined = lex.has("role_joiners", key) or (_genitive_l(key, lex) and not token.definite)
            continue
        return k
    return len(words)


def _feminine_construct(words: list[Token], k: int) -> bool:
    """'منطقة الرياض', 'مدينة حلب' in 'المتحدث باسم شرطة منطقة الرياض': a noun in ة before a definite
    genitive goes on with the role; a given name in ة ('حمزة', 'فاطمة') opens the name."""
    key = words[k].key
    after = words[k + 1] if k + 1 < len(words) else None
    if not key.endswith("ه") or after is None or not after.definite or is_given_name(key):
        return False
    return not key.endswith("لله") and not any(key.startswith(p) and len(key) > len(p) for p in _NAME_OPENERS)


_NAME_OPENERS = tuple(
    fold(w) for w in ("عبد", "أبو", "أم", "ابن", "بن")
)  # 'عبدالله', 'أبوحمزة' written as one


def _body_head(key: str, lex: Lexicon) -> bool:
    """'مكتب', 'المجلس', 'هيئة': a body's head noun that is no title as well (الفريق is a rank too)."""
    return lex.has_word("organization_heads", key) and not _is_title(strip_conjunction(key), lex)


def _construct_title(words: list[Token], lex: Lexicon) -> bool:
    """'مدافع النادي', 'مدافع إيفرتون السابق': an indefinite title is in construct, so the word after
    it is its genitive (a body or place), not the speaker's name; a given name ('د. سامي') is a name.
    """
    title, after = words[0], words[1]
    return not title.definite and len(title.key) > 2 and not name_piece(after.key) and after.is_alpha


_GENITIVE_NOUNS: Final = frozenset(
    fold(w)
    for w in (
        "منتخب",
        "نادي",
        "فريق",
        "دولة",
        "مدينة",
        "ولاية",
        "شؤون",
        "حقوق",
        "مكافحة",
        "مصالحة",
        "تنمية",
        "دراسات",
        "أبحاث",
        "رعاية",
        "حماية",
        "شرطة",
        "قوات",
        "جيش",
        "مجلس",
        "حزب",
        "فوج",
        "كتيبة",
        "فرقة",
        "قسم",
        "دائرة",
        "جهاز",
        "وحدة",
        "فرع",
        "غرفة",
        "مصلحة",
        "هيئة",
        "لجنة",
        "كلية",
        "قطاع",
    )
)
_OWN_NAME: Final = frozenset(fold(w) for w in ("باسمه", "باسمها", "باسمهم"))


_DIGITS: Final = re.compile(r"(\D)(\d)")


def _body_name(words: list[Token], lex: Lexicon) -> bool:
    """'مراسل فرانس24', 'سفير السعودية', 'مراسل وكالة X': after a role, an outlet, a country or a medium."""
    joined = " ".join(t.key for t in words if t.is_word)
    if _DIGITS.search(joined):  # a template substitution costs a Python call even when nothing matches
        joined = _DIGITS.sub(r"\1 \2", joined)
    named = lex.has("outlets", joined) or lex.has("places", joined) or lex.has("outlets", words[0].key)
    return named or lex.has_word("media_heads", words[0].key)


def _construct_body(words: list[Token], k: int, lex: Lexicon) -> bool:
    """'قائد فوج الإطفاء', 'رئيس قسم الجراحة': a body noun in construct with what follows is role."""
    if k + 1 >= len(words):
        return False
    key = words[k].key
    body = key in _GENITIVE_NOUNS or lex.has("organization_heads", key) or lex.has("media_heads", key)
    if not words[k + 1].definite:  # 'رئيس مجلس إدارة مصرف الوفاق': a chain of bodies in construct
        return body and _construct_body(words, k + 1, lex)
    return body


def _genitive_title(key: str, lex: Lexicon) -> bool:
    """للرئيس, لوزير: a title in the genitive; the name after it is that person's, not the speaker's.

    'الطبيب الخاص للرئيس X' speaks about X's doctor: X is part of the description.
    """
    if key.startswith("لل"):
        return _is_title("ال" + key[2:], lex)
    return key.startswith("ل") and len(key) > 3 and lex.has("titles", key[1:])


def _genitive_l(key: str, lex: Lexicon) -> bool:
    """لشركة, لمنتخب: a word joined by ل continues a role ('المدير التنفيذي لشركة غوغل').

    Names that begin with ل (ليلى, لمياء) do not.
    """
    if not key.startswith("ل") or len(key) <= 3:
        return False
    rest = key[1:]
    lists = ("organization_heads", "media_heads", "titles", "places", "document_heads")
    return any(lex.has_noun(name, rest) for name in lists) or rest in _GENITIVE_NOUNS


def _described(words: list[Token], k: int) -> bool:
    """'مسؤول قضائي': a nisba adjective after an indefinite title describes, it names no one."""
    return k == 1 and not words[0].definite and words[k].key.endswith(("ي", "يه")) and not words[k].definite


def _in_place(key: str, lex: Lexicon) -> bool:
    """بتونس, بلندن: 'in Tunis' continues a role ('سفير السعودية بتونس')."""
    return key.startswith("ب") and lex.has("places", key[1:])


def describe(tokens: list[Token], text: str, lex: Lexicon) -> Source:
    """The Source that a subject phrase names, with its role and kind."""
    quoted = _quoted_body_name(tokens, text, lex)
    if quoted:
        return Source(name=quoted, role=None, kind="organization")
    issuer = document_issuer(tokens, 0, lex)
    if issuer is not None:
        return Source(name=_clean(_phrase(tokens[issuer[0] : issuer[1]], text)), role=None, kind="document")
    quoted_first = _quoted_name_then_role(tokens)
    if quoted_first is not None:  # '"العلي" ضيف برنامج "ليالي الفن"': the quoted name, then its role
        close = quoted_first
        name = text[tokens[1].start : tokens[close - 1].end]
        apposed = _clean(_phrase(tokens[close + 1 :], text))
        return Source(name=name, role=apposed or None, kind=speaker_kind(name, True, lex))
    if len(tokens) == 1 and _joined_plural(tokens[0]):
        name = text[tokens[0].start + 1 : tokens[0].end]  # 'وآخرين يقولون': the people, without و
        return Source(name=name, role=None, kind="anonymous")
    if len(tokens) > 1 and tokens[0].key in DEMONSTRATIVES:
        tokens = tokens[1:]  # 'هذا المسؤول' is the official named before: the noun refers back
    if len(tokens) > 2 and tokens[0].key in EACH_OF and tokens[1].key == "من":
        tokens = tokens[2:]  # 'كل من الوزير والسفير' names the two of them
    described = next((k for k in range(1, len(tokens) - 1) if _described_after(tokens, k, lex)), None)
    if described is not None:  # 'خالد، وهو طالب في كلية الطب', 'أحمد سالم، طالب في الجامعة'
        source = describe(tokens[:described], text, lex)
        skip = 2 if describing_pronoun(tokens[described + 1]) else 1
        clause = source.role or _phrase(tokens[described + skip :], text).rstrip('"')
        return Source(source.name, clause, source.kind, source.via) if source.kind == "person" else source
    named = next((k for k in range(1, len(tokens)) if naming_clause_end(tokens, k, lex)), None)
    if named is not None:  # 'المرأة، التي عرفت نفسها باسم أم علي': the name given, the description its role
        name_tokens = [t for t in tokens[naming_clause_end(tokens, named, lex) :] if t.text not in "،,"]
        description = _phrase(tokens[:named], text)
        body = _body_head(strip_conjunction(tokens[0].key), lex)  # 'مجموعة ...، التي تحمل اسم "X"'
        kind = "organization" if body else "person"
        return Source(name=_clean(_phrase(name_tokens, text)), role=description, kind=kind)
    paired = _paired_names(tokens, text)
    if paired is not None:
        return paired
    name_tokens, role_tokens = split_role(tokens, lex)
    name = _phrase(name_tokens, text)
    role = _phrase(role_tokens, text) or None
    if not name:
        name, role = role or "", None
    name = _clean(name)
    role = role and role.replace(" #", " ").replace("_", " ").lstrip("#")  # 'لشركة #الأفق': written as words
    return Source(name=name, role=role, kind=speaker_kind(name, bool(role), lex))


_CLOSING_COMMA: Final = Token("،", 0, 0, "،")
_COMPLEMENTISER: Final = Token("أن", 0, 0, fold("أن"))


_CLOSING: Final = (Token("،", 0, 0, "،"), Token("أن", 0, 0, fold("أن")))  # where a subject's clause ends


def _described_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Is the comma at k followed by a clause describing the name before it ('، وهو طالب', '، طالب في
    الجامعة') that runs to the end of the subject? A title before the comma makes what follows its
    holder's name ('المتحدث باسم الرئاسة، X'), no description."""
    if tokens[k].text not in "،,":
        return False
    if describing_pronoun(tokens[k + 1]):
        return True
    if any(t.key in lex.title_forms or _is_title(strip_conjunction(t.key), lex) for t in tokens[:k]):
        return False
    closed = [*tokens, *_CLOSING]  # the clause runs to the subject's end, as before a complementiser
    return all(t.text not in "،," for t in tokens[k + 1 :]) and describing_clause_end(closed, k, lex) > 0


def _joined_plural(token: Token) -> bool:
    """'وآخرين', 'ومحتجون': an indefinite sound plural with و attached, alone a group of people."""
    bare = strip_conjunction(token.key)
    return (
        bare != token.key
        and token.key[:1] == "و"
        and not token.definite
        and bare.endswith(("ين", "ون"))
        and len(bare) > 4
        and not is_given_name(bare)
    )


def _paired_names(tokens: list[Token], text: str) -> Source | None:
    """'الرئيسان، الأمريكي سامي العلي والفرنسي جان دوبون': the two names, their nationalities a role."""
    comma = next((k for k, t in enumerate(tokens) if t.text in "،,"), None)
    if comma is None or comma == 0:
        return None
    words = [t for t in tokens[comma + 1 :] if t.is_word]
    second = next((k for k in range(2, len(words)) if _nisba(words[k].key.removeprefix("و"))), None)
    if second is None or not words[second].key.startswith("و") or not _nisba(words[0].key):
        return None
    if second < 2 or len(words) - second < 2:
        return None
    first_name = text[words[1].start : words[second - 1].end]
    second_name = text[words[second + 1].start : words[-1].end]
    role = f"{_phrase(tokens[:comma], text)} {words[0].text} {words[second].text[1:]}"
    return Source(name=f"{first_name} و{second_name}", role=role, kind="person")


def _indefinite_nisba(token: Token) -> bool:
    """'مغربي', 'سورية': an indefinite adjective of origin (no given name)."""
    key = token.key
    return not token.definite and key.endswith(("ي", "يه")) and len(key) > 4 and not is_given_name(key)


def _nisba(key: str) -> bool:
    """'الأمريكي', 'الفرنسي': a definite adjective of origin."""
    return key.startswith("ال") and key.endswith("ي") and len(key) > 5


SPOKEN_FOR: Final = "باسم"  # 'المتحدث باسم الوزارة'
_BODY_PRONOUNS: Final = ("ها", "ه", "هم")


def spoken_for_pronoun(name: str) -> str:
    """'متحدث باسمها' -> 'متحدث': the description before a باسم that takes a pronoun, else ''.

    The pronoun stands for a body named before, whose spokesman this is."""
    words = name.split()
    last = fold(words[-1]) if len(words) > 1 else ""
    spoken_for = fold(SPOKEN_FOR)
    if last.startswith(spoken_for) and last[len(spoken_for) :] in _BODY_PRONOUNS:
        return " ".join(words[:-1])
    return ""


def document_issuer(tokens: list[Token], k: int, lex: Lexicon) -> tuple[int, int] | None:
    """'تقرير صادر عن X', 'دراسة أجرتها X ونشرتها Y', 'رسالة وقعها X': the issuer's token range.

    The document at k speaks for whoever issued, conducted or signed it, also through a relative
    pronoun ('البيان الذي أصدرته X').
    """
    if k >= len(tokens):
        return None
    head = tokens[k].key  # 'وثيقة' keeps its و; 'والتقرير' drops the conjunction
    head = head if lex.has_noun("document_heads", head) else strip_conjunction(head)
    if head.startswith("ل") and not head.startswith("لل"):
        head = head[1:]  # 'وفقا لبيان أصدرته الوزارة': the preposition ل glued to the document
    if not lex.has_noun("document_heads", head):
        return None
    m = k + 1
    while (
        m < len(tokens)
        and lex.has("document_adjectives", tokens[m].key)
        and not lex.has("issuing_words", tokens[m].key)
    ):
        m += 1  # 'تقرير سنوي صادر عن': the document's adjectives, up to the word of issue
    if m + 1 < len(tokens) and tokens[m].key in RELATIVES:
        m += 1
    if m >= len(tokens) or not lex.has("issuing_words", tokens[m].key):
        return None
    start = m + 1
    if start < len(tokens) and tokens[start].key in ("عن", "من"):
        start += 1
    end = start
    while end < len(tokens) and tokens[end].is_word and end - start < 8:
        key = tokens[end].key
        if end > start and key[:1] == "و" and lex.has("issuing_words", key[1:]):
            break
        if end > start and key in _OF_BODY and end + 1 < len(tokens) and _body_head(tokens[end + 1].key, lex):
            end = _body_of_issuers_end(tokens, end + 2)  # 'ثلاثون طبيبا من نقابة الأطباء'
            break
        if lex.has("complementizers", key) or (end > start and lex.has("subject_stops", key)):
            break
        counted = lex.has_word("count_words", tokens[end - 1].key) or tokens[end - 1].key.isdigit()
        if end > start and (lex.has("time_words", key) or (_accusative(tokens[end]) and not counted)):
            break  # an object after the issuer; 'ثلاثون طبيبا' is a count and its noun
        end += 1
    return (start, end) if end > start else None


_OF_BODY = frozenset(fold(w) for w in ("من", "في"))


def _body_of_issuers_end(tokens: list[Token], k: int) -> int:
    """After the head of the body the issuers belong to: one definite genitive and its nisbas."""
    if k < len(tokens) and tokens[k].definite:
        k += 1
    while k < len(tokens) and tokens[k].definite and tokens[k].key.endswith(("ي", "يه")):
        k += 1
    return k


def _accusative(token: Token) -> bool:
    """'أرقاما', 'تقريرا': an indefinite noun with the accusative alef is an object, not a name."""
    return not token.definite and token.text.endswith("ا") and len(token.key) > 4 and token.key[-2] != "ا"


_DESCRIPTOR_LISTS: Final = ("organization_heads", "media_heads")


def _quoted_name_then_role(tokens: list[Token]) -> int | None:
    """Index of the closing mark of a quoted name of one to three words opening the subject and followed
    by an indefinite role in apposition ('"العلي" ضيف برنامج ...'), or None."""
    if len(tokens) < 4 or tokens[0].text not in QUOTE_MARKS:
        return None
    close = next((k for k in range(2, min(len(tokens), 5)) if tokens[k].text in QUOTE_MARKS), None)
    if close is None or close + 1 >= len(tokens) or not all(t.is_alpha for t in tokens[1:close]):
        return None
    after = tokens[close + 1]
    return close if after.is_alpha and not after.definite else None


def _quoted_body_name(tokens: list[Token], text: str, lex: Lexicon) -> str:
    """'شركة "ريم" للطيران', 'حركة «غد»': the quoted name right after an indefinite descriptor head."""
    if len(tokens) < 4 or tokens[0].definite or tokens[1].text not in QUOTE_MARKS:
        return ""
    if not any(lex.has_word(name, tokens[0].key) for name in _DESCRIPTOR_LISTS):
        return ""
    close = next((k for k in range(2, min(len(tokens), 9)) if tokens[k].text in QUOTE_MARKS), None)
    if close is None or close == 2 or not all(t.is_word for t in tokens[2:close]):
        return ""
    return text[tokens[2].start : tokens[close - 1].end]


def _clean(name: str) -> str:
    """Trim punctuation and a conjunction glued to a definite name: والكرملين -> الكرملين.

    A hashtag is written as words: #هيئة_الأرصاد -> هيئة الأرصاد, شركة #الأفق -> شركة الأفق; a
    bracketed short name keeps its ')'.
    """
    name = name.strip(" ،,:").lstrip("#").replace(" #", " ").replace("_", " ")
    if len(name) > 2 and name[0] in QUOTE_MARKS and name[-1] in QUOTE_MARKS:
        name = name[1:-1].strip()
    if name and name[-1] in QUOTE_MARKS and sum(c in QUOTE_MARKS for c in name) % 2:
        name = name[:-1].strip()  # the opening mark of the content after the subject, unpaired here
    if name.count("(") > name.count(")"):
        name += ")"  # a bracketed short name closes with the name ('المركز الأوروبي للشرطة (يوروبول)')
    first = fold(name.split(" ", 1)[0])
    return name[1:] if first.startswith("وال") and first not in _OWN_WAL else name  # opening letters suffice


# والد، والدة، والي: words whose own root opens with و before ال, so no conjunction to drop
_OWN_WAL: Final = frozenset(
    fold(stem + suffix)
    for stem in ("والد", "والدت", "والدي")
    for suffix in ("", "ه", "ها", "هم", "هما", "ي", "ك", "نا", "ا")
) | {fold("والدة"), fold("والي")}


def _specific(keys: list[str], lex: Lexicon) -> bool:
    """'سفير السعودية بتونس' names one person; 'مسؤول سوري' does not."""
    return any(k.startswith("ال") or lex.has("places", k) or _in_place(k, lex) for k in keys)


_PLACE_PREPOSITIONS: Final = frozenset(
    fold(w) for w in ("في", "من", "لدى", "داخل", "عن")
)  # 'نائب في اللجنة', 'نائب عن حزب'
_NISBA_ENDINGS: Final = ("ي", "يه", "يون", "يين")
_NUMBER_ENDINGS: Final = ("ان", "ين", "ون", "تان", "تين")


def _plural_of_head(head: str, lex: Lexicon) -> bool:
    """'مسؤولان', 'ناطقون': a dual or plural of an unnamed head or an indefinite title."""
    if head.startswith("ال"):
        return False
    for ending in _NUMBER_ENDINGS:
        base = head[: -len(ending)]
        if not head.endswith(ending) or len(base) < 3:
            continue
        if lex.has("anonymous_heads", base) or lex.has("titles", base) or lex.has("titles", base + "ه"):
            return True
    return False


_SOUND_PLURALS: Final = ("ون", "ين")  # the masculine sound plural: people
_CONSTRUCT_PLURALS: Final = ("و", "ي")  # the same before a genitive or a pronoun: منظمو المهرجان، محاموه
_POSSESSIVES: Final = ("ه", "ها", "هم")


def names_people(key: str, lex: Lexicon) -> bool:
    """'المتطوعين', 'المسعفون', 'التجار': a plural of people, a source a preposition of attribution may
    credit: listed, or a sound plural of a participle, nisba, title or unnamed head ('القوانين' is none)."""
    key = _strip_al(key)
    if lex.has("people_plurals", key):
        return True
    for ending in _SOUND_PLURALS:
        stem = key.removesuffix(ending)
        if stem == key or len(stem) < 3:
            continue
        if lex.has("anonymous_heads", stem) or _is_title(stem, lex) or _participle(stem):
            return True
        if stem.endswith("ي") and len(stem) >= 4:
            return True
    return False


def _people_plural(keys: list[str], lex: Lexicon) -> bool:
    """'المعلقون', 'منظمو المهرجان', 'محاموه', 'القراصنة': a group of people that names no one.

    The sound masculine plural is for people; its stem must be a known head or title, or, when
    definite, in construct or alone, a participle (مُفعِّل, مُتفعِّل ...: م, then no long vowel), which
    a foreign name ending in -ون or -و is not. A nisba plural ('الحوثيون') names a group; broken
    plurals are listed.
    """
    head = strip_conjunction(keys[0])
    key = _strip_al(head)
    bare = _unsuffixed(key)
    if not bare.endswith("و") and not lex.has("people_plurals", bare):
        bare = key  # 'مديرية' ends in a folded ة, not a pronoun: only 'محاموه', 'أنصارهم' are possessed
    if lex.has("people_plurals", key) or lex.has("people_plurals", bare):
        return True
    if _is_title(key, lex) or (lex.has("anonymous_heads", key) and not key.endswith(_NUMBER_ENDINGS)):
        return False
    construct = len(keys) > 1 or bare != key
    endings = _SOUND_PLURALS + (_CONSTRUCT_PLURALS if construct else ())
    for ending in endings:
        stem = bare.removesuffix(ending)
        if stem == bare or len(stem) < 3:
            continue
        if lex.has("anonymous_heads", stem) or _is_title(stem, lex):
            return True
        if _participle(stem) and (head.startswith("ال") or construct or len(keys) == 1):
            return True
        if _agent_noun(stem) and head.startswith("ال"):
            return True
        if stem.endswith("ي") and len(stem) >= 4 and not head.startswith("ال") and len(keys) == 1:
            return True  # 'اقتصاديون', 'دبلوماسيين': a bare nisba plural is unnamed people, no name
    return False


def _agent_noun(stem: str) -> bool:
    """'سائق', 'طيار', 'ناشط': the doer of a root (فاعل, فعّال), whose definite sound plural
    (السائقون، الطيارون) is a group of people; a foreign name never takes ال."""
    return len(stem) == 4 and "ا" in (stem[1], stem[2]) and stem[0] != "ا"


def _participle(stem: str) -> bool:
    """'معلق', 'منظم', 'متمرد': the stem of a derived participle, never a nisba ('حوثي')."""
    return stem.startswith("م") and len(stem) >= 4 and stem[1] not in "اي" and not stem.endswith("ي")


def _unsuffixed(key: str) -> str:
    """The word without a possessive pronoun: محاموه -> محامو, أنصارهم -> أنصار."""
    return next((key.removesuffix(p) for p in _POSSESSIVES if key.endswith(p) and len(key) > len(p) + 2), key)


def _one_of_them(head: str, lex: Lexicon) -> bool:
    """'أحدهم', 'بعضهم', 'إحداها': a quantifier with a pronoun picks out someone unnamed."""
    bare = _unsuffixed(strip_conjunction(head))
    return bare != strip_conjunction(head) and lex.has("quantifiers", bare)


def _unnamed_body(keys: list[str], lex: Lexicon) -> bool:
    """'منظمة حقوقية مصرية', 'وسائل إعلام محلية': an indefinite body described by a nisba, no name."""
    if len(keys) < 2 or any(k.startswith("ال") or k in QUOTE_MARKS for k in keys):
        return False
    heads = ("organization_heads", "document_heads", "media_heads")
    if not any(lex.has_word(name, keys[0]) for name in heads):
        return False
    return any(k.endswith(_NISBA_ENDINGS) and len(k) > 4 for k in keys[1:])


def _described_documents(keys: list[str], lex: Lexicon) -> bool:
    """A document noun with only indefinite adjectives after it ('وثائق حكومية'); news media
    ('وسائل إعلام') are people writing, no document."""
    head = keys[0]
    if not lex.has_word("document_heads", head) or lex.has("media_collectives", head) or len(keys) < 2:
        return False
    return all(k.endswith(("ي", "ه")) and not k.startswith("ال") for k in keys[1:])


def speaker_kind(name: str, has_role: bool, lex: Lexicon) -> str:
    """person, organization, anonymous or document, from the head word of the name.

    Asked of every subject described, and an article names the same speakers again and again:
    answers are remembered by name (bounded, in the lexicon).
    """
    memo = lex.text_memo("speaker_kind_role" if has_role else "speaker_kind")
    found = memo.get(name)
    if found is None:
        found = memo[name] = _speaker_kind(name, has_role, lex)
    return found


def _speaker_kind(name: str, has_role: bool, lex: Lexicon) -> str:
    """`speaker_kind`, worked out."""
    keys = [fold(w) for w in name.replace('"', " ").split() if w not in QUOTE_MARKS]
    if len(keys) > 1 and (keys[0].isdigit() or lex.has_word("count_words", keys[0])):
        keys = keys[1:]  # '3 مسؤولين أمنيين', 'ثلاثة مصادر': a count, the kind is its noun's
    if not keys:
        return "anonymous"
    head = keys[0]
    joined = " ".join(keys)
    if (lex.has_noun("anonymous_heads", head) or _plural_of_head(head, lex)) and not has_role:
        return "anonymous"
    if _described_documents(keys, lex):
        return "document"  # 'وثائق حكومية', 'مراسلات مسربة': documents, whatever adjective describes them
    if _unnamed_body(keys, lex) or (_people_plural(keys, lex) and not has_role) or _one_of_them(head, lex):
        return "anonymous"
    if lex.has_word("document_heads", head):
        return "document"
    if head.endswith("تا") and lex.has("organization_heads", head[:-2] + "ه"):
        return "organization"  # 'شركتا "X" و"Y"', 'حركتا X وY': two bodies
    if head.endswith("ات") and lex.has("organization_heads", _strip_al(head)[:-2] + "ه"):
        # 'النقابات', 'نقابات المعلمين': bodies, as 'السلطات' is; 'مجموعات معارضة' names none of them
        named = head.startswith("ال") or (len(keys) > 1 and keys[1].startswith("ال"))
        return "organization" if named else "anonymous"
    if len(keys) == 1 and lex.has_word("ministry_domains", head):
        return "organization"  # 'الصحة: ...': the ministry, named by its domain
    if (
        lex.has_word("organization_heads", head)
        or lex.has("organization_heads", _strip_al(head))
        or lex.has("places", joined)
        or lex.has("outlets", joined)
        or (lex.has("places", head) and head.startswith("ال") and keys[-1].endswith(("ي", "يه")))
    ):
        return "organization"  # 'المملكة العربية السعودية': a state named with its adjectives
    unnamed = not _specific(keys[1:], lex) or keys[1] in _PLACE_PREPOSITIONS
    if (
        _is_title(head, lex)
        and not head.startswith("ال")
        and not has_role
        and (unnamed or lex.has("shared_titles", head))
    ):
        return "anonymous"
    if _of_people(keys, has_role, lex) or (not has_role and _reporter_keys(keys, lex)):
        return "anonymous"  # 'مندوب صحيفة الرأي': one of its reporters, not identified
    return "person"


def _of_people(keys: list[str], has_role: bool, lex: Lexicon) -> bool:
    """'أرامل الصيادين', 'ذوو المعتقلين': a noun in construct with a definite plural of people is a
    group of them, or one unnamed among them, whatever the noun; a given name is a person's, and so
    is a rank of the فعيل or أفعل shape ('كبير المفاوضين', 'أقدم المعتقلين'), which picks out one."""
    if has_role or len(keys) != 2 or not keys[1].startswith("ال") or is_given_name(keys[0]):
        return False
    if len(keys[0]) == 4 and (keys[0][2] == "ي" or keys[0][0] == "ا"):
        return False
    return _people_plural(keys[1:], lex)
