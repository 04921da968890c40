"""Mail capture: .eml and .msg files become email touchpoints; every charset reads right."""

# Chinese mail uses full-width punctuation, which is not a mistake.
# ruff: noqa: RUF001

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cs_desktop.capture.importing import import_mail
from cs_desktop.capture.inbox import UnmatchedItem
from cs_desktop.capture.items import CaptureError
from cs_desktop.capture.mail import read_mail
from cs_desktop.capture.mail_text import decode_text
from cs_desktop.capture.unmatched import list_unmatched
from cs_desktop.db import Store
from cs_desktop.models import Stakeholder, Touchpoint, TouchpointKind, touchpoint_attendee
from tests.support.capture_files import capture_book, eml, write_msg

# (charset, transfer encoding, sender, subject, body): what mail from each place looks like.
MAILS = [
    (
        "iso-2022-jp",
        "7bit",
        "田中 太郎 <taro@tokyo-tech.co.jp>",
        "来期の更新について",
        "いつもお世話になっております。\n来期の契約更新についてご相談させてください。\n",
    ),
    (
        "shift_jis",
        "base64",
        "田中 太郎 <taro@tokyo-tech.co.jp>",
        "導入状況のご報告",
        "ログイン率が８割を超えました。髙橋も喜んでいます。\n",
    ),
    (
        "gb2312",
        "base64",
        "王伟 <wang.wei@sh-logistics.cn>",
        "关于季度业务回顾的安排",
        "您好，下周的季度回顾请安排在周三下午。\n",
    ),
    (
        "big5",
        "base64",
        "林美 <mei.lin@taipei-semi.com.tw>",
        "導入進度確認",
        "您好，本週的導入會議改到星期四。\n",
    ),
    (
        "utf-8",
        "base64",
        "Olivia Brown <olivia@londonretail.co.uk>",
        "Store rollout — next steps ✓",
        "Thanks for today. Naïve question: can we move to weekly calls?\n",
    ),
]


def _counts(store: Store) -> tuple[int, int]:
    with store.read() as session:
        touchpoints = session.scalar(select(func.count()).select_from(Touchpoint))
        waiting = session.scalar(select(func.count()).select_from(UnmatchedItem))
    return touchpoints or 0, waiting or 0


@pytest.mark.parametrize(("charset", "transfer", "sender", "subject", "body"), MAILS)
def test_mail_in_each_charset_is_decoded_and_matched_to_its_sender(
    store: Store,
    tmp_path: Path,
    charset: str,
    transfer: str,
    sender: str,
    subject: str,
    body: str,
) -> None:
    accounts = capture_book(store)
    path = tmp_path / f"{charset}.eml"
    path.write_bytes(
        eml(
            charset,
            subject,
            body,
            sender=sender,
            message_id=f"<{charset}@example>",
            transfer=transfer,
        )
    )
    report = import_mail(store, path)
    assert (report.read, report.created, report.unmatched) == (1, 1, 0)
    with store.read() as session:
        (touchpoint,) = session.scalars(select(Touchpoint)).all()
        linked = session.scalars(
            select(Stakeholder.email)
            .join(touchpoint_attendee)
            .where(touchpoint_attendee.c.touchpoint_id == touchpoint.id)
        ).all()
    assert touchpoint.kind is TouchpointKind.EMAIL
    assert touchpoint.title == subject
    assert touchpoint.notes == body.strip()
    assert touchpoint.external_key == f"mail:{charset}@example"
    assert linked == [sender.split("<")[1].rstrip(">")]
    expected_account = {
        "iso-2022-jp": "tokyo",
        "shift_jis": "tokyo",
        "gb2312": "shanghai",
        "big5": "taipei",
        "utf-8": "london",
    }[charset]
    assert touchpoint.account_id == accounts[expected_account]


def test_the_sender_s_name_is_decoded_too(tmp_path: Path) -> None:
    path = tmp_path / "name.eml"
    path.write_bytes(
        eml("iso-2022-jp", "件名", "本文\n", sender="田中 太郎 <taro@tokyo-tech.co.jp>")
    )
    item = read_mail(path)
    assert item.people[0].name == "田中 太郎"
    assert item.occurred_at == datetime(2026, 3, 2, 1, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("data", "declared", "text"),
    [
        # Windows' ISO-2022-JP (CP50220): NEC's circled digits and ㈱.
        (b"\x1b$B-!-j\x1b(B Tokyo", "ISO-2022-JP", "①㈱ Tokyo"),
        ("①㈱髙".encode("cp932"), "Shift_JIS", "①㈱髙"),
        ("喆镕".encode("gbk"), "GB2312", "喆镕"),  # GBK characters in "GB2312" mail
        ("價格€".encode("cp950"), "Big5", "價格€"),  # Microsoft's euro sign in "Big5" mail
        ("日本語".encode(), None, "日本語"),
        ("日本語のメール本文です".encode("cp932"), None, "日本語のメール本文です"),
    ],
)
def test_what_mail_programs_write_under_each_charset_decodes_without_loss(
    data: bytes, declared: str | None, text: str
) -> None:
    assert decode_text(data, declared) == text


