"""Salesforce-shaped errors: a JSON list of ``{message, errorCode, fields}`` for the REST API,
``{error, error_description}`` for the OAuth endpoints ("Status Codes and Error Responses")."""

from __future__ import annotations

from typing import Any

from crm_sandbox.errors import ApiError


class SfError(ApiError):
    """A request the Salesforce sandbox refuses as a whole."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        fields: list[str] | None = None,
        *,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status, code, message, headers=headers)
        self.fields = fields or []

    def body(self) -> Any:
        return [{"message": self.message, "errorCode": self.category, "fields": self.fields}]


class OAuthError(SfError):
    def body(self) -> Any:
        return {"error": self.category, "error_description": self.message}


def oauth_error(code: str, description: str) -> SfError:
    return OAuthError(400, code, description)


def not_found() -> SfError:
    return SfError(404, "NOT_FOUND", "The requested resource does not exist")


def bad_request(code: str, message: str, fields: list[str] | None = None) -> SfError:
    return SfError(400, code, message, fields)
