"""The package's shape: no import cycle, and every layer imports only what it may.

Every module of ``installer_app`` is parsed (never imported) and every import it holds counts:
at the top, under ``if TYPE_CHECKING:``, inside a function, and ``importlib.import_module`` with
a literal name (``f"{__name__}.x"`` included). The layers' rules:

- ``domain`` imports nothing of ours but ``domain``, and no Qt;
- ``services``, ``rainbow``, ``pbx`` and ``storage`` never import Qt, ``ui``, ``cli`` or
  ``harness``;
- ``ui`` never imports httpx or keyring (it goes through the services);
- only ``harness`` and ``cli`` import ``harness`` (the self-test drives the screens, never the
  reverse).

And every module stays readable: at most 400 lines, every function at most 60.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "installer_app"

#: Import cycles tolerated for now, each given by its modules (none left).
KNOWN_CYCLES: frozenset[frozenset[str]] = frozenset()

#: Functions allowed over the size limit for now, each as "module.qualified_name".
LONG_FUNCTIONS_ALLOWED: frozenset[str] = frozenset()

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60

QT = ("PySide6", "shiboken6", "qasync")
LOWER_LAYERS = ("services", "rainbow", "pbx", "storage")


@dataclass(frozen=True)
class Import:
    """One import statement's target, as a dotted name, and where it is."""

    module: str
    target: str
    line: int

    def __str__(self) -> str:
        return f"{self.module} (line {self.line}) imports {self.target}"


def module_names(root: Path, package: str = PACKAGE) -> dict[str, Path]:
    """Every module of ``package`` under ``root``: dotted name -> file."""
    found: dict[str, Path] = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _literal_name(node: ast.expr, module: str) -> str | None:
    """The module name an ``import_module`` argument spells, when it is written out."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        text = []
        for part in node.values:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                text.append(part.value)
            elif isinstance(part.value, ast.Name) and part.value.id == "__name__":
                text.append(module)
            else:
                return None  # built from a variable: not knowable here
        return "".join(text)
    return None


def _is_import_module(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name == "import_module" and bool(call.args)


def imports_of(module: str, path: Path) -> Iterator[Import]:
    """Every import in ``path`` (module ``module``), wherever it is written."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".") if is_package else module.split(".")[:-1]
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                # "from a import b": b is a module or a name in a; resolved against the modules.
                yield Import(module, f"{base}.{alias.name}", node.lineno)
        elif isinstance(node, ast.Call) and _is_import_module(node):
            name = _literal_name(node.args[0], module)
            if name is not None:
                yield Import(module, name, node.lineno)


def all_imports(root: Path = ROOT, package: str = PACKAGE) -> list[Import]:
    """Every import of every module of ``package``."""
    return [
        found
        for module, path in module_names(root, package).items()
        for found in imports_of(module, path)
    ]


def resolve(target: str, modules: dict[str, Path]) -> str | None:
    """The module of ours that ``target`` names (its longest known prefix), or None."""
    name = target
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def import_graph(root: Path = ROOT, package: str = PACKAGE) -> dict[str, dict[str, int]]:
    """module -> {imported module of ours -> line of the first such import}."""
    modules = module_names(root, package)
    graph: dict[str, dict[str, int]] = {name: {} for name in modules}
    for found in all_imports(root, package):
        target = resolve(found.target, modules)
        if target is not None and target != found.module:
            graph[found.module].setdefault(target, found.line)
    return graph


