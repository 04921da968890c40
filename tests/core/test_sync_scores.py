"""The account's health score and lifecycle stage reach the CRM company; the score, being
computed, is queued once per account per run however many samples moved it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from crm_sandbox import Sandbox
from cs_desktop.db import Store
from cs_desktop.edits import change_stage
from cs_desktop.ids import AccountId
from cs_desktop.models import Account, HealthSample, Stage
from cs_desktop.sync import engine
from cs_desktop.sync.hubspot import HubSpotAdapter
from cs_desktop.sync.scores import score_text, scores_today
from cs_desktop.sync.state import Outbox
from tests.support import hubspot as support
from tests.support.hubspot import sync

# The acceptance tests' fixtures: sandbox, fake clock, connected adapter, memory keychain.
pytestmark = pytest.mark.usefixtures("memory_keyring", "portal_in_the_past")


def add_samples(store: Store, account_id: int, login_rate: float, days: int) -> None:
    """One sample a day, each in its own transaction, as a daily import would write them."""
    today = date.today()
    for day in range(days):
        with store.write() as session:
            session.add(
                HealthSample(
                    account_id=account_id,
                    indicator_key="login_rate",
                    sample_date=today - timedelta(days=day),
                    value=login_rate,
                )
            )


def app_score(store: Store, account_id: int) -> str | None:
    from cs_desktop.health.service import compute_portfolio_health

    with store.read() as session:
        portfolio = compute_portfolio_health(session.connection(), date.today())
    return score_text(portfolio.account(AccountId(account_id)).score)


def company(sandbox: Sandbox) -> dict[str, Any]:
    records = [r for r in sandbox.store.records["companies"].values() if not r.archived]
    assert len(records) == 1
    return dict(records[0].properties)


def queued_updates(store: Store) -> int:
    with store.read() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(Outbox).where(Outbox.state == "pending")
            )
            or 0
        )


def test_score_and_stage_reach_the_company_once_per_run(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    with store.write() as session:
        account = Account(name="Acme", stage=Stage.DELIVERY)
        session.add(account)
    add_samples(store, account.id, 0.5, days=3)
    sync(store, hub)
    first = company(sandbox)
    assert first["csm_lifecycle_stage"] == "delivery"
    assert first["csm_health_score"] == app_score(store, account.id) is not None

    with store.write() as session:
        for sample in session.scalars(select(HealthSample)):
            sample.value = 0.8  # a re-import moves every sample, one by one
    assert queued_updates(store) == 0  # samples queue nothing themselves
    with store.write() as session:
        change_stage(session, AccountId(account.id), Stage.SERVICE, "live")
    control.delete("/requests")
    support.advance(control, 120)
    result = sync(store, hub)
    after = company(sandbox)
    assert after["csm_lifecycle_stage"] == "service"
    assert after["csm_health_score"] == app_score(store, account.id) != first["csm_health_score"]
    log = control.get("/requests").json()["requests"]
    inputs = [
        item["properties"]
        for r in log
        if r["path"].endswith("/companies/batch/update")
        for item in r["body"]["inputs"]
    ]
    # The stage goes with the run's edits; the score, computed meanwhile, once after the pull.
    assert [p for p in inputs if "csm_health_score" in p] == [
        {"csm_health_score": after["csm_health_score"]}
    ]
    assert [p for p in inputs if "csm_lifecycle_stage" in p] == [{"csm_lifecycle_stage": "service"}]
    assert result.pushed == 2 and result.conflicts == 0

    support.advance(control, 120)
    assert sync(store, hub).pushed == 0  # an unchanged score is not sent again


def test_a_score_changed_in_the_crm_is_put_back_without_a_conflict(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    with store.write() as session:
        account = Account(name="Acme", stage=Stage.DELIVERY)
        session.add(account)
    add_samples(store, account.id, 0.5, days=2)
    sync(store, hub)
    ours = company(sandbox)["csm_health_score"]
    remote_id = next(iter(sandbox.store.records["companies"]))
    support.advance(control, 120)
    support.mutate(control, "companies", remote_id, csm_health_score="3")
    with store.write() as session:  # and the score moves here too before the next sync
        for sample in session.scalars(select(HealthSample)):
            sample.value = 0.9
    support.advance(control, 120)
    result = sync(store, hub)
    assert result.open_conflicts == 0
    support.advance(control, 120)
    sync(store, hub)
    assert company(sandbox)["csm_health_score"] == app_score(store, account.id) != ours


def test_a_new_company_takes_its_score_in_its_create(
    store: Store, sandbox: Sandbox, control: httpx.Client, hub: HubSpotAdapter
) -> None:
    with store.write() as session:
        account = Account(name="Acme", stage=Stage.DELIVERY)
        session.add(account)
    add_samples(store, account.id, 0.5, days=2)
    control.delete("/requests")
    sync(store, hub)
    log = control.get("/requests").json()["requests"]
    writes = [r for r in log if r["path"].startswith("/crm/v3/objects/companies/batch/")]
    assert [r["path"].rsplit("/", 1)[1] for r in writes] == ["upsert"]  # no update after it
    sent = writes[0]["body"]["inputs"][0]["properties"]
    assert sent["csm_health_score"] == app_score(store, account.id) is not None


def test_scores_are_computed_again_only_when_the_pull_took_one_of_their_inputs(
    store: Store,
    sandbox: Sandbox,
    control: httpx.Client,
    hub: HubSpotAdapter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with store.write() as session:
        account = Account(name="Acme", stage=Stage.DELIVERY)
        session.add(account)
    add_samples(store, account.id, 0.5, days=2)
    sync(store, hub)
    remote_id = next(iter(sandbox.store.records["companies"]))
    computed: list[date] = []

    def counted(store: Store, today: date) -> Any:
        computed.append(today)
        return scores_today(store, today)

    monkeypatch.setattr(engine, "scores_today", counted)
    support.advance(control, 120)
    support.mutate(control, "companies", remote_id, name="Acme Holdings")
    support.advance(control, 120)
    assert sync(store, hub).pulled == 1
    assert len(computed) == 1  # while the pull ran: a name is no input of a score

    support.advance(control, 120)
    support.mutate(control, "companies", remote_id, csm_lifecycle_stage="service")
    support.advance(control, 120)
    assert sync(store, hub).pulled == 1
    assert len(computed) == 3  # the stage is: computed again after the pull
    support.advance(control, 120)
    sync(store, hub)
    assert company(sandbox)["csm_health_score"] == app_score(store, account.id)
    support.advance(control, 120)
    assert sync(store, hub).pushed == 0
