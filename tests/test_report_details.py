"""The case's `report` section and evidence hashing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.core.case import Case, load_case, save_case
from app.core.errors import InputError
from app.core.example_case import example_case
from app.core.report_details import EvidenceFile, hash_evidence


def test_hash_evidence_streams_a_file(tmp_path: Path) -> None:
    data = b"Nov 14 02:13:07 sv0000 postfix/smtpd[21877]: client=unknown\n" * 50_000
    path = tmp_path / "maillog-20261114"
    path.write_bytes(data)
    item = hash_evidence(path, label="送信ログ", kept_at="USB メモリ", collected_by="山田")
    assert item == EvidenceFile(
        label="送信ログ",
        file_name="maillog-20261114",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        kept_at="USB メモリ",
        collected_at=None,
        collected_by="山田",
        hashed_at=item.hashed_at,
    )
    assert item.hashed_at is not None and item.hashed_at.utcoffset() is not None


def test_hash_evidence_of_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.log"
    path.write_bytes(b"")
    item = hash_evidence(path)
    assert item.label == "empty.log"
    assert item.sha256 == hashlib.sha256(b"").hexdigest()
    assert item.size == 0


@pytest.mark.parametrize("make", ["missing", "folder"])
def test_hash_evidence_explains_bad_input(tmp_path: Path, make: str) -> None:
    path = tmp_path / "x"
    if make == "folder":
        path.mkdir()
    with pytest.raises(InputError) as caught:
        hash_evidence(path)
    message = caught.value.message.render("ja")
    assert "「x」" in message


def test_report_section_survives_save_and_load(tmp_path: Path) -> None:
    case = example_case()
    path = tmp_path / "case.mamori.json"
    save_case(case, path)
    again = load_case(path)
    assert again.report == case.report
    assert again.report.evidence[0].sha256 == case.report.evidence[0].sha256


def test_a_new_case_has_an_empty_report_section() -> None:
    report = Case().report
    assert report.vendor.name == ""
    assert report.evidence == [] and report.request_types == []
    assert report.personal_data.in_mailbox.answer is None