def strongly_connected(graph: dict[str, dict[str, int]]) -> list[frozenset[str]]:
    """The graph's cycles, each as the set of modules that import one another (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in graph[node]:
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            members = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.add(member)
                if member == node:
                    break
            if len(members) > 1:
                found.append(frozenset(members))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def describe(cycle: frozenset[str], graph: dict[str, dict[str, int]]) -> str:
    """One concrete loop through ``cycle``, with the line of each import."""
    start = min(cycle)
    paths: dict[str, list[str]] = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for successor in sorted(graph[node]):
            if successor == start:
                loop = [*paths[node], start]
                steps = [f"{a} (line {graph[a][b]})" for a, b in pairwise(loop)]
                return " -> ".join([*steps, start])
            if successor in cycle and successor not in paths:
                paths[successor] = [*paths[node], successor]
                queue.append(successor)
    return ", ".join(sorted(cycle))


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _top(target: str) -> str:
    return target.partition(".")[0]


def violations(rule: str, imports: list[Import]) -> list[str]:
    """The imports that break ``rule``, one line each."""
    bad: list[Import] = []
    for found in imports:
        layer, target = _layer(found.module), found.target
        ours = _top(target) == PACKAGE
        if rule == "domain" and layer == "domain":
            broken = (ours and _layer(target) not in ("", "domain")) or _top(target) in QT
        elif rule == "lower" and layer in LOWER_LAYERS:
            broken = _top(target) in QT or (ours and _layer(target) in ("ui", "cli", "harness"))
        elif rule == "ui" and layer == "ui":
            broken = _top(target) in ("httpx", "keyring")
        elif rule == "harness":
            broken = ours and _layer(target) == "harness" and layer not in ("harness", "cli")
        else:
            broken = False
        if broken:
            bad.append(found)
    return [str(found) for found in bad]


def _functions(tree: ast.Module) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Every function and method of ``tree``, nested ones included, with its qualified name."""

    def walk(
        node: ast.AST, prefix: str
    ) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                yield f"{prefix}{child.name}", child
                yield from walk(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                yield from walk(child, f"{prefix}{child.name}.")
            else:
                yield from walk(child, prefix)

    yield from walk(tree, "")


def oversized(root: Path = ROOT, package: str = PACKAGE) -> list[str]:
    """The modules over :data:`MAX_MODULE_LINES` and functions over :data:`MAX_FUNCTION_LINES`.

    A function counts from its ``def`` line to its last line, docstring and blank lines included.
    """
    found: list[str] = []
    for module, path in module_names(root, package).items():
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            found.append(f"{module}: {lines} lines (at most {MAX_MODULE_LINES})")
        for name, node in _functions(ast.parse(text, str(path))):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(
                    f"{module}.{name} (line {node.lineno}): {length} lines "
                    f"(at most {MAX_FUNCTION_LINES})"
                )
    return found


# -- the package --------------------------------------------------------------------------------


def test_the_package_has_no_import_cycle() -> None:
    graph = import_graph()
    cycles = [c for c in strongly_connected(graph) if c not in KNOWN_CYCLES]
    assert not cycles, "import cycles:\n" + "\n".join(describe(c, graph) for c in cycles)


def test_every_tolerated_cycle_still_exists() -> None:
    found = set(strongly_connected(import_graph()))
    stale = [sorted(c) for c in KNOWN_CYCLES if c not in found]
    assert not stale, f"no longer a cycle: remove it from KNOWN_CYCLES: {stale}"


@pytest.mark.parametrize(
    ("rule", "meaning"),
    [
        ("domain", "domain imports only domain, and no Qt"),
        ("lower", "services, rainbow, pbx and storage import no Qt, ui, cli or harness"),
        ("ui", "ui imports neither httpx nor keyring"),
        ("harness", "only harness and cli import harness"),
    ],
)
def test_layer_rule(rule: str, meaning: str) -> None:
    bad = violations(rule, all_imports())
    assert not bad, f"{meaning}:\n" + "\n".join(bad)


def test_no_module_or_function_is_too_long() -> None:
    allowed = {f"{name} " for name in LONG_FUNCTIONS_ALLOWED}
    bad = [line for line in oversized() if not any(line.startswith(a) for a in allowed)]
    assert not bad, "split these along their natural seams:\n" + "\n".join(bad)


def test_every_allowed_long_function_is_still_long() -> None:
    long_ones = {line.partition(" ")[0] for line in oversized()}
    stale = sorted(LONG_FUNCTIONS_ALLOWED - long_ones)
    assert not stale, f"no longer too long: remove it from LONG_FUNCTIONS_ALLOWED: {stale}"


def test_the_walk_sees_the_whole_package() -> None:
    modules = module_names(ROOT)
    assert {"installer_app.ui.wizard", "installer_app.harness.selftest"} <= set(modules)
    assert "installer_app.ui.pages.company" in import_graph()["installer_app.ui.pages.catalogue"]


# -- the checks themselves, on a package made for them -------------------------------------------


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_cycles_through_type_checking_functions_and_import_module_are_found(
    tmp_path: Path,
) -> None:
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "import typing\nif typing.TYPE_CHECKING:\n    from pkg.b import B\n",
            "pkg/b.py": "def f():\n    from . import c\n",
            "pkg/c.py": "import importlib\nimportlib.import_module('pkg.a')\n",
            "pkg/d.py": "import importlib\nimportlib.import_module(f'{__name__}_e')\n",
            "pkg/d_e.py": "import pkg.d\n",
            "pkg/f.py": "from pkg.a import something\n",
        },
    )
    graph = import_graph(tmp_path, "pkg")
    assert sorted(sorted(c) for c in strongly_connected(graph)) == [
        ["pkg.a", "pkg.b", "pkg.c"],
        ["pkg.d", "pkg.d_e"],
    ]
    assert describe(frozenset({"pkg.a", "pkg.b", "pkg.c"}), graph) == (
        "pkg.a (line 3) -> pkg.b (line 2) -> pkg.c (line 2) -> pkg.a"
    )


def test_layer_rules_catch_hidden_imports(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "installer_app/__init__.py": "",
            "installer_app/domain/plan.py": "def f():\n    from PySide6 import QtCore\n",
            "installer_app/services/x.py": "if False:\n    import installer_app.ui.app\n",
            "installer_app/ui/page.py": "from keyring import get_password\n",
            "installer_app/ui/ok.py": "from installer_app.domain import plan\n",
            "installer_app/sandbox/y.py": "from installer_app.harness import selftest\n",
            "installer_app/cli/z.py": "from installer_app.harness import selftest\n",
        },
    )
    imports = all_imports(tmp_path)
    assert violations("domain", imports) == [
        "installer_app.domain.plan (line 2) imports PySide6.QtCore"
    ]
    assert violations("lower", imports) == [
        "installer_app.services.x (line 2) imports installer_app.ui.app"
    ]
    assert violations("ui", imports) == [
        "installer_app.ui.page (line 1) imports keyring.get_password"
    ]
    assert violations("harness", imports) == [
        "installer_app.sandbox.y (line 1) imports installer_app.harness.selftest"
    ]


def test_oversized_names_every_long_module_and_function(tmp_path: Path) -> None:
    def function(header: str, lines: int, indent: str = "") -> str:
        """A function of exactly ``lines`` lines, its ``def`` line included."""
        body = "".join(f"{indent}    x{i} = {i}\n" for i in range(lines - 1))
        return f"{indent}{header}\n{body}"

    _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/fits.py": function("def fits():", 60) + "\n" * (400 - 60),
            "pkg/long.py": (
                function("def top():", 61)  # lines 1-61
                + "class K:\n"  # line 62
                + function("async def method(self):", 61, "    ")  # lines 63-123
                + "\n" * 277  # 400 lines so far
                + "x = 1\n"
            ),
        },
    )
    assert oversized(tmp_path, "pkg") == [
        "pkg.long: 401 lines (at most 400)",
        "pkg.long.top (line 1): 61 lines (at most 60)",
        "pkg.long.K.method (line 63): 61 lines (at most 60)",
    ]