def test_an_html_only_mail_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "html.eml"
    path.write_bytes(
        b"From: Olivia <olivia@londonretail.co.uk>\r\nSubject: Agenda\r\n"
        b"Message-ID: <html@example>\r\nDate: Tue, 03 Mar 2026 09:00:00 +0000\r\n"
        b'Content-Type: text/html; charset="utf-8"\r\n\r\n'
        b"<html><style>p{}</style><body><p>First &amp; foremost</p><p>Second</p></body></html>"
    )
    assert read_mail(path).notes == "First & foremost\nSecond"


def _msg(tmp_path: Path, name: str = "renewal.msg", message_id: str = "<msg-1@example>") -> Path:
    return write_msg(
        tmp_path / name,
        subject="更新見積もりの件",
        body="見積もりを添付します。\n",
        sender=("Casey CSM", "csm@ourcompany.example"),
        recipients=[
            ("田中 太郎", "taro@tokyo-tech.co.jp", 1),
            ("Finance", "finance@elsewhere.example", 2),
        ],
        sent=datetime(2026, 3, 4, 2, 0, tzinfo=UTC),
        message_id=message_id,
    )


def test_an_outlook_msg_becomes_a_touchpoint_of_its_recipient_s_account(
    store: Store, tmp_path: Path
) -> None:
    accounts = capture_book(store)
    report = import_mail(store, _msg(tmp_path))
    assert report.created == 1
    with store.read() as session:
        (touchpoint,) = session.scalars(select(Touchpoint)).all()
    assert touchpoint.account_id == accounts["tokyo"]
    assert (touchpoint.title, touchpoint.notes) == ("更新見積もりの件", "見積もりを添付します。")
    assert touchpoint.occurred_at == datetime(2026, 3, 4, 2, 0, tzinfo=UTC)
    assert touchpoint.external_key == "mail:msg-1@example"
    assert "finance@elsewhere.example" in touchpoint.other_attendees


def test_a_folder_of_mails_is_imported_once_whatever_the_copies(
    store: Store, tmp_path: Path
) -> None:
    capture_book(store)
    folder = tmp_path / "mails"
    (folder / "2026-03").mkdir(parents=True)
    for number, (charset, transfer, sender, subject, body) in enumerate(MAILS):
        (folder / "2026-03" / f"{number}.eml").write_bytes(
            eml(
                charset,
                subject,
                body,
                sender=sender,
                message_id=f"<m{number}@x>",
                transfer=transfer,
            )
        )
    _msg(folder)
    # The same mail saved again as .msg: its Message-ID makes it one touchpoint.
    _msg(folder, "copy.msg")
    (folder / "notes.txt").write_text("not a mail", encoding="utf-8")
    (folder / "stranger.eml").write_bytes(
        eml("utf-8", "Hello", "Who are you?\n", sender="X <x@unknown.example>", message_id="<s@x>")
    )
    first = import_mail(store, folder)
    assert (first.read, first.created, first.unchanged, first.unmatched) == (8, 6, 0, 1)
    again = import_mail(store, folder)
    assert (again.created, again.unchanged, again.unmatched) == (0, 6, 1)
    assert _counts(store) == (6, 1)
    with store.read() as session:
        (waiting,) = list_unmatched(session)
    assert (waiting.title, waiting.source_file) == ("Hello", "stranger.eml")
    assert waiting.kind is TouchpointKind.EMAIL
    assert "1 item matches no account" in first.format()


def test_a_bad_file_in_the_folder_stops_the_import_naming_it(store: Store, tmp_path: Path) -> None:
    capture_book(store)
    (tmp_path / "good.eml").write_bytes(eml("utf-8", "Hi", "Body\n"))
    (tmp_path / "empty.eml").write_bytes(b"just some text\r\n")
    (tmp_path / "fake.msg").write_bytes(b"not an OLE file at all")
    with pytest.raises(CaptureError) as refused:
        import_mail(store, tmp_path)
    message = str(refused.value)
    assert "2 files cannot be imported; nothing was imported" in message
    assert "empty.eml: is not a mail" in message
    assert "fake.msg: is not an Outlook message" in message
    assert _counts(store) == (0, 0)


def test_a_file_that_is_no_mail_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(CaptureError, match=r"sheet\.csv: is not a mail file"):
        import_mail(store, path)
    with pytest.raises(CaptureError, match="no such file or folder"):
        import_mail(store, tmp_path / "missing.eml")


def test_several_mail_files_are_one_import(store: Store, tmp_path: Path) -> None:
    capture_book(store)
    first = tmp_path / "a" / "one.eml"
    second = tmp_path / "b" / "two.eml"
    for number, path in enumerate((first, second)):
        path.parent.mkdir()
        path.write_bytes(eml("utf-8", f"Mail {number}", "Body\n", message_id=f"<{number}@x>"))
    report = import_mail(store, [first, second, first])
    assert (report.read, report.created, report.path) == (2, 2, tmp_path)
