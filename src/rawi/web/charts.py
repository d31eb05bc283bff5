"""Small SVG charts drawn on the server: nothing is fetched by the browser to show them.

Each function takes plain numbers and labels and returns safe markup; every label is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

WIDTH = 640
BAR_AREA = 150
STANCE_COLOURS = {"assert": "#3b6ea5", "deny": "#c0392b", "confirm": "#2e8b57"}


def _svg(width: int, height: int, label: str, body: Markup) -> Markup:
    """An accessible, responsive SVG element around `body`."""
    return Markup(
        '<svg class="chart" viewBox="0 0 {w} {h}" width="100%" role="img" aria-label="{label}" '
        'direction="ltr" xmlns="http://www.w3.org/2000/svg"><title>{label}</title>{body}</svg>'
    ).format(w=width, h=height, label=label, body=body)


def with_empty_months(points: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Counts per YYYY-MM with every month between the first and the last, empty ones at 0.

    A month axis that skips empty months makes a gap of a year look like the next month.
    """
    counts = dict(points)
    months = sorted(p for p in counts if len(p) == 7 and p[4] == "-" and p[:4].isdigit() and p[5:].isdigit())
    if not months:
        return list(points)
    year, month = int(months[0][:4]), int(months[0][5:])
    filled = []
    while (key := f"{year:04d}-{month:02d}") <= months[-1]:
        filled.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return filled


def timeline_chart(points: Sequence[tuple[str, int]], label: str) -> Markup:
    """Vertical bars of counts per period (oldest on the left), e.g. statements per month."""
    if not points:
        return Markup('<p class="empty">لا توجد بيانات مؤرخة.</p>')
    top = max(count for _, count in points) or 1
    slot = (WIDTH - 40) / len(points)
    bar = min(48.0, max(2.0, slot * 0.7))
    parts: list[Markup] = []
    for i, (period, count) in enumerate(points):
        h = BAR_AREA * count / top
        x = 20 + i * slot + (slot - bar) / 2
        y = 20 + BAR_AREA - h
        parts.append(
            Markup(
                '<g><title>{p}: {c}</title><rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" '
                'height="{h:.1f}" fill="#3b6ea5"/>'
                '<text x="{tx:.1f}" y="{ty:.1f}" font-size="12" text-anchor="middle">{c}</text></g>'
            ).format(p=period, c=count, x=x, y=y, w=bar, h=h, tx=x + bar / 2, ty=y - 3)
        )
    step = max(1, len(points) // 8)
    for i in range(0, len(points), step):
        x = 20 + i * slot + slot / 2
        parts.append(
            Markup(
                '<text x="{x:.1f}" y="{y}" font-size="12" text-anchor="middle" direction="ltr">{p}</text>'
            ).format(x=x, y=20 + BAR_AREA + 16, p=points[i][0])
        )
    return _svg(WIDTH, BAR_AREA + 45, label, Markup("").join(parts))


def share_chart(parts: Sequence[tuple[str, int, str]], label: str) -> Markup:
    """One stacked horizontal bar of shares (label, count, colour) with a legend, right to left."""
    total = sum(count for _, count, _ in parts)
    if not total:
        return Markup('<p class="empty">لا توجد بيانات.</p>')
    x = float(WIDTH)
    shapes: list[Markup] = []
    for i, (name, count, colour) in enumerate(parts):
        w = WIDTH * count / total
        x -= w
        pct = round(100 * count / total)
        shapes.append(
            Markup(
                '<g><title>{n}: {c} ({p}%)</title><rect x="{x:.1f}" y="0" width="{w:.1f}" height="28" '
                'fill="{col}"/></g>'
                '<rect x="{lx}" y="40" width="12" height="12" fill="{col}"/>'
                '<text x="{tx}" y="51" font-size="13" direction="rtl" text-anchor="start">'
                "{n}: {c} ({p}%)</text>"
            ).format(
                n=name,
                c=count,
                p=pct,
                x=x,
                w=w,
                col=escape(colour),
                lx=WIDTH - 12 - i * 160,
                tx=WIDTH - 18 - i * 160,
            )
        )
    return _svg(WIDTH, 60, label, Markup("").join(shapes))


def outlet_chart(rows: Sequence[tuple[str, int, int]], label: str) -> Markup:
    """One full-width bar per outlet (name, statements, anonymous): the dark part, from the right,
    is the share attributed to anonymous sources, so outlets of any size compare directly.
    """
    if not rows:
        return Markup('<p class="empty">لا توجد منافذ.</p>')
    row_h, span = 26, WIDTH - BAR_AREA - 110
    parts: list[Markup] = []
    for i, (name, total, anonymous) in enumerate(rows):
        y = 10 + i * row_h
        share = anonymous / total if total else 0.0
        wa = span * share
        parts.append(
            Markup(
                "<g><title>{n}: {t} تصريحًا، {a} منها لمصادر مجهولة ({p}%)</title>"
                '<text x="{lx}" y="{ty}" font-size="13" direction="rtl" text-anchor="start">{short}</text>'
                '<rect x="{x}" y="{y}" width="{w}" height="18" fill="#9bb7d4"/>'
                '<rect x="{xa:.1f}" y="{y}" width="{wa:.1f}" height="18" fill="#7a3b69"/>'
                '<text x="{vx}" y="{ty}" font-size="12" direction="rtl" text-anchor="start">'
                "{p}% من {t}</text></g>"
            ).format(
                n=name,
                short=name if len(name) <= 20 else name[:19] + "…",
                t=total,
                a=anonymous,
                p=round(100 * share),
                lx=WIDTH - 4,
                ty=y + 14,
                x=WIDTH - BAR_AREA - span,
                y=y,
                w=span if total else 0,
                wa=wa,
                xa=WIDTH - BAR_AREA - wa,
                vx=WIDTH - BAR_AREA - span - 6,
            )
        )
    return _svg(WIDTH, 20 + len(rows) * row_h, label, Markup("").join(parts))
