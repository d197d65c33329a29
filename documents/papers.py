"""Papers in a board pack: checking uploaded PDF and Word papers, putting PDF papers onto
the pages the pack reserved for them, and cleaning HTML that people typed or uploaded.

Everything a paper or a person supplies is untrusted: a PDF may carry scripts, attachments
or links; HTML and Word documents may point WeasyPrint at local files or internal URLs.
Only what is needed to show the content comes across.

This module deliberately depends on nothing but Django, the standard library, pypdf and
pikepdf, nh3 and mammoth, so the pack renderer and the upload forms can both use it.
"""

import io
import re
import zipfile
from dataclasses import dataclass

import mammoth
import nh3
import pikepdf
from django.core.exceptions import ValidationError
from pikepdf import Array, Dictionary, Name
from pypdf import PdfReader

from documents import assembly

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
            # qpdf, which places the paper in the pack, must read it too.
            uploaded.seek(0)
            paper = pikepdf.open(io.BytesIO(uploaded.read()))
            seen: set = set()
            for page in paper.pages:
                _strip_paper_page(page.obj, seen)
                _visible_box(page)
                # Decompresses the content, which finds damaged streams, without parsing
                # the operators (a form XObject copies them as they are).
                for stream in assembly.as_list(page.obj.get("/Contents")):
                    stream.read_bytes()
        except Exception as exc:
            raise ValidationError(PDF_UNREADABLE, code="unreadable") from exc
        return pages
    finally:
        uploaded.seek(0)


def pdf_page_count(data: bytes) -> int:
    """Pages in a PDF that has already passed check_pdf_paper (or that we made)."""
    with assembly.open_pdf(data) as pdf:
        return len(pdf.pages)


def pdf_is_tagged(data: bytes) -> bool:
    """Whether a PDF is tagged: it declares itself so (/MarkInfo /Marked true) and has a
    structure tree with its parent tree, which is what a pack needs to keep its tags.

    This is what assistive technology looks for; it says nothing about tag quality.
    """
    with assembly.open_pdf(data) as pdf:
        return _is_tagged(pdf)


@dataclass(frozen=True)
class Placement:
    """A paper and where the pack reserved pages for it.

    first_page is the 0-based index of the first reserved page; the pack reserved as many
    pages as the paper has. name is what the pack calls the paper (its file name).
    """

    first_page: int
    paper: bytes
    name: str = ""


def append_papers(
    pack_pdf: bytes,
    placements: list[Placement],
    *,
    body: tuple[float, float, float, float],
) -> bytes:
    """The pack with each paper's pages drawn on the pages reserved for them (see
    place_papers)."""
    pdf = assembly.open_pdf(pack_pdf)
    place_papers(pdf, placements, body=body)
    return assembly.pdf_bytes(pdf)


def place_papers(
    pdf: pikepdf.Pdf,
    placements: list[Placement],
    *,
    body: tuple[float, float, float, float],
) -> None:
    """Draw each paper's pages onto the pages the pack reserved for them, in place.

    body is the area between the pack's running header and footer, as (left, bottom,
    width, height) in PDF points from the bottom-left corner. Each paper page is scaled
    down (never up) to fit it and centred in it, turned the way the paper's /Rotate says.
    It is drawn as a form XObject, so its content is copied as it is, never parsed.

    From each paper only drawing instructions and the resources they need (fonts,
    images) come across; never its catalog (scripts, open actions, attachments, forms)
    nor its annotations (links, scripts, launch actions, attached files). A tagged paper
    keeps its structure: its elements join the pack's after the item that presents it,
    linked to its content on the pack's pages. An untagged paper's pages are each a
    figure, whose text alternative says the paper came untagged.
    """
    pack_pages = len(pdf.pages)
    taken: set[int] = set()
    for placement in placements:
        try:
            paper = assembly.open_pdf(placement.paper)
            if paper.is_encrypted:
                raise ValueError("The paper is encrypted.")
            count = len(paper.pages)
        except Exception as exc:
            raise ValueError(
                f"The paper placed at page {placement.first_page} cannot be read."
            ) from exc

        first = placement.first_page
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
            _place_paper(pdf, paper, placement, body)
        except Exception as exc:
            # One error type, naming the paper, for whatever qpdf raised on its content.
            raise ValueError(f"The paper placed at page {first} cannot be merged.") from exc


