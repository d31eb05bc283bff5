"""The Arabic cue and word lexicons, loaded once from the data files beside this module."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Final

from rawi.statements.cue_schema import validate
from rawi.statements.paradigm import paradigm, perfect_forms
from rawi.statements.tokens import fold


@dataclass(frozen=True)
class CueForm:
    """One surface form of a reporting cue and what it implies."""

    lemma: str
    form_class: str  # verb | participle | noun
    stance: str
    hedge: bool
    preps: tuple[str, ...]
    needs: str  # the file's `takes`: "" (a clause) | complement | relay | document | claim | object
    bare_alef: bool = False  # spelt with a plain ا (اعتقد): أ+same letters is first person (أعتقد)
    object_first: bool = False  # 'وصف X بأنه Y': the content starts with the object X
    impersonal: bool = False  # يعتقد, يذكر: without a subject, an agentless passive ('it is believed')
    negatable: bool = False  # a belief verb: 'لا يرى أن' is still a statement, 'لم يؤكد' is none
    decides: bool = False  # أعلن حالة الطوارئ: with a designation as object, a decision
    with_object: bool = False  # أعلنه: after ما the pronoun is ما, never the clause before
    relative_object: bool = False  # نشرته: a cue only after ما/التي ('ما نشرته عن'), else an attribute
    purpose: bool = False  # ليوضح: 'خرج المدير ليوضح أن': the subject is the main verb's
    object_nouns: frozenset[str] = frozenset()  # وجّه اتهاما: the cue only speaks with one of these objects
    dual_only: bool = False  # نفيا: a verb only right after a dual subject pronoun ('أنهما نفيا')
    object_between: bool = False  # حمّل X المسؤولية: a second object stands between subject and that noun
    negated_hedge: bool = False  # 'لا يستبعد أن' (does not rule out) holds it possible: a hedged assertion
    addressee: bool = False  # دعت الوزارة المواطنين إلى: the one told may follow the subject as an object
    greets: bool = False  # رحب بالضيوف: a person or visitor after its preposition makes it an act
    declines: bool = False  # اعتذر عن المشاركة: a declined act after it makes it a refusal, no statement
    b_masdar: bool = False  # يعد بخفض: its ب complement must be a verbal noun ('تعد بلدا' is 'is counted')


@dataclass(frozen=True)
class Prepositional:
    """A prepositional attribution such as بحسب or وفقا لـ, as folded words."""

    words: tuple[str, ...]
    cue: str


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor knows about Arabic reporting, folded for matching."""

    cues: dict[str, CueForm]
    designations: frozenset[str]  # folded objects that make أعلن a decision: حالة الطوارئ, الحداد
    negators: frozenset[str]  # لم, لا: a negated cue is no statement unless it is a belief verb
    future_negators: frozenset[str]  # لن, سوف: a speech act not yet made
    prepositional: tuple[Prepositional, ...]
    words: dict[str, frozenset[str]]
    maps: dict[str, dict[str, str]]
    prepositional_starts: frozenset[str]  # first words of the prepositional cues, for a quick skip
    duals: dict[str, CueForm]  # نفيا, ردا: verbs only after a dual subject pronoun, else nouns (not in cues)
    relative_objects: dict[str, CueForm]  # نشرته: cues only after ما or a relative pronoun (not in cues)
    clause_homographs: dict[
        str, CueForm
    ]  # بين: cues only before a speaker and a complementiser (not in cues)
    triggers: frozenset[str]  # every key that may start a cue, with و/ف attached or not
    title_keys: frozenset[str]  # titles, with و/ف attached or not
    title_forms: frozenset[str]  # titles with or without ال (والـ, بالـ, لل): one lookup per word
    claim_starts: frozenset[str]  # keys that may open a sourced claim (مزاعم, بمزاعم, ومزاعم): a quick skip
    conjoined: dict[str, frozenset[str]]  # each word list with و/ف attached too: `has_word` in one lookup
    draft_openers: frozenset[str]  # triggers, claim starts and circulation passives: one lookup per word
    mention_heads: frozenset[str]  # title keys and partitive heads: where a 'role Name' mention may start
    pronoun_phrases: tuple[tuple[str, ...], ...]  # 'وفقا لها', 'على حد قوله': attributions to a pronoun
    pronoun_starts: frozenset[str]  # their first words, with و/ف attached or not
    phrase_ends: frozenset[
        str
    ]  # complementisers, subject stops, relay prepositions, cues (with و/ف): no noun phrase runs through
    withheld_next: frozenset[str]  # identity nouns and withholding words: what follows a withholding verb
    naming_starts: frozenset[str]  # first words of the naming phrases ('يدعى', 'واسمه'): a quick skip
    memos: dict[str, dict[str, bool]] = field(default_factory=dict)  # `memo`: a rule's answers by word
    text_memos: dict[str, dict[str, str]] = field(default_factory=dict)  # `text_memo`: answers that are words

    def memo(self, rule: str) -> dict[str, bool]:
        """The answers of a rule that asks a word's key alone of this lexicon, by key: the same words
        come again and again, so each is worked out once (bounded: the memo starts afresh when full)."""
        found = self.memos.get(rule)
        if found is None or len(found) >= _MEMO_MAX:
            found = self.memos[rule] = {}
        return found

    def text_memo(self, rule: str) -> dict[str, str]:
        """Like `memo`, for a rule whose answer is a word ('person', 'anonymous'), not a truth."""
        found = self.text_memos.get(rule)
        if found is None or len(found) >= _MEMO_MAX:
            found = self.text_memos[rule] = {}
        return found

    def has(self, list_name: str, key: str) -> bool:
        """True when the folded `key` is in the named word list."""
        return key in self.words[list_name]

    def has_word(self, list_name: str, key: str) -> bool:
        """Like `has`, also accepting the word with a leading و or ف: وزير, والمصادر, فالحكومة."""
        return key in self.conjoined[list_name]

    def has_noun(self, list_name: str, key: str) -> bool:
        """Like `has_word`, also accepting an accusative tanween alef: تقريرا, بيانا."""
        return self.has_word(list_name, key) or (key.endswith("ا") and self.has_word(list_name, key[:-1]))

    def has_adjective(self, list_name: str, key: str) -> bool:
        """Like `has`, in either gender: the lists hold the masculine ('جديد' also finds 'جديدة')."""
        return self.has(list_name, key) or (key.endswith(("ه", "ة")) and self.has(list_name, key[:-1]))


