"""The curated alias file and users' extensions of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rawi.claims.aliases import load_aliases, parse_aliases
from rawi.errors import UsageError


def test_the_shipped_file_names_peskov_and_his_role() -> None:
    peskov = next(a for a in load_aliases() if a.latin == "Dmitry Peskov")
    assert "بسكوف" in peskov.names
    assert "المتحدث باسم الكرملين" in peskov.roles


def test_a_user_file_adds_entries(tmp_path: Path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"speakers": [{"latin": "Samer Haddad", "names": ["سامر الحداد"]}]}), "utf-8")
    aliases = load_aliases([str(extra)])
    assert aliases[-1].latin == "Samer Haddad"
    assert aliases[-1].kind == "person"
    assert len(aliases) == len(load_aliases()) + 1


@pytest.mark.parametrize(
    "content",
    ['{"people": []}', '{"speakers": [{"latin": "X"}]}', '{"speakers": [{"names": ["x"]}]}', "not json"],
)
def test_a_broken_alias_file_is_a_usage_error_naming_it(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, "utf-8")
    with pytest.raises(UsageError) as caught:
        load_aliases([str(bad)])
    assert caught.value.code == "E020"
    assert "bad.json" in caught.value.message


def test_parse_rejects_a_non_object() -> None:
    with pytest.raises(UsageError):
        parse_aliases([], "list.json")  # type: ignore[arg-type]
