"""Personal names that look like function words: علي (folded like على), عبد + a divine name, أبو X.

The name lists live in data/names_ar.json. علي is told from the preposition على on the
letters as written (ي, not ى), before folding, and by its neighbours.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Final

from rawi.arabic.normalize import strip_diacritics
from rawi.statements.lexicon import Lexicon
from rawi.statements.tokens import Token, fold

_ALI: Final = "علي"


_LISTS: Final[dict[str, frozenset[str]]] = {}  # filled by the first `_lists` call


def _lists() -> dict[str, frozenset[str]]:
    """The folded name lists (read once; a module dict, not functools.cache: compiled, a direct call)."""
    if not _LISTS:
        path = resources.files("rawi.statements").joinpath("data", "names_ar.json")
        data = json.loads(path.read_text("utf-8"))
        lists = {name: words for name, words in data.items() if isinstance(words, list)}
        _LISTS.update({name: frozenset(fold(w) for w in words) for name, words in lists.items()})
    return _LISTS


def is_given_name(key: str) -> bool:
    """A common Arabic given name (folded key): أحمد, حسن, ليلى."""
    return key in _lists()["given_names"]


def given_names() -> frozenset[str]:
    """The folded given names, for one set operation over many words at once."""
    return _lists()["given_names"]


def is_feminine_name(key: str) -> bool:
    """A given name borne by women (folded key): ليلى, مريم, هدى."""
    return key in _lists()["feminine_given_names"]


def opens_compound(tokens: list[Token], k: int) -> bool:
    """عبد + divine name or another definite name ('عبد الله', 'عبد الأمير', 'عبد المهدي') or أبو/أم + name
    at k: one name of two words."""
    if k + 1 >= len(tokens) or not tokens[k + 1].is_alpha:
        return False
    key, following = tokens[k].key, tokens[k + 1].key
    lists = _lists()
    if key in lists["servant_heads"]:
        bare_definite = following.startswith("ال") and tokens[k + 1].definite
        return following in lists["divine_names"] or bare_definite
    if key in lists["kunya_heads"] or key in lists["lineage_particles"]:
        return following not in lists["divine_names"] and not following.startswith(("لل", "بال"))
    return False


def is_servant_head(key: str) -> bool:
    """عبد (folded key): the head of a compound name with a divine name ('عبد الله')."""
    return key in _lists()["servant_heads"]


def name_piece(key: str) -> bool:
    """A given name or a name particle (folded key): حسن, بن, أبو, عبد."""
    return is_given_name(key) or _particle(key)


def is_lineage_particle(key: str) -> bool:
    """بن, ابن, بنت, ولد (folded key): a particle between two names of one person ('مراد بن علي')."""
    return key in _lists()["lineage_particles"]


def _particle(key: str) -> bool:
    lists = _lists()
    return key in lists["servant_heads"] or key in lists["kunya_heads"] or key in lists["lineage_particles"]


def is_name_word(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Is token k the name علي (not the preposition على), or منى written with ى, inside or opening a name?

    Written علي with ي, it is a name after a given name or a name particle ('أحمد علي',
    'بن علي', 'أبو علي'), and before a given name, a name particle, a family name with ال
    ending in ي ('علي الزعبي'), a comma or a complementiser ('قال علي حسن', 'الرئيس علي عبد الله').
    """
    token = tokens[k]
    if token.key in _lists()["maqsura_names"]:
        return strip_diacritics(token.text).endswith("ى")  # 'منى' is a name, 'مني' (from me) is not
    if token.key in _lists()["foreign_homographs"]:
        return _foreign_family_name(tokens, k, lex)
    if token.key != _ALI or strip_diacritics(token.text) != _ALI:
        return False
    if k > 0 and tokens[k - 1].is_alpha:
        previous = tokens[k - 1].key
        if is_given_name(previous) or _particle(previous):
            return True
    if k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    if following.text in "،,":
        return True
    key = following.key
    if lex.has("complementizers", key) or is_given_name(key) or _particle(key):
        return True
    return _family_nisba(following, lex)


