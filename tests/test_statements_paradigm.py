"""Generated cue paradigms: every person, number, gender, mood and object form, and what is left out."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from rawi.statements.lexicon import arabic
from rawi.statements.paradigm import (
    imperfect_forms,
    object_forms,
    paradigm,
    participle_forms,
    perfect_forms,
)
from rawi.statements.tokens import fold

FAMILIES = json.loads(resources.files("rawi.statements").joinpath("data", "cues_ar.json").read_text("utf-8"))[
    "cues"
]


def test_a_hollow_verb_gives_every_third_person_and_the_first_person_perfect() -> None:
    assert set(perfect_forms("قال", "قل")) == {"قال", "قالت", "قالوا", "قالا", "قالتا", "قلن", "قلت", "قلنا"}
    imperfect = set(imperfect_forms("يقول", "يقل"))
    assert {"يقول", "تقول", "يقولون", "يقولان", "تقولان", "يقلن", "يقولوا", "يقل"} <= imperfect


def test_a_defective_verb_drops_its_weak_letter() -> None:
    assert {"نفت", "نفوا", "نفتا", "نفين"} <= set(perfect_forms("نفى"))
    assert {"ادعت", "ادعوا", "ادعيا"} <= set(perfect_forms("ادعى"))
    assert {"دعت", "دعوا", "دعتا"} <= set(perfect_forms("دعا"))
    assert {"ينفي", "تنفي", "ينفون", "ينفيان", "ينفين", "ينفوا"} <= set(imperfect_forms("ينفي"))
    assert {"يرى", "ترى", "يرون", "يريان"} <= set(imperfect_forms("يرى"))
    assert {"يدعو", "يدعون", "يدعوان"} <= set(imperfect_forms("يدعو"))


def test_a_doubled_verb_uses_its_short_stem_before_a_consonant() -> None:
    assert {"رد", "ردت", "ردوا", "رددن", "رددت"} <= set(perfect_forms("رد", "ردد"))
    assert {"يرد", "يردون", "يرددن"} <= set(imperfect_forms("يرد", "يردد"))


def test_the_masculine_dual_of_a_sound_three_letter_verb_is_its_masdar_and_left_out() -> None:
    assert "نقلا" not in perfect_forms("نقل")
    assert "نفيا" not in perfect_forms("نفى")
    assert "أكدا" in perfect_forms("أكد")
    assert "شددا" in perfect_forms("شدد")
    assert "قالا" in perfect_forms("قال", "قل")


def test_object_pronouns_attach_to_the_perfect_and_imperfect() -> None:
    assert {"وصفه", "وصفها", "وصفهم", "وصفهما"} <= set(object_forms(["وصف"]))
    assert {"نفاه", "نفاها"} <= set(object_forms(["نفى"]))
    assert {"أعلنوه", "أعلنوها"} <= set(object_forms(["أعلنوا"]))


def test_participles_come_in_every_gender_and_number() -> None:
    assert {"مؤكدا", "مؤكدة", "مؤكدين", "مؤكدات", "مؤكدان"} <= set(participle_forms("مؤكد"))
    assert {"نافيا", "نافية", "نافين"} <= set(participle_forms("نافي"))


def test_purpose_lam_and_no_future_forms() -> None:
    forms = set(paradigm({"lemma": "أوضح", "perfect": "أوضح", "imperfect": "يوضح"}).verb)
    assert {"ليوضح", "لتوضح", "ليوضحوا"} <= forms
    assert not any(f.startswith("س") for f in forms)


def test_homographs_are_left_out_of_every_class() -> None:
    family = {"lemma": "طالب", "perfect": "طالب", "participle": "مطالب", "homographs": ["مطالبات"]}
    generated = paradigm(family)
    assert "مطالبات" not in generated.participle
    assert "مطالبة" in generated.participle


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f["lemma"])
def test_every_lemma_walks_through_its_paradigm(family: dict[str, Any]) -> None:
    """Each generated form is a cue of this family, or of an earlier family with the same spelling."""
    lex = arabic()
    lemmas = [f["lemma"] for f in FAMILIES]
    generated = paradigm(family)
    for form_class in ("verb", "participle", "noun"):
        for form in getattr(generated, form_class):
            cue = lex.cues.get(fold(form)) or lex.relative_objects.get(fold(form))
            if cue is None:
                assert fold(form) in {p.words[0] for p in lex.prepositional}, form
                continue
            assert lemmas.index(cue.lemma) <= lemmas.index(family["lemma"]), form
            if cue.lemma == family["lemma"]:
                assert cue.form_class == form_class, form
                assert cue.stance == family.get("stance", "assert")


def test_the_third_person_masculine_imperfect_may_be_an_agentless_passive() -> None:
    lex = arabic()
    assert lex.cues[fold("يعتقد")].impersonal
    assert not lex.cues[fold("يعتقدون")].impersonal
    assert not lex.cues[fold("اعتقد")].impersonal
