"""One way to print rows, shared by every listing command: ``--format table|json|jsonl|csv|parquet``.

The default is ``table`` when stdout is a terminal and ``json`` when it is piped or redirected, so
``newsgraph search iran | jq`` just works. Data goes to stdout; diagnostics never do.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import IO, Any


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def default_format(stream: IO[str] | None = None) -> Format:
    stream = stream or sys.stdout
    return Format.table if stream.isatty() else Format.json


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def emit(rows: Iterable[dict[str, Any]], fmt: Format | None = None, *, columns: Sequence[str] | None = None,
         out: IO[str] | None = None, binary_out: IO[bytes] | None = None, title: str | None = None) -> int:
    """Write ``rows`` in ``fmt`` and return how many were written.

    ``jsonl`` and ``csv`` stream row by row; ``json``, ``table`` and ``parquet`` collect first.
    """
    out = out or sys.stdout
    fmt = fmt or default_format(out)
    n = 0
    if fmt is Format.jsonl:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
        return n
    if fmt is Format.csv:
        writer: csv.DictWriter[str] | None = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(columns or row.keys()), extrasaction="ignore")
                writer.writeheader()
            writer.writerow({k: _cell(v) for k, v in row.items()})
            n += 1
        return n
    if fmt is Format.parquet:
        return _write_parquet(rows, binary_out or sys.stdout.buffer)
    collected = list(rows)
    if fmt is Format.json:
        json.dump(collected, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    else:
        from rich.console import Console
        from rich.table import Table

        table_view = Table(title=title, show_lines=False)
        cols = list(columns or (collected[0].keys() if collected else []))
        for col in cols:
            table_view.add_column(col, overflow="fold")
        for row in collected:
            table_view.add_row(*("" if row.get(c) is None else str(_cell(row.get(c))) for c in cols))
        Console(file=out, width=None if out.isatty() else 200).print(table_view)
    return len(collected)


def _write_parquet(rows: Iterable[dict[str, Any]], sink: IO[bytes], batch_rows: int = 5000) -> int:
    """Stream ``rows`` into Parquet a batch at a time (memory stays flat on large exports). The schema
    comes from the first batch; a column with no value there is text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer: pq.ParquetWriter | None = None
    schema: pa.Schema | None = None
    n = 0
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer, schema
        if schema is None:
            inferred = pa.Table.from_pylist(batch).schema
            schema = pa.schema([pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in inferred])
            writer = pq.ParquetWriter(sink, schema)
        assert writer is not None
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        batch.clear()

    for row in rows:
        batch.append({k: _cell(v) for k, v in row.items()})
        n += 1
        if len(batch) >= batch_rows:
            flush()
    if batch:
        flush()
    if writer is None:
        pq.write_table(pa.table({}), sink)
    else:
        writer.close()
    sink.flush()
    return n
