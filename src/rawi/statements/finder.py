"""Statements around reporting verbs, participles and verbal nouns: cue, source, content."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from rawi.arabic.normalize import strip_diacritics
from rawi.statements.adverbials import (
    announced_antecedent,
    confirmed_clause,
    denied_antecedent,
    prepositional_draft,
    relative_before,
    trailing_clause,
    trailing_cue,
)
from rawi.statements.backrefs import OWNED, published_by
from rawi.statements.content import (
    SENTENCE_ENDS,
    Bounds,
    Run,
    bounds_from,
    complement_soon,
    confirming_relative,
    describes_interview,
    find_opener,
    object_bounds,
    short_quote_closing,
    skip_adjuncts,
    unsaid_cue,
    waw_of_the_word,
)
from rawi.statements.drafts import RELATIVE_OBJECTS, Draft, cue_form, cue_word
from rawi.statements.interposed import subject_after_adverbials
from rawi.statements.lexicon import CueForm, Lexicon
from rawi.statements.names import imperfect_verb_like, is_given_name, is_name_word
from rawi.statements.naming import SPOKEN_FOR, describe, document_issuer, speaker_kind, spoken_for_pronoun
from rawi.statements.quotes import QUOTE_MARKS
from rawi.statements.speakers import (
    NISBA_ENDINGS,
    PERFECT_PARTICLES,
    RELATIVES,
    Source,
    addressed_people,
    addressee_start,
    agrees_with_relative,
    core_subject_end,
    definite_nisba,
    definite_object_first,
    ends_subject,
    governed_masdar,
    is_possessed_object,
    is_verbal_noun,
    judged_object,
    judged_right_after,
    manner_adverb,
    read_subject,
    read_subject_before,
    relative_antecedent,
    withheld_name_end,
)
from rawi.statements.stance import belief_noun, is_claim_noun, reports
from rawi.statements.tokens import Token, after_ala, fold, strip_conjunction, tokenize

_POSSESSIVES = ("ه", "ها", "هم", "هما")


def _saying_noun(token: Token, lex: Lexicon) -> str | None:
    """'قوله', 'نفيها', 'إشارته': a verbal noun of saying with the source's pronoun; its verb, or None."""
    nouns = lex.maps["relayed_saying_nouns"]
    for suffix in _POSSESSIVES:
        stem = token.key.removesuffix(suffix)
        if stem != token.key and len(stem) >= 2:
            verb = nouns.get(stem) or nouns.get(stem[:-1] + fold("ة") if stem.endswith("ت") else stem)
            if verb is not None:
                return verb
    return None


def verb_draft(run: Run, i: int, form: CueForm, lex: Lexicon) -> Draft | None:
    """A statement around a verb, participle or verbal-noun cue at token i, or None."""
    tokens = run.tokens
    if i > 0 and lex.has("cue_blockers", tokens[i - 1].key):
        return None
    if waw_of_the_word(tokens, i, lex):
        return None  # 'ما ورد في الصحف': 'what appeared', no reply
    if i > 0 and lex.has("partitive_heads", tokens[i - 1].key):
        return None  # 'أحد أبرز المهندسين': after 'one of' an elative adjective, no verb
    if i > 0 and lex.has_word("passive_auxiliaries", tokens[i - 1].key):
        return None  # 'وتم رصد الموضوع': the verbal noun of an agentless passive
    if _accused_passive(tokens, i, form, lex):
        return None  # 'وكان اللاعب قد اتهم بالتلاعب': 'was accused of', nobody accuses
    if _hypothetical(tokens, i, form, lex):
        return None  # 'حين يقول لي الناس', 'إذا قال': a saying imagined or habitual, not made
    if i > 0 and tokens[i - 1].key == _QAD and _imperfect_of(tokens[i], form):
        return None  # 'أن البعثة قد تدعو الأطراف': a saying that may come, not made
    if i > 0 and form.form_class == "verb" and lex.has("free_relatives", tokens[i - 1].key):
        return None  # 'من يتحدثون عن رحيله': whoever says it, a description of people, no statement
    if form.with_object and _masdar_spelling(tokens[i], form):
        return None  # 'إفادة', 'إفادته' fold like 'أفاده', 'أفادته': the verbal noun, not the verb
    if form.form_class == "verb" and _predicate_noun(tokens, i, form, lex):
        return None  # 'وهو طالب جامعي': after a pronoun subject, the noun of a nominal clause
    if form.form_class == "verb" and after_ala(tokens, i):
        return None  # 'متحفظا على ذكر اسمه': after على the word is a verbal noun, no verb
    if form.bare_alef and tokens[i].text.lstrip("وف").startswith("أ"):
        return None
    if form.form_class == "participle" and i > 0 and lex.has("prepositions", tokens[i - 1].key):
        return None  # 'أعرب عن أمله في أن': after a preposition a noun, never a circumstantial participle
    if form.form_class == "verb" and i > 0 and lex.has_noun("evidence_nouns", tokens[i - 1].key):
        return None  # 'لم تظهر أي قرينة تشير إلى': evidence that points, nobody speaks
    if form.form_class == "participle" and i > 0 and lex.has_word("predicate_verbs", tokens[i - 1].key):
        return None  # 'كان متوقعا أن': the predicate of an impersonal clause, nobody speaks
    if form.form_class == "participle" and _verb_object(tokens, i, lex):
        return None  # 'يدرس مقترحا لرفع الرسوم': a noun, the object of the verb before it
    if form.form_class == "participle" and _predicate_of_clause(tokens, i, lex):
        return None  # 'إن الحكومة الجديدة مطالبة بتقديم': the predicate of a nominal clause, nobody speaks
    if form.form_class == "participle" and _TOWARDS not in form.preps and _attribute_with_l(tokens, i, lex):
        return None  # 'جاءت النتائج مؤكدة لتوقعات الخبراء': 'confirming of', an attribute, nobody speaks
    if form.needs == "complement" and "ب" not in form.preps and _estimated_at(tokens, i + 1, lex):
        return None  # 'تقدر الخسائر بملايين', 'يقدر بنحو ألف': the passive 'is estimated at'
    if form.decides and _designation_at(tokens, i + 1, lex):
        return None  # 'وأعلن الحداد ثلاثة أيام': the designation is the subject of a passive
    if form.negated_hedge and i > 0 and tokens[i - 1].key in lex.negators:
        form = replace(form, stance="assert", hedge=True, negatable=True)  # 'لا يستبعد أن': holds it possible
    if _negated(tokens, i, form, lex) or _attributive(run, i, form, lex):
        return None
    if withheld_name_end(tokens, i, lex):
        return None  # 'طلب عدم الكشف عن هويته': a source withholding its name says nothing by it
    if _described_what(tokens, i, lex):
        return None  # 'واصفا ما نشر بهذا الشأن بأنه ...': the thing described, its بأنه the describer's
    if describes_interview(tokens, i, lex):
        return None  # 'في مقابلة مع صحيفة X نشرت الأحد': the outlet says nothing
    if form.needs == "relay":
        return _relay_draft(run, i, form, lex)
    if _governed_denial(run, i, form, lex):  # 'سارع الاتحاد إلى نفي هذه الأنباء': the claim is its object
        bounds = bounds_from(run, i + 1, lex)
        opened = _opened_subject(tokens, i - 2, lex) if i > 3 else None  # 'لكن الاتحاد سارع إلى نفي'
        source = describe(tokens[opened[0] : opened[1]], run.text, lex) if opened else None
        return Draft(i, cue_word(tokens[i], lex), form, source, bounds, (i + 1, i + 1)) if bounds else None
    if form.form_class == "noun":
        form = replace(form, needs="complement")
    # 'الأمر الذي أكده الجيش': the confirmer follows the verb; الأمر is no antecedent subject
    trailing_confirmation = i > 1 and confirming_relative(tokens, i - 2, lex) > 0
    # 'التقرير الذي نفته الوزارة': the denial denies its antecedent
    antecedent = (
        (denied_antecedent(run, i, form, lex) or announced_antecedent(run, i, form, lex))
        if form.with_object
        else None
    )
    relative = i > 0 and tokens[i - 1].key in RELATIVES and not trailing_confirmation and antecedent is None
    subject = _subject(run, i, form, relative, lex)
    if form.dual_only:  # 'أنهما نفيا قصف الموقع': the pronoun is the subject, what follows the object
        subject = _Subject(_dual_antecedent(run, i, lex), i + 1, (i + 1, i + 1))
    coordinated_purpose = form.purpose and strip_conjunction(tokens[i].key) != tokens[i].key
    if (
        form.impersonal
        and subject.source is None
        and not relative
        and not coordinated_purpose  # '، وليؤكد أن': the subject of the purpose clause before it
        and _agentless(run, i, subject.end, lex)
    ):
        return None
    if relative and _after_time_noun(tokens, i, lex) and _timed_subject(subject.source, lex):
        return None  # 'وفي الوقت التي تعتبر الأخبار سارة': 'is considered', a time described, no one speaks
    if subject.source is None and _circulated_without_agent(tokens, i, lex):
        return None  # 'وأن ما يتداول "مجرد شائعات"': what is circulated, said by no one named
    if subject.source is not None and _evidence_subject(subject.source.name, lex):
        return None  # 'الأدلة تشير إلى أن ...': evidence points, nobody speaks
    if any(
        _gesture(tokens[k], lex) for k in range(i + 1, min(len(tokens), subject.end + 1, i + _GESTURE_REACH))
    ):
        return None  # 'وأشار الحكم بيده إلى', 'لوح بأيديهم': a gesture, no words
    resumptive = (
        form.with_object and i > 0 and tokens[relative_before(tokens, i, lex)].key in RELATIVE_OBJECTS
    )
    if resumptive:  # 'ما ذكرته الصحيفة عن ...': what was said follows a topic preposition
        form = replace(form, needs="complement", preps=form.preps + tuple(lex.words["topic_prepositions"]))
    unmarked = antecedent is not None and antecedent.stop == i  # 'وهي اتهامات ترفضها الإدارة'
    trailing = (
        (confirmed_clause(run, i, lex) or antecedent)
        if resumptive or unmarked
        else trailing_clause(run, i, lex)
    )
    if trailing is not None and antecedent is not None and subject.source is not None:
        core = core_subject_end(tokens, subject.preface[1], subject.end, lex)  # 'التي أعلنتها الهيئة | موجة'
        subject = (
            _cut_subject(run, subject, core, lex) if subject.preface[1] < core < subject.end else subject
        )
    if trailing is not None:
        preposition = None if resumptive or unmarked else trailing_cue(run, i, lex)  # 'بحسب ما أفاد': بحسب
        cue = preposition or cue_word(tokens[i], lex)
        return Draft(i, cue, form, subject.source, trailing, (subject.end, subject.end))
    if form.object_first:
        return _described(run, i, subject, form, lex, resumptive)
    renewed = _renewed(run, i, subject, form, lex) if lex.has("renewal_lemmas", fold(form.lemma)) else None
    if renewed is not None:
        return renewed
    if form.object_nouns:
        return _directed(run, i, subject, form, lex, relative)
    spoken = _on_behalf(run, subject, lex)
    if spoken is not None:
        subject = _Subject(spoken[0], spoken[1], subject.preface, subject.end)
    quoted = _quoting(run, subject, lex)
    if quoted is not None:
        subject, relay_at = quoted
    else:
        subject = _relayed(run, subject, lex)
    if form.needs == "document" and subject.source is None:
        subject = _document_owner(run, subject, lex) or subject
    elif (
        subject.source is None
        and form.form_class == "verb"
        and not relative
        and _owned_document(run, subject, lex)
    ):
        owner = _document_owner(run, subject, lex)  # 'وذكر في بيان للجيش أن': the statement's owner
        if owner is not None and owner.source is not None:
            name = owner.source.name
            subject = _Subject(Source(name, None, speaker_kind(name, False, lex)), owner.end, owner.preface)
    if form.needs == "document" and subject.source is not None and subject.source.kind == "document":
        spelt_out = lex.has("spelt_out_lemmas", fold(form.lemma))  # 'جاءت النتائج مطابقة' says nothing
        form = replace(form, needs="complement" if spelt_out else "")
    confirming = lex.has("confirm_lemmas", fold(form.lemma))
    claimed = _before_claim(run, subject, form, lex) if form.stance != "assert" or confirming else None
    claim_only = form.needs == "claim"
    if claim_only:
        form = replace(form, needs="")
    fronted = None if claim_only else _fronted_quote(run, i, subject.end, lex)
    if fronted is not None:  # '"لن نتراجع"، قال الوزير.': the quotation before the cue was said
        return Draft(i, cue_word(tokens[i], lex), form, subject.source, fronted, (subject.end, subject.end))
    opener: int | None
    if claimed is not None:
        subject, opener = claimed
    else:
        subject, opener = _content_opener(run, subject, form, lex)
    if opener is None:
        subject, opener = _quote_after(run, subject, lex) or (subject, None)
    if opener is None and _asked_of(tokens, subject.end, form, lex):
        opener = subject.end + 1  # 'وطلبت المنظمة من المجتمع الدولي مساعدة اللاجئين': who is asked, and what
    if opener is None:
        opener = _addressed_speech(run, subject.end, form, lex)
    if opener is None and _according_relative(tokens, i, lex):
        opener = _answering_clause(run, subject.end)
    takes_object = form.form_class != "noun" and (form.hedge or lex.has("object_cues", fold(form.lemma)))
    if takes_object and (opener is None or opener in run.quotes or _past_comma(run, subject, opener)):
        subject, opener = _object_after(run, subject, lex, form.addressee) or (subject, opener)
    clause_start = i == 0 or not tokens[i - 1].is_alpha or lex.has("clause_subordinators", tokens[i - 1].key)
    # 'بطريقة اعتبرتها الجماهير مستفزة': after an indefinite noun, an unmarked relative describes it
    pronoun_judged = takes_object and form.with_object and not relative and not resumptive and clause_start
    if opener is None and pronoun_judged:  # 'فيما تعتبرها الحكومة ضرورية': only the judgment is said
        start = subject.preface[1]
        judged = next((m for m in range(start + 1, subject.end + 1) if _predicate_at(tokens, m, lex)), None)
        if judged is not None and subject.source is not None:
            subject, opener = _cut_subject(run, subject, judged, lex), judged
    if opener is None and lex.has("report_verbs", fold(form.lemma)):
        subject, opener = _published_report(run, subject, lex) or (subject, opener)
    if opener is None or (claim_only and not _claim_at(run, opener, lex)):
        return None
    if form.relative_object and (opener in run.quotes or opener - 1 in run.quotes):
        return None  # 'اعتبر ما نشرته الصحيفة "ادعاءات"': the quote is the outer speaker's judgment
    if form.stance == "deny" and _denial_noun(tokens[i], form) and _adjunct_after_noun(tokens, opener, lex):
        return None
    if _denial_noun(tokens[i], form) and _judged_noun(tokens, i, opener, lex):
        return None
    declined = _declined_at(tokens, i, opener, lex) if form.stance == "deny" or form.declines else None
    if declined is not None:
        if declined > subject.preface[1]:
            subject = _cut_subject(run, subject, min(declined, subject.end), lex)
        refused = Bounds(declined, declined + 1, False)
        return Draft(
            i, cue_word(tokens[i], lex), form, subject.source, refused, (subject.end, declined), declined=True
        )
    if form.decides and _designation_at(tokens, opener, lex):
        return None
    if _passive_accusation(tokens, subject, opener, form, lex):
        accuser = _accuser_before(run, i, lex)
        if accuser is None:
            return None
        subject, opener = accuser, subject.preface[1]  # 'الحركة تتهم إسرائيل بـ': the noun is the accused
    if form.greets and _greeted_at(tokens, opener, lex):
        return None
    b_word = opener < len(tokens) and tokens[opener].key.startswith("ب")
    if form.b_masdar and b_word and not _b_masdar(tokens[opener], lex):
        return None  # 'وتعد رومانيا ثالث بلد': 'is counted', no promise
    if opener not in run.quotes and not (opener > 0 and lex.has("complementizers", tokens[opener - 1].key)):
        opener = _past_setting(run, opener, lex)
    if opener < len(tokens) and tokens[opener].key == _TO and opener + 1 in run.quotes:
        opener += 1
    if (
        0 < opener < len(tokens)
        and _speech_context_at(tokens, opener, lex)
        and "في" not in form.preps
        and not (tokens[opener - 1].text == ":" or lex.has("complementizers", tokens[opener - 1].key))
    ):
        opener = _object_past_context(tokens, opener, lex)
    told_quote = "ل" not in form.preps  # 'اعتذر لـ"سوء الفهم"': ل is the cue's own preposition
    if (
        told_quote and opener in run.quotes and opener > 0 and tokens[opener - 1].key == _TO
    ):  # 'لـ"الأنباء"': told
        opener = skip_adjuncts(run, run.quotes[opener] + 1, lex)
    bounds = bounds_from(run, opener, lex)
    if bounds is None:
        return None
    if lex.has("topic_lemmas", fold(form.lemma)) and _topic_only(tokens, opener, bounds.stop, lex):
        return None  # 'تحدث الرئيس عن الإعصار خلال زيارته': a topic, nothing said about it
    if form.declines and _saying_noun(tokens[bounds.first], lex):
        return None  # 'اعتذر عن قوله إن ...': the earlier words are the statement, not the apology
    bounds = object_bounds(run, bounds, lex)
    if lex.has("expression_lemmas", fold(form.lemma)) and not bounds.whole_quote:
        voiced = _past_voiced_noun(tokens, bounds, lex)  # 'أعرب عن أمله في أن تنتهي': what is hoped
        if voiced is not bounds and belief_noun(tokens[bounds.first].key, lex):
            form = replace(form, hedge=True)  # 'أبدى خشيته من أن': held uncertain, as with خشي
        bounds = voiced
    concessive = form.form_class == "noun" and _concessive(tokens, i, lex)  # 'رغم إعلان الوزارة أن ...، ...'
    if (relative or resumptive or concessive) and not bounds.whole_quote:
        comma = next((m for m in range(bounds.first + 2, bounds.stop) if tokens[m].text in "،,"), bounds.stop)
        bounds = Bounds(bounds.first, comma, False)
    own_to = not told_quote and opener > 0 and tokens[opener - 1].key == _TO  # 'اعتذر لـ"...': no outlet told
    context = (subject.end, opener - 1 if own_to else opener)
    cue = _spoken_noun(tokens, subject.end, opener, form, lex) or cue_word(tokens[i], lex)
    consumed = (relay_at,) if quoted is not None else ()
    return Draft(i, cue, form, subject.source, bounds, context, consumed, relative, subject.preface)


