"""The three-way field merge (contract §3.4) as properties over random snapshots."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cs_desktop.sync.merge import merge_fields

FIELDS = ["name", "domain", "stage", "notes"]
values = st.one_of(st.none(), st.sampled_from(["", "a", "b", "long text\nwith lines", "c"]))
snapshots = st.fixed_dictionaries({name: values for name in FIELDS})


@given(snapshots, snapshots, snapshots, st.sets(st.sampled_from(FIELDS)))
def test_every_field_follows_the_three_way_rules(
    base: dict, local: dict, remote: dict, edited: set[str]
) -> None:
    result = merge_fields(base, local, remote, edited)
    conflicted = {c.field for c in result.conflicts}
    for name in FIELDS:
        b, loc, rem = base[name], local[name], remote[name]
        if loc == rem:
            assert name not in conflicted and name not in result.take_remote
            assert name not in result.keep_local
            assert (name in result.converged) == (loc != b)
        elif loc == b and name not in edited:
            assert result.take_remote[name] == rem
        elif rem == b:
            assert result.keep_local[name] == loc
        else:
            assert name in conflicted
            assert name not in result.take_remote and name not in result.keep_local


@given(snapshots, snapshots, snapshots)
def test_no_value_is_ever_invented_text_is_never_combined(
    base: dict, local: dict, remote: dict
) -> None:
    result = merge_fields(base, local, remote)
    for chosen in (result.take_remote, result.keep_local, result.converged):
        for name, value in chosen.items():
            assert value in (base[name], local[name], remote[name])
    for conflict in result.conflicts:
        assert (conflict.base, conflict.local, conflict.remote) == (
            base[conflict.field],
            local[conflict.field],
            remote[conflict.field],
        )


@given(snapshots, snapshots)
def test_disjoint_edits_both_survive(local: dict, remote: dict) -> None:
    base = dict.fromkeys(FIELDS, "base")
    mine = {**base, "name": local["name"] or "mine"}
    theirs = {**base, "domain": remote["domain"] or "theirs"}
    result = merge_fields(base, mine, theirs)
    assert result.conflicts == []
    merged = {**mine, **result.take_remote}
    assert merged["name"] == mine["name"] and merged["domain"] == theirs["domain"]


def test_fields_the_remote_does_not_carry_are_left_alone() -> None:
    result = merge_fields({"title": "a"}, {"title": "b"}, {})
    assert result.conflicts == [] and result.take_remote == {} and result.keep_local == {}


def test_a_note_edited_on_both_sides_is_a_conflict_not_a_combination() -> None:
    base = {"notes": "line one\nline two"}
    local = {"notes": "line one EDITED\nline two"}
    remote = {"notes": "line one\nline two EDITED"}
    result = merge_fields(base, local, remote)
    assert [c.field for c in result.conflicts] == ["notes"]


def test_a_field_edited_back_to_its_base_value_is_still_an_edit() -> None:
    base, local, remote = {"name": "Acme"}, {"name": "Acme"}, {"name": "Gamma"}
    assert merge_fields(base, local, remote).take_remote == {"name": "Gamma"}
    result = merge_fields(base, local, remote, edited={"name"})
    assert result.take_remote == {} and [c.field for c in result.conflicts] == ["name"]


def test_a_computed_value_is_never_taken_from_the_crm_nor_held_as_a_conflict() -> None:
    """The health score: the CRM's value becomes the base, the app's own stays and goes out
    only when the app's computation moved it (it is then in the outbox)."""
    base, remote = {"health_score": "70"}, {"health_score": "40"}
    moved_there = merge_fields(base, {"health_score": "70"}, remote)
    assert moved_there.take_remote == {} and moved_there.conflicts == []
    assert moved_there.observed == {"health_score": "40"}
    never_computed = merge_fields({}, {}, remote)
    assert never_computed.take_remote == {} and never_computed.observed == remote
    moved_both = merge_fields(base, {"health_score": "75"}, remote, edited={"health_score"})
    assert moved_both.keep_local == {"health_score": "75"} and moved_both.conflicts == []
