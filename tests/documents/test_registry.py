"""Each app declares its own kinds of document; one request view and one renderer serve
them all, and a composite document gathers the sections other apps register for it."""

import pytest
from django.urls import reverse

from documents import registry
from documents.models import Document
from documents.registry import DocumentKind, DocumentSection


def test_the_apps_declare_their_kinds_and_documents_names_none_of_them():
    assert registry.kind_of("lsp_summary").label == "LSP summary"
    assert registry.kind_of("strategy").label == "Sustainable Community Strategy"
    assert registry.kind_of("lsp_summary").template == "documents/pdf/lsp_summary.html"
    with pytest.raises(LookupError):
        registry.kind_of("board_pack_draft")


def test_a_coordinator_asks_for_an_lsp_summary_from_the_documents_page(
    client, herts, herts_coordinator
):
    client.force_login(herts_coordinator)
    page = client.get(reverse("documents:list", args=[herts.slug])).content.decode()
    request_url = reverse("documents:request", args=[herts.slug, "lsp_summary"])
    assert f'action="{request_url}"' in page and "Make an LSP summary PDF" in page
    # The strategy PDF is made on adoption, so it is never offered here.
    assert reverse("documents:request", args=[herts.slug, "strategy"]) not in page
    response = client.post(request_url)
    document = Document.objects.get()
    assert response["Location"] == reverse("documents:detail", args=[herts.slug, document.pk])
    assert document.kind == "lsp_summary" and document.kind_label == "LSP summary"


def test_no_button_for_those_who_may_not_ask_and_no_document_of_a_kind_nobody_offers(
    client, herts, herts_coordinator, herts_partner
):
    client.force_login(herts_partner)
    page = client.get(reverse("documents:list", args=[herts.slug])).content.decode()
    assert "Make an LSP summary PDF" not in page
    client.force_login(herts_coordinator)
    for kind in ("strategy", "no-such-kind"):
        assert client.post(reverse("documents:request", args=[herts.slug, kind])).status_code == 404
    assert not Document.objects.exists()


@pytest.fixture
def composite_kind():
    """A composite kind such as the board pack, with sections from two 'apps'."""
    kind = registry.register(
        DocumentKind(
            slug="test_pack",
            label="Test pack",
            template="documents/pdf/lsp_summary.html",
            context=lambda document: {"cover": "Cover"},
        )
    )
    registry.register_section(
        "test_pack",
        DocumentSection("figures", "Figures", 20, "t.html", lambda d: {"n": 2}),
    )
    registry.register_section(
        "test_pack",
        DocumentSection("minutes", "Minutes", 10, "t.html", lambda d: {"n": 1}),
    )
    yield kind
    del registry._kinds["test_pack"]


def test_a_composite_document_gathers_its_sections_in_order(herts, composite_kind):
    template, context = registry.content_of(Document(lsp=herts, kind="test_pack"))
    assert template == "documents/pdf/lsp_summary.html"
    assert context["cover"] == "Cover" and context["lsp"] == herts
    assert [(part["section"].title, part["context"]["n"]) for part in context["sections"]] == [
        ("Minutes", 1),
        ("Figures", 2),
    ]


def test_two_apps_cannot_declare_the_same_kind(composite_kind):
    with pytest.raises(ValueError, match="test_pack"):
        registry.register(
            DocumentKind(slug="test_pack", label="Another", template="x.html", context=dict)
        )
