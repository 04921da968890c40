"""The push's pipeline: a batch is sent while the next is claimed, in order, one at a time."""

from __future__ import annotations

import threading

import pytest

from cs_desktop.sync.adapter import DailyLimitReached
from cs_desktop.sync.push_pipeline import Interrupted, pipelined

BATCHES = [[1, 2], [3], [4, 5]]


class Steps:
    def __init__(self) -> None:
        self.log: list[tuple[str, int]] = []
        self.lock = threading.Lock()
        self.sending_threads: set[str] = set()

    def note(self, step: str, batch: list[int]) -> None:
        with self.lock:
            self.log.append((step, batch[0]))

    def claim(self, batch: list[int]) -> list[int]:
        self.note("claim", batch)
        return batch

    def send(self, batch: list[int]) -> list[int]:
        self.sending_threads.add(threading.current_thread().name)
        self.note("send", batch)
        return [n * 10 for n in batch]

    def acknowledge(self, batch: list[int], answers: list[int]) -> None:
        assert answers == [n * 10 for n in batch]
        self.note("ack", batch)


def test_every_batch_is_claimed_sent_and_acknowledged_in_order_on_a_worker() -> None:
    steps = Steps()
    assert pipelined(BATCHES, steps.claim, steps.send, steps.acknowledge, lambda: False)
    for step in ("claim", "send", "ack"):
        assert [n for s, n in steps.log if s == step] == [1, 3, 4]
    assert threading.current_thread().name not in steps.sending_threads
    # A batch goes only once the one before is answered; it is acknowledged after its send.
    sends = [i for i, (s, _) in enumerate(steps.log) if s == "send"]
    acks = [i for i, (s, _) in enumerate(steps.log) if s == "ack"]
    assert all(send < ack for send, ack in zip(sends, acks, strict=True))


def test_the_next_batch_is_claimed_while_one_is_sent() -> None:
    steps = Steps()
    second_claimed = threading.Event()

    def claim(batch: list[int]) -> list[int]:
        if batch == BATCHES[1]:
            second_claimed.set()
        return steps.claim(batch)

    def send(batch: list[int]) -> list[int]:
        if batch == BATCHES[0]:
            assert second_claimed.wait(5), "the first send held up the next claim"
        return steps.send(batch)

    assert pipelined(BATCHES, claim, send, steps.acknowledge, lambda: False)
    assert steps.log.index(("claim", 3)) < steps.log.index(("send", 1))


def test_a_cancel_acknowledges_the_batch_in_flight_and_claims_no_more() -> None:
    steps = Steps()
    asked = iter([False, True])
    assert not pipelined(BATCHES, steps.claim, steps.send, steps.acknowledge, lambda: next(asked))
    assert steps.log == [("claim", 1), ("send", 1), ("ack", 1)]


def test_nothing_is_sent_after_a_request_failed() -> None:
    steps = Steps()

    def send(batch: list[int]) -> list[int]:
        if batch == BATCHES[0]:
            raise ConnectionError("the CRM is gone")
        return steps.send(batch)

    with pytest.raises(ConnectionError):
        pipelined(BATCHES, steps.claim, send, steps.acknowledge, lambda: False)
    # The second batch was claimed meanwhile (it stays in flight for the next run), never sent.
    assert ("claim", 3) in steps.log
    assert [s for s, _ in steps.log if s in ("send", "ack")] == []


def test_a_batch_stopped_part_way_is_acknowledged_for_what_was_answered() -> None:
    steps = Steps()

    def send(batch: list[int]) -> list[int]:
        if batch == BATCHES[0]:
            # Its first request answered, then the day's quota ran out.
            raise Interrupted([10], DailyLimitReached("daily limit"))
        return steps.send(batch)

    def acknowledge(batch: list[int], answers: list[int]) -> None:
        steps.note("ack", answers)

    with pytest.raises(DailyLimitReached, match="daily limit"):
        pipelined(BATCHES, steps.claim, send, acknowledge, lambda: False)
    assert ("ack", 10) in steps.log
    assert [s for s, _ in steps.log if s == "send"] == []  # nothing sent after the stop
