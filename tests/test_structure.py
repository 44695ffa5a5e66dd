"""The shape of knowledge/: two halves with arrows one way, and no import cycle anywhere."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imports_of(path: Path, package: str) -> set[str]:
    """Modules of the project that a file imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = package.split(".")
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            candidates = [name] + [f"{name}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            candidates = [a.name for a in node.names]
        else:
            continue
        found |= {c for c in candidates if c.split(".")[0] in ("knowledge", "bot")}
    return found


def module_graph() -> dict[str, set[str]]:
    modules: dict[str, Path] = {}
    for top in ("knowledge", "bot"):
        for path in (ROOT / top).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        targets = set()
        for imported in imports_of(path, package + ".x"):
            # "from .x import y" may name a module or a name in one: keep what is a module.
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def test_no_import_cycle():
    graph = module_graph()
    seen: dict[str, int] = {}  # 1 on the path, 2 done

    def visit(node: str, path: list[str]) -> None:
        seen[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if seen.get(nxt) == 1:
                cycle = path[path.index(nxt) :] + [nxt] if nxt in path else [node, nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in seen:
                visit(nxt, [*path, nxt])
        seen[node] = 2

    for node in sorted(graph):
        if node not in seen:
            visit(node, [node])


def test_knowledge_never_imports_bot_and_answering_never_imports_the_compiler():
    graph = module_graph()
    for name, targets in graph.items():
        if name.startswith("knowledge"):
            assert not any(t.startswith("bot") for t in targets), (name, targets)
        if name.startswith(("knowledge.engine", "knowledge.text")) or name == "knowledge.quiz":
            assert not any(t.startswith("knowledge.compiler") for t in targets), (name, targets)
            assert "knowledge.open" not in targets, name


def test_answering_loads_no_yaml_reader_sqlite_utils_or_validation(kb_dir):
    """Opening a fresh database and answering, in a fresh process, as `careerbot ask` does:
    only the freshness check of the compiler is loaded, never what a rebuild needs."""
    probe = (
        "import sys; from knowledge.open import open_engine; "
        "from knowledge.engine.careers import jd, moves, selfdesc; "
        f"e = open_engine(__import__('pathlib').Path({str(kb_dir)!r})); "
        "a = e.answer('what does a media buyer do'); assert a.topic == 'media_buyer'; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('yaml', 'sqlite_utils') "
        "or (m.startswith('knowledge.compiler.') and m != 'knowledge.compiler.fresh')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_source_file_holds_control_characters():
    """A pattern written as "\\b" in a string that is not raw is a backspace, which matches no
    word edge: two such patterns once read nothing (session 32 found them by this scan)."""
    control = {chr(c) for c in range(32)} - {"\n", "\t", "\r"}
    found = [
        str(path.relative_to(ROOT))
        for folder in ("knowledge", "bot", "tests", "benchmarks")
        for path in (ROOT / folder).rglob("*.py")
        if control & set(path.read_text(encoding="utf-8"))
    ]
    assert not found


def test_module_constants_are_named_once():
    """A module-level constant assigned twice is replaced, silently, by the second: a pattern
    added under a name already taken changed 22 answers before the sets caught it (session 47)."""
    twice = []
    for path in sorted((ROOT / "knowledge").rglob("*.py")) + sorted((ROOT / "bot").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign):
                targets = [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and re.fullmatch(r"_?[A-Z][A-Z0-9_]*", target.id):
                    if target.id in seen:
                        twice.append(f"{path}: {target.id}")
                    seen.add(target.id)
    assert twice == []
