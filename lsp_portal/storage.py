"""Static files in production: compressed, with content hashes in their names."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    # portal/init.js imports GOV.UK Frontend's module by its plain name; rewriting the
    # import to the hashed name loads the module once, the copy the page already has.
    support_js_module_import_aggregation = True