@dataclass(frozen=True)
class _PlacedForm:
    """A tagged paper's page, drawn on a pack page as a form XObject."""

    form: pikepdf.Object  # in the paper, where its structure is pointed at it
    copy: pikepdf.Object  # in the pack
    page: pikepdf.Page  # the pack page it is drawn on
    paper_key: int  # its parent-tree entry in the paper
    key: int  # and in the pack


def _place_paper(pdf, paper, placement: Placement, body) -> None:
    tagged = _is_tagged(paper)
    pack_tree = assembly.parent_tree(pdf)
    next_key = assembly.next_parent_key(pack_tree)
    seen: set = set()
    placed: dict = {}  # the paper page's object -> its _PlacedForm
    for offset, paper_page in enumerate(paper.pages):
        _strip_paper_page(paper_page.obj, seen)
        page = pdf.pages[placement.first_page + offset]
        matrix = _fit_matrix(paper_page, body)
        form = paper_page.as_form_xobject(handle_transformations=False)
        x0, y0, x1, y1, _ = _visible_box(paper_page)
        form.BBox = Array([x0, y0, x1, y1])
        if "/StructParents" in form:
            del form.StructParents
        if tagged and "/StructParents" in paper_page.obj:
            # The form's marked content is found through an entry of its own.
            form.StructParents = next_key
            placed[paper_page.obj.objgen] = _PlacedForm(
                form, pdf.copy_foreign(form), page, int(paper_page.obj.StructParents), next_key
            )
            next_key += 1
            assembly.draw_form(pdf, page, placed[paper_page.obj.objgen].copy, matrix, marked=b"")
            continue
        if b"/MCID" in form.read_bytes():
            _unlink_marked_content(form)
        alt = (
            f"Page {offset + 1} of {len(paper.pages)} of {placement.name or 'the paper'}, "
            "reproduced as it was sent: the paper was not tagged for assistive technology."
        )
        _draw_as_figure(
            pdf, page, placement.first_page + offset, pdf.copy_foreign(form), matrix, alt
        )
    if placed:
        _graft_structure(pdf, paper, pack_tree, placed, placement)


def _draw_as_figure(pdf, page, page_index: int, form, matrix, alt: str) -> None:
    """Draw an untagged paper's page as a figure of the pack page, described by alt."""
    tree = assembly.parent_tree(pdf)
    entry = tree.get(int(page.obj.StructParents)) if "/StructParents" in page.obj else None
    if entry is None:
        # A pack page without structure of its own: the paper can only be decoration.
        assembly.draw_form(pdf, page, form, matrix, marked=b"/Artifact BMC")
        return
    mcid = len(entry)
    figure = pdf.make_indirect(
        Dictionary(
            Type=Name.StructElem,
            S=Name.Figure,
            Pg=page.obj,
            K=Array([mcid]),
            Alt=pikepdf.String(alt),
        )
    )
    entry.append(figure)
    marked = b"/Figure <</MCID " + str(mcid).encode() + b">> BDC"
    assembly.draw_form(pdf, page, form, matrix, marked=marked)
    assembly.insert_after_page(pdf, [figure], page_index)


