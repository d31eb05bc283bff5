"""Load on `rawi serve`: the search API on a 100k-statement store, 16 concurrent clients.

The store is synthesised with SQL from a small vocabulary (Zipf-like word frequencies, so
queries range from rare to very common words). The server is the real `rawi serve` in its
own process on 127.0.0.1; clients are threads with keep-alive connections. Bounded in
requests and in time. Prints requests/s and latency percentiles; target p95 <= 100 ms.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from rawi.arabic.normalize import match_key, search_key
from rawi.store import connect
from rawi.store.writer import fts_entry

STATEMENTS = 100_000
PER_ARTICLE = 10
CLIENTS = 16
WORKERS = 2  # server processes, one per core of the 2-core machine
REQUESTS_PER_CLIENT = 100
TIME_LIMIT_S = 60.0
RUNS = 3
TARGET_P95_MS = 100.0

VOCABULARY = """
الحكومة الرئيس الوزير الحرب السلام المفاوضات الاتفاق الصفقة التقرير الوكالة المصادر الجيش
القوات الهجوم الضربات الحدود اللاجئين المساعدات الأمم المتحدة مجلس الأمن القرار العقوبات
النفط الغاز الأسعار الاقتصاد البنك المركزي التضخم الانتخابات البرلمان المعارضة الاحتجاجات
الشرطة الاعتقال المحكمة القضاء الفساد التحقيق الصحة المستشفى الوباء اللقاح التعليم الجامعة
الطلاب المياه الكهرباء الطاقة المناخ الجفاف الفيضانات الزلزال الإغاثة الضحايا الجرحى
القتلى الرهائن الأسرى التبادل الهدنة وقف إطلاق النار الوساطة قطر مصر الأردن السعودية
الإمارات العراق سوريا لبنان فلسطين غزة اليمن ليبيا السودان تونس الجزائر المغرب روسيا
أوكرانيا الصين أمريكا أوروبا فرنسا ألمانيا بريطانيا تركيا إيران إسرائيل واشنطن موسكو بكين
القاهرة الرياض الدوحة بيروت دمشق بغداد عمان الخرطوم طرابلس الاجتماع القمة الزيارة
المحادثات البيان المؤتمر الصحفي المتحدث الرسمي الخارجية الدفاع الداخلية المالية التجارة
الاستثمار المشروع الخطة الميزانية الديون القرض الصندوق الدولي البطالة الأجور الضرائب الدعم
الخبز الوقود الكهرباء الانقطاع الأزمة الحل الحوار التسوية الدستور الحقوق الحريات الصحافة
الإعلام
"""
WORDS = VOCABULARY.split()
SPEAKERS = [f"{first} {last}" for first in ("أحمد", "محمد", "سارة", "ليلى", "عمر", "دميتري", "جون", "مريم")
            for last in ("سالم", "بيسكوف", "حداد", "النجار", "سميث", "الخطيب", "منصور", "يوسف")]  # fmt: skip
ANONYMOUS = ["مصادر مطلعة", "مسؤول رفيع", "دبلوماسيون", "شهود عيان"]
OUTLETS = ["العربي", "الجزيرة", "بي بي سي عربي", "سكاي نيوز عربية", "فرانس 24", "الشرق الأوسط"]


def _zipf_words(rng: random.Random, n: int) -> list[str]:
    """n words drawn with Zipf-like frequencies from the vocabulary."""
    weights = [1 / (rank + 1) for rank in range(len(WORDS))]
    return rng.choices(WORDS, weights=weights, k=n)


def _statement_row(rng: random.Random, rowid: int, article: str, seq: int, content: str, day: str,
                   offset: int) -> dict:  # fmt: skip
    """One statements row with the store's keys (speaker_key, content_key...)."""
    anonymous = rng.random() < 0.15
    speaker = rng.choice(ANONYMOUS if anonymous else SPEAKERS)
    return {
        "rowid": rowid, "id": f"s{rowid}", "article_id": article, "seq": seq, "speaker": speaker,
        "speaker_role": None, "speaker_kind": "anonymous" if anonymous else "person", "cue": "قال",
        "content": content, "quote_type": rng.choice(["direct", "indirect", "mixed"]), "start": offset,
        "end": offset + len(content), "via": "[]",
        "stance": rng.choices(["assert", "deny", "confirm"], weights=[85, 10, 5])[0], "hedged": 0,
        "target": None, "date": day, "in_headline": 0, "extractor": "bench",
        "speaker_key": match_key(speaker), "role_key": None, "content_key": search_key(content),
    }  # fmt: skip


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """Insert rows (dicts with the same keys) by column name."""
    names = ", ".join(f'"{name}"' for name in rows[0])
    marks = ", ".join("?" for _ in rows[0])
    conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", [list(r.values()) for r in rows])


