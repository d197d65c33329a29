"""Papers in a board pack: checking uploaded PDF and Word papers, putting PDF papers onto
the pages the pack reserved for them, and cleaning HTML that people typed or uploaded.

Everything a paper or a person supplies is untrusted: a PDF may carry scripts, attachments
or links; HTML and Word documents may point WeasyPrint at local files or internal URLs.
Only what is needed to show the content comes across.

This module deliberately depends on nothing but Django, the standard library, pypdf, nh3
and mammoth, so the pack renderer and the upload forms can both use it.
"""

import io
import re
import zipfile
from dataclasses import dataclass

import mammoth
import nh3
from django.core.exceptions import ValidationError
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    NameObject,
    NullObject,
    StreamObject,
)

MAX_PAPER_PAGES = 500

PDF_NOT_PDF = "The selected file must be a PDF."
PDF_EMPTY = "The selected file is empty."
PDF_ENCRYPTED = "The selected PDF is protected with a password. Upload a copy without one."
PDF_UNREADABLE = (
    "The selected PDF cannot be read. It may be damaged: open it, save or export it as a PDF "
    "again, then upload the new copy."
)
PDF_NO_PAGES = "The selected PDF has no pages."
PDF_TOO_MANY_PAGES = "The PDF has %(pages)s pages. A paper can have at most %(max)s."
DOCX_UNREADABLE = "The file is not a Word document (.docx) that can be read."

# Viewers look for the %PDF- header anywhere in the first 1024 bytes (some tools write junk
# before it), so that is where we look too.
_PDF_MAGIC_WINDOW = 1024


def check_pdf_paper(uploaded) -> int:
    """The number of pages of an uploaded PDF paper, or ValidationError saying what is wrong.

    Beyond opening the file, every page is cleaned as append_papers will clean it and its
    page boxes and content are read, so that a damaged paper is refused now rather than
    breaking the pack when it is built days later.
    """
    try:
        uploaded.seek(0)
        head = uploaded.read(_PDF_MAGIC_WINDOW)
        if not head:
            raise ValidationError(PDF_EMPTY, code="empty")
        # The name and the browser's content type are whatever the uploader says they are.
        if b"%PDF-" not in head:
            raise ValidationError(PDF_NOT_PDF, code="not_pdf")
        uploaded.seek(0)

        # On a malformed file pypdf can raise almost anything (its own errors, but also
        # ValueError, KeyError, IndexError, zlib.error, RecursionError...). Whatever it
        # is, the coordinator needs the same answer, and a 500 is never right.
        try:
            reader = PdfReader(uploaded, strict=False)
            encrypted = reader.is_encrypted
            pages = 0 if encrypted else len(reader.pages)
        except Exception as exc:
            raise ValidationError(PDF_UNREADABLE, code="unreadable") from exc

        # Even PDFs that open without a password (owner password only) are refused: their
        # content cannot be merged until decrypted, and the permissions may forbid it.
        if encrypted:
            raise ValidationError(PDF_ENCRYPTED, code="encrypted")
        if pages == 0:
            raise ValidationError(PDF_NO_PAGES, code="no_pages")
        if pages > MAX_PAPER_PAGES:
            raise ValidationError(
                PDF_TOO_MANY_PAGES,
                code="too_many_pages",
                params={"pages": f"{pages:,}", "max": f"{MAX_PAPER_PAGES:,}"},
            )

        try:
            seen: set[int] = set()
            for page in reader.pages:
                _strip_paper_page(page, seen)
                _visible_box(page)
                # Decompresses the content, which finds damaged streams. Parsing the
                # operators too would take about 0.2 s a page (too slow for an upload), and
                # pypdf's lenient parser accepts nearly anything that decompresses.
                page.get_contents()
        except Exception as exc:
            raise ValidationError(PDF_UNREADABLE, code="unreadable") from exc
        return pages
    finally:
        uploaded.seek(0)


def pdf_page_count(data: bytes) -> int:
    """Pages in a PDF that has already passed check_pdf_paper (or that we made)."""
    return len(PdfReader(io.BytesIO(data), strict=False).pages)


