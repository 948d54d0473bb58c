from conflict_events.builders.ids import assign_ids, event_key


def test_ids_use_the_country_prefix_and_count_per_country():
    ids = assign_ids([("k1", "Guatemala", "2025-12-08"), ("k2", "Guatemala", "2025-12-09"), ("k3", "Nigeria", "a")])
    assert ids == {"k1": "GTM1", "k2": "GTM2", "k3": "NIG1"}


def test_known_keys_keep_their_id_and_new_ones_continue_the_sequence():
    ids = assign_ids([("new", "Guatemala", "0"), ("old", "Guatemala", "1")], {"old": "GTM7"})
    assert ids == {"old": "GTM7", "new": "GTM8"}


def test_assignment_does_not_depend_on_input_order():
    triples = [("a", "Mexico", "2"), ("b", "Mexico", "1"), ("c", "Mexico", "1")]
    assert assign_ids(triples) == assign_ids(list(reversed(triples)))


def test_event_key_depends_on_text_and_position():
    assert event_key("text", 0) == event_key("text", 0)
    assert event_key("text", 0) != event_key("text", 1)
    assert event_key("text", 0) != event_key("other text", 0)
