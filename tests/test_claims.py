"""Claims: attribution, stance, links to events, and propositions across a real store."""

from __future__ import annotations

import json

import pytest

from newsgraph.model import Document
from newsgraph.pipeline.claims import _quotes

from .conftest import run_cli

SPEAKERS = {  # done-when of the claims issue: sample → speakers whose claims must be found
    "000": {"person:sergei-ivanov", "person:ali-khamenei", "person:mike-pompeo"},
    "001": {"person:alexey-dedov", "person:zubair-mahmood-hayat"},
    "002": {"person:laurent-fabius", "person:hossein-amir-abdollahian", "person:michael-morell"},
    "004": {"person:mohammad-hanif-atmar", "USA.MIL"},
}


def claims_of(pipeline, text: str) -> Document:
    [doc] = list(pipeline.pipe([Document(id="t", text="", raw_text=text)]))
    return doc


@pytest.fixture(scope="module")
def samples(shared_samples, pipeline):
    from newsgraph.ingest.readers import read_paths

    return {d.origin.rsplit("/", 1)[1][:3]: d for d in pipeline.pipe(read_paths(map(str, shared_samples)))}


def test_samples_speakers(samples):
    for name, speakers in SPEAKERS.items():
        found = {c.speaker for c in samples[name].claims}
        assert speakers <= found, (name, speakers - found)


def test_sample_stances(samples):
    by = {(c.speaker, c.cue.text): c for d in samples.values() for c in d.claims}
    # the cue holds the adverb before the verb, as PolNeAR marks cues
    assert by[("USA", "vehemently rejects")].stance == "deny"
    assert by[("PAK.GOV", "deny")].stance == "deny"
    assert by[("person:hossein-amir-abdollahian", "denied")].stance == "deny"
    assert by[("person:ali-khamenei", "claimed")].stance == "assert"
    for d in samples.values():
        for c in d.claims:
            assert d.text[c.content.start:c.content.end] == c.content.text
            assert c.cue.text == d.text[c.cue.start:c.cue.end]


def test_accusation_links_its_alleged_event(samples):
    [claim] = [c for c in samples["001"].claims if c.cue.text == "accuse"]
    events = {e.id: e for e in samples["001"].events}
    assert any(events[i].type == "SUPPORT" and events[i].sources == ["USA"] for i in claim.events)
    assert all(claim.id in events[i].claims for i in claim.events)  # linked both ways


def test_direct_quote_forms(pipeline):
    doc = claims_of(pipeline, '"We will not negotiate," Lavrov said. Zarif said: "The sanctions are illegal." '
                              '"This is a mistake," said Mike Pompeo, "and we will respond."')
    quotes = [(c.speaker, c.content.text, c.quote_type) for c in doc.claims if c.quote_type == "direct"]
    # a direct quote's content keeps its marks, as PolNeAR and PARC mark it
    assert ("person:sergei-lavrov", '"We will not negotiate,"', "direct") in quotes
    assert ("person:mohammad-javad-zarif", '"The sanctions are illegal."', "direct") in quotes
    # an attribution in the middle of a quote: one claim over both halves
    assert ("person:mike-pompeo", '"This is a mistake," said Mike Pompeo, "and we will respond."', "direct") in quotes
    assert len(quotes) == 3


def test_quote_running_on_is_one_claim_and_fragments_are_mixed(pipeline):
    doc = claims_of(pipeline, '“Iran has never sought war,” Zarif said in Tehran. “We will defend ourselves.”\n\n'
                              'Lavrov said the talks were “a complete waste of everyone’s time.”')
    direct = [c for c in doc.claims if c.quote_type == "direct"]
    assert [c.content.text for c in direct] == ["“Iran has never sought war,” Zarif said in Tehran. "
                                                "“We will defend ourselves.”"]
    mixed = [c for c in doc.claims if c.quote_type == "mixed"]
    assert [(c.speaker, c.content.text) for c in mixed] == [
        ("person:sergei-lavrov", "the talks were “a complete waste of everyone’s time.”")]


