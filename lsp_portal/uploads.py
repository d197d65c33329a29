"""Checks on uploaded files, by what they contain rather than what they are called."""

import zipfile

from django.core.exceptions import ValidationError

MAX_PAPER_BYTES = 20 * 1024 * 1024


def paper_kind(upload) -> str | None:
    """'pdf' or 'docx' if the file really is one, else None."""
    upload.seek(0)
    head = upload.read(5)
    upload.seek(0)
    if head == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        names = _zip_names(upload)
        if "word/document.xml" in names and "[Content_Types].xml" in names:
            return "docx"
    return None


def _zip_names(upload) -> set[str]:
    """The names inside a ZIP file (DOCX and XLSX are ZIPs), or none if it is broken."""
    try:
        with zipfile.ZipFile(upload) as archive:
            return set(archive.namelist())
    except zipfile.BadZipFile:
        return set()
    finally:
        upload.seek(0)


def validate_paper(upload) -> None:
    """A meeting paper: a PDF or Word (DOCX) document of at most 20 MB."""
    if upload.size == 0:
        raise ValidationError("The selected file is empty")
    if upload.size > MAX_PAPER_BYTES:
        raise ValidationError("The selected file must be smaller than 20 MB")
    if paper_kind(upload) is None:
        raise ValidationError("The selected file must be a PDF or a Word document (DOCX)")


MAX_TABLE_BYTES = 10 * 1024 * 1024


def table_kind(upload) -> str | None:
    """'xlsx' for an Excel workbook, 'csv' for UTF-8 (or Windows-1252) text, else None."""
    upload.seek(0)
    head = upload.read(4096)
    upload.seek(0)
    if head[:4] == b"PK\x03\x04":
        return "xlsx" if "xl/workbook.xml" in _zip_names(upload) else None
    if b"\x00" in head:
        return None
    return "csv"


def validate_table(upload) -> None:
    """A spreadsheet to import: CSV or Excel (XLSX), at most 10 MB."""
    if upload.size == 0:
        raise ValidationError("The selected file is empty")
    if upload.size > MAX_TABLE_BYTES:
        raise ValidationError("The selected file must be smaller than 10 MB")
    if table_kind(upload) is None:
        raise ValidationError("The selected file must be a CSV or an Excel workbook (XLSX)")
