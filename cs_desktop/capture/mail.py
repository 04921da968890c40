"""Reading mails (``.eml`` and Outlook ``.msg``) into email touchpoints.

The sender and every recipient (To, Cc) become the item's people; the Message-ID is its key, so
the same mail imported twice (from two folders, or once as ``.eml`` and once as ``.msg``) is
one touchpoint. Headers and bodies are decoded in the charset they declare, read as the superset
mail programs write (:mod:`cs_desktop.capture.mail_text`); a mail with only HTML is reduced to
its text.
"""

from __future__ import annotations

import email
import hashlib
import html
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Any

from cs_desktop.capture.items import CapturedItem, CaptureError, Person, make_key, short_title
from cs_desktop.capture.mail_text import decode_text
from cs_desktop.i18n import _
from cs_desktop.vocabulary import TouchpointKind

MAIL_SUFFIXES = (".eml", ".msg")
# A touchpoint keeps the first part of a long mail; the rest stays in the mail program.
NOTES_LENGTH = 20_000
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_BREAKS = re.compile(r"<\s*(br|/p|/div|/tr|/li|/h\d)\b[^>]*>", re.IGNORECASE)


def mail_files(path: Path) -> list[Path]:
    """``path`` itself, or the ``.eml`` and ``.msg`` files in the folder and its subfolders.

    Raises:
        CaptureError: ``path`` does not exist, or is a file of another kind.
    """
    if path.is_dir():
        return sorted(
            (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in MAIL_SUFFIXES),
            key=lambda p: str(p).casefold(),
        )
    if not path.exists():
        raise CaptureError(_("{path}: no such file or folder").format(path=path))
    if path.suffix.lower() not in MAIL_SUFFIXES:
        raise CaptureError(
            _("{path}: is not a mail file (expected .eml or .msg, or a folder of them)").format(
                path=path
            )
        )
    return [path]