def test_words_before_a_quoted_fragment_open_the_content(pipeline):
    doc = claims_of(pipeline, 'Lavrov called the statement “offensive and outlandish.” Zarif accused '
                              'Washington of “economic terrorism against our people.”')
    got = {(c.cue.text, c.content.text, c.quote_type) for c in doc.claims}
    assert ("called", "the statement “offensive and outlandish.”", "mixed") in got
    assert ("accused", "Washington of “economic terrorism against our people.”", "mixed") in got
    # a place or a time between the cue and a whole quote is not content: the quote stays direct
    doc = claims_of(pipeline, 'Zarif said in Tehran: “The sanctions are illegal and will fail.”')
    assert [(c.content.text, c.quote_type) for c in doc.claims] == [
        ("“The sanctions are illegal and will fail.”", "direct")]


def test_a_paragraph_ends_a_sentence(pipeline):
    doc = claims_of(pipeline, "Lavrov said the talks had failed\n\n12:45 p.m.\n\nThe ministers left Geneva.")
    [claim] = doc.claims
    assert claim.content.text == "the talks had failed"


def test_doubled_apostrophes_are_quotation_marks(pipeline):
    doc = claims_of(pipeline, "''We will not pay for the wall,'' Mr. Fox said. The senator referred to the deal "
                              "as a betrayal.")
    got = {(c.cue.text, c.content.text, c.quote_type) for c in doc.claims}
    assert ("said", "''We will not pay for the wall,''", "direct") in got
    assert "referred to" in {cue for cue, _, _ in got}  # a cue verb PolNeAR train marks two times in three


def test_indirect_and_according_to(pipeline):
    doc = claims_of(pipeline, "Pakistan's foreign ministry said that the allegations were baseless. According to "
                              "Reuters, the talks collapsed. India denied sending troops across the border.")
    kinds = {(c.speaker, c.cue.text, c.stance) for c in doc.claims}
    assert ("PAK.GOV", "said", "assert") in kinds
    assert ("MEDIA.REUTERS", "According to", "assert") in kinds
    assert ("IND", "denied", "deny") in kinds
    # calling a thing something is saying it; calling a meeting is not
    doc = claims_of(pipeline, "London called the seizure illegal. Paris called a meeting of the council.")
    assert [(c.speaker, c.content.text) for c in doc.claims] == [("GBR", "the seizure illegal")]


def test_quote_verbs_colons_and_the_sentence_after_a_quote(pipeline):
    doc = claims_of(pipeline, '“We will not leave,” Zarif continued. Lavrov continued to criticise the plan. '
                              'The army chief shot back: “This is a lie and everyone knows it.” He said:\n\n'
                              '“The sanctions are illegal and they will fail.”\n\n“Who gave that order?” Pompeo said.')
    got = [(c.cue.text, c.speaker, c.content.text) for c in doc.claims if c.quote_type == "direct"]
    assert ("continued", "person:mohammad-javad-zarif", "“We will not leave,”") in got
    assert ("shot back:", None, "“This is a lie and everyone knows it.”") in got
    # a colon opens a quote in the next paragraph; "He" is resolved to the last speaker it can be
    assert ("said:", "person:mike-pompeo", "“The sanctions are illegal and they will fail.”") not in got
    assert [c for c in got if c[0] == "said:" and c[2].startswith("“The sanctions")]
    # the parser ends a sentence at “?”: the short sentence after it is the attribution
    assert ("said", "person:mike-pompeo", "“Who gave that order?”") in got
    assert not any("continued to" in c.cue.text for c in doc.claims)  # "continued to criticise" reports nothing


