"""The Arabic cue and word lexicons: well-formed data files, and what the loader makes of them."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import pytest

from rawi.statements import lexicon
from rawi.statements.content import _publishing_key, publishing_verb
from rawi.statements.finder import cue_form
from rawi.statements.lexicon import DEFINITE_PREFIXES, arabic
from rawi.statements.paradigm import paradigm
from rawi.statements.speakers import _MASDAR, _hollow_masdar, _masdar_like
from rawi.statements.tokens import fold, strip_conjunction, tokenize

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
FORM_CLASSES = ("verb", "participle", "noun")
STEMS = ("perfect", "perfect_short", "imperfect", "imperfect_short", "participle")
FLAGS = (
    "object_first",
    "hedge",
    "objects",
    "relative_objects",
    "negatable",
    "decides",
    "object_between",
    "negated_hedge",
    "addressee",
    "greets",
    "declines",
    "b_masdar",
)
LISTS = ("masdar", "preps", "homographs", "clause_homographs", "impersonal", "object_nouns")
FAMILY_KEYS = frozenset({"lemma", "stance", "takes", *STEMS, *FLAGS, *LISTS})


def _data(name: str) -> dict[str, Any]:
    return json.loads(resources.files("rawi.statements").joinpath("data", name).read_text("utf-8"))


CUES = _data("cues_ar.json")
WORDS = _data("words_ar.json")


def _is_word(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip()) and value == value.strip()


@pytest.mark.parametrize("family", CUES["cues"], ids=lambda f: f.get("lemma", "?"))
def test_every_cue_family_is_well_formed(family: dict[str, Any]) -> None:
    assert set(family) <= FAMILY_KEYS
    assert _is_word(family["lemma"]) and _is_word(family["perfect"])
    words = [family[k] for k in STEMS if k in family] + [w for k in LISTS for w in family.get(k, [])]
    assert all(_is_word(w) and not DIACRITICS.search(w) for w in words)
    assert all(isinstance(family.get(flag, False), bool) for flag in FLAGS)
    assert family.get("stance", "assert") in ("assert", "deny", "confirm")
    assert family.get("takes", "clause") in ("clause", "complement", "relay", "document", "claim", "object")
    assert bool(family.get("object_nouns")) == (family.get("takes") == "object")
    generated = paradigm(family)
    assert not set(family.get("homographs", ())) & {*generated.verb, *generated.participle, *generated.noun}


def test_cue_lemmas_are_unique() -> None:
    lemmas = [family["lemma"] for family in CUES["cues"]]
    assert len(lemmas) == len(set(lemmas))


def test_a_form_two_families_generate_keeps_the_first_reading() -> None:
    lex = arabic()
    owner: dict[str, str] = {}
    for family in CUES["cues"]:
        for form_class in FORM_CLASSES:
            for form in getattr(paradigm(family), form_class):
                owner.setdefault(fold(form), family["lemma"])
    prepositions = {p.words[0] for p in lex.prepositional}
    known = {**lex.relative_objects, **lex.cues}
    assert all(known[key].lemma == lemma for key, lemma in owner.items() if key not in prepositions)


def test_prepositional_cues_are_well_formed() -> None:
    assert CUES["attributions"]
    for entry in CUES["attributions"]:
        assert entry["words"] and all(_is_word(w) and not DIACRITICS.search(w) for w in entry["words"])
        assert _is_word(entry["cue"])
        assert fold(entry["cue"].split()[0]) == fold(entry["words"][0])


@pytest.mark.parametrize("name", [k for k, v in WORDS.items() if not k.startswith("_")])
def test_every_word_list_is_a_non_empty_list_of_words_or_a_word_map(name: str) -> None:
    value = WORDS[name]
    if isinstance(value, dict):
        assert value and all(_is_word(k) and _is_word(v) for k, v in value.items())
    else:
        assert isinstance(value, list) and value
        assert all(_is_word(word) for word in value)


def test_back_references_name_nouns_the_lexicon_knows() -> None:
    lex = arabic()
    heads = ("media_heads", "document_heads", "organization_heads", "anonymous_heads")
    for noun in WORDS["back_references"].values():
        assert any(lex.has(name, fold(noun)) for name in heads), noun


def test_every_surface_form_is_found_with_an_attached_conjunction() -> None:
    lex = arabic()
    owner = {key: form.lemma for key, form in lex.cues.items()}
    for family in CUES["cues"]:
        generated = paradigm(family)
        for form_class in FORM_CLASSES:
            for form in getattr(generated, form_class):
                if owner.get(fold(form)) != family["lemma"]:
                    continue
                for prefix in ("", "و", "ف"):
                    found = cue_form(tokenize(prefix + form)[0], lex)
                    assert found is not None and found.form_class == form_class, prefix + form
                    assert found.lemma == family["lemma"]


def test_loaded_cues_keep_class_stance_and_hedge() -> None:
    lex = arabic()
    assert lex.cues[fold("مؤكدة")].form_class == "participle"
    assert lex.cues[fold("إعلان")].form_class == "noun"
    assert lex.cues[fold("نفت")].stance == "deny"
    assert lex.cues[fold("توقعت")].hedge
    assert fold("إلى") in lex.cues[fold("أشار")].preps


def test_word_lookups_accept_a_conjunction_and_an_accusative_alef() -> None:
    lex = arabic()
    assert lex.has_word("anonymous_heads", fold("ومصادر"))
    assert lex.has_noun("document_heads", fold("تقريرا"))
    assert not lex.has("document_heads", fold("تقريرا"))


def test_adjective_lookups_accept_either_gender() -> None:
    lex = arabic()
    assert lex.has_adjective("document_adjectives", fold("جديدة"))
    assert lex.has_adjective("document_adjectives", fold("جديد"))
    assert not lex.has_adjective("document_adjectives", fold("جديدات"))


def _title_by_rule(key: str, titles: frozenset[str]) -> bool:
    """The title test spelt out: the word, the word without its definite prefix, or with ال."""
    stripped = next(
        (key[len(p) :] for p in DEFINITE_PREFIXES if key.startswith(p) and len(key) > len(p) + 1), key
    )
    return key in titles or stripped in titles or "ال" + key in titles


def test_title_forms_answer_like_the_prefix_rule() -> None:
    lex = arabic()
    titles = lex.words["titles"]
    probes = {p + t for t in titles for p in ("", "و", *DEFINITE_PREFIXES)} | {t[1:] for t in titles}
    probes |= {t[2:] for t in titles} | {"ال", "لل", "والد", "مستشار", "بالمستشار", "قال"}
    assert all((key in lex.title_forms) == _title_by_rule(key, titles) for key in probes)


def test_has_word_accepts_each_list_word_with_an_attached_conjunction_only() -> None:
    lex = arabic()
    for name, words in lex.words.items():
        for word in list(words)[:50]:
            for key in (word, "و" + word, "ف" + word, "وو" + word):
                assert lex.has_word(name, key) == (key in words or strip_conjunction(key) in words)


def test_phrase_ends_are_the_stop_lists_and_every_cue_with_or_without_a_conjunction() -> None:
    lex = arabic()
    stops = lex.words["complementizers"] | lex.words["subject_stops"] | lex.words["relay_prepositions"]
    words = [*sorted(stops | set(lex.cues))[::7], "زيد", "وزيد", "و", "ف", "وو"]
    for word in words:
        for key in (word, "و" + word, "ف" + word):
            expected = key in stops or key in lex.cues or strip_conjunction(key) in lex.cues
            assert (key in lex.phrase_ends) == expected, key


def test_mention_heads_are_the_titles_and_partitive_heads() -> None:
    lex = arabic()
    assert lex.mention_heads == lex.title_keys | lex.words["partitive_heads"]


def test_what_follows_a_withholding_verb_is_an_identity_noun_or_a_withholding_word() -> None:
    lex = arabic()
    assert lex.withheld_next == lex.words["identity_nouns"] | lex.words["withholding_words"]


def test_a_rules_memo_is_kept_by_the_lexicon_and_starts_afresh_when_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lex = arabic()
    memo = lex.memo("a test rule")
    memo["word"] = True
    assert lex.memo("a test rule") is memo and lex.memo("another rule") is not memo
    monkeypatch.setattr(lexicon, "_MEMO_MAX", 1)
    assert lex.memo("a test rule") == {}


@pytest.mark.parametrize("word", ["نشرت", "بثته", "نقلتها", "قال", "الوزير", "نشرته"])
def test_remembered_word_rules_answer_as_worked_out(word: str) -> None:
    """The rules remembered by word give the answer they work out, asked once or again."""
    lex, key = arabic(), fold(word)
    token = tokenize(word)[0]
    assert publishing_verb(token, lex) == _publishing_key(key, lex) == publishing_verb(token, lex)
    expected = (
        lex.has("masdar_objects", key) or _MASDAR.fullmatch(key) is not None or _hollow_masdar(key, lex)
    )
    assert _masdar_like(key, lex) == expected == _masdar_like(key, lex)
