"""What a denial rejects when its target is not a plain account: a reply frame fronted before
it, words that only count cases, and the inflected verb of the report it rejects."""

from __future__ import annotations

from dataclasses import replace

from claims_samples import article, statement
from rawi.claims.aliases import load_aliases
from rawi.claims.build import build_claims
from rawi.claims.denials import replied
from rawi.claims.mentions import Mention, mentions_of
from rawi.claims.text import word_key


def _links(text: str, said: list[tuple[str, str, dict[str, object]]]) -> list[tuple[str, str]]:
    """(denier, speaker of the report it rejects) for each link made in one article."""
    found = mentions_of(article("a.txt", text, "موقع", [statement(text, c, s, **f) for c, s, f in said]))
    by_id = {m.id: m for m in found}
    claims = build_claims(found, load_aliases())
    return [(by_id[r].speaker, by_id[t].speaker) for r, t, _c, _s, _m in claims.links]


def _denial(content: str, target: str | None) -> Mention:
    """A bare denial mention with this content and target."""
    return Mention(
        id="d", article_id="a", file="a", content=content, speaker="النقابة", start=0, end=len(content),
        speaker_kind="organization", stance="deny", target=target, published=None, outlet=None, seq=0,
        in_headline=False,
    )  # fmt: skip


def test_a_reply_frame_names_what_a_denial_reacts_to_not_what_it_rejects() -> None:
    frame = "تعليقا على قرار الحكومة تجميد الحوار"
    framed = _denial(f"{frame}، وحول اتهامات الوزير بتمويل الاحتجاجات، تنفي النقابة هذه الاتهامات", frame)
    assert replied(framed) == "اتهامات الوزير بتمويل الاحتجاجات"
    question = "ردا على سؤال عن الزيارة"
    asked = _denial(f"{question}، نفى المتحدث أن يكون الرئيس ألغى موعده", question)
    assert replied(asked) == "المتحدث ان يكون الرئيس الغي موعده"
    assert replied(_denial("أي نية لإغلاق المصنع", "أي نية لإغلاق المصنع")) is None
    assert replied(replace(framed, stance="assert")) is None


def test_a_denial_fronted_by_a_reply_frame_takes_the_accusation_not_the_decision() -> None:
    frame = "تعليقا على قرار الحكومة تجميد الحوار مع النقابة"
    deny = {"stance": "deny", "cue": "جاء", "speaker_kind": "organization"}
    denial = f"{frame}، وحول اتهامات وزير الداخلية بتمويل الاحتجاجات في الموانئ، تنفي النقابة هذه الاتهامات"
    text = (
        "خبر\n2024-09-01\nأعلنت الحكومة تجميد الحوار مع النقابة. "
        "وقال وزير الداخلية إن النقابة مولت الاحتجاجات في الموانئ الجنوبية. "
        f"وجاء في بيان النقابة: {denial}.\n"
    )
    assert _links(text, [
        ("تجميد الحوار مع النقابة", "الحكومة", {"speaker_kind": "organization"}),
        ("النقابة مولت الاحتجاجات في الموانئ الجنوبية", "وزير الداخلية", {}),
        (denial, "النقابة", {**deny, "target": frame}),
    ]) == [("النقابة", "وزير الداخلية")]  # fmt: skip


def test_words_that_count_cases_do_not_pick_the_report() -> None:
    text = (
        "خبر\n2024-09-02\nقال سكان إن عشرين تلميذا اختنقوا في المدرسة. "
        "وقال طبيب إن حالات الإنفلونزا الجديدة في المدرسة تتراجع. "
        "ونفت مديرية التعليم وجود حالات اختناق جديدة في المدرسة.\n"
    )
    deny = {"stance": "deny", "cue": "نفت", "target": "حالات اختناق جديدة في المدرسة"}
    assert _links(text, [
        ("عشرين تلميذا اختنقوا في المدرسة", "سكان", {"speaker_kind": "anonymous"}),
        ("حالات الإنفلونزا الجديدة في المدرسة تتراجع", "طبيب", {"speaker_kind": "anonymous"}),
        ("وجود حالات اختناق جديدة في المدرسة", "مديرية التعليم", {**deny, "speaker_kind": "organization"}),
    ]) == [("مديرية التعليم", "سكان")]  # fmt: skip


