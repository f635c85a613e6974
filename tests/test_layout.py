"""The shape of the package: data flows text → tokens → Dateline → check or format, never
backwards. The imports say so: no cycles, nothing imports a later stage, and ``import
datelines`` loads only what converting needs."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

import datelines
from support import ROOT

PACKAGE = ROOT / "src" / "datelines"

# Stages, in the order data flows; a module may import its own stage or an earlier one.
STAGES = [
    (
        "errors",
        "hijri",
        "names",
        "_jsontext",
        "_textfile",
        "_html",
        "_markdown",
    ),  # words and values (and a page's text, a draft's prose)
    ("calendars", "dateline", "_types", "_places"),  # calendars, the reader's values, places' authorities
    ("_convert", "_bulk", "_evenings", "_read"),  # converting (a date, or a column of them) and reading
    ("_write", "_check"),  # writing and checking what was read
    ("records", "batch", "_heap", "strategies", "serve", "pandas"),  # applications (and a long run's heap)
    ("cli", "__main__"),
]
# Within a stage, the writer and the checker know nothing of each other.
APART = {("_write", "_check"), ("_check", "_write")}


def _module(path: object) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")  # type: ignore[attr-defined]
    parts = list(relative.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _imports() -> dict[str, list[tuple[str, bool]]]:
    """Each module's imports of the package: (module, at the top level or not). Imports
    that only type checkers run (under ``if TYPE_CHECKING``) are left out."""
    found: dict[str, list[tuple[str, bool]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        checking = {id(node) for block in ast.walk(tree) if isinstance(block, ast.If)
                    and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING"
                    for node in ast.walk(block)}  # fmt: skip
        top = {id(node) for node in tree.body}
        edges = []
        for node in ast.walk(tree):
            if id(node) in checking:
                continue
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                # "from .. import x": x is a module of the package, or a name it defines.
                targets = (
                    [target]
                    if node.module
                    else [
                        f"{target}.{a.name}" if _is_module(f"{target}.{a.name}") else target
                        for a in node.names
                    ]
                )
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            for target in targets:
                if target == "datelines" or target.startswith("datelines."):
                    edges.append((target, id(node) in top))
        found[name] = edges
    return found


def _stage(module: str) -> tuple[int, str]:
    part = module.split(".")[1] if "." in module else "__init__"
    for index, names in enumerate(STAGES):
        if part in names:
            return index, part
    raise AssertionError(f"{module} is in no stage: add it to STAGES")


def test_nothing_imports_a_later_stage() -> None:
    wrong = []
    for module, edges in _imports().items():
        if module == "datelines":
            continue  # the public API re-exports everything, lazily
        here, part = _stage(module)
        for target, _ in edges:
            if target == "datelines":
                continue
            there, other = _stage(target)
            if there > here or (part, other) in APART:
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_no_import_cycles() -> None:
    graph = {module: {t for t, top in edges if top and t != module} for module, edges in _imports().items()}
    seen: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> None:
        seen[module] = 1
        for target in graph.get(module, ()):
            if seen.get(target) == 1:
                raise AssertionError(" → ".join([*path, module, target]))
            if target not in seen:
                visit(target, [*path, module])
        seen[module] = 2

    for module in graph:
        if module not in seen:
            visit(module, [])


def test_import_datelines_stays_light() -> None:
    # The 30 ms budget is measured in benchmarks/bench_convert.py; what keeps it is that
    # nothing heavy is loaded until it is used.
    coverage = sys.modules.get("coverage")
    if coverage is not None and coverage.Coverage.current() is not None:
        pytest.skip(
            "under coverage every interpreter loads coverage's own modules; the plain run checks this"
        )
    code = "import sys, datelines; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    ours = sorted(m for m in loaded if m.startswith("datelines"))
    assert ours == ["datelines", "datelines._convert", "datelines.calendars", "datelines.calendars.base",
                    "datelines.errors", "datelines.hijri"]  # fmt: skip
    assert not loaded & {"hijridate", "dateutil", "dataclasses", "typing", "json", "multiprocessing"}
    # Columns at once need NumPy, and pandas or Arrow for their columns: none loads with datelines.
    assert not loaded & {"numpy", "pandas", "pyarrow"}


def test_the_public_api_is_what_all_says() -> None:
    for name in datelines.__all__:
        assert getattr(datelines, name) is not None
    private = [name for name in datelines.__all__ if name.startswith("_") and name != "__version__"]
    assert private == []


def test_the_server_extra_loads_only_when_serving() -> None:
    # `import datelines`, the service's settings and the whole command line's parser (the
    # `serve` subcommand included) run without the framework or the server being imported.
    coverage = sys.modules.get("coverage")
    if coverage is not None and coverage.Coverage.current() is not None:
        pytest.skip(
            "under coverage every interpreter loads coverage's own modules; the plain run checks this"
        )
    code = (
        "import sys, datelines, datelines.serve\n"
        "from datelines.cli import parser\n"
        "parser().parse_args(['serve', '--port', '8001'])\n"
        "print(' '.join(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = {name.partition(".")[0] for name in done.stdout.split()}
    assert not loaded & {"starlette", "uvicorn", "anyio", "httpx2", "h11"}
