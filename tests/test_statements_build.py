"""The shared back end (statements.build): statement dates, quote type, target and the record,
the same for both languages, with each language's options."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rawi.records import ARABIC_EXTRACTOR, ENGLISH_EXTRACTOR, Statement
from rawi.statements import build
from rawi.statements.build import Found, Quotation
from rawi.statements.content import Bounds, Run
from rawi.statements.drafts import Draft
from rawi.statements.finder import _Subject
from rawi.statements.source import Source
from rawi.statements.tokens import Token, tokenize
from statements_samples import only


def statement_date(tokens: list[Token], published: str | None) -> str | None:
    """The Arabic front end's call: token keys looked up with the Arabic options."""
    return build.statement_date((t.key for t in tokens), published, build.arabic())


FRIDAY = "2024-01-26"

WEEKDAYS = [
    ("الجمعة", "2024-01-26"),
    ("الخميس", "2024-01-25"),
    ("الأربعاء", "2024-01-24"),
    ("الثلاثاء", "2024-01-23"),
    ("الاثنين", "2024-01-22"),
    ("الإثنين", "2024-01-22"),
    ("الأحد", "2024-01-21"),
    ("السبت", "2024-01-20"),
]


@pytest.mark.parametrize(("day", "expected"), WEEKDAYS)
def test_a_weekday_is_the_latest_such_day_on_or_before_publication(day: str, expected: str) -> None:
    assert statement_date(tokenize(f"يوم {day}"), FRIDAY) == expected


def test_a_weekday_with_a_conjunction_written_onto_it() -> None:
    assert statement_date(tokenize("والخميس"), FRIDAY) == "2024-01-25"
    assert statement_date(tokenize("واليوم"), FRIDAY) is None  # only a weekday sheds its و


def test_today_and_yesterday() -> None:
    assert statement_date(tokenize("اليوم"), FRIDAY) == FRIDAY
    assert statement_date(tokenize("أمس"), FRIDAY) == "2024-01-25"
    assert statement_date(tokenize("أمس"), "2024-03-01") == "2024-02-29"


def test_no_time_word_or_no_publication_date_gives_no_date() -> None:
    assert statement_date(tokenize("في مؤتمر صحفي"), FRIDAY) is None
    assert statement_date(tokenize("اليوم"), None) is None
    assert statement_date(tokenize("اليوم"), "not a date") is None


def test_a_publication_timestamp_counts_by_its_day() -> None:
    assert statement_date(tokenize("أمس"), "2024-01-26T23:10:00") == "2024-01-25"


STATED = [
    ("وأكد الوزير سعيد ناصر اليوم أن الامتحانات ستجري في موعدها.", "2024-01-26"),
    ("وأكد الوزير سعيد ناصر أمس أن الامتحانات ستجري في موعدها.", "2024-01-25"),
    ("وأكد الوزير سعيد ناصر الثلاثاء أن الامتحانات ستجري في موعدها.", "2024-01-23"),
    ("وأكد الوزير سعيد ناصر يوم الجمعة أن الامتحانات ستجري في موعدها.", "2024-01-26"),
    ("وأكد الوزير سعيد ناصر، السبت، أن الامتحانات ستجري في موعدها.", "2024-01-20"),
    ("وأكد الوزير سعيد ناصر أن الامتحانات ستجري في موعدها.", None),
]


@pytest.mark.parametrize(("body", "expected"), STATED)
def test_statement_dates_end_to_end(body: str, expected: str | None) -> None:
    s = only(body)
    assert s.content == "الامتحانات ستجري في موعدها"
    assert s.date == expected


def test_a_time_word_inside_the_content_is_not_when_it_was_said() -> None:
    assert only("وقالت الوزيرة هالة منصور إن المدارس ستفتح أبوابها يوم الأحد.").date is None


def test_an_article_without_a_date_gives_statements_without_dates() -> None:
    s = only("وأكد الوزير سعيد ناصر اليوم أن الامتحانات ستجري في موعدها.", published=None)
    assert s.date is None


ENGLISH_DAYS = [
    (["today"], "2024-01-26"),
    (["tonight"], "2024-01-26"),
    (["yesterday"], "2024-01-25"),
    (["on", "tuesday"], "2024-01-23"),
    (["friday"], "2024-01-26"),
    (["in", "a", "statement"], None),
]


@pytest.mark.parametrize(("words", "expected"), ENGLISH_DAYS)
def test_english_day_words_count_back_the_same_way(words: list[str], expected: str | None) -> None:
    assert build.statement_date(words, FRIDAY, build.english()) == expected


