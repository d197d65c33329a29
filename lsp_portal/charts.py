"""The portal's one chart helper: server-rendered SVG, the same on a page and in a PDF.

Every chart carries a text alternative (its ``description``), and the page that shows it
also shows its figures as a table. Lines differ by dash pattern and marker as well as by
colour, so none is told apart by colour alone.
"""

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# GOV.UK colours: blue, grey, green; each line also has its own dash and marker.
STYLES = {
    "actual": {"colour": "#1d70b8", "dash": "", "marker": "circle"},
    "trajectory": {"colour": "#505a5f", "dash": "6 4", "marker": ""},
    "target": {"colour": "#00703c", "dash": "", "marker": "square"},
}


@dataclass
class Series:
    name: str
    values: list  # one per x label: a number or None where there is none
    style: str = "actual"  # a key of STYLES
    join: bool = True  # False draws markers only (targets at year ends)


@dataclass
class Chart:
    svg: SafeString
    description: str


def _scale(values, low, high, size):
    span = (high - low) or 1
    return [None if v is None else size - (float(v) - low) / span * size for v in values]


def _fmt(value, places):
    return f"{value:,.{places}f}"


def line_chart(
    *, title: str, labels: list[str], series: list[Series], places: int = 1, unit: str = ""
) -> Chart:
    """A line chart of series over labelled periods."""
    width, height = 640, 260
    left, right, top, bottom = 64, 16, 16, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    numbers = [float(v) for s in series for v in s.values if v is not None]
    if not numbers or not labels:
        return Chart(mark_safe(""), f"{title}: no figures yet.")  # noqa: S308 - constant
    low, high = min(numbers), max(numbers)
    pad = (high - low) * 0.1 or abs(high) * 0.1 or 1
    low, high = low - pad, high + pad
    step = plot_w / max(len(labels) - 1, 1)
    xs = [left + i * step for i in range(len(labels))]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'class="portal-chart" role="img" aria-label="{escape(title)}" focusable="false">',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#ffffff" '
        'stroke="#b1b4b6"/>',
    ]
    for tick in range(5):
        value = low + (high - low) * tick / 4
        y = top + plot_h - plot_h * tick / 4
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" '
            'stroke="#f3f2f1"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="#0b0c0c">{escape(_fmt(value, places))}</text>'
        )
    every = max(1, len(labels) // 8)
    for i, label in enumerate(labels):
        if i % every == 0 or i == len(labels) - 1:
            parts.append(
                f'<text x="{xs[i]:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                f'font-size="11" fill="#0b0c0c">{escape(label)}</text>'
            )
    for index, line in enumerate(series):
        style = STYLES[line.style]
        ys = _scale(line.values, low, high, plot_h)
        points = [(x, top + y) for x, y in zip(xs, ys, strict=True) if y is not None]
        if line.join and len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            dash = f' stroke-dasharray="{style["dash"]}"' if style["dash"] else ""
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{style["colour"]}" '
                f'stroke-width="2.5"{dash}/>'
            )
        for x, y in points:
            if style["marker"] == "circle":
                parts.append(
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{style["colour"]}"/>'
                )
            elif style["marker"] == "square":
                parts.append(
                    f'<rect x="{x - 4.5:.1f}" y="{y - 4.5:.1f}" width="9" height="9" '
                    f'fill="none" stroke="{style["colour"]}" stroke-width="2"/>'
                )
        legend_x = left + index * 170
        parts.append(
            f'<line x1="{legend_x}" y1="{height - 10}" x2="{legend_x + 24}" y2="{height - 10}" '
            f'stroke="{style["colour"]}" stroke-width="2.5"'
            + (f' stroke-dasharray="{style["dash"]}"' if style["dash"] else "")
            + "/>"
            f'<text x="{legend_x + 30}" y="{height - 6}" font-size="12" fill="#0b0c0c">'
            f"{escape(line.name)}</text>"
        )
    parts.append("</svg>")
    return Chart(mark_safe("".join(parts)), _describe(title, labels, series, places, unit))  # noqa: S308 - every text escaped above


def _describe(title, labels, series, places, unit) -> str:
    sentences = [f"{title}."]
    suffix = f" {unit}" if unit else ""
    for line in series:
        known = [(label, v) for label, v in zip(labels, line.values, strict=True) if v is not None]
        if not known:
            continue
        (first_label, first), (last_label, last) = known[0], known[-1]
        if len(known) == 1:
            sentences.append(f"{line.name}: {_fmt(last, places)}{suffix} in {last_label}.")
        else:
            sentences.append(
                f"{line.name}: {_fmt(first, places)}{suffix} in {first_label} to "
                f"{_fmt(last, places)}{suffix} in {last_label}."
            )
    return " ".join(sentences)


def sparkline(values: list, *, label: str) -> SafeString:
    """A small line of recent figures, for a table cell; its label says what it shows."""
    known = [float(v) for v in values if v is not None]
    if len(known) < 2:
        return mark_safe("")  # noqa: S308 - constant
    width, height = 96, 24
    low, high = min(known), max(known)
    ys = _scale(values, low, high, height - 4)
    step = width / (len(values) - 1)
    points = " ".join(f"{i * step:.1f},{y + 2:.1f}" for i, y in enumerate(ys) if y is not None)
    return mark_safe(  # noqa: S308 - the label is escaped; the rest are numbers
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{escape(label)}" focusable="false">'
        f'<polyline points="{points}" fill="none" stroke="#1d70b8" stroke-width="2"/></svg>'
    )
