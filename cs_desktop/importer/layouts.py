"""Column layouts: which header means which field, for each CRM export the import knows.

Headers are compared with case, spaces and punctuation folded away, so "Company Domain Name",
"company_domain_name" and "COMPANY DOMAIN NAME" are one column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cs_desktop.i18n import N_, _, ngettext, pgettext
from cs_desktop.importer.report import ImportKind, ImportSetupError
from cs_desktop.importer.values import symbol_key

OUR_LAYOUT = "cs-desktop"
IGNORE = "ignore"

ACCOUNT_FIELDS = (
    "name",
    "domain",
    "tier",
    "segment",
    "owner",
    "arr",
    "currency",
    "contract_start",
    "renewal_date",
    "stage",
    "external_key",
    "uid",
    "record_id",
)
TOUCHPOINT_FIELDS = (
    "account",
    "kind",
    "occurred_at",
    "title",
    "notes",
    "attendees",
    "product_satisfied",
    "service_satisfied",
    "customer_statement",
    "inferred_need",
    "next_steps",
    "external_key",
    "uid",
)
RATE_FIELDS = ("effective_on", "from_currency", "to_currency", "rate", "source")
FIELDS = {
    ImportKind.ACCOUNTS: ACCOUNT_FIELDS,
    ImportKind.TOUCHPOINTS: TOUCHPOINT_FIELDS,
    ImportKind.RATES: RATE_FIELDS,
}
REQUIRED = {
    ImportKind.ACCOUNTS: ("name",),
    ImportKind.TOUCHPOINTS: ("account", "occurred_at", "kind"),
    ImportKind.RATES: ("effective_on", "from_currency", "to_currency", "rate"),
}


@dataclass(frozen=True)
class Layout:
    """One known file layout.

    Attributes:
        name: reported to the user, and the prefix of external keys built from ``record_id``.
        kind: what files of this layout hold.
        aliases: for each field, the headers that mean it, most specific first.
        signature: headers that single this layout out among the others.
        not_mapped: headers deliberately left unread, with the reason shown in the report.
    """

    name: str
    kind: ImportKind
    aliases: Mapping[str, tuple[str, ...]]
    signature: frozenset[str] = frozenset()
    not_mapped: Mapping[str, str] = field(default_factory=dict)


_REVENUE_NOTE = N_(
    "the company's own revenue, not what it pays you; "
    "use --map '{header}=arr' if your CRM keeps ARR there"
)
_CREATED_NOTE = N_("when the CRM record was created, not a contract date")
HUBSPOT = Layout(
    name="hubspot",
    kind=ImportKind.ACCOUNTS,
    aliases={
        "record_id": ("Record ID", "Company ID"),
        "name": ("Company name", "Name"),
        "domain": ("Company Domain Name", "Website URL"),
        "owner": ("Company owner", "HubSpot Owner"),
        "segment": ("Industry",),
        "arr": ("ARR", "Annual Recurring Revenue"),
        "currency": ("Currency",),
        "contract_start": ("Contract Start Date",),
        "renewal_date": ("Renewal Date", "Contract End Date"),
    },
    signature=frozenset(
        symbol_key(h)
        for h in (
            "Record ID",
            "Company name",
            "Company Domain Name",
            "Company owner",
            "Lifecycle Stage",
            "Website URL",
            "Create Date",
        )
    ),
    not_mapped={
        # HubSpot's lifecycle stage is the marketing/sales funnel (subscriber, lead, customer,
        # evangelist); reading it as our success stage would put every customer in "sales".
        symbol_key("Lifecycle Stage"): N_(
            "a sales-funnel stage (lead, customer ...), not the customer-success stage; "
            "use --map 'Lifecycle Stage=stage' only if it holds sales/delivery/service/value"
        ),
        symbol_key("Annual Revenue"): _REVENUE_NOTE,
        symbol_key("Create Date"): _CREATED_NOTE,
    },
)
SALESFORCE = Layout(
    name="salesforce",
    kind=ImportKind.ACCOUNTS,
    aliases={
        "record_id": ("Account ID", "Account ID (18)"),
        "name": ("Account Name",),
        "domain": ("Website",),
        "owner": ("Account Owner",),
        "segment": ("Industry",),
        "arr": ("ARR", "Annual Recurring Revenue"),
        "currency": ("Account Currency", "Currency"),
        "contract_start": ("Contract Start Date",),
        "renewal_date": ("Renewal Date", "Contract End Date"),
    },
    signature=frozenset(
        symbol_key(h)
        for h in (
            "Account ID",
            "Account Name",
            "Account Owner",
            "Account Currency",
            "Account Number",
            "Account Site",
            "Parent Account",
            "Billing Country",
            "Billing City",
        )
    ),
    not_mapped={
        symbol_key("Type"): N_(
            "the relationship (customer, partner, prospect), not a tier; "
            "use --map 'Type=tier' only if it holds strategic/enterprise/mid_market/smb"
        ),
        symbol_key("Annual Revenue"): _REVENUE_NOTE,
        symbol_key("Created Date"): _CREATED_NOTE,
    },
)
OUR_ACCOUNTS = Layout(
    name=OUR_LAYOUT,
    kind=ImportKind.ACCOUNTS,
    aliases={
        "uid": ("uid",),
        "external_key": ("external_key",),
        "name": ("name", "account name", "account", "company name", "company", "customer"),
        "domain": ("domain", "website", "website url", "company domain name"),
        "tier": ("tier", "account tier", "customer tier"),
        "segment": ("segment", "industry"),
        "owner": ("owner", "csm", "account owner", "company owner"),
        "arr": ("arr", "annual recurring revenue"),
        "currency": ("currency", "account currency"),
        "contract_start": ("contract_start", "contract start date", "start date"),
        "renewal_date": ("renewal_date", "renewal", "contract end date", "contract end"),
        "stage": ("stage", "cs stage", "success stage"),
    },
    not_mapped={
        symbol_key("Lifecycle Stage"): HUBSPOT.not_mapped[symbol_key("Lifecycle Stage")],
        symbol_key("Annual Revenue"): _REVENUE_NOTE,
    },
)
OUR_TOUCHPOINTS = Layout(
    name=OUR_LAYOUT,
    kind=ImportKind.TOUCHPOINTS,
    aliases={
        "uid": ("uid",),
        "external_key": ("external_key",),
        "account": (
            "account",
            "account_external_key",
            "account_uid",
            "account_domain",
            "account_name",
            "company",
            "customer",
        ),
        "kind": ("kind", "type", "touchpoint type", "activity type"),
        "occurred_at": ("occurred_at", "date", "occurred", "when", "date time", "activity date"),
        "title": ("title", "subject"),
        "notes": ("notes", "note", "body", "description"),
        "attendees": ("attendees", "participants"),
        "product_satisfied": ("product_satisfied", "product satisfaction"),
        "service_satisfied": ("service_satisfied", "service satisfaction"),
        "customer_statement": ("customer_statement", "statement", "customer said"),
        "inferred_need": ("inferred_need", "need", "underlying need"),
        "next_steps": ("next_steps", "next step", "follow up"),
    },
)
OUR_RATES = Layout(
    name=OUR_LAYOUT,
    kind=ImportKind.RATES,
    aliases={
        "effective_on": ("date", "effective_on", "effective date", "valid from", "as of"),
        "from_currency": ("from", "from_currency", "base", "base currency", "currency"),
        "to_currency": ("to", "to_currency", "quote", "quote currency", "target"),
        "rate": ("rate", "exchange rate", "fx rate"),
        "source": ("source", "note", "source note"),
    },
)
LAYOUTS = {
    ImportKind.ACCOUNTS: (HUBSPOT, SALESFORCE, OUR_ACCOUNTS),
    ImportKind.TOUCHPOINTS: (OUR_TOUCHPOINTS,),
    ImportKind.RATES: (OUR_RATES,),
}
# A CRM layout is recognised from this many of its signature headers; one shared word such as
# "Account Name" in a hand-made sheet is not enough.
_MIN_SIGNATURE = 2


@dataclass(frozen=True)
class ColumnPlan:
    """Which column of the file feeds which field.

    Attributes:
        layout: the recognised layout.
        headers: the file's headers.
        columns: field name to column index.
        ignored: the unread columns, each described for the report.
    """

    layout: Layout
    headers: tuple[str, ...]
    columns: Mapping[str, int]
    ignored: tuple[str, ...]

    def header(self, field_name: str) -> str:
        """The file's header of the column feeding ``field_name``."""
        return self.headers[self.columns[field_name]]


