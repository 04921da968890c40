"""Finding user-visible words in the Qt layer that do not go through Qt's translation.

Reads the source with :mod:`ast`: a string literal with words in it that reaches a Qt call
showing text (``setText``, ``setWindowTitle``, ``QMessageBox.warning``, ``QLabel(...)``, a
header, a status message...) without passing through ``tr()`` / ``translate()`` is reported,
and so is a ``tr()`` whose source is not a literal (lupdate cannot extract it).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Methods whose string arguments are shown to the user (every positional argument is checked).
TEXT_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "setTabText",
        "setTabToolTip",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderData",
        "setHeaderLabels",
        "showMessage",
        "addAction",
        "addMenu",
        "addTab",
        "insertTab",
        "addItem",
        "addItems",
        "insertItem",
        "addButton",
        "addRow",
        "setCancelButtonText",
        "setOkButtonText",
        "setWindowIconText",
        "setEmptyText",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getOpenFileName",
        "getSaveFileName",
        "getExistingDirectory",
        "getText",
        "getItem",
        "getInt",
    }
)
# Widgets (and items) whose constructor's string arguments are shown.
TEXT_CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QTableWidgetItem",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        "QMessageBox",
        "QProgressDialog",
        "QCommandLinkButton",
    }
)
# The app's own helpers that put their text arguments on screen: a form row's label, an
# empty state's message, a task's name in the status bar, an undo step's name in the Edit
# menu, a failed job's title in its message box.
TEXT_HELPERS = frozenset(
    {
        "bind",
        "add_field",
        "add_row",
        "add_form_row",
        "empty_label",
        "EmptyOr",
        "KpiCard",
        "OptionalDateEdit",
        "amount_edit",
        "note_edit",
        "LongTask",
        "report_failure",
        "save_records",
        "SaveErrors",
        "read",
        "write",
        "background",
        "set_lines",
        "setLabel",
        "TextItem",
        "QUndoCommand",
    }
)
TRANSLATING_CALLS = frozenset({"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"})
APPLICATIONS = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})
# Receivers whose calls never reach the window (the log, a terminal) though named like a sink.
SILENT_RECEIVERS = frozenset({"log", "logger", "logging", "stdout", "stderr", "out", "err"})
# Sinks whose text is not every argument: the positions that are (an item's data, a tab's
# page, a job's function are not).
TEXT_POSITIONS = {
    "addItem": (0,),
    "insertItem": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setHeaderData": (2,),
    "read": (0,),
    "write": (0,),
    "background": (0,),
    "save_records": (2,),
    "SaveErrors": (1,),
}
# A field's or a setting's name, not words: "renewal_date", "title".
IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
# Models show what ``data`` / ``headerData`` return for the display and tooltip roles.
RETURNING_TEXT = frozenset({"headerData"})

# Words a literal may hold and still need no translation: names, codes, units.
WORD = re.compile(r"[^\W\d_]{2,}")
PLACEHOLDER = re.compile(r"%L?[0-9n]|\{[a-z_]*\}")
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;")


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}: {self.text!r}"


def has_words(text: str) -> bool:
    """Whether a literal reads as words (not a placeholder, a separator, markup or a number)."""
    if IDENTIFIER.match(text):
        return False
    bare = MARKUP.sub(" ", PLACEHOLDER.sub(" ", text))
    return WORD.search(bare) is not None


def _receiver(call: ast.Call) -> str:
    """``log`` of ``log.warning(...)``, ``stderr`` of ``sys.stderr.write(...)``."""
    function = call.func
    if isinstance(function, ast.Attribute):
        if isinstance(function.value, ast.Name):
            return function.value.id
        if isinstance(function.value, ast.Attribute):
            return function.value.attr
    return ""


def _is_translation(call: ast.Call) -> bool:
    """``tr(...)`` on anything, or ``translate`` with a literal context (not QPainter's)."""
    name = _call_name(call)
    if name == "translate":
        first = call.args[0] if call.args else None
        literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
        return literal or _receiver(call) in APPLICATIONS
    return name in TRANSLATING_CALLS


def _call_name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    if isinstance(function, ast.Name):
        return function.id
    return ""


def _literal_strings(node: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """The string literals of an expression that end up in its text.

    Skips what a translating call already covers, the arguments of ``str.replace`` (its
    placeholders and values) and of calls in general (a helper's result is judged where it
    is built), the separator of ``join``, and comparisons.
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node, node.value
    elif isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        text = "".join(str(part) for part in parts)
        yield node, text
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                yield from _literal_strings(value.value)
    elif isinstance(node, ast.Lambda):
        yield from _literal_strings(node.body)
    elif isinstance(node, ast.Dict):
        for value in node.values:
            yield from _literal_strings(value)
    elif isinstance(node, ast.Call):
        name = _call_name(node)
        if _is_translation(node):
            return
        if isinstance(node.func, ast.Attribute):
            # "...".join(parts), "text".replace(a, b), f"...".format(...): the receiver is text.
            if name in ("replace", "format", "strip", "upper", "lower", "capitalize", "title"):
                yield from _literal_strings(node.func.value)
            elif name == "join":
                for argument in node.args:
                    yield from _literal_strings(argument)
    elif isinstance(node, ast.BinOp):
        yield from _literal_strings(node.left)
        yield from _literal_strings(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literal_strings(node.body)
        yield from _literal_strings(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _literal_strings(value)
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        for element in node.elts:
            yield from _literal_strings(element)
    elif isinstance(node, ast.ListComp | ast.GeneratorExp):
        yield from _literal_strings(node.elt)
    elif isinstance(node, ast.Starred):
        yield from _literal_strings(node.value)


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, allowed: frozenset[str]) -> None:
        self.path = path
        self.allowed = allowed
        self.findings: list[Finding] = []
        self._functions: list[str] = []

    def _report(self, node: ast.AST, text: str, why: str) -> None:
        if text.strip() in self.allowed:
            return
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), text, why))

    def _check(self, expression: ast.AST, why: str) -> None:
        for node, text in _literal_strings(expression):
            if has_words(text):
                self._report(node, text, why)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._functions.append(node.name)
        self.generic_visit(node)
        self._functions.pop()

    def visit_Return(self, node: ast.Return) -> None:
        if self._functions and self._functions[-1] in RETURNING_TEXT and node.value is not None:
            self._check(node.value, f"{self._functions[-1]} returns")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        sink = name in TEXT_METHODS or name in TEXT_CONSTRUCTORS or name in TEXT_HELPERS
        if sink and _receiver(node) not in SILENT_RECEIVERS:
            positions = TEXT_POSITIONS.get(name, range(len(node.args)))
            for position in positions:
                if position < len(node.args):
                    self._check(node.args[position], f"{name}()")
            for keyword in node.keywords:
                if keyword.arg in ("text", "title", "toolTip", "placeholderText", "name"):
                    self._check(keyword.value, f"{name}({keyword.arg}=)")
                if keyword.arg in ("x_label", "y_label"):
                    self._check(keyword.value, f"{name}({keyword.arg}=)")
        if _is_translation(node) or (name == "tr" and node.args):
            source = node.args[1] if name == "translate" and len(node.args) > 1 else node.args[0]
            context = node.args[0] if name == "translate" else None
            if not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
                self._report(node, ast.unparse(source), "tr() of a non-literal (lupdate skips it)")
            if context is not None and not (
                isinstance(context, ast.Constant) and isinstance(context.value, str)
            ):
                self._report(node, ast.unparse(context), "translate() with a non-literal context")
        self.generic_visit(node)


def untranslated(
    root: Path, allowed: frozenset[str], skipped: frozenset[str] = frozenset()
) -> list[Finding]:
    """Every finding in the ``.py`` files under ``root`` but those named in ``skipped``."""
    findings: list[Finding] = []
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).as_posix() in skipped:
            continue
        scanner = _Scanner(path, allowed)
        scanner.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        findings += scanner.findings
    return findings