_MEMO_MAX: Final = 16384  # words a rule's memo holds


def _read(name: str) -> dict:
    return json.loads(resources.files("rawi.statements").joinpath("data", name).read_text("utf-8"))


def _cue_forms(family: dict) -> dict[str, CueForm]:
    """Every generated form of a family (paradigm.py), folded, with what the family implies."""
    forms: dict[str, CueForm] = {}
    preps = tuple(fold(p) for p in family.get("preps", ()))
    generated = paradigm(family)
    impersonal = generated.impersonal | set(family.get("impersonal", ()))
    for form_class, written in (
        ("verb", generated.verb + tuple(family.get("impersonal", ())) + generated.dual),
        ("participle", generated.participle),
        ("noun", generated.noun),
    ):
        for form in written:
            forms.setdefault(
                fold(form),
                CueForm(
                    lemma=family["lemma"],
                    form_class=form_class,
                    stance=family.get("stance", "assert"),
                    hedge=bool(family.get("hedge", False)),
                    preps=preps,
                    needs=_needs(family),
                    bare_alef=form.startswith("ا"),
                    object_first=bool(family.get("object_first", False)),
                    impersonal=form in impersonal,
                    negatable=bool(family.get("negatable", False)),
                    decides=bool(family.get("decides", False)),
                    with_object=form in generated.with_object,
                    relative_object=form in generated.with_object and bool(family.get("relative_objects")),
                    purpose=form in generated.purpose,
                    object_nouns=frozenset(fold(n) for n in family.get("object_nouns", ())),
                    object_between=bool(family.get("object_between", False)),
                    negated_hedge=bool(family.get("negated_hedge", False)),
                    addressee=bool(family.get("addressee", False)),
                    greets=bool(family.get("greets", False)),
                    declines=bool(family.get("declines", False)),
                    b_masdar=bool(family.get("b_masdar", False)),
                    dual_only=form in generated.dual,
                ),
            )
    return forms