def _spoken_noun(tokens: list[Token], start: int, opener: int, form: CueForm, lex: Lexicon) -> str | None:
    """'اكتفى الوزير بالقول إن': a verb that speaks only through the verbal noun of saying after it
    has that noun, as written, for its cue."""
    if not lex.has("spoken_by_noun_lemmas", fold(form.lemma)):
        return None
    return next(
        (tokens[m].text for m in range(start, opener) if lex.has("spoken_nouns", tokens[m].key)),
        None,
    )


_QAD: Final = fold("قد")
_TO: Final = fold("ل")
_MIN: Final = fold("من")
_THAT_AN: Final = fold("أن")
_OBJECT_REACH: Final = (
    10  # words between the cue and the noun that makes it speech: a subject and an addressee
)


def _directed(
    run: Run, i: int, subject: _Subject, form: CueForm, lex: Lexicon, relative: bool
) -> Draft | None:
    """'وجّه الوزير انتقادات حادة إلى ...', 'حمّلت الوزارة الشركة المسؤولية': a verb that speaks
    only with one of its object nouns; the content runs from the object on, the subject stops before it.
    """
    tokens, start = run.tokens, subject.preface[1]
    stop = min(len(tokens), start + _OBJECT_REACH)
    noun = next(
        (m for m in range(start, stop) if strip_conjunction(tokens[m].key) in form.object_nouns), None
    )
    if noun is None or any(tokens[m].text in ".!?؟:" for m in range(i, noun)):
        return None
    opener = noun
    before = read_subject_before(tokens, i, lex) if i > 0 and tokens[i - 1].key in PERFECT_PARTICLES else None
    if before is not None:  # 'وكانت الوزارة قد حمّلت الشركة المسؤولية': the subject came first
        subject = _Subject(describe(tokens[before[0] : before[1]], run.text, lex), start, subject.preface)
        opener = start
    elif relative:  # 'تصريحات الوزير التي حمّل فيها النقابة المسؤولية': the antecedent speaks
        subject, opener = _Subject(_words_owner(run, i - 1, lex), start, subject.preface), start
    elif subject.source is not None and subject.end > start:
        core = core_subject_end(tokens, start, min(subject.end, noun), lex) if noun > start else start
        if form.object_between and core >= noun:  # 'حمّل وزير المالية المصارف المسؤولية'
            cut = start + (2 if start + 1 < noun and tokens[start + 1].definite else 1)
            core = cut if cut < noun and tokens[cut].definite else core
        if form.object_between and start < core < noun - 1 and lex.has("prepositions", tokens[core].key):
            core = _blamed_start(
                tokens, core + 2, noun
            )  # 'حمّل نائب رئيس اللجنة في البرلمان الحكومة المسؤولية'
        if core <= start or core > noun:
            return None
        if not form.object_between and any(tokens[m].text in "،," for m in range(core, noun)):
            core = noun  # 'وجّه المدير، سامي العلي، شكره': a name in apposition, then the object
            while core > start and not tokens[core - 1].is_word:
                core -= 1
        subject = _Subject(describe(tokens[start:core], run.text, lex), core, subject.preface)
        opener = core
    while opener < noun and not tokens[opener].is_word:
        opener += 1
    if opener == noun - 1 and lex.has("prepositions", tokens[opener].key):
        opener = noun  # 'قلل من أهمية التقارير': the preposition governing the noun is the cue's
    bounds = bounds_from(run, opener, lex)
    if bounds is None:
        return None
    bounds = object_bounds(run, bounds, lex)
    context = (subject.end, opener)
    return Draft(i, cue_word(tokens[i], lex), form, subject.source, bounds, context, relative=relative)


def _blamed_start(tokens: list[Token], first: int, noun: int) -> int:
    """The one blamed, right before the object noun: a definite word and its nisba adjectives
    ('الحكومة', 'الحكومة الإسرائيلية'), read back from the noun no further than `first`."""
    m = noun - 1
    while (
        m - 1 >= first
        and tokens[m].definite
        and tokens[m].key.endswith(NISBA_ENDINGS)
        and tokens[m - 1].definite
    ):
        m -= 1
    return m


_IN: Final = fold("في")
_ISSUED: Final = frozenset(fold(w) for w in ("صادر", "صادرة"))
_FROM: Final = fold("عن")


def _document_owner(run: Run, subject: _Subject, lex: Lexicon) -> _Subject | None:
    """'وجاء في بيان للنقابة أن', 'ورد في تقرير الوزارة أن': the document's owner speaks through it.

    The owner is the genitive after the document noun, or after ل or صادر عن; without one, None."""
    tokens, j = run.tokens, subject.end
    if j + 2 >= len(tokens) or tokens[j].key != _IN or not lex.has_noun("document_heads", tokens[j + 1].key):
        return None
    k = j + 2
    if tokens[k].key in _ISSUED and k + 2 < len(tokens) and tokens[k + 1].key == _FROM:
        k += 2
    key, text = tokens[k].key, tokens[k].text
    prefix = 2 if key.startswith("لل") else 1 if key.startswith("ل") and not key.startswith("ال") else 0
    if prefix == 1 and is_given_name(key):
        prefix = 0  # 'بيان لينا حداد', 'رسالة لطفي سالم': a name that begins with ل, no preposition
    if prefix and (len(key) < 4 or not tokens[k].is_alpha):
        return None
    end = max(read_subject(tokens, k + 1, lex), k + 1) if prefix else read_subject(tokens, k, lex)
    if end <= k or any(lex.has("complementizers", t.key) for t in tokens[k:end]):
        return None
    head = ("ال" if prefix == 2 else "") + text[prefix:].lstrip("ـ")
    rest = run.text[tokens[k].end : tokens[end - 1].end] if end > k + 1 else ""
    name = head + rest if prefix else run.text[tokens[k].start : tokens[end - 1].end]
    return _Subject(Source(name, None, "document"), end, subject.preface)


def _renewed(run: Run, i: int, subject: _Subject, form: CueForm, lex: Lexicon) -> Draft | None:
    """'جددت الوزارة دعوتها المواطنين إلى الحذر', 'كرر رفضه للاتهامات', 'جدد تأكيده أن': renewing speaks
    through the possessed verbal noun of a cue after the subject, with that cue's stance; the content runs
    after the noun (past its complementiser or its cue's preposition). Other objects renew no words."""
    tokens, start = run.tokens, subject.preface[1]
    after = skip_adjuncts(run, subject.end, lex)
    k = next((m for m in range(start, min(after + 1, len(tokens))) if _renewed_cue(tokens[m], lex)), None)
    inner = _renewed_cue(tokens[k], lex) if k is not None else None
    if k is None or inner is None:
        return None
    if k == start:  # '، وجددت دعوتها الأطراف إلى': the subject is elided, the noun follows the verb
        subject = _Subject(None, start, subject.preface)
    elif k < subject.end:  # 'جددت الحكومة دعوتها النقابات': the subject ran on into the noun
        subject = _cut_subject(run, subject, k, lex)
    opener = k + 1
    if opener < len(tokens) and (
        lex.has("complementizers", tokens[opener].key) or tokens[opener].key in inner.preps
    ):
        opener += 1
    if (
        opener < len(tokens)
        and tokens[opener - 1].key in inner.preps
        and lex.has("complementizers", tokens[opener].key)
    ):
        opener += 1  # 'التأكيد على أن': the preposition, then the complementiser
    if inner.needs == "claim" and not (opener < len(tokens) and _claim_after_l(run, opener, lex)):
        return None  # 'جدد رفضه للقرار': a refused decision, as after رفض itself, is no denial
    bounds = bounds_from(run, opener, lex) if opener < len(tokens) else None
    if bounds is None:
        return None
    spoken = replace(form, stance=inner.stance, hedge=inner.hedge, needs="", preps=inner.preps)
    bounds = object_bounds(run, bounds, lex)
    return Draft(i, cue_word(tokens[i], lex), spoken, subject.source, bounds, (subject.end, opener))


def _claim_after_l(run: Run, k: int, lex: Lexicon) -> bool:
    """A claim at k, also with the لـ a verbal noun puts before its object ('رفضه للاتهامات')."""
    key = run.tokens[k].key
    unglued = "ال" + key[2:] if key.startswith("لل") else key[1:] if key.startswith("ل") else key
    return _claim_at(run, k, lex) or is_claim_noun(unglued, lex)


_POSSESSIVE_SUFFIXES: Final = ("هما", "هم", "هن", "ها", "ه")


def _renewed_cue(token: Token, lex: Lexicon) -> CueForm | None:
    """The cue whose verbal noun, with a possessive pronoun or the article, the token is ('دعوتها',
    'الدعوة' -> دعا; 'أعاد التأكيد على أن'), or None."""
    key = token.key
    if key.startswith("ال") and (lemma := lex.maps["renewed_nouns"].get(key[2:])) is not None:
        return lex.cues.get(lemma)
    for suffix in _POSSESSIVE_SUFFIXES:
        stem = key.removesuffix(suffix)
        if stem == key or len(stem) < 3:
            continue
        feminine = stem[:-1] + "ه" if stem.endswith("ت") else None  # دعوت- is دعوة with a pronoun
        lemma = lex.maps["renewed_nouns"].get(stem) or (
            lex.maps["renewed_nouns"].get(feminine) if feminine else None
        )
        if lemma is not None:
            return lex.cues.get(lemma)
    return None


def _asked_of(tokens: list[Token], j: int, form: CueForm, lex: Lexicon) -> bool:
    """A verb of asking with من right after its subject and a verbal noun or clause after the one asked
    ('طلب المحافظ من السكان الابتعاد'); 'طلبت الشرطة مساعدة من الجيش' asks for a thing, said by no one."""
    if not lex.has("asking_lemmas", fold(form.lemma)) or j + 2 >= len(tokens) or tokens[j].key != _MIN:
        return False
    for m in range(j + 2, min(len(tokens), j + 2 + _ASKED_REACH)):
        if (
            lex.has("complementizers", tokens[m].key)
            or is_verbal_noun(tokens[m], lex)
            or _definite_masdar(tokens, m, lex)
        ):
            return True
        if not tokens[m].is_word:
            return False
    return False


_ASKED_REACH: Final = 4  # words of the one asked ('المجتمع الدولي', 'سكان الأحياء القريبة')


def _predicate_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """An indefinite adjective or noun in the accusative or feminine after a judging verb's subject
    ('ضرورية', 'خطأ', 'مبالغا فيه'), where the object is the verb's pronoun: the judgment."""
    if k >= len(tokens) or not tokens[k].is_alpha or tokens[k].definite:
        return False
    key = tokens[k].key
    if lex.has("subject_stops", key) or lex.has("time_words", key) or cue_form(tokens[k], lex):
        return False
    return key.endswith(("ا", "ه", "ين", "ات")) and not key.startswith(("ب", "ل", "ف", "ك")) and len(key) > 3


