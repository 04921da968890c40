"""The custom fields the sync needs in the org (:mod:`.custom_fields`), checked by describe
calls and created through the Tooling API where the user may.

A field the user may not create (no "Customize Application" permission), or one created but
hidden from the user by field-level security, is named in the error, by object, with where
to find the metadata package that adds them all (``resources/salesforce/``, see the README).
"""

from __future__ import annotations

from collections import defaultdict

from cs_desktop.i18n import _, ngettext
from cs_desktop.sync.adapter import Fatal
from cs_desktop.sync.salesforce.api import data_path
from cs_desktop.sync.salesforce.client import SalesforceClient, error_codes, message, ok_json
from cs_desktop.sync.salesforce.custom_fields import DEFINED_ON, CustomField, custom_fields

ALREADY = ("DUPLICATE_DEVELOPER_NAME", "DUPLICATE_VALUE")


class MissingFields(Fatal):
    """Custom fields the sync needs are missing from the org (or hidden from the user)."""

    def __init__(self, missing: list[CustomField], reason: str) -> None:
        listed = _listed(missing)
        super().__init__(
            _(
                "The Salesforce org lacks fields CS Desktop needs ({reason}). Missing: "
                "{fields}. Deploy the package in resources/salesforce (see the README), or ask "
                "your Salesforce administrator to, then connect again."
            ).format(reason=reason, fields=listed)
        )
        self.missing = missing


def missing_fields_note(missing: list[CustomField]) -> str | None:
    """What connect tells of the fields the org lacks: the first sync creates them if the
    user may customize the org; else the administrator deploys the package."""
    if not missing:
        return None
    return ngettext(
        "The org lacks {count} field CS Desktop needs ({fields}). The first sync creates it "
        "if your user may customize the org (Customize Application); otherwise deploy the "
        "package in resources/salesforce first (see the README).",
        "The org lacks {count} fields CS Desktop needs ({fields}). The first sync creates "
        "them if your user may customize the org (Customize Application); otherwise deploy "
        "the package in resources/salesforce first (see the README).",
        len(missing),
    ).format(count=len(missing), fields=_listed(missing))


def _listed(missing: list[CustomField]) -> str:
    """The fields by object: "Account: CSM_Local_Id__c, CSM_Tier__c; Contact: ..."."""
    by_object: dict[str, list[str]] = defaultdict(list)
    for found in missing:
        by_object[found.on].append(found.name)
    return "; ".join(f"{obj}: {', '.join(names)}" for obj, names in by_object.items())


def ensure_schema(client: SalesforceClient) -> None:
    """Check every object's fields; create the missing ones, then check again.

    Raises:
        MissingFields: some could not be created, or are not visible to the user.
    """
    missing = missing_fields(client)
    if not missing:
        return
    refused: list[str] = []
    for wanted in missing:
        response = client.request(
            "POST",
            data_path("tooling/sobjects/CustomField"),
            json={"FullName": wanted.full_name, "Metadata": wanted.metadata()},
        )
        if response.status_code >= 300 and not set(ALREADY) & error_codes(response):
            refused.append(message(response))
    left = missing_fields(client)
    if not left:
        return
    if refused:
        reason = _("they could not be created: {reason}").format(reason=refused[0])
    else:
        reason = _("created, but hidden from you by field-level security")
    raise MissingFields(left, reason)


def missing_fields(client: SalesforceClient) -> list[CustomField]:
    """The custom fields no describe of their objects shows, each once."""
    wanted = custom_fields()
    missing: dict[str, CustomField] = {}
    for obj, defined_on in DEFINED_ON.items():
        described = ok_json(client.request("GET", data_path(f"sobjects/{obj}/describe")))
        have = {str(f.get("name")) for f in described.get("fields", [])}
        for found in wanted:
            if found.on == defined_on and found.name not in have:
                missing.setdefault(found.full_name, found)
    return list(missing.values())
