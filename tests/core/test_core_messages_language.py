"""Messages the core builds come out in the app's language: reports, sync, warnings, forms.

Each test switches the core to Japanese (or Chinese); the suite's fixtures switch it back.
"""

# Japanese and Chinese use full-width punctuation, which is not a mistake.
# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cs_desktop.book.accounts import validate_account
from cs_desktop.cli_base import column
from cs_desktop.db import Store
from cs_desktop.health.early_warnings import Evidence
from cs_desktop.health.playbooks import RuleKind, load_playbooks
from cs_desktop.health.scorecard import load_scorecards
from cs_desktop.i18n import _, set_language
from cs_desktop.importer import ImportKind, ImportRejected, import_file
from cs_desktop.importer.report import ImportReport
from cs_desktop.labels import renewal_countdown, stage_label
from cs_desktop.sync import messages
from cs_desktop.sync.progress import SyncProgress, describe
from cs_desktop.vocabulary import Stage


def test_an_import_report_is_japanese(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("name,renewal_date\nAcme,2024-02-30\n", encoding="utf-8")
    set_language("ja")
    with pytest.raises(ImportRejected) as rejected:
        import_file(store, ImportKind.ACCOUNTS, path)
    lines = rejected.value.report.format().splitlines()
    assert "何もインポートしていません" in lines[0] and "1 件の問題" in lines[0]
    assert lines[1] == (
        "2 行目、列 'renewal_date'：'2024-02-30' は有効な日付ではありません"
        "（day is out of range for month。YYYY-MM-DD、YYYY/MM/DD、MM/DD/YYYY、DD.MM.YYYY、"
        "YYYY年M月D日のいずれかの形式で入力してください）"
    )


def test_a_written_import_counts_in_traditional_chinese(tmp_path: Path) -> None:
    report = ImportReport(
        path=tmp_path / "a.csv",
        kind=ImportKind.ACCOUNTS,
        layout="cs-desktop",
        encoding="utf-8",
        delimiter=",",
        rows=1234,
        created=1200,
        updated=34,
        problems=(),
    )
    set_language("zh-Hant")
    assert report.format() == (
        f"已從 {tmp_path / 'a.csv'}（格式 cs-desktop，編碼 utf-8，分隔符號 逗號）匯入客戶："
        "1,234 列，新建 1,200 個，更新 34 個。"
    )


def test_sync_messages_are_japanese() -> None:
    set_language("ja")
    assert describe(SyncProgress("receiving", "note", 12300)) == "12,300 件のメモを受信"
    offline = _(messages.OFFLINE).format(url="https://api.hubapi.com")
    assert offline.startswith("https://api.hubapi.com の CRM に接続できません。")


def test_a_warning_detail_and_a_playbook_read_japanese() -> None:
    set_language("ja")
    drop = Evidence(RuleKind.SCORE_DROP, days=30, before=82, now=61)
    assert drop.describe() == "30 日間でスコアが 82 → 61"
    red = Evidence(RuleKind.RENEWAL_WHILE_RED, days=120, day=date(2026, 12, 2))
    assert red.describe() == "赤のまま2026年12月2日に更新を迎えます"
    book = next(b for b in load_playbooks() if b.key == "unsatisfied_pulses")
    assert book.title.text() == "「満足していない」との回答が2回続いた"


def test_a_form_problem_is_japanese() -> None:
    set_language("ja")
    values = {"name": " ", "tier": "strategic", "arr": Decimal(-5), "currency": "yen"}
    problems = validate_account(None, values, None)  # type: ignore[arg-type]
    assert problems["name"] == "アカウント名を入力してください。"
    assert problems["arr"] == "ARR は負の値にできません。"
    assert problems["currency"].startswith("USD、EUR、JPY のような ISO 4217 通貨コード")


def test_labels_follow_the_language_and_english_stays_the_source() -> None:
    today = date(2026, 12, 2)
    assert stage_label(Stage.DELIVERY) == "Delivery"
    assert renewal_countdown(date(2026, 12, 3), today) == "renews tomorrow"
    assert renewal_countdown(today.replace(day=1), today) == "renewal overdue by 1 day"
    set_language("zh-Hans")
    assert stage_label(Stage.DELIVERY) == "交付"
    assert renewal_countdown(date(2027, 1, 1), today) == "30 天后续约"
    assert stage_label(Stage.VALUE, "ja") == "価値創出"  # another language on request


def test_scorecard_titles_read_in_the_language_with_english_behind() -> None:
    cards = load_scorecards()
    title = cards.for_stage(Stage.SERVICE).title
    assert title.text("en") == "Service: reliable day-to-day use"
    set_language("zh-Hant")
    assert title.text() == "服務：日常使用穩定可靠"
    assert cards.success.title.text().startswith("處於服務或價值階段")


def test_command_line_columns_count_wide_characters_twice() -> None:
    assert column("東京テック", 12) == "東京テック  "
    assert column("東京テック株式会社", 9) == "東京テッ "
    assert column("得分", 7, right=True) == "   得分"
    assert column("Acme", 6) == "Acme  "