def _named_then_masdar(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int:
    """Where a subject that names a person runs on into the verb's verbal-noun object: an indefinite
    verbal noun with a genitive after a name word ('سامي علي إقالة المدرب', 'هاني البنا إقالة المدير')."""
    for m in range(start + 2, end):
        token, before = tokens[m], tokens[m - 1]
        if (
            token.definite
            or not is_verbal_noun(token, lex)
            or m + 1 >= len(tokens)
            or not tokens[m + 1].is_alpha
        ):
            continue
        if before.key in lex.title_forms or not any(is_given_name(tokens[x].key) for x in range(start, m)):
            continue
        return m
    return end


_PREDICATE_REACH: Final = 4  # definite words of a nominal clause's subject ('الحكومة الجديدة')


def _predicate_of_clause(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A participle right after the definite subject of a clause opened by أن/إن ('أن الحكومة مطالبة
    بتقديم', 'إن النتائج مؤكدة'): the clause's predicate, an adjective, not a circumstantial cue."""
    k = i - 1
    while k >= 0 and i - k <= _PREDICATE_REACH and tokens[k].definite:
        k -= 1
    return k < i - 1 and k >= 0 and lex.has("complementizers", tokens[k].key)


def _topic_only(tokens: list[Token], opener: int, stop: int, lex: Lexicon) -> bool:
    """After 'تحدث عن', a definite noun and its definite adjectives with nothing said of them, the
    sentence ending or a setting following ('عن الإعصار خلال زيارته', 'عن الكتاب'): a topic. A verbal
    noun ('عن ارتفاع الأسعار'), a claim or an indefinite noun ('عن تسرب نفطي') reports something."""
    if opener == 0 or tokens[opener - 1].key not in _TOPIC_PREPOSITIONS or opener >= stop:
        return False
    head = tokens[opener]
    bare = Token(head.text[2:], head.start, head.end, head.key[2:]) if head.definite else head
    possessed = (
        not head.definite and strip_diacritics(head.text).endswith(("ه", "ها", "هم")) and len(head.key) > 4
    )
    if not (head.definite or possessed) or is_verbal_noun(bare, lex) or is_claim_noun(head.key, lex):
        return False  # 'عن روايته الجديدة' is a topic as 'عن الرواية' is; 'عن رغبته في' says something
    end = opener + 1
    while end < stop and tokens[end].definite:
        end += 1
    if end >= len(tokens) or tokens[end].text in SENTENCE_ENDS:
        return True  # 'عن الكتاب.'; before 'قائلا إن' the speaker goes on to say something
    return end < stop and (lex.has("setting_openers", tokens[end].key) or tokens[end].text in "،,")


_TOPIC_PREPOSITIONS: Final = frozenset(fold(w) for w in ("عن",))


def _imperfect_of(token: Token, form: CueForm) -> bool:
    """An imperfect form of the cue's verb ('تدعو', 'يؤكد'), not a perfect whose lemma opens with ت
    ('تحدث', 'تعهدت')."""
    key = strip_conjunction(token.key)
    return form.form_class == "verb" and imperfect_verb_like(token) and not key.startswith(fold(form.lemma))


def _owned_document(run: Run, subject: _Subject, lex: Lexicon) -> bool:
    """'في بيان للجيش', 'في تقرير الوزارة': an indefinite document with its owner after it (not 'في بيان
    رسمي', 'في تغريدة أخرى', whose adjective owns nothing)."""
    tokens, j = run.tokens, subject.end
    return _in_document(tokens, j, lex) and not tokens[j + 1].definite


def _words_owner(run: Run, relative: int, lex: Lexicon) -> Source | None:
    """'تصريحات وزير العمل التي ...', 'بيان الوزارة الذي ...': whose words a relative clause is about."""
    tokens, k = run.tokens, relative
    while k > 0 and relative - k < 3 and tokens[k - 1].is_word and not is_claim_noun(tokens[k - 1].key, lex):
        k -= 1
    if k == relative or k == 0:
        return None
    words = tokens[k - 1].key
    if not (is_claim_noun(words, lex) or lex.has_noun("document_heads", words)):
        return None
    return describe(tokens[k:relative], run.text, lex)


_DUAL_ENDINGS: Final = ("ان", "تان")


def _dual_antecedent(run: Run, i: int, lex: Lexicon) -> Source | None:
    """'التقى المديران أمس، لكنهما نفيا': the nearest definite dual noun of the sentence, or None."""
    tokens, k = run.tokens, i - 1
    while k > 0 and tokens[k - 1].text not in ".!?؟":
        k -= 1
        key = strip_conjunction(tokens[k].key)
        if tokens[k].definite and key.endswith(_DUAL_ENDINGS) and len(key) > 5:
            return describe(tokens[k : read_subject(tokens, k, lex)], run.text, lex)
    return None


def _verb_object(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Right after an imperfect verb that reports nothing, a participle-shaped word that opens no
    content (no أن, colon or quotation after it) is its object ('يدرس مقترحا لرفع')."""
    if i == 0 or not tokens[i - 1].is_alpha or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    if lex.has("complementizers", after.key) or after.text == ":" or after.text in QUOTE_MARKS:
        return False
    before = tokens[i - 1]
    return (
        imperfect_verb_like(before)
        and cue_form(before, lex) is None
        and not lex.has_word("aspect_verbs", before.key)
    )


_TOWARDS: Final = fold("إلى")


def _attribute_with_l(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A participle whose object is glued to لـ ('مؤكدة لتوقعات', 'مطابقة للشروط'), with no complementiser,
    colon or quotation after it: an adjective; 'مؤكدا للصحفيين أن' tells the journalists. (A cue
    taking إلى takes لـ for it: 'داعيا لإجراء انتخابات' calls for them.)"""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    if (
        not after.key.startswith("ل")
        or len(after.key) <= len("لها")
        or lex.has("addressee_pronouns", after.key)
    ):
        return False
    return not lex.has("complementizers", after.key) and not complement_soon(tokens, i + 2, lex)


def _denial_noun(token: Token, form: CueForm) -> bool:
    """'نفي الشركة': a masdar, or the perfect in ى (نفى) written with ي, which then reads as the masdar."""
    if form.form_class == "noun":
        return True
    bare = strip_conjunction(token.key) == fold(form.lemma)
    return bare and form.lemma.endswith("ى") and token.text.endswith("ي")


def _adjunct_after_noun(tokens: list[Token], opener: int, lex: Lexicon) -> bool:
    """'وصدر نفي النادي، وهو ...', 'نفي البلدية بعد نشر مقاطع': an adjunct, no claim, follows."""
    if opener > 0 and tokens[opener - 1].text in "،,":
        return True
    return opener < len(tokens) and lex.has("subject_stops", strip_conjunction(tokens[opener].key))


_NOT: Final = fold("غير")


def _judged_noun(tokens: list[Token], i: int, opener: int, lex: Lexicon) -> bool:
    """'أن نفي الحكومة غير مقنع', 'ووصف النائب نفي الوزارة بأنه محاولة': a cue noun that is the topic
    of a judgment, whose predicate follows it, or the object of a verb of judging, says nothing itself."""
    if opener < len(tokens) and tokens[opener].key == _NOT:
        return True
    for k in range(i - 1, max(-1, i - _JUDGED_REACH), -1):
        if not tokens[k].is_word:
            return False
        form = cue_form(tokens[k], lex)
        if form is not None:
            return form.form_class == "verb" and lex.has("judgment_lemmas", fold(form.lemma))
    return False


_JUDGED_REACH: Final = 7  # a verb of judging, its subject (a role and a name), then the judged noun


_DECLINE_WITHIN: Final = 10  # words between a denial verb and its content where a declined object may stand


def _declined_at(tokens: list[Token], i: int, opener: int, lex: Lexicon) -> int | None:
    """'رفض المتحدث التعليق على التقارير', 'نفى مسؤول التعليق': where a refusal to speak names its object."""
    stop = min(opener + 1, i + _DECLINE_WITHIN, len(tokens))
    return next(
        (k for k in range(i + 1, stop) if lex.has("declined_objects", strip_conjunction(tokens[k].key))), None
    )


def _estimated_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'بنحو ألف', 'بـ 20', 'بملايين' at k, or after a noun or two ('يقدر عدد النازحين بنحو'): an amount
    after ب."""
    for m in (k, k + 1, k + 2):
        if m >= len(tokens) or not tokens[m].key.startswith("ب"):
            continue
        rest = tokens[m].key[1:]
        number = rest.isdigit() or (rest in ("", "ـ") and m + 1 < len(tokens) and tokens[m + 1].key.isdigit())
        if number or lex.has("amount_words", rest):
            return True
    return False


def _negated(tokens: list[Token], i: int, form: CueForm, lex: Lexicon) -> bool:
    """'لم يوضح ما إذا', 'لن يعلق': a negated or future speech act reports nothing.

    Belief verbs keep their statement under لم/لا ('لا يرى أن ...' holds a view); لن never does.
    """
    if i == 0:
        return False
    before = tokens[i - 1].key
    if unsaid_cue(tokens, i, lex):
        return True  # 'دون أن يوضح': what the speaker did not say
    return before in lex.future_negators or (before in lex.negators and not form.negatable)


_AGREEMENT: Final = {
    "ه": ("ه",),
    "ات": ("ات",),
    "ين": ("ين", "ون"),
    "ا": ("ا",),
}  # participle ending: noun endings


def _attributive(run: Run, i: int, form: CueForm, lex: Lexicon) -> bool:
    """'نتيجة مؤكدة', 'خطوة لافتة': a participle agreeing with the indefinite noun before it is an adjective.

    A circumstantial participle that opens a content right away (مؤكدة أن, لافتا إلى) stays a cue.
    """
    tokens = run.tokens
    if form.form_class != "participle" or i == 0 or not tokens[i - 1].is_alpha or tokens[i - 1].definite:
        return False
    if _opens_content(run, i + 1, form, lex):
        return False
    key, noun = tokens[i].key, tokens[i - 1].key
    ending = next((e for e in _AGREEMENT if key.endswith(e)), None)
    return ending is not None and noun.endswith(_AGREEMENT[ending]) and not cue_form(tokens[i - 1], lex)


def _opens_content(run: Run, k: int, form: CueForm, lex: Lexicon) -> bool:
    """Does a complementiser, colon, quotation or one of the cue's prepositions follow at k?"""
    if k >= len(run.tokens):
        return False
    token = run.tokens[k]
    complementizer = lex.has("complementizers", token.key)
    return token.text == ":" or k in run.quotes or token.key in form.preps or complementizer


def _agentless(run: Run, i: int, j: int, lex: Lexicon) -> bool:
    """'ويعتقد أن ...', 'يذكر أن ...': an imperfect with no subject before a complementiser is passive."""
    tokens = run.tokens
    if read_subject_before(tokens, i, lex) and not _described_before(run, i, None, lex):
        return False
    k = skip_adjuncts(run, j, lex)
    return k < len(tokens) and lex.has("complementizers", tokens[k].key)


def _described_before(run: Run, i: int, form: CueForm | None, lex: Lexicon) -> bool:
    """'مصنعا تبين أنه', 'مسلحين يرجح أنهم': in a paragraph, an indefinite noun that is no document right
    before a verb read impersonally ('it turned out', 'it is believed') heads a description of it;
    'وثائق تبين أن', 'تقريرا يفيد بأن' speak."""
    tokens = run.tokens
    if run.kind != "paragraph" or i == 0 or not lex.has_word("impersonal_readings", tokens[i].key):
        return False
    if (form is not None and not form.impersonal) or tokens[i - 1].definite or not tokens[i - 1].is_alpha:
        return False
    span = read_subject_before(tokens, i, lex) or (i - 1, i)
    documents = ("document_heads", "evidence_nouns")
    return not any(lex.has_noun(name, tokens[k].key) for k in range(*span) for name in documents)


_CONDITIONALS = frozenset(fold(w) for w in ("إذا", "وإذا", "لو", "ولو", "فإذا", "كلما"))
_WHENEVER = frozenset(fold(w) for w in ("عندما", "حينما", "حين", "وعندما", "وحين", "وحينما"))


def _accused_passive(tokens: list[Token], i: int, form: CueForm, lex: Lexicon) -> bool:
    """'اتهم بالتلاعب' with nothing between the verb and its ب: the accused is missing, so the verb is the
    undiacritised passive ('اتُّهم', was accused); the active names the accused first ('اتهم X بـ')."""
    if form.form_class != "verb" or form.with_object or "ب" not in form.preps or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].key
    return lex.has("accusation_lemmas", fold(form.lemma)) and after.startswith("ب") and len(after) > 3


def _hypothetical(tokens: list[Token], i: int, form: CueForm, lex: Lexicon) -> bool:
    """A cue right after a conditional ('إذا قال', 'لو أعلن') or an imperfect one after 'when' ('حين
    يقول لي الناس'): a saying imagined or habitual, no statement made ('عندما قال' stays one)."""
    if i == 0 or form.form_class != "verb":
        return False
    before = tokens[i - 1].key
    if before in _CONDITIONALS or (before in _WHENEVER and imperfect_verb_like(tokens[i])):
        return True
    return _scheduled(tokens, i, lex)


def _scheduled(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """'ومن المقرر أن يعلن الوزير', 'من المتوقع أن يقول': an imperfect cue after من + a scheduling or
    expecting word and أن is a saying to come, not made."""
    if i < 3 or tokens[i - 1].key != _THAT_AN or not imperfect_verb_like(tokens[i]):
        return False
    return lex.has("scheduled_frames", tokens[i - 2].key) and strip_conjunction(tokens[i - 3].key) == _MIN


def _spelt_outlet_end(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """'إن بي سي', 'سي إن إن': where an outlet whose name is spelt in letters ends (its إن is no
    complementiser), or j when none starts at j. Only the names opening with the word at j are
    tried, longest first."""
    if j >= len(tokens):
        return j
    first = strip_conjunction(tokens[j].key)
    for words in _spelt_outlets(lex.words["outlets"]).get(first, ()):
        stop = j + len(words)
        if stop <= len(tokens) and all(tokens[j + n].key == words[n] for n in range(1, len(words))):
            return stop
    return j


_SPELT_OUTLETS: Final[dict[frozenset[str], dict[str, list[list[str]]]]] = {}  # computed once per list


def _spelt_outlets(outlets: frozenset[str]) -> dict[str, list[list[str]]]:
    """The words of each outlet named in several words, by its first word, longest first."""
    found = _SPELT_OUTLETS.get(outlets)
    if found is None:
        found = _SPELT_OUTLETS[outlets] = {}
        for name in sorted((o for o in outlets if " " in o), key=lambda o: -len(o.split())):
            words = name.split()
            found.setdefault(words[0], []).append(words)
    return found


def _designation_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'أعلن حالة الطوارئ', 'أعلنت الحداد': a designation object makes the cue a decision."""
    keys = [t.key for t in tokens[k : k + 3]]
    return any(" ".join(keys[:n]) in lex.designations for n in (1, 2, 3))


_GESTURE_REACH: Final = 6  # tokens after a cue: a subject of up to four words, then 'بيده'
_GESTURE_OWNERS: Final = ("هما", "هم", "هن", "ها", "ه")


def _gesture(token: Token, lex: Lexicon) -> bool:
    """'بيده', 'بأيديهم', 'برأسها': ب, a body part or a thing waved, and its owner's pronoun."""
    key = token.key
    if not key.startswith("ب") or len(key) < 4:
        return False
    rest = key[1:]
    return any(rest.endswith(p) and lex.has("gesture_instruments", rest[: -len(p)]) for p in _GESTURE_OWNERS)


def _greeted_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'رحب بالضيوف', 'رحب بالرئيس الزائر': a person or visitor after ب makes a welcome, not a statement."""
    if k >= len(tokens) or not tokens[k].key.startswith("ب"):
        return False
    rest = tokens[k].key[1:]
    bare = rest.removeprefix("ال")
    return rest in lex.title_forms or lex.has("guest_nouns", bare) or is_given_name(rest)


@dataclass(init=False)  # a written __init__ compiles (a generated one runs interpreted); never mutate it
class _Subject:
    """Who a verb cue has as subject (None: elided), where the subject ends, and a told outlet before it."""

    source: Source | None
    end: int
    preface: tuple[int, int]
    relayed_at: int | None = None  # where an attribution after the subject starts ('وفقا لما نقلته X')

    def __init__(
        self, source: Source | None, end: int, preface: tuple[int, int], relayed_at: int | None = None
    ) -> None:
        self.source = source
        self.end = end
        self.preface = preface
        self.relayed_at = relayed_at


_VOICED_PREPOSITIONS: Final = frozenset(fold(w) for w in ("في", "من"))
_VOICED_SUFFIXES: Final = ("ه", "ها", "هم", "هما")


def _past_voiced_noun(tokens: list[Token], bounds: Bounds, lex: Lexicon) -> Bounds:
    """'أمله في أن تنتهي', 'ثقته بأن': a possessed noun of feeling, its preposition and أن open the
    clause hoped or believed; the content starts after them. Any other content stays as it is."""
    first = bounds.first
    if not tokens[first].key.endswith(_VOICED_SUFFIXES) or first + 2 >= bounds.stop:
        return bounds
    k = first + 1
    if tokens[k].key in _VOICED_PREPOSITIONS:
        k += 1
    if k + 1 < bounds.stop and lex.has("complementizers", tokens[k].key):
        return Bounds(k + 1, bounds.stop, False)
    return bounds


_REMARKS_REACH: Final = 6  # words of a remarks noun and its owner before the relative pronoun


def _remarks_owner(run: Run, i: int, lex: Lexicon) -> Source | None:
    """'تصريحات الوزير التي قال فيها', 'كلمة الرئيس التي أكد فيها': the owner of the remarks a
    relative pronoun before the cue at i refers to, the genitive after the noun of speech."""
    tokens = run.tokens
    k = i - 1
    if k < 2 or tokens[k].key not in RELATIVES:
        return None
    for m in range(k - 1, max(0, k - _REMARKS_REACH) - 1, -1):
        if not tokens[m].is_word:
            return None
        key = strip_conjunction(tokens[m].key)
        if lex.has("statement_nouns", key.removeprefix("ب")) and m + 1 < k:
            if not all(t.is_alpha for t in tokens[m + 1 : k]):
                return None
            return describe(tokens[m + 1 : k], run.text, lex)
    return None


def _told_pronoun(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'له', 'لهم' at k with a word after it: with a cue that addresses someone, the one addressed."""
    return k + 1 < len(tokens) and tokens[k + 1].is_word and lex.has("addressee_pronouns", tokens[k].key)


def _subject(run: Run, i: int, form: CueForm, relative: bool, lex: Lexicon) -> _Subject:
    """The subject after the verb ('قال الوزير'), before it ('روسيا تنفي'), or none ('وأضاف أن')."""
    tokens = run.tokens
    j = i + 1
    if form.form_class == "participle":
        return _Subject(None, j, (j, j))
    resumed = j < len(tokens) and lex.has("resumptive_prepositions", tokens[j].key)
    if resumed:
        j += 1
    if form.needs == "document" and _in_document(tokens, j, lex):
        j += 1  # 'وجاء في بيان الوزارة أن ...': the document after في speaks
    preface = (j, _skip_told(run, j, lex))
    preface = (preface[0], subject_after_adverbials(tokens, preface[1], lex))  # 'وقال أمس الوزير'
    j = preface[1]
    if _agent_phrase(tokens, j, lex):
        j += 2  # 'أعلن من قبل إدارة السجن أن': the passive's agent after من قبل speaks
        preface = (preface[0], j)
    end = max(read_subject(tokens, j, lex), _spelt_outlet_end(tokens, j, lex))
    if end > j and lex.has("addressee_pronouns", tokens[j].key):
        end = j  # 'تحدث إلينا عن', 'قال لهم إن': the one spoken to, never a speaker
    if end > j and form.addressee and form.form_class == "verb" and _oblique_people(tokens[j]):
        end = j  # 'ودعا المواطنين إلى': a plural in ين is the one called on; the subject is elided
    told = preface[0]
    if form.addressee and form.form_class == "verb" and told == i + 1 and _told_pronoun(tokens, told, lex):
        return _Subject(None, told + 1, (told + 1, told + 1))  # 'شكر له المساعدة': addressed, then the object
    if end > j + 1 and form.form_class == "verb":  # 'انتقد النائب تصريحات الوزير': the claim is the object
        claims = (m for m in range(j + 1, end) if lex.has("sourced_claim_nouns", tokens[m].key))
        end = next((m for m in claims if tokens[m - 1].definite), end)
    if end > j and relative and form.addressee and form.form_class == "verb" and not resumed:
        end = (
            j if agrees_with_relative(tokens, i) else end
        )  # 'الوزارة التي دعت الشركة إلى': the one called on; the antecedent calls
    if end > j and _figure(tokens, j, end):
        end = j  # 'وأكد Q3 كان الأفضل', 'وأضافت 2024 سيكون': a figure or code is no speaker
    if end > j and _adverb_first(tokens, j, end, lex):
        j = end = run.quotes.get(j, j) + 1  # 'نفى "بشدة" الاتهامات': how it was said, no subject after
    if end - 1 > j and tokens[end - 1].key == _MIN and end < len(tokens):
        end -= lex.has("complementizers", tokens[end].key)  # 'ما يردده سكان من أن': من opens the content
    if resumed and form.stance == "deny" and end > j and _denied_object(tokens[j], lex):
        end = j  # 'بلاغا نفت فيه علاقة موظفيها': after the resumptive pronoun, the object
    if resumed and end == j and (writer := published_by(tokens, i, run.text, lex)) is not None:
        return _Subject(writer, j, preface)  # 'تغريدة نشرها X، قال فيها إن': the writer speaks
    if resumed and end == j and (owner := _remarks_owner(run, i, lex)) is not None:
        return _Subject(owner, j, preface)  # 'تصريحات الوزير التي قال فيها إن': the remarks' owner speaks
    described = any(t.key[:1] == "ب" for t in tokens[j + 1 : min(end + 1, len(tokens))])
    if resumed and form.object_first and end > j and described:
        end = j  # 'تغريدة نشرها الوزير، وصف فيها خصمه بالكاذب': the one described, the writer speaks
        writer = published_by(tokens, i, run.text, lex)
        if writer is not None:
            return _Subject(writer, j, preface)
    if form.stance == "deny" and end > j and _rumour_noun(tokens[j], lex):
        end = j  # 'ونفت الأنباء عن بيع الفرع': rumours and news are what is denied, never who denies
    if (
        end > j
        and not form.needs
        and (is_verbal_noun(tokens[j], lex) or is_possessed_object(tokens[j], tokens[i], lex))
    ):
        end = j
    if end > j and form.form_class == "verb" and definite_object_first(tokens, j, lex):
        end = j  # 'كما أعلنت السيطرة على المدينة': the object; the subject is elided
    if end > j + 1 and not form.needs and _named_then_possessed(tokens, i, j, lex):
        end = j + 1  # 'وأبدى سامر خشيته على': a one-word name, then the verb's possessed object
    if "ب" in form.preps:
        named = {m for opening, closing in run.quotes.items() for m in range(opening + 2, closing)}
        opens = (
            m
            for m in range(j, end)
            if _attached_b(tokens[m], lex)
            and not _role_link(tokens, m, j, lex)
            and m not in named
            and not _outlet_word(tokens, m, lex)
            and not _name_before_nisba(tokens, m)
            and not _quantifier_word(tokens[m], lex)
        )  # 'منظمة "أطفال بلا مأوى"': a ب within a quoted name opens nothing; 'تعهد بـ"برد"' does
        end = next(opens, end)
    if end - j > 1 and form.needs in ("", "complement"):
        opens = (
            m
            for m in range(j + 1, end)
            if tokens[m].key in form.preps
            and _topic_after(tokens, m + 1, lex)
            and not lex.has("issuing_words", tokens[m - 1].key)  # 'وثيقة صادرة عن الوزارة': its issuer
        )
        end = next(opens, end)  # 'حذر أطباء من تفشي الكوليرا', 'شكك خبراء في جدوى الخطة'
    if form.form_class == "verb" and _plural_verb(tokens[i]) and read_subject_before(tokens, i, lex):
        end = j  # 'وكان سكان قد طالبوا البلدية': the plural verb's subject is before it, an object after
    if end > j and _object_body(tokens, i, j, end, form, lex):
        end = j  # 'وطالب الحكومة بـ': a feminine body after a masculine verb is its object
    source = None
    resumed = i + 1 < len(tokens) and lex.has("resumptive_prepositions", tokens[i + 1].key)
    if relative and end > j and _unnamed_subject(tokens[j], lex):
        relative = False  # 'الذي يهاجم بعض النواب خطته': the relative pronoun is the object
    wanted = run.kind != "paragraph" or end == j or (relative and not (resumed and end > j))
    # 'أن مدير الشركة قد برر التأخير': subject, قد, verb; the noun after the verb is its object
    wanted = wanted or (i > 0 and tokens[i - 1].key == _QAD)
    purposed = form.purpose and not _conjoined(tokens[i], lex)  # 'وعقد الوزير مؤتمرا ليعلن الخطة'
    wanted = wanted or purposed
    if _described_before(run, i, form, lex):
        wanted = False  # 'أغلقت الشرطة مصنعا تبين أنه ...': 'it turned out', the noun before is no subject
    before = read_subject_before(tokens, i, lex) if wanted else None
    if (
        purposed
        and before
        and tokens[i - 1].text in "،,"
        and before[0] > 0
        and lex.has("complementizers", tokens[before[0] - 1].key)
    ):
        before = None  # 'قال إن الإنتاج ارتفع، ليضيف أن': the speaker goes on, not the reported clause
    if before is None and end > j and not form.with_object:
        before = _opened_subject(tokens, i, lex)  # 'لكن الشركة نفت الخبر': the noun after it is the object
    if before is None and end > j and i > 0 and tokens[i - 1].definite:
        clause = read_subject_before(tokens, i, lex)  # 'أن المدرب أبلغ اللاعبين': subject after أن
        if clause and clause[0] > 0 and lex.has("complementizers", tokens[clause[0] - 1].key):
            before = clause
    if before and form.purpose and (end == j or purposed):
        main = _main_verb_subject(tokens, before, lex)
        before = main if end == j or main != before else None  # after لـ, the noun is the object
    if before and run.kind == "headline":  # 'البلدية تغلق السوق وتدعو': the subject ends at the first verb
        before = (before[0], _headline_verb(tokens, before[0] + 1, before[1]))
    joined = _conjoined_subject(run, i, lex) if run.kind == "headline" and not before else None
    if joined is not None and not _conjoined(tokens[i], lex):
        return _Subject(joined, j, preface)  # 'X يعلن Y وواشنطن تنفي مشاركتها': the object follows
    antecedent = relative_antecedent(tokens, i, run.text, lex) if relative and end == j else None
    if antecedent is not None and antecedent.kind == "anonymous":  # 'التقى أحد الموظفين الذي أبلغه بأن'
        # an unnamed person the relative refers to, however the words before it run
        return _Subject(antecedent, j, preface)
    if before:
        if not (_conjoined(tokens[i], lex) and end == j) or _topic_answer(tokens, before, i, lex):
            source = describe(tokens[before[0] : before[1]], run.text, lex)
    elif end > j and not (run.kind == "headline" and _conjoined(tokens[i], lex)):
        source, j = describe(tokens[j:end], run.text, lex), end
    if source is None and run.kind == "headline" and _conjoined(tokens[i], lex):
        first = read_subject(tokens, 0, lex)
        first = next(
            (m for m in range(1, first) if imperfect_verb_like(tokens[m])), first
        )  # 'X تستدعي Y وتطالب'
        source = describe(tokens[:first], run.text, lex) if first else None
    return _Subject(source, j, preface)


_OBLIQUE_PLURAL_LENGTH: Final = 8  # letters of a definite sound plural in ين ('المواطنين'), not 'الحسين'


def _oblique_people(token: Token) -> bool:
    """'المواطنين', 'المسلحين': a definite sound masculine plural in ين, never a subject's case."""
    key = token.key
    return (
        token.definite
        and key.endswith("ين")
        and len(key) >= _OBLIQUE_PLURAL_LENGTH
        and not is_given_name(key.removeprefix("ال"))
    )


def _opened_subject(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """'لكن الشركة نفت الخبر', 'غير أن الجيش نفى', 'أما النقابة فاعتبرت': a noun phrase right before the
    verb that a contrastive or complementising particle opens is the verb's subject (subject-verb order)."""
    if i < 2 or not (tokens[i - 1].is_alpha or tokens[i - 1].text in "،,"):
        return None
    if tokens[i - 1].text in "،," and tokens[i].key != strip_conjunction(tokens[i].key):
        return None  # 'إن المحصول تلف، وأكد بعضهم': a verb joined by و after a comma opens its own clause
    openers = lex.words["subject_openers"]
    reach = _OPENED_SPAN + 1 + (_APPOSED_SPAN if tokens[i - 1].text in "،," else 0)
    if not any(tokens[m].key in openers for m in range(max(0, i - reach), i - 1)):
        return None  # no particle close enough: one set lookup a word before the costlier reading
    found = read_subject_before(tokens, i, lex)
    titled = found is not None and lex.has_word("titles", tokens[found[0]].key)
    apposed = (
        found is not None and found[1] < i and tokens[found[1]].text in "،," and tokens[i - 1].text in "،,"
    )
    if found is None or not (found[1] == i or apposed) or found[0] == 0:
        return None  # 'وكانت العداءة سلوى منير، البالغة من العمر 24 عاما، نفت': an apposition between
    if found[1] - found[0] > _OPENED_SPAN and not titled:
        return None
    if any(_no_subject_word(t, lex) for t in tokens[found[0] : found[1]]):
        return None  # 'إن البعض ربط بين الحر وما حذر': a clause, no noun phrase, before the verb
    return found if lex.has("subject_openers", tokens[found[0] - 1].key) else None


_OPENED_SPAN: Final = 5  # words of a subject between a particle and its verb
_APPOSED_SPAN: Final = 16  # words of an apposition between the subject and its verb


def _no_subject_word(token: Token, lex: Lexicon) -> bool:
    """A mark, preposition, relative or stop word: a subject noun phrase holds none of them."""
    key = token.key
    if token.text == "#":
        return False  # 'لكن #الشركة نفت': a hashtag's mark, the name follows
    if not token.is_alpha or key in RELATIVE_OBJECTS or key in RELATIVES:
        return True
    return lex.has_word("prepositions", key) or lex.has_word("subject_stops", key)


def _topic_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """After the cue's own preposition, a bare noun that heads no speaker (no title, body, source,
    place or name): what is warned of or doubted, so the preposition opens the content; after a
    quantifier the preposition is partitive ('عدد من زبائن المصرف')."""
    if k >= len(tokens) or not tokens[k].is_alpha or lex.has_word("quantifiers", tokens[k - 2].key):
        return False
    if is_name_word(tokens, k - 1, lex):
        return False  # 'سامي علي ما أكدته': the name علي, not the preposition على
    return _denied_object(tokens[k], lex)


def _issued_subject(run: Run, subject: _Subject, opener: int | None, lex: Lexicon) -> _Subject:
    """'وكشفت مذكرة صادرة عن ديوان المحاسبة أن': the document read up to its issuer, which speaks."""
    start = subject.preface[1]
    if subject.source is None or opener is None or subject.source.kind != "document":
        return subject
    issuer = document_issuer(run.tokens, start, lex)
    if issuer is None or not subject.end < issuer[1] <= opener:
        return subject
    return _Subject(describe(run.tokens[start : issuer[1]], run.text, lex), issuer[1], subject.preface)


def _named_then_possessed(tokens: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A given or unknown bare name at j and a possessed noun of no people after it, agreeing with the
    verb's gender, which is the verb's object."""
    name = tokens[j]
    if name.definite or not name.is_alpha or any(lex.has_word(h, name.key) for h in _SPEAKER_HEADS):
        return False
    return is_possessed_object(tokens[j + 1], tokens[i], lex)


def _adverb_first(tokens: list[Token], j: int, end: int, lex: Lexicon) -> bool:
    """Is the first word read as the subject a quoted manner adverb ('"قطعا"', '"بشدة"')?"""
    first = next((t for t in tokens[j:end] if t.is_word), None)
    if first is None or tokens[j].text not in QUOTE_MARKS:
        return False
    return manner_adverb(first, lex)


def _figure(tokens: list[Token], j: int, end: int) -> bool:
    """A subject that is a number or a code with digits, not a count of people ('3 أشخاص')."""
    key = tokens[j].key
    if not any(c.isdigit() for c in key):
        return False
    return end == j + 1 or not tokens[j + 1].is_alpha or tokens[j].is_alpha


def _in_document(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """'في بيان الوزارة', 'في تقرير للمنظمة', 'في البيان': في and a document whose owner is known.

    An indefinite document needs its owner after it; a definite one refers back to an owned one.
    """
    if j + 2 >= len(tokens) or tokens[j].key != "في" or not lex.has_noun("document_heads", tokens[j + 1].key):
        return False
    document, owner = tokens[j + 1], tokens[j + 2]
    if document.definite:
        return document.key[2:] in OWNED
    return owner.is_alpha and (owner.definite or (owner.key[:1] == "ل" and len(owner.key) > 3))


_SPEAKER_HEADS: Final = ("titles", "organization_heads", "media_heads", "anonymous_heads", "places")


def _rumour_noun(token: Token, lex: Lexicon) -> bool:
    """'الأنباء', 'الشائعات', 'مزاعم': a disputed claim or piece of news, never the source of a denial."""
    key = strip_conjunction(token.key)
    return is_claim_noun(key, lex, "disputed_claim_nouns") or lex.has("news_nouns", key)


def _denied_object(token: Token, lex: Lexicon) -> bool:
    """An indefinite noun that heads no speaker (no title, body, source, place or given name): an object."""
    if token.definite or not token.is_alpha or is_given_name(token.key):
        return False
    return not any(lex.has_word(name, token.key) for name in _SPEAKER_HEADS)


def _unnamed_subject(token: Token, lex: Lexicon) -> bool:
    """'بعض', 'وسائل', 'مصادر': a quantifier, unnamed or media head, which the relative pronoun never is."""
    return any(lex.has_noun(name, token.key) for name in ("quantifiers", "anonymous_heads", "media_heads"))


def _object_body(tokens: list[Token], i: int, j: int, end: int, form: CueForm, lex: Lexicon) -> bool:
    """In a clause joined to the sentence's first ('، وطالب الحكومة بـ'), is the body read as the subject
    at j the masculine verb's object, its preposition after it, and the subject the first clause's?"""
    if form.form_class != "verb" or end >= len(tokens) or not _feminine_body(tokens[j], lex):
        return False
    if i == 0 or tokens[i - 1].text not in "،," or tokens[i].key[:1] != "و":
        return False
    after = tokens[end]
    opens = after.key in form.preps or ("ب" in form.preps and _attached_b(after, lex))
    return opens and _masculine_verb(tokens[i], form)


def _masculine_verb(token: Token, form: CueForm) -> bool:
    """'طالب', 'يطالب' (not 'طالبت', 'تطالب'): the masculine singular perfect or imperfect of the cue,
    as written (نفى, not the verbal noun نفي)."""
    written = strip_diacritics(token.text)
    if written == form.lemma or (written[:1] in "وف" and written[1:] == form.lemma):
        return True
    return strip_conjunction(token.key)[:1] == "ي" and not _plural_verb(token)


def _feminine_body(token: Token, lex: Lexicon) -> bool:
    """'الحكومة', 'وزارة': the head of a body written with ة (a feminine noun), no quantifier ('مجموعة')."""
    key = token.key
    return key.endswith("ه") and lex.has("organization_heads", key) and not lex.has_word("quantifiers", key)


def _plural_verb(token: Token) -> bool:
    """'طالبوا', 'يؤكدون': a verb with the plural pronoun ending, which agrees with a subject before it."""
    key = strip_conjunction(token.key)
    return len(key) > 3 and (key.endswith("وا") or (key.endswith("ون") and key[:1] in "يت"))


def _main_verb_subject(tokens: list[Token], before: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """'وخرج المدير ليوضح أن ...': before a purpose لـ, the words before are a verb and its subject,
    perhaps with the verb's object after it ('وعقد الوزير مؤتمرا صحفيا ليؤكد', 'وزار المحافظ السوق ليعلن')."""
    start, stop = before
    if stop - start < 2:
        return before
    core = read_subject(tokens, start + 1, lex)
    if core != stop and not tokens[start + 1].definite:
        return before
    if core != stop:
        core = min(core, core_subject_end(tokens, start + 1, stop, lex))
    core = addressee_start(tokens, start + 1, core, lex) or core  # 'زار الوزير المستشفى': the place visited
    return (start + 1, core) if start + 1 < core <= stop else before


_COORDINATED_SPAN: Final = 4  # words of two short coordinated subjects ('دمشق وحليفتها موسكو')


def _content_opener(run: Run, subject: _Subject, form: CueForm, lex: Lexicon) -> tuple[_Subject, int | None]:
    """Where the content opens; for verbs with a direct object, the subject may end sooner.

    'نفى وزير الطاقة نادر الصافي عزم بلاده ...': the subject ran into the object, so it is cut
    back to a role and a name, and the object is the content.
    """
    tokens, j = run.tokens, subject.end
    told = None
    if form.addressee and subject.source is not None and subject.relayed_at is None:
        told = addressee_start(tokens, subject.preface[1], j, lex)
        if told is not None:  # 'ودعت الوزارة المواطنين إلى': the one called on is no part of the subject
            outlet = lex.has("outlets", tokens[told].key)  # 'أبلغ المسؤول رويترز': told, so in via
            end = told if outlet else j
            subject = _Subject(
                describe(tokens[subject.preface[1] : told], run.text, lex), end, subject.preface
            )
    opener = find_opener(run, j, form, lex)
    if form.needs and opener is None and form.hedge:
        return _expected_object(run, subject, lex)
    if form.needs:
        return _issued_subject(run, subject, opener, lex), opener
    start = subject.preface[1]
    relayed = subject.relayed_at is not None  # the subject ends where its relay starts: never cut past it
    core = core_subject_end(tokens, start, j, lex) if subject.source is not None and j > start else j
    if start < core < j:
        core = max(core, min(_spelt_outlet_end(tokens, start, lex), j))  # 'أكدت سي إن إن | الخبر'
    if subject.source is not None and subject.relayed_at is None:
        core = _named_then_masdar(tokens, start, core, lex)  # 'أعلن الرئيس سامي علي | إقالة المدرب'
    issuer = document_issuer(tokens, start, lex) if subject.source is not None else None
    if issuer is not None and (issuer[1] > j or (opener is not None and opener < issuer[1])):
        # 'طالبت رسالة وقعها ثلاثون طبيبا من نقابة الأطباء الوزارة', 'حذرت عريضة وقعها مئات الطلاب من'
        signed = _Subject(describe(tokens[start : issuer[1]], run.text, lex), issuer[1], subject.preface)
        after = skip_adjuncts(run, issuer[1], lex)
        while after < len(tokens) and (
            lex.has("complementizers", tokens[after].key) or tokens[after].key in form.preps
        ):
            after += 1
        return signed, after
    if issuer is not None and core < issuer[1]:
        core = min(issuer[1], j)  # 'طالبت رسالة وقعها ثلاثون طبيبا الوزارة': the document and its signers
    if told is not None and addressed_people(tokens, told, j, lex):
        core = told  # 'ناشد المحافظ سكان القرى البقاء': the content runs from the people appealed to
    if subject.source is not None and opener is None:  # 'أعلن بعض النواب | التأييد للمرشح'
        core = next((m for m in range(start + 2, core) if _definite_masdar(tokens, m, lex)), core)
    complemented = opener is not None and _after_complementizer(tokens, opener, lex)
    if (
        opener is not None
        and opener == j + 2
        and tokens[j].text in "،,"
        and lex.has("complementizers", tokens[j + 1].key)
    ):
        complemented = True  # 'أكد القنصل سامي الحربي، بأن ...': the comma closed the whole subject
    coordinated = j - start <= _COORDINATED_SPAN and any(t.key[:1] == "و" for t in tokens[start + 1 : j])
    if opener == j and "ب" in form.preps and coordinated:
        complemented = True  # 'ندد X وحليفته Y بالهجوم': coordinated subjects, then ب right after them
    closing = _apposition_close(tokens, start, j) if opener is None and not relayed else None
    if closing is not None:  # 'انتقد وزير المالية، سامي العلي، | قرار البرلمان'
        return _Subject(describe(tokens[start:closing], run.text, lex), closing, subject.preface), closing + 1
    if core < j and not relayed and not complemented and not any(t.text in "،," for t in tokens[core:j]):
        cut = _Subject(describe(tokens[start:core], run.text, lex), core, subject.preface)
        opener = skip_adjuncts(run, core, lex)
        governed = opener < len(tokens) and tokens[opener].key in form.preps  # 'حذر خبراء من | أضرار'
        return cut, opener + 1 if governed else opener
    if opener is None or _object_like(tokens, skip_adjuncts(run, j, lex), lex, form):
        opener = skip_adjuncts(run, j, lex)
    return subject, opener


def _apposition_close(tokens: list[Token], start: int, end: int) -> int | None:
    """The comma closing a name or role in apposition inside a subject that ran on past it into the
    verb's object ('وزير المالية، سامي العلي، قرار البرلمان'), or None."""
    commas = [m for m in range(start, end) if tokens[m].text in "،,"]
    if len(commas) != 2 or commas[0] == start or commas[1] + 1 >= end:
        return None
    return commas[1] if commas[1] - commas[0] > 1 else None


def _expected_object(run: Run, subject: _Subject, lex: Lexicon) -> tuple[_Subject, int | None]:
    """'وتوقع المحللون استمرار الارتفاع': a cue of expectation takes a verbal-noun object as content."""
    tokens, start, j = run.tokens, subject.preface[1], subject.end
    cut = next((m for m in range(start + 1, j) if _expected_noun(tokens, m, lex)), None)
    if cut is not None and subject.source is not None:
        subject = _Subject(describe(tokens[start:cut], run.text, lex), cut, subject.preface)
        return subject, cut
    k = skip_adjuncts(run, j, lex)
    return subject, (k if k < len(tokens) and _expected_noun(tokens, k, lex) else None)


_CHANGE_MASDAR: Final = re.compile(r"ت\wا\w{2}|ت\w{3}")  # تفاعل, تفعّل: تراجع, تباطؤ, تعافي, تحسن


def _expected_noun(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """A verbal noun as what is expected: 'استمرار', or one spelt like a verb ('تراجع الإنتاج', 'تحسن
    الأسعار'): a تفاعل/تفعّل word before a definite genitive, where no verb stands without أن."""
    token = tokens[m]
    if is_verbal_noun(token, lex):
        return True
    if token.definite or not token.is_alpha or m + 1 >= len(tokens) or not tokens[m + 1].definite:
        return False
    return _CHANGE_MASDAR.fullmatch(token.key) is not None and not is_given_name(token.key)


_PRONOUN_OBJECTS: Final = frozenset(fold(w) for w in ("إياه", "إياها", "إياهم", "إياهما"))


def _described(
    run: Run, i: int, subject: _Subject, form: CueForm, lex: Lexicon, resumptive: bool = False
) -> Draft | None:
    """'وصفت X بأنها "مرعبة"': the content is 'X بأنها مرعبة'; after إياها only what follows.

    After ما ('ما وصفه X بأنه ...') the described is ما, so only a بأنه clause is content.
    """
    tokens, j = run.tokens, subject.end
    start = subject.preface[1]
    if subject.source is not None and j > start and start > i:
        core = core_subject_end(tokens, start, j, lex)
        if core < j and not any(t.text in "،," for t in tokens[core:j]):
            subject = _Subject(describe(tokens[start:core], run.text, lex), core, subject.preface)
            j = core
    k = skip_adjuncts(run, j, lex)
    if k < len(tokens) and tokens[k].key in _PRONOUN_OBJECTS:
        k += 1
    if k < len(tokens) and lex.has("complementizers", tokens[k].key):
        k += 1
    elif resumptive:
        return None
    bounds = bounds_from(run, k, lex)
    if bounds is None:
        return None
    return Draft(i, cue_word(tokens[i], lex), form, subject.source, bounds, (j, k), preface=subject.preface)


def _on_behalf(run: Run, subject: _Subject, lex: Lexicon) -> tuple[Source, int] | None:
    """'نفت السلطات على لسان وزير الطاقة نادر الصافي ...': the one who spoke is after على لسان.

    Before an object content ('على لسان وزيرها X الثلاثاء قطع ...') the speaker ends at its core;
    'على لسان المتحدث باسمها' is the spokesman of the subject."""
    tokens, j = run.tokens, subject.end
    if j < len(tokens) and tokens[j].text in "،,":
        j += 1
    if j + 2 >= len(tokens) or tokens[j].key != "علي" or tokens[j + 1].key != "لسان":
        return None
    start = j + 2
    end = _relayed_source_end(tokens, start, lex)
    if end is None:
        return None
    source = describe(tokens[start:end], run.text, lex)
    body = spoken_for_pronoun(source.name)
    if body and subject.source is not None:
        source = Source(f"{body} {SPOKEN_FOR} {subject.source.name}", None, source.kind)
    return source, end


def _relayed_source_end(tokens: list[Token], start: int, lex: Lexicon) -> int | None:
    """Where the source after 'على لسان' or 'نقلا عن' ends: at a comma, colon or complementiser right
    after it, else at its core, for an object content follows ('نقلا عن مصدر عسكري وقوع ...')."""
    end = read_subject(tokens, start, lex)
    if end <= start:
        return None
    opens = end < len(tokens) and (tokens[end].text in "،,:" or lex.has("complementizers", tokens[end].key))
    return end if opens else core_subject_end(tokens, start, end, lex)


_RELAY_LINKS: Final = frozenset(fold(w) for w in ("عن", "إلى"))


def _quoting(run: Run, subject: _Subject, lex: Lexicon) -> tuple[_Subject, int] | None:
    """'أفادت الصحيفة، نقلا عن مصادر، بأن ...': the source after نقلا عن speaks, the subject relays it.

    A short quoted apposition ('الوكالة، "سانا"، نقلا عن') is skipped; a possessed source
    ('نقلا عن مصادرها') is the relay's own, so its pronoun goes and the relay stays in via.
    """
    tokens = run.tokens
    j = _past_apposition(run, subject.end)
    if j < len(tokens) and tokens[j].text in "،,":
        j += 1
    j = _past_speech_setting(tokens, j, lex)
    if j + 2 >= len(tokens) or not lex.has("relay_prepositions", tokens[j].key):
        return None
    if tokens[j + 1].key not in _RELAY_LINKS:  # 'نقلا عن', 'استنادا إلى'
        return None
    start = j + 2
    end = _relayed_source_end(tokens, start, lex)
    if end is None:
        return None
    source = describe(tokens[start:end], run.text, lex)
    name = _unpossessed(tokens[start], lex) if end == start + 1 else None
    relay = subject.source
    via = (relay.name, *relay.via) if relay is not None and relay.name else ()
    kind = source.kind if name is None else "anonymous"
    quoted = Source(name or source.name, source.role, kind, via + source.via)
    return _Subject(quoted, end, subject.preface, j), j


_SETTING_REACH: Final = 6  # words of a setting phrase before a relay ('في تقرير نشرته اليوم على موقعها')


def _past_speech_setting(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """After a setting phrase ('في تقرير لها'، 'في نشرتها المسائية'، 'في بغداد'), the relay preposition
    that follows it within a few words ('ذكرت الوكالة، في تقرير لها، نقلا عن مسؤول'); else j itself."""
    if j + 1 >= len(tokens) or tokens[j].key not in _SETTING_PREPOSITIONS:
        return j
    for k in range(j + 1, min(len(tokens), j + 1 + _SETTING_REACH)):
        if lex.has("relay_prepositions", tokens[k].key):
            return k
        if tokens[k].text in "،,":
            continue
        if not tokens[k].is_alpha or lex.has("complementizers", tokens[k].key) or tokens[k].key in lex.cues:
            return j
    return j


_SETTING_PREPOSITIONS: Final = frozenset(fold(w) for w in ("في", "خلال", "عبر"))


def _relayed(run: Run, subject: _Subject, lex: Lexicon) -> _Subject:
    """'نفى الوزير وفقا لما نقلته الوكالة "..."': an attribution right after the subject is the
    outlet the subject's words came through, so it goes in via and the content opens after it."""
    tokens, j = run.tokens, subject.end
    if j >= len(tokens):
        return subject
    k = j + 1 if tokens[j].text in "،," else j
    if k >= len(tokens) or k in run.quotes:
        return subject
    draft = prepositional_draft(run, k, lex)
    if subject.source is None:  # 'وأضاف وفق ما نقلت "X": ...': the elided speaker's words open after it
        relays = draft is not None and draft.source is not None and draft.cue != "على لسان"
        return (
            _Subject(None, draft.context[1], subject.preface, j) if relays and draft is not None else subject
        )
    if draft is None:
        relay = _relayed_from_him(run, k, lex)
        if relay is not None and relay[0].name not in subject.source.via:
            source = replace(subject.source, via=(relay[0].name, *subject.source.via))
            return _Subject(source, relay[1], subject.preface, j)
    if draft is None or draft.source is None or draft.cue == "على لسان" or draft.context[0] <= k:
        return subject
    outlet = draft.source.name
    if not outlet or outlet.endswith(_POSSESSIVES) or outlet in subject.source.via:
        return subject
    source = replace(subject.source, via=(outlet, *subject.source.via))
    return _Subject(source, draft.context[1], subject.preface, j)


_POSSESSIVES = ("ها", "هم", "ه", "نا")
_WHAT: Final = frozenset(fold(w) for w in ("ما", "لما"))
_FROM_HIM: Final = frozenset(fold(w) for w in ("عنه", "عنها", "عنهم", "عنهما"))
_FROM_ANYONE: Final = _FROM_HIM | {fold("عن")}
_WHAT_RELAYED: Final = frozenset(fold(w) for w in ("ما", "حسبما", "كما", "لما", "بما"))


def _relayed_from_him(run: Run, k: int, lex: Lexicon) -> tuple[Source, int] | None:
    """'قال الوزير، بحسب ما نقلت عنه وكالة X، إن': an attribution whose relay verb takes the subject
    back as عنه: the outlet after it (the source and where its phrase ends), the content after the comma."""
    tokens = run.tokens
    starts = lex.prepositional_starts
    if tokens[k].key not in starts and strip_conjunction(tokens[k].key) not in starts:
        return None
    m = k + 1 if k + 1 < len(tokens) and tokens[k + 1].key in _WHAT else k
    form = cue_form(tokens[m + 1], lex) if m + 2 < len(tokens) else None
    if form is None or form.needs != "relay" or tokens[m + 2].key not in _FROM_HIM:
        return None
    end = read_subject(tokens, m + 3, lex)
    if end <= m + 3 or end >= len(tokens) or tokens[end].text not in "،,":
        return None
    return describe(tokens[m + 3 : end], run.text, lex), end + 1


def _unpossessed(token: Token, lex: Lexicon) -> str | None:
    """'مصادرها' -> 'مصادر': an anonymous head with a possessive pronoun, without the pronoun."""
    for suffix in _POSSESSIVES:
        if token.key.endswith(suffix) and lex.has_word("anonymous_heads", token.key.removesuffix(suffix)):
            return token.text[: -len(suffix)]
    return None


def _past_apposition(run: Run, j: int) -> int:
    """After 'وكالة الأنباء الوطنية، "ونا"': the index past a short quoted name in apposition."""
    tokens = run.tokens
    if j + 1 < len(tokens) and tokens[j].text in "،," and j + 1 in run.quotes and run.quotes[j + 1] - j <= 5:
        return run.quotes[j + 1] + 1
    return j


def _skip_told(run: Run, j: int, lex: Lexicon) -> int:
    """'نفى ل"الرياض" القنصل ...', 'وقال لنا الطبيب إن': skip a told outlet or pronoun that comes
    before the subject (a pronoun only when a noun follows it: 'قال لهم إن' has no subject after)."""
    tokens = run.tokens
    if j < len(tokens) and tokens[j].key == "ل" and j + 1 in run.quotes:
        return run.quotes[j + 1] + 1
    if (
        j + 1 < len(tokens)
        and lex.has("addressee_pronouns", tokens[j].key)
        and _heads_speaker(tokens[j + 1], lex)
    ):
        return j + 1  # 'وصف له الرغبات بأنها': an object after the pronoun, the subject elided
    return j


def _heads_speaker(token: Token, lex: Lexicon) -> bool:
    """A given name or a word heading a speaker (title, body, outlet, source, place), with ال or not."""
    key = token.key
    bare = key[2:] if key.startswith("ال") else key
    return (
        is_given_name(key)
        or key in lex.title_forms
        or any(lex.has_word(h, key) or lex.has_word(h, bare) for h in _SPEAKER_HEADS)
    )


_SUBJECT_PRONOUNS: Final = frozenset(fold(w) for w in ("هو", "هي", "وهو", "وهي"))


def _masdar_spelling(token: Token, form: CueForm) -> bool:
    """Is a verb form with an object pronoun written as the verbal noun: ending in ة (no pronoun is),
    or, for a verb of the أفعل measure, opening with إ (its verbal noun's إفعال, its perfect's أ)?"""
    written = strip_diacritics(token.text)
    written = written[1:] if written[:1] in "وف" and len(written) > 3 else written
    return written.endswith("ة") or (form.lemma.startswith("أ") and written.startswith("إ"))


def _predicate_noun(tokens: list[Token], i: int, form: CueForm, lex: Lexicon) -> bool:
    """'، وهو طالب في كلية الطب،': a cue's perfect spelt like a noun right after a pronoun subject is
    the predicate of a nominal clause describing someone, unless a complementiser or the cue's own
    preposition follows ('وهو أكد أن', 'وهي طالبت بالإفراج')."""
    if i == 0 or tokens[i - 1].key not in _SUBJECT_PRONOUNS or tokens[i].key[:1] in "يتن":
        return False
    if i + 1 >= len(tokens) or not tokens[i + 1].is_alpha:
        return True
    after = tokens[i + 1].key
    return not lex.has("complementizers", after) and not any(after.startswith(p) for p in form.preps)


_BY: Final = (fold("من"), fold("قبل"))  # 'من قبل X': by X (a passive's agent), or alone 'before'


def _agent_phrase(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """'من قبل الشرطة': 'by' and a noun phrase, the agent of a passive cue; 'قال من قبل إن' (said
    before that) has none."""
    if j + 2 >= len(tokens) or (tokens[j].key, tokens[j + 1].key) != _BY:
        return False
    following = tokens[j + 2]
    return (
        following.is_alpha
        and not lex.has("complementizers", following.key)
        and read_subject(tokens, j + 2, lex) > j + 2
    )


def _quantifier_word(token: Token, lex: Lexicon) -> bool:
    """'بعض', 'بعضهم', 'بعضها': a quantifier spelt with ب, alone or with its pronoun, is no ب + noun."""
    key = token.key
    stems = [key] + [key[: -len(p)] for p in _POSSESSIVES if key.endswith(p)]
    return any(lex.has("quantifiers", stem) for stem in stems)


def _name_before_nisba(tokens: list[Token], m: int) -> bool:
    """'شركة كروغر باخ الألمانية', 'نادي نجم بلعباس الجزائري': an indefinite word spelt with ب
    before a definite nisba ends a name the adjective describes; a verbal noun after ب is indefinite
    and would take an indefinite adjective ('بإصلاحات اقتصادية')."""
    return not tokens[m].definite and m + 1 < len(tokens) and definite_nisba(tokens[m + 1])


def _outlet_word(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'فرانس برس': a word spelt with ب that ends a listed outlet's name opens no complement."""
    return m > 0 and lex.has("outlets", f"{tokens[m - 1].key} {tokens[m].key}")


def _attached_b(token: Token, lex: Lexicon) -> bool:
    """بتسرب, بإطلاق, بالاعتداء: the preposition ب glued to a noun, opening a cue's content; a given name
    or a place spelt with ب (بشار, بسام, بغداد, برلين) is none."""
    key = token.key
    if not key.startswith("ب") or len(key) <= 2 or is_given_name(key) or lex.has_word("places", key):
        return False
    return not token.definite or key[:3] == "بال"


def _role_link(tokens: list[Token], m: int, j: int, lex: Lexicon) -> bool:
    """'هدد المتحدث باسم الجيش بـ...': باسم inside the subject joins a role to its body, no ب complement;
    'طالب رئيس بلدية المدينة': after an indefinite title, a word spelt with ب is its genitive."""
    if m > j and lex.has("b_role_links", tokens[m].key):
        return True
    before = tokens[m - 1]
    construct = m > j and not before.definite and lex.has_word("titles", before.key)
    return construct and m + 1 < len(tokens) and tokens[m + 1].definite and not tokens[m].definite


def _conjoined(token: Token, lex: Lexicon) -> bool:
    """وأكد, ويؤكد: a cue joined by و/ف shares the subject of the clause before it."""
    return token.key not in lex.cues and token.key[:1] in "وف"


def _topic_answer(tokens: list[Token], before: tuple[int, int], i: int, lex: Lexicon) -> bool:
    """'أما الشركة فأكدت': after a topic fronted by أما, the verb with فـ takes that topic as subject."""
    start, stop = before
    if stop != i or start == 0 or tokens[i].key[:1] != "ف":
        return False
    return lex.has("topic_particles", tokens[start - 1].key)


def _is_preposition(key: str) -> bool:
    """A bare or pronoun-carrying preposition: لـ, في, عن, إلى, لها ..."""
    return key in ("ل", "ب", "في", "عن", "الي", "علي", "من", "مع") or (key[:1] in "لب" and len(key) <= 3)


def _before_claim(run: Run, subject: _Subject, form: CueForm, lex: Lexicon) -> tuple[_Subject, int] | None:
    """A denial whose object is a claim noun: the subject stops before it, and the content opens there.

    'رفض الوزير بشدة الاتهامات', 'رفضت رابطة المهندسين في تونس تصريحات المحافظ', 'نفت الهيئة في
    بلاغ "الاتهامات"', and past a speech-context phrase closed by a comma: 'نفى المدرب في تغريدة
    على حسابه، كل الأخبار'.
    """
    tokens, start = run.tokens, subject.preface[1]
    if subject.source is None or subject.end <= start:
        return None
    end, m = subject.end, start + 1
    while m < min(len(tokens), subject.end + 8):
        token = tokens[m]
        if token.text in ".!?؟:" or lex.has("complementizers", token.key) or cue_form(token, lex):
            return None
        if token.text in "،," and m >= end:
            opener = skip_adjuncts(run, m, lex)
            return (_cut_subject(run, subject, end, lex), opener) if _claim_at(run, opener, lex) else None
        if m >= end and _speech_context_at(tokens, m, lex):
            comma = next((c for c in range(m, min(len(tokens), m + 14)) if tokens[c].text in "،,"), None)
            opener = skip_adjuncts(run, comma + 1, lex) if comma is not None else m
            return (_cut_subject(run, subject, end, lex), opener) if _claim_at(run, opener, lex) else None
        opener = _skip_manner(run, m, form, lex)
        if _claim_at(run, opener, lex) and not _inside_name(run, opener, lex):
            if opener - 1 in run.quotes:
                opener -= 1
            return _cut_subject(run, subject, min(m, end, opener), lex), opener
        if (
            m >= end
            and token.key == "في"
            and m + 1 < len(tokens)
            and lex.has_word("places", tokens[m + 1].key)
        ):
            end = m = m + 2
            continue
        m += 1
    return None


def _skip_manner(run: Run, k: int, form: CueForm, lex: Lexicon) -> int:
    """Past adjuncts, intensifiers and a cognate object before a denied claim.

    'رفضت الحكومة مطلقا وبشكل قاطع ادعاءات', 'نفى الوزير نفيا قاطعا التقارير'.
    """
    tokens, lemma = run.tokens, fold(form.lemma)
    cognates = {lemma + "ا", lemma[:-1] + "يا"}  # رفضا, نفيا
    while True:
        k = skip_adjuncts(run, k, lex)
        if k >= len(tokens):
            return k
        key = strip_conjunction(tokens[k].key)
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        manner = lex.has("manner_heads", key) and following is not None and following.is_alpha
        cognate = key in cognates and following is not None and following.key.endswith("ا")
        if lex.has("deny_intensifiers", key) or lex.has("absolute_adverbs", key):
            k += 1
        elif manner or cognate:
            k += 2
        else:
            return k


_NAMING_HEADS: Final = ("media_heads", "organization_heads", "document_heads", "outlets")


def _quote_after(run: Run, subject: _Subject, lex: Lexicon) -> tuple[_Subject, int] | None:
    """'وقال المدرب سامي يونس "كنا الأفضل".': a short quote closing the subject is what was said.

    After a naming head ('صحيفة "الأمل"', 'حزب "النور"') the quote is a name.
    """
    tokens, start = run.tokens, subject.preface[1]
    opening = next((o for o in range(start + 1, subject.end) if o in run.quotes), None)
    if (
        opening is None
        or run.quotes[opening] != subject.end - 1
        or not short_quote_closing(run, opening, lex)
    ):
        return None
    head = tokens[opening - 1].key
    if any(lex.has_word(name, head) or lex.has_word(name, head.removeprefix("ال")) for name in _NAMING_HEADS):
        return None
    return _cut_subject(run, subject, opening, lex), opening


_FRONTED_TAIL: Final = 8  # tokens after the subject of a cue that follows its quotation ('للصحفيين أمس')


def _headline_verb(tokens: list[Token], start: int, end: int) -> int:
    """Where a headline's first imperfect verb stands after a definite subject word, else `end`."""
    verbs = (m for m in range(start, end) if tokens[m - 1].definite and imperfect_verb_like(tokens[m]))
    return next(verbs, end)


def _after_time_noun(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Does the relative pronoun before the cue at i follow a noun of time ('في الوقت الذي')?"""
    return i > 1 and lex.has("time_nouns", tokens[i - 2].key.removeprefix("ال"))


def _evidence_subject(name: str, lex: Lexicon) -> bool:
    """Evidence or figures as the subject ('الأدلة تشير'), also after a determiner ('كل المعطيات تشير')."""
    words = [fold(w) for w in name.split()[:2]]
    if words and lex.has_word("evidence_nouns", words[0]):
        return True
    return (
        len(words) == 2
        and lex.has("claim_determiners", words[0])
        and lex.has_word("evidence_nouns", words[1])
    )


def _timed_subject(source: Source | None, lex: Lexicon) -> bool:
    """No subject, or one that is the noun of time itself ('وفي الوقت'), not a speaker after the verb."""
    if source is None:
        return True
    return any(
        lex.has("time_nouns", strip_conjunction(fold(w)).removeprefix("ال")) for w in source.name.split()
    )


def _circulated_without_agent(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the cue at i an agentless verb of circulating after ما ('ما يتداول', 'ما نشر')?"""
    return i > 0 and tokens[i - 1].key in RELATIVE_OBJECTS and lex.has("circulation_passives", tokens[i].key)


def _described_what(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the cue at i the verb of ما, the object of a cue of describing before it and its subject
    ('واصفا ما نشر', 'ووصفت الوزارة ما تردد')?"""
    if i < 2 or tokens[i - 1].key != _FREE_WHAT:
        return False
    for k in range(i - 2, max(-1, i - 2 - _DESCRIBER_REACH), -1):
        if not tokens[k].is_word:
            return False
        form = cue_form(tokens[k], lex)
        if form is not None:
            return form.object_first
    return False


_DESCRIBER_REACH = 5  # words: a cue of describing and its subject before ما


def _according_relative(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the cue at i the verb of a fronted 'according to what' phrase ('ووفق ما أفاد به', 'حسب ما ذكر')?"""
    if i < 2 or not lex.has("according_relatives", tokens[i - 1].key):
        return False
    return lex.has_word("according_openers", tokens[i - 2].key)


def _answering_clause(run: Run, j: int) -> int | None:
    """'وفق ما أفاد به شهود، فقد نظم ...': after the fronted phrase, a comma and the فـ answering it
    open the content; None when the sentence ends first."""
    tokens = run.tokens
    for m in range(j, len(tokens) - 1):
        if tokens[m].text in SENTENCE_ENDS:
            return None
        if tokens[m].text in "،," and tokens[m + 1].is_alpha and tokens[m + 1].key[:1] == "ف":
            return m + 1
    return None


def _fronted_quote(run: Run, i: int, end: int, lex: Lexicon) -> Bounds | None:
    """'"الوضع تحت السيطرة"، يقول قائد الشرطة.': a quotation opening the sentence, then a comma, the cue
    and its subject closing it; the quotation is the content. Anything opening a content after the
    subject (أن, a colon, another quotation) makes it no such sentence."""
    tokens = run.tokens
    close = _fronted_close(tokens, i, lex)
    if close is None:
        return None
    opening = next((o for o, c in run.quotes.items() if c == close), None)
    if opening is None or (opening > 0 and tokens[opening - 1].text not in SENTENCE_ENDS):
        return None
    for k in range(end, min(len(tokens), end + _FRONTED_TAIL) + 1):
        if k == len(tokens) or tokens[k].text in SENTENCE_ENDS or _next_cue_at(tokens, k, lex):
            break
        if tokens[k].text == ":" or k in run.quotes or lex.has("complementizers", tokens[k].key):
            return None
    else:
        return None
    first = opening + 1
    while first < close and lex.has("complementizers", tokens[first].key):
        first += 1
    return Bounds(first, close, True) if first < close else None


def _fronted_close(tokens: list[Token], i: int, lex: Lexicon) -> int | None:
    """The closing mark of a quotation just before the cue: '"..."، قال', '"..." قال' or '"..."، هكذا قال'."""
    k = i - 1
    if k > 0 and lex.has("manner_pointers", tokens[k].key):
        k -= 1  # 'هكذا أكد الوزير': 'so said', pointing back at the quotation
    if k > 0 and tokens[k].text in "،,":
        k -= 1
    return k if k >= 1 and tokens[k].text in QUOTE_MARKS else None


def _next_cue_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'"..."، أضاف الوزير، مؤكدا أن ...': after a comma, a cue of its own opens the next statement."""
    if k + 1 >= len(tokens) or tokens[k].text not in "،,":
        return False
    form = cue_form(tokens[k + 1], lex)
    return form is not None and form.form_class in ("participle", "verb")


def _addressed_speech(run: Run, j: int, form: CueForm, lex: Lexicon) -> int | None:
    """'فقلت لهم نحن مستعدون': after a saying verb and its addressee, the words said, with no أن."""
    tokens = run.tokens
    if j + 1 >= len(tokens) or not lex.has("addressed_speech_lemmas", fold(form.lemma)):
        return None
    if not lex.has("addressee_pronouns", tokens[j].key):
        return None
    following = tokens[j + 1]
    if not following.is_word or lex.has("complementizers", following.key) or cue_form(following, lex):
        return None
    return j + 1


def addressed_in_quote(run: Run, i: int, lex: Lexicon) -> bool:
    """'"... فقلت له نحن لا نريد شيئا"', '"قلت لهم إن التسريب مفبرك"': a speaker quoting his own words
    to someone, inside his quotation."""
    form = cue_form(run.tokens[i], lex)
    if form is None:
        return False
    if _addressed_speech(run, i + 1, form, lex) is not None:
        return True
    tokens = run.tokens
    own = lex.has("addressed_speech_lemmas", fold(form.lemma)) and strip_conjunction(tokens[i].key) in _I_SAID
    told = i + 1 < len(tokens) and (
        lex.has("addressee_pronouns", tokens[i + 1].key) or tokens[i + 1].key.startswith("لل")
    )  # 'قلت لهم إن', 'قلت للصحفيين إن': the ones told
    after = i + 2 if told else i + 1
    return own and after < len(tokens) and lex.has("complementizers", tokens[after].key)


_I_SAID: Final = frozenset(fold(w) for w in ("قلت", "قلنا"))


def answered_in_quote(run: Run, i: int, lex: Lexicon) -> Source | None:
    """'"سألت الطبيب عن حالته، فقال إن الوضع مستقر"': inside a quotation, a reply after the speaker's own
    question speaks for the one asked, the object of سأل (or, for 'سألته', the one reached before it:
    'اتصلت بوكيل اللاعب وسألته ... فقال لي إن'); None when there is no such question."""
    tokens = run.tokens
    token = tokens[i]
    form = cue_form(token, lex)
    if form is None or form.form_class != "verb" or not token.key.startswith("ف") or i + 1 >= len(tokens):
        return None
    after = i + 2 if lex.has("addressee_pronouns", tokens[i + 1].key) and i + 2 < len(tokens) else i + 1
    if not lex.has("complementizers", tokens[after].key):
        return None
    opening = max((k for k, close in run.quotes.items() if k < i < close), default=None)
    if opening is None:
        return None
    asked = next((q for q in range(i - 1, opening, -1) if _asking(tokens[q])), None)
    if asked is None:
        return None
    if strip_conjunction(tokens[asked].key) in _ASKED_FIRST_PERSONS:  # 'سألت الطبيب': the one asked follows
        start = asked + 1
    else:  # 'اتصلت بوكيل اللاعب وسألته': the one reached before
        start = next((q for q in range(asked - 1, opening, -1) if _attached_b(tokens[q], lex)), -1)
        if start < 0:
            return None
    end = read_subject(tokens, start, lex)
    end = next((m for m in range(start + 1, end) if lex.has("topic_prepositions", tokens[m].key)), end)
    end = asked if start < asked < end else end  # 'بوكيل اللاعب | وسألته'
    if end <= start:
        return None
    words = tokens[start:end]
    name = run.text[words[0].start : words[-1].end]
    if start != asked + 1:
        name = name[1:]  # the ب of 'بوكيل' is the verb's
    return describe(tokenize(name, 0, len(name)), name, lex) if name.strip() else None


def _asking(token: Token) -> bool:
    """'سألت', 'وسألته', 'فسألناه': the speaker's own question, in the first person."""
    key = strip_conjunction(token.key)
    return key.startswith(_ASKED) and key[len(_ASKED) :][:1] in ("ت", "ن")


_ASKED: Final = fold("سأل")
_ASKED_FIRST_PERSONS: Final = frozenset(fold(w) for w in ("سألت", "سألنا"))


def reported_denial(run: Run, i: int, lex: Lexicon) -> bool:
    """'"الموظف أنكر السرقة"', 'أن الحكومة "نفت وجود ..."': someone else's denial reported in a quotation.

    A denial verb in the past after a noun subject (a first person 'ننفي' or 'أنكر' opens no subject).
    """
    form = cue_form(run.tokens[i], lex)
    if form is None or form.stance != "deny" or form.form_class != "verb" or i < 2:
        return False
    k = i - 1
    while k > 0 and run.tokens[k].text in QUOTE_MARKS:
        k -= 1
    before = run.tokens[k]
    if (
        not before.is_alpha
        or lex.has("subject_stops", before.key)
        or lex.has_word("first_person_pronouns", before.key)
    ):
        return False
    return read_subject_before(run.tokens, i, lex) is not None


def reported_in_quote(run: Run, i: int, lex: Lexicon) -> bool:
    """'"الشركة أعلنت أنها ستغلق المصنع"': another source's words reported inside a quotation, a verb
    in the past after its noun subject and right before its complementiser. In the present ('البلدية
    تؤكد أن') a spokesman mostly states his own body's position, no other source."""
    tokens = run.tokens
    form = cue_form(tokens[i], lex)
    if form is None or form.form_class != "verb" or i < 2 or i + 1 >= len(tokens):
        return False
    if imperfect_verb_like(tokens[i]):
        return False
    if not lex.has("complementizers", tokens[i + 1].key) or tokens[i + 1].key in _FIRST_PERSON_OPENERS:
        return False
    before = tokens[i - 1]
    if not before.is_alpha or not before.definite or lex.has_word("first_person_pronouns", before.key):
        return False
    return read_subject_before(tokens, i, lex) is not None


_FIRST_PERSON_OPENERS: Final = frozenset(fold(w) for w in ("أنني", "إنني", "أننا", "إننا", "أني", "إني"))


def up_to_comma(draft: Draft, run: Run) -> Draft:
    """A denial reported inside a quotation denies up to the first comma ('أنكر التهم، لكن الأدلة ...')."""
    bounds = draft.bounds
    stop = next((k for k in range(bounds.first, bounds.stop) if run.tokens[k].text in "،,"), bounds.stop)
    if stop in (bounds.first, bounds.stop):
        return draft
    return replace(draft, bounds=Bounds(bounds.first, stop, False))


def within_quote(draft: Draft, close: int) -> Draft:
    """A draft found inside a quotation ends where the quotation closes."""
    bounds = draft.bounds
    if bounds.stop <= close:
        return draft
    return replace(draft, bounds=Bounds(bounds.first, close, False))


def _object_after(
    run: Run, subject: _Subject, lex: Lexicon, addressed: bool = False
) -> tuple[_Subject, int] | None:
    """'توقع المحللون استمرار الارتفاع', 'اعتبرت الوزارة التقرير مليئا': a verbal-noun or claim object.

    A cue of expectation, belief, evaluation or appeal with no أن, colon or quote takes such an object
    as content; the people appealed to before it ('ناشدت الوزارة المواطنين التزام ...') open it.
    """
    tokens, start = run.tokens, subject.preface[1]
    first = start + 1 if subject.source is not None and subject.end > start else subject.end
    closing = _apposition_close(tokens, start, subject.end) if subject.source is not None else None
    if closing is None and subject.source is not None and subject.end > start + 1:
        closing = subject.end - 1 if tokens[subject.end - 1].text in "،," else None
    if closing is not None:  # 'اعتبر محامي المتهم، سامي العلي، الحكم جائرا': the object after the name
        first = closing + 1
    named = subject.source is not None and subject.end > start + 2 and closing is None
    core = core_subject_end(tokens, start, subject.end, lex) if named else subject.end
    for m in range(first, min(len(tokens), subject.end + 2)):
        token = tokens[m]
        if not token.is_word or lex.has("complementizers", token.key) or cue_form(token, lex):
            return None
        if (
            is_verbal_noun(token, lex)
            or _definite_masdar(tokens, m, lex)
            or _claim_at(run, m, lex)
            or _report_at(tokens, m, lex)
            or judged_object(tokens, m, lex)
            or (m == core < subject.end and judged_right_after(tokens, m, lex))  # 'سمير قاسم | الاتفاق سيئا'
            or (
                (m == subject.end == start or (closing is not None and m == closing + 1))
                and subject.source is not None
                and judged_right_after(tokens, m, lex)
            )
        ):
            told = addressee_start(tokens, start, m, lex) if addressed and m > start + 1 else None
            if closing is not None and told is None:
                return _cut_subject(run, subject, closing, lex), m
            return _cut_subject(run, subject, told or m, lex), told or m
    return None


_PUBLISHED_REACH: Final = (
    6  # words between a publishing verb and its report: a time ('أمس', 'الأسبوع الماضي')
)


def _published_report(run: Run, subject: _Subject, lex: Lexicon) -> tuple[_Subject, int] | None:
    """'نشرت الصحف مرارا أنباء عن إفلاس المصنع': a publishing verb's object, a report noun about
    something, is what was published; the content runs from the noun on. Only an indefinite report
    noun with its topic preposition: 'نشرت الوزارة الأنباء' or 'نشرت صورا' tells no account."""
    tokens, start = run.tokens, subject.preface[1]
    first = start + 1 if subject.source is not None and subject.end > start else subject.end
    for m in range(first, min(len(tokens) - 1, subject.end + _PUBLISHED_REACH)):
        token = tokens[m]
        if token.text in ".!?؟:" or lex.has("complementizers", token.key) or cue_form(token, lex):
            return None
        noun = strip_conjunction(token.key)
        if (
            token.is_word
            and not noun.startswith("ال")
            and is_claim_noun(noun, lex)
            and lex.has("topic_prepositions", tokens[m + 1].key)
        ):
            return (_cut_subject(run, subject, m, lex) if m < subject.end else subject), m
    return None


def _past_comma(run: Run, subject: _Subject, opener: int) -> bool:
    """'برر الحزب الانسحاب بكذا، إذ إن ...': a complementiser past a comma opens a reason, not content."""
    return any(run.tokens[m].text in "،," for m in range(subject.preface[1], opener))


def _report_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'اعتبر الوزير ما نشرته الصحيفة ...': ما and a reporting verb, what was reported, is an object."""
    return tokens[k].key == "ما" and k + 1 < len(tokens) and reports(tokens[k + 1].key, lex)


def _definite_masdar(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'برر المصادر | التأجيل': a definite verbal noun after a definite noun is no genitive, so an object."""
    token = tokens[m]
    if not token.definite or m == 0 or not tokens[m - 1].definite:
        return False
    return is_verbal_noun(Token(token.text[2:], token.start, token.end, token.key[2:]), lex)


def _inside_name(run: Run, k: int, lex: Lexicon) -> bool:
    """'وكالات الأنباء الروسية', 'البيان "ثبوت التهمة"': a claim noun inside a name or a quotation.

    Inside a name, the claim noun is the genitive of an indefinite naming head (وكالة الأنباء).
    """
    tokens = run.tokens
    head = tokens[k - 1] if k > 0 else None
    heads = {head.key, head.key.removesuffix("ات") + "ه"} if head and not head.definite else set()  # وكالات
    if any(lex.has_word(name, h) for name in _NAMING_HEADS for h in heads):
        return True
    return any(opening < k - 1 and k <= closing for opening, closing in run.quotes.items())


def _cut_subject(run: Run, subject: _Subject, end: int, lex: Lexicon) -> _Subject:
    """The subject cut back to end before its object."""
    if end == subject.end:
        return subject
    start = subject.preface[1]
    return _Subject(describe(run.tokens[start:end], run.text, lex), end, subject.preface)


def _speech_context_at(tokens: list[Token], m: int, lex: Lexicon) -> bool:
    """'في تصريح', 'في تغريدة', 'خلال مؤتمر': where the words were said, not what."""
    return (
        tokens[m].key in ("في", "خلال", "عبر")
        and m + 1 < len(tokens)
        and lex.has("speech_contexts", tokens[m + 1].key)
    )


_FREE_WHAT: Final = fold("ما")  # the free relative opening an object: 'ما تداولته المواقع'
_CONTEXT_SPAN: Final = 4  # words of 'في تصريح صحفي لوكالة' before the object


def _object_past_context(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """'أكد الوزير في تصريح صحفي وجود خلل': the object is the verbal noun after where it was said;
    'نفت الشركة في بيان لاحق ما نشرته الصحف': or the free relative ما that opens it."""
    for m in range(k + 2, min(len(tokens), k + 2 + _CONTEXT_SPAN)):
        if not tokens[m].is_word:
            return k
        key = tokens[m].key
        if key == _FREE_WHAT or is_verbal_noun(tokens[m], lex) or is_claim_noun(key, lex):
            return m
    return k


_SETTING_SPAN: Final = 24  # words a 'أثناء حديثه في ندوة X،' setting may take before its comma


def _past_setting(run: Run, k: int, lex: Lexicon) -> int:
    """'انتقد النائب أثناء حديثه في ندوة، قرار الوزير': the object after the setting.

    A speech context (في بيان، خلال مداخلة) or a time phrase (خلال شهر ...) closed by a comma is
    where or when it was said; the content is what follows the comma.
    """
    tokens = run.tokens
    if k >= len(tokens):
        return k
    opens = _speech_context_at(tokens, k, lex) or lex.has("setting_openers", tokens[k].key)
    timed = tokens[k].key == "في" and k + 1 < len(tokens) and lex.has("time_words", tokens[k + 1].key)
    if not (opens or timed):
        return k
    for m in range(k + 2, min(len(tokens) - 2, k + _SETTING_SPAN)):
        token = tokens[m]
        if token.text in "،,":
            after = skip_adjuncts(run, m, lex)
            return k if after >= len(tokens) or cue_form(tokens[after], lex) else after
        if not (token.is_word or token.text in QUOTE_MARKS) or lex.has("complementizers", token.key):
            return k
        if cue_form(token, lex):
            return k
    return k


def _governed_denial(run: Run, i: int, form: CueForm, lex: Lexicon) -> bool:
    """A verbal noun of denial after a preposition, its object a claim ('إلى نفي هذه الأنباء'): the
    subject of the verb that governs it denies that claim."""
    if form.stance != "deny" or i == 0 or run.tokens[i - 1].key == "من":  # 'من نفى': whoever denied
        return False  # after a preposition a verb's spelling is its verbal noun (نفى / نفي fold alike)
    return lex.has("noun_governors", run.tokens[i - 1].key) and _claim_at(run, i + 1, lex)


def _claim_at(run: Run, k: int, lex: Lexicon) -> bool:
    """'رفض الاتهامات', 'نفى كل هذه الشائعات', 'أكد (عدم) صحة': a claim, report or rumour, or its truth.

    رفض denies only such an object, not an offer.
    """
    tokens = run.tokens
    while k < len(tokens) - 1 and lex.has_word("claim_determiners", tokens[k].key):
        k += 1
    return k < len(tokens) and (
        is_claim_noun(tokens[k].key, lex)
        or lex.has_word("confirm_markers", tokens[k].key)
        or _blaming_at(tokens, k, lex)
    )


_BLAME_REACH: Final = 3  # words from the verbal noun of blaming to the responsibility laid: a person blamed


def _blaming_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'رفضت النقابة تحميلها مسؤولية الأزمة': the verbal noun of laying blame, with the responsibility laid
    after it, is an accusation that a refusal denies."""
    if not is_claim_noun(tokens[k].key, lex, "blame_nouns"):
        return False
    return any(lex.has("blamed_objects", t.key) for t in tokens[k + 1 : k + 1 + _BLAME_REACH])


def _after_complementizer(tokens: list[Token], opener: int, lex: Lexicon) -> bool:
    """Does the content open after أن/إن or a colon (so the subject did not run into an object)?"""
    before = tokens[opener - 1] if opener > 0 else None
    if before is None or before.key.startswith("ب"):
        return False
    return before.text == ":" or lex.has("complementizers", before.key)


def _object_like(tokens: list[Token], k: int, lex: Lexicon, form: CueForm) -> bool:
    """Does a direct object start at k ('نفى الكرملين تقريرا'), rather than an adjunct or 'أن'?"""
    if k >= len(tokens) or not tokens[k].is_alpha or (k > 0 and tokens[k - 1].text in "،,"):
        return False
    if form.stance == "deny" and tokens[k].key == "ما":
        return True
    if ends_subject(tokens, k, lex) or _is_preposition(tokens[k].key) or withheld_name_end(tokens, k, lex):
        return False
    return not lex.has("speech_contexts", tokens[k].key)


def _relay_draft(run: Run, i: int, form: CueForm, lex: Lexicon) -> Draft | None:
    """'نقلت بلومبرغ عن شخصين مقربين أن ...': the source is after عن, the outlet goes in via."""
    tokens = run.tokens
    if (
        i > 0
        and tokens[i - 1].key in _WHAT_RELAYED
        and any(t.key in _FROM_HIM for t in tokens[i + 1 : i + 4])
    ):
        return None  # 'بحسب ما نقلت عنه الوكالة', 'حسبما نقلت عنها': an attribution of the clause beside it
    from_him = i + 1 < len(tokens) and tokens[i + 1].key in _FROM_HIM  # 'ونقلت عنه الصحيفة قوله'
    first = i + 2 if from_him else i + 1
    end = read_subject(tokens, first, lex)
    outlet = describe(tokens[first:end], run.text, lex) if end > first else None
    if outlet is None:
        before = read_subject_before(tokens, i, lex)
        outlet = describe(tokens[before[0] : before[1]], run.text, lex) if before else None
    if from_him:
        start = stop = end
    else:
        while (
            end < min(len(tokens), i + 14)
            and tokens[end].key not in _FROM_ANYONE
            and tokens[end].text not in ".!?؟:"
        ):
            end += 1
        if end >= len(tokens) or tokens[end].key not in _FROM_ANYONE:
            return None
        from_him = tokens[end].key in _FROM_HIM  # 'نقلت الوكالة عنه قوله'
        start = end + 1
        stop = start if from_him else read_subject(tokens, start, lex)
    stop = next((m for m in range(start + 1, stop) if _saying_noun(tokens[m], lex)), stop)
    if stop <= start and not from_him:
        return None
    # the pronoun's antecedent speaks (assemble takes it up); the saying noun's pronoun tells its gender
    source = Source("", None, "") if from_him else describe(tokens[start:stop], run.text, lex)
    trailing = trailing_clause(run, i, lex)
    consumed: tuple[int, ...] = ()
    j, inner = stop, form
    said = _saying_noun(tokens[j], lex) if j < len(tokens) else None
    spoken = lex.cues.get(said) if said is not None else None
    if said is not None:
        j += 1
        form = replace(form, stance=spoken.stance) if spoken is not None else form
    inner_at = next((m for m in range(j, min(j + 4, len(tokens))) if cue_form(tokens[m], lex)), None)
    if inner_at is not None and all(t.is_word or t.text in "،," for t in tokens[j:inner_at]):
        inner = cue_form(tokens[inner_at], lex) or form
        consumed, j = (inner_at,), inner_at + 1
    opener = find_opener(run, j, inner, lex)
    relayed_topic = opener is not None and opener > 0 and tokens[opener - 1].key in inner.preps
    if j > stop and not consumed and (opener is None or relayed_topic):
        opener = j  # 'نقلت الصحيفة عن الوزير تأكيده جاهزية الوزارة', 'نفيه للأنباء': the noun's object
        if spoken is not None and j + 1 < len(tokens) and tokens[j].key in spoken.preps:
            opener = j + 1  # 'إشارته إلى ...': the noun's own preposition is no part of the content
    if trailing is None and opener is None:
        return None
    bounds = trailing or bounds_from(run, opener or j, lex)
    if bounds is None:
        return None
    via = (outlet.name,) if outlet and outlet.name else ()
    relayed = Source(source.name, source.role, source.kind, via + source.via)
    if from_him:  # the saying noun's pronoun ('قولها') says the antecedent's gender
        return Draft(
            i, cue_word(tokens[i], lex), form, relayed, bounds, (stop, stop + 1), consumed, pronoun=True
        )
    return Draft(i, cue_word(tokens[i], lex), form, relayed, bounds, (stop, opener or stop), consumed)


def circulated_draft(run: Run, i: int, lex: Lexicon) -> Draft | None:
    """'ما نشر على مواقع محلية عن إلغاء الامتحانات': after ما, an agentless verb of circulating,
    the medium in في/على as the source and the claim after a topic preposition as the content."""
    tokens = run.tokens
    if i == 0 or tokens[i - 1].key not in RELATIVE_OBJECTS:
        return None
    if not lex.has("circulation_passives", tokens[i].key):
        return None
    j = i + 1
    if j >= len(tokens) or not lex.has("media_prepositions", tokens[j].key):
        return None
    end = read_subject(tokens, j + 1, lex)
    if end <= j + 1 or end >= len(tokens) or not lex.has("topic_prepositions", tokens[end].key):
        return None
    bounds = bounds_from(run, end + 1, lex)
    if bounds is None:
        return None
    comma = next((m for m in range(bounds.first + 2, bounds.stop) if tokens[m].text in "،,"), bounds.stop)
    form = CueForm(tokens[i].key, "verb", "assert", False, (), "complement", relative_object=True)
    source = describe(tokens[j + 1 : end], run.text, lex)
    content = Bounds(bounds.first, comma, False)
    return Draft(i, cue_word(tokens[i], lex), form, source, content, (end, end + 1))


_THAT: Final = frozenset(fold(w) for w in ("أن", "بأن", "أنه", "بأنه", "أنها", "بأنها", "أنهم", "بأنهم"))
_VENUE_PREPOSITIONS: Final = frozenset(fold(w) for w in ("في", "خلال"))
_CLAIM_SOURCE_REACH: Final = 6  # words of the genitive source between the claim noun and أن


def sourced_claim_draft(run: Run, i: int, lex: Lexicon) -> Draft | None:
    """'مزاعم ناشطين بأن المصنع لوث النهر': a claim noun, its genitive source, then what is claimed.

    The noun is indefinite in construct (no ال), so its genitive is who claims; the content is the
    أن clause right after that source. Any indefinite claim noun takes its source after من, and then
    also a ب complement ('تقارير من ناشطين، أمس، بسقوط قذائف'); a genitive before ب may be the one
    accused ('اتهام الوزير بالتقصير'), so it needs أن. The denial around it is the outer statement's.
    """
    tokens = run.tokens
    noun = strip_conjunction(tokens[i].key)
    noun = noun[1:] if noun[:1] in ("ب", "ل") and lex.has("sourced_claim_nouns", noun[1:]) else noun
    j = i + 1
    after_min = j + 1 < len(tokens) and tokens[j].key == _MIN
    if after_min and not noun.startswith("ال") and lex.has("claim_nouns", noun):
        j += 1  # 'تقارير من ناشطين': the source after من
    elif not lex.has("sourced_claim_nouns", noun):
        return None
    if i > 0 and strip_conjunction(tokens[i - 1].key) in _VENUE_PREPOSITIONS:
        return None  # 'ونفى مسؤولون في تصريحات صحفية الأنباء': where they spoke, no claim of its own
    end = read_subject(tokens, j, lex)
    if not j < end <= j + _CLAIM_SOURCE_REACH or end >= len(tokens):
        return None
    if not tokens[j].is_alpha or lex.has("subject_stops", tokens[j].key) or cue_form(tokens[j], lex):
        return None
    opener = skip_adjuncts(run, end, lex) if tokens[end].text in "،," else end
    if opener < len(tokens) and tokens[opener].key in _THAT:
        if tokens[opener].key[:1] == "ب" and _described_object(tokens, i, lex):
            return None  # 'وصف المتحدث رواية الشرطة بأنها كاذبة': بأن says what the account is
        opener += 1
    elif _topic_masdar(tokens, opener, lex) or _own_preposition_masdar(tokens, noun, opener, lex):
        opener += 1  # 'مزاعم الحكومة حول قيام الحزب بـ', 'تحذيرات الأطباء من انتشار': after the preposition
    elif not (after_min and opener < len(tokens) and _b_masdar(tokens[opener], lex)):
        return None
    bounds = bounds_from(run, opener, lex)
    if bounds is None:
        return None
    if _concessive(tokens, i, lex) and not bounds.whole_quote:  # 'رغم تأكيد X أن ...، لا تزال': not claimed
        comma = next((m for m in range(bounds.first + 2, bounds.stop) if tokens[m].text in "،,"), bounds.stop)
        bounds = Bounds(bounds.first, comma, False)
    form = CueForm(noun, "noun", "assert", False, (), "complement")
    source = describe(tokens[j:end], run.text, lex)
    return Draft(i, cue_word(tokens[i], lex), form, source, bounds, (end, opener))


_DESCRIBER_REACH = 6  # words between a describing cue and the noun it describes (its subject, adverbs)


def _described_object(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the noun at i the object of a describing cue before it in the clause ('وصفت X', 'واصفة X')?"""
    for k in range(i - 1, max(-1, i - 1 - _DESCRIBER_REACH), -1):
        if not tokens[k].is_word:
            return False
        form = cue_form(tokens[k], lex)
        if form is not None:
            return form.object_first
    return False


def _passive_accusation(
    tokens: list[Token], subject: _Subject, opener: int, form: CueForm, lex: Lexicon
) -> bool:
    """'واتهمت قوات الأمن بقمع المحتجين': an accusing verb whose ب complement follows its one noun
    at once has no object, so it is passive and that noun is the accused, not a speaker."""
    if not lex.has("object_first_lemmas", form.lemma) or subject.source is None or opener >= len(tokens):
        return False
    if form.with_object:
        return False  # 'واتهمه النائب بالكذب': the pronoun is the accused, the noun the accuser
    if opener != subject.end or tokens[opener].key[:1] != "ب" or len(tokens[opener].key) < 3:
        return False
    start = subject.preface[1]
    if start > 0 and tokens[start - 1].key in RELATIVES:
        return False  # 'المنشورات التي اتهمت الصحيفة بـ': the relative's antecedent accuses
    words = [t for t in tokens[start:opener] if t.is_word]
    if len(words) > 1 and (words[0].key.isdigit() or lex.has_word("count_words", words[0].key)):
        words = words[1:]  # 'واتهم ثلاثة موظفين بالاختلاس': a count and its noun, those accused
    return _one_noun_phrase(words, lex)


def _one_noun_phrase(words: list[Token], lex: Lexicon) -> bool:
    """Do the words make one noun phrase: a noun, a construct ('قوات الأمن'), a given name and its
    family ('سامي العلي'), then adjectives of origin or rank ('السورية', 'السابق')? 'والد الطالبة
    الجامعة' and 'حماس إسرائيل' are two (a subject and an object)."""
    if len(words) < 2:
        return bool(words)
    first, second = words[0], words[1]
    if first.definite:
        rest = words[1:]
    elif second.definite or is_given_name(first.key):
        rest = words[2:]
    else:
        return False
    return all(
        t.definite and (t.key.endswith(NISBA_ENDINGS) or lex.has("title_adjectives", t.key[2:])) for t in rest
    )


def _accuser_before(run: Run, i: int, lex: Lexicon) -> _Subject | None:
    """In subject-verb order ('الحركة تتهم إسرائيل بـ', 'أنها تتهم ...') the accuser is before the verb,
    named or a pronoun; an imperfect verb with no noun or pronoun before it ('تتهم' opening a
    headline) keeps its subject elided. A perfect verb with neither ('اتهمت قوات الأمن بـ') is passive."""
    tokens = run.tokens
    before = read_subject_before(tokens, i, lex)
    if before is not None:
        return _Subject(describe(tokens[before[0] : before[1]], run.text, lex), i + 1, (i + 1, i + 1))
    imperfect = tokens[i].key[:1] in "يت" or strip_conjunction(tokens[i].key)[:1] in "يت"
    return _Subject(None, i + 1, (i + 1, i + 1)) if imperfect else None


def _topic_masdar(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Is token k a topic preposition (حول، بشأن، عن) before a verbal noun ('حول قيامه بـ')?"""
    return (
        k + 1 < len(tokens)
        and lex.has("topic_prepositions", tokens[k].key)
        and is_verbal_noun(tokens[k + 1], lex)
    )


def _own_preposition_masdar(tokens: list[Token], noun: str, k: int, lex: Lexicon) -> bool:
    """Is token k the claim noun's own preposition before a verbal noun ('تحذيرات X من انتشار')?"""
    own = lex.maps["claim_noun_prepositions"].get(noun)
    return (
        own is not None
        and k + 1 < len(tokens)
        and tokens[k].key == own
        and is_verbal_noun(tokens[k + 1], lex)
    )


_CONCESSIVE_REACH: Final = 3  # 'رغم', 'بالرغم من', 'وعلى الرغم من' before the claim noun


def _concessive(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Does a concessive opener ('رغم', 'على الرغم من') stand right before the claim noun at i?"""
    for k in range(i - 1, max(-1, i - 1 - _CONCESSIVE_REACH), -1):
        key = strip_conjunction(tokens[k].key)
        if lex.has("concessive_openers", key):
            return True
        if key not in (_MIN, fold("على")):
            return False
    return False


def _b_masdar(token: Token, lex: Lexicon) -> bool:
    """'بسقوط', 'بإطلاق': ب glued to a verbal noun, the complement of a claim noun."""
    return token.key.startswith("ب") and governed_masdar(token, lex)


def elliptic_denials(run: Run, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """Headlines 'X: claim.. وY تنفي', 'X يعلن Y وZ تنفي': the closing denial denies the claim before it."""
    tokens, found = run.tokens, []
    taken = {d.cue_index for d in drafts}
    for i, token in enumerate(tokens):
        form = cue_form(token, lex)
        if form is None or form.stance != "deny" or form.form_class != "verb" or i in taken:
            continue
        if any(t.is_word for t in tokens[i + 1 :]):
            continue
        claim = max(
            (d for d in drafts if d.cue_index < i and d.bounds.stop <= i),
            key=lambda d: d.cue_index,
            default=None,
        )
        source = _conjoined_subject(run, i, lex)
        if source is None or claim is None:
            continue
        found.append(Draft(i, cue_word(token, lex), form, source, claim.bounds, (i + 1, i + 1)))
    return found


_PREPOSITIONS: Final = frozenset(fold(w) for w in ("في", "من", "إلى", "عن", "على", "مع", "بين"))


def _conjoined_subject(run: Run, i: int, lex: Lexicon) -> Source | None:
    """The subject of 'وإسرائيل تنفي', 'والحكومة الإسرائيلية تنفي': after the و that joins the clause."""
    tokens = run.tokens
    start = next(
        (k for k in (i - 1, i - 2) if k >= 0 and tokens[k].key[:1] == "و" and tokens[k].is_alpha), None
    )
    if start is None or start == 0 or not all(t.is_alpha for t in tokens[start:i]):
        return None
    if strip_conjunction(tokens[start - 1].key) in _PREPOSITIONS:  # 'السفير في واشنطن يؤكد'
        return None
    named = run.text[tokens[start].start + 1 : tokens[i - 1].end]
    return describe(tokenize(named, 0, len(named)), named, lex)
