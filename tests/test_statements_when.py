"""Statement dates: اليوم, أمس and weekday names resolved against the publication date."""

from __future__ import annotations

import pytest

from rawi.statements.tokens import tokenize
from rawi.statements.when import statement_date
from statements_samples import only

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
