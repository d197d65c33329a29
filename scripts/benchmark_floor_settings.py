"""Settings for ``benchmark_request_floor.py`` only: production settings (DEBUG off) with
the benchmark's URLs mounted and plain static file names (no collectstatic needed).

Never used by the portal itself: the bare and no-op views are not in its urlconf.
"""

from lsp_portal.settings import *  # noqa: F403

ROOT_URLCONF = "benchmark_floor_urls"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