def pdf_is_tagged(data: bytes) -> bool:
    """Whether a PDF declares itself tagged: a structure tree and /MarkInfo /Marked true.

    This is what assistive technology looks for; it says nothing about tag quality.
    """
    root = PdfReader(io.BytesIO(data), strict=False).trailer["/Root"].get_object()
    mark_info = root.get("/MarkInfo")
    mark_info = mark_info.get_object() if mark_info is not None else None
    if "/StructTreeRoot" not in root or not isinstance(mark_info, DictionaryObject):
        return False
    marked = mark_info.get("/Marked")
    # Only a real boolean true counts; a malformed value (a name, a string) does not.
    return isinstance(marked, BooleanObject) and marked.value is True


@dataclass(frozen=True)
class Placement:
    """A paper and where the pack reserved pages for it.

    first_page is the 0-based index of the first reserved page; the pack reserved as many
    pages as the paper has.
    """

    first_page: int
    paper: bytes


def append_papers(
    pack_pdf: bytes,
    placements: list[Placement],
    *,
    body: tuple[float, float, float, float],
) -> bytes:
    """Draw each paper's pages onto the pages the pack reserved for them.

    body is the area between the pack's running header and footer, as (left, bottom,
    width, height) in PDF points from the bottom-left corner. Each paper page is scaled
    down (never up) to fit it and centred in it, turned the way the paper's /Rotate says.

    The pack is cloned, not rebuilt, so its catalog survives: the structure tree, /Lang,
    outline, metadata and viewer preferences that make it an accessible PDF. From each
    paper only drawing instructions and the resources they need (fonts, images) come
    across; never its catalog (scripts, open actions, attachments, forms) nor its
    annotations (links, scripts, launch actions, attached files).
    """
    # Without keep_initial_header pypdf labels the copy PDF 1.3, older than tagged PDF.
    writer = PdfWriter(clone_from=io.BytesIO(pack_pdf), keep_initial_header=True)
    pack_pages = len(writer.pages)
    taken: set[int] = set()

    for placement in placements:
        try:
            reader = PdfReader(io.BytesIO(placement.paper), strict=False)
            paper_pages = list(reader.pages)
        except Exception as exc:
            raise ValueError(
                f"The paper placed at page {placement.first_page} cannot be read."
            ) from exc

        first, count = placement.first_page, len(paper_pages)
        if first < 0 or first + count > pack_pages:
            raise ValueError(
                f"A paper of {count} pages placed at page {first} runs past the pack's "
                f"{pack_pages} pages: the pack did not reserve enough pages for it."
            )
        reserved = set(range(first, first + count))
        if reserved & taken:
            raise ValueError(f"The paper placed at page {first} overlaps another paper.")
        taken |= reserved

        try:
            seen: set[int] = set()
            for offset, paper_page in enumerate(paper_pages):
                _strip_paper_page(paper_page, seen)
                _unlink_marked_content(paper_page)
                page = writer.pages[first + offset]
                page.merge_transformed_page(paper_page, _fit_transformation(paper_page, body))
                # pypdf leaves merged content uncompressed: ten times the size for text.
                page.compress_content_streams()
        except Exception as exc:
            # One error type, naming the paper, for whatever pypdf raised on its content.
            raise ValueError(f"The paper placed at page {first} cannot be merged.") from exc

    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


# Keys that make a PDF act (scripts, actions, links), bring files in (attachments,
# external streams, reference XObjects), or tie an object to the paper's own page tree or
# structure tree. None is needed to draw a page's content.
_UNSAFE_KEYS = frozenset(
    {
        "/A",
        "/AA",
        "/JS",
        "/JavaScript",
        "/OpenAction",
        "/Names",
        "/EmbeddedFiles",
        "/EF",
        "/URI",
        "/Ref",
        "/Parent",
        "/StructParent",
        "/StructParents",
        "/MCID",
    }
)
# Objects that never belong among a page's resources: following one would copy the
# paper's whole document (and its scripts) into the pack.
_UNSAFE_TYPES = frozenset(
    {
        "/Catalog",
        "/Pages",
        "/Page",
        "/Annot",
        "/Action",
        "/Filespec",
        "/EmbeddedFile",
        "/StructTreeRoot",
        "/StructElem",
        "/Outlines",
    }
)
# A stream with /F takes its data from another file.
_EXTERNAL_STREAM_KEYS = ("/F", "/FFilter", "/FDecodeParms")


