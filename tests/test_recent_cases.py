"""The welcome page names each recent case by whose it is and when it was saved, not by its
file name, and says when a file is gone or cannot be opened."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from app.core.case import Case, save_case
from app.core.example_case import example_case
from app.core.normalize import JST
from app.core.recent_cases import CaseFileState, describe_recent

# The list gives the year only for a case saved in an earlier year.
SAVED = datetime(datetime.now(JST).year, 1, 2, 15, 0, tzinfo=JST)
LAST_YEAR = SAVED.replace(year=SAVED.year - 1, month=12, day=24)


def _saved_case(path: Path, case: Case, when: datetime = SAVED) -> Path:
    save_case(case, path)
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def _three_files(folder: Path) -> tuple[Path, Path, Path]:
    good = _saved_case(folder / "example.co.jp-20261116-093005.mamori.json", example_case())
    gone = folder / "on-a-usb-stick.mamori.json"
    damaged = folder / "damaged.mamori.json"
    damaged.write_text('{"format": "mail-mamori-case", "version"', encoding="utf-8")
    return good, gone, damaged


def test_each_recent_case_is_described_by_its_company_domain_and_last_save(
    tmp_path: Path,
) -> None:
    good, gone, damaged = _three_files(tmp_path)
    described = describe_recent([gone, good, damaged])
    assert [entry.path for entry in described] == [gone, good, damaged]
    assert [entry.state for entry in described] == [
        CaseFileState.MISSING,
        CaseFileState.READABLE,
        CaseFileState.DAMAGED,
    ]
    assert described[1].company == "株式会社やまだ商店"
    assert described[1].domain == "example.co.jp"
    assert described[1].saved_at == SAVED


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ja",
            [
                "株式会社やまだ商店、1/2 15:00 に保存",
                "damaged.mamori.json (このままでは開けません)",
                f"有限会社さとう、{LAST_YEAR.year}/12/24 15:00 に保存",
                "例え.jp、1/2 15:00 に保存",
            ],
        ),
        (
            "en",
            [
                "株式会社やまだ商店, saved 1/2 15:00",
                "damaged.mamori.json (cannot be opened as it is)",
                f"有限会社さとう, saved {LAST_YEAR.year}/12/24 15:00",
                "例え.jp, saved 1/2 15:00",
            ],
        ),
    ],
)
def test_the_welcome_page_lists_recent_cases_by_whose_they_are(  # type: ignore[no-untyped-def]
    qtbot, wizard, tmp_path: Path, language: str, expected: list[str]
) -> None:
    good, gone, damaged = _three_files(tmp_path)
    no_domain = Case()
    no_domain.organisation.company = "有限会社さとう"
    other = _saved_case(tmp_path / "case-20261116-150000.mamori.json", no_domain, LAST_YEAR)
    no_company = Case()
    no_company.organisation.domain = "例え.jp"
    no_company.organisation.domain_ascii = "xn--r8jz45g.jp"
    idn = _saved_case(tmp_path / "xn--r8jz45g.jp-20261116-150000.mamori.json", no_company)
    # The list shows the latest first; a file no longer there is left out (as before).
    for path in (idn, other, damaged, gone, good):
        wizard.settings.add_recent_case(path)
    wizard.show()
    page = wizard.page_by_key("welcome")
    page.initializePage()
    if language != "ja":
        wizard.set_language(language)

    def texts() -> list[str]:
        return [page.recent.item(row).text() for row in range(page.recent.count())]

    def described() -> bool:
        shown = texts()
        return len(shown) == 4 and all(
            text.startswith(start) for text, start in zip(shown, expected, strict=True)
        )

    qtbot.waitUntil(described)
    # The domain and the full path stay in reach, and each entry still opens its own file.
    assert page.recent.item(0).toolTip() == f"example.co.jp\n{good}"
    page.recent.itemActivated.emit(page.recent.item(0))
    qtbot.waitUntil(lambda: wizard.currentPage().key == "situation")
    assert wizard.case.organisation.company == "株式会社やまだ商店"