def test_each_language_keys_only_its_own_day_names() -> None:
    assert build.statement_date(["yesterday"], FRIDAY, build.arabic()) is None
    assert build.statement_date(["امس"], FRIDAY, build.english()) is None


def _never_a_name(quotation: Quotation) -> bool:
    return False


def test_quote_type_direct_mixed_or_indirect() -> None:
    two = Quotation("the mayor", ["no", "comment"])
    assert build.quote_type(True, [], _never_a_name) == "direct"
    assert build.quote_type(False, [two], _never_a_name) == "mixed"
    assert build.quote_type(False, [Quotation("", ["later"])], _never_a_name) == "indirect"
    assert build.quote_type(False, [two], lambda q: True) == "indirect"  # a name, not speech


def test_a_target_is_cut_and_trimmed_as_the_language_says() -> None:
    text = "the reports, which were false"
    assert build.target(text, 0, 12, "assert", build.english()) is None
    assert build.target(text, 0, 12, "deny", build.english()) == "the reports,"
    assert build.target("التقارير الأخيرة، ", 0, 18, "deny", build.arabic()) == "التقارير الأخيرة"


def test_a_statement_is_stamped_with_its_language_extractor_and_dated_by_its_day_words() -> None:
    text = "Officials said the port would reopen."
    speaker = Source("Officials", None, "anonymous")
    found = Found(speaker, "said", (15, 36), "indirect", "assert", False, None, ("on", "friday"))
    made = build.statement(text, found, "2024-01-27", build.english())
    assert (made.speaker, made.content, made.date) == ("Officials", "the port would reopen", FRIDAY)
    assert made.extractor == ENGLISH_EXTRACTOR
    assert build.statement(text, found, None, build.english()).date is None
    assert build.statement(text, found, FRIDAY, build.arabic()).extractor == ARABIC_EXTRACTOR


def test_a_statement_record_is_the_one_its_constructor_makes() -> None:
    """build.statement sets the fields without the generated __init__: the record must not differ."""
    text = "قال المتحدث سامي العلي إن الميناء سيفتح غدا"
    speaker = Source("سامي العلي", "المتحدث", "person", ("وكالة الأنباء",))
    found = Found(speaker, "قال", (26, 43), "indirect", "deny", True, "الميناء", via=("وكالة الأنباء",))
    made = build.statement(text, found, "2024-01-27", build.arabic())
    fields = {field.name: getattr(made, field.name) for field in dataclasses.fields(Statement)}
    expected = Statement(**fields)
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert list(vars(made)) == list(vars(expected)) == list(fields)
    assert pickle.dumps(made) == pickle.dumps(expected)
    assert dataclasses.asdict(made) == dataclasses.asdict(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.speaker = "غيره"  # type: ignore[misc]


@pytest.mark.parametrize(
    "bad",
    [
        {"source": Source("Officials", None, "crowd")},
        {"quote_type": "partial"},
        {"stance": "doubt"},
    ],
)
def test_a_statement_outside_the_closed_vocabularies_is_refused(bad: dict[str, object]) -> None:
    fields = {"source": Source("Officials", None, "anonymous"), "quote_type": "indirect", "stance": "assert"}
    found = Found(cue="said", content=(0, 9), hedged=False, target=None, **{**fields, **bad})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="is not a"):
        build.statement("Officials said so.", found, None, build.english())


def test_a_relayed_statement_comes_via_its_relay_never_via_its_own_speaker() -> None:
    relay = ("the minister", ("State TV",))
    assert build.relayed_via("officials", (), relay, build.english()) == ("State TV", "the minister")
    assert build.relayed_via("the minister", (), relay, build.english()) == ("State TV",)
    assert build.relayed_via("مسؤولون", (), ("الوزير", ("التلفزيون",)), build.arabic()) == ("الوزير",)
    assert build.relayed_via("الوزير", (), ("الوزير", ()), build.arabic()) == ()


def test_a_hedging_cue_hedges_whatever_the_content() -> None:
    assert build.hedged(True, ["the", "bridge", "reopens"], frozenset({"may"}))
    assert not build.hedged(False, ["the", "bridge", "reopens"], frozenset({"may"}))


def test_a_marker_word_or_phrase_in_the_content_hedges_in_either_language() -> None:
    english = frozenset({"perhaps", "would expect"})
    assert build.hedged(False, ["the", "vote", "is", "perhaps", "close"], english)
    assert build.hedged(False, ["we", "would", "expect", "rain"], english)
    assert not build.hedged(False, ["we", "would", "win"], english)  # a phrase's first word alone
    arabic = frozenset({"من المرجح"})
    assert build.hedged(False, ["من", "المرجح", "ان", "ترتفع", "الاسعار"], arabic)
    assert not build.hedged(False, ["ترتفع", "الاسعار", "من", "المصنع"], arabic)


