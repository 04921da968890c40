"""Which language the system asks for, and the catalog each language reads."""

from __future__ import annotations

import pytest

from cs_desktop import i18n


@pytest.mark.parametrize(
    ("locale_name", "language"),
    [
        ("ja_JP.UTF-8", "ja"),
        ("ja", "ja"),
        ("zh_CN.UTF-8", "zh-Hans"),
        ("zh_SG", "zh-Hans"),
        ("zh", "zh-Hans"),
        ("zh_TW.UTF-8", "zh-Hant"),
        ("zh_HK.Big5", "zh-Hant"),
        ("zh-Hant-TW", "zh-Hant"),
        ("zh_Hans_CN", "zh-Hans"),
        ("en_GB.UTF-8", "en"),
        ("fr_FR@euro", "en"),
        ("", "en"),
    ],
)
def test_a_locale_name_asks_for_a_language(locale_name: str, language: str) -> None:
    assert i18n.language_for_locale(locale_name) == language


def test_lc_all_wins_over_lang_and_c_means_english() -> None:
    assert i18n.system_language({"LC_ALL": "zh_TW.UTF-8", "LANG": "ja_JP.UTF-8"}) == "zh-Hant"
    assert i18n.system_language({"LANG": "ja_JP.UTF-8"}) == "ja"
    assert i18n.system_language({"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}) == "en"
    assert i18n.system_language({}) == "en"


def test_english_is_the_source() -> None:
    assert i18n.words("en").gettext("Account") == "Account"
    assert i18n.words("en").ngettext("{count} day", "{count} days", 2) == "{count} days"