def _graft_structure(pdf, paper, pack_tree, placed: dict, placement: Placement) -> None:
    """Copy a tagged paper's structure tree into the pack: its elements' marked content
    now lies in the forms drawn on the pack's pages, so each reference to it names the
    form (/Stm) and the pack page (/Pg)."""
    form_of = {key: form.form for key, form in placed.items()}
    root = paper.Root.StructTreeRoot
    tops = assembly.kids_of(root)
    for top in tops:
        for node in assembly.nodes(top):
            _point_at_forms(node, form_of)
    # The forms' entries: for each MCID, its element (already pointed at the forms).
    paper_tree = assembly.parent_tree(paper)
    for form in placed.values():
        entry = paper_tree.get(form.paper_key)
        if entry is not None:
            pack_tree[form.key] = assembly.copy_in(pdf, paper, entry)
    copied = [assembly.copy_in(pdf, paper, top) for top in tops]
    page_of_form = {form.copy.objgen: form.page for form in placed.values()}
    for top in copied:
        if top.get("/S") == Name.Document:
            # A paper is a part of the pack, not a document within it.
            top.S = Name.Part
        if placement.name:
            top.T = pikepdf.String(f"Paper: {placement.name}")
        assembly.reparent(top, assembly.document_element(pdf))
        for node in assembly.nodes(top):
            # Every /Pg names a form (_point_at_forms): now the pack page it is drawn on.
            if "/Pg" in node and node.Pg.objgen in page_of_form:
                node.Pg = page_of_form[node.Pg.objgen].obj
    _merge_role_map(pdf, root)
    assembly.insert_after_page(pdf, copied, placement.first_page)


def _point_at_forms(node, form_of) -> None:
    """In the paper (about to be copied): an element's MCIDs become references to marked
    content in the form drawn for its page; references to annotations (stripped) and to
    the paper's other streams go; nothing points back at the paper's pages or tree."""
    for key in ("/P", "/ID", "/Ref"):
        if key in node:
            del node[key]
    if node.get("/Type") in (Name.MCR, Name.OBJR):
        return
    page = node.get("/Pg")
    form = form_of.get(page.objgen) if page is not None else None
    if form is not None:
        # For now the element names its form; once copied, the pack page it is drawn on.
        node.Pg = form
    elif page is not None:
        del node.Pg
    if "/K" not in node:
        return
    result = Array()
    for kid in assembly.kids_of(node):
        if isinstance(kid, int):
            if form is not None:
                result.append(Dictionary(Type=Name.MCR, MCID=int(kid), Pg=form, Stm=form))
        elif isinstance(kid, Dictionary) and kid.get("/Type") == Name.MCR:
            kid_form = form_of.get(kid.Pg.objgen) if "/Pg" in kid else form
            if "/Stm" not in kid and kid_form is not None:
                result.append(Dictionary(Type=Name.MCR, MCID=int(kid.MCID), Pg=kid_form,
                                         Stm=kid_form))  # fmt: skip
            # Marked content in the paper's own forms is left untagged: its entries
            # belong to the paper's numbering.
        elif isinstance(kid, Dictionary) and kid.get("/Type") == Name.OBJR:
            continue  # annotations are never copied
        elif isinstance(kid, Dictionary):
            result.append(kid)
    node.K = result


def _merge_role_map(pdf, paper_root) -> None:
    """A paper's own structure types (a /RoleMap maps them to standard ones) keep
    their meaning in the pack."""
    role_map = paper_root.get("/RoleMap")
    if not isinstance(role_map, Dictionary):
        return
    root = pdf.Root.StructTreeRoot
    if "/RoleMap" not in root:
        root.RoleMap = Dictionary()
    for key, value in role_map.items():
        if key not in root.RoleMap and isinstance(value, Name):
            root.RoleMap[key] = value


def _is_tagged(paper: pikepdf.Pdf) -> bool:
    root = paper.Root
    mark_info = root.get("/MarkInfo")
    tree = root.get("/StructTreeRoot")
    return (
        isinstance(tree, Dictionary)
        and "/ParentTree" in tree
        and isinstance(mark_info, Dictionary)
        # Only a real boolean true counts; a malformed value (a name, a string) does not.
        and mark_info.get("/Marked") is True
    )


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


def _strip_paper_page(page, seen: set) -> None:
    """Strip from a paper page (in the paper's own PDF) everything that must not reach
    the pack. seen is shared by the pages of one paper, which share fonts and images."""
    # Links, widgets, file attachments and JavaScript or launch actions all live in
    # annotations, and page actions in /AA: none is drawn into a form.
    for key in ("/Annots", "/AA"):
        if key in page:
            del page[key]
    resources = page.get("/Resources")
    if resources is not None:
        _scrub(resources, seen)