def parse_column_map(pairs: Sequence[str]) -> dict[str, str]:
    """Parse ``--map`` arguments of the form ``Source Column=field``.

    The field may be any account or touchpoint field, or ``ignore`` to leave the column unread.

    Raises:
        ImportSetupError: a pair without '=', an empty column name, an unknown field, or one
            column mapped twice.
    """
    known = {*ACCOUNT_FIELDS, *TOUCHPOINT_FIELDS, IGNORE}
    column_map: dict[str, str] = {}
    for pair in pairs:
        # Field names never hold '=', a column name might: split at the last one.
        source, equals, target = pair.rpartition("=")
        source, target = source.strip(), _field_name(target)
        if not equals or not source or not target:
            raise ImportSetupError(
                _("--map {pair}: expected 'Source Column=field'").format(pair=repr(pair))
            )
        if target not in known:
            raise ImportSetupError(
                _(
                    "--map {pair}: unknown field {field} "
                    "(accounts: {accounts}; touchpoints: {touchpoints}; or {ignore})"
                ).format(
                    pair=repr(pair),
                    field=repr(target),
                    accounts=", ".join(ACCOUNT_FIELDS),
                    touchpoints=", ".join(TOUCHPOINT_FIELDS),
                    ignore=IGNORE,
                )
            )
        if any(symbol_key(s) == symbol_key(source) for s in column_map):
            raise ImportSetupError(
                _("--map {pair}: column {column} is mapped twice").format(
                    pair=repr(pair), column=repr(source)
                )
            )
        column_map[source] = target
    return column_map


