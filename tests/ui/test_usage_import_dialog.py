"""Import usage data from the window: preview, map a ratio, check, remember, import, cancel."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox
from sqlalchemy import text

from cs_desktop.db import Store
from cs_desktop.importer import ImportKind, import_file
from cs_desktop.importer.usage import import_usage
from tests.support.import_files import dump, write_csv
from ui.main.usage_import_dialog import UsageImportDialog
from ui.tasks import ChangeHub, TaskRunner

DATA = Path(__file__).parents[1] / "data" / "usage"
WEEKLY = DATA / "weekly-usage.csv"


@pytest.fixture
def book(store: Store) -> Store:
    import_file(store, ImportKind.ACCOUNTS, DATA / "accounts.csv")
    return store


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_dialog(qtbot, book: Store, settings: QSettings) -> Iterator:
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner(book, ChangeHub())

    def make(path: Path) -> UsageImportDialog:
        dialog = UsageImportDialog(window, runner, settings)
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
            dialog.open_file(path)
        return dialog

    yield make
    runner.shutdown()


def samples(store: Store) -> list[tuple[str, str, str, float]]:
    """(account external key, indicator, day, value) of every stored sample."""
    with store.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT a.external_key, s.indicator_key, s.sample_date, s.value "
                "FROM health_sample s JOIN account a ON a.id = s.account_id "
                "ORDER BY a.external_key, s.indicator_key, s.sample_date"
            )
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def map_the_ratio(dialog: UsageImportDialog) -> None:
    dialog.mapping.choose("Weekly active users", "login_rate", "Licensed seats")
    dialog.mapping.choose("Support tickets", "inquiry_count")


def test_the_preview_shows_the_columns_rows_and_the_suggested_choice(make_dialog) -> None:
    dialog = make_dialog(WEEKLY)
    assert dialog.file_details.text() == "6 rows · comma-separated · UTF-8"
    table = dialog.preview
    assert table.columnCount() == 6 and table.rowCount() == 5
    assert table.item(0, 2).text() == "84"
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[0] == "Account ID\n→ account"
    assert headers[2] == "Weekly active users\nnot imported"
    assert headers[4] == "Feature adoption\n→ Feature adoption"
    assert dialog.account_column.currentData() == "Account ID"
    assert dialog.date_column.currentData() == "Week starting"
    assert dialog.metric_column.currentData() is None
    assert dialog.period.currentText() == "As the date column's header says (now: weekly)"
    assert dialog.mapping.sources() == {"Feature adoption": ("feature_adoption", None)}
    assert dialog.remembered.isHidden()


def test_a_long_export_maps_its_metrics(make_dialog) -> None:
    dialog = make_dialog(DATA / "daily-long.csv")
    assert dialog.metric_column.currentData() == "metric"
    assert dialog.mapping.horizontalHeaderItem(0).text() == "Metric"
    assert dialog.mapping.sources() == {
        "login_rate": ("login_rate", None),
        "inquiry_count": ("inquiry_count", None),
    }
    # Without the metric column the file is wide: its remaining columns are the choices.
    dialog.metric_column.setCurrentIndex(0)
    assert dialog.mapping.horizontalHeaderItem(0).text() == "Column"
    assert dialog.mapping.sources() == {}


def test_mapping_a_ratio_imports_the_samples_and_closes(qtbot, make_dialog, book) -> None:
    dialog = make_dialog(WEEKLY)
    map_the_ratio(dialog)
    header = dialog.preview.horizontalHeaderItem(3).text()
    assert header == "Licensed seats\n→ Login rate (÷)"
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as imported:
        dialog.import_button.click()
    report = imported.args[0]
    assert (report.rows, report.created, report.updated, report.unchanged) == (6, 126, 0, 0)
    assert not dialog.isVisible()
    stored = samples(book)
    assert ("crm:1001", "login_rate", "2024-04-01", 0.7) in stored
    assert ("crm:1001", "login_rate", "2024-04-07", 0.7) in stored  # the whole week
    assert ("crm:1001", "inquiry_count", "2024-04-08", 2.0) in stored
    status = dialog.main_window.statusBar().currentMessage()
    assert status == (
        "Imported weekly-usage.csv: 6 rows; daily samples added 126, updated 0, unchanged 0"
    )


def test_a_refused_choice_says_why_by_its_field_and_keeps_the_choices(make_dialog, book):
    dialog = make_dialog(WEEKLY)
    dialog.period.setCurrentIndex(dialog.period.findData("daily"))
    dialog.mapping.choose("Feature adoption", None)
    dialog.import_button.click()
    assert dialog.errors.problem("indicators") == "Map at least one column to an indicator"

    dialog.mapping.choose("Weekly active users", "login_rate", "Licensed seats")
    assert dialog.errors.problem("indicators") == ""  # re-checked as the user fixes it
    dialog.mapping.choose("Support tickets", "login_rate")
    dialog.date_column.setCurrentIndex(dialog.date_column.findData("Account ID"))
    dialog.import_button.click()
    assert dialog.errors.problem("indicators") == (
        "Login rate is read from 'Weekly active users', 'Support tickets': keep one"
    )
    assert dialog.errors.problem("date") == "'Account ID' already holds the account"
    assert dialog.isVisible() and dialog.task is None
    assert dialog.period.currentData() == "daily"
    assert dialog.mapping.sources()["Weekly active users"] == ("login_rate", "Licensed seats")
    assert dialog.date_column.currentData() == "Account ID"
    assert samples(book) == []


def test_the_choice_is_remembered_for_the_next_file_of_the_same_shape(
    qtbot, make_dialog, tmp_path: Path
) -> None:
    dialog = make_dialog(WEEKLY)
    map_the_ratio(dialog)
    dialog.mapping.choose("Feature adoption", None)
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        dialog.import_button.click()

    # Next week's export: the same columns in another order.
    lines = WEEKLY.read_text(encoding="utf-8").splitlines()
    reordered = [",".join(reversed(line.split(","))) for line in lines]
    next_week = tmp_path / "next-week.csv"
    next_week.write_text("\n".join(reordered) + "\n", encoding="utf-8")
    again = make_dialog(next_week)
    assert not again.remembered.isHidden()
    assert again.mapping.sources() == {
        "Weekly active users": ("login_rate", "Licensed seats"),
        "Support tickets": ("inquiry_count", None),
    }
    again.use_suggestions.click()
    assert again.mapping.sources() == {"Feature adoption": ("feature_adoption", None)}
    assert again.remembered.isHidden()

    other_shape = write_csv(tmp_path / "other.csv", [["Account", "Date", "Logins"]])
    assert make_dialog(other_shape).remembered.isHidden()


def test_cancel_leaves_the_store_as_it_was(qtbot, make_dialog, book, tmp_path: Path) -> None:
    import_usage(book, DATA / "daily-long.csv")  # samples the cancelled import must keep
    days = [f"2024-{month:02d}-{day:02d}" for month in range(1, 13) for day in range(1, 29)]
    rows = [["Account ID", "Date", "login_rate"]]
    rows += [[key, day, "0.5"] for key in ("1001", "1002", "1003") for day in days]
    path = write_csv(tmp_path / "year.csv", rows)
    before = dump(book)
    dialog = make_dialog(path)
    with qtbot.waitSignal(dialog.import_failed, timeout=60_000) as failed:
        dialog.import_button.click()
        dialog.cancel_button.click()  # the Cancel of the running import, not of the dialog
    assert type(failed.args[0]).__name__ == "JobCancelled"
    assert dialog.isVisible()
    assert dialog.message.text() == "Import cancelled; nothing was written."
    assert dialog.mapping.sources() == {"login_rate": ("login_rate", None)}
    assert dump(book) == before


def test_rows_matching_no_account_are_explained_by_the_account_column(
    qtbot, make_dialog, book, tmp_path: Path
) -> None:
    path = shutil.copy(WEEKLY, tmp_path / "usage.csv")
    dialog = make_dialog(Path(path))
    dialog.account_column.setCurrentIndex(dialog.account_column.findData("Licensed seats"))
    with qtbot.waitSignal(dialog.import_failed, timeout=60_000):
        dialog.import_button.click()
    assert dialog.errors.problem("account").startswith(
        "No row matched an account: the column 'Licensed seats' holds '120', '60', '40'"
    )
    assert dialog.isVisible() and samples(book) == []


def test_bad_rows_are_listed_and_the_dialog_stays(qtbot, make_dialog, book, tmp_path) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["Account ID", "Date", "login_rate"],
            ["1001", "2024-04-01", "0.5"],
            ["1002", "2024-04-31", "0.5"],
        ],
    )
    dialog = make_dialog(path)
    with qtbot.waitSignal(dialog.import_failed, timeout=60_000):
        dialog.import_button.click()
    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    assert box.text() == "bad.csv has 1 problem; fix it and import again. Nothing was written."
    assert dialog.message.text() == "Nothing was imported: 1 problem in the file."
    assert "row 3, column 'Date': '2024-04-31' is not a valid date" in box.detailedText()
    assert dialog.isVisible() and samples(book) == []


def test_closing_while_the_preview_is_read_drops_it(qtbot, book, settings) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner(book, ChangeHub())
    dialog = UsageImportDialog(window, runner, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(WEEKLY)
    dialog.reject()
    runner.shutdown()  # the read ends; its result reaches no widget
    qtbot.wait(50)
    assert dialog.preview_data is None and not dialog.isVisible()


def test_a_file_that_cannot_be_read_says_why_and_offers_another(
    qtbot, make_dialog, tmp_path: Path
) -> None:
    dialog = make_dialog(WEEKLY)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with qtbot.waitSignal(dialog.preview_failed, timeout=10_000) as failed:
        dialog.open_file(empty)
    assert failed.args[0] == f"{empty}: the file is empty (expected a header row)"
    assert dialog.message.text() == failed.args[0]
    assert dialog.preview.columnCount() == 0 and dialog.mapping.rowCount() == 0
    assert not dialog.import_button.isEnabled() and dialog.choose_file.isEnabled()