def test_phrase_at_gives_the_word_where_the_first_phrase_starts() -> None:
    phrases = frozenset({"as expected", "than forecast"})
    assert build.phrase_at(["sales", "rose", "more", "than", "forecast"], phrases) == 3
    assert build.phrase_at(["sales", "rose", "as", "planned"], phrases) is None


def test_a_bare_surname_keeps_the_first_full_name_in_english() -> None:
    people = build.FamilyNames[str](build.english())
    people.add("Okafor", "Grace Okafor")
    people.add("Okafor", "Daniel Okafor")
    assert people["Okafor"] == "Grace Okafor"
    assert people.variant("Okafur", lambda name: True) is None  # no spelling variants in English


def test_a_bare_family_name_keeps_the_latest_speaker_in_arabic() -> None:
    speakers = build.FamilyNames[Source](build.arabic())
    speakers.add("حداد", Source("سليم حداد", "الوزير", "person"))
    speakers.add("حداد", Source("منى حداد", None, "person"))
    assert speakers["حداد"].name == "منى حداد"


def test_an_arabic_family_name_in_another_transliteration_finds_the_full_name() -> None:
    speakers = build.FamilyNames[Source](build.arabic())
    speakers.add("فيلدمان", Source("ايريك فيلدمان", None, "person"))
    person = speakers.variant("فلدمان", lambda s: s.kind == "person")
    assert person is not None and person.name == "ايريك فيلدمان"
    assert speakers.variant("فلدمانه", lambda s: True) is None  # another last letter: another name
    assert speakers.variant("فلدمان", lambda s: s.kind == "organization") is None


def test_a_speaker_never_comes_via_itself() -> None:
    assert build.own_via("the mayor", ("City Radio", "the mayor"), build.english()) == ("City Radio",)
    assert build.own_via("الوزارة", ("الإذاعة", "الوزاره"), build.arabic()) == ("الإذاعة",)  # folded alike


@pytest.mark.parametrize("record", [Source, Run, Bounds, Draft, Found, _Subject])
def test_a_written_init_takes_every_field_with_its_default(record: type) -> None:
    """The records with a written __init__ (it compiles; a generated one runs interpreted) must take
    each dataclass field in order, with the field's default: a field added later is not forgotten."""
    parameters = list(inspect.signature(record.__init__).parameters.values())[1:]
    fields = dataclasses.fields(record)
    assert [p.name for p in parameters] == [f.name for f in fields]
    assert [p.default for p in parameters] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]


@given(
    st.lists(st.sampled_from(["more", "than", "as", "planned", "sales", "rose", "x", "than."]), max_size=12)
)
def test_phrase_at_is_the_leftmost_match_of_the_phrase_pattern(words: list[str]) -> None:
    """Comparing a word's own phrases only where one of them may start finds what a search of one
    pattern of every phrase, as whole words, finds."""
    phrases = frozenset({"more than", "as planned", "than", "rose more than x"})
    ordered = sorted(phrases, key=len, reverse=True)
    pattern = re.compile(" (?:" + "|".join(re.escape(p) for p in ordered) + ")(?= )")
    found = pattern.search(" " + " ".join(words) + " ")
    expected = found.string.count(" ", 0, found.start()) if found else None
    assert build.phrase_at(words, phrases) == expected


@pytest.mark.parametrize("cut", ["،", " ، ", ""])
def test_a_target_cut_with_no_words_is_no_target(cut: str) -> None:
    text = f"نفى الوزير{cut}"
    assert build.target(text, len("نفى الوزير"), len(text), "deny", build.arabic()) is None


def test_a_target_keeps_its_words_without_the_trailing_comma() -> None:
    text = "نفى الوزير الأنباء، "
    assert build.target(text, len("نفى الوزير "), len(text), "deny", build.arabic()) == "الأنباء"


def test_phrase_rests_group_each_phrase_under_its_first_word() -> None:
    rests = build._phrase_rests(frozenset({"من المحتمل", "من غير المستبعد", "ربما"}))
    assert rests == {"من": (("المحتمل",), ("غير", "المستبعد")), "ربما": ((),)}
    assert build.phrase_at(["قال", "إنه", "من", "المحتمل", "أن"], frozenset({"من المحتمل"})) == 2
    assert build.phrase_at(["من", "المحتملين"], frozenset({"من المحتمل"})) is None
    assert build.phrase_at(["قال", "من"], frozenset({"من المحتمل"})) is None
