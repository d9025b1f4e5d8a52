"""One way to print rows, shared by every listing command: ``--format table|json|jsonl|csv|parquet``.

The default is ``table`` when stdout is a terminal and ``json`` when it is piped or redirected, so
``newsgraph search iran | jq`` just works. Data goes to stdout; diagnostics never do.
"""

from __future__ import annotations

import csv
import io
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
    collected = list(rows)
    if fmt is Format.json:
        json.dump(collected, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt is Format.parquet:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist([{k: _cell(v) for k, v in r.items()} for r in collected])
        sink = binary_out or sys.stdout.buffer
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        sink.write(buffer.getvalue())
        sink.flush()
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