def test_a_verb_s_plural_ending_comes_off_like_a_suffix() -> None:
    assert word_key("اختنقوا") == word_key("اختناق")
    assert word_key("غادروا") == word_key("يغادر")
    assert word_key("تجمعوا") == word_key("تجمع")
    assert word_key("تضرروا") == word_key("تضرر")


def _said_by(speaker: str, target: str) -> Mention:
    """A denial of `target` by `speaker`, a state or its organ."""
    return replace(_denial(target, target), speaker=speaker)


def test_the_states_a_denial_names_as_doers_are_third_parties_unless_its_own_or_the_source() -> None:
    from rawi.claims.denials import third_parties

    assert third_parties(_said_by("أذربيجان", "أن تكون القوات التركية قصفت الميناء")) == {"@tr"}
    assert third_parties(_said_by("أنقرة", "أن تكون القوات التركية قصفت الميناء")) == frozenset()
    assert third_parties(_said_by("المحامي", "المزاعم التي تحدثت عنها الحكومة التركية")) == frozenset()
    assert third_parties(_said_by("أذربيجان", "وقوع انفجار في تركيا")) == frozenset()
    assert third_parties(_said_by("الوزير", "وقف صادرات القمح الأوكراني عبر الميناء")) == frozenset()
    assert third_parties(_said_by("الوزير", "أن يكون الجيش الأوكراني أغلق الميناء")) == {"@ua"}
    assert third_parties(_said_by("الوزير", "أن تكون السعودية أغلقت الميناء")) == {"@sa"}
    assert third_parties(_said_by("الوزير", "تعاقد شركة النقل السعودية مع المقاول")) == frozenset()


def test_a_denial_naming_who_did_it_takes_the_report_that_accuses_them_not_one_of_the_deed() -> None:
    accused = "القوات التركية بقصف الميناء بصواريخ بعيدة المدى"
    first = f"خبر\n2024-10-01\nواتهمت الخارجية الفرنسية {accused}.\n"
    denial = "أن تكون القوات التركية قصفت الميناء بصواريخ بعيدة المدى"
    second = f"خبر\n2024-10-02\nقال شهود إن الميناء تعرض لقصف بصواريخ بعيدة المدى. ونفت أذربيجان {denial}.\n"
    found = [
        *mentions_of(article("a.txt", first, "موقع", [
            statement(first, accused, "الخارجية الفرنسية", speaker_kind="organization"),
        ])),
        *mentions_of(article("b.txt", second, "موقع", [
            statement(second, "الميناء تعرض لقصف بصواريخ بعيدة المدى", "شهود", speaker_kind="anonymous"),
            statement(second, denial, "أذربيجان", stance="deny", cue="نفت", target=denial,
                      speaker_kind="organization"),
        ])),
    ]  # fmt: skip
    by_id = {m.id: m for m in found}
    links = build_claims(found, load_aliases()).links
    assert [(by_id[r].speaker, by_id[t].speaker) for r, t, _c, _s, _m in links] == [
        ("أذربيجان", "الخارجية الفرنسية")
    ]


def test_its_truth_denied_is_the_report_the_sentence_names_before_it() -> None:
    from statements_samples import extract

    body = (
        "وقال مسؤول في الشركة إن الإدارة ستسرح مئة موظف الشهر المقبل. "
        "ونشرت صحف محلية الأسبوع الماضي أنباء عن إفلاس الشركة، غير أن الشركة نفت صحتها."
    )
    found = mentions_of(extract(body, headline="الشركة تواجه صعوبات"))
    by_id = {m.id: m for m in found}
    links = build_claims(found, load_aliases()).links
    assert [(by_id[r].content, by_id[t].speaker) for r, t, _c, _s, _m in links] == [("صحتها", "صحف محلية")]