def _field_name(text: str) -> str:
    return "_".join(text.strip().casefold().replace("-", " ").split())


def known_headers(kind: ImportKind, column_map: Mapping[str, str]) -> frozenset[str]:
    """Every header (folded) that a layout of ``kind`` or the --map knows."""
    known = {symbol_key(source) for source in column_map}
    for layout in LAYOUTS[kind]:
        known.update(symbol_key(a) for aliases in layout.aliases.values() for a in aliases)
        known.update(layout.signature)
    return frozenset(known)


def plan_columns(
    kind: ImportKind, headers: Sequence[str], column_map: Mapping[str, str], source: str
) -> ColumnPlan:
    """Recognise the layout from ``headers`` and decide which column feeds which field.

    Args:
        kind: what the file holds.
        headers: the file's header row.
        column_map: --map overrides, source header to field (or ``ignore``).
        source: the file, for messages.

    Raises:
        ImportSetupError: a mapped column is missing, a field is fed twice, a column name
            appears twice, or a required column is missing.
    """
    keys = [symbol_key(header) for header in headers]
    layout = detect_layout(kind, keys)
    columns: dict[str, int] = {}
    taken: set[int] = set()
    for column, target in column_map.items():
        index = _column_index(keys, column, headers, source)
        taken.add(index)
        if target == IGNORE:
            continue
        if target not in FIELDS[kind]:
            raise ImportSetupError(
                _(
                    "--map {pair}: {field} is not a field of {kind} (expected one of: {fields})"
                ).format(
                    pair=repr(f"{column}={target}"),
                    field=repr(target),
                    kind=kind.value,
                    fields=", ".join(FIELDS[kind]),
                )
            )
        if target in columns:
            raise ImportSetupError(
                _("--map: columns {first} and {second} both feed {field}").format(
                    first=repr(headers[columns[target]]),
                    second=repr(headers[index]),
                    field=repr(target),
                )
            )
        columns[target] = index
    for field_name, aliases in layout.aliases.items():
        if field_name in columns:
            continue
        for alias in aliases:
            found = next(
                (i for i, key in enumerate(keys) if key == symbol_key(alias) and i not in taken),
                None,
            )
            if found is not None:
                columns[field_name] = found
                taken.add(found)
                break
    for field_name, index in columns.items():
        twins = [i for i, key in enumerate(keys) if key == keys[index]]
        if len(twins) > 1:
            raise ImportSetupError(
                _(
                    "{path}: column {column} appears {count} times (columns {numbers}); rename "
                    "or remove one so it is clear which one holds {field}"
                ).format(
                    path=source,
                    column=repr(headers[index]),
                    count=len(twins),
                    numbers=", ".join(str(i + 1) for i in twins),
                    field=repr(field_name),
                )
            )
    _require(kind, layout, columns, headers, source)
    ignored = tuple(
        _ignored(header, index, layout)
        for index, header in enumerate(headers)
        if index not in columns.values()
    )
    return ColumnPlan(layout, tuple(headers), columns, ignored)