def _clause_homographs(family: dict) -> dict[str, CueForm]:
    """Homographs of a family that are its cue when a speaker and a complementiser follow ('وبين الوزير
    أن', where بين is otherwise 'between'): generated like the rest, kept apart from the cues."""
    wanted = {fold(form) for form in family.get("clause_homographs", ())}
    if not wanted:
        return {}
    kept = [form for form in family.get("homographs", ()) if fold(form) not in wanted]
    return {key: form for key, form in _cue_forms({**family, "homographs": kept}).items() if key in wanted}


def _needs(family: dict) -> str:
    """What the engine calls the family's `takes`: "" for a plain content clause."""
    takes = family.get("takes", "clause")
    return "" if takes == "clause" else takes


def with_conjunctions(keys: set[str] | frozenset[str]) -> frozenset[str]:
    """The keys, and each with an attached و or ف, for one set lookup per token."""
    return frozenset(keys) | {c + k for k in keys for c in "وف"}


APPEARED: Final = fold("ورد")  # 'ورد في التقرير أن': 'appeared in', spelt like و + رد 'and replied'
DEFINITE_PREFIXES: Final = ("وال", "بال", "لل", "ال")


def _conjoined(words: frozenset[str]) -> frozenset[str]:
    """The words and each with و or ف attached: every key `strip_conjunction` takes to one of them
    (a word of two letters or more, as a conjunction stays on a word of one)."""
    return words | {c + word for word in words if len(word) >= 2 for c in "وف"}


def _definite_forms(words: frozenset[str]) -> frozenset[str]:
    """The words, each also with a definite prefix (المتحدث, للمتحدث) and without its ال (متحدث)."""
    prefixed = {prefix + word for prefix in DEFINITE_PREFIXES for word in words if len(word) >= 2}
    bare = {word[2:] for word in words if word.startswith("ال")}
    return words | prefixed | bare


def _claim_starts(sourced: frozenset[str], claims: frozenset[str]) -> frozenset[str]:
    """Every key a sourced claim may start with: the nouns, a sourced one after ب or ل, and
    each with و or ف, so the finder skips every other word with one set lookup."""
    return with_conjunctions(sourced | claims | {p + noun for noun in sourced for p in "بل"})


def _body_references(words: dict[str, frozenset[str]]) -> dict[str, str]:
    """'الوزارة' -> 'وزارة', 'المنصة' -> 'منصة': the definite head of a body or outlet refers back to
    the one the article named with that head ('وزارة الصحة', 'منصة "سراج"'); a head that is also a
    title ('الفريق' is a rank) is left to the titles."""
    heads = words["organization_heads"] | words["media_heads"]
    return {
        "ال" + head: head
        for head in heads
        if not head.startswith("ال") and " " not in head and "ال" + head not in words["titles"]
    }


def _third_person_perfects(lemmas: list[str]) -> frozenset[str]:
    """Every 3rd person perfect of the lemmas, folded (كلف كلفت كلفوا كلفا كلفتا): verbs listed by lemma."""
    return frozenset(fold(form) for lemma in lemmas for form in perfect_forms(lemma)[:-3])


def _complementizer_paradigm(word_data: dict) -> frozenset[str]:
    """Every complementiser base with every attached pronoun (أنهن, إنكم, بأننا), folded."""
    bases, suffixes = word_data["complementizer_bases"], word_data["complementizer_suffixes"]
    return frozenset(fold(base + suffix) for base in bases for suffix in ("", *suffixes))


_PRONOUNS: Final = ("ه", "ها", "هم", "هما")


