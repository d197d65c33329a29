"""Figures from a spreadsheet: read a CSV or XLSX file, check every row, and say row by row
what is wrong. Nothing here saves; ``services.measurements_import`` does, once every row
is right."""

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError

from laa.periods import periods_for

COLUMNS = ["indicator", "period_end", "value", "numerator", "denominator", "commentary"]
REQUIRED_COLUMNS = ["indicator", "period_end"]
MAX_ROWS = 50_000
# Excel counts days from 30 December 1899 (its 1900 leap-year bug included).
EXCEL_EPOCH = date(1899, 12, 30)


@dataclass
class FigureRow:
    line: int
    indicator: object
    period_end: date
    value: Decimal | None
    numerator: Decimal | None
    denominator: Decimal | None
    commentary: str


@dataclass
class RowProblem:
    line: int
    cells: list
    problems: list[str] = field(default_factory=list)


def read_table(upload, kind: str) -> list[list]:
    """Every row of the file's first sheet, header first, as cell values."""
    upload.seek(0)
    if kind == "xlsx":
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(upload, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds on a broken workbook
            raise ValidationError(
                "The workbook could not be read. Save it again as XLSX."
            ) from error
        rows = []
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:  # stop reading a workbook far too long to check
                break
        workbook.close()
    else:
        raw = upload.read()
        try:
            text = raw.decode("utf-8-sig")  # Excel's "CSV UTF-8" starts with a BOM
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        try:
            rows = list(csv.reader(io.StringIO(text, newline="")))
        except csv.Error as error:
            raise ValidationError(f"The file is not a CSV that can be read: {error}") from error
    rows = [row for row in rows if any(_text(cell) for cell in row)]
    if not rows:
        raise ValidationError("The file has no rows")
    if len(rows) - 1 > MAX_ROWS:
        raise ValidationError(f"The file has more than {MAX_ROWS:,} rows: split it")
    return rows


def column_positions(header: list) -> dict[str, int]:
    names = [_text(cell).lower().replace(" ", "_") for cell in header]
    missing = [column for column in REQUIRED_COLUMNS if column not in names]
    unknown = [name for name in names if name and name not in COLUMNS]
    if missing or unknown:
        problems = []
        if missing:
            problems.append(f"missing {', '.join(missing)}")
        if unknown:
            problems.append(f"not known: {', '.join(unknown)}")
        raise ValidationError(
            f"The columns are wrong ({'; '.join(problems)}). Use the template's columns: "
            f"{', '.join(COLUMNS)}."
        )
    if "value" not in names and not {"numerator", "denominator"} <= set(names):
        raise ValidationError("The file needs a value column, or numerator and denominator")
    return {name: names.index(name) for name in COLUMNS if name in names}


def _text(cell) -> str:
    return "" if cell is None else str(cell).strip()


def parse_number(cell) -> Decimal | None:
    """A figure as the database keeps it: finite, up to 11 digits before the point and 3
    after (Measurement.value)."""
    if cell is None or _text(cell) == "":
        return None
    if isinstance(cell, bool):
        raise ValueError
    try:
        number = Decimal(
            str(cell) if isinstance(cell, int | float) else _text(cell).replace(",", "")
        )
    except InvalidOperation:
        raise ValueError from None
    if not number.is_finite() or abs(number) >= 10**11:
        raise ValueError
    return number.quantize(Decimal("0.001"))


DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d %H:%M:%S", "%d %B %Y", "%d %b %Y")


def _excel_serial(days) -> date:
    try:
        return EXCEL_EPOCH + timedelta(days=int(days))
    except (OverflowError, ValueError):
        raise ValueError from None


def parse_date(cell) -> date:
    """A period end as Excel or a person writes it: a date cell, an Excel serial number,
    2008-06-30, 30/06/2008 or 30 June 2008."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return _excel_serial(cell)
    text = _text(cell)
    if re.fullmatch(r"\d{5}", text):
        return _excel_serial(int(text))
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()  # noqa: DTZ007 - a date, no time
        except ValueError:
            continue
    raise ValueError


def _code(text) -> str:
    return re.sub(r"\s+", "", _text(text)).upper()


PROGRESS_EVERY = 1000


def check_rows(
    rows: list[list], *, indicators, reportable: set[int], years, verified: set, progress=None
):
    """Check every row; return the figures and the rows with problems.

    ``indicators``: the indicators available to the LSP. ``reportable``: ids of those this
    person may submit for. ``verified``: (indicator id, period end) already verified.
    ``progress`` is told how many rows are checked, every thousand.
    """
    positions = column_positions(rows[0])
    by_code = {_code(indicator.code): indicator for indicator in indicators}
    period_ends = {}
    figures, problems, seen = [], [], {}
    for line, cells in enumerate(rows[1:], start=2):
        if progress and (line - 1) % PROGRESS_EVERY == 0:
            progress(line - 1)

        def cell(name, cells=cells):
            index = positions.get(name)
            return cells[index] if index is not None and index < len(cells) else None

        row_problems = []
        indicator = by_code.get(_code(cell("indicator")))
        if not _text(cell("indicator")):
            row_problems.append("Enter the indicator code")
        elif indicator is None:
            row_problems.append(f"No indicator {_text(cell('indicator'))} in the library")
        elif indicator.pk not in reportable:
            row_problems.append(f"{indicator.code} has no target you may submit figures for")
        try:
            period_end = parse_date(cell("period_end"))
        except ValueError:
            period_end = None
            got = _text(cell("period_end"))
            row_problems.append(f"Enter the period end as a date, like 2008-06-30 (got “{got}”)")
        numbers = {}
        for name in ("value", "numerator", "denominator"):
            try:
                numbers[name] = parse_number(cell(name))
            except ValueError:
                numbers[name] = None
                row_problems.append(f"Enter the {name} as a number (got “{_text(cell(name))}”)")
        if (
            numbers["value"] is None
            and None in (numbers["numerator"], numbers["denominator"])
            and not any("as a number" in p for p in row_problems)
        ):
            row_problems.append("Enter the value, or both numerator and denominator")
        if numbers["denominator"] == 0:
            row_problems.append("The denominator cannot be zero")
        if indicator is not None and period_end is not None:
            if indicator.frequency not in period_ends:
                period_ends[indicator.frequency] = {
                    p.end for p in periods_for(indicator.frequency, min(years), max(years))
                }
            if period_end not in period_ends[indicator.frequency]:
                row_problems.append(
                    f"{period_end:%-d %B %Y} is not the end of a {indicator.frequency} period "
                    f"from {min(years)} to {max(years) + 1}"
                )
            key = (indicator.pk, period_end)
            if key in seen:
                row_problems.append(f"The same indicator and period as row {seen[key]}")
            else:
                seen[key] = line
            if key in verified:
                row_problems.append(
                    "This figure has been verified; the coordinator returns it before it changes"
                )
        if row_problems:
            problems.append(RowProblem(line, [_text(c) for c in cells], row_problems))
        elif not problems:
            figures.append(
                FigureRow(
                    line=line,
                    indicator=indicator,
                    period_end=period_end,
                    value=numbers["value"],
                    numerator=numbers["numerator"],
                    denominator=numbers["denominator"],
                    commentary=_text(cell("commentary")),
                )
            )
    return figures, problems
