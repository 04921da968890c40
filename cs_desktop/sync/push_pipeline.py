"""A push's batches in a pipeline: a batch's requests go on a worker while the next batch is
claimed and the one before acknowledged, so the database's work and the CRM's answer time
overlap (a first push sends thousands of creates and links).

Requests still go one at a time and in order, and none is sent after one failed: the next
batch is handed to the worker only once the one before is answered. Every batch is claimed
(marked in flight, committed) before it is sent and acknowledged after, each in its own
transaction, as without the pipeline: a crash or a cancel leaves at most two batches in
flight, which the next run sends again (upserts and links are idempotent). A batch whose
sending stopped part way (a rate limit, an error) is acknowledged for the requests that were
answered (:class:`Interrupted`) before the stop goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar, cast

from cs_desktop.sync.adapter import CrmError

Claimed = TypeVar("Claimed")
Answers = TypeVar("Answers")
Key = TypeVar("Key")
Result = TypeVar("Result")


class Interrupted(Exception):
    """Raised by a ``send`` whose batch went as several requests and stopped after some
    were answered: their ``answers``, and the error that stopped it (``cause``)."""

    def __init__(self, answers: object, cause: Exception) -> None:
        super().__init__(str(cause))
        self.answers = answers
        self.cause = cause


def in_requests(
    requests: Iterable[tuple[Key, Callable[[], list[Result]]]],
) -> dict[Key, list[Result]]:
    """Make a batch's requests in order (each a call returning its results), gathered by
    key: a ``send`` for :func:`pipelined`. One that fails after others were answered raises
    :class:`Interrupted` with their answers."""
    answers: dict[Key, list[Result]] = {}
    try:
        for key, request in requests:
            answers.setdefault(key, []).extend(request())
    except CrmError as error:
        if not answers:
            raise
        raise Interrupted(answers, error) from error
    return answers


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
            answers = _answered(flying, acknowledge)
            following = sender.submit(send, claimed)
            acknowledge(flying[0], answers)
            flying = (claimed, following)
        if flying is not None:
            acknowledge(flying[0], _answered(flying, acknowledge))
    return not stopped


def _answered(
    flying: tuple[Claimed, Future[Answers]], acknowledge: Callable[[Claimed, Answers], None]
) -> Answers:
    """The batch's answers; if its sending stopped part way, what was answered is
    acknowledged and the error that stopped it raised."""
    try:
        return flying[1].result()
    except Interrupted as stop:
        acknowledge(flying[0], cast(Answers, stop.answers))
        raise stop.cause from None
