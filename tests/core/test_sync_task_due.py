"""A HubSpot task's due day from its due time (``hs_timestamp``) and ``csm_due``."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from cs_desktop.sync.hubspot.due import due_day, placeholder


@pytest.fixture
def in_tokyo() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


MIDNIGHT_MARCH_1 = str(int(datetime(2026, 3, 1, tzinfo=UTC).timestamp() * 1000))


def test_the_time_the_app_wrote_keeps_the_day() -> None:
    props = {"csm_record": "task", "csm_due": "2026-03-01", "hs_timestamp": MIDNIGHT_MARCH_1}
    assert due_day(props) == "2026-03-01"


def test_a_due_time_a_colleague_set_is_read_where_the_user_is(in_tokyo: None) -> None:
    # 20 March 18:00 UTC is 21 March 03:00 in Tokyo.
    props = {
        "csm_record": "task",
        "csm_due": "2026-03-01",
        "hs_timestamp": "2026-03-20T18:00:00Z",
    }
    assert due_day(props) == "2026-03-21"
    # Midnight UTC is a day as the app writes it (09:00 in Tokyo, same day).
    assert due_day({**props, "hs_timestamp": "2026-03-20T00:00:00Z"}) == "2026-03-20"


def test_a_placeholder_is_no_due_day_on_the_apps_tasks_only() -> None:
    stamp = placeholder(datetime(2026, 3, 2, 10, 15, 42, tzinfo=UTC))
    assert due_day({"csm_record": "goal", "csm_due": None, "hs_timestamp": stamp}) is None
    # An earlier version's placeholder: the time of creation.
    created = "2026-03-02T10:15:42.123Z"
    old = {"csm_record": "task", "csm_due": "", "hs_timestamp": created, "hs_createdate": created}
    assert due_day(old) is None
    # A task made in HubSpot has no placeholder: its due time is its due time.
    assert due_day({"hs_timestamp": "2026-03-20T12:00:00Z"}) == "2026-03-20"
    assert due_day({"csm_record": "task", "csm_due": "2026-03-01"}) == "2026-03-01"
