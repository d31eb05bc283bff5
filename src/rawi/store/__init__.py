"""The only package that touches SQLite: schema, writing, querying, export and import."""

from rawi.store.db import connect

__all__ = ["connect"]
