"""The season report: one self-contained HTML page with charts drawn as inline SVG.

Plain data in, one HTML string out: no JavaScript, no CDN, no fonts to fetch, so the page opens
offline, from a file, in any browser, and can be mailed. The Dagster asset (defs/report.py)
queries the warehouse and writes the page; this module only draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

# Outcome groups of table 3 in template order, with the colour each keeps in every chart.
OUTCOME_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("granted", "Granted", "#2e7d32"),
    ("partially_granted", "Partially granted", "#9ccc65"),
    ("denied", "Denied", "#c62828"),
    ("unavailable", "Unavailable", "#ff8f00"),
    ("not_processed", "Not processed", "#6d4c41"),
    ("other", "Other", "#90a4ae"),
)
STATUS_COLOURS = {"parsed": "#1565c0", "partial": "#64b5f6", "narrative": "#9575cd", "quarantined": "#e53935"}
BAR_COLOUR = "#1565c0"

WIDTH = 860
LABEL_WIDTH = 160  # at least; wider when the labels need it (label_width)
ROW_HEIGHT = 22
FONT = "font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"


@dataclass
class SeasonData:
    """What the page shows; every list may be empty (the chart then says so)."""

    title: str
    generated_at: str
    warehouse: str
    headline: dict[str, str] = field(default_factory=dict)  # label -> value, shown as tiles
    # (province, year, {outcome_group: applications}, new_received)
    outcomes: list[tuple[str, int, dict[str, int], int]] = field(default_factory=list)
    # (reason key, label, applications)
    denial_reasons: list[tuple[str, str, int]] = field(default_factory=list)
    # (rule_id, province, failed reports, evaluated reports)
    rule_failures: list[tuple[str, str, int, int]] = field(default_factory=list)
    # (status or 'quarantined: reason', kind for the colour, files)
    files_by_status: list[tuple[str, str, int]] = field(default_factory=list)
    # (agency, year, failed rules) of reports that do not add up
    not_adding_up: list[tuple[str, int, str]] = field(default_factory=list)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _text(x: float, y: float, content: str, anchor: str = "start", size: int = 12, weight: str = "normal",
          fill: str = "#263238") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" font-weight="{weight}" '
            f'fill="{fill}">{escape(content)}</text>')


def _figure(chart_id: str, title: str, svg_body: str, height: float, note: str = "", legend: str = "") -> str:
    return (
        f'<figure class="chart" id="{chart_id}" data-chart="{chart_id}">'
        f"<figcaption>{escape(title)}</figcaption>{legend}"
        f'<svg class="chart-svg" role="img" aria-label="{escape(title)}" width="{WIDTH}" height="{height:.0f}" '
        f'viewBox="0 0 {WIDTH} {height:.0f}" xmlns="http://www.w3.org/2000/svg" style="{FONT}">{svg_body}</svg>'
        + (f'<p class="note">{escape(note)}</p>' if note else "")
        + "</figure>"
    )


def _legend(entries: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<span class="key"><span class="swatch" style="background:{colour}"></span>{escape(label)}</span>'
        for label, colour in entries
    )
    return f'<div class="legend">{items}</div>'


def _empty(chart_id: str, title: str, message: str) -> str:
    body = _text(WIDTH / 2, 40, message, anchor="middle", size=13, fill="#78909c")
    return _figure(chart_id, title, f'<g class="empty">{body}</g>', 70)


def label_width(labels: list[str], size: int = 12) -> int:
    """Pixels a column of labels needs (a CJK character is about one em wide, Latin about half)."""
    widest = max((sum(size if ord(c) > 0x2E80 else size * 0.6 for c in label) for label in labels), default=0)
    return int(min(WIDTH / 2, max(LABEL_WIDTH, widest + 16)))


def stacked_bars(chart_id: str, title: str, rows: list[tuple[str, list[tuple[str, str, float]]]],
                 legend: list[tuple[str, str]], note: str = "", unit: str = "") -> str:
    """One horizontal bar per row, made of (segment label, colour, value) segments."""
    if not rows:
        return _empty(chart_id, title, "No data in this warehouse yet.")
    top = 10
    left = label_width([label for label, _ in rows])
    largest = max((sum(v for _, _, v in segments) for _, segments in rows), default=0) or 1
    scale = (WIDTH - left - 80) / largest
    parts = []
    for index, (label, segments) in enumerate(rows):
        y = top + index * ROW_HEIGHT
        parts.append(_text(left - 8, y + 15, label, anchor="end"))
        x = float(left)
        for name, colour, value in segments:
            width = value * scale
            if width > 0:
                parts.append(
                    f'<rect class="mark" x="{x:.1f}" y="{y + 3}" width="{width:.1f}" height="{ROW_HEIGHT - 6}" '
                    f'fill="{colour}"><title>{escape(label)} · {escape(name)}: {_number(value)}{unit}</title></rect>'
                )
            x += width
        total = sum(v for _, _, v in segments)
        if total == 0:  # a zero still gets a visible tick, so the row does not look missing
            parts.append(f'<rect class="mark zero" x="{left}" y="{y + 3}" width="1.5" height="{ROW_HEIGHT - 6}" '
                         f'fill="#b0bec5"><title>{escape(label)}: 0</title></rect>')
        parts.append(_text(x + 6, y + 15, _number(total) + unit, size=11, fill="#546e7a"))
    axis_y = top + len(rows) * ROW_HEIGHT + 4
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{axis_y}" stroke="#90a4ae"/>')
    return _figure(chart_id, title, "".join(parts), axis_y + 10, note, _legend(legend) if legend else "")


def bars(chart_id: str, title: str, items: list[tuple[str, str, float]], note: str = "", unit: str = "") -> str:
    """Horizontal bars: (label, colour, value)."""
    rows = [(label, [(label, colour, value)]) for label, colour, value in items]
    return stacked_bars(chart_id, title, rows, [], note, unit)


def heatmap(chart_id: str, title: str, rows: list[str], columns: list[str],
            cells: dict[tuple[str, str], tuple[int, int]], note: str = "") -> str:
    """rows x columns; each cell (failed, evaluated), shaded by the share failed."""
    if not rows or not columns:
        return _empty(chart_id, title, "No rule results in this warehouse yet.")
    top, cell_height = 56, 24
    left = label_width(rows, 11)
    cell_width = min(120.0, (WIDTH - left - 10) / len(columns))
    parts = []
    for j, column in enumerate(columns):
        x = left + j * cell_width + cell_width / 2
        parts.append(f'<g transform="translate({x:.1f},{top - 8}) rotate(-30)">{_text(0, 0, column, size=11)}</g>')
    for i, row in enumerate(rows):
        y = top + i * cell_height
        parts.append(_text(left - 8, y + 16, row, anchor="end", size=11))
        for j, column in enumerate(columns):
            failed, evaluated = cells.get((row, column), (0, 0))
            share = failed / evaluated if evaluated else 0.0
            colour = "#eceff1" if not evaluated else _shade(share)
            x = left + j * cell_width
            label = f"{failed}/{evaluated}" if evaluated else "–"
            parts.append(
                f'<rect class="mark" x="{x + 1:.1f}" y="{y + 1}" width="{cell_width - 2:.1f}" height="{cell_height - 2}" '
                f'fill="{colour}"><title>{escape(row)} · {escape(column)}: {failed} of {evaluated} reports failed'
                f"</title></rect>"
            )
            parts.append(_text(x + cell_width / 2, y + 16, label, anchor="middle", size=11,
                               fill="#ffffff" if share > 0.5 else "#263238"))
    height = top + len(rows) * cell_height + 8
    return _figure(chart_id, title, "".join(parts), height, note)


def _shade(share: float) -> str:
    """White (no report fails) to deep red (every report fails)."""
    low, high = (255, 243, 224), (183, 28, 28)
    rgb = [round(a + (b - a) * share) for a, b in zip(low, high)]
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _tiles(headline: dict[str, str]) -> str:
    tiles = "".join(
        f'<div class="tile"><div class="value">{escape(value)}</div><div class="label">{escape(label)}</div></div>'
        for label, value in headline.items()
    )
    return f'<section class="tiles">{tiles}</section>'


def _table(rows: list[tuple[str, int, str]]) -> str:
    if not rows:
        return '<p class="note">Every report\'s own arithmetic adds up.</p>'
    body = "".join(
        f"<tr><td>{escape(agency)}</td><td>{year}</td><td>{escape(rules)}</td></tr>" for agency, year, rules in rows
    )
    return f'<table class="offenders"><thead><tr><th>Agency</th><th>Year</th><th>Failed rules</th></tr></thead><tbody>{body}</tbody></table>'


def render(data: SeasonData) -> str:
    outcome_rows = [
        (f"{province} {year}", [(label, colour, groups.get(key, 0)) for key, label, colour in OUTCOME_GROUPS])
        for province, year, groups, _ in data.outcomes
    ]
    received = [(f"{province} {year}", BAR_COLOUR, new) for province, year, _, new in data.outcomes]
    provinces = sorted({p for _, p, _, _ in data.rule_failures})
    rules = sorted({r for r, _, _, _ in data.rule_failures})
    cells = {(r, p): (failed, evaluated) for r, p, failed, evaluated in data.rule_failures}
    denied_total = sum(n for _, _, n in data.denial_reasons)
    charts = [
        bars("applications-received", "Applications received, by province and year (本年新收)", received,
             note="One report per agency and year; provinces as placed from the agency names (dim_agency)."),
        stacked_bars("application-outcomes", "How applications were decided, by province and year", outcome_rows,
                     [(label, colour) for _, label, colour in OUTCOME_GROUPS],
                     note="Outcome rows of table 3 (all applicants), grouped: 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理."),
        bars("denial-reasons", "Why applications were denied (不予公开, by reason)",
             [(f"{label} ({key})", OUTCOME_GROUPS[2][2], n) for key, label, n in data.denial_reasons],
             note="No application was denied in these reports." if denied_total == 0 else ""),
        heatmap("rule-failures", "Statutory rule failures, by rule and province (failed / evaluated reports)",
                rules, provinces, cells,
                note="A report fails a rule when any scope of it fails; not-evaluable results are left out of the count."),
        bars("reports-status", "Report files: read vs quarantined",
             [(label, STATUS_COLOURS.get(kind, "#78909c"), n) for label, kind, n in data.files_by_status]),
    ]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(data.title)}</title>
<style>
  body {{ {FONT}; margin: 24px auto; max-width: 900px; color: #263238; background: #fafafa; }}
  h1 {{ font-size: 22px; margin-bottom: 4px; }} h2 {{ font-size: 17px; margin-top: 28px; }}
  .meta {{ color: #607d8b; font-size: 12px; }}
  .tiles {{ display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0; }}
  .tile {{ background: #fff; border: 1px solid #cfd8dc; border-radius: 6px; padding: 10px 14px; min-width: 120px; }}
  .tile .value {{ font-size: 22px; font-weight: bold; }} .tile .label {{ font-size: 12px; color: #607d8b; }}
  figure.chart {{ background: #fff; border: 1px solid #cfd8dc; border-radius: 6px; margin: 16px 0; padding: 12px; }}
  figcaption {{ font-weight: bold; margin-bottom: 6px; }}
  .legend {{ font-size: 12px; margin-bottom: 6px; }} .key {{ margin-right: 12px; white-space: nowrap; }}
  .swatch {{ display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: middle; }}
  .note {{ font-size: 12px; color: #607d8b; margin: 4px 0 0; }}
  table.offenders {{ border-collapse: collapse; background: #fff; font-size: 13px; }}
  table.offenders td, table.offenders th {{ border: 1px solid #cfd8dc; padding: 4px 8px; text-align: left; }}
</style></head>
<body>
<h1>{escape(data.title)}</h1>
<p class="meta">Generated {escape(data.generated_at)} from {escape(data.warehouse)}</p>
{_tiles(data.headline)}
<h2>Applications</h2>
{charts[0]}{charts[1]}{charts[2]}
<h2>Quality</h2>
{charts[3]}{charts[4]}
<h2>Reports whose arithmetic does not add up</h2>
{_table(data.not_adding_up)}
</body></html>
"""