def detect_layout(kind: ImportKind, keys: Sequence[str]) -> Layout:
    """The CRM layout whose signature headers the file has most of, else our own."""
    present = set(keys)
    layouts = LAYOUTS[kind]
    scored = [(len(layout.signature & present), layout) for layout in layouts if layout.signature]
    best = max(scored, key=lambda item: item[0], default=(0, layouts[-1]))
    return best[1] if best[0] >= _MIN_SIGNATURE else layouts[-1]


def _column_index(keys: Sequence[str], column: str, headers: Sequence[str], source: str) -> int:
    matches = [i for i, key in enumerate(keys) if key == symbol_key(column)]
    if not matches:
        raise ImportSetupError(
            _("--map: {path} has no column {column} (its columns: {columns})").format(
                path=source, column=repr(column), columns=", ".join(repr(h) for h in headers if h)
            )
        )
    if len(matches) > 1:
        raise ImportSetupError(
            _("--map: {path} has {count} columns named {column}").format(
                path=source, count=len(matches), column=repr(column)
            )
        )
    return matches[0]


def _require(
    kind: ImportKind,
    layout: Layout,
    columns: Mapping[str, int],
    headers: Sequence[str],
    source: str,
) -> None:
    missing = [name for name in REQUIRED[kind] if name not in columns]
    if not missing:
        return
    wanted = "; ".join(
        _("{field} (e.g. {examples})").format(
            field=name,
            examples=", ".join(repr(a) for a in layout.aliases.get(name, (name,))[:3]),
        )
        for name in missing
    )
    shown = ", ".join(repr(h) for h in headers if h) or pgettext("columns", "none")
    raise ImportSetupError(
        ngettext(
            "{path}: missing required column for {wanted}; the file's columns are {columns} "
            "(layout {layout}); add one, or name it with --map 'Your Column={field}'",
            "{path}: missing required columns for {wanted}; the file's columns are {columns} "
            "(layout {layout}); add one, or name it with --map 'Your Column={field}'",
            len(missing),
        ).format(path=source, wanted=wanted, columns=shown, layout=layout.name, field=missing[0])
    )


def _ignored(header: str, index: int, layout: Layout) -> str:
    if not header:
        return _("{number} (no header)").format(number=index + 1)
    reason = layout.not_mapped.get(symbol_key(header))
    if reason is None:
        return repr(header)
    return _("{column}: {reason}").format(
        column=repr(header), reason=_(reason).format(header=header)
    )
