"""Two years of touchpoints of one sample account, with attendees and satisfaction pulses.

Numbers are drawn with numpy per account (dates, kinds, dice), text with ``random.Random``.
Pulses and the tone of the notes lean on the account's latent health at the time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

import numpy as np

from cs_desktop.demo.accounts import AccountPlan
from cs_desktop.demo.bulk import BulkWriter, UidSource, ms_of_days
from cs_desktop.demo.indicators import sigmoid
from cs_desktop.demo.names import COLLEAGUES, EN
from cs_desktop.demo.records import OFFICE_HOUR_UTC
from cs_desktop.demo.texts import VOICES
from cs_desktop.demo.timeline import MS_PER_HOUR, SAMPLED_WEEKS, Timeline
from cs_desktop.models import Satisfaction, Tier, TouchpointKind

# Touchpoints per week by tier: bigger accounts get more attention.
WEEKLY_RATE = {Tier.STRATEGIC: 1.6, Tier.ENTERPRISE: 1.15, Tier.MID_MARKET: 0.8, Tier.SMB: 0.5}
_K = TouchpointKind
_KINDS = (_K.EMAIL, _K.CALL, _K.MEETING, _K.SUPPORT_CASE, _K.NOTE, _K.QBR, _K.ONSITE_VISIT,
          _K.EVENT)  # fmt: skip
_KIND_WEIGHTS = np.array([0.30, 0.19, 0.18, 0.12, 0.10, 0.04, 0.04, 0.03])
# How often the two pulses are asked, how many stakeholders attend, whether statements and
# next steps are typical, by kind.
_ASKED = {_K.MEETING: 0.8, _K.CALL: 0.75, _K.QBR: 0.9, _K.ONSITE_VISIT: 0.85, _K.EMAIL: 0.3,
          _K.SUPPORT_CASE: 0.6, _K.EVENT: 0.4, _K.NOTE: 0.1}  # fmt: skip
_ATTENDEES = {_K.MEETING: (1, 3), _K.CALL: (1, 2), _K.QBR: (2, 4), _K.ONSITE_VISIT: (2, 4),
              _K.EVENT: (1, 2), _K.EMAIL: (1, 1), _K.SUPPORT_CASE: (1, 1),
              _K.NOTE: (0, 0)}  # fmt: skip
_CONVERSATIONS = frozenset({_K.MEETING, _K.CALL, _K.QBR, _K.ONSITE_VISIT})
_WITH_COLLEAGUES = frozenset({_K.MEETING, _K.QBR, _K.ONSITE_VISIT})
T = TypeVar("T")
_YES, _NO, _UNKNOWN = Satisfaction.YES.value, Satisfaction.NO.value, Satisfaction.UNKNOWN.value


@dataclass(frozen=True)
class TouchpointRows:
    writer: BulkWriter
    uids: UidSource
    timeline: Timeline
    rng: np.random.Generator

    def write(self, plan: AccountPlan, health: np.ndarray) -> None:
        timeline, rng = self.timeline, self.rng
        first_day = max(plan.sales_start, timeline.today_ordinal - 7 * SAMPLED_WEEKS)
        last_day = min(timeline.today_ordinal, plan.end - 1)
        if last_day < first_day:
            return
        count = int(rng.poisson(WEEKLY_RATE[plan.tier] * (last_day - first_day + 1) / 7))
        if count == 0:
            return
        days = np.sort(rng.integers(first_day, last_day + 1, count))
        quarter_hours = rng.integers(0, 32, count)  # within an eight-hour office day
        occurred = (
            ms_of_days(days)
            + int(OFFICE_HOUR_UTC[plan.language] * MS_PER_HOUR)
            + quarter_hours * 15 * 60_000
        ).tolist()
        kinds = rng.choice(len(_KINDS), count, p=_KIND_WEIGHTS).tolist()
        weeks = np.clip((days - int(timeline.week_ordinals[0])) // 7, 0, timeline.weeks - 1)
        h = health[weeks]
        # One row of dice per touchpoint: drawing them in bulk is far cheaper than
        # random.choice per field. Columns: see the uses below.
        dice = rng.random((count, 14)).tolist()
        product_yes = (rng.random(count) < sigmoid(0.9 + 1.5 * h)).tolist()
        service_yes = (rng.random(count) < sigmoid(1.3 + 1.2 * h)).tolist()
        good_tone = sigmoid(2.0 * h).tolist()

        table = self.writer["touchpoint"]
        first = table.take_ids(count)
        uids = self.uids.take(count)
        voice = VOICES[plan.language]
        gap = " " if plan.language == EN else ""  # Japanese and Chinese need no space
        stakeholder_ids = [s[0] for s in plan.stakeholders]
        people = [s[1] for s in plan.stakeholders]
        n_people = len(people)
        rows = []
        attendees: list[tuple[int, int]] = []
        for i in range(count):
            d = dice[i]
            kind = _KINDS[kinds[i]]
            touchpoint_id = first + i
            words = {
                "person": people[int(d[0] * n_people)],
                "topic": _pick(voice.topics, d[1]),
                "feature": _pick(voice.features, d[2]),
            }
            title = _pick(voice.titles[kind.value], d[3])
            if kind is _K.QBR:
                day = date.fromordinal(int(days[i]))
                title = title.format(q=(day.month - 1) // 3 + 1, year=day.year)
            else:
                title = title.format(**words)
            notes = _pick(voice.neutral, d[4]).format(**words)
            if kind is not _K.NOTE:
                tone = voice.good if d[5] < good_tone[i] else voice.bad
                notes = f"{notes}{gap}{_pick(tone, d[6]).format(**words)}"
            statement = need = next_steps = others = ""
            if kind in _CONVERSATIONS:
                if d[7] < 0.2:
                    statement, need = _pick(voice.pairs, d[8])
                if d[9] < 0.75:
                    next_steps = _pick(voice.next_steps, d[10]).format(**words)
                if kind in _WITH_COLLEAGUES and d[11] < 0.35:
                    others = f"{plan.owner}; {_pick(COLLEAGUES, d[12])}"
            elif kind is _K.EMAIL and d[9] < 0.35:
                next_steps = _pick(voice.next_steps, d[10]).format(**words)
            if d[13] < _ASKED[kind]:
                product = _YES if product_yes[i] else _NO
                service = _YES if service_yes[i] else _NO
            else:
                product = service = _UNKNOWN
            at = occurred[i]
            internal = kind is _K.NOTE  # the CSM's own memos stay with the team
            rows.append((touchpoint_id, uids[i], at, at, plan.id, kind.value, at, title, notes,
                         others, product, service, statement, need, next_steps, internal,
                         None))  # fmt: skip
            # Consecutive people from a random start: distinct, and cheap to pick.
            low, high = _ATTENDEES[kind]
            present = min(low + int(d[12] * (high - low + 1)), n_people)
            start = int(d[0] * n_people)
            attendees.extend(
                (touchpoint_id, stakeholder_ids[(start + j) % n_people]) for j in range(present)
            )
        table.add(rows)
        self.writer["touchpoint_attendee"].add(attendees)


def _pick(options: Sequence[T], die: float) -> T:
    return options[int(die * len(options))]
