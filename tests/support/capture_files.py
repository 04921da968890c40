"""Calendar and mail files written by the tests: .ics with recurrences and zones, .eml in the
charsets of Japanese and Chinese mail, and a real Outlook .msg (an OLE compound file)."""

from __future__ import annotations

import base64
import struct
from collections.abc import Sequence
from datetime import UTC, datetime
from email.header import Header
from pathlib import Path

from cs_desktop.db import Store
from cs_desktop.ids import AccountId
from cs_desktop.models import Stakeholder
from tests.support.factories import add_account


def calendar(*events: str) -> str:
    """A VCALENDAR around ``events`` (each a VEVENT body without BEGIN/END lines)."""
    body = "".join(f"BEGIN:VEVENT\r\n{event.strip()}\r\nEND:VEVENT\r\n" for event in events)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CS Desktop tests//EN\r\n"
        f"{body}END:VCALENDAR\r\n"
    )


def event(
    uid: str,
    start: str,
    summary: str,
    attendees: Sequence[str] = (),
    *extra: str,
    organizer: str = "csm@ourcompany.example",
) -> str:
    """One VEVENT body; ``start`` is a whole DTSTART line's value part, e.g.
    ``;TZID=Asia/Tokyo:20260302T100000`` or ``;VALUE=DATE:20260302`` or ``:20260302T010000Z``."""
    lines = [
        f"UID:{uid}",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART{start}",
        f"SUMMARY:{summary}",
        f"ORGANIZER;CN=Casey CSM:mailto:{organizer}",
        *(f"ATTENDEE;CN={a.split('@')[0]}:mailto:{a}" for a in attendees),
        *extra,
    ]
    return "\r\n".join(lines)


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# What mail programs really encode with when they declare a charset (its Windows superset).
_WRITTEN_WITH = {"shift_jis": "cp932", "gb2312": "gbk", "big5": "cp950"}


def eml(
    charset: str,
    subject: str,
    body: str,
    *,
    sender: str = "Tanaka Taro <taro@tokyo-tech.co.jp>",
    to: str = "Casey CSM <csm@ourcompany.example>",
    message_id: str = "<1@tokyo-tech.co.jp>",
    date: str = "Mon, 02 Mar 2026 10:15:00 +0900",
    transfer: str = "base64",
) -> bytes:
    """A mail whose subject (RFC 2047) and body are written in ``charset``."""
    name, _, address = sender.partition(" <")
    encoded_name = Header(name, charset).encode()
    data = body.encode(_WRITTEN_WITH.get(charset, charset))
    # base64, or 7bit (ISO-2022-JP) and 8bit as written
    payload = base64.encodebytes(data) if transfer == "base64" else data.replace(b"\n", b"\r\n")
    head = (
        f"From: {encoded_name} <{address}\r\n"
        f"To: {to}\r\n"
        f"Subject: {Header(subject, charset).encode()}\r\n"
        f"Date: {date}\r\n"
        f"Message-ID: {message_id}\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: text/plain; charset="{charset}"\r\n'
        f"Content-Transfer-Encoding: {transfer}\r\n\r\n"
    )
    return head.encode("ascii") + payload


# --- Outlook .msg ---------------------------------------------------------------------------
_PT_LONG, _PT_SYSTIME = 0x0003, 0x0040


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def _fixed(tag: int, value: bytes) -> bytes:
    return struct.pack("<II", tag, 0x06) + value  # readable and writable


def write_msg(
    path: Path,
    *,
    subject: str,
    body: str,
    sender: tuple[str, str],
    recipients: Sequence[tuple[str, str, int]],
    sent: datetime,
    message_id: str,
) -> Path:
    """An Outlook message (MS-OXMSG) in an OLE compound file, written with extract-msg's
    own OLE writer. ``recipients`` are (name, address, type): 1 To, 2 Cc."""
    from extract_msg.ole_writer import OleWriter

    epoch = datetime(1601, 1, 1, tzinfo=UTC)
    filetime = struct.pack("<Q", int((sent - epoch).total_seconds() * 10_000_000))
    writer = OleWriter()
    header = b"\0" * 8 + struct.pack("<IIII", len(recipients), 0, len(recipients), 0) + b"\0" * 8
    writer.addEntry(
        "__properties_version1.0",
        header
        + _fixed(0x0E06 << 16 | _PT_SYSTIME, filetime)  # delivery time
        + _fixed(0x0039 << 16 | _PT_SYSTIME, filetime),  # submit time
    )
    for tag, text in (
        ("001A", "IPM.Note"),
        ("0037", subject),
        ("1000", body),
        ("0C1A", sender[0]),
        ("0C1F", sender[1]),
        ("5D01", sender[1]),
        ("1035", message_id),
    ):
        writer.addEntry(f"__substg1.0_{tag}001F", _utf16(text))
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    for number, (name, address, kind) in enumerate(recipients):
        folder = f"__recip_version1.0_#{number:08X}"
        writer.addEntry(folder, storage=True)
        writer.addEntry(
            f"{folder}/__properties_version1.0",
            b"\0" * 8 + _fixed(0x0C15 << 16 | _PT_LONG, struct.pack("<Q", kind)),
        )
        writer.addEntry(f"{folder}/__substg1.0_3001001F", _utf16(name))
        writer.addEntry(f"{folder}/__substg1.0_39FE001F", _utf16(address))
        writer.addEntry(f"{folder}/__substg1.0_3003001F", _utf16(address))
    writer.write(str(path))
    return path


# --- a small book to match against ------------------------------------------------------------
def capture_book(store: Store) -> dict[str, AccountId]:
    """Accounts in Tokyo, Shanghai, Taipei and London, each with a stakeholder by address."""
    accounts = {
        "tokyo": add_account(store, "Tokyo Tech", domain="tokyo-tech.co.jp"),
        "shanghai": add_account(store, "Shanghai Logistics", domain="sh-logistics.cn"),
        "taipei": add_account(store, "Taipei Semi", domain="taipei-semi.com.tw"),
        "london": add_account(store, "London Retail", domain="londonretail.co.uk"),
    }
    with store.write() as session:
        for key, name, address in (
            ("tokyo", "Tanaka Taro", "taro@tokyo-tech.co.jp"),
            ("shanghai", "Wang Wei", "wang.wei@sh-logistics.cn"),
            ("taipei", "Lin Mei", "mei.lin@taipei-semi.com.tw"),
            ("london", "Olivia Brown", "olivia@londonretail.co.uk"),
            # A consultant on the Shanghai account with a personal address.
            ("shanghai", "Li Na", "lina.consulting@gmail.com"),
        ):
            session.add(Stakeholder(account_id=accounts[key], name=name, email=address))
    return accounts
