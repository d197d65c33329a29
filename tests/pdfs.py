"""PDFs for tests, made in the test process with the fonts the portal ships (the machine
may have none: WeasyPrint without a font crashes), as documents.render_child does."""

import io
import zipfile

from django.conf import settings
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from documents.fetcher import StaticOnlyURLFetcher
from documents.renderer import static_roots


def pdf_of(html: str, *, tagged: bool = False) -> bytes:
    fetcher = StaticOnlyURLFetcher(static_roots=static_roots(), static_url=settings.STATIC_URL)
    font_config = FontConfiguration()
    fonts = CSS(
        url=f"file://{settings.STATIC_URL}portal/pdf-fonts.css",
        url_fetcher=fetcher,
        font_config=font_config,
    )
    return HTML(string=html, base_url="file:///", url_fetcher=fetcher).write_pdf(
        stylesheets=[fonts], font_config=font_config, pdf_variant="pdf/ua-1" if tagged else None
    )


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def make_docx(body: str) -> bytes:
    """A minimal Word document written by hand: just enough parts for Word and mammoth."""
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/hyperlink" Target="https://example.org/" '
            'TargetMode="External"/>'
            f'<Relationship Id="rId3" Type="{rel}/hyperlink" Target="file:///etc/passwd" '
            'TargetMode="External"/>'
            "</Relationships>"
        ),
        "word/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">'
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
            "</w:style>"
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
            "</w:style></w:styles>"
        ),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}</w:body></w:document>'
        ),
    }
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return output.getvalue()


def structure_problems(data: bytes) -> list[str]:
    """What is wrong with a tagged PDF's structure, as a PDF/UA checker would read it:
    every marked-content id on a page (or in a form it draws) belongs to a structure
    element of that page in the parent tree, and every element reachable from the root
    names its parent and a page of this document."""
    import pikepdf

    problems = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root.StructTreeRoot
        tree = pikepdf.NumberTree(root.ParentTree)
        pages = {page.obj.objgen: n for n, page in enumerate(pdf.pages, start=1)}

        def mcids(stream) -> list[int]:
            found = []
            for operands, operator in pikepdf.parse_content_stream(stream):
                if str(operator) == "BDC" and isinstance(operands[-1], pikepdf.Dictionary):
                    if "/MCID" in operands[-1]:
                        found.append(int(operands[-1].MCID))
            return found

        for number, page in enumerate(pdf.pages, start=1):
            entry = tree.get(int(page.obj.StructParents))
            if entry is None:
                problems.append(f"page {number}: no parent-tree entry")
                continue
            for mcid in mcids(page):
                if mcid >= len(entry) or not isinstance(entry[mcid], pikepdf.Dictionary):
                    problems.append(f"page {number}: MCID {mcid} has no element")
            for name, form in page.obj.Resources.get("/XObject", {}).items():
                if "/StructParents" in form:
                    form_entry = tree.get(int(form.StructParents))
                    if form_entry is None:
                        problems.append(f"page {number}: form {name} has no entry")
                        continue
                    for mcid in mcids(form):
                        if mcid >= len(form_entry):
                            problems.append(f"page {number}: form {name} MCID {mcid}")

        stack = [(kid, root) for kid in root.K]
        while stack:
            element, parent = stack.pop()
            if element.get("/Type") in (pikepdf.Name.MCR, pikepdf.Name.OBJR):
                continue
            if element.get("/P") is None or element.P.objgen != parent.objgen:
                problems.append(f"{element.get('/S')}: /P is not its parent")
            if "/Pg" in element and element.Pg.objgen not in pages:
                problems.append(f"{element.get('/S')}: /Pg is not a page of the document")
            kids = element.get("/K")
            kids = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
            for kid in kids:
                if isinstance(kid, pikepdf.Dictionary):
                    stack.append((kid, element))
    return problems


def structure_text(data: bytes) -> list[tuple[str, str]]:
    """(structure type, /Alt or /T) of every element, in the order of the tree."""
    import pikepdf

    found = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        stack = list(reversed(list(pdf.Root.StructTreeRoot.K)))
        while stack:
            element = stack.pop()
            if not isinstance(element, pikepdf.Dictionary) or "/S" not in element:
                continue
            found.append((str(element.S), str(element.get("/Alt", element.get("/T", "")))))
            kids = element.get("/K")
            kids = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
            stack.extend(reversed(list(kids)))
    return found
