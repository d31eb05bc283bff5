"""Arabic verb paradigms: every written form of a reporting lemma, generated from a few stems.

A family in cues_ar.json gives the 3rd person masculine perfect (قال) and imperfect (يقول),
their short stems where the verb is hollow or doubled (قل, يقل; ردد, يردد), the masculine
participle (قائل) and the masdars. From them come the 3rd person forms news uses (قالت قالوا
قالا قالتا قلن; يقول تقول يقولون يقولان تقولان يقلن), the subjunctive and jussive of لـ/لن/لم
(ليقولوا, لم يقل), the purpose لـ (ليوضح), the 1st person perfect (قلت, قلنا: the imperfect
أقول/نقول is left out, أ and ن clash with other stems), object suffixes (وصفه, نفاه, أعلنوه)
and the participle in every gender and number (مؤكدا مؤكدة مؤكدين مؤكدات مؤكدان).
The future (سيقول, سوف يقول) is never generated: a speech act not yet made is no statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

OBJECT_SUFFIXES: Final = ("ه", "ها", "هم", "هما", "هن")


@dataclass(frozen=True)
class Paradigm:
    """The written forms of one lemma by class, and the verb forms that need a second look."""

    verb: tuple[str, ...]
    participle: tuple[str, ...]
    noun: tuple[str, ...]
    impersonal: frozenset[str]  # يعتقد, يقال: also read as an agentless passive ('it is believed')
    with_object: frozenset[str]  # وصفه, أعلنوه: the verb forms carrying an object pronoun
    purpose: frozenset[str]  # ليوضح, لتعلن: the subject is the main verb's ('خرج المدير ليوضح')
    dual: tuple[str, ...] = ()  # نفيا, ردا: a dual that also reads as a noun, a verb only after its subject


def _unique(forms: list[str]) -> tuple[str, ...]:
    """The forms in order, once each, none shorter than two letters."""
    return tuple(dict.fromkeys(f for f in forms if len(f) >= 2))


def _dual_is_safe(perfect: str) -> bool:
    """The masculine dual of a three-letter stem (ردا, نقلا, نفيا, حذرا) is often a noun: left out.

    Longer, hollow, hamzated or visibly doubled stems (أعلن, قال, أكّد, شدّد) keep it.
    """
    if len(perfect) != 3:
        return len(perfect) > 3
    return perfect[1] == "ا" or perfect[0] == "أ" or perfect[1] == perfect[2]


def noun_like_dual(perfect: str) -> str | None:
    """The masculine dual perfect_forms leaves out because it reads as a noun (نفيا, ردا, نقلا)."""
    if _dual_is_safe(perfect):
        return None
    return perfect[:-1] + ("يا" if perfect[-1] == "ى" else "وا") if perfect[-1] in "ىا" else perfect + "ا"


def perfect_forms(perfect: str, short: str | None = None) -> list[str]:
    """3rd person perfect in every number and gender, and the 1st person (قال ... قلت قلنا)."""
    short = short or perfect
    last = perfect[-1]
    if last in "ىا" and len(perfect) >= 3:  # نفى, رأى, دعا: the weak final letter goes
        stem = perfect[:-1]
        dual = [stem + ("يا" if last == "ى" else "وا")] if _dual_is_safe(perfect) else []
        fem_plural = stem + ("ين" if last == "ى" else "ون")
        first = stem + ("ي" if last == "ى" else "و")
        return [perfect, stem + "ت", stem + "وا", *dual, stem + "تا", fem_plural, first + "ت", first + "نا"]
    plural = perfect[:-1] + "وا" if last == "ي" else perfect + "وا"  # خشي -> خشوا
    dual = [perfect + "ا"] if _dual_is_safe(perfect) else []
    return [perfect, perfect + "ت", plural, *dual, perfect + "تا", short + "ن", short + "ت", short + "نا"]


def imperfect_forms(imperfect: str, short: str | None = None) -> list[str]:
    """3rd person imperfect, indicative, subjunctive and jussive (يقول تقول يقولون يقولوا يقل)."""
    stem = imperfect[1:]
    short_stem = (short or imperfect)[1:]
    last = imperfect[-1]
    if last in "يىو":  # ينفي, يرى, يدعو: the weak final letter
        base = stem[:-1]
        dual = stem + "ان" if last in "يو" else base + "يان"
        fem_plural = stem + "ن" if last in "يو" else base + "ين"
        forms = [stem, base + "ون", base + "وا", dual, dual[:-1]] + ([base] if len(base) >= 2 else [])
        return [p + f for p in "يت" for f in forms] + ["ي" + fem_plural]
    forms = [stem, stem + "ون", stem + "وا", stem + "ان", stem + "ا", short_stem]
    return [p + f for p in "يت" for f in forms] + ["ي" + short_stem + "ن"]


def object_forms(verbs: list[str]) -> list[str]:
    """The verb forms with an object pronoun: وصفه, نفاه, أعلنوه, يصفونه, وصفتها."""
    out: list[str] = []
    for verb in verbs:
        if verb.endswith("وا"):
            base = verb[:-1]
        elif verb.endswith("ى"):
            base = verb[:-1] + "ا"
        else:
            base = verb
        out.extend(base + suffix for suffix in OBJECT_SUFFIXES)
    return out


def participle_forms(participle: str) -> list[str]:
    """The circumstantial participle in every gender and number: مؤكدا مؤكدة مؤكدين مؤكدات مؤكدان."""
    if participle.endswith("ي"):  # ناف(ي): نافيا نافية نافين
        stem = participle[:-1]
        return [participle + "ا", participle + "ة", stem + "ين", participle + "ات", participle + "ان"]
    endings = ("ا", "ة", "ين", "ات", "ان", "تين", "تان")
    return [participle + e for e in endings]


def paradigm(family: dict[str, Any]) -> Paradigm:
    """Every written form of a cue family, by class (verb, participle, noun)."""
    verbs: list[str] = []
    impersonal: set[str] = set()
    purpose: list[str] = []
    perfect, imperfect = family.get("perfect"), family.get("imperfect")
    objects = bool(family.get("objects", False))
    with_object: list[str] = []
    if perfect:
        third = perfect_forms(perfect, family.get("perfect_short"))
        verbs += third
        if objects:
            with_object += object_forms([third[0], third[1], third[2]])
    if imperfect:
        forms = imperfect_forms(imperfect, family.get("imperfect_short"))
        purpose = ["ل" + f for f in forms]
        verbs += forms + purpose
        impersonal.update({imperfect, "ل" + imperfect})
        if objects:
            plural = imperfect[:-1] + "ون" if imperfect[-1] in "يىو" else imperfect + "ون"
            with_object += object_forms([imperfect, "ت" + imperfect[1:], plural])
    verbs += with_object
    skip = set(family.get("homographs", ()))
    participle = family.get("participle")
    participles = participle_forms(participle) if participle else []
    return Paradigm(
        verb=_unique([v for v in verbs if v not in skip]),
        participle=_unique([p for p in participles if p not in skip]),
        noun=_unique([n for n in family.get("masdar", ()) if n not in skip]),
        impersonal=frozenset(impersonal),
        with_object=frozenset(with_object),
        purpose=frozenset(purpose),
        dual=_unique([d for d in [noun_like_dual(perfect)] if d and d not in skip and d not in verbs])
        if perfect
        else (),
    )
