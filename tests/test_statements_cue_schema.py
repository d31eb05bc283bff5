"""One cue-file schema for both languages: both files pass it, a wrong key is refused clearly."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from rawi.statements.cue_schema import CUE_KEYS, TOP_KEYS, CueFileError, validate

FILES = {
    "ar": ("rawi.statements", "cues_ar.json"),
    "en": ("rawi.statements.english", "cues_en.json"),
}


def _data(language: str) -> dict[str, Any]:
    package, name = FILES[language]
    return json.loads(resources.files(package).joinpath("data", name).read_text("utf-8"))


@pytest.mark.parametrize("language", sorted(FILES))
def test_both_cue_files_follow_the_one_schema(language: str) -> None:
    data = _data(language)
    validate(data, language, FILES[language][1])
    assert {key for key in data if not key.startswith("_")} >= set(TOP_KEYS)
    shared = {key for entry in data["cues"] for key in entry if key in CUE_KEYS}
    assert {"stance", "hedge", "takes"} <= shared


@pytest.mark.parametrize("language", sorted(FILES))
def test_an_unknown_cue_key_is_refused_naming_file_entry_and_allowed_keys(language: str) -> None:
    data = copy.deepcopy(_data(language))
    data["cues"][0]["object"] = "clause"  # an old key name
    with pytest.raises(
        CueFileError, match=r"cues_x\.json: cue 0 \(.+\) has unknown key 'object'; shared keys: .*takes"
    ):
        validate(data, language, "cues_x.json")


def test_a_key_of_the_other_language_is_refused() -> None:
    data = copy.deepcopy(_data("ar"))
    data["cues"][1]["attitude"] = True  # an English-only key
    with pytest.raises(CueFileError, match=r"unknown key 'attitude'.*this language's: .*negatable"):
        validate(data, "ar", "cues_ar.json")


def test_an_old_top_level_key_is_refused() -> None:
    data = copy.deepcopy(_data("en"))
    data["groups"] = data.pop("cues")
    with pytest.raises(CueFileError, match="the top level has unknown key 'groups'"):
        validate(data, "en", "cues_en.json")


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("takes", "that", "takes 'that'; values: .*complement"),
        ("stance", "refute", "stance 'refute'; stances: assert, confirm, deny"),
        ("hedge", "yes", "'hedge' must be a bool"),
    ],
)
def test_a_wrong_value_is_refused(key: str, value: object, message: str) -> None:
    data = copy.deepcopy(_data("en"))
    data["cues"][0][key] = value
    with pytest.raises(CueFileError, match=message):
        validate(data, "en", "cues_en.json")


def test_an_arabic_cue_names_one_lemma() -> None:
    data = copy.deepcopy(_data("ar"))
    data["cues"][0]["lemmas"] = [data["cues"][0].pop("lemma")]
    with pytest.raises(CueFileError, match=r"cue 0 .* must give lemma"):
        validate(data, "ar", "cues_ar.json")


def test_an_attribution_needs_its_words() -> None:
    data = copy.deepcopy(_data("ar"))
    data["attributions"][0] = {"cue": "بحسب"}
    with pytest.raises(CueFileError, match="attribution 0 needs 'words'"):
        validate(data, "ar", "cues_ar.json")
