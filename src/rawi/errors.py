"""rawi's error tree, with stable codes that name the cause and the fix.

    RawiError                 base: code, message, fix
    ├── InputError            a document cannot be read (becomes a Rejection, the batch goes on)
    └── UsageError            the user asked for something rawi cannot do (exit status 2)

Every code is listed in CODES with the advice a user sees; a test checks that each code is
documented in the README.
"""

from __future__ import annotations

CODES: dict[str, tuple[str, str]] = {
    "E001": ("the file is empty", "check that the download or export finished"),
    "E002": ("the file is binary, not text", "pass a text, HTML, feed, WARC or JSONL file"),
    "E004": ("the file is larger than rawi reads in one piece", "split it, or raise --max-bytes"),
    "E005": ("the path cannot be read", "check that it exists and that you may read it"),
    "E006": ("the HTML page has no article text", "check that the page is an article, not an index"),
    "E007": ("the archive or feed is malformed or truncated", "re-download it; rawi kept what it read"),
    "E008": ("the record has no text field", "name the field with --text-field"),
    "E009": ("the search query is not valid", "quote phrases and balance parentheses"),
    "E010": ("an optional extra is not installed", "install it with the pip command shown"),
    "E011": ("the text has no words rawi can read", "check the file is a news article"),
    "E012": (
        "the feed, archive or item holds no article text",
        "pass feeds whose items carry text, or WARCs with HTML responses (status 200)",
    ),
    "E013": (
        "the database is not a rawi store, or a newer rawi made it",
        "check the --db path, or create a store with `rawi ingest INPUTS --db PATH`",
    ),
    "E014": (
        "the store could not be read or written",
        "check the disk has room and the store and its folder are writable; rawi kept what it committed",
    ),
    "E015": (
        "the query ran past the time limit",
        "narrow it (fewer prefix* words, more filters) or raise --time-limit",
    ),
    "E016": (
        "the document took too long to extract",
        "split it into articles; rawi stored the rest of the batch",
    ),
    "E020": (
        "the speaker alias file is not valid",
        'give it a "speakers" list of {"latin", "names", "roles"} entries, as in claims/data/aliases.json',
    ),
    "E021": ("no such claim or speaker in the store", "list them with `rawi claims` or `rawi speakers`"),
    "E030": ("the date is not a date", "give YYYY-MM-DD, YYYY-MM or YYYY, e.g. --since 2018-10-01"),
    "E031": (
        "the output cannot be written there",
        "give a file (jsonl, .csv) or a directory (csv or parquet tables) that can be written",
    ),
    "E032": ("the id prefix names more than one claim", "give more of the id; the matches are listed"),
    "E033": (
        "the name could be several speakers",
        "give more of the name (they are listed), or --all for all of them",
    ),
    "E034": ("another `rawi watch` runs on this store", "stop it, or watch into another --db"),
    "E035": ("the watch list or alert is not valid", "give one http(s) URL a line; see `rawi alert add -h`"),
}


class RawiError(Exception):
    """Base of rawi's errors: a stable code, what went wrong, and what to do."""

    def __init__(self, code: str, detail: str = "") -> None:
        cause, fix = CODES[code]
        self.code = code
        self.cause = cause
        self.fix = fix
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """One line for the user: code, cause, detail, fix."""
        detail = f" ({' '.join(self.detail.splitlines())})" if self.detail else ""
        return f"{self.code}: {self.cause}{detail}; {self.fix}"


class InputError(RawiError):
    """A document cannot be read; the batch records it and goes on."""


class UsageError(RawiError):
    """The command itself cannot run as asked."""
