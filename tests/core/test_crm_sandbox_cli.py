"""The CRM sandbox as a user runs it: ``crm-sandbox``, and its data across restarts."""

from __future__ import annotations

import importlib
import os
import re
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import httpx

from crm_sandbox import DEFAULT_PRIVATE_TOKEN, run_sandbox
from crm_sandbox.__main__ import main as crm_sandbox_main
from tests.support.crm_sandbox import oauth_form, upsert_input

ROOT = Path(__file__).resolve().parents[2]
AUTH = {"Authorization": f"Bearer {DEFAULT_PRIVATE_TOKEN}"}


def test_data_survives_a_restart(tmp_path: Path) -> None:
    first = run_sandbox(0, tmp_path)
    try:
        written = httpx.post(
            first.url + "/crm/v3/objects/companies/batch/upsert",
            json={
                "inputs": [upsert_input("L-1", "op-1", name="Acme", csm_lifecycle_stage="value")]
            },
            headers=AUTH,
        ).json()["results"][0]
        contact = httpx.post(
            first.url + "/crm/v3/objects/contacts",
            json={"properties": {"email": "a@x.jp"}},
            headers=AUTH,
        ).json()["id"]
        httpx.put(
            first.url
            + f"/crm/v4/objects/contacts/{contact}/associations/default/companies/{written['id']}",
            headers=AUTH,
        )
        refresh = httpx.post(
            first.url + "/oauth/v1/token",
            data=oauth_form(grant_type="authorization_code", code="c"),
        ).json()["refresh_token"]
    finally:
        first.stop()
    assert (tmp_path / "crm-sandbox.json").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".crm-sandbox.")]

    second = run_sandbox(0, tmp_path)
    try:
        again = httpx.get(
            second.url + "/crm/v3/objects/companies/L-1",
            params={"idProperty": "csm_local_id", "properties": "name,csm_lifecycle_stage"},
            headers=AUTH,
        ).json()
        assert again["id"] == written["id"] and again["updatedAt"] == written["updatedAt"]
        assert again["properties"]["csm_lifecycle_stage"] == "value"
        links = httpx.get(
            second.url + f"/crm/v4/objects/companies/{written['id']}/associations/contacts",
            headers=AUTH,
        ).json()
        assert [r["toObjectId"] for r in links["results"]] == [int(contact)]
        refreshed = httpx.post(
            second.url + "/oauth/v1/token",
            data=oauth_form(grant_type="refresh_token", refresh_token=refresh),
        )
        assert refreshed.status_code == 200
        new = httpx.post(
            second.url + "/crm/v3/objects/companies",
            json={"properties": {"name": "B"}},
            headers=AUTH,
        ).json()
        assert int(new["id"]) > int(written["id"])  # ids are not handed out twice
    finally:
        second.stop()


def test_cli_starts_answers_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crm_sandbox",
            "--port",
            "0",
            "--data",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)", first_line)
        assert found, first_line
        url = found.group(0)
        banner = "".join(process.stdout.readline() for _ in range(7))
        assert DEFAULT_PRIVATE_TOKEN in banner and "Ctrl+C" in banner
        answer = httpx.get(url + "/crm/v3/properties/companies/csm_local_id", headers=AUTH)
        assert answer.status_code == 200
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
        assert process.returncode == 0, err
        assert "stopped" in out
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_cli_refuses_a_busy_port(tmp_path: Path) -> None:
    busy = run_sandbox(0, None)
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "crm_sandbox",
                "--port",
                str(busy.server_address[1]),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        busy.stop()
    assert result.returncode == 1
    assert "cannot listen" in result.stderr


def test_crm_sandbox_is_a_command_of_its_own() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    module, _, function = scripts["crm-sandbox"].partition(":")
    assert getattr(importlib.import_module(module), function) is crm_sandbox_main
