"""Rows of one sample account: the account, its people, stages, renewals, plan and tasks.

Values are already in stored form (see :mod:`cs_desktop.demo.bulk`). Field order of each
table's tuples is given by ``FIELDS``; the bulk writer checks it against the model.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

from cs_desktop.demo.accounts import AccountPlan, people_of
from cs_desktop.demo.bulk import BulkWriter, UidSource
from cs_desktop.demo.plan_texts import (
    MILESTONES,
    OBJECTIVES,
    PLAN_SUMMARIES,
    PLAN_TITLES,
    STAGE_NOTES,
    TASKS,
)
from cs_desktop.demo.timeline import Timeline, anniversary, iso
from cs_desktop.models import (
    OBJECTIVE_HORIZONS_MONTHS,
    ChurnReason,
    ObjectiveStatus,
    RenewalOutcome,
    Stage,
)

_ROW = ("id", "uid", "created_at", "updated_at")
FIELDS: dict[str, tuple[str, ...]] = {
    "account": (*_ROW, "name", "domain", "tier", "segment", "owner", "arr", "currency",
                "contract_start", "renewal_date", "stage", "external_key", "archived_at"),
    "stakeholder": (*_ROW, "account_id", "name", "title", "role", "email", "phone", "active"),
    "stage_change": (*_ROW, "account_id", "from_stage", "to_stage", "changed_at", "note"),
    "touchpoint": (*_ROW, "account_id", "kind", "occurred_at", "title", "notes",
                   "other_attendees", "product_satisfied", "service_satisfied",
                   "customer_statement", "inferred_need", "next_steps", "internal",
                   "external_key"),
    "touchpoint_attendee": ("touchpoint_id", "stakeholder_id"),
    "health_sample": (*_ROW, "account_id", "indicator_key", "sample_date", "value"),
    "success_plan": (*_ROW, "account_id", "title", "summary", "agreed_with", "agreed_on"),
    "objective": (*_ROW, "plan_id", "goal", "horizon_months", "status", "target_date",
                  "measure", "measured_value", "achieved_on", "position"),
    "milestone": (*_ROW, "plan_id", "step", "due", "done", "done_on", "owner", "position"),
    "renewal": (*_ROW, "account_id", "period_start", "period_end", "arr_before", "arr_after",
                "outcome", "reason", "reason_note"),
    "task": (*_ROW, "account_id", "title", "due", "done", "source_playbook", "remind_at",
             "reminded_at"),
}  # fmt: skip
_REASONS = tuple(ChurnReason)
OFFICE_HOUR_UTC = {"en": 15.0, "ja": 1.0, "zh": 2.0}  # mid-morning where the customer works


@dataclass(frozen=True)
class AccountRows:
    """Writes the rows of one account; ``health`` is its latent health row."""

    writer: BulkWriter
    uids: UidSource
    timeline: Timeline
    rnd: random.Random

    def write(self, plan: AccountPlan, health: np.ndarray) -> None:
        self._account(plan)
        self._stakeholders(plan)
        self._stage_changes(plan)
        self._renewals(plan)
        if self.rnd.random() < 0.92:  # most accounts have a success plan
            self._success_plan(plan, health)
        self._tasks(plan, health)

    def _ms(self, plan: AccountPlan, day: int) -> int:
        hour = OFFICE_HOUR_UTC[plan.language] + self.rnd.random() * 6
        return self.timeline.ms(day, hour)

    def _account(self, plan: AccountPlan) -> None:
        created = self._ms(plan, plan.sales_start)
        last = max([day for _, day in plan.stages] + [r.period_end for r in plan.renewals])
        renewal = None if plan.renewal_date is None else iso(plan.renewal_date)
        self.writer["account"].add([(
            plan.id, self.uids.one(), created, max(created, self._ms(plan, last)),
            plan.name, plan.domain, plan.tier.value, plan.segment, plan.owner, plan.arr,
            plan.currency, iso(plan.contract_start), renewal, plan.stage.value, None, None,
        )])  # fmt: skip

    def _stakeholders(self, plan: AccountPlan) -> None:
        people = people_of(self.rnd, plan)
        table = self.writer["stakeholder"]
        first = table.take_ids(len(people))
        rows = []
        for offset, (name, title, role, email, phone, active) in enumerate(people):
            created = self._ms(plan, plan.sales_start + self.rnd.randint(0, 60))
            stakeholder_id = first + offset
            plan.stakeholders.append((stakeholder_id, name, role))
            rows.append((stakeholder_id, self.uids.one(), created, created, plan.id, name, title,
                         role.value, email, phone, int(active)))  # fmt: skip
        table.add(rows)

    def _person(self, plan: AccountPlan) -> str:
        return self.rnd.choice(plan.stakeholders[:2])[1]

    def _stage_changes(self, plan: AccountPlan) -> None:
        table = self.writer["stage_change"]
        first = table.take_ids(len(plan.stages))
        rows = []
        previous: Stage | None = None
        for offset, (stage, day) in enumerate(plan.stages):
            at = self._ms(plan, day)
            note = STAGE_NOTES[stage.value][plan.language].format(person=self._person(plan))
            from_stage = None if previous is None else previous.value
            rows.append((first + offset, self.uids.one(), at, at, plan.id, from_stage,
                         stage.value, at, note))  # fmt: skip
            previous = stage
        table.add(rows)

    def _renewals(self, plan: AccountPlan) -> None:
        table = self.writer["renewal"]
        first = table.take_ids(len(plan.renewals))
        rows = []
        for offset, r in enumerate(plan.renewals):
            at = self._ms(plan, r.period_end)
            # Why a customer left or shrank, drawn without the shared random stream so the
            # rest of the sample stays as it was.
            lost = r.outcome in (RenewalOutcome.CHURNED, RenewalOutcome.CONTRACTED)
            reason = _REASONS[(plan.id * 7 + offset) % len(_REASONS)].value if lost else None
            rows.append((first + offset, self.uids.one(), at, at, plan.id,
                         iso(r.period_start), iso(r.period_end), r.arr_before, r.arr_after,
                         r.outcome.value, reason, ""))  # fmt: skip
        table.add(rows)

    def _success_plan(self, plan: AccountPlan, health: np.ndarray) -> None:
        rnd, timeline, today = self.rnd, self.timeline, self.timeline.today_ordinal
        # The plan is refreshed each contract year; it starts at the latest anniversary.
        start = plan.contract_start
        years = 1
        while anniversary(plan.contract_start, years) <= min(today, plan.end - 1):
            start = anniversary(plan.contract_start, years)
            years += 1
        created = self._ms(plan, min(start + 7, today))
        plan_id = self.writer["success_plan"].take_ids(1)
        person = self._person(plan)
        year = iso(start)[:4]
        self.writer["success_plan"].add([(
            plan_id, self.uids.one(), created, created, plan.id,
            PLAN_TITLES[plan.language].format(year=year),
            PLAN_SUMMARIES[plan.language].format(person=person),
            person, iso(min(start + 7, today)),
        )])  # fmt: skip

        horizons = sorted(rnd.choices(OBJECTIVE_HORIZONS_MONTHS, k=rnd.randint(2, 5)))
        # A plan names each goal once: draw goals of a horizon without replacement.
        goals = []
        for months in sorted(set(horizons)):
            pool = OBJECTIVES[months][plan.language]
            wanted = min(horizons.count(months), len(pool))
            goals += [(months, goal) for goal in rnd.sample(pool, wanted)]
        objectives = []
        first = self.writer["objective"].take_ids(len(goals))
        for offset, (months, goal) in enumerate(goals):
            target = start + int(months * 30.44)
            status = self._objective_status(start, target, plan, health)
            achieved = iso(target) if status is ObjectiveStatus.ACHIEVED else None
            objectives.append((first + offset, self.uids.one(), created, created, plan_id, goal,
                               months, status.value, iso(target), "", "", achieved,
                               offset))  # fmt: skip
        self.writer["objective"].add(objectives)

        steps = MILESTONES[: rnd.randint(3, 6)]
        first = self.writer["milestone"].take_ids(len(steps))
        milestones = []
        for offset, (days, step) in enumerate(steps):
            due = plan.contract_start + days + rnd.randint(-5, 10)
            healthy = health[timeline.week_of(due)] > -0.3
            done = due < min(today, plan.end) and rnd.random() < (0.97 if healthy else 0.6)
            milestones.append((first + offset, self.uids.one(), created, created, plan_id,
                               step[plan.language], iso(due), int(done),
                               iso(due) if done else None, "", offset))  # fmt: skip
        self.writer["milestone"].add(milestones)

    def _objective_status(
        self, start: int, target: int, plan: AccountPlan, health: np.ndarray
    ) -> ObjectiveStatus:
        today = self.timeline.today_ordinal
        last = min(today, plan.end - 1)
        h = float(health[self.timeline.week_of(min(target, last))])
        if target <= last or plan.churned:
            achieved = target <= last and self.rnd.random() < 1 / (1 + np.exp(-(0.5 + 2 * h)))
            return ObjectiveStatus.ACHIEVED if achieved else ObjectiveStatus.MISSED
        if start > today:
            return ObjectiveStatus.PLANNED
        if h < -0.1:
            return ObjectiveStatus.AT_RISK
        return ObjectiveStatus.IN_PROGRESS

    def _tasks(self, plan: AccountPlan, health: np.ndarray) -> None:
        rnd, today = self.rnd, self.timeline.today_ordinal
        h_now = float(health[self.timeline.week_of(min(today, plan.end - 1))])
        playbooks: list[str | None] = [None, None]
        if plan.stage is Stage.DELIVERY:
            playbooks.append("Onboarding kickoff")
        if plan.renewal_date is not None and plan.renewal_date - today <= 120:
            playbooks.append("Renewal preparation")
        if h_now < 0:
            playbooks.append("Low usage rescue")
        if plan.stage in (Stage.SERVICE, Stage.VALUE):
            playbooks.append("QBR preparation")
        count = rnd.randint(2, 5)
        table = self.writer["task"]
        first = table.take_ids(count)
        rows = []
        earliest = max(plan.sales_start, today - 365)
        for offset in range(count):
            playbook = rnd.choice(playbooks)
            title = rnd.choice(TASKS[playbook][plan.language])
            is_open = not plan.churned and rnd.random() < 0.4
            if is_open:
                due = today + rnd.randint(-10, 30)  # a few are overdue
            else:
                due = rnd.randint(earliest, max(earliest, min(today, plan.end) - 1))
            created = self._ms(plan, min(due - rnd.randint(3, 20), today))
            updated = created if is_open else max(created, self._ms(plan, min(due, today)))
            rows.append((first + offset, self.uids.one(), created, updated, plan.id, title,
                         iso(due), int(not is_open), playbook, None, None))  # fmt: skip
        table.add(rows)
