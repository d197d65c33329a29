"""Responses that are files to download."""

import csv
import re

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


NUMBER = re.compile(r"-?[\d,]+(\.\d+)?")


def spreadsheet_safe(value):
    """Names are typed by people; one starting like a formula would run in a spreadsheet that
    opens the file, so it gets an apostrophe in front, as OWASP advises for CSV exports. A
    plain negative number, like -5.0, is left as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(value):
        return f"'{value}"
    return value


def csv_response(filename: str, header: list[str], rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows([spreadsheet_safe(value) for value in row] for row in rows)
    return response


def xlsx_response(filename: str, header: list[str], rows, *, sheet: str = "Data"):
    """The same rows as an Excel workbook, written as a stream of rows."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet[:31])
    worksheet.append(header)
    for row in rows:
        worksheet.append([spreadsheet_safe(value) for value in row])
    response = HttpResponse(
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    workbook.save(response)
    return response


EXPORT_FORMATS = ("csv", "xlsx")


def table_response(export_format: str, name: str, header: list[str], rows):
    """A table as CSV or Excel, whichever was asked for; any other format is not found."""
    from django.http import Http404

    if export_format == "csv":
        return csv_response(f"{name}.csv", header, rows)
    if export_format == "xlsx":
        return xlsx_response(f"{name}.xlsx", header, rows)
    raise Http404
