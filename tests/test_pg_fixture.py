"""Without PostgreSQL's binaries the postgresql variants of the store tests skip, and say why;
with CAREERBOT_REQUIRE_POSTGRES=1 (CI) they fail instead: a missing install cannot pass as
green."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_without_postgres(tmp_path: Path, require: bool) -> subprocess.CompletedProcess:
    plugin = tmp_path / "no_postgres.py"
    plugin.write_text("import tests.conftest as c\nc.PG_INITDB = '/nonexistent/*/bin/initdb'\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    env.pop("CAREERBOT_REQUIRE_POSTGRES", None)
    if require:
        env["CAREERBOT_REQUIRE_POSTGRES"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no_postgres", "-p", "no:cacheprovider", "-rs",
         "tests/test_store_migrations.py", "-k", "failing or copies"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("require", [False, True])
def test_postgresql_variants_skip_or_fail_without_postgresql(tmp_path, require):
    out = run_without_postgres(tmp_path, require)
    if require:
        assert out.returncode == 1, out.stdout
        assert "CAREERBOT_REQUIRE_POSTGRES=1" in out.stdout and " 2 errors" in out.stdout
        assert "1 passed" in out.stdout  # the SQLite variant still ran
    else:
        assert out.returncode == 0, out.stdout
        assert "1 passed, 2 skipped" in out.stdout
        assert "PostgreSQL is not installed" in out.stdout
