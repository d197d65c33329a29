"""Papers in a board pack: upload checks, appending PDF papers safely onto an accessible
pack, and cleaning HTML typed or uploaded (DOCX) by people. No database needed."""

import io
import random
import zipfile

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.actions import JavaScript
from pypdf.annotations import Link
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    RectangleObject,
    StreamObject,
    TextStringObject,
)

from documents.papers import (
    MAX_PAPER_PAGES,
    Placement,
    append_papers,
    check_docx_paper,
    check_pdf_paper,
    docx_to_html,
    pdf_is_tagged,
    pdf_page_count,
    sanitise_html,
)
from tests.pdfs import make_docx, pdf_of, structure_problems, structure_text

PNG_PIXEL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42"
    "mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)
# The pack is A4 with 2 cm margins; its header and footer sit in the margins.
A4_WIDTH, A4_HEIGHT = 595.275591, 841.889764
MARGIN = 56.692913
BODY = (MARGIN, MARGIN, A4_WIDTH - 2 * MARGIN, A4_HEIGHT - 2 * MARGIN)
EVIL_URL = "https://evil.example/steal"


# Fixtures -----------------------------------------------------------------------------


def weasy_pdf(body: str, *, size: str = "A4", tagged: bool = False) -> bytes:
    html = (
        f'<html lang="en"><head><title>Paper</title><style>@page {{ size: {size}; '
        f"margin: 1cm }} .next {{ break-before: page }}</style></head><body>{body}</body></html>"
    )
    return pdf_of(html, tagged=tagged)


def make_pack(reserved: int) -> bytes:
    """A tagged pack: an introduction page, then `reserved` empty pages for papers, each
    with the pack's running header and footer."""
    pages = '<div class="reserved"></div>' * reserved
    html = f"""<html lang="en"><head><title>Board pack</title><style>
      @page {{ size: A4; margin: 2cm;
        @top-center {{ content: "Partnership board" }}
        @bottom-center {{ content: "Pack footer page " counter(page) }} }}
      .reserved {{ break-before: page; height: 1px }}
    </style></head><body><h1>Board pack</h1><p>Introduction</p>{pages}</body></html>"""
    return pdf_of(html, tagged=True)


def to_bytes(writer: PdfWriter) -> bytes:
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def blank_pdf(pages: int, *, width: float = 200, height: float = 200) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=width, height=height)
    return to_bytes(writer)


def hostile_paper() -> bytes:
    """A two-page paper carrying everything that must not reach the pack."""
    writer = PdfWriter(
        clone_from=io.BytesIO(
            weasy_pdf(
                f'<p>Hostile paper text</p><p><a href="{EVIL_URL}">A link</a></p>'
                '<p class="next">Hostile page two</p>'
            )
        )
    )
    root = writer.root_object
    writer.add_open_action(JavaScript("app.alert('document script')"))  # /Names /JavaScript
    root[NameObject("/OpenAction")] = JavaScript("app.alert('open action')")
    root[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject()})
    attachment = writer.add_attachment("evil.txt", b"attached data")  # /Names /EmbeddedFiles

    page = writer.pages[0]
    writer.add_annotation(0, Link(rect=(10, 10, 100, 40), url=EVIL_URL))
    writer.add_annotation(
        0,
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): RectangleObject((10, 50, 100, 80)),
                NameObject("/A"): DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/Launch"),
                        NameObject("/F"): TextStringObject("calc.exe"),
                    }
                ),
            }
        ),
    )
    writer.add_annotation(
        0,
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/FileAttachment"),
                NameObject("/Rect"): RectangleObject((10, 90, 30, 110)),
                NameObject("/FS"): attachment.pdf_object.indirect_reference,
            }
        ),
    )
    page[NameObject("/AA")] = DictionaryObject(
        {NameObject("/O"): JavaScript("app.alert('page open')")}
    )
    # A resource that leads back to the paper's catalog: following it blindly would copy
    # the paper's scripts and attachments into the pack.
    fonts = page["/Resources"]["/Font"]
    fonts[NameObject("/Sneaky")] = root.indirect_reference
    # An image whose data would come from another file.
    external = StreamObject()
    external.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(1),
            NameObject("/Height"): NumberObject(1),
            NameObject("/F"): TextStringObject("file:///etc/passwd"),
        }
    )
    xobjects = page["/Resources"].setdefault(NameObject("/XObject"), DictionaryObject())
    xobjects[NameObject("/Outside")] = writer._add_object(external)
    return to_bytes(writer)


