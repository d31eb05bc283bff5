"""rawi.errors: every code is E###-shaped, unique, and tells the user the cause and the fix in one line."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import rawi.errors
from rawi.errors import CODES, InputError, RawiError, UsageError

CODE_SHAPE = re.compile(r"E\d{3}")


def _literal_codes() -> list[str]:
    """The keys of the CODES literal as written, so a repeated key (which Python silently drops) is seen."""
    tree = ast.parse(Path(rawi.errors.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "CODES"
        ):
            assert isinstance(node.value, ast.Dict)
            return [key.value for key in node.value.keys if isinstance(key, ast.Constant)]
    raise AssertionError("rawi/errors.py has no CODES literal")


def test_codes_are_unique_in_the_source() -> None:
    """No code is written twice (a second entry would overwrite the first without a word)."""
    written = _literal_codes()
    assert len(written) == len(CODES)
    assert sorted(written) == sorted(set(written))


@pytest.mark.parametrize("code", sorted(CODES))
def test_code_has_shape_cause_and_fix(code: str) -> None:
    """Each code is E + three digits, with a non-empty one-line cause and fix."""
    cause, fix = CODES[code]
    assert CODE_SHAPE.fullmatch(code)
    for text in (cause, fix):
        assert text.strip() == text and text
        assert "\n" not in text
        assert not text.endswith(".")


def test_causes_are_distinct() -> None:
    """Two codes never share a cause: the code is the only thing that tells them apart in a log."""
    causes = [cause for cause, _ in CODES.values()]
    assert len(causes) == len(set(causes))


@pytest.mark.parametrize("code", sorted(CODES))
@pytest.mark.parametrize("detail", ["", "news/a.txt: 3 bytes", "line one\nline two"])
def test_message_is_one_line_with_code_cause_and_fix(code: str, detail: str) -> None:
    """RawiError's message names the code, the cause and the fix on one line, details included."""
    error = RawiError(code, detail)
    cause, fix = CODES[code]
    assert error.message.splitlines() == [error.message]
    assert error.message.startswith(f"{code}: {cause}")
    assert error.message.endswith(f"; {fix}")
    assert str(error) == error.message
    assert (error.code, error.cause, error.fix) == (code, cause, fix)


def test_detail_sits_between_cause_and_fix() -> None:
    """A detail is shown in parentheses after the cause, so the fix still ends the line."""
    assert RawiError("E001", "a.txt").message == f"E001: {CODES['E001'][0]} (a.txt); {CODES['E001'][1]}"


def test_unknown_code_is_refused() -> None:
    """Raising an error with a code that is not in CODES fails at once, not with an empty message."""
    with pytest.raises(KeyError):
        RawiError("E999")


def test_error_tree() -> None:
    """Input and usage errors are RawiErrors, so one handler catches them all."""
    assert issubclass(InputError, RawiError) and issubclass(UsageError, RawiError)
    assert isinstance(UsageError("E009", "x"), Exception)
