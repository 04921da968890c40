"""The subset of SOQL the sandbox understands:

``SELECT f1, f2 | COUNT() FROM Object [WHERE cond] [ORDER BY f [ASC|DESC] [NULLS FIRST|LAST],
...] [LIMIT n] [OFFSET n]``, conditions joined by AND, OR, NOT and parentheses, with
``= != <> < <= > >= IN NOT IN LIKE`` against quoted strings, numbers, TRUE/FALSE, NULL and
unquoted dates and dateTimes. Field and object names are case-insensitive; string comparisons
too. Mistakes answer as Salesforce does: ``MALFORMED_QUERY`` for the syntax, ``INVALID_FIELD``
and ``INVALID_TYPE`` for names, each message pointing at the row and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from crm_sandbox.salesforce.ids import normalise_id, parse_datetime, sf_datetime
from crm_sandbox.salesforce.schema import (
    ID_TYPES,
    NUMBER_TYPES,
    TEXT_TYPES,
    FieldDef,
    object_name,
)

_TOKEN = re.compile(
    r"""(?P<ws>\s+)
    |(?P<datetime>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:?\d{2}))
    |(?P<date>\d{4}-\d{2}-\d{2})
    |(?P<number>-?\d+(?:\.\d+)?)
    |(?P<string>'(?:[^'\\]|\\.)*')
    |(?P<name>[A-Za-z_][A-Za-z0-9_.]*)
    |(?P<op>!=|<>|<=|>=|=|<|>)
    |(?P<punct>[(),])
    """,
    re.VERBOSE,
)
_KEYWORDS = frozenset(
    [
        "SELECT",
        "FROM",
        "WHERE",
        "AND",
        "OR",
        "NOT",
        "IN",
        "LIKE",
        "ORDER",
        "BY",
        "ASC",
        "DESC",
        "NULLS",
        "FIRST",
        "LAST",
        "LIMIT",
        "OFFSET",
        "NULL",
        "TRUE",
        "FALSE",
        "COUNT",
    ]
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}

Record = dict[str, Any]
FieldLookup = Callable[[str, str], FieldDef | None]


class QueryError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Token:
    kind: str
    text: str
    at: int

    @property
    def word(self) -> str:
        return self.text.upper() if self.kind == "name" else ""


@dataclass
class Query:
    object: str
    fields: list[str]  # canonical names, in the order asked
    count: bool
    where: Callable[[Record], bool]
    order: list[tuple[str, bool, bool]] = field(default_factory=list)  # name, desc, nulls last
    limit: int | None = None
    offset: int = 0

    def run(self, records: list[Record]) -> list[Record]:
        """The matching records, sorted, limited."""
        chosen = [r for r in records if self.where(r)]
        for name, descending, nulls_last in reversed(self.order):
            present = [r for r in chosen if r.get(name) is not None]
            absent = [r for r in chosen if r.get(name) is None]
            present.sort(key=_sort_key(name), reverse=descending)
            chosen = present + absent if nulls_last else absent + present
        chosen = chosen[self.offset :]
        return chosen if self.limit is None else chosen[: self.limit]


def _sort_key(name: str) -> Callable[[Record], Any]:
    def key(record: Record) -> Any:
        value = record[name]
        return value.lower() if isinstance(value, str) else value

    return key


def parse(text: str, lookup: FieldLookup) -> Query:
    """A query from its text; ``lookup(object, name)`` finds a field case-insensitively.

    Raises:
        QueryError: MALFORMED_QUERY, INVALID_TYPE or INVALID_FIELD, worded as Salesforce.
    """
    return _Parser(text, lookup).query()


class _Parser:
    def __init__(self, text: str, lookup: FieldLookup) -> None:
        self.text = text
        self.lookup = lookup
        self.tokens = self._tokenise(text)
        self.index = 0
        self.object = ""

    # -- tokens ------------------------------------------------------------------------------

    def _tokenise(self, text: str) -> list[Token]:
        tokens: list[Token] = []
        at = 0
        while at < len(text):
            found = _TOKEN.match(text, at)
            if found is None:
                raise self._error("MALFORMED_QUERY", f"unexpected token: '{text[at]}'", at)
            kind = found.lastgroup or ""
            if kind != "ws":
                tokens.append(Token(kind, found.group(), at))
            at = found.end()
        tokens.append(Token("end", "<EOF>", len(text)))
        return tokens

    def _error(self, code: str, message: str, at: int) -> QueryError:
        line = self.text.replace("\n", " ")
        return QueryError(code, f"\n{line}\n{' ' * at}^\nERROR at Row:1:Column:{at + 1}\n{message}")

    def peek(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index = min(self.index + 1, len(self.tokens) - 1)
        return token

    def accept(self, word: str) -> bool:
        if self.peek().word == word or self.peek().text == word:
            self.take()
            return True
        return False

    def expect(self, word: str) -> Token:
        token = self.take()
        if token.word != word and token.text != word:
            raise self._unexpected(token)
        return token

    def _unexpected(self, token: Token) -> QueryError:
        shown = token.text if token.kind == "end" else f"'{token.text}'"
        return self._error("MALFORMED_QUERY", f"unexpected token: {shown}", token.at)

    # -- grammar -----------------------------------------------------------------------------

    def query(self) -> Query:
        self.expect("SELECT")
        count = False
        selected: list[Token] = []
        if self.peek().word == "COUNT":
            self.take()
            self.expect("(")
            self.expect(")")
            count = True
        else:
            selected.append(self._name_token())
            while self.accept(","):
                selected.append(self._name_token())
        self.expect("FROM")
        name_token = self._name_token()
        found = object_name(name_token.text)
        if found is None:
            raise self._error(
                "INVALID_TYPE",
                f"sObject type '{name_token.text}' is not supported. If you are attempting to "
                "use a custom object, be sure to append the '__c' after the entity name. Please "
                "reference your WSDL or the describe call for the appropriate names.",
                name_token.at,
            )
        self.object = found
        names = [self._field(t).name for t in selected]
        where = self._or() if self.accept("WHERE") else _everything
        query = Query(found, names, count, where)
        if self.accept("ORDER"):
            self.expect("BY")
            query.order.append(self._order_item())
            while self.accept(","):
                query.order.append(self._order_item())
        if self.accept("LIMIT"):
            query.limit = self._whole()
        if self.accept("OFFSET"):
            query.offset = self._whole()
        if self.peek().kind != "end":
            raise self._unexpected(self.peek())
        return query

    def _name_token(self) -> Token:
        token = self.take()
        if token.kind != "name" or token.word in _KEYWORDS:
            raise self._unexpected(token)
        return token

    def _field(self, token: Token) -> FieldDef:
        if "." in token.text:
            raise self._error(
                "INVALID_FIELD",
                f"Didn't understand relationship '{token.text.split('.')[0]}' in field path. "
                "This sandbox answers fields of the queried object only.",
                token.at,
            )
        definition = self.lookup(self.object, token.text)
        if definition is None:
            raise self._error(
                "INVALID_FIELD",
                f"No such column '{token.text}' on entity '{self.object}'. If you are "
                "attempting to use a custom field, be sure to append the '__c' after the custom "
                "field name. Please reference your WSDL or the describe call for the "
                "appropriate names.",
                token.at,
            )
        return definition

    def _whole(self) -> int:
        token = self.take()
        if token.kind != "number" or not token.text.isdigit():
            raise self._unexpected(token)
        return int(token.text)

    def _order_item(self) -> tuple[str, bool, bool]:
        name = self._field(self._name_token()).name
        descending = False
        if self.accept("DESC"):
            descending = True
        else:
            self.accept("ASC")
        nulls_last = descending
        if self.accept("NULLS"):
            if self.accept("LAST"):
                nulls_last = True
            else:
                self.expect("FIRST")
                nulls_last = False
        return name, descending, nulls_last

    def _or(self) -> Callable[[Record], bool]:
        parts = [self._and()]
        while self.accept("OR"):
            parts.append(self._and())
        return parts[0] if len(parts) == 1 else lambda r: any(p(r) for p in parts)

    def _and(self) -> Callable[[Record], bool]:
        parts = [self._not()]
        while self.accept("AND"):
            parts.append(self._not())
        return parts[0] if len(parts) == 1 else lambda r: all(p(r) for p in parts)

    def _not(self) -> Callable[[Record], bool]:
        if self.accept("NOT"):
            inner = self._not()
            return lambda r: not inner(r)
        if self.accept("("):
            inner = self._or()
            self.expect(")")
            return inner
        return self._comparison()

    def _comparison(self) -> Callable[[Record], bool]:
        definition = self._field(self._name_token())
        name = definition.name
        negate = self.accept("NOT")
        if self.accept("IN"):
            self.expect("(")
            values = [self._value(definition)]
            while self.accept(","):
                values.append(self._value(definition))
            self.expect(")")
            wanted = {_comparable(v) for v in values}
            return lambda r: (_comparable(r.get(name)) in wanted) != negate
        if negate:
            raise self._unexpected(self.peek())
        if self.accept("LIKE"):
            pattern = self._value(definition)
            if not isinstance(pattern, str):
                raise self._unexpected(self.tokens[self.index - 1])
            regex = re.compile(
                "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern),
                re.IGNORECASE | re.DOTALL,
            )
            return lambda r: isinstance(r.get(name), str) and bool(regex.fullmatch(r[name]))
        operator = self.take()
        if operator.kind != "op":
            raise self._unexpected(operator)
        value = self._value(definition)
        return _compare(name, operator.text, value)

    def _value(self, definition: FieldDef) -> Any:
        token = self.take()
        kind = definition.type
        if token.word == "NULL":
            return None
        if token.kind == "string":
            text = re.sub(
                r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), token.text[1:-1]
            )
            if kind in ("datetime", "date", "boolean") or kind in NUMBER_TYPES:
                soap = {"datetime": "dateTime", "int": "int", "boolean": "boolean"}
                raise self._error(
                    "INVALID_FIELD",
                    f"value of filter criterion for field '{definition.name}' must be of type "
                    f"{soap.get(kind, 'date' if kind == 'date' else 'double')} and should not "
                    "be enclosed in quotes",
                    token.at,
                )
            if kind in ID_TYPES:
                full = normalise_id(text)
                if full is None:
                    raise self._error(
                        "INVALID_QUERY_FILTER_OPERATOR", f"invalid ID field: {text}", token.at
                    )
                return full
            return text
        literal = token.kind in ("number", "date", "datetime") or token.word in ("TRUE", "FALSE")
        if literal and (kind in TEXT_TYPES or kind in ID_TYPES):
            raise self._error(
                "INVALID_FIELD",
                f"value of filter criterion for field '{definition.name}' must be of type "
                "string and should be enclosed in quotes",
                token.at,
            )
        if token.kind == "datetime" and kind == "datetime":
            return sf_datetime(parse_datetime(token.text))
        if token.kind == "date" and kind == "date":
            return token.text
        if token.kind == "number" and kind in NUMBER_TYPES:
            return float(token.text)
        if token.word in ("TRUE", "FALSE") and kind == "boolean":
            return token.word == "TRUE"
        if token.kind in ("datetime", "date", "number") or token.word in ("TRUE", "FALSE"):
            wanted = {"datetime": "dateTime", "boolean": "boolean", "date": "date"}
            raise self._error(
                "INVALID_FIELD",
                f"value of filter criterion for field '{definition.name}' must be of type "
                f"{wanted.get(kind, 'double' if kind in NUMBER_TYPES else kind)}",
                token.at,
            )
        raise self._unexpected(token)


def _everything(record: Record) -> bool:
    return True


def _comparable(value: Any) -> Any:
    if isinstance(value, str):
        return value.lower()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value


def _compare(name: str, operator: str, value: Any) -> Callable[[Record], bool]:
    wanted = _comparable(value)
    if operator in ("=", "!=", "<>"):
        equal = operator == "="
        return lambda r: (_comparable(r.get(name)) == wanted) == equal
    if wanted is None:
        return lambda r: False

    def ordered(record: Record) -> bool:
        have = _comparable(record.get(name))
        if have is None or isinstance(have, bool) != isinstance(wanted, bool):
            return False
        if operator == "<":
            return bool(have < wanted)
        if operator == "<=":
            return bool(have <= wanted)
        if operator == ">":
            return bool(have > wanted)
        return bool(have >= wanted)

    return ordered