def read_mail(path: Path) -> CapturedItem:
    """The mail in the ``.eml`` or ``.msg`` file at ``path``.

    Raises:
        CaptureError: the file cannot be read or holds no mail.
    """
    if path.suffix.lower() == ".msg":
        return _read_msg(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CaptureError(
            _("{path}: cannot be read ({reason})").format(path=path, reason=error.strerror)
        ) from None
    return read_eml(data, path)


def read_eml(data: bytes, path: Path) -> CapturedItem:
    """The mail ``data`` (RFC 5322 bytes) read from ``path``."""
    message = email.message_from_bytes(data)
    if not any(message.get(name) for name in ("From", "Date", "Message-ID")):
        raise CaptureError(
            _("{path}: is not a mail (it has no From, Date or Message-ID header)").format(path=path)
        )
    charset = _first_charset(message)
    subject = _header(message, "Subject", charset)
    sender = _people(_header(message, "From", charset))
    recipients = _people(*(_header(message, name, charset) for name in ("To", "Cc")))
    body = _body(message)
    occurred_at = _date(message.get("Date"), path)
    identity = _header(message, "Message-ID", charset).strip().strip("<>").strip()
    return _item(path, identity, subject, body, occurred_at, [*sender, *recipients])


def _read_msg(path: Path) -> CapturedItem:
    import extract_msg

    try:
        message: Any = extract_msg.openMsg(str(path), strict=False)
    except Exception as error:  # extract-msg raises many kinds for a file that is no .msg
        raise CaptureError(
            _("{path}: is not an Outlook message ({reason})").format(path=path, reason=error)
        ) from None
    try:
        subject = str(getattr(message, "subject", "") or "")
        sender = _people(str(getattr(message, "sender", "") or ""))
        recipients = [
            Person(str(person.name or "").strip(), str(person.email or "").strip())
            for person in getattr(message, "recipients", ())
            if person.email
        ]
        body = getattr(message, "body", None)
        if not body:
            markup = getattr(message, "htmlBody", None)
            body = _html_text(decode_text(markup, "utf-8")) if markup else ""
        moment = getattr(message, "date", None)
        identity = str(getattr(message, "messageId", "") or "").strip().strip("<>").strip()
    finally:
        message.close()
    if isinstance(moment, datetime):
        occurred_at = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    else:
        occurred_at = _file_time(path)
    return _item(path, identity, subject, str(body), occurred_at, [*sender, *recipients])


def _item(
    path: Path,
    identity: str,
    subject: str,
    body: str,
    occurred_at: datetime,
    people: list[Person],
) -> CapturedItem:
    senders = people[:1]
    if not identity:
        # No Message-ID (a draft, a mail saved by hand): what it says identifies it.
        digest = hashlib.sha256(
            "\n".join(
                [occurred_at.isoformat(), *(p.email for p in senders), subject, body[:2000]]
            ).encode("utf-8")
        ).hexdigest()
        identity = f"sha256:{digest}"
    seen: set[str] = set()
    unique = []
    for person in people:
        if person.email and person.email.casefold() not in seen:
            seen.add(person.email.casefold())
            unique.append(person)
    notes = body.strip().replace("\r\n", "\n")
    if len(notes) > NOTES_LENGTH:
        notes = notes[: NOTES_LENGTH - 1] + "…"
    return CapturedItem(
        key=make_key("mail", identity),
        kind=TouchpointKind.EMAIL,
        occurred_at=occurred_at.astimezone(UTC),
        title=short_title(subject, _("(no subject)")),
        notes=notes,
        people=tuple(unique),
        source_file=path.name,
    )


def _first_charset(message: Message) -> str | None:
    for part in message.walk():
        charset = part.get_content_charset()
        if charset:
            return charset
    return None


def _header(message: Message, name: str, fallback_charset: str | None) -> str:
    """A header's text: encoded words in their charsets, raw 8-bit bytes in the mail's."""
    raw = message.get(name)
    if raw is None:
        return ""
    pieces = []
    for value, charset in decode_header(str(raw)):
        if isinstance(value, str):
            # Raw 8-bit bytes in a header come back as surrogates: recover and decode them.
            data = value.encode("ascii", "surrogateescape")
            pieces.append(value if data.isascii() else decode_text(data, fallback_charset))
        else:
            pieces.append(decode_text(value, charset or fallback_charset))
    return "".join(pieces).strip()


def _people(*headers: str) -> list[Person]:
    found = []
    for name, address in getaddresses([h for h in headers if h]):
        if "@" in address:
            found.append(Person(name.strip(), address.strip()))
    return found


def _body(message: Message) -> str:
    plain, markup = _texts(message)
    if plain:
        return plain
    return _html_text(markup) if markup else ""


def _texts(message: Message) -> tuple[str, str]:
    """The first plain text part and the first HTML part that are not attachments."""
    plain = markup = ""
    for part in _parts(message):
        kind = part.get_content_type()
        if kind not in ("text/plain", "text/html") or part.get_filename():
            continue
        if "attachment" in str(part.get("Content-Disposition", "")).lower():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        text = decode_text(payload, part.get_content_charset())
        if kind == "text/plain" and not plain:
            plain = text
        elif kind == "text/html" and not markup:
            markup = text
    return plain, markup


def _parts(message: Message) -> Iterator[Message]:
    for part in message.walk():
        if not part.is_multipart():
            yield part


def _html_text(markup: str) -> str:
    text = _BREAKS.sub("\n", markup)
    text = html.unescape(_TAGS.sub("", text))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(_collapsed(lines)).strip()


def _collapsed(lines: Iterable[str]) -> Iterator[str]:
    blank = False
    for line in lines:
        if line or not blank:
            yield line
        blank = not line


def _date(value: object, path: Path) -> datetime:
    if value:
        try:
            moment = parsedate_to_datetime(str(value))
        except (TypeError, ValueError, IndexError):
            moment = None
        if moment is not None:
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return _file_time(path)


def _file_time(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return datetime.now(UTC)
