"""The house has floors: an app imports only from the floors below it (or its own), so no
circle between apps can form. A feature that needs a higher app's data gets it through a
registry the lower floor offers (docs/architecture.md). Tests and migrations are exempt."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Lowest first.
FLOORS = [
    "lsp_portal",
    "accounts",
    "tenancy",
    "documents",
    "partnerships",
    "strategies",
    "laa",
    "scrutiny",
    "portal",
]
RANK = {app: floor for floor, app in enumerate(FLOORS)}


def imported_modules(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name


def upward_imports(app: str, root: Path = ROOT) -> list[str]:
    found = []
    for path in sorted((root / app).rglob("*.py")):
        if "migrations" in path.relative_to(root).parts:
            continue
        for line, module in imported_modules(ast.parse(path.read_text(), str(path))):
            top = module.split(".")[0]
            if RANK.get(top, -1) > RANK[app]:
                found.append(f"{path.relative_to(root)}:{line} imports {module}")
    return found


def test_every_app_is_on_a_floor():
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")} | {"lsp_portal"}
    assert apps == set(FLOORS)


def test_no_app_imports_from_a_floor_above_it():
    upward = [found for app in FLOORS for found in upward_imports(app)]
    assert not upward, "\n".join(upward)


def test_the_rule_sees_an_upward_import(tmp_path):
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "views.py").write_text("import os\nfrom laa.models import Target\n")
    assert upward_imports("documents", root=tmp_path) == ["documents/views.py:2 imports laa.models"]
