#!/usr/bin/env bash
# Vendor GOV.UK Frontend from its npm package into static/govuk-frontend/, with the changes
# a service that is not on GOV.UK needs (see static/govuk-frontend/README.md).
#   scripts/vendor-govuk-frontend.sh 5.8.0
set -euo pipefail
version="${1:?usage: $0 VERSION}"
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "govuk-frontend@$version" >/dev/null && tar xzf ./*.tgz)
dist="$work/package/dist/govuk"
target=static/govuk-frontend
mkdir -p "$target/assets/images"
# Without their source maps: collectstatic's manifest storage follows sourceMappingURL.
sed -e 's|//# sourceMappingURL=.*||' "$dist/govuk-frontend.min.js" >"$target/govuk-frontend.min.js"
# Every image the stylesheet and the page template refer to; collectstatic's manifest
# storage refuses a stylesheet that points at a missing file.
cp "$dist"/assets/images/{favicon.ico,favicon.svg,govuk-crest.svg} "$target/assets/images/"
# 1. Asset URLs relative to the stylesheet, so they resolve under STATIC_URL.
# 2. No GDS Transport: that typeface is licensed for GOV.UK services only. Its @font-face
#    rules and their copyright comment go; text is set in Arial where the reader has it,
#    else the Arimo the portal ships (metrically the same; portal/portal.css loads it).
sed -e 's#url(/assets/#url(assets/#g' \
    -e 's#/\*! Copyright (c) 2011 by Margaret Calvert[^*]*\*/##' \
    -e 's#@font-face{font-family:GDS Transport[^}]*}##g' \
    -e 's#font-family:GDS Transport,arial,sans-serif#font-family:arial,Arimo,sans-serif#g' \
    -e 's|/\*# sourceMappingURL=[^*]*\*/||' \
    "$dist/govuk-frontend.min.css" >"$target/govuk-frontend.min.css"
if grep -q "GDS Transport\|/assets/fonts" "$target/govuk-frontend.min.css"; then
    echo "GDS Transport is still referenced: adjust this script for $version" >&2
    exit 1
fi
echo "GOV.UK Frontend $version vendored; set CRISPY_GDS_FRONTEND_VERSION to match."