def synthesise(db: Path, rng: random.Random) -> int:
    """A store with STATEMENTS statements in STATEMENTS/PER_ARTICLE articles, indexed as the writer does."""
    conn = connect(db)
    conn.execute("BEGIN")
    articles, statements, fts = [], [], []
    for a in range(STATEMENTS // PER_ARTICLE):
        headline = " ".join(_zipf_words(rng, 6))
        outlet = rng.choice(OUTLETS)
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        contents = [" ".join(_zipf_words(rng, rng.randint(8, 25))) for _ in range(PER_ARTICLE)]
        text = "\n".join([headline, *contents])
        articles.append({"id": f"a{a}", "name": f"a{a}.txt", "file": f"a{a}.txt", "outlet": outlet,
                         "lang": "ar", "headline": headline, "published": day, "text": text,
                         "n_statements": PER_ARTICLE, "outlet_key": match_key(outlet)})  # fmt: skip
        offset = len(headline) + 1
        for seq, content in enumerate(contents):
            row = _statement_row(rng, len(statements) + 1, f"a{a}", seq, content, day, offset)
            statements.append(row)
            fts.append((row["rowid"], *fts_entry(row, articles[-1])))
            offset += len(content) + 1
    _insert(conn, "articles", articles)
    _insert(conn, "statements", statements)
    conn.executemany(
        "INSERT INTO statements_fts(rowid, content, speaker, role, headline, facets)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        fts,
    )
    conn.executemany("INSERT OR IGNORE INTO speakers VALUES (?, ?, ?)",
                     [(match_key(s), s, "person") for s in SPEAKERS + ANONYMOUS])  # fmt: skip
    conn.execute("COMMIT")
    conn.execute("INSERT INTO statements_fts(statements_fts) VALUES ('optimize')")
    count = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    conn.close()
    return int(count)


def request_mix(rng: random.Random) -> list[str]:
    """Search API requests: rare and common words, phrases, AND/OR, filters, later pages."""
    paths = []
    for _ in range(400):
        word, other = rng.choice(WORDS), rng.choice(WORDS[:40])
        params = rng.choice([
            {"q": word}, {"q": f"{word} {other}"}, {"q": f'"{word} {other}"'}, {"q": f"{word} OR {other}"},
            {"q": word, "stance": "deny"}, {"q": word, "anonymous": "true"},
            {"speaker": rng.choice(SPEAKERS)},
            {"q": word, "since": "2024-06", "until": "2024-09"}, {"q": other, "offset": 100},
            {"q": word, "outlet": rng.choice(OUTLETS), "limit": 20},
        ])  # fmt: skip
        paths.append("/api/search?" + urlencode(params))
    return paths


def server_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by the server process and its workers (Linux /proc)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    """A loopback port nobody is listening on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen:
    """`rawi serve` on 127.0.0.1:port, once it answers (bounded wait)."""
    cli = [sys.executable, "-c", "import sys; from rawi.cli import main; sys.exit(main())"]
    cli += ["serve", "--db", str(db), "--port", str(port), "--workers", str(WORKERS)]
    server = subprocess.Popen(cli, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/stats")
            if conn.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("rawi serve did not answer within 30 s")


def client(port: int, paths: list[str], stop_at: float, latencies: list[float], errors: list[str]) -> None:
    """One client: requests in turn over a keep-alive connection until done or out of time."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for path in paths:
        if time.monotonic() > stop_at:
            break
        begin = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        latencies.append((time.perf_counter() - begin) * 1000)
        if response.status != 200 or not json.loads(body)["ok"]:
            errors.append(f"{response.status} {path}")
    conn.close()


def load(port: int, mix: list[str], rng: random.Random) -> tuple[float, list[float], list[str]]:
    """CLIENTS concurrent clients; returns requests/s, latencies (ms) and errors."""
    latencies: list[float] = []
    errors: list[str] = []
    stop_at = time.monotonic() + TIME_LIMIT_S
    plans = [rng.choices(mix, k=REQUESTS_PER_CLIENT) for _ in range(CLIENTS)]
    threads = [
        threading.Thread(target=client, args=(port, plan, stop_at, latencies, errors)) for plan in plans
    ]
    begin = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies) / (time.perf_counter() - begin), latencies, errors


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


def main() -> None:
    """Synthesise, serve, load RUNS times; print each run and the medians."""
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.db"
        begin = time.perf_counter()
        total = synthesise(db, rng)
        print(f"serve: synthesised {total:,} statements in {time.perf_counter() - begin:.1f} s")
        port = free_port()
        server = start_server(db, port)
        try:
            mix = request_mix(rng)
            load(port, mix[:50], rng)  # warm-up: page cache and first imports
            alone = []
            client(port, mix[:200], time.monotonic() + TIME_LIMIT_S, alone, [])
            print(f"  one client, one request at a time: p50 {percentile(alone, 50):.1f} ms,"
                  f" p95 {percentile(alone, 95):.1f} ms")  # fmt: skip
            rates, p95s = [], []
            for _ in range(RUNS):
                cpu = server_cpu_seconds(server.pid)
                rate, latencies, errors = load(port, mix, rng)
                cpu_ms = 1000 * (server_cpu_seconds(server.pid) - cpu) / max(1, len(latencies))
                rates.append(rate)
                p95s.append(percentile(latencies, 95))
                p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
                print(f"  run: {len(latencies)} requests, {rate:.0f} req/s, p50 {p50:.1f} ms,"
                      f" p95 {p95s[-1]:.1f} ms, p99 {p99:.1f} ms, errors {len(errors)},"
                      f" server CPU {cpu_ms:.1f} ms/request, load {os.getloadavg()[0]:.1f}")  # fmt: skip
        finally:
            server.terminate()
            server.wait(timeout=10)
    p95 = statistics.median(p95s)
    verdict = "meets" if p95 <= TARGET_P95_MS else "misses"
    rate = statistics.median(rates)
    print(f"serve search API, {CLIENTS} clients, {total:,} statements: median {rate:.0f} req/s,"
          f" p95 {p95:.1f} ms ({verdict} the {TARGET_P95_MS:.0f} ms target)")  # fmt: skip


if __name__ == "__main__":
    main()
