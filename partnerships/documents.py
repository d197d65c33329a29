"""The partnerships' documents: the LSP summary and the board pack (documents.registry)."""

from documents.registry import DocumentKind, register
from lsp_portal import permissions
from partnerships import packs
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


def _pack_context(document) -> dict:
    # The pack is made by its own build (partnerships.packs.pack_build), which renders its
    # template once per edition with the pack's source; nothing else renders it.
    return {}


# A meeting's pack: made from the meeting page, read there, never listed on the Documents
# page (who may read which edition is the meeting's business). Other apps add sections to
# it (documents.registry.register_section): the LAA's performance report, and later the
# scrutiny recommendations awaiting the board's response.
BOARD_PACK = register(
    DocumentKind(
        slug="board_pack",
        label="Board pack",
        template="partnerships/pdf/pack.html",
        context=_pack_context,
        listed=False,
        build=packs.pack_build,
    )
)
