from conflict_events.builders.ids import assign_ids, event_key


def test_ids_use_the_country_prefix_and_count_per_country():
    ids = assign_ids(
        [(("k1",), "Guatemala", "2025-12-08"), (("k2",), "Guatemala", "2025-12-09"), (("k3",), "Nigeria", "a")]
    )
    assert ids == ["GTM1", "GTM2", "NIG1"]


def test_known_keys_keep_their_id_and_new_ones_continue_the_sequence():
    ids = assign_ids([(("new",), "Guatemala", "0"), (("old",), "Guatemala", "1")], {"old": "GTM7"})
    assert ids == ["GTM8", "GTM7"]


def test_a_merged_event_keeps_the_lowest_registered_id_and_ids_are_never_shared():
    registry = {"a": "MEX3", "b": "MEX2"}
    assert assign_ids([(("a", "b"), "Mexico", "1")], registry) == ["MEX2"]
    # a merge undone: both reports had the same id; one keeps it, the other gets a new one
    undone = assign_ids([(("a",), "Mexico", "1"), (("b",), "Mexico", "2")], {"a": "MEX2", "b": "MEX2"})
    assert undone == ["MEX2", "MEX3"]


def test_assignment_does_not_depend_on_input_order():
    triples = [(("a",), "Mexico", "2"), (("b",), "Mexico", "1"), (("c",), "Mexico", "1")]
    forward = dict(zip([t[0] for t in triples], assign_ids(triples), strict=True))
    backward = dict(zip([t[0] for t in reversed(triples)], assign_ids(list(reversed(triples))), strict=True))
    assert forward == backward


def test_event_key_depends_on_text_and_position():
    assert event_key("a1", "text", 0) == event_key("a1", "text", 0)
    assert event_key("a1", "text", 0) != event_key("a1", "text", 1)
    assert event_key("a1", "text", 0) != event_key("a1", "other text", 0)
    assert event_key("a1", "text", 0) != event_key("a2", "text", 0)
