"""The only resources a PDF may load: the project's own static files and data: URIs."""

import os
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher


class StaticOnlyURLFetcher(URLFetcher):
    """Serve ``file:`` URLs under the static URL from the project's static folders.

    Anything else — another file on the machine, http(s), ftp — is refused, so a value
    typed into the portal and placed in a document cannot make the worker read a secret
    or call another server. Redirects are off for the same reason.
    """

    def __init__(self, *, static_roots, static_url="/static/", **kwargs):
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False, **kwargs)
        self.static_roots = [os.path.realpath(root) for root in static_roots]
        self.static_url = static_url
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = self.static_path(url)
            if path is not None:
                return super().fetch("file://" + path, headers)
        self.refused.append(url)
        raise ValueError(f"Resource refused by the PDF renderer: {url}")

    def static_path(self, url: str) -> str | None:
        path = unquote(urlsplit(url).path)
        if not path.startswith(self.static_url):
            return None
        relative = path[len(self.static_url) :]
        for root in self.static_roots:
            candidate = os.path.realpath(os.path.join(root, relative))
            if candidate.startswith(root + os.sep) and os.path.isfile(candidate):
                return candidate
        return None
