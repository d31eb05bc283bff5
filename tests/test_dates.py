"""Dates as Arabic and English outlets print them, on short lines written for these tests."""

import pytest

from rawi.arabic.dates import (
    _LATIN_LETTER,
    calendar_data,
    date_line_rest,
    find_dates,
    parse_date,
    to_ascii_digits,
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("الجمعة 26 يناير 2024", "2024-01-26"),
        ("الأحد 3 فبراير 2019", "2019-02-03"),
        ("الاثنين 5 أبريل 2021", "2021-04-05"),
        ("الثلاثاء 7 ابريل 2020", "2020-04-07"),
        ("12 يونيه 2018", "2018-06-12"),
        ("1 أغسطس 2017", "2017-08-01"),
        ("الأربعاء 30 ديسمبر 2015", "2015-12-30"),
    ],
)
def test_egyptian_and_gulf_month_names(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("الخميس 4 كانون الثاني 2018", "2018-01-04"),
        ("السبت 10 شباط 2018", "2018-02-10"),
        ("22 آذار 2019", "2019-03-22"),
        ("15 آب 2016", "2016-08-15"),
        ("9 تشرين الأول 2014", "2014-10-09"),
        ("9 تشرين الثاني 2014", "2014-11-09"),
        ("31 كانون الأول 2013", "2013-12-31"),
    ],
)
def test_levantine_month_names(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("الخميس 3 جانفي 2019", "2019-01-03"),
        ("14 فيفري 2017", "2017-02-14"),
        ("2 أفريل 2016", "2016-04-02"),
        ("8 ماي 2015", "2015-05-08"),
        ("20 جوان 2015", "2015-06-20"),
        ("25 جويلية 2014", "2014-07-25"),
        ("13 أوت 2013", "2013-08-13"),
        ("6 غشت 2020", "2020-08-06"),
        ("6 دجنبر 2020", "2020-12-06"),
    ],
)
def test_maghrebi_and_moroccan_month_names(line, iso):
    assert parse_date(line) == iso


def test_double_month_names_with_a_slash():
    assert parse_date("نشر في 26 شباط/فبراير 2017") == "2017-02-26"
    assert parse_date("الجمعة 24 نيسان / أبريل 2020") == "2020-04-24"


def test_arabic_indic_digits_keep_offsets():
    text = "الجمعة ٢٦ يناير ٢٠٢٤"
    assert to_ascii_digits(text) == "الجمعة 26 يناير 2024"
    (found,) = find_dates(text)
    assert found.iso == "2024-01-26"
    assert text[found.start : found.end] == "٢٦ يناير ٢٠٢٤"
    assert parse_date("۲۶/۰۱/۲۰۲۴") == "2024-01-26"


def test_hijri_dates_are_converted():
    assert parse_date("1 رمضان 1445 هـ") == "2024-03-11"
    assert parse_date("10 ذي الحجة 1444") == "2023-06-28"


def test_gregorian_wins_over_hijri_on_the_same_line():
    assert parse_date("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م") == "2015-08-11"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("26/01/2024", "2024-01-26"),
        ("26-1-2024", "2024-01-26"),
        ("2024/01/26", "2024-01-26"),
        ("2024-01-26", "2024-01-26"),
        ("2018-02-26T16:55:38+04:00", "2018-02-26"),
    ],
)
def test_numeric_and_iso_dates(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("March 27, 1987", "1987-03-27"),
        ("Friday, 27 March 1987", "1987-03-27"),
        ("Sept. 3, 1987", "1987-09-03"),
        ("Mon, 26 Feb 2018 16:55:38 +0400", "2018-02-26"),
    ],
)
def test_english_dates(line, iso):
    assert parse_date(line) == iso


def test_impossible_dates_are_not_dates():
    assert parse_date("31 فبراير 2020") is None
    assert parse_date("45/13/2020") is None
    assert parse_date("لا تاريخ هنا") is None


def test_a_date_line_gives_the_words_left_over():
    assert date_line_rest("الجمعة 26 يناير 2024") == ("2024-01-26", "")
    assert date_line_rest("آخر تحديث: 12 جويلية 2017 - 10:30") == ("2017-07-12", "")
    iso, rest = date_line_rest("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس")
    assert (iso, rest) == ("2015-08-11", "الرياض واس")


def test_a_sentence_that_mentions_a_date_is_no_date_line():
    sentence = "قال الوزير إن الاجتماع المقبل سيعقد في 12 مارس 2019 في القاهرة بحضور الوفود"
    assert parse_date(sentence) == "2019-03-12"
    assert date_line_rest(sentence) is None


def test_every_english_month_name_holds_what_the_english_prefilter_looks_for():
    """find_dates skips the English patterns on a text without a Latin letter: none can match there."""
    names = [name for names in calendar_data()["english_months"].values() for name in names]
    assert names and all(_LATIN_LETTER.search(name) for name in names)
    assert find_dates("نشر في March 27, 1987 و27 March 1987") and not _LATIN_LETTER.search("٢٧ مارس ١٩٨٧")


@pytest.mark.parametrize("separator", ["/", ".", "-"])
def test_numeric_dates_are_found_with_each_separator(separator):
    assert [d.iso for d in find_dates(f"التحديث 5{separator}3{separator}2024")] == ["2024-03-05"]
    assert [d.iso for d in find_dates(f"2024{separator}03{separator}05 الرياض")] == ["2024-03-05"]
