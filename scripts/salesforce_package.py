"""Write the Salesforce metadata package the sync needs (``resources/salesforce/``) from the
adapter's one list of custom fields (:mod:`cs_desktop.sync.salesforce.custom_fields`):

    python scripts/salesforce_package.py

SFDX source format: a ``<Field>.field-meta.xml`` per field under
``force-app/main/default/objects/<Object>/fields/`` (Task and Event share Activity's), and a
permission set ``CS_Desktop_Sync`` that lets its holders read and edit them all.
tests/core/test_sync_salesforce_package.py checks the package matches the list.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from cs_desktop.sync.salesforce.api import API_VERSION
from cs_desktop.sync.salesforce.custom_fields import CustomField, custom_fields

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "resources" / "salesforce"
SOURCE = PACKAGE / "force-app" / "main" / "default"
PERMISSION_SET = "CS_Desktop_Sync"
XMLNS = "http://soap.sforce.com/2006/04/metadata"


def write_package() -> None:
    objects = SOURCE / "objects"
    if objects.exists():
        shutil.rmtree(objects)
    fields = custom_fields()
    for found in fields:
        folder = objects / found.on / "fields"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{found.name}.field-meta.xml").write_text(_field_xml(found), encoding="utf-8")
    sets = SOURCE / "permissionsets"
    sets.mkdir(parents=True, exist_ok=True)
    (sets / f"{PERMISSION_SET}.permissionset-meta.xml").write_text(
        _permission_set_xml(fields), encoding="utf-8"
    )
    project = {
        "packageDirectories": [{"path": "force-app", "default": True}],
        "name": "cs-desktop-sync",
        "namespace": "",
        "sourceApiVersion": API_VERSION,
    }
    (PACKAGE / "sfdx-project.json").write_text(json.dumps(project, indent=2) + "\n")


def _field_xml(found: CustomField) -> str:
    body = {"fullName": found.name, **found.metadata(), "required": False}
    if found.type in ("Checkbox", "LongTextArea", "Picklist") or found.extra.get("unique"):
        body.pop("required")  # not settable (checkbox, long text) or implied
    lines = ['<CustomField xmlns="' + XMLNS + '">']
    lines += _elements(body, 1)
    lines.append("</CustomField>")
    return _document(lines)


def _permission_set_xml(fields: list[CustomField]) -> str:
    lines = [f'<PermissionSet xmlns="{XMLNS}">']
    lines.append("    <description>Read and edit the fields CS Desktop syncs.</description>")
    for found in fields:
        lines += [
            "    <fieldPermissions>",
            "        <editable>true</editable>",
            f"        <field>{found.full_name}</field>",
            "        <readable>true</readable>",
            "    </fieldPermissions>",
        ]
    lines += ["    <hasActivationRequired>false</hasActivationRequired>"]
    lines += ["    <label>CS Desktop Sync</label>", "</PermissionSet>"]
    return _document(lines)


def _elements(body: dict[str, Any], depth: int) -> list[str]:
    pad = "    " * depth
    lines: list[str] = []
    first = ["fullName"] if "fullName" in body else []
    for key in first + sorted(k for k in body if k != "fullName"):
        value = body[key]
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict):
                lines.append(f"{pad}<{key}>")
                lines += _elements(item, depth + 1)
                lines.append(f"{pad}</{key}>")
            else:
                text = str(item).lower() if isinstance(item, bool) else escape(str(item))
                lines.append(f"{pad}<{key}>{text}</{key}>")
    return lines


def _document(lines: list[str]) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join(lines) + "\n"


if __name__ == "__main__":
    write_package()
