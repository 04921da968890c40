"""HubSpot-shaped error bodies: the ``Error`` of whole requests and the ``StandardError`` of
one failed batch input (developers.hubspot.com error-handling guide, contract §4 [H5])."""

from __future__ import annotations

import uuid
from typing import Any


class ApiError(Exception):
    """A request the sandbox refuses; becomes a JSON error response.

    Args:
        status: HTTP status code.
        category: HubSpot's error category, e.g. ``VALIDATION_ERROR``.
        message: the human readable message.
        details: the ``errors[]`` entries (``message``, ``code``, ``in``).
        extra: more top-level fields (``errorType``, ``policyName``...).
        headers: response headers to add (``Retry-After``...).
    """

    def __init__(
        self,
        status: int,
        category: str,
        message: str,
        *,
        details: list[dict[str, Any]] | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.category = category
        self.message = message
        self.details = details or []
        self.extra = extra or {}
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "status": "error",
            "message": self.message,
            "correlationId": str(uuid.uuid4()),
            "category": self.category,
        }
        if self.details:
            body["errors"] = self.details
        body.update(self.extra)
        return body


def validation(message: str, *, code: str = "INVALID_INPUT", field: str = "") -> ApiError:
    detail: dict[str, Any] = {"message": message, "code": code}
    if field:
        detail["in"] = field
    return ApiError(400, "VALIDATION_ERROR", message, details=[detail])


def not_found(message: str = "resource not found") -> ApiError:
    return ApiError(404, "OBJECT_NOT_FOUND", message)


def batch_error(
    category: str, message: str, *, context: dict[str, list[str]], code: str = ""
) -> dict[str, Any]:
    """One entry of a 207 response's ``errors[]`` (schema ``StandardError``)."""
    details: list[dict[str, Any]] = [{"message": message, "code": code}] if code else []
    return {
        "status": "error",
        "category": category,
        "message": message,
        "context": context,
        "errors": details,
        "links": {},
    }
