"""Importing accounts and touchpoints from CRM exports and spreadsheets (CSV or XLSX).

HubSpot company exports, Salesforce account reports and CS Desktop's own layout are
recognised from their headers; ``--map`` names any other column. Every row is checked first;
then everything is written in one transaction, or, if any row is bad, nothing is.
"""

from cs_desktop.importer.importing import import_file
from cs_desktop.importer.layouts import parse_column_map
from cs_desktop.importer.report import (
    ImportKind,
    ImportRejected,
    ImportReport,
    ImportSetupError,
    ImportWriteError,
    RowProblem,
)

__all__ = [
    "ImportKind",
    "ImportRejected",
    "ImportReport",
    "ImportSetupError",
    "ImportWriteError",
    "RowProblem",
    "import_file",
    "parse_column_map",
]
