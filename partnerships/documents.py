"""The partnerships' documents: the LSP summary (documents.registry)."""

from documents.registry import DocumentKind, register
from lsp_portal import permissions
from tenancy.selectors import people_by_role


def lsp_summary_context(document) -> dict:
    lsp = document.lsp
    return {
        "area": lsp.area,
        "district_lsps": list(lsp.district_lsps.order_by("name")),
        "people_by_role": people_by_role(lsp=lsp),
    }


LSP_SUMMARY = register(
    DocumentKind(
        slug="lsp_summary",
        label="LSP summary",
        template="documents/pdf/lsp_summary.html",
        context=lsp_summary_context,
        capability=permissions.PRODUCE_DOCUMENTS,
        button="Make an LSP summary PDF",
    )
)
