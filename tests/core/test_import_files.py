"""Reading import files: encodings Excel writes, delimiters, workbooks."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from cs_desktop.db import Store
from cs_desktop.importer import ImportKind, ImportRejected, import_file
from cs_desktop.importer.encoding import detect_encoding
from cs_desktop.models import Stage, Tier
from tests.support.import_files import accounts, dump, write_csv, write_xlsx

ACCOUNTS = ImportKind.ACCOUNTS
HEADER = ["name", "domain", "segment", "owner", "stage"]

JAPANESE = [
    ["株式会社サンプル", "sample.co.jp", "製造業", "山田 太郎", "導入"],
    ["東京電機工業株式会社", "tokyo-denki.jp", "電機・電子", "佐藤 花子", "運用"],
    ["さくらソフトウェア", "sakura-soft.jp", "ソフトウェア", "鈴木 一郎", "sales"],
]
SIMPLIFIED = [
    ["北京数据科技有限公司", "bjdata.cn", "软件", "王伟", "交付"],
    ["上海云服务股份公司", "shcloud.cn", "互联网", "李娜", "服务"],
    ["深圳智能制造集团", "szzn.cn", "制造业", "张敏", "价值"],
]
TRADITIONAL = [
    ["台北資訊科技股份有限公司", "tpinfo.tw", "軟體", "陳建宏", "delivery"],
    ["高雄港灣物流公司", "khport.tw", "物流", "林美玲", "service"],
    ["新竹半導體設計公司", "hcsemi.tw", "半導體", "黃志明", "value"],
]
CASES = [
    ("utf-8", JAPANESE + SIMPLIFIED),
    ("utf-8-sig", TRADITIONAL),
    ("cp932", JAPANESE),
    ("gb18030", SIMPLIFIED),
    ("big5", TRADITIONAL),
]


@pytest.mark.parametrize(("encoding", "rows"), CASES)
@pytest.mark.parametrize("count", [1, 2, 3], ids=lambda n: f"{n}rows")
def test_each_encoding_excel_writes(
    store: Store, tmp_path: Path, encoding: str, rows: list[list[str]], count: int
) -> None:
    path = write_csv(tmp_path / "accounts.csv", [HEADER, *rows[:count]], encoding=encoding)
    report = import_file(store, ACCOUNTS, path)
    found = accounts(store)
    assert sorted(found) == sorted(row[0] for row in rows[:count])
    for name, _domain, segment, owner, _stage in rows[:count]:
        assert (found[name].segment, found[name].owner) == (segment, owner)
    assert report.encoding is not None
    assert path.read_bytes().decode(report.encoding).lstrip("\ufeff").startswith("name")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("name\n東京都\n", "cp932"),
        ("name\nトヨタ\n", "cp932"),
        ("name\n北京公司\n", "gb18030"),
        ("name\n台北\n", "big5"),
        ("顧客名,担当\nサンプル商事,田中\n", "cp932"),
        ("客户,负责人\n华为,刘洋\n", "gb18030"),
        ("客戶,負責人\n鴻海,吳淑芬\n", "big5"),
    ],
)
def test_very_short_files_decode_right(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    assert data.decode(detect_encoding(data)) == text


def test_utf8_is_preferred_and_bom_is_dropped() -> None:
    assert detect_encoding("name\nSociété\n".encode()) == "utf-8"
    assert detect_encoding("name\n東京\n".encode("utf-8-sig")) == "utf-8-sig"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_each_delimiter(store: Store, tmp_path: Path, delimiter: str) -> None:
    rows = [
        ["Account Name", "Account ID", "Account Owner", "Annual Revenue"],
        ["Acme, Inc.", "001", "Kim; Lee", "1,200"],
        ["Beta | Co", "002", "Tab\tby", "3"],
    ]
    path = write_csv(tmp_path / "accounts.csv", rows, delimiter=delimiter)
    report = import_file(store, ACCOUNTS, path)
    assert report.delimiter == delimiter
    assert (report.layout, report.created) == ("salesforce", 2)
    assert accounts(store)["Acme, Inc."].owner == "Kim; Lee"


def test_delimiter_of_a_file_read_only_through_the_map(store: Store, tmp_path: Path) -> None:
    rows = [["Firma", "Netz"], ["Müller GmbH", "mueller.de"], ["Schmidt AG", "schmidt.de"]]
    path = write_csv(tmp_path / "firmen.csv", rows, delimiter=";", encoding="cp1252")
    report = import_file(store, ACCOUNTS, path, {"Firma": "name", "Netz": "domain"})
    assert report.delimiter == ";"
    assert accounts(store)["Müller GmbH"].domain == "mueller.de"


def test_quoted_line_breaks_and_blank_lines(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_bytes(
        b'name,segment\r\n\r\n"Acme\r\nHoldings",retail\r\n\r\nBeta,"a ""quoted"" word"\r\n'
        b"Bad,x,extra\r\n"
    )
    with pytest.raises(ImportRejected) as caught:
        import_file(store, ACCOUNTS, path)
    # Rows are numbered as a spreadsheet shows them: blank lines count, a quoted break doesn't.
    [problem] = caught.value.report.problems
    assert problem.row == 6
    assert "has 3 cells but the header has 2 columns" in problem.reason
    assert caught.value.report.rows == 3


def test_xlsx_with_typed_cells(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "accounts.xlsx",
        [
            ["Name", "ARR", "Renewal Date", "Contract Start", "Tier", "Stage", "External Key"],
            ["Acme", 1200000.5, datetime(2025, 3, 31), "2024/04/01", "SMB", "Value", 1001],
            [None, None, None, None, None, None, None],
            ["Beta", "¥3,000", None, None, None, None, 1002.0],
        ],
        sheet="Accounts",
    )
    report = import_file(store, ACCOUNTS, path)
    assert (report.encoding, report.delimiter, report.rows) == (None, None, 2)
    found = accounts(store)
    acme = found["Acme"]
    assert (acme.arr, acme.renewal_date, acme.contract_start) == (
        Decimal("1200000.50"),
        date(2025, 3, 31),
        date(2024, 4, 1),
    )
    assert (acme.tier, acme.stage, acme.external_key) == (Tier.SMB, Stage.VALUE, "1001")
    assert found["Beta"].external_key == "1002"


def test_xlsx_sheet_named_like_the_kind_and_row_numbers(store: Store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    notes = workbook.active
    assert notes is not None
    notes.title = "Read me"
    notes.append(["This workbook holds our accounts"])
    sheet = workbook.create_sheet("accounts")
    sheet.append(["name", "renewal_date"])
    sheet.append(["Acme", datetime(2025, 1, 1)])
    sheet.append([])
    sheet.append(["Beta", "2024-02-30"])
    path = tmp_path / "book.xlsx"
    workbook.save(path)
    before = dump(store)
    with pytest.raises(ImportRejected) as caught:
        import_file(store, ACCOUNTS, path)
    assert [p.format()[:45] for p in caught.value.report.problems] == [
        "row 4, column 'renewal_date': '2024-02-30' is"
    ]
    assert dump(store) == before


def test_old_mac_line_endings_and_utf16_text(store: Store, tmp_path: Path) -> None:
    mac = tmp_path / "mac.csv"
    mac.write_bytes(b'name,owner\rMac One,Kim\rMac Two,"Lee\rand Sam"\r')
    unicode_text = tmp_path / "unicode.txt"  # Excel's "Unicode text": UTF-16, tabs
    unicode_text.write_bytes("name\towner\r\nÜnal Yazilim\t東京\r\n".encode("utf-16"))
    assert import_file(store, ACCOUNTS, mac).created == 2
    report = import_file(store, ACCOUNTS, unicode_text)
    assert (report.encoding, report.delimiter, report.created) == ("utf-16", "\t", 1)
    found = accounts(store)
    assert (found["Mac Two"].owner, found["Ünal Yazilim"].owner) == ("Lee\rand Sam", "東京")
