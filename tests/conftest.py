"""Fixtures shared by several test modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from watch_server import LocalServer


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A local HTTP server on 127.0.0.1 serving the routes a test sets, stopped afterwards."""
    local = LocalServer().start()
    yield local
    local.stop()
