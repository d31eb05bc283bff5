"""Speaker identity: spellings, roles and family names merged only on evidence."""

from __future__ import annotations

from claims_samples import mentions, other
from rawi.claims.aliases import load_aliases
from rawi.claims.mentions import Mention
from rawi.claims.speakers import find_speakers, resolve_speakers, same_person


def _mention(i: int, article: str, speaker: str, role: str | None = None) -> Mention:
    return Mention(id=f"m{i}", article_id=article, file=f"{article}.txt", speaker=speaker, content="نص",
                   start=0, end=2, speaker_role=role, seq=i)  # fmt: skip


def _groups(ms: list[Mention], aliases: tuple = ()) -> list[set[str]]:
    index = resolve_speakers(ms, aliases)
    groups: dict[str, set[str]] = {}
    for m in ms:
        groups.setdefault(index.of_mention[m.id], set()).add(m.speaker)
    return sorted(groups.values(), key=lambda g: sorted(g))


def test_the_four_spellings_of_peskov_are_one_person_without_the_alias_file() -> None:
    ms = [_mention(1, "a", "دميتري بيسكوف"), _mention(2, "b", "ديمتري بيسكوف"),
          _mention(3, "c", "بسكوف"), _mention(4, "d", "بيسكوف")]  # fmt: skip
    assert _groups(ms) == [{"دميتري بيسكوف", "ديمتري بيسكوف", "بسكوف", "بيسكوف"}]


def test_a_role_is_attached_to_the_person_it_names_in_the_article() -> None:
    ms = [
        _mention(1, "a", "سامر الحداد", role="المتحدث باسم الوزارة"),
        _mention(2, "a", "المتحدث باسم الوزارة"),
    ]
    assert len(_groups(ms)) == 1


def test_two_people_sharing_a_family_name_stay_apart() -> None:
    ms = [_mention(1, "a", "سامر الحداد"), _mention(2, "b", "خالد الحداد"), _mention(3, "c", "الحداد")]
    assert _groups(ms) == [{"الحداد"}, {"خالد الحداد"}, {"سامر الحداد"}]


def test_a_bare_family_name_joins_the_person_named_in_its_own_article() -> None:
    ms = [_mention(1, "a", "سامر الحداد"), _mention(2, "a", "الحداد"), _mention(3, "b", "خالد الحداد")]
    assert _groups(ms) == [{"الحداد", "سامر الحداد"}, {"خالد الحداد"}]


def test_samples_resolve_with_the_curated_aliases() -> None:
    ms = mentions(other())
    index = resolve_speakers(ms, load_aliases())
    by_speaker = {m.speaker: index.speakers[index.of_mention[m.id]] for m in ms}
    peskov = by_speaker["دميتري بيسكوف"]
    assert peskov.latin == "Dmitry Peskov"
    assert by_speaker["بسكوف"] == by_speaker["المتحدث باسم الكرملين"] == peskov
    assert by_speaker["أندريه بيسكوف"] != peskov
    assert by_speaker["سامر الحداد"] != by_speaker["خالد الحداد"]
    assert by_speaker["الحداد"] not in (by_speaker["سامر الحداد"], by_speaker["خالد الحداد"])


def test_speakers_are_found_by_any_spelling_or_latin_form() -> None:
    index = resolve_speakers(mentions(), load_aliases())
    for query in ("Peskov", "بسكوف", "ديمتري بيسكوف"):
        assert [s.latin for s in find_speakers(index, query)] == ["Dmitry Peskov"]
    assert find_speakers(index, "Nobody Here") == []
    odd = resolve_speakers([*mentions(), _mention(9, "z", "«")], load_aliases())
    assert [s.latin for s in find_speakers(odd, "Peskov")] == ["Dmitry Peskov"]


def test_full_names_need_the_same_family_name_and_compatible_given_names() -> None:
    assert same_person("محمد بن سلمان", "محمد بن سلمان بن عبدالعزيز") is False
    assert same_person("دميتري بيسكوف", "دميتري سيرغيفيتش بيسكوف")
    assert not same_person("سامر الحداد", "خالد الحداد")


def test_a_generic_description_never_joins_across_articles() -> None:
    ms = [_mention(1, "a", "الشرطة"), _mention(2, "a", "الشرطة"), _mention(3, "b", "الشرطة"),
          _mention(4, "b", "مصدر مطلع"), _mention(5, "c", "مصدر مطلع")]  # fmt: skip
    index = resolve_speakers(ms)
    ids = [index.of_mention[m.id] for m in ms]
    assert ids[0] == ids[1] and len({ids[0], ids[2]}) == 2 and ids[3] != ids[4]


def test_a_person_never_joins_whoever_is_named_by_a_relation_to_them() -> None:
    ms = [_mention(1, "a", "ليلى منصور"), _mention(2, "a", "محامي ليلى منصور"),
          _mention(3, "b", "شقيق ليلى منصور"), _mention(4, "b", "ليلى منصور")]  # fmt: skip
    assert _groups(ms) == [{"شقيق ليلى منصور"}, {"ليلى منصور"}, {"محامي ليلى منصور"}]


def test_a_family_name_with_and_without_its_article_is_one_name() -> None:
    ms = [_mention(1, "a", "سامر الحداد"), _mention(2, "b", "سامر حداد")]
    assert _groups(ms) == [{"سامر الحداد", "سامر حداد"}]


def test_a_bare_family_name_leaves_its_person_when_a_second_of_that_family_is_added() -> None:
    first = [_mention(1, "a", "ليلى النجار"), _mention(2, "b", "النجار")]
    before = resolve_speakers(first)
    assert before.of_mention["m1"] == before.of_mention["m2"]
    added = [*first, _mention(3, "c", "عمر النجار")]
    keys: dict[str, str] = {}
    resolve_speakers(first, known=keys)
    again = resolve_speakers(added, known=keys, previous=before)
    assert again == resolve_speakers(added)
    assert len({again.of_mention[m.id] for m in added}) == 3


def test_an_update_keeps_the_identities_it_does_not_touch_and_extends_the_one_it_does() -> None:
    first = [_mention(1, "a", "يوسف العطار"), _mention(2, "b", "منى الخياط")]
    before = resolve_speakers(first)
    added = [*first, _mention(3, "c", "يوسف العطار", role="رئيس البلدية")]
    keys: dict[str, str] = {}
    resolve_speakers(first, known=keys)
    again = resolve_speakers(added, known=keys, previous=before)
    assert again == resolve_speakers(added)
    assert again.speakers[again.of_mention["m2"]] is before.speakers[before.of_mention["m2"]]
    assert again.speakers[again.of_mention["m3"]].roles == ("رئيس البلدية",)


def test_mentions_of_one_article_given_apart_resolve_as_when_given_together() -> None:
    together = [_mention(1, "a", "هدى الصباغ"), _mention(2, "a", "الصباغ"), _mention(3, "b", "الصباغ")]
    apart = [together[0], together[2], together[1]]
    assert resolve_speakers(apart).of_mention == resolve_speakers(together).of_mention
