"""``cs-desktop import calendar|mail`` and ``cs-desktop unmatched``, run through ``cli.run``."""

from __future__ import annotations

import io
import json
from pathlib import Path

from cs_desktop.capture.templates import load_templates
from cs_desktop.cli import build_parser, run
from cs_desktop.db import open_store
from cs_desktop.i18n import LANGUAGES
from cs_desktop.paths import install_root
from tests.support.capture_files import calendar, capture_book, eml, event, write


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(list(args)), out, err)
    return code, out.getvalue(), err.getvalue()


def _book(tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    store = open_store(path)
    capture_book(store)
    store.close()
    return path


def test_import_calendar_then_assign_what_waits(tmp_path: Path) -> None:
    db = _book(tmp_path)
    ics = write(
        tmp_path / "week.ics",
        calendar(
            event("a", ";TZID=Asia/Tokyo:20260302T100000", "定例", ["taro@tokyo-tech.co.jp"]),
            event("b", ":20260303T010000Z", "Prospect lunch", ["ceo@prospect.example"]),
        ),
    )
    code, out, err = cli("--db", str(db), "import", "calendar", str(ics))
    assert (code, err) == (0, "")
    assert "2 events; 1 created, 0 moved, 0 already there, 1 unmatched." in out
    code, out, _ = cli("--db", str(db), "import", "calendar", str(ics))
    assert "0 created, 0 moved, 1 already there, 1 unmatched." in out

    code, out, _ = cli("--db", str(db), "unmatched", "--json")
    (item,) = json.loads(out)
    assert (item["title"], item["file"]) == ("Prospect lunch", "week.ics")
    code, out, _ = cli("--db", str(db), "unmatched")
    assert "Prospect lunch" in out and "ceo@prospect.example" in out

    code, out, _ = cli("--db", str(db), "unmatched", "assign", str(item["item"]), "Taipei Semi")
    assert code == 0
    assert f"Item {item['item']} is now a touchpoint of account #" in out
    code, out, _ = cli("--db", str(db), "unmatched")
    assert out.strip() == "Nothing waits in the unmatched list."
    code, _, err = cli("--db", str(db), "unmatched", "assign", str(item["item"]), "Taipei Semi")
    assert code == 1 and "no item" in err


def test_dismissed_items_leave_the_list_and_stay_out_on_reimport(tmp_path: Path) -> None:
    db = _book(tmp_path)
    ics = write(
        tmp_path / "internal.ics",
        calendar(
            event("s", ":20260302T010000Z", "Team sync", ["colleague@ourcompany.example"]),
            event("l", ":20260303T010000Z", "Prospect lunch", ["ceo@prospect.example"]),
        ),
    )
    cli("--db", str(db), "import", "calendar", str(ics))
    listed = json.loads(cli("--db", str(db), "unmatched", "--json")[1])
    sync = next(item["item"] for item in listed if item["title"] == "Team sync")
    code, out, _ = cli("--db", str(db), "unmatched", "dismiss", str(sync))
    assert (code, out.strip()) == (
        0,
        "1 item dismissed; importing it again will not bring it back.",
    )
    code, out, _ = cli("--db", str(db), "import", "calendar", str(ics))
    assert "0 created, 0 moved, 1 already there, 1 unmatched." in out
    titles = [item["title"] for item in json.loads(cli("--db", str(db), "unmatched", "--json")[1])]
    assert titles == ["Prospect lunch"]


def test_import_mail_folder_and_a_bad_file(tmp_path: Path) -> None:
    db = _book(tmp_path)
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.eml").write_bytes(eml("iso-2022-jp", "更新", "本文\n", message_id="<a@x>"))
    code, out, err = cli("--db", str(db), "import", "mail", str(folder))
    assert code == 0, err
    assert "1 mail; 1 created" in out
    (folder / "b.eml").write_bytes(b"garbage\r\n")
    code, out, err = cli("--db", str(db), "import", "mail", str(folder))
    assert code == 1
    assert "b.eml: is not a mail" in err
    assert "nothing was imported" in err


def test_the_readme_samples_import_as_written(tmp_path: Path) -> None:
    samples = install_root() / "resources" / "samples"
    db = tmp_path / "sample.sqlite3"
    assert cli("--db", str(db), "demo", "--accounts", "20")[0] == 0
    code, out, err = cli("--db", str(db), "import", "calendar", str(samples / "week.ics"))
    assert code == 0, err
    assert "6 created" in out and "1 unmatched" in out
    code, out, err = cli("--db", str(db), "import", "mail", str(samples / "mail"))
    assert code == 0, err
    assert "1 created" in out and "1 unmatched" in out


def test_every_touchpoint_kind_template_asks_the_sop_questions_in_every_language() -> None:
    templates = {t.key: t for t in load_templates()}
    assert set(templates) == {"kickoff", "onboarding_check", "qbr", "renewal_call", "escalation"}
    for template in templates.values():
        english = " ".join(q.en for q in template.questions)
        for asked in ("with the product", "with our service", "own words", "need behind", "goals"):
            assert asked in english, (template.key, asked)
        texts = [template.name, template.title, *template.questions]
        assert [t.missing() for t in texts if t.missing()] == []
        for lang in LANGUAGES:
            assert template.notes(lang).count("▸") == len(template.questions)
