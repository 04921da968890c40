"""The portfolio table's rows: one cheap query over every account.

Plain SQL on the engine on purpose: this runs at start-up, before the ORM is imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cs_desktop.cipher import connect
from cs_desktop.clock import from_epoch_ms
from cs_desktop.ids import AccountId
from cs_desktop.schema import BUSY_TIMEOUT_MS
from cs_desktop.vault import known_key

if TYPE_CHECKING:
    from sqlalchemy import Connection


@dataclass(frozen=True)
class PortfolioRow:
    id: AccountId
    name: str
    tier: str
    stage: str
    owner: str | None
    arr: Decimal
    currency: str
    renewal_date: date | None
    last_touchpoint_at: datetime | None
    open_tasks: int
    # The end of the contract when its last renewal was lost: the customer has left the book.
    churned_on: date | None = None
    # The CSM took the account out of the book (a duplicate, a lost deal, a test account).
    archived: bool = False

    @property
    def churned(self) -> bool:
        return self.churned_on is not None

    def days_to_renewal(self, today: date) -> int | None:
        return None if self.renewal_date is None else (self.renewal_date - today).days


# The end of the last contract when its renewal was lost, else NULL; ``a`` is the account.
CHURNED_ON_SQL = """(SELECT CASE WHEN r.outcome = 'churned' THEN r.period_end END FROM renewal r
        WHERE r.account_id = a.id ORDER BY r.period_end DESC LIMIT 1)"""

_PORTFOLIO_SQL = f"""
SELECT a.id, a.name, a.tier, a.stage, a.owner, a.arr, a.currency, a.renewal_date,
       (SELECT max(t.occurred_at) FROM touchpoint t WHERE t.account_id = a.id),
       (SELECT count(*) FROM task k WHERE k.account_id = a.id AND NOT k.done),
       {CHURNED_ON_SQL},
       a.archived_at IS NOT NULL
FROM account a
"""


def _row(raw: Sequence[Any]) -> PortfolioRow:
    (
        id_,
        name,
        tier,
        stage,
        owner,
        arr,
        currency,
        renewal,
        last_at,
        open_tasks,
        churned,
        archived,
    ) = raw
    return PortfolioRow(
        id=AccountId(int(id_)),
        name=str(name),
        tier=str(tier),
        stage=str(stage),
        owner=None if owner is None else str(owner),
        arr=Decimal(int(arr)) / 100,
        currency=str(currency),
        renewal_date=None if renewal is None else date.fromisoformat(str(renewal)),
        last_touchpoint_at=None if last_at is None else from_epoch_ms(int(last_at)),
        open_tasks=int(open_tasks),
        churned_on=None if churned is None else date.fromisoformat(str(churned)),
        archived=bool(archived),
    )


def is_churned(connection: Connection, account_id: AccountId) -> bool:
    """Whether the customer has left: the account's last renewal was lost."""
    sql = f"SELECT {CHURNED_ON_SQL} FROM account a WHERE a.id = ?"
    return connection.exec_driver_sql(sql, (int(account_id),)).scalar() is not None


def has_left_book(connection: Connection, account_id: AccountId) -> bool:
    """Whether the account is out of the book: the customer churned, or the CSM archived it."""
    sql = (
        f"SELECT a.archived_at IS NOT NULL OR {CHURNED_ON_SQL} IS NOT NULL "
        "FROM account a WHERE a.id = ?"
    )
    return bool(connection.exec_driver_sql(sql, (int(account_id),)).scalar())


def load_portfolio(connection: Connection) -> list[PortfolioRow]:
    """Every account with what the portfolio table shows."""
    return [_row(raw) for raw in connection.exec_driver_sql(_PORTFOLIO_SQL)]


def read_portfolio_file(path: Path) -> list[PortfolioRow]:
    """Every account's row read straight from the store file, without SQLAlchemy.

    Start-up runs this on a thread while the interpreter is still importing the rest of the
    app, so the query overlaps with the imports. Read-only; raises the driver's error if
    the file cannot be read as a current store (the caller then reads it the usual way).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(connect(uri, key=known_key(path), uri=True)) as connection:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return [_row(raw) for raw in connection.execute(_PORTFOLIO_SQL)]


def load_portfolio_rows(
    connection: Connection, account_ids: frozenset[AccountId]
) -> list[PortfolioRow]:
    """The rows of some accounts, to refresh them after an edit."""
    if not account_ids:
        return []
    marks = ",".join("?" * len(account_ids))
    sql = _PORTFOLIO_SQL + f" WHERE a.id IN ({marks})"
    return [_row(raw) for raw in connection.exec_driver_sql(sql, tuple(account_ids))]
