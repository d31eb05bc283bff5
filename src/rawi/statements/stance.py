"""Stance (assert, deny, confirm), what a denial denies, and hedging."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from typing import Final

from rawi.statements.build import first_words, hedged, phrase_at
from rawi.statements.lexicon import CueForm, Lexicon, with_conjunctions
from rawi.statements.tokens import Token, fold, strip_conjunction

_EMBEDDED_REPORT_CUES: Final = frozenset(
    fold(w)
    for w in (
        "تحدث",
        "يتحدث",
        "تتحدث",
        "يفيد",
        "تفيد",
        "أفاد",
        "أفادت",
        "يقول",
        "تقول",
        "مفاده",
        "حول",
        "بشأن",
        "يزعم",
        "تزعم",
    )
)


_FIRST_WORDS_JOINED_MEMO: Final[dict[frozenset[str], frozenset[str]]] = {}  # computed once per argument


def _first_words_joined(phrases: frozenset[str]) -> frozenset[str]:
    """The first words, also with an attached و or ف: a quick test on keys not yet stripped."""
    found = _FIRST_WORDS_JOINED_MEMO.get(phrases)
    if found is None:
        found = _FIRST_WORDS_JOINED_MEMO[phrases] = with_conjunctions(first_words(phrases))
    return found


def stance_of(form: CueForm | None, content: list[Token], lex: Lexicon) -> tuple[str, int | None]:
    """The stance and, for deny/confirm, the token index where the denied claim ends (None: all).

    A falsity predicate (غير صحيح، عارية عن الصحة، مفبركة) makes a denial whatever the cue, unless a
    statement nested in the content says it ('قال إن الوزير أبلغه أن الخبر غير صحيح'): then it is
    that statement's denial, not this one's.
    """
    if form and form.relative_object and form.stance != "deny":  # 'ما تداولته المواقع عن X': what others deny
        return "assert", None
    words = [t for t in content if t.is_word]
    if form and _forecasts(form, words, lex):
        return "assert", None
    if (
        (form and form.stance == "deny")
        or (words and _denying_verb(words[0], lex))
        or _replies_denying(content, lex)
    ):
        return "deny", _target_end(content)
    keys = [t.key for t in words]
    marker = deny_marker(keys, lex)
    if (
        marker is not None
        and not _nested_cue_before(words, marker, lex)
        and not _scope_contrast(keys, marker, lex)
    ):
        return "deny", _word_index_to_token(content, marker) if marker > 0 else None
    if _nothing_of(keys, lex) or _rebuts(keys, lex):
        return "deny", None
    called = _called_rumours(keys, lex)
    if called is not None:
        return "deny", _word_index_to_token(content, called)
    first = keys[0] if keys else ""
    confirms_report = lex.has("confirm_markers", first) and form is not None and form.lemma == "أكد"
    if (form and form.stance == "confirm") or confirms_report or _stands_by(keys, lex):
        return "confirm", None
    return "assert", None


_STANDING_REACH: Final = 3  # words before the frame: 'إنها', 'نحن', 'الصحيفة'


def _stands_by(keys: list[str], lex: Lexicon) -> bool:
    """'إنها متمسكة بكل ما نشرته', 'نقف وراء كل كلمة': standing by what was published confirms it."""
    markers = lex.words["stand_by_markers"]
    if not may_deny_words(keys, markers):
        return False
    joined = " " + " ".join(keys) + " "
    return any(index <= _STANDING_REACH for index, _ in _deny_matches(keys, joined, markers, frozenset()))


def _scope_contrast(keys: list[str], marker: int, lex: Lexicon) -> bool:
    """'القرار يخص البلدين حصريا ولا علاقة له بالمنطقة': a conjoined negation after 'only' limits a scope."""
    return keys[marker][:1] == "و" and not lex.words["restrictive_adverbs"].isdisjoint(keys[:marker])


def _forecasts(form: CueForm, words: list[Token], lex: Lexicon) -> bool:
    """'استبعد أن يتجاوز النمو 1%': judging a future event unlikely forecasts; a past one it denies."""
    if not words or not lex.has("unlikely_lemmas", fold(form.lemma)):
        return False
    first = strip_conjunction(words[0].key)
    past = lex.has("being_verbs", first) or any(strip_conjunction(w.key) == "قد" for w in words[1:3])
    return first[:1] in "يتن" and len(first) > 3 and not past


_SHORT: Final = 6  # words: a headline or a one-line reply


def _nothing_of(keys: list[str], lex: Lexicon) -> bool:
    """'لا زيادة في الرسوم', 'لا إصابات جديدة بالحمى': a short 'no such thing' line denies that thing.

    لا must deny a noun (لا النافية للجنس), not a verb ('لا يوجد', 'لا تزال', 'لا أعرف'), nor
    make a stance ('لا حاجة إلى', 'لا تراجع').
    """
    if not 2 <= len(keys) <= _SHORT or strip_conjunction(keys[0]) != "لا":
        return False
    noun = keys[1]
    if (
        lex.has("not_denied_nouns", noun)
        or noun[:1] in "ين"
        or (noun[:1] == "ا" and not noun.endswith(("ه", "ات")))
    ):
        return False
    return noun[:1] != "ت" or noun.endswith("ات") or _VERBAL_NOUN.fullmatch(noun) is not None


_VERBAL_NOUN: Final = re.compile("ت..ي.")  # تفعيل: تأجيل, تمديد


def _rebuts(keys: list[str], lex: Lexicon) -> bool:
    """A rebuttal without a falsity word: 'هذا لم يحدث أبدا', 'لم أقل ذلك كما يروج', 'الاتهامات ادعاءات'.

    A past negation (لم) strengthened by an absolute adverb, set against what is rumoured, or of having
    said something ('لم أصرح بأن', 'لم تتطرق إلى') denies what it negates; a vow ('لن نتراجع أبدا') and
    a plain past negation assert.
    """
    past = lex.words["past_negations"]
    negations = [i for i, key in enumerate(keys) if key in past]
    if negations:
        opening = 1 if keys[0] in _DEMONSTRATIVES else 0
        if negations[0] == opening and not lex.words["absolute_adverbs"].isdisjoint(keys):
            return True
        said = keys[opening + 1] if opening + 1 < len(keys) else ""
        if negations[0] == opening and lex.has("unsaid_claims", said):
            return True  # 'لم تتطرق إلى ...', 'لم أصرح بأن ...': the source denies having said it
        if any(_strengthened(keys, n, lex) for n in negations if n < _SUBJECT_WORDS):
            return True
        comparison = phrase_at(keys, lex.words["rumour_comparisons"])
        if comparison is None:
            comparison = _reported_relative(keys, lex)
        if comparison is not None and negations[0] < comparison:
            return True
    return any(
        lex.has("claim_predicates", nxt) and is_claim_noun(key, lex, "disputed_claim_nouns")
        for key, nxt in pairwise(keys[:4])
    )  # the predicate first: one lookup, where the claim noun takes several


_RUMOUR_REACH: Final = 6  # words of a report noun phrase ('هذه الأنباء المتداولة') before its predicate


def _called_rumours(keys: list[str], lex: Lexicon) -> int | None:
    """'هذه الأخبار شائعات', 'الأنباء المتداولة إشاعات', 'وصفت الأنباء بأنها شائعات': a report or claim
    said to be rumours or allegations (a claim predicate after the report noun, its definite adjective
    or the بأن of a description) is denied, up to the word before that predicate (None: no such
    predicate); 'الشائعات تنتشر' only speaks of rumours."""
    for k in range(1, min(len(keys), _RUMOUR_REACH)):
        if not lex.has("claim_predicates", strip_conjunction(keys[k])):
            continue
        before = keys[k - 1]
        reported = (before.startswith("ب") and is_complementizer(before[1:])) or is_claim_noun(before, lex)
        if not reported and k > 1 and before.startswith("ال"):
            reported = is_claim_noun(keys[k - 2], lex)  # 'الأنباء المتداولة شائعات'
        return k if reported else None
    return None


_SUBJECT_WORDS: Final = 7  # a negated verb after its subject: 'اللجنة المؤلفة من الأحزاب لم تناقش البتة'


def _strengthened(keys: list[str], negation: int, lex: Lexicon) -> bool:
    """'لم تتطرق البتة', 'لم نقل قط': an absolute adverb right after the negated verb (or its object)."""
    return not lex.words["absolute_adverbs"].isdisjoint(keys[negation + 2 : negation + 4])


def _reported_relative(keys: list[str], lex: Lexicon) -> int | None:
    """'بالموعد الذي أوردته الصحف', 'التي تحدثت عنها الأنباء': where a relative names what reports said."""
    for k in range(len(keys) - 2):
        if keys[k] not in _RELATIVES or not reports(keys[k + 1], lex):
            continue
        subject = k + 3 if keys[k + 2] in _RESUMED else k + 2
        if subject < len(keys) and is_claim_noun(keys[subject], lex):
            return k
    return None


_RESUMED: Final = frozenset(fold(w) for w in ("عنه", "عنها", "به", "بها", "فيه", "فيها"))


_DEMONSTRATIVES: Final = frozenset(fold(w) for w in ("هذا", "هذه", "ذلك", "تلك", "وهذا", "وذلك"))


def dismisses(form: CueForm | None, content: list[Token], lex: Lexicon) -> bool:
    """'اعتبرت الشركة الاتهامات حملة مغرضة': judging a disputed claim (its direct object) dismisses it.

    Only accusations, allegations and rumours: judging a statement or a report may praise it.
    """
    if form is None or not lex.has("judgment_lemmas", fold(form.lemma)):
        return False
    words = [t.key for t in content if t.is_word and not lex.has_word("claim_determiners", t.key)]
    return bool(words) and is_claim_noun(words[0], lex, "disputed_claim_nouns")


def _denying_verb(word: Token, lex: Lexicon) -> bool:
    """'قالت إنها تنفي الأنباء': a content opening with a present denial verb is the speaker's denial;
    a past one ('قال إنه نفى في حينه الأنباء') recounts a denial, the statement nested there."""
    key = strip_conjunction(word.key)
    form = lex.cues.get(word.key) or lex.cues.get(key)
    if form is None or form.stance != "deny" or form.form_class != "verb" or form.needs:
        return False
    return not key.startswith(fold(form.lemma)[:2])


_OPENER_REACH: Final = 40  # tokens: a fronted reply adverbial names what it replies to, then a comma


def _replies_denying(content: list[Token], lex: Lexicon) -> bool:
    """'تعليقا على القرار، وحول مزاعم الوزير، ننفي هذه المزاعم': a fronted reply, then a denial verb."""
    if not content or not lex.has_word("response_openers", content[0].key):
        return False
    reach = content[:_OPENER_REACH]
    return any(
        comma.text in "،," and _denying_verb(word, lex) for comma, word in pairwise(reach) if word.is_word
    )


def deny_marker(keys: list[str], lex: Lexicon) -> int | None:
    """Index of the word where a falsity predicate starts in the folded words `keys`, or None.

    A predicate, not a description: an adjective qualifying a noun ('بذرائع مختلقة', 'في تقرير
    مفبرك', 'المعلومات المغلوطة') and a definite noun referred to ('نشر الأكاذيب') deny nothing.
    """
    markers, intensifiers = lex.words["deny_markers"], lex.words["deny_intensifiers"]
    if not may_deny_words(keys, markers):
        return None
    joined = " " + " ".join(keys) + " "
    for index, found in _deny_matches(keys, joined, markers, intensifiers):
        if " " in found.group().strip():
            described = found.group().split()[0][:1] == "ب" or (index > 0 and keys[index - 1] == "ب")
            if described or not _definite_attribute(found.group().split()[-1], markers):
                return index  # 'وصفها بغير الصحيحة': what something is described as is a predicate
            continue
        if _describes(keys, index, markers) or _qualified_claim(keys, index, lex):
            continue
        if not _object_attribute(keys, index, markers, lex):
            return index
    return None


_POINTERS: Final = frozenset(fold(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان"))


def _object_attribute(keys: list[str], index: int, markers: frozenset[str], lex: Lexicon) -> bool:
    """'حذفت حسابات مزيفة', 'ضبطت وثائق مزورة': an adjective after an indefinite noun that is no claim,
    inside a clause, describes what was acted on; 'هذه ادعاءات كاذبة', 'الصور صور مفبركة' predicate."""
    if index < 2 or not _adjective_pattern(markers).fullmatch(keys[index]):
        return False
    previous, before = strip_conjunction(keys[index - 1]), strip_conjunction(keys[index - 2])
    if previous.startswith("ال") or is_claim_noun(previous, lex) or is_complementizer(before):
        return False
    if _disagrees(previous, keys[index]) or previous.endswith(_PLAIN_POSSESSIVES):
        return False  # 'من يتحدثون عن رحيله واهمون': no attribute of the word before
    return before not in _POINTERS and not before.startswith("ال")


def _deny_matches(
    keys: list[str], joined: str, markers: frozenset[str], intensifiers: frozenset[str]
) -> list[tuple[int, re.Match[str]]]:
    """What `_deny_pattern(...).finditer(joined)` finds, each with the index of its first word.

    A template opens with a whole word: an attached prefix, then one of its first slot's words.
    So before each word only the templates that may open there are tried, one by one in the
    pattern's order (`_opening_templates`), as the pattern's alternation tries them; a match there
    is the one finditer finds when it starts past the end of the match before.
    """
    found: list[tuple[int, re.Match[str]]] = []
    at = reached = 0  # the space before word `index` in joined; the end of the last match
    for index, key in enumerate(keys):
        if at >= reached:
            for template in _opening_templates(key, markers, intensifiers):
                match = template.match(joined, at)
                if match is not None:
                    found.append((index, match))
                    reached = match.end()
                    break
        at += len(key) + 1
    return found


def _opening_templates(
    key: str, markers: frozenset[str], intensifiers: frozenset[str]
) -> list[re.Pattern[str]]:
    """The templates (`_template_patterns`, in order) whose first word may start in `key` after an
    attached prefix: its two letters there open one of the template's first-slot words.

    The same words come again and again: each word's answer is kept (bounded, afresh when full).
    """
    memo = _OPENING_MEMO.setdefault((markers, intensifiers), {})
    found = memo.get(key)
    if found is None:
        if len(memo) >= _OPENING_MEMO_MAX:
            memo.clear()
        heads = {key[cut : cut + 2] for cut in range(_ATTACHED_REACH) if key[:cut] in _ATTACHED}
        found = memo[key] = [
            pattern
            for opening, pattern in _template_patterns(markers, intensifiers)
            if not opening.isdisjoint(heads)
        ]
    return found


_OPENING_MEMO: Final[dict[tuple[frozenset[str], frozenset[str]], dict[str, list[re.Pattern[str]]]]] = {}
_OPENING_MEMO_MAX: Final = 16384


@cache
def _template_patterns(
    markers: frozenset[str], intensifiers: frozenset[str]
) -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """Each alternative of `_deny_pattern`, in its order, as a pattern of its own, with the first two
    letters of each word its first slot may be (each has two or more)."""
    between = _between(intensifiers)
    found = []
    for marker in sorted(markers):
        words = [w.rstrip("+") for w in marker.split()[0].rstrip("?").split("/")]
        if min(map(len, words)) < 2:
            raise ValueError("a deny marker's first word has fewer than two letters")
        pattern = re.compile(" (?:" + _template(marker, between) + ")(?= )")
        found.append((frozenset(word[:2] for word in words), pattern))
    return tuple(found)


def _definite_attribute(last: str, markers: frozenset[str]) -> bool:
    """'مصدر الخبر الخاطئ', 'المعلومات غير الصحيحة': a template ending in an adjective with the article
    qualifies a noun (an attribute), where 'الخبر خاطئ' and 'غير صحيحة' are predicates."""
    word = strip_conjunction(last)
    article = next((p for p in ("ال", "بال", "لل", "كال") if word.startswith(p)), "")
    return bool(article) and _final_adjectives(markers).fullmatch(word[len(article) :]) is not None


@cache
def _final_adjectives(markers: frozenset[str]) -> re.Pattern[str]:
    """The inflecting adjectives (صحيح+, خاطئ+) that end a template of two words or more."""
    words = {w.rstrip("+") for m in markers if " " in m for w in m.split()[-1].split("/") if w.endswith("+")}
    return re.compile("(?:" + "|".join(map(re.escape, sorted(words))) + ")" + _INFLECTION)


def _qualified_claim(keys: list[str], index: int, lex: Lexicon) -> bool:
    """'مزاعم وادعاءات كاذبة', 'لنشره معلومات مغلوطة': a conjoined claim noun or the object of a verbal noun.

    The adjective then qualifies the claim inside the clause; at the head of the content ('تقارير
    مفبركة') or after a determiner ('هذه تقارير مفبركة') it is the predicate.
    """
    if index < 2:
        return False
    noun, before = keys[index - 1], keys[index - 2]
    if noun.startswith("ال") or not is_claim_noun(noun, lex):
        return False
    conjoined = noun[:1] == "و" and is_claim_noun(before, lex)
    return conjoined or (before[:1] in "لب" and before.endswith(("ه", "ها", "هم")) and len(before) > 4)


_PREPOSITIONS: Final = frozenset(fold(w) for w in ("في", "من", "عن", "على", "إلى", "مع", "حول", "بشأن"))


_COMPLEMENTS: Final = frozenset(fold(w) for w in ("بأنه", "بأنها", "بأنهم", "بأنهما", "بأنهن"))


def _disagrees(noun: str, adjective: str) -> bool:
    """'عن رحيله واهمون': a noun in ـه (ة or a pronoun) is not qualified by a masculine adjective."""
    return noun.endswith("ه") and not adjective.endswith(("ه", "ات"))


_PLAIN_POSSESSIVES: Final = ("ها", "هم", "هما", "هن")  # not ه: a folded ة is no pronoun


def _describes(keys: list[str], index: int, markers: frozenset[str]) -> bool:
    """Is the one-word marker at index an attribute or a referring noun rather than a predicate?"""
    word = strip_conjunction(keys[index])
    previous = strip_conjunction(keys[index - 1]) if index else ""
    if word.startswith("ال") and previous != "ب":
        return True
    if not _adjective_pattern(markers).fullmatch(keys[index]) or not previous:
        return False
    if _adjective_pattern(markers).fullmatch(previous):
        return _describes(keys, index - 1, markers)
    if previous in _COMPLEMENTS:
        return False  # 'وصف الأنباء بأنها مفبركة': after بأنها the adjective is the predicate
    if previous.startswith(("ال", "بال", "لل", "كال")) or _disagrees(previous, word):
        return False
    if previous.endswith(_PLAIN_POSSESSIVES) and len(previous) > len("ابها"):
        return False  # 'الأنباء عن إفلاسها كاذبة': a possessed noun is definite, its attribute would be too
    if is_complementizer(previous):
        return False  # 'وصفتها بأنها مختلقة': after أن and its pronoun the adjective is the predicate
    return previous[:1] in "بلك" or (index > 1 and _governs(strip_conjunction(keys[index - 2])))


_COMPLEMENTIZER: Final = re.compile(r"[بلك]?ان(?:ه|ها|هم|هما|هن|ني|نا|ك|كم)?")  # folded أن، بأنها، لأنهم


def is_complementizer(key: str) -> bool:
    """أن or إن with its preposition and pronoun ('بأنها', 'لأنهم'), folded: it opens a clause, no noun."""
    return _COMPLEMENTIZER.fullmatch(key) is not None


def _governs(key: str) -> bool:
    """'في تقرير مفبرك', 'لنشره صورا مفبركة': a preposition or a verbal noun with its agent governs.

    The noun and its adjective are then an object described, not a predicate ('هذه تقارير مفبركة').
    """
    if key in _PREPOSITIONS:
        return True
    if len(key) <= 4 or key.startswith("ال"):
        return False
    return key.endswith(("ها", "هم")) or (key.endswith("ه") and key[0] in "لب")  # a folded ه may be ة


def may_deny(joined: str, markers: frozenset[str]) -> bool:
    """Could a falsity template match the words? Only if they hold a word of its anchor slot.

    A few substring tests rule out most contents before the long pattern is tried on them.
    """
    return any(word in joined for word in _anchor_words(markers))


def may_deny_words(keys: list[str], markers: frozenset[str]) -> bool:
    """`may_deny` of the words joined by spaces: an anchor word holds no space, so it lies within
    one word. Whether a word holds one is remembered (bounded), as the same words come again and again."""
    holds = _HOLDS_ANCHOR.setdefault(markers, {})
    for key in keys:
        found = holds.get(key)
        if found is None:
            if len(holds) >= _HOLDS_ANCHOR_MAX:
                holds.clear()
            found = holds[key] = any(word in key for word in _anchor_words(markers))
        if found:
            return True
    return False


_HOLDS_ANCHOR: Final[dict[frozenset[str], dict[str, bool]]] = {}  # markers -> word -> holds an anchor
_HOLDS_ANCHOR_MAX: Final = 16384


@cache
def _anchor_words(markers: frozenset[str]) -> tuple[str, ...]:
    """The words (without '+') of each template's anchor: the required slot whose shortest word is longest.

    A slot is required when it is the first or not marked '?'; every match holds one of its words.
    On a tie the later slot anchors: the predicate's noun (صحة، أساس) is rarer than its particle.
    """
    anchors: dict[str, None] = {}
    for marker in sorted(markers):
        required = [
            [word.rstrip("+") for word in slot.rstrip("?").split("/")]
            for index, slot in enumerate(marker.split())
            if index == 0 or not slot.endswith("?")
        ]
        anchors.update(dict.fromkeys(max(reversed(required), key=lambda words: min(map(len, words)))))
    if "" in anchors or any(" " in word for word in anchors):
        raise ValueError("a deny marker's anchor word is empty or holds a space")
    return tuple(anchors)


# An attached conjunction, then a preposition or the article: the regex, and each prefix it takes.
_CONJUNCTIONS, _ARTICLES = ("و", "ف"), ("ال", "بال", "كال", "لل", "ب", "ل", "ك")
_PREFIX: Final = f"[{''.join(_CONJUNCTIONS)}]?(?:{'|'.join(_ARTICLES)})?"
_ATTACHED: Final = frozenset(c + a for c in ("", *_CONJUNCTIONS) for a in ("", *_ARTICLES))
_ATTACHED_REACH: Final = 1 + max(
    map(len, _ATTACHED)
)  # the cuts of a word where a template's own word may start
_INFLECTION: Final = "(?:ه|ا|ون|ين|ات|ان|تان|تين)?"  # gender, number and case endings, folded (ة -> ه)
_POSSESSIVE: Final = "(?:ه|ها|هم|هما|هن|كم|نا)?"  # an attached pronoun: تحريفها, أكاذيبهم


@cache
def _deny_pattern(markers: frozenset[str], intensifiers: frozenset[str]) -> re.Pattern[str]:
    """One regex for the falsity templates of words_ar.json (syntax in its _deny_markers_doc): what
    `_deny_matches` finds, trying its alternatives one by one only where each may open."""
    return re.compile(
        " (?:" + "|".join(_template(m, _between(intensifiers)) for m in sorted(markers)) + ")(?= )"
    )


def _between(intensifiers: frozenset[str]) -> str:
    """The regex of the intensifiers that may come between two slots of a template ('غير صحيحة إطلاقا')."""
    return "(?: (?:" + "|".join(re.escape(w) for w in sorted(intensifiers, key=len, reverse=True)) + "))*"


def _template(marker: str, between: str) -> str:
    """The regex of one template: slots of alternatives, optional ('?') or inflecting ('+')."""
    pattern = ""
    for index, slot in enumerate(marker.split()):
        words = [
            re.escape(w.rstrip("+")) + (_INFLECTION if w.endswith("+") else "")
            for w in slot.rstrip("?").split("/")
        ]
        body = _PREFIX + "(?:" + "|".join(words) + ")" + _POSSESSIVE
        if index == 0:
            pattern = body
        else:
            piece = between + " " + body
            pattern += f"(?:{piece})?" if slot.endswith("?") else piece
    return pattern


@cache
def _adjective_pattern(markers: frozenset[str]) -> re.Pattern[str]:
    """The inflecting one-word slots of the templates (كاذب+, مفبرك+), with their prefixes."""
    words = {w.rstrip("+") for m in markers if " " not in m for w in m.split("/") if w.endswith("+")}
    return re.compile(_PREFIX + "(?:" + "|".join(map(re.escape, sorted(words))) + ")" + _INFLECTION)


_RELATIVES: Final = frozenset(
    fold(w) for w in ("الذي", "التي", "الذين", "ما", "من", "مما", "عما", "لما", "بما", "كما")
)


_OBJECT_PRONOUNS: Final = ("هما", "هم", "ها", "ه", "ني", "نا", "كم", "ك")


def _with_object_pronoun(key: str, lex: Lexicon) -> CueForm | None:
    """'أخبره', 'أبلغتهم': a verb cue carrying its object pronoun (the addressee told)."""
    for suffix in _OBJECT_PRONOUNS:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            form = lex.cues.get(key[: -len(suffix)])
            if form is not None and form.form_class == "verb":
                return form
    return None


_SPEAKER_OWN: Final = frozenset(fold(w) for w in ("إذ", "وإذ"))


def _nested_cue_before(words: list[Token], marker: int, lex: Lexicon) -> bool:
    """Is there a reporting verb or participle of another statement before the marker?

    Verbs in a relative clause ('الأنباء التي أشارت إلى ...', 'ما تداولته المواقع') describe the
    denied report, a belief verb ('أعتقد أن') hedges, and a verb opening the content ('قالت إنها
    تنفي', 'وإذ تؤكد الوزارة أن') is the speaker's own: none is another statement.
    """
    for index, word in enumerate(words[:marker]):
        base = strip_conjunction(word.key)
        form = lex.cues.get(word.key) or lex.cues.get(base) or _with_object_pronoun(base, lex)
        if form is None or form.form_class == "noun" or form.hedge or base in _EMBEDDED_REPORT_CUES:
            continue
        if form.bare_alef and word.text.lstrip("وف").startswith("أ"):
            continue
        before = words[index - 1].key if index > 0 else ""
        if before and before not in _RELATIVES | _SPEAKER_OWN and not lex.has("passive_auxiliaries", before):
            return True
        if (
            base in _RECOUNTED
        ):  # '"قلت لهم إن التسريب مفبرك"': his own earlier words, a statement of their own
            return True
    return False


_RECOUNTED: Final = frozenset(fold(w) for w in ("قلت", "قلنا"))


_PRONOUNS: Final = ("هما", "ها", "هم", "ه", "نا", "كم")


def is_claim_noun(key: str, lex: Lexicon, nouns: str = "claim_nouns") -> bool:
    """A claim or report noun (الاتهامات، مزاعمها، اتهامه، ادعاءات): what a denial rejects.

    With an attached و/ف, an accusative alef or a possessive pronoun; with or without ال.
    """
    base = strip_conjunction(key)
    candidates = {key, base, base.removesuffix("ا")}
    candidates |= {
        c[: -len(p)] for c in tuple(candidates) for p in _PRONOUNS if c.endswith(p) and len(c) > len(p) + 2
    }
    return any(lex.has(nouns, c) or lex.has(nouns, "ال" + c) for c in candidates)


def stem(key: str) -> str:
    """A folded word without an attached و/ف, preposition ب/ل or article: بمقتل, والمقتل -> مقتل.

    The same words come again and again: recent answers are kept (bounded, afresh when full).
    """
    found = _STEMS.get(key)
    if found is None:
        if len(_STEMS) >= _STEMS_MAX:
            _STEMS.clear()
        found = _STEMS[key] = _stem(key)
    return found


def _stem(key: str) -> str:
    """`stem`, worked out."""
    for prefix in ("وبال", "فبال", "وال", "فال", "بال", "لل", "ال", "وب", "ب", "و", "ف"):
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            return key[len(prefix) :]
    return key


_STEMS: Final[dict[str, str]] = {}  # stem's recent answers: word -> stem
_STEMS_MAX: Final = 16384


def confirms(form: CueForm | None, content: list[Token], stems: Callable[[str], int], lex: Lexicon) -> bool:
    """أكد with a direct object that is a claim, or an event the article reported before, confirms it.

    'أكدت السلطات رواية الشهود', 'أكد الجيش مقتل القائد' (after 'أفادت وسائل إعلام بمقتل قائد');
    'أكد الوزير ضرورة الحوار' (an emphasis noun) asserts. `stems` counts a stem in the words read before.
    """
    if form is None or not lex.has("confirm_lemmas", fold(form.lemma)):
        return False
    words = [t.key for t in content if t.is_word and not lex.has_word("claim_determiners", t.key)]
    if not words:
        return False
    if is_claim_noun(words[0], lex) or (words[0] == "ما" and len(words) > 1 and reports(words[1], lex)):
        return True
    if words[0].startswith("ل") and any(is_claim_noun(w, lex) for w in words[1:_ADDRESSEE_WORDS]):
        return True  # 'أكدوا للحكومة المحلية هذا الخبر': the addressee, then the claim confirmed
    head = stem(words[0])
    if (lex.has("occurrence_nouns", words[0]) or lex.has("occurrence_nouns", head)) and len(words) > 1:
        return (
            stems(stem(words[1])) >= 1
        )  # 'أكدت الشرطة وقوع الحريق': the event that occurred, reported before
    if (
        lex.has("masdar_objects", head)
        or _verbal_nouns(lex.words["verbal_noun_patterns"]).fullmatch(head) is None
    ):
        return False
    return stems(head) >= 1


_ADDRESSEE_WORDS: Final = 4  # 'للحكومة المحلية' before the object: a noun and an adjective or two


def reports(key: str, lex: Lexicon) -> bool:
    """'ما أعلنته', 'ما نشرته': a reporting verb with its object pronoun, after ما (what was reported)."""
    base = next(
        (key[: -len(p)] for p in ("ته", "تها", "ه", "ها") if key.endswith(p) and len(key) > len(p) + 2), key
    )
    return base in lex.cues or base + "ت" in lex.cues or lex.has("report_verbs", base)


@cache
def _verbal_nouns(patterns: frozenset[str]) -> re.Pattern[str]:
    """The measures of verbal nouns as one regex ('.' is a letter)."""
    return re.compile("|".join(p.replace(".", r"\w") for p in sorted(patterns)))


def _target_end(content: list[Token]) -> int | None:
    for index, token in enumerate(content):
        if index > 0 and strip_conjunction(token.key) in _EMBEDDED_REPORT_CUES:
            return index
    return None


def _word_index_to_token(content: list[Token], word_index: int) -> int:
    seen = -1
    for index, token in enumerate(content):
        if token.is_word:
            seen += 1
            if seen == word_index:
                return index
    return len(content)


def is_hedged(form: CueForm | None, content: list[Token], lex: Lexicon) -> bool:
    """True for cues of expectation or belief or content with an uncertainty marker (build.hedged),
    or قد before a present verb (قد ينهار: it may collapse)."""
    markers = lex.words["hedge_markers"]
    cue = form is not None and form.hedge
    if len(content) > 2 and _belief_noun(content[0].key, lex) and _that_after(content, lex):
        return True  # 'أعرب عن اعتقاده بأن ...': a belief expressed, as with اعتقد (not 'خشيته على مصيره')
    keys = [t.key for t in content]
    if not cue and _first_words_joined(markers).isdisjoint(keys) and _QAD.isdisjoint(keys):
        return False
    words = [strip_conjunction(t.key) for t in content if t.is_word]
    if hedged(cue, words, markers):
        return True
    if "قد" not in words:
        return False
    return any(
        strip_conjunction(w.key) == "قد" and _present(nxt) and not _after_being(content, k, lex)
        for k, (w, nxt) in enumerate(pairwise(content))
    )


def _after_being(content: list[Token], k: int, lex: Lexicon) -> bool:
    """Does a form of كان stand just before the قد at k ('أن يكون الوفد قد تلقى'): a perfect, not a hedge?"""
    before = content[max(0, k - _BEING_REACH) : k]
    return any(lex.has("being_verbs", strip_conjunction(t.key)) for t in before)


_BEING_REACH: Final = 4  # words between يكون and its قد: a subject of two or three words


_POSSESSIVES: Final = ("هما", "هم", "ها", "ه")


def belief_noun(key: str, lex: Lexicon) -> bool:
    """'اعتقاده', 'خشيتها': a possessed noun of belief or expectation, whose clause is held uncertain."""
    return _belief_noun(key, lex)


def _belief_noun(key: str, lex: Lexicon) -> bool:
    """'اعتقاده', 'توقعها', 'خشيتهم': a possessed noun of belief or expectation (ة before a suffix is ت)."""
    for suffix in _POSSESSIVES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            stem = key[: -len(suffix)]
            feminine = stem.endswith("ت") and lex.has("belief_nouns", stem[:-1] + "ه")
            return lex.has("belief_nouns", stem) or feminine
    return False


def _that_after(content: list[Token], lex: Lexicon) -> bool:
    """Does a clause follow the content's first word ('بأن', 'أن', 'من أن'), a proposition believed?"""
    second, third = content[1].key, content[2].key
    return lex.has("complementizers", second) or (second == "من" and lex.has("complementizers", third))


def _present(verb: Token) -> bool:
    """Is the verb after قد present (قد يكون, قد تتأخر: uncertainty), not past (قد نفذت, قد تعرضت)?"""
    key = verb.key
    if _QAD_PRESENT.match(verb.text) is None or len(key) <= 2:
        return False
    past = key.endswith("ت") and len(key) >= (5 if key[0] == "ت" else 4) and key[0] != "ي"
    return not past


_QAD: Final = with_conjunctions(frozenset({"قد"}))
_QAD_PRESENT: Final = re.compile("^[يتنأ]")  # قد + a present-tense verb (يكون, تتأخر, أتوقع): uncertainty


def weak_stem(key: str, lex: Lexicon) -> str:
    """A folded word bare of its clitics and affixes, so that a verb meets its noun: منعها, أمنع -> منع.

    Only for comparing words of one article with each other ('سرقتها' with 'سرقة'), never a lemma.
    """
    word = stem(key)
    for ending in _by_length(lex.words["weak_endings"]):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if len(word) >= 4 and word[0] in lex.words["weak_prefixes"]:
        word = word[1:]
    return word


_BY_LENGTH_MEMO: Final[dict[frozenset[str], tuple[str, ...]]] = {}  # computed once per argument


def _by_length(words: frozenset[str]) -> tuple[str, ...]:
    """The words, longest first: the longest ending is dropped."""
    found = _BY_LENGTH_MEMO.get(words)
    if found is None:
        found = _BY_LENGTH_MEMO[words] = tuple(sorted(words, key=len, reverse=True))
    return found


def claim_stems(tokens: list[Token], lex: Lexicon) -> Counter[str]:
    """The weak stems of a claim's words (a denial's target, an accusation), for `takes_up_claim`."""
    return Counter(weak_stem(t.key, lex) for t in tokens if _content_word(t, lex))


def _not_negating(after: list[Token], lex: Lexicon) -> bool:
    """'لا تزال ملتزمة' (still), 'لا أشعر أن', 'لا أعتقد' (a belief): the negation denies no claim."""
    if not after:
        return True
    key = after[0].key
    form = lex.cues.get(key)
    belief = form is not None and (form.hedge or form.negatable)
    opens_clause = len(after) > 1 and lex.has("complementizers", after[1].key)
    return lex.has("continuity_verbs", key) or belief or opens_clause


_FUNCTION_WORDS: Final = ("subject_stops", "claim_determiners", "time_words", "predicate_negations")


def _content_word(token: Token, lex: Lexicon) -> bool:
    """A word of three letters or more that is no preposition, determiner, time word or negation."""
    key = strip_conjunction(token.key)
    return token.is_alpha and len(key) >= 3 and not any(lex.has(name, key) for name in _FUNCTION_WORDS)


_NEGATION_WITHIN: Final = 4  # words: the negation opens the content or follows its subject
_PREDICATE_WORDS: Final = 4  # words after the negation: the verb and its object


def takes_up_claim(content: list[Token], claims: Counter[str], lex: Lexicon) -> bool:
    """'لم أمنع من دخول البلاد' after a report of the ban: a negated predicate rebuts the claim it takes up.

    The predicate (the words after لم/لا/ليس up to a comma) must share a word with a claim the
    article denied or an accusation it reported before; a plain negative sentence asserts.
    """
    if not claims:
        return False
    start, seen = None, 0
    for index, token in enumerate(content):
        if not token.is_word:
            continue
        if lex.has("predicate_negations", strip_conjunction(token.key)):
            start = index + 1
            break
        seen += 1
        if seen == _NEGATION_WITHIN:
            return False
    if start is None or _not_negating(content[start : start + 2], lex):
        return False
    predicate: list[Token] = []
    for token in content[start:]:
        if token.text in "،,.:؛" or len(predicate) == _PREDICATE_WORDS:
            break
        if token.is_word:
            predicate.append(token)
    return any(claims[weak_stem(t.key, lex)] > 0 for t in predicate if _content_word(t, lex))