@pytest.fixture(scope="module")
def pack() -> bytes:
    return make_pack(reserved=3)


def upload(data: bytes, name: str = "paper.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def walk(pdf: PdfReader):
    """Every object reachable from the trailer, each once."""
    seen, stack = set(), [pdf.trailer]
    while stack:
        item = stack.pop()
        key = (item.idnum, item.generation) if hasattr(item, "idnum") else None
        obj = item.get_object()
        marker = key or id(obj)
        if marker in seen:
            continue
        seen.add(marker)
        yield obj
        if isinstance(obj, DictionaryObject):
            for name in obj:
                yield name
                stack.append(obj.raw_get(name))
        elif isinstance(obj, ArrayObject):
            stack.extend(obj)


def text_positions(page) -> dict[str, tuple[float, float]]:
    """Where each piece of text starts on the page, in page space."""
    positions = {}

    def visitor(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            positions[text.strip()] = (x, y)

    page.extract_text(visitor_text=visitor)
    return positions


# check_pdf_paper ----------------------------------------------------------------------


def test_a_good_pdf_gives_its_page_count_and_is_rewound():
    paper = upload(weasy_pdf("<p>One</p><p class='next'>Two</p>"))
    paper.read(10)
    assert check_pdf_paper(paper) == 2
    assert paper.tell() == 0


@pytest.mark.parametrize(
    ("data", "code", "message"),
    [
        (b"", "empty", "The selected file is empty."),
        (b"GIF89a" + b"\0" * 100, "not_pdf", "The selected file must be a PDF."),
        # The magic is looked for in the first 1024 bytes only, whatever the name says.
        (b" " * 1024 + b"%PDF-1.7\n", "not_pdf", "The selected file must be a PDF."),
        (
            b"%PDF-1.7\n" + random.Random(1).randbytes(4000),  # noqa: S311 - repeatable junk
            "unreadable",
            "The selected PDF cannot be read. It may be damaged: open it, save or export it "
            "as a PDF again, then upload the new copy.",
        ),
    ],
)
def test_check_pdf_paper_refuses_with_a_message(data, code, message):
    paper = upload(data)
    with pytest.raises(ValidationError) as caught:
        check_pdf_paper(paper)
    assert caught.value.code == code
    assert caught.value.messages == [message]
    assert paper.tell() == 0


def test_a_word_document_named_pdf_is_not_a_pdf():
    with pytest.raises(ValidationError) as caught:
        check_pdf_paper(upload(make_docx("<w:p><w:r><w:t>Hi</w:t></w:r></w:p>")))
    assert caught.value.code == "not_pdf"


def test_password_protected_pdf_is_refused():
    writer = PdfWriter(clone_from=io.BytesIO(blank_pdf(1)))
    writer.encrypt("secret")
    paper = upload(to_bytes(writer))
    with pytest.raises(ValidationError) as caught:
        check_pdf_paper(paper)
    assert caught.value.messages == [
        "The selected PDF is protected with a password. Upload a copy without one."
    ]
    assert paper.tell() == 0


def test_owner_password_only_is_refused_too():
    writer = PdfWriter(clone_from=io.BytesIO(blank_pdf(1)))
    writer.encrypt("", owner_password="owner")
    with pytest.raises(ValidationError) as caught:
        check_pdf_paper(upload(to_bytes(writer)))
    assert caught.value.code == "encrypted"


def test_too_many_pages():
    assert check_pdf_paper(upload(blank_pdf(MAX_PAPER_PAGES))) == 500
    with pytest.raises(ValidationError) as caught:
        check_pdf_paper(upload(blank_pdf(501)))
    assert caught.value.messages == ["The PDF has 501 pages. A paper can have at most 500."]


def test_no_pages():
    with pytest.raises(ValidationError) as caught:
        check_pdf_paper(upload(to_bytes(PdfWriter())))
    assert caught.value.messages == ["The selected PDF has no pages."]


def test_damaged_pdfs_only_ever_raise_validation_error():
    good = hostile_paper()
    rng = random.Random(20240501)  # noqa: S311 - repeatable damage, not secrets
    samples = [good[:cut] for cut in range(0, len(good), max(1, len(good) // 60))]
    for _ in range(60):
        damaged = bytearray(good)
        for _ in range(rng.randrange(1, 40)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        samples.append(bytes(damaged))
    samples += [b"%PDF-" + rng.randbytes(size) for size in (0, 1, 10, 500, 5000)]
    samples.append(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj trailer <<>>")
    for sample in samples:
        paper = upload(sample)
        try:
            check_pdf_paper(paper)
        except ValidationError:
            pass
        assert paper.tell() == 0


# append_papers ------------------------------------------------------------------------


def test_pdf_is_tagged_and_page_count(pack):
    assert pdf_is_tagged(pack)
    assert not pdf_is_tagged(weasy_pdf("<p>Plain</p>"))
    assert not pdf_is_tagged(blank_pdf(1))
    assert pdf_page_count(pack) == 4


def test_append_keeps_the_pack_accessible_and_adds_the_papers_text(pack):
    paper = hostile_paper()
    assert check_pdf_paper(upload(paper)) == 2
    result = append_papers(pack, [Placement(first_page=1, paper=paper)], body=BODY)

    reader = PdfReader(io.BytesIO(result))
    assert len(reader.pages) == 4
    root = reader.trailer["/Root"]
    for key in ("/StructTreeRoot", "/MarkInfo", "/Lang", "/Outlines", "/Metadata"):
        assert key in root, key
    assert "/ViewerPreferences" in root
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "en"
    assert reader.outline[0].title == "Board pack"
    assert reader.pdf_header == "%PDF-1.7"
    assert b"pdfuaid:part" in root["/Metadata"].get_data()
    assert pdf_is_tagged(result)

    first, second = reader.pages[1].extract_text(), reader.pages[2].extract_text()
    assert "Hostile paper text" in first
    assert "Pack footer page 2" in first
    assert "Partnership board" in first
    assert "Hostile page two" in second
    assert "Pack footer page 3" in second
    assert "Hostile" not in reader.pages[0].extract_text()
    assert "Hostile" not in reader.pages[3].extract_text()


FORBIDDEN_NAMES = {
    "/JavaScript",
    "/JS",
    "/EmbeddedFiles",
    "/EmbeddedFile",
    "/EF",
    "/OpenAction",
    "/AA",
    "/Annots",
    "/AcroForm",
    "/Launch",
    "/FileAttachment",
    "/URI",
}


def names_and_strings(pdf: bytes) -> tuple[set[str], list[str]]:
    names, strings = set(), []
    for obj in walk(PdfReader(io.BytesIO(pdf))):
        if isinstance(obj, NameObject):
            names.add(str(obj))
        elif isinstance(obj, str):
            strings.append(str(obj))
    return names, strings


def leaked(strings: list[str]) -> list[str]:
    return [s for s in strings if "evil" in s or "calc.exe" in s or "/etc/passwd" in s]


def test_nothing_active_from_the_paper_reaches_the_pack(pack):
    paper = hostile_paper()
    # The paper really does carry all of it, and the pack none of it.
    names, strings = names_and_strings(paper)
    assert FORBIDDEN_NAMES <= names
    assert leaked(strings)
    names, strings = names_and_strings(pack)
    assert names & FORBIDDEN_NAMES == set()

    result = append_papers(pack, [Placement(first_page=1, paper=paper)], body=BODY)

    names, strings = names_and_strings(result)
    assert names & FORBIDDEN_NAMES == set()
    assert leaked(strings) == []
    assert "Hostile paper text" in PdfReader(io.BytesIO(result)).pages[1].extract_text()


def test_a_tagged_papers_marked_content_ids_do_not_collide_with_the_packs(pack):
    paper = weasy_pdf("<p>Tagged paper text</p>", tagged=True)
    assert b"/MCID" in PdfReader(io.BytesIO(paper)).pages[0].get_contents().get_data()
    before = PdfReader(io.BytesIO(pack)).pages[3].get_contents().get_data().count(b"/MCID")

    result = append_papers(pack, [Placement(first_page=3, paper=paper)], body=BODY)
    page = PdfReader(io.BytesIO(result)).pages[3]
    assert "Tagged paper text" in page.extract_text()
    # The page's own ids are the pack's header and footer; the paper's are its form's.
    assert page.get_contents().get_data().count(b"/MCID") == before
    assert structure_problems(result) == []


def test_a_tagged_paper_keeps_its_structure_after_the_item_that_presents_it(pack):
    paper = weasy_pdf(
        "<h1>Paper heading</h1><p>Tagged paper text</p><p class='next'>Second page</p>",
        tagged=True,
    )
    result = append_papers(pack, [Placement(1, paper, "budget.pdf")], body=BODY)
    assert structure_problems(result) == []
    kinds = [kind for kind, _ in structure_text(result)]
    # The pack's heading, then the paper as a part of the pack, with its own heading.
    assert kinds.index("/H1") < kinds.index("/Part")
    assert ("/Part", "Paper: budget.pdf") in structure_text(result)
    assert kinds.count("/H1") == 2 and kinds.count("/P") >= 3
    assert not pdf_is_tagged(weasy_pdf("<p>Plain</p>")) and pdf_is_tagged(result)


def test_an_untagged_papers_pages_are_figures_that_say_so(pack):
    result = append_papers(pack, [Placement(1, blank_pdf(2), "scan.pdf")], body=BODY)
    assert structure_problems(result) == []
    figures = [alt for kind, alt in structure_text(result) if kind == "/Figure"]
    assert figures == [
        f"Page {n} of 2 of scan.pdf, reproduced as it was sent: the paper was not tagged "
        "for assistive technology."
        for n in (1, 2)
    ]


def placement_matrix(pdf: bytes, page_index: int) -> tuple[float, ...]:
    """The matrix the page draws its paper's form with (the last cm before a Do)."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        matrix = None
        for operands, operator in pikepdf.parse_content_stream(document.pages[page_index]):
            if str(operator) == "cm":
                matrix = tuple(float(n) for n in operands)
            elif str(operator) == "Do" and str(operands[0]).startswith("/Fx"):
                return matrix
    raise AssertionError("No paper drawn on the page.")


def positions_after_merge(paper: bytes, body, first_page: int = 1):
    """Where each piece of the paper's text lands on the pack page: pypdf reports text in
    a form XObject in the form's own space, which the page's matrix maps onto the page."""
    result = append_papers(make_pack(1), [Placement(first_page, paper)], body=body)
    a, b, c, d, e, f = placement_matrix(result, first_page)
    return {
        text: (a * x + c * y + e, b * x + d * y + f)
        for text, (x, y) in text_positions(PdfReader(io.BytesIO(result)).pages[first_page]).items()
    }


def test_a_big_page_is_scaled_down_keeping_its_shape_and_centred():
    paper = weasy_pdf("<p>Scale me</p>")
    natural = positions_after_merge(paper, (0, 0, A4_WIDTH, A4_HEIGHT))["Scale me"]
    left, bottom, width, height = BODY
    scale = min(width / A4_WIDTH, height / A4_HEIGHT)
    expected = (
        left + (width - A4_WIDTH * scale) / 2 + natural[0] * scale,
        bottom + (height - A4_HEIGHT * scale) / 2 + natural[1] * scale,
    )
    assert positions_after_merge(paper, BODY)["Scale me"] == pytest.approx(expected, abs=0.01)


def test_a_small_page_is_not_enlarged_but_centred():
    paper = weasy_pdf("<p>Small</p>", size="A6")
    a6 = PdfReader(io.BytesIO(paper)).pages[0].mediabox
    natural = positions_after_merge(paper, (0, 0, a6.width, a6.height))["Small"]
    left, bottom, width, height = BODY
    expected = (
        left + (width - a6.width) / 2 + natural[0],
        bottom + (height - a6.height) / 2 + natural[1],
    )
    assert positions_after_merge(paper, BODY)["Small"] == pytest.approx(expected, abs=0.01)


def test_a_page_with_an_offset_media_box_lands_where_an_unshifted_one_does():
    paper = weasy_pdf("<p>Offset</p>", size="A6")
    writer = PdfWriter(clone_from=io.BytesIO(paper))
    page = writer.pages[0]
    page.add_transformation(Transformation().translate(1000, -500))
    box = page.mediabox
    page.mediabox = RectangleObject(
        (box.left + 1000, box.bottom - 500, box.right + 1000, box.top - 500)
    )
    if "/CropBox" in page:
        del page["/CropBox"]
    shifted = to_bytes(writer)

    assert positions_after_merge(shifted, BODY)["Offset"] == pytest.approx(
        positions_after_merge(paper, BODY)["Offset"], abs=0.01
    )


def test_a_rotated_page_is_shown_upright():
    """A landscape page stored portrait with /Rotate 90, as scanners and Word often do."""
    landscape = weasy_pdf("<p>Landscape paper</p>", size="A5 landscape")
    writer = PdfWriter(clone_from=io.BytesIO(landscape))
    page = writer.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    page.add_transformation(Transformation().rotate(90).translate(height, 0))
    page.mediabox = RectangleObject((0, 0, height, width))
    if "/CropBox" in page:
        del page["/CropBox"]
    page[NameObject("/Rotate")] = NumberObject(90)
    rotated = to_bytes(writer)

    result = append_papers(make_pack(1), [Placement(1, rotated)], body=BODY)
    merged = PdfReader(io.BytesIO(result)).pages[1]
    # pypdf reads a form's text in the form's own space, where it is still turned; where
    # it lands on the page (below) shows it upright.
    assert "Landscape paper" in merged.extract_text()
    assert positions_after_merge(rotated, BODY)["Landscape paper"] == pytest.approx(
        positions_after_merge(landscape, BODY)["Landscape paper"], abs=0.01
    )


def test_several_papers(pack):
    one = weasy_pdf("<p>Paper one</p><p class='next'>Paper one again</p>")
    two = weasy_pdf("<p>Paper two</p>")
    result = append_papers(pack, [Placement(1, one), Placement(3, two)], body=BODY)
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(result)).pages]
    assert "Paper one" in texts[1] and "Paper one again" in texts[2] and "Paper two" in texts[3]


def test_merged_pages_stay_compressed():
    words = "Minutes of the partnership board. " * 100
    paper = weasy_pdf("".join(f"<p class='next'>{words}</p>" for _ in range(10)))
    pack = make_pack(11)
    result = append_papers(pack, [Placement(1, paper)], body=BODY)
    # pypdf writes merged content uncompressed, which made this about ten times bigger.
    assert len(result) < 3 * (len(pack) + len(paper))


@pytest.mark.parametrize(
    "placements",
    [
        [Placement(3, blank_pdf(2))],  # runs past the last page
        [Placement(4, blank_pdf(1))],
        [Placement(-1, blank_pdf(1))],
        [Placement(1, blank_pdf(2)), Placement(2, blank_pdf(1))],  # overlap
    ],
)
def test_placements_that_do_not_fit_raise_value_error(pack, placements):
    with pytest.raises(ValueError, match="page"):
        append_papers(pack, placements, body=BODY)


def test_a_paper_that_cannot_be_read_raises_value_error(pack):
    writer = PdfWriter(clone_from=io.BytesIO(blank_pdf(1)))
    writer.encrypt("secret")
    for paper in (b"not a pdf", to_bytes(writer)):
        with pytest.raises(ValueError, match="cannot be read"):
            append_papers(pack, [Placement(1, paper)], body=BODY)


def test_blank_paper_pages_and_no_papers(pack):
    assert pdf_page_count(append_papers(pack, [], body=BODY)) == 4
    assert pdf_page_count(append_papers(pack, [Placement(1, blank_pdf(3))], body=BODY)) == 4


def test_page_boxes_are_read_as_floats():
    # A paper whose boxes are written with reals, as some tools do, still fits.
    writer = PdfWriter(clone_from=io.BytesIO(weasy_pdf("<p>Real</p>", size="A6")))
    page = writer.pages[0]
    page.mediabox = RectangleObject([FloatObject(0.5), FloatObject(0.25), 298.0, 420.1])
    result = append_papers(make_pack(1), [Placement(1, to_bytes(writer))], body=BODY)
    assert "Real" in PdfReader(io.BytesIO(result)).pages[1].extract_text()


# sanitise_html ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert('x')</script>",
        '<img src="file:///etc/passwd">',
        '<img src="http://127.0.0.1:1/">',
        '<img src="/media/papers/secret.png">',
        '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
        '<link rel="attachment" href="file:///etc/passwd">',
        "<style>@import url(file:///etc/passwd)</style>",
        "<iframe src='http://127.0.0.1:1/'></iframe>",
        "<object data='file:///etc/passwd'></object>",
        "<svg><image href='file:///etc/passwd'/></svg>",
        '<a href="javascript:alert(1)">x</a>',
        '<a href="file:///etc/passwd">x</a>',
        '<a href="data:text/html,x">x</a>',
    ],
)
def test_sanitise_html_removes_anything_that_fetches_or_runs(hostile):
    cleaned = sanitise_html(f"<p>Before</p>{hostile}<p>After</p>")
    assert cleaned.startswith("<p>Before</p>")
    assert cleaned.endswith("<p>After</p>")
    for fragment in ("file:", "127.0.0.1", "/media", "javascript", "script", "svg", "@import"):
        assert fragment not in cleaned
    assert "<link" not in cleaned and "<style" not in cleaned and "data:text" not in cleaned


def test_sanitise_html_drops_styles_classes_and_ids():
    cleaned = sanitise_html(
        '<p style="background:url(file:///etc/passwd)" class="x" id="y" onclick="z()">Text</p>'
    )
    assert cleaned == "<p>Text</p>"


def test_sanitise_html_keeps_structure_links_and_embedded_images():
    html = (
        "<p>Para <strong>bold</strong> <em>em</em> <u>u</u> <s>s</s> x<sup>2</sup></p>"
        "<ul><li>One</li></ul><ol><li>Two</li></ol><blockquote>Quote</blockquote>"
        '<table><caption>Budget</caption><thead><tr><th scope="col" colspan="2">Head</th>'
        '</tr></thead><tbody><tr><td rowspan="2">Cell</td><td>More</td></tr></tbody></table>'
        '<p><a href="https://example.org/a">Web</a> <a href="mailto:a@example.org">Mail</a></p>'
        f'<p><img src="{PNG_PIXEL}" alt="A dot"></p>'
    )
    cleaned = sanitise_html(html)
    for fragment in (
        "<strong>bold</strong>",
        "<ul><li>One</li></ul>",
        "<ol><li>Two</li></ol>",
        "<blockquote>Quote</blockquote>",
        "<sup>2</sup>",
        "<caption>Budget</caption>",
        '<th scope="col" colspan="2">Head</th>',
        '<td rowspan="2">Cell</td>',
        'href="https://example.org/a"',
        'href="mailto:a@example.org"',
        f'<img src="{PNG_PIXEL}" alt="A dot">',
    ):
        assert fragment in cleaned, fragment


def test_sanitise_html_demotes_headings():
    html = "<h1>Title</h1><h2>Section</h2><h5>Deep</h5><h6>Deeper</h6>"
    assert sanitise_html(html) == "<h3>Title</h3><h4>Section</h4><h6>Deep</h6><h6>Deeper</h6>"
    assert sanitise_html(html, top_heading=2).startswith("<h2>Title</h2><h3>Section</h3>")
    # The highest heading present becomes the top one, so no level is skipped.
    assert sanitise_html("<h2>Only</h2><h3>Sub</h3>") == "<h3>Only</h3><h4>Sub</h4>"
    # Text that looks like a heading tag stays text.
    assert sanitise_html("<p>&lt;h1&gt;</p>") == "<p>&lt;h1&gt;</p>"


# DOCX ---------------------------------------------------------------------------------


def paragraph(text: str, style: str | None = None) -> str:
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{properties}<w:r><w:t>{text}</w:t></w:r></w:p>"


def cell(text: str) -> str:
    return f"<w:tc>{paragraph(text)}</w:tc>"


DOCX_BODY = (
    paragraph("Budget", "Heading1")
    + paragraph("Summary text")
    + paragraph("Detail", "Heading2")
    + f"<w:tbl><w:tr>{cell('Item')}{cell('Cost')}</w:tr><w:tr>{cell('Pens')}{cell('£5')}</w:tr>"
    "</w:tbl>"
    + paragraph('&lt;img src="file:///etc/passwd"&gt;')
    + '<w:p><w:hyperlink r:id="rId2"><w:r><w:t>Good link</w:t></w:r></w:hyperlink>'
    '<w:hyperlink r:id="rId3"><w:r><w:t>Bad link</w:t></w:r></w:hyperlink></w:p>'
)


def test_docx_to_html_converts_and_sanitises():
    html = docx_to_html(make_docx(DOCX_BODY))
    assert "<h3>Budget</h3>" in html
    assert "<p>Summary text</p>" in html
    assert "<h4>Detail</h4>" in html
    assert "<table>" in html and "<td><p>Pens</p></td>" in html and "£5" in html
    # Text that looks like markup is text.
    assert "&lt;img src=" in html and "<img" not in html
    assert 'href="https://example.org/"' in html
    assert "Bad link" in html and 'href="file:' not in html


def test_docx_to_html_heading_level():
    assert docx_to_html(make_docx(DOCX_BODY), top_heading=2).startswith("<h2>Budget</h2>")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a zip at all",
        b"PK\x03\x04" + b"\0" * 200,
        blank_pdf(1),
    ],
)
def test_docx_to_html_refuses_what_is_not_a_word_document(data):
    with pytest.raises(ValidationError) as caught:
        docx_to_html(data)
    assert caught.value.messages == ["The file is not a Word document (.docx) that can be read."]


def test_a_zip_that_is_not_a_word_document_is_refused():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ValidationError):
        docx_to_html(output.getvalue())


def test_a_docx_that_would_unpack_to_gigabytes_is_refused():
    data = bytearray(make_docx(DOCX_BODY))
    # Claim, in the ZIP's central directory, that document.xml unpacks to 3 GB.
    entry = data.find(b"PK\x01\x02")
    while data[entry + 46 : entry + 46 + len(b"word/document.xml")] != b"word/document.xml":
        entry = data.find(b"PK\x01\x02", entry + 1)
    data[entry + 24 : entry + 28] = (3 * 1024**3).to_bytes(4, "little")
    with pytest.raises(ValidationError) as caught:
        docx_to_html(bytes(data))
    assert "too much data" in str(caught.value.__cause__)


def test_check_docx_paper():
    good = upload(make_docx(DOCX_BODY), name="paper.docx")
    assert check_docx_paper(good) is None
    assert good.tell() == 0

    for bad in (blank_pdf(1), b"PK\x03\x04broken", b""):
        paper = upload(bad, name="paper.docx")
        with pytest.raises(ValidationError) as caught:
            check_docx_paper(paper)
        assert caught.value.code == "not_docx"
        assert paper.tell() == 0
