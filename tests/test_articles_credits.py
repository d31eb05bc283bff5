"""Credited sources: closing lines, datelines, bylines, sign-offs and caption credits."""

from rawi.articles.credits import (
    byline_sources,
    caption_credit,
    closing_label,
    dateline,
    inline_byline,
    is_known_credit,
    link_line_source,
    signoff_source,
    split_names,
)


def test_closing_sources_label_and_names():
    assert closing_label("المصادر:") == ""
    assert closing_label("المصدر: رويترز") == "رويترز"
    assert closing_label("Sources: Reuters, AFP") == "Reuters, AFP"
    assert closing_label("وقال المصدر إن الخبر صحيح.") is None
    assert closing_label("المصدر: وزارة الصحة أعلنت اليوم أن عدد الإصابات تراجع خلال الأسبوع الماضي") is None
    assert split_names("العربي - رويترز") == ["العربي", "رويترز"]
    assert split_names("رويترز، أ ف ب") == ["رويترز", "أ ف ب"]
    assert split_names("العربي - وكالات") == ["العربي", "وكالات"]
    assert split_names("متابعات") == []
    assert closing_label("المصدر : الجزيرة + وكالات") == "الجزيرة + وكالات"
    assert split_names("الجزيرة + وكالات") == ["الجزيرة", "وكالات"]
    assert split_names("العربي ورويترز") == ["العربي", "رويترز"]
    assert split_names("وكالة الأنباء ووكالات") == ["وكالة الأنباء ووكالات"]


def test_link_line_names_the_outlet():
    assert link_line_source("رابط الخبر بصحيفة الوئام: عنوان ما") == "الوئام"
    assert link_line_source("رابط المقال في موقع الأخبار: عنوان ما") == "الأخبار"
    assert link_line_source("وقال إن رابط الخبر غير صحيح.") is None


def test_agency_datelines():
    opening = "دبي، الإمارات العربية المتحدة (CNN)-- "
    assert dateline(opening + "قال الوزير") == ("CNN", len(opening))
    assert dateline("القاهرة (رويترز) - أعلنت الحكومة")[0] == "رويترز"
    assert dateline("(أ ف ب) – أعلنت الحكومة")[0] == "أ ف ب"
    assert dateline("نفت منظمة حلف شمال الأطلسي (الناتو) في بيان الأحد التقارير") is None
    assert dateline("قال مسؤول عسكري لـ(المدينة): إن القوات تقدمت") is None
    assert dateline("أتلانتا، الولايات المتحدة (CNN) نفى الرئيس")[0] == "CNN"
    assert dateline("قال مسؤول لـ(CNN) إن القوات تقدمت") is None
    assert dateline("جدة - واس - أعلنت البلدية إغلاق الشارع") == ("واس", len("جدة - واس - "))
    assert dateline("الشارع - المغلق - منذ أيام") is None


def test_bylines():
    assert byline_sources("لجين الأحمدي – عين اليوم") == ["عين اليوم"]
    assert byline_sources("عين اليوم – متابعات") == ["عين اليوم"]
    assert byline_sources("سارة علي - الصباح") == ["الصباح"]
    assert byline_sources("اليوم - الدمام") == ["اليوم"]
    assert byline_sources("الرياض - صحيفة المساء") == ["صحيفة المساء"]
    assert byline_sources("قال الوزير إن الخطة جاهزة") == []
    assert byline_sources("السعودية - الكويت: مباراة حاسمة") == []
    assert byline_sources("أحمد علي - سارة حسن") == []
    found = inline_byline("فهد علي- سبق- جدة: أعلنت البلدية")
    assert found is not None and found[0] == ["سبق"]
    assert inline_byline("قال الوزير: الخطة جاهزة") is None
    assert inline_byline("لندن: «الشرق الأوسط» أعلنت الشركة") == (
        ["الشرق الأوسط"],
        len("لندن: «الشرق الأوسط» "),
    )
    assert inline_byline('قال الوزير: "الخطة جاهزة" أمس') is None


def test_signoffs_and_caption_credits():
    assert signoff_source(" Reuter") == "Reuter"
    assert signoff_source("REUTER") == "REUTER"
    assert signoff_source("(أ ف ب)") == "أ ف ب"
    assert signoff_source("انتهى الاجتماع") is None
    assert caption_credit("عمال يصلحون أنبوبا في وسط المدينة - رويترز") == "رويترز"
    assert caption_credit("الرئيس يلقي كلمته أمام البرلمان (أ ف ب)") == "أ ف ب"
    assert caption_credit("قال الوزير إن الخطة جاهزة.") is None
    assert caption_credit("متظاهرون في ساحة المدينة (Getty Images)") == "Getty Images"
    assert caption_credit("الرئيس خلال زيارة سابقة للمدينة (أرشيفية)") == "أرشيفية"
    assert is_known_credit("أ.ف.ب") and is_known_credit("cnn") and not is_known_credit("الحكومة")
