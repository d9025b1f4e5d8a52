"""Shared fixtures: the real spaCy pipeline (loaded once), real SQLite files, ../shared when present."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "samples"
CORPUS = ROOT / "samples" / "corpus"


@pytest.fixture(scope="session")
def shared_samples() -> list[Path]:
    files = sorted(SAMPLES.glob("*.txt"))
    if not files:
        pytest.skip(f"../shared/samples is absent ({SAMPLES}); these tests need the five real articles")
    return files


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip(f"../shared/data is absent ({SHARED / 'data'}); these tests need the annotated data")
    return SHARED / "data"


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture
def store(tmp_path):
    from newsgraph.store import Store

    with Store(tmp_path / "store.db") as s:
        yield s


def run_cli(*args: str, input: bytes | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[bytes]:
    """Run the real `newsgraph` command in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], input=input, capture_output=True,
                          env=full_env, cwd=cwd, timeout=timeout)
