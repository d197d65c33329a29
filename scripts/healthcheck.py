"""Exit 0 when the portal on this machine answers /healthz with 200 (Docker's health check).

The standard library only, so it runs in the image without the portal's settings.
"""

import os
import sys
import urllib.request

url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/healthz"
try:
    with urllib.request.urlopen(url, timeout=4) as response:  # noqa: S310 - our own loopback
        sys.exit(0 if response.status == 200 else 1)
except OSError as error:
    print(f"{url}: {error}", file=sys.stderr)
    sys.exit(1)
