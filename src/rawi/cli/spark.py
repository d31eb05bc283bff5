"""Commands of the spark group (added as the group is built)."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    """Add this group's commands to the command line."""
