"""A link a person is offered must work: every same-site link on the main LSP pages, for
each of Hertfordshire's demo personas and the police commander, answers neither 403 nor
500. Pages show only what the person may do, decided by the checker the target view asks;
this walks the demo data to catch a page that offers more. About 550 requests, ten
seconds after the seed: links are deduplicated per person and capped per page."""

from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User

LSP = "hertfordshire"
PERSONAS = [
    "hertfordshire-coordinator@example.org",
    "hertfordshire-executive@example.org",
    "hertfordshire-partner@example.org",
    "hertfordshire-scrutineer@example.org",
    "hertfordshire-mp@example.org",
    "police-commander@example.org",
]
START_PAGES = [
    ("portal:lsp-home", ()),
    ("partnerships:structure", ()),
    ("partnerships:meetings", ()),
    ("strategies:home", ()),
    ("strategies:engagement", ()),
    ("laa:overview", ()),
    ("laa:actions", ()),
    ("partnerships:action-log", ()),
    ("laa:partnership-agreements", ()),
]
LINKS_PER_PAGE = 60  # enough for every page's furniture and its first rows


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag == "a" and (href := dict(attrs).get("href")):
            self.found.append(href)


def same_site_links(page: str, base: str) -> list[str]:
    parser = Links()
    parser.feed(page)
    links = []
    for href in parser.found:
        url, _ = urldefrag(href)
        parts = urlsplit(url)
        if parts.scheme in ("", "http") and parts.netloc in ("", "testserver") and url:
            path = parts.path if parts.path.startswith("/") else base + parts.path
            links.append(path + (f"?{parts.query}" if parts.query else ""))
    return list(dict.fromkeys(links))[:LINKS_PER_PAGE]


def first_meeting(client) -> str | None:
    page = client.get(reverse("partnerships:meetings", args=[LSP]))
    prefix = reverse("partnerships:meetings", args=[LSP])
    for link in same_site_links(page.content.decode(), prefix):
        if link.removeprefix(prefix).rstrip("/").isdigit():
            return link
    return None


def broken_links_offered_to(email) -> list[str]:
    client = Client(raise_request_exception=False)
    client.force_login(User.objects.get(email=email))
    starts = [reverse(name, args=[LSP, *args]) for name, args in START_PAGES]
    if meeting := first_meeting(client):
        starts.append(meeting)
    checked, broken = {}, []
    for start in starts:
        response = client.get(start)
        if response.status_code != 200:
            continue  # not offered to this person: the navigation is walked from home
        for link in same_site_links(response.content.decode(), start):
            if link not in checked:
                checked[link] = client.get(link).status_code
            if checked[link] in (403, 500):
                broken.append(f"{email} on {start}: {link} answers {checked[link]}")
    return broken


@pytest.mark.django_db
def test_every_link_offered_on_the_main_pages_works_for_every_persona(demo_data, settings):
    settings.AXES_ENABLED = False
    broken = [line for email in PERSONAS for line in broken_links_offered_to(email)]
    assert not broken, "\n".join(broken)