def _pronoun_attribution_paradigm(word_data: dict) -> frozenset[str]:
    """'وفق قولها', 'وفقا لروايته', 'بحسب تعبيرهم': every head with every noun and pronoun, folded."""
    phrases = set()
    for noun in word_data["pronoun_attribution_nouns"]:
        stem = noun[:-1] + "ت" if noun.endswith(("ة", "ه")) else noun
        for suffix in _PRONOUNS:
            for head in word_data["pronoun_attribution_heads"]:
                glued = head.endswith(" ل")
                phrases.add(f"{head[:-2]} ل{stem}{suffix}" if glued else f"{head} {stem}{suffix}")
    return frozenset(fold(p) for p in phrases)


@cache
def arabic() -> Lexicon:
    """The Arabic lexicon (read once; immutable afterwards)."""
    cue_data = _read("cues_ar.json")
    validate(cue_data, "ar", "cues_ar.json")
    cues: dict[str, CueForm] = {}
    clause_homographs: dict[str, CueForm] = {}
    for family in cue_data["cues"]:
        for key, form in _cue_forms(family).items():
            cues.setdefault(key, form)
        clause_homographs.update(_clause_homographs(family))
    prepositional = tuple(
        Prepositional(tuple(fold(w) for w in p["words"]), p.get("cue", " ".join(p["words"])))
        for p in cue_data["attributions"]
    )
    for prep in prepositional:  # نقلا عن is a preposition, not the dual of نقل
        cues.pop(prep.words[0], None)
    duals = {key: form for key, form in cues.items() if form.dual_only}
    relative_objects = {key: form for key, form in cues.items() if form.relative_object}
    cues = {key: form for key, form in cues.items() if not form.dual_only and not form.relative_object}
    word_data = _read("words_ar.json")
    words = {  # names interned: a lookup by a literal name in the code then compares no characters
        sys.intern(name): frozenset(fold(w) for w in values)
        for name, values in word_data.items()
        if isinstance(values, list)
    }
    maps = {
        sys.intern(name): {fold(k): fold(v) for k, v in values.items()}
        for name, values in word_data.items()
        if isinstance(values, dict)
    }
    words[sys.intern("action_verbs")] = _third_person_perfects(word_data["action_verbs"])
    words[sys.intern("back_references_listed")] = frozenset(maps["back_references"])
    maps["back_references"] = _body_references(words) | maps["back_references"]

    words[sys.intern("complementizers")] |= _complementizer_paradigm(word_data)
    starts = frozenset(p.words[0] for p in prepositional)
    triggers = with_conjunctions(
        set(cues) | starts | set(duals) | set(relative_objects) | set(clause_homographs) | {APPEARED}
    )
    claim_starts = _claim_starts(words["sourced_claim_nouns"], words["claim_nouns"])
    title_keys = with_conjunctions(words["titles"])
    attributions = words["pronoun_attributions"] | _pronoun_attribution_paradigm(word_data)
    pronoun_phrases = tuple(tuple(p.split()) for p in sorted(attributions))
    pronoun_starts = with_conjunctions({p[0] for p in pronoun_phrases})
    return Lexicon(
        cues=cues,
        designations=frozenset(fold(d) for d in cue_data["designations"]),
        negators=with_conjunctions({fold(w) for w in cue_data["negators"]}),
        future_negators=with_conjunctions({fold(w) for w in cue_data["future_negators"]}),
        prepositional=prepositional,
        words=words,
        maps=maps,
        prepositional_starts=starts,
        duals=duals,
        relative_objects=relative_objects,
        clause_homographs=clause_homographs,
        triggers=triggers,
        title_keys=title_keys,
        title_forms=_definite_forms(words["titles"]),
        claim_starts=claim_starts,
        conjoined={name: _conjoined(values) for name, values in words.items()},
        draft_openers=triggers | claim_starts | words["circulation_passives"] | pronoun_starts,
        mention_heads=title_keys | words["partitive_heads"],
        pronoun_phrases=pronoun_phrases,
        pronoun_starts=pronoun_starts,
        phrase_ends=words["complementizers"]
        | words["subject_stops"]
        | words["action_verbs"]
        | words["relay_prepositions"]
        | _conjoined(frozenset(cues)),
        withheld_next=words["identity_nouns"] | words["withholding_words"],
        naming_starts=_conjoined(frozenset(p.split(" ")[0] for p in words["naming_phrases"])),
    )
