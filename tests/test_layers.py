"""The direction of imports (STYLE.md): domain is pure Python; documents know neither
the database nor Qt; services and the store never import Qt; the UI runs no SQL (it
imports neither SQLAlchemy nor the store: services hand it plain values); and no
module imports itself round a circle."""
import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "workstation"


def _type_checking_only(tree: ast.AST) -> set[int]:
    """Ids of the import nodes under ``if TYPE_CHECKING:`` (annotations only, never run)."""
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    return skip


def _import_nodes(path: Path):
    """Every import the module runs, at the top or inside a function (a deferred
    import is still an arrow: it only hides a circle until the function runs)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_only(tree)
    return [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)) and id(n) not in skip]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in _import_nodes(path):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif node.module:
            names.add(node.module)
    return names


# The service wings (STYLE.md's services/ floor, split by what officers do: intake,
# decide, servicing, printing, after the loan, operations, the portfolio) around the shared core (services: the
# session, audit, visibility, retries), and the demo that drives them all.
WINGS = ("services", "intake", "decide", "servicing", "printing", "aftercare", "operations", "portfolio", "demo")
UPPER = tuple(f"workstation.{w}" for w in WINGS) + ("workstation.ui", "workstation.commands", "workstation.cli")

RULES = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "reportlab", "workstation.store", "workstation.documents") + UPPER,
    "documents": ("PySide6", "sqlalchemy", "alembic", "workstation.store") + UPPER,
    **{wing: ("PySide6", "workstation.ui", "workstation.commands", "workstation.cli") for wing in WINGS},
    "store": ("PySide6", "reportlab", "workstation.documents") + UPPER,
    "ui": ("sqlalchemy", "alembic", "workstation.store"),
}


@pytest.mark.parametrize("layer", sorted(RULES))
def test_imports_go_one_way(layer):
    bad = []
    for path in sorted((PKG / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in RULES[layer]):
                bad.append(f"{path.relative_to(PKG)} imports {name}")
    assert bad == []


# -- no circles -----------------------------------------------------------------------------------

def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """module -> the package's modules it imports (``from pkg import mod`` names the
    module ``pkg.mod``; ``from mod import name`` names ``mod``)."""
    paths = {_module_name(p): p for p in PKG.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for mod, path in paths.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        out = set()
        for node in _import_nodes(path):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                base = node.module or ""
                if node.level:
                    up = package.split(".")[:len(package.split(".")) - node.level + 1]
                    base = ".".join(up + ([base] if base else []))
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in paths else base for a in node.names]
            for name in targets:
                while name and name not in paths:       # a name inside a module: the module
                    name = name.rpartition(".")[0]
                if name and name != mod:
                    out.add(name)
        graph[mod] = out
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def test_cycle_finder_finds_a_circle():
    """The finder itself: a deferred import closing a loop is a circle."""
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_import_graph_sees_deferred_and_relative_imports():
    graph = import_graph()
    assert "workstation.domain.consistency" in graph["workstation.domain.features"]
    assert "workstation.ui.loans.loan_menu" in graph["workstation.ui.loans.loan_screen"]      # imported inside install()


def test_no_import_circles():
    assert cycles(import_graph()) == []


# -- no folder holds the house (issue 14) ---------------------------------------------------------

def _code_lines(path: Path) -> int:
    """Lines that are code: blank lines and comment-only lines are not counted."""
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.lstrip().startswith("#"))


def folder_shares() -> dict[str, float]:
    """Each folder's share of the package's code, counting the modules directly in it
    (a sub-package is a folder of its own)."""
    lines: dict[str, int] = {}
    for path in PKG.rglob("*.py"):
        folder = str(path.parent.relative_to(PKG.parent))
        lines[folder] = lines.get(folder, 0) + _code_lines(path)
    total = sum(lines.values())
    return {folder: n / total for folder, n in lines.items()}


def test_no_folder_holds_more_than_a_fifth_of_the_code():
    shares = folder_shares()
    assert len(shares) > 10
    assert {f: round(s, 3) for f, s in shares.items() if s > 0.20} == {}
