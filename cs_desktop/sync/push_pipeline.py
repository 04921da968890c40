"""A push's batches in a pipeline: a batch's requests go on a worker while the next batch is
claimed and the one before acknowledged, so the database's work and the CRM's answer time
overlap (a first push sends thousands of creates and links).

Requests still go one at a time and in order, and none is sent after one failed: the next
batch is handed to the worker only once the one before is answered. Every batch is claimed
(marked in flight, committed) before it is sent and acknowledged after, each in its own
transaction, as without the pipeline: a crash or a cancel leaves at most two batches in
flight, which the next run sends again (upserts and links are idempotent).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

Claimed = TypeVar("Claimed")
Answers = TypeVar("Answers")


def pipelined(
    batches: Iterable[list[int]],
    claim: Callable[[list[int]], Claimed],
    send: Callable[[Claimed], Answers],
    acknowledge: Callable[[Claimed, Answers], None],
    cancelled: Callable[[], bool],
) -> bool:
    """Claim, send and acknowledge each of ``batches`` (outbox seqs) in order; ``send`` runs on
    a worker thread and must not touch the database. False when ``cancelled`` stopped it
    (the batch in flight is acknowledged first)."""
    stopped = False
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-push") as sender:
        flying: tuple[Claimed, Future[Answers]] | None = None
        for seqs in batches:
            if cancelled():
                stopped = True
                break
            claimed = claim(seqs)
            if flying is None:
                flying = (claimed, sender.submit(send, claimed))
                continue
            answers = flying[1].result()
            following = sender.submit(send, claimed)
            acknowledge(flying[0], answers)
            flying = (claimed, following)
        if flying is not None:
            acknowledge(flying[0], flying[1].result())
    return not stopped
