"""Weekly health samples of a batch of accounts, computed with numpy in one go."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from cs_desktop.demo.accounts import AccountPlan
from cs_desktop.demo.bulk import BulkWriter, ms_of_days, uid_bytes
from cs_desktop.demo.indicators import INDICATOR_KEYS, indicator_values
from cs_desktop.demo.timeline import MS_PER_HOUR, Timeline
from cs_desktop.models import Tier

_KEYS = np.array(INDICATOR_KEYS, dtype=object)
# Mean weekly support inquiries by tier; unrelated to health on purpose (a noise indicator).
_INQUIRIES = {Tier.STRATEGIC: 6.0, Tier.ENTERPRISE: 4.0, Tier.MID_MARKET: 2.0, Tier.SMB: 1.0}
_COMPUTED_AT_HOUR = 3  # samples are computed nightly


def write_samples(
    writer: BulkWriter,
    timeline: Timeline,
    rng: np.random.Generator,
    plans: Sequence[AccountPlan],
    health: np.ndarray,
) -> None:
    """Queue one sample per indicator per week while each account was a customer.

    Args:
        writer: where rows go.
        timeline: the calendar.
        rng: the seeded generator.
        plans: the batch's accounts; ``plan.row`` indexes ``health``.
        health: latent health of the batch over the whole timeline, (accounts, weeks).
    """
    first = timeline.first_sampled_week
    weeks = timeline.week_ordinals[first:]
    rows = np.array([plan.row for plan in plans])
    starts = np.array([plan.contract_start for plan in plans])[:, None]
    ends = np.array([plan.end for plan in plans])[:, None]
    # Sampled from the contract start until today, or until the customer churned.
    active = (weeks[None, :] >= starts) & (weeks[None, :] < ends)
    age_years = np.maximum(weeks[None, :] - starts, 0) / 365.25
    level = np.array([_INQUIRIES[plan.tier] for plan in plans]) * rng.gamma(2.0, 0.5, len(plans))
    values = indicator_values(rng, health[rows, first:], age_years, level)
    mask = np.broadcast_to(active[:, None, :], values.shape)
    account_index, key_index, week_index = np.nonzero(mask)
    count = len(account_index)
    if count == 0:
        return
    table = writer["health_sample"]
    start_id = table.take_ids(count)
    stamps = ms_of_days(weeks) + _COMPUTED_AT_HOUR * MS_PER_HOUR
    created = stamps[week_index].tolist()
    account_ids = np.array([plan.id for plan in plans])[account_index].tolist()
    dates = np.array(timeline.week_iso[first:], dtype=object)[week_index].tolist()
    table.add(
        zip(
            range(start_id, start_id + count),
            uid_bytes(rng, count),
            created,
            created,
            account_ids,
            _KEYS[key_index].tolist(),
            dates,
            values[mask].tolist(),
            strict=True,
        )
    )
