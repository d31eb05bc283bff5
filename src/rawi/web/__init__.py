"""`rawi serve`: a read-only web UI (Arabic, right to left) and JSON API over a rawi store."""

from rawi.web.app import create_app

__all__ = ["create_app"]