def test_asides_passive_agents_and_relative_speakers(pipeline):
    doc = claims_of(pipeline, "As Reuters reported, the talks in Geneva collapsed on Monday. The ceasefire, Lavrov "
                              "said, is holding. The meeting was first reported by Politico. Bernie Sanders, who "
                              "endorsed Hillary Clinton, spoke on Wednesday.")
    got = {(c.cue.text, c.speaker, c.content.text) for c in doc.claims}
    assert ("reported", "MEDIA.REUTERS", "the talks in Geneva collapsed on Monday") in got
    # an aside's content is the clause around it, both parts, as PolNeAR marks it
    assert ("said", "person:sergei-lavrov", "The ceasefire, Lavrov said, is holding") in got
    assert ("was first reported", "org:politico", "The meeting") in got
    [denied] = claims_of(pipeline, "The reports were denied by the Kremlin.").claims
    assert (denied.speaker, denied.content.text, denied.stance) == ("RUS.GOV", "The reports", "deny")
    # the speaker span stays "who" (PolNeAR's source); its actor is the one the pronoun stands for
    [endorsed] = [c for c in doc.claims if c.cue.text == "endorsed"]
    assert endorsed.speaker_span.text == "who" and endorsed.speaker == "person:bernie-sanders"


def test_calls_the_parser_splits_differently(pipeline):
    doc = claims_of(pipeline, "Clinton is calling for the United States to step up military efforts. Lavrov called "
                              "the plan “a recipe for a new war in the region.” Paris called a meeting of the council.")
    got = {(c.cue.text, c.content.text) for c in doc.claims}
    # "for" parsed as the mark of a clause, and a quote parsed as an apposition of the object
    assert ("is calling for", "the United States to step up military efforts") in got
    assert ("called", "the plan “a recipe for a new war in the region.”") in got
    assert len(got) == 2


def test_unbalanced_and_multi_paragraph_quotes():
    text = '“The first part of a long quote\n\n“and its second paragraph,” he said.\n\nAn “unclosed quote here'
    spans = [text[s:e] for s, e in _quotes(text)]
    assert spans[0].startswith("The first part") and "its second paragraph" in spans[1]
    assert spans[-1] == "unclosed quote here"
    assert _quotes('no quotes at all') == [] and _quotes('"') == []


@pytest.mark.slow
def test_contradiction_us_and_isis_from_the_samples(shared_samples, tmp_path):
    db = str(tmp_path / "c.db")
    assert run_cli("ingest", str(shared_samples[0].parent), "--db", db).returncode == 0
    rows = json.loads(run_cli("contradictions", "--db", db).stdout)
    [us] = [r for r in rows if r["proposition"] == "USA|SUPPORT|ISIS"]
    assert set(us["asserted_by"]) >= {"IRN", "RUS", "SYR"} and set(us["denied_by"]) == {"USA"}
    assert any(e["stance"] == "deny" and "charges" in e["content"] for e in us["evidence"])
    claims = json.loads(run_cli("claims", "--db", db, "--speaker", "Iran", "--about", "United States").stdout)
    assert claims and all(c["speaker"] for c in claims)
    denials = json.loads(run_cli("claims", "--db", db, "--denials").stdout)
    assert denials and all(c["stance"] == "deny" for c in denials)


def test_polnear_floor(pipeline, shared_data):
    """Quality gate: attribution spans on PolNeAR dev, system spans placed where they are (measured 0.741
    overlap, 0.596 exact — above Citron's 0.567 exact on PARC 3.0, below its 0.832 overlap) and at the
    first occurrence of their text as the shared scorer places them (0.559, 0.401); see docs/benchmarks.md."""
    from newsgraph.evaluation import polnear_score

    got = polnear_score(shared_data, pipeline)
    assert got["all_overlap_f1"] >= 0.72 and got["all_exact_f1"] >= 0.57, got
    assert got["content_overlap"]["precision"] >= 0.9
    first = got["first_occurrence"]
    assert first["all_overlap_f1"] >= 0.54 and first["all_exact_f1"] >= 0.38, first