def _unlink_marked_content(form) -> None:
    """Cut an untagged paper's stray marked-content ids loose: on a pack page they would
    claim to be parts of the pack's structure."""
    operations = []
    for operands, operator in pikepdf.parse_content_stream(form):
        if str(operator) == "BDC" and operands and isinstance(operands[-1], Dictionary):
            properties = operands[-1]
            if "/MCID" in properties:
                del properties.MCID
        operations.append((operands, operator))
    form.write(pikepdf.unparse_content_stream(operations))


def _key(obj):
    return obj.objgen if obj.is_indirect else id(obj)


def _scrub(start, seen: set) -> None:
    """Remove unsafe keys and objects from everything reachable from start, in place.

    Iterative rather than recursive: a hostile file can nest objects deeply.
    """
    stack = [start]
    while stack:
        obj = stack.pop()
        if not isinstance(obj, Dictionary | Array | pikepdf.Stream) or _key(obj) in seen:
            continue
        seen.add(_key(obj))
        if isinstance(obj, pikepdf.Stream):
            for key in _EXTERNAL_STREAM_KEYS:
                if key in obj:
                    del obj[key]
        if isinstance(obj, Dictionary | pikepdf.Stream):
            for key in list(obj.keys()):
                value = obj[key]
                if key in _UNSAFE_KEYS or _is_unsafe_object(value):
                    del obj[key]
                else:
                    stack.append(value)
        else:
            for index in range(len(obj)):
                value = obj[index]
                if _is_unsafe_object(value):
                    obj[index] = pikepdf.Null()
                else:
                    stack.append(value)


def _is_unsafe_object(value) -> bool:
    return (
        isinstance(value, Dictionary | pikepdf.Stream)
        and str(value.get("/Type", "")) in _UNSAFE_TYPES
    )


def _fit_matrix(page, body: tuple[float, float, float, float]) -> tuple:
    """Map a paper page's visible area onto the centre of body, upright and never
    enlarged, as a PDF matrix (a, b, c, d, e, f).

    The visible area is the crop box (the media box unless the paper says otherwise):
    it is what viewers show, and the form drawn from the page is clipped to it.
    """
    left, bottom, width, height = body
    x0, y0, x1, y1, rotation = _visible_box(page)
    # Turn the page as a viewer would (clockwise), then move the turned box's lower-left
    # corner to the origin: boxes need not start at (0, 0), and turning moves them anyway.
    a, b, c, d = {0: (1, 0, 0, 1), 90: (0, -1, 1, 0), 180: (-1, 0, 0, -1), 270: (0, 1, -1, 0)}[
        rotation
    ]
    corners = [(a * x + c * y, b * x + d * y) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
    min_x, min_y = min(x for x, _ in corners), min(y for _, y in corners)
    shown_width = max(x for x, _ in corners) - min_x
    shown_height = max(y for _, y in corners) - min_y
    scale = min(1.0, width / shown_width, height / shown_height)
    e = left + (width - shown_width * scale) / 2 - min_x * scale
    f = bottom + (height - shown_height * scale) / 2 - min_y * scale
    return (a * scale, b * scale, c * scale, d * scale, e, f)


def _visible_box(page) -> tuple[float, float, float, float, int]:
    """The crop box as (x0, y0, x1, y1), and how far /Rotate turns it clockwise."""
    obj = page.obj if isinstance(page, pikepdf.Page) else page
    box = obj.get("/CropBox") or _inherited(obj, "/MediaBox")
    if box is None or len(box) != 4:
        raise ValueError("The paper has a page with no media box.")
    x0, x1 = sorted((float(box[0]), float(box[2])))
    y0, y1 = sorted((float(box[1]), float(box[3])))
    if x1 - x0 <= 0 or y1 - y0 <= 0:
        raise ValueError("The paper has a page with no area.")
    # Anything but a multiple of 90 is invalid, and viewers ignore it, as we do.
    rotation = int(_inherited(obj, "/Rotate") or 0) % 360
    return x0, y0, x1, y1, 0 if rotation % 90 else rotation


def _inherited(page, key):
    """A page attribute, from the page or the page tree nodes above it."""
    node, depth = page, 0
    while node is not None and depth < 64:
        if key in node:
            return node[key]
        node = node.get("/Parent")
        depth += 1
    return None


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
