"""Quality gate for event coding: floors measured on annotated data, beside a hash of that data.

Floors sit a little below the figures of docs/benchmarks.md. Changing the annotated file fails
`test_event_data_hash` until EXPECTED_HASH and the floors are re-measured together.
"""

from __future__ import annotations

import hashlib

import pytest

from newsgraph.evaluation import _same_actor, multicoped_score, plover_score, score_events
from newsgraph.kb import load

from .conftest import ROOT

DATA = ROOT / "tests" / "data"
EXPECTED_HASH = "4530d02be2db9d96"
OWN_FLOORS = {"f1": 0.91, "precision": 0.94, "recall": 0.88, "happened_precision": 0.94, "date_accuracy": 0.97}
HELDOUT_FLOORS = {"f1": 0.80, "precision": 0.83, "recall": 0.77, "happened_precision": 0.86, "date_accuracy": 0.95}
PLOVER_FLOORS = {"f1": 0.64, "type_recall": 0.75}  # raised 2026-12-02 (later): measured 0.662 / 0.769
MULTICOPED_FLOORS = {"class_recall": 0.72, "odd_half": 0.70}


def test_people_match_by_surname():
    kb = load()
    # a name given alone ("Jammeh") is the person the gold names in full; first names do not match
    assert _same_actor(kb, "person:yahya-jammeh", "person:jammeh", None)
    assert _same_actor(kb, "person:mike-pence", "person:pence", None)
    assert not _same_actor(kb, "person:kim-jong-un", "person:kim", None)
    assert not _same_actor(kb, "person:yahya-jammeh", "person:adama-barrow", None)
    # a state in the gold is matched by any actor of that state
    assert _same_actor(kb, "IRN", "IRN.GOV", "IRN") and not _same_actor(kb, "IRN", "IRQ.GOV", "IRQ")


def test_event_data_hash():
    h = hashlib.sha256()
    for name in ("events_own.txt", "events_heldout.txt"):
        h.update((DATA / name).read_bytes())
    assert h.hexdigest()[:16] == EXPECTED_HASH, "event data changed: re-measure, then update EXPECTED_HASH and floors"


@pytest.fixture(scope="module")
def own(pipeline):
    return score_events(DATA, pipeline)


@pytest.mark.parametrize("measure", list(OWN_FLOORS))
def test_own_sentences_floor(own, measure):
    assert own[measure] >= OWN_FLOORS[measure], f"{measure} fell to {own[measure]} (floor {OWN_FLOORS[measure]})"


@pytest.fixture(scope="module")
def heldout(pipeline):
    return score_events(DATA, pipeline, name="events_heldout.txt")


@pytest.mark.parametrize("measure", list(HELDOUT_FLOORS))
def test_heldout_sentences_floor(heldout, measure):
    floor = HELDOUT_FLOORS[measure]
    assert heldout[measure] >= floor, f"held-out {measure} fell to {heldout[measure]} (floor {floor})"


def test_multicoped_class_recall_floor(pipeline, shared_data):
    got = multicoped_score(shared_data, pipeline)
    for measure, floor in MULTICOPED_FLOORS.items():
        assert got[measure] >= floor, f"Multi-CoPED {measure} fell to {got[measure]} (floor {floor})"


def test_plover_gold_standard_floor(pipeline, shared_data):
    got = plover_score(shared_data, pipeline)
    for measure, floor in PLOVER_FLOORS.items():
        assert got[measure] >= floor, f"PLOVER {measure} fell to {got[measure]} (floor {floor})"


def test_event_matching_is_one_to_one_and_largest():
    from newsgraph.evaluation import _matching

    # the first system event fits both gold events; taking gold 0 greedily would leave the second unmatched
    assert _matching([[0, 1], [0]]) == [1, 0]
    assert _matching([[0], [0], []]) in ([0, None, None], [None, 0, None])
    assert _matching([]) == []