def _strip_paper_page(page, seen: set[int]) -> None:
    """Strip from a paper page (in the paper's own reader) everything that must not reach
    the pack. seen is shared by the pages of one paper, which share fonts and images."""
    # The merge copies annotations across; links, widgets, file attachments and
    # JavaScript or launch actions all live there, and page actions in /AA.
    for key in ("/Annots", "/AA"):
        if key in page:
            del page[key]

    resources = page.get("/Resources")
    if resources is not None:
        _scrub(resources, seen)


def _unlink_marked_content(page) -> None:
    """Cut a paper page's content loose from the paper's structure tree.

    A tagged paper's content says "this is structure element n of this page" with
    marked-content ids. On a pack page those ids already belong to the pack's running
    header and footer, so a screen reader would read the paper as the header. The
    paper's structure tree cannot come across, so its ids go. (Ids inside form XObjects
    are harmless once _scrub has removed the forms' /StructParents.)
    """
    content = page.get_contents()
    if content is not None and b"/MCID" in content.get_data():
        operations = content.operations
        for operands, operator in operations:
            if operator == b"BDC" and operands and isinstance(operands[-1], DictionaryObject):
                operands[-1].pop("/MCID", None)
        content.operations = operations  # re-serialise from the edited operators
        page[NameObject("/Contents")] = content


def _scrub(start, seen: set[int]) -> None:
    """Remove unsafe keys and objects from everything reachable from start, in place.

    Iterative rather than recursive: a hostile file can nest objects deeply.
    """
    stack = [start]
    while stack:
        obj = stack.pop().get_object()
        if obj is None or id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, DictionaryObject):
            if isinstance(obj, StreamObject):
                for key in _EXTERNAL_STREAM_KEYS:
                    obj.pop(key, None)
            for key in list(obj.keys()):
                value = obj.raw_get(key)
                if key in _UNSAFE_KEYS or _is_unsafe_object(value):
                    del obj[key]
                else:
                    stack.append(value)
        elif isinstance(obj, ArrayObject):
            for index, value in enumerate(obj):
                if _is_unsafe_object(value):
                    obj[index] = NullObject()
                else:
                    stack.append(value)


def _is_unsafe_object(value) -> bool:
    value = value.get_object()
    return isinstance(value, DictionaryObject) and value.get("/Type") in _UNSAFE_TYPES


def _fit_transformation(page, body: tuple[float, float, float, float]) -> Transformation:
    """Map a paper page's visible area onto the centre of body, upright and never enlarged.

    The visible area is the crop box (the media box unless the paper says otherwise):
    it is what viewers show and what pypdf clips the merged content to.
    """
    left, bottom, width, height = body
    x0, y0, x1, y1, rotation = _visible_box(page)

    # Turn the page as a viewer would, then move the turned box's lower-left corner to
    # the origin: boxes need not start at (0, 0), and turning moves them anyway.
    transformation = Transformation().rotate(-rotation)
    corners = [transformation.apply_on(xy) for xy in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
    transformation = transformation.translate(
        -min(x for x, _ in corners), -min(y for _, y in corners)
    )
    shown_width = max(x for x, _ in corners) - min(x for x, _ in corners)
    shown_height = max(y for _, y in corners) - min(y for _, y in corners)

    scale = min(1.0, width / shown_width, height / shown_height)
    return transformation.scale(scale, scale).translate(
        left + (width - shown_width * scale) / 2,
        bottom + (height - shown_height * scale) / 2,
    )


def _visible_box(page) -> tuple[float, float, float, float, int]:
    """The crop box as (x0, y0, x1, y1), and how far /Rotate turns it clockwise."""
    box = page.cropbox
    x0, x1 = sorted((float(box.left), float(box.right)))
    y0, y1 = sorted((float(box.bottom), float(box.top)))
    if x1 - x0 <= 0 or y1 - y0 <= 0:
        raise ValueError("The paper has a page with no area.")
    # Anything but a multiple of 90 is invalid, and viewers ignore it, as we do.
    rotation = int(page.rotation) % 360
    return x0, y0, x1, y1, 0 if rotation % 90 else rotation


# HTML ---------------------------------------------------------------------------------

_ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "blockquote", "sup",
    "sub", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "a", "img",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
}
# Dropped with everything inside them: their content is code or styling, never text.
_DROPPED_WITH_CONTENT = {
    "script", "style", "template", "noscript", "iframe", "object", "svg", "math", "title",
}  # fmt: skip
# Only images carried inside the HTML itself: any other src (file:, http:, a relative
# path) would make WeasyPrint fetch it. Raster formats only, because an SVG image can
# fetch further resources of its own.
_IMAGE_SRC = re.compile(r"data:image/(?:png|jpeg|gif)[;,]", re.IGNORECASE)
_LINK_HREF = re.compile(r"(?:https?|mailto):", re.IGNORECASE)
# HTML's own ceiling for colspan (browsers ignore more); a huge span only makes table
# layout very slow.
_MAX_SPAN = 1000


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        value = value.strip()
        return value if _IMAGE_SRC.match(value) else None
    if tag == "a" and attribute == "href":
        # nh3 also checks schemes, but data: has to be allowed for images, not for links.
        value = value.strip()
        return value if _LINK_HREF.match(value) else None
    if attribute in ("colspan", "rowspan"):
        value = value.strip()
        return value if value.isdigit() and 1 <= int(value) <= _MAX_SPAN else None
    return value