CLAIMS_DATA_HASH = "cc2fb20a73eb8362"


def test_own_attributions_floor(pipeline):
    """Quality gate: speakers and stances on tests/data/claims_own.txt, development (measured: speaker 0.935
    of all 230 attributions, denial stance 1.00 of 34, found 0.996), and claims_heldout.txt, never tuned on
    (speaker 0.939 of 114, denial stance 0.929 of 14, found 0.982)."""
    import hashlib

    from newsgraph.evaluation import score_attributions

    from .conftest import ROOT

    data = ROOT / "tests" / "data"
    h = hashlib.sha256()
    for name in ("claims_own.txt", "claims_heldout.txt"):
        h.update((data / name).read_bytes())
    assert h.hexdigest()[:16] == CLAIMS_DATA_HASH, (
        "claims data changed: re-measure, then update CLAIMS_DATA_HASH and the floors")
    got = score_attributions(data, pipeline)
    assert got["attributions"] >= 200
    assert got["speaker_accuracy"] >= 0.90 and got["recall"] >= 0.97 and got["denial_stance_accuracy"] >= 0.95, got
    held = score_attributions(data, pipeline, name="claims_heldout.txt")
    assert held["attributions"] >= 100
    assert held["speaker_accuracy"] >= 0.90 and held["recall"] >= 0.96 and held["denial_stance_accuracy"] >= 0.9, held


def test_speakers_of_pronouns_possessives_and_ministries(pipeline):
    doc = claims_of(pipeline, "The Indian army denied that its troops had crossed the border. It said the reports "
                              "were false.\n\nErdogan's spokesman, Ibrahim Kalin, said Turkey would continue the "
                              "operation.\n\nThe US State Department said it was monitoring the situation.")
    speakers = [(c.cue.text, c.speaker) for c in doc.claims]
    assert ("denied", "IND.MIL") in speakers and ("said", "IND.MIL") in speakers  # "It" → the army
    assert any(s == "person:ibrahim-kalin" for _, s in speakers)  # not the possessor, Erdogan
    assert any(s == "USA.GOV" for _, s in speakers)


def test_cue_spans_as_polnear_marks_them(pipeline):
    doc = claims_of(pipeline, 'The minister has also called for calm. Zarif said: "We will not negotiate under '
                              'pressure." Half of the wells remain closed, she said, and prices keep rising.')
    cues = [c.cue.text for c in doc.claims]
    assert "has also called for" in cues and "said:" in cues
    aside = next(c for c in doc.claims if c.cue.text == "said" and c.quote_type == "indirect")
    assert aside.content.text == "Half of the wells remain closed"
    # an adverb before the verb is the cue's, a preposition the cue took is not the content's
    doc = claims_of(pipeline, "The ambassador wrongly claimed that the border was closed. The union calls for "
                              "a general strike.")
    assert {(c.cue.text, c.content.text) for c in doc.claims} == {
        ("wrongly claimed", "that the border was closed"), ("calls for", "a general strike")}


def test_state_media_officials_in_a_capital_and_quoted_as_saying(pipeline):
    doc = claims_of(pipeline, "Iranian state media reported that three guards were killed.\n\nOfficials in Kabul said "
                              "the bomber had targeted a convoy.\n\nThe Saudi Press Agency quoted an official as "
                              "saying the kingdom would respond firmly.")
    speakers = {(c.cue.text, c.speaker) for c in doc.claims}
    assert ("reported", "IRN.GOV") in speakers and ("said", "AFG.GOV") in speakers
    assert ("quoted", "MEDIA.SPA") in speakers


def test_speaking_on_condition_of_anonymity_is_no_claim(pipeline):
    doc = claims_of(pipeline, "A senior US official, speaking on condition of anonymity, said Iran was behind the "
                              "attack.")
    assert [(c.cue.text, c.speaker) for c in doc.claims] == [("said", "USA.GOV")]
