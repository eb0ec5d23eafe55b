"""`mail-mamori report` end to end, as a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def test_example_report(tmp_path: Path) -> None:
    out = tmp_path / "example.pdf"
    result = _run("report", "--example", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "報告書を作成しました" in result.stdout
    reader = PdfReader(out)
    assert len(reader.pages) >= 5
    assert "インシデント報告書" in reader.pages[0].extract_text()


def test_case_file_and_json_output_with_fixed_time(tmp_path: Path) -> None:
    case_file = tmp_path / "case.mamori.json"
    case_file.write_text(_run("case", "example").stdout, encoding="utf-8")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        result = _run(
            "report", str(case_file), "-o", str(out), "--json", "--generated-at", "2026-11-18 17:30"
        )
        assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["output"] == str(second)
    assert data["generated_at"] == "2026-11-18T17:30:00+09:00"
    assert data["pages"] == len(PdfReader(second).pages)
    assert data["warnings"] == [] and data["missing_characters"] == []
    assert first.read_bytes() == second.read_bytes()


def test_corrupt_case_file_exits_2_with_a_japanese_message(tmp_path: Path) -> None:
    case_file = tmp_path / "broken.mamori.json"
    case_file.write_text('{"format": "mail-mamori-case", "version": 2, "organ', encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = _run("report", str(case_file), "-o", str(out))
    assert result.returncode == 2
    assert "壊れている" in result.stderr
    assert not out.exists()


def test_a_value_of_the_wrong_kind_is_explained_in_the_chosen_language(tmp_path: Path) -> None:
    case_file = tmp_path / "bad.mamori.json"
    data = json.loads(_run("case", "example").stdout)
    data["incident"]["timeline"][1]["at"] = "2026-11-16 09:00"  # no time zone
    case_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.pdf"
    japanese = _run("report", str(case_file), "-o", str(out))
    assert japanese.returncode == 2
    assert "「状況の確認」の画面の時系列の 2 行目" in japanese.stderr
    assert "時差" in japanese.stderr
    assert "incident.timeline[1].at" in japanese.stderr
    english = _run("--lang", "en", "report", str(case_file), "-o", str(out))
    assert english.returncode == 2
    assert "row 2 of the timeline in the step “Situation”" in english.stderr
    assert "does not say its time zone" in english.stderr
    assert not out.exists()


def test_missing_case_file_exits_2(tmp_path: Path) -> None:
    result = _run("report", str(tmp_path / "nothing.mamori.json"), "-o", str(tmp_path / "o.pdf"))
    assert result.returncode == 2
    assert "見つかりません" in result.stderr


def test_unwritable_output_exits_2(tmp_path: Path) -> None:
    result = _run("report", "--example", "-o", str(tmp_path / "no" / "such" / "dir.pdf"))
    assert result.returncode == 2
    assert "保存できませんでした" in result.stderr
    result = _run("report", "--example", "-o", str(tmp_path))
    assert result.returncode == 2


def test_refuses_to_overwrite_the_case_file(tmp_path: Path) -> None:
    case_file = tmp_path / "case.mamori.json"
    original = _run("case", "example").stdout
    case_file.write_text(original, encoding="utf-8")
    result = _run("report", str(case_file), "-o", str(case_file))
    assert result.returncode == 2
    assert case_file.read_text(encoding="utf-8") == original


def test_needs_exactly_one_source(tmp_path: Path) -> None:
    assert _run("report", "-o", str(tmp_path / "x.pdf")).returncode == 2
    assert _run("report", "--example", "x.json", "-o", str(tmp_path / "x.pdf")).returncode == 2
    assert _run("report", "--example").returncode == 2  # -o is required


def test_emoji_warning_goes_to_stderr(tmp_path: Path) -> None:
    case_file = tmp_path / "case.mamori.json"
    data = json.loads(_run("case", "example").stdout)
    data["organisation"]["company"] = "やまだ商店 😀"
    case_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = _run("report", str(case_file), "-o", str(tmp_path / "o.pdf"))
    assert result.returncode == 0
    assert "U+1F600" in result.stderr


def test_report_to_standard_output(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "report", "--example", "-o", "-"],
        cwd=ROOT,
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0
    assert result.stdout.startswith(b"%PDF-")


def test_json_with_the_pdf_on_standard_output_is_bad_input() -> None:
    # The summary would have to share standard output with the PDF; it was dropped silently.
    result = _run("report", "--example", "-o", "-", "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "--json" in result.stderr and "-o -" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_folder_as_case_file_is_bad_input_without_a_traceback(tmp_path: Path) -> None:
    # "." and "/" have no file name: looking for "<name>.bak" crashed with a ValueError.
    for folder in (".", "/", str(tmp_path)):
        result = _run("report", folder, "-o", str(tmp_path / "x.pdf"))
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert "フォルダ" in result.stderr
        assert "「」" not in result.stderr
    english = _run("--lang", "en", "report", ".", "-o", str(tmp_path / "x.pdf"))
    assert english.returncode == 2 and "folder" in english.stderr


def test_the_one_source_error_is_all_japanese(tmp_path: Path) -> None:
    result = _run("report", "--example", "x.json", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert result.stderr.startswith("使い方:"), result.stderr
    assert "usage:" not in result.stderr
