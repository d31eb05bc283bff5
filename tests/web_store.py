"""A small store for the web tests: articles written for these tests, statements placed exactly.

Statements are built with known offsets and written through the store writer, so the tests do
not depend on what the extractor finds in the text.
"""

from __future__ import annotations

from pathlib import Path

from rawi.records import Article, Extraction, Rejection, Statement
from rawi.store import connect
from rawi.store.writer import write_extraction, write_rejection

DENIAL = (
    "الكرملين ينفي أنباء عن صفقة سرية\n"
    "موسكو - نفى دميتري بيسكوف، المتحدث باسم الكرملين، اليوم الجمعة تقريرا عن صفقة سرية، "
    'وقال إن "هذا التقرير خاطئ تماما". وأضاف بيسكوف أن المحادثات مع الجانب الآخر مستمرة.\n'
    "وقالت مصادر مطلعة إن الاجتماع المقبل قد يعقد الشهر المقبل في جنيف."
)
REPORT = (
    "وكالة: صفقة سرية بين الطرفين\n"
    "ذكرت وكالة الأنباء نقلا عن مسؤولين مطلعين أن الطرفين توصلا إلى صفقة سرية لتبادل الأسرى.\n"
    "وأكد وزير الخارجية أحمد سالم أن اللقاء تم في أجواء إيجابية."
)
HOSTILE = (
    "<script>alert('headline')</script> عنوان خبيث\n"
    "قال <img src=x onerror=alert(1)> إن <script>alert(2)</script> الخبر صحيح.\n"
    'وأضاف المتحدث أن الرابط <a href="javascript:alert(3)">اضغط هنا</a> آمن.'
)
EVIL_SPEAKER = "<img src=x onerror=alert(1)>"


def statement(text: str, speaker: str, cue: str, content: str, **fields: object) -> Statement:
    """A statement whose offsets are where `content` first occurs in `text`."""
    start = text.index(content)
    values: dict = {"speaker_role": None, "speaker_kind": "person", "quote_type": "indirect"}
    values.update(fields)
    return Statement(
        speaker=speaker, cue=cue, content=content, start=start, end=start + len(content), **values
    )


def extractions() -> list[Extraction]:
    """The three fixture articles with their statements."""
    denial = Article(
        name="kremlin-denial.txt",
        text=DENIAL,
        lang="ar",
        headline=DENIAL.split("\n")[0],
        published="2024-01-26",
        outlet="العربي",
        url="https://example.org/denial",
    )
    report = Article(
        name="report.txt",
        text=REPORT,
        lang="ar",
        headline=REPORT.split("\n")[0],
        published="2024-01-25",
        outlet="وكالة الأنباء",
        sources=("وكالة الأنباء",),
    )
    hostile = Article(
        name="hostile.html",
        text=HOSTILE,
        lang="ar",
        headline=HOSTILE.split("\n")[0],
        published="2024-02-01",
        outlet="<i>منفذ</i>",
        url="javascript:alert(4)",
    )
    return [
        Extraction(
            denial,
            (
                statement(
                    DENIAL,
                    "دميتري بيسكوف",
                    "نفى",
                    "تقريرا عن صفقة سرية",
                    speaker_role="المتحدث باسم الكرملين",
                    stance="deny",
                    target="تقريرا عن صفقة سرية",
                    date="2024-01-26",
                ),
                statement(
                    DENIAL,
                    "دميتري بيسكوف",
                    "قال",
                    '"هذا التقرير خاطئ تماما"',
                    quote_type="direct",
                    stance="deny",
                    target="تقريرا عن صفقة سرية",
                    date="2024-01-26",
                ),
                statement(DENIAL, "بيسكوف", "أضاف", "المحادثات مع الجانب الآخر مستمرة"),
                statement(
                    DENIAL,
                    "مصادر مطلعة",
                    "قالت",
                    "الاجتماع المقبل قد يعقد الشهر المقبل في جنيف",
                    speaker_kind="anonymous",
                    hedged=True,
                ),
            ),
        ),
        Extraction(
            report,
            (
                statement(
                    REPORT,
                    "مسؤولين مطلعين",
                    "ذكرت",
                    "الطرفين توصلا إلى صفقة سرية لتبادل الأسرى",
                    speaker_kind="anonymous",
                    via=("وكالة الأنباء",),
                ),
                statement(
                    REPORT,
                    "أحمد سالم",
                    "أكد",
                    "اللقاء تم في أجواء إيجابية",
                    speaker_role="وزير الخارجية",
                    stance="confirm",
                    target="اللقاء",
                ),
            ),
        ),
        Extraction(
            hostile,
            (
                statement(HOSTILE, EVIL_SPEAKER, "قال", "<script>alert(2)</script> الخبر صحيح"),
                statement(
                    HOSTILE,
                    "المتحدث",
                    "أضاف",
                    'الرابط <a href="javascript:alert(3)">اضغط هنا</a> آمن',
                    stance="deny",
                    target="<script>alert(5)</script>",
                ),
            ),
        ),
    ]


def build_store(path: Path) -> Path:
    """Write the fixture articles and two rejections into a new store at `path`."""
    conn = connect(path)
    conn.execute("BEGIN")
    for extraction in extractions():
        write_extraction(conn, extraction)
    write_rejection(conn, Rejection("crawl.warc.gz#3", "E007", "gzip stream ends early"))
    write_rejection(conn, Rejection("<script>x</script>.html", "E006", "no <b>article</b> text"))
    conn.execute("COMMIT")
    conn.close()
    return path


def add_peskov_identity(path: Path) -> Path:
    """Build the claims layer's tables and merge بيسكوف and دميتري بيسكوف into one identity."""
    from rawi.store.claims_store import ensure_claim_tables

    conn = connect(path)
    ensure_claim_tables(conn)
    conn.execute(
        "INSERT INTO speaker_identities VALUES ('p1', ?, 'Dmitry Peskov', 'person', ?, '[]', 3)",
        ("دميتري بيسكوف", '["بيسكوف","دميتري بيسكوف"]'),
    )
    ids = [r[0] for r in conn.execute("SELECT id FROM statements WHERE speaker LIKE '%بيسكوف'")]
    conn.executemany(
        "INSERT INTO claim_statements VALUES (?, 'c', 'member', 'p1', ?)", [(i, n) for n, i in enumerate(ids)]
    )
    conn.close()
    return path
