"""The Salesforce metadata package (resources/salesforce) adds exactly the fields the adapter
needs: the same names, on the same objects, of the same types."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from cs_desktop.sync.salesforce.api import API_VERSION
from cs_desktop.sync.salesforce.custom_fields import custom_fields

PACKAGE = Path(__file__).resolve().parents[2] / "resources" / "salesforce"
SOURCE = PACKAGE / "force-app" / "main" / "default"
NS = {"md": "http://soap.sforce.com/2006/04/metadata"}


def _packaged() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((SOURCE / "objects").glob("*/fields/*.field-meta.xml")):
        root = ET.parse(path).getroot()
        name = root.findtext("md:fullName", namespaces=NS)
        assert path.name == f"{name}.field-meta.xml"
        found[f"{path.parts[-3]}.{name}"] = root.findtext("md:type", namespaces=NS) or ""
    return found


def test_the_package_holds_every_field_of_the_list_and_no_other() -> None:
    assert _packaged() == {f.full_name: f.type for f in custom_fields()}


def test_the_local_id_is_a_unique_external_id_on_every_object() -> None:
    for obj in ("Account", "Contact", "Activity", "Opportunity"):
        path = SOURCE / "objects" / obj / "fields" / "CSM_Local_Id__c.field-meta.xml"
        root = ET.parse(path).getroot()
        assert root.findtext("md:externalId", namespaces=NS) == "true"
        assert root.findtext("md:unique", namespaces=NS) == "true"


def test_the_permission_set_opens_every_field_and_the_project_names_the_api_version() -> None:
    root = ET.parse(SOURCE / "permissionsets" / "CS_Desktop_Sync.permissionset-meta.xml").getroot()
    opened = {
        p.findtext("md:field", namespaces=NS)
        for p in root.findall("md:fieldPermissions", NS)
        if p.findtext("md:editable", namespaces=NS) == "true"
    }
    assert opened == {f.full_name for f in custom_fields()}
    project = json.loads((PACKAGE / "sfdx-project.json").read_text())
    assert project["sourceApiVersion"] == API_VERSION
