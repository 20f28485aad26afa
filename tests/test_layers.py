"""The direction of imports (STYLE.md): domain is pure Python; documents know neither
the database nor Qt; services and the store never import Qt."""
import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "workstation"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


RULES = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "reportlab", "workstation.store", "workstation.services",
               "workstation.ui", "workstation.documents"),
    "documents": ("PySide6", "sqlalchemy", "alembic", "workstation.store", "workstation.services", "workstation.ui"),
    "services": ("PySide6", "workstation.ui"),
    "aftercare": ("PySide6", "workstation.ui"),
    "portfolio": ("PySide6", "workstation.ui", "reportlab", "workstation.documents"),
    "store": ("PySide6", "reportlab", "workstation.services", "workstation.ui", "workstation.documents"),
}


@pytest.mark.parametrize("layer", sorted(RULES))
def test_imports_go_one_way(layer):
    bad = []
    for path in sorted((PKG / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in RULES[layer]):
                bad.append(f"{path.relative_to(PKG)} imports {name}")
    assert bad == []
