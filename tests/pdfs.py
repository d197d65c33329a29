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
