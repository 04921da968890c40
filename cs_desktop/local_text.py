"""Text that a resource file (a playbook, a scorecard) carries in each of the app's languages.

In TOML a text is a table with one key per language, English first::

    title.en = "Two unsatisfied pulses in a row"
    title.ja = "満足度の低いパルスが2回続いた"
    title.zh-Hans = "连续两次不满意的反馈"
    title.zh-Hant = "連續兩次不滿意的回饋"

A plain string is English alone. The app shows the current language's text and falls back to
English where a file lacks it (a playbook written in-house, say); the shipped files carry all
four, which a test keeps so.
"""

from __future__ import annotations

from dataclasses import dataclass

from cs_desktop.i18n import LANGUAGES, Lang, _, current_language, words


@dataclass(frozen=True)
class LocalText:
    """One text in English and, where given, Japanese, Simplified and Traditional Chinese."""

    en: str
    ja: str | None = None
    zh_hans: str | None = None
    zh_hant: str | None = None

    def text(self, lang: Lang | None = None) -> str:
        """The text in ``lang`` (default: the app's language), or in English when it lacks it."""
        return self.given(current_language() if lang is None else lang) or self.en

    def given(self, lang: Lang) -> str | None:
        """The text as written for ``lang``, None when the file has none."""
        if lang == "en":
            return self.en
        return getattr(self, lang.replace("-", "_").lower())  # type: ignore[no-any-return]

    def missing(self) -> tuple[Lang, ...]:
        """The languages this text falls back to English in."""
        return tuple(lang for lang in LANGUAGES if not self.given(lang))

    def __str__(self) -> str:
        return self.text()

    @classmethod
    def from_catalog(cls, message: str) -> LocalText:
        """A message of the app's catalog (marked with ``N_``) in every language it has."""
        ja, zh_hans, zh_hant = (words(lang).gettext(message) for lang in LANGUAGES[1:])
        return cls(message, ja, zh_hans, zh_hant)


class LocalTextError(ValueError):
    """A text in a resource file is neither a string nor a table of languages."""


def local_text(value: object, where: str, *, max_length: int | None = None) -> LocalText:
    """``value`` read from TOML (a string, or a table of languages) as a :class:`LocalText`.

    Args:
        where: the file and key, for the message.
        max_length: the most characters each language's text may have.

    Raises:
        LocalTextError: no English text, an unknown language or a text that is not a string.
    """
    if isinstance(value, str):
        value = {"en": value}
    if not isinstance(value, dict):
        raise LocalTextError(
            _("{where}: expected a text, or a table of texts by language ({languages})").format(
                where=where, languages=", ".join(LANGUAGES)
            )
        )
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise LocalTextError(
            _("{where}: unknown language(s) {unknown}; expected {languages}").format(
                where=where, unknown=", ".join(unknown), languages=", ".join(LANGUAGES)
            )
        )
    for lang, text in value.items():
        if not isinstance(text, str) or not text.strip():
            raise LocalTextError(
                _("{where}.{lang} must be a non-empty text").format(where=where, lang=lang)
            )
        if max_length is not None and len(text) > max_length:
            raise LocalTextError(
                _("{where}.{lang} is longer than {limit} characters").format(
                    where=where, lang=lang, limit=max_length
                )
            )
    if "en" not in value:
        raise LocalTextError(_("{where}: the English text (en) is required").format(where=where))
    return LocalText(value["en"], value.get("ja"), value.get("zh-Hans"), value.get("zh-Hant"))