def _foreign_family_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'المتحدثة باسم الوزارة لي مينغ هوا': لي after a role's definite word and before two bare
    words (not a given name, not a known word) opens an East Asian name, not 'to me'."""
    if k == 0 or k + 1 >= len(tokens) or not tokens[k - 1].key.startswith("ال"):
        return False
    bare = [_bare_word(token, lex) for token in tokens[k + 1 : k + 3]]
    closing = len(bare) == 2 and (not tokens[k + 2].is_alpha or _closes_name(tokens[k + 2].key, lex))
    if closing:  # 'لي شينغ خلال منتدى', 'لي شينغ إن'
        return bare[0] and not tokens[k + 1].key.endswith("ا")  # 'لي شخصيا،' is 'to me'
    return all(bare)


def _closes_name(key: str, lex: Lexicon) -> bool:
    """A word that no name goes on with: a preposition or adverb of setting, or a complementiser."""
    return lex.has("subject_stops", key) or lex.has("complementizers", key)


def _bare_word(token: Token, lex: Lexicon) -> bool:
    """A word with no article that no word list knows: a piece of a foreign name."""
    key = token.key
    if not token.is_alpha or key.startswith("ال") or is_given_name(key) or _particle(key):
        return False
    lists = ("titles", "subject_stops", "complementizers", "time_words", "places", "leading_particles")
    return not any(lex.has(name, key) for name in lists)


def _family_nisba(token: Token, lex: Lexicon) -> bool:
    """'الزعبي', 'الهاشمي': a family name with ال ending in ي, not a place or a title."""
    key = token.key
    if not (token.definite and key.startswith("ال") and key.endswith("ي") and len(key) >= 5):
        return False
    lists = ("places", "titles", "organization_heads", "time_words", "subject_stops")
    return not any(lex.has(name, key) for name in lists)


def same_transliteration(word: str, other: str) -> bool:
    """Long foreign names that differ only in long vowels inside them (ا و ي): نيكولسون / نيكلسون.

    The first and last letters must agree, so a nisba or a feminine form is another person
    (سليماني / سليمان, نافالنايا / نافالني, زيلينسكا / زيلينسكي).
    """
    if min(len(word), len(other)) < _LONG_NAME or (word[0], word[-1]) != (other[0], other[-1]):
        return False
    return _VOWELS.sub("", word[1:-1]) == _VOWELS.sub("", other[1:-1])


_LONG_NAME: Final = 6  # shorter Arabic names differ by a long vowel and are other names (محمد / محمود)
_VOWELS: Final = re.compile("[اوي]")


_GOD: Final = fold("الله")


def feminine_noun_after_title(tokens: list[Token], k: int, end: int) -> bool:
    """After a masculine title, is token k a feminine noun in construct ('أعلن الرئيس حالة الطوارئ')?
    Then no name follows the title. A man's given name in ة (حمزة، أسامة) is in the names list; a
    woman's would follow a feminine title."""
    title = tokens[k - 1] if 0 < k < end - 1 else None
    if title is None or not title.definite or title.key.endswith("ه"):
        return False  # 'رئيس لجنة الثقافة': an indefinite title is in construct with what follows
    word = tokens[k]
    if not word.key.endswith("ه") or word.definite or word.key[:1] in "بل" or is_given_name(word.key):
        return False  # 'المتحدث بأمانة المنطقة': a preposition's noun goes on with the role
    if word.key.endswith(_GOD):
        return False  # 'عبدالله', 'فتح الله' written as one word: a name
    return tokens[k + 1].definite


def imperfect_verb_like(token: Token) -> bool:
    """'النقابة تصعد', 'الوزير يطمئن': in a headline, a word after the subject opening with ي or ت
    (no ال) is its imperfect verb, unless it is a given name that begins so (يوسف، تامر)."""
    key = token.key
    return key[:1] in "يت" and len(key) >= 3 and not token.definite and not is_given_name(key)
