"""States however named: name, nationality adjective, capital, seat of government."""

from __future__ import annotations

from rawi.claims.countries import government, states


def test_a_name_a_nisba_in_any_inflection_a_capital_and_a_seat_give_one_key() -> None:
    assert states("وصلت الولايات المتحدة إلى اتفاق") == {"@us"}
    assert states("قال مسؤولون أمريكيون") == {"@us"}
    assert states("القوات الأميركية انسحبت") == {"@us"}
    assert states("رفضت واشنطن العرض") == {"@us"}
    assert states("أعلن البيت الأبيض") == {"@us"}
    assert states("the Americans said") == {"@us"}
    assert states("للعراق وإيران") == {"@iq", "@ir"}


def test_a_state_after_a_locative_preposition_is_a_place_not_an_actor() -> None:
    assert states("سقط صاروخ قرب بغداد", actors=True) == frozenset()
    assert states("انفجار ببيروت", actors=True) == frozenset()
    assert states("ضربات في ليبيا", actors=True) == frozenset()
    assert states("ضربات في ليبيا") == {"@ly"}
    assert states("بريطانيا أرسلت سفنا", actors=True) == {"@gb"}


def test_a_capital_a_seat_or_a_government_body_speaks_for_its_state() -> None:
    assert government("لندن") == government("بريطانيا") == "@gb"
    assert government("الكرملين") == "@ru"
    assert government("وزارة الخارجية التركية") == "@tr"
    assert government("خارجية مصر") == "@eg"
    assert government("سامي العلي", "المتحدث باسم وزارة الخارجية القطرية") == "@qa"


def test_media_people_and_two_states_speak_for_no_state() -> None:
    assert government("وسائل إعلام يابانية") is None
    assert government("سامي العلي", "الوزير") is None
    assert government("ألمانيا وإيطاليا") is None


def test_a_speaker_of_several_governments_speaks_for_each() -> None:
    from rawi.claims.countries import governments

    assert governments("الرئيسان المصري والسوداني") == {"@eg", "@sd"}
    assert governments("بريطانيا وفرنسا") == {"@gb", "@fr"}
    assert governments("وسائل إعلام بريطانية وفرنسية") == frozenset()


def test_a_well_known_organ_of_a_state_names_the_state() -> None:
    assert states("قال الشاباك") == {"@il"}
    assert states("the CIA said") == {"@us"}
    assert states("الحرس الثوري أعلن") == {"@ir"}