_CLEANER = nh3.Cleaner(
    tags=_ALLOWED_TAGS,
    clean_content_tags=_DROPPED_WITH_CONTENT,
    attributes=_ALLOWED_ATTRIBUTES,
    tag_attribute_values={"th": {"scope": {"row", "col", "rowgroup", "colgroup"}}},
    attribute_filter=_filter_attribute,
    url_schemes={"http", "https", "mailto", "data"},
    # Relative links and images mean nothing in a PDF, or worse, resolve to local files.
    url_relative="deny",
)
# nh3 writes heading tags bare (no attributes are allowed on them), and escapes < in text
# and attribute values, so this only ever matches real heading tags.
_HEADING_TAG = re.compile(r"<(/?)h([1-6])>")


def sanitise_html(html: str, *, top_heading: int = 3) -> str:
    """HTML from a person, cut down to what a paper in the pack needs.

    Headings are moved so the highest one present becomes <h{top_heading}>, keeping the
    steps between them, so they sit below the pack's own headings without skipping a
    level (PDF/UA checkers fail skipped levels). Levels below h6 stay at h6.
    """
    if not 1 <= top_heading <= 6:
        raise ValueError("top_heading must be between 1 and 6.")
    cleaned = _CLEANER.clean(html)
    levels = [int(level) for _, level in _HEADING_TAG.findall(cleaned)]
    if not levels:
        return cleaned
    shift = top_heading - min(levels)
    return _HEADING_TAG.sub(lambda match: f"<{match[1]}h{min(6, int(match[2]) + shift)}>", cleaned)


# A Word file is a ZIP; this is far beyond any real paper (uploads are at most 20 MB)
# and stops a small ZIP from unpacking into gigabytes. The sizes are the ZIP's own claims,
# but zipfile stops at the claimed size (and then fails its CRC check), so they hold.
_MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024


def docx_to_html(data: bytes, *, top_heading: int = 3) -> str:
    """A Word (DOCX) paper as clean HTML: headings, paragraphs, lists, tables, links,
    and embedded images as data: URIs."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > _MAX_DOCX_UNPACKED_BYTES:
                raise ValueError("The DOCX unpacks to too much data.")
        # Linked (not embedded) images would be read from disk or the network, and a
        # style map embedded in the document would let it choose our HTML.
        result = mammoth.convert_to_html(
            io.BytesIO(data), external_file_access=False, include_embedded_style_map=False
        )
    except Exception as exc:
        # zipfile, the XML parser and mammoth each raise their own errors on a damaged
        # or foreign file; to the coordinator they all mean the same thing.
        raise ValidationError(DOCX_UNREADABLE, code="not_docx") from exc
    return sanitise_html(result.value, top_heading=top_heading)


def check_docx_paper(uploaded) -> None:
    """ValidationError unless the upload is a Word document we can convert for the pack."""
    try:
        uploaded.seek(0)
        if uploaded.read(4) != b"PK\x03\x04":
            raise ValidationError(DOCX_UNREADABLE, code="not_docx")
        uploaded.seek(0)
        docx_to_html(uploaded.read())
    finally:
        uploaded.seek(0)
