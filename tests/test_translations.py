"""Every visible string goes through Qt's translation system and Japanese is complete."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.core.i18n import QT_TRANSLATE_NOOP, Msg, translate

ROOT = Path(__file__).resolve().parents[1]
TS_JA = ROOT / "i18n" / "mail_mamori_ja.ts"
TS_EN = ROOT / "i18n" / "mail_mamori_en.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            result[(name, message.findtext("source") or "")] = message
    return result


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def test_ts_files_are_in_sync_with_the_sources(tmp_path: Path) -> None:
    for ts, extra in ((TS_JA, []), (TS_EN, ["-pluralonly"])):
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        subprocess.run(
            [
                str(LUPDATE),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                *extra,
                *_sources(),
                "-ts",
                str(copy),
            ],
            cwd=ROOT,
            check=True,
        )
        fresh, committed = set(_messages(copy)), set(_messages(ts))
        missing = sorted(fresh - committed)
        stale = sorted(committed - fresh)
        assert not missing, f"run `make lupdate` and translate: {missing[:10]}"
        assert not stale, f"run `make lupdate` to drop strings no longer used: {stale[:10]}"


def test_every_japanese_entry_is_finished() -> None:
    unfinished = []
    for (context, source), message in _messages(TS_JA).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            unfinished.append(f"{context}: {source}")
    assert unfinished == []


def test_english_plural_forms_are_finished() -> None:
    for (context, source), message in _messages(TS_EN).items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", (
            context,
            source,
        )


def _placeholders(text: str) -> set[str]:
    # Names only: a translation may format a value differently ({month:02d} -> {month}月).
    # %-placeholders are argparse's own texts (context "argparse"): each must be kept.
    percent = re.findall(r"%\([a-z_]+\)[sr]|%[sr]", text)
    return (
        set(re.findall(r"\{([a-z_0-9]*)(?::[^}]*)?\}", text))
        | set(re.findall(r"%n", text))
        | set(percent)
    )


def test_translations_keep_placeholders_and_mnemonics() -> None:
    problems = []
    for (context, source), message in _messages(TS_JA).items():
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if _placeholders(text) != _placeholders(source):
                problems.append(f"placeholders differ: {context}: {source!r} -> {text!r}")
            mnemonic = re.compile(r"&[A-Za-z0-9]")
            if bool(mnemonic.search(source.replace("&&", ""))) != bool(
                mnemonic.search(text.replace("&&", ""))
            ):
                problems.append(f"mnemonic differs: {context}: {source!r} -> {text!r}")
    assert problems == []


def test_japanese_translations_are_japanese() -> None:
    untranslated = []
    for (context, source), message in _messages(TS_JA).items():
        text = message.findtext("translation") or ""
        words = re.findall(r"[A-Za-z]{3,}", source)
        if len(words) >= 3 and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
            untranslated.append(f"{context}: {source!r} -> {text!r}")
    assert untranslated == []


def test_core_messages_render_in_both_languages() -> None:
    msg = QT_TRANSLATE_NOOP("input", "Please enter a domain name.")
    assert msg.render("en") == "Please enter a domain name."
    assert msg.render("ja") == "ドメイン名を入力してください。"
    nested = QT_TRANSLATE_NOOP(
        "tasks",
        "Something unexpected went wrong. Nothing you entered was "
        "lost. Details were written to the log file: {path}",
    )
    assert "/tmp/x.log" in nested.with_args(path="/tmp/x.log").render("ja")


def test_a_broken_translation_falls_back_to_the_source() -> None:
    msg = Msg("nowhere", "Only {this} exists").with_args(this="text")
    assert msg.render("ja") == "Only text exists"
    assert translate("nowhere", "untranslated", "ja") == "untranslated"


def _japanese_texts() -> list[tuple[object, str]]:
    """Every Japanese text the owner can read: the translations, and the data files'."""
    texts = [
        (key, "".join(message.find("translation").itertext()))  # type: ignore[union-attr]
        for key, message in _messages(TS_JA).items()
    ]
    resources = [
        (str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "resources").rglob("*"))
        if path.suffix in (".toml", ".txt", ".json", ".md")
    ]
    return texts + resources


def test_a_case_is_called_jian_everywhere_in_japanese() -> None:
    """The welcome page and the files say 「事案」; 「ケース」 or 「案件」 elsewhere would make the
    owner wonder whether they are different things."""
    for where, text in _japanese_texts():
        assert "ケース" not in text, where
        assert "案件" not in text, where


# Names of other companies' products keep their own spelling; the user has to find them.
_SERVER_PROPER_NOUNS = (
    "エックスサーバー",
    "サーバーパネル",
    "お名前.com レンタルサーバー",
    "ネームサーバー設定",
)


def test_server_is_spelled_saaba_everywhere_in_japanese() -> None:
    """The product says 「サーバ」; 「サーバー」 beside it looks like two different words."""
    for where, text in _japanese_texts():
        for name in _SERVER_PROPER_NOUNS:
            text = text.replace(name, "")
        assert "サーバー" not in text, where


def test_the_owner_is_never_called_anata_in_japanese() -> None:
    """The welcome page speaks of 「御社」 and the pages of 「自社」; 「あなたの」 on one page reads
    as curt to a business owner and as odd in the report handed to the vendor."""
    for where, text in _japanese_texts():
        assert "あなた" not in text, where


def test_password_and_account_advice_space_numbers_and_brackets_like_the_rest() -> None:
    """「16 文字以上にしてください (現在は 8 文字です)」 as everywhere else in the app: the advice
    sits right under 「合格 2 件」 and 「利用中のアカウント (退職者の分を除く)」."""
    crowded = re.compile(r"[0-9}](文字|行目|種類|番目|回目|件目)|[^\s(]\((?!&)")
    for (context, source), message in _messages(TS_JA).items():
        if context not in ("password", "accounts", "report_review", "case", "AccountDialog"):
            continue
        if source == "Strength (0-4)":  # a CSV column heading, recognised again on import
            continue
        text = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        assert not crowded.search(text), (context, text)


def test_folder_is_spelled_one_way_in_japanese() -> None:
    """The report page's button says 「保存先フォルダを開く」; the DMARC advice said 「フォルダー」."""
    for key, message in _messages(TS_JA).items():
        assert "フォルダー" not in "".join(message.find("translation").itertext()), key  # type: ignore[union-attr]


def test_the_pages_name_people_and_blanks_as_the_report_does() -> None:
    """The vendor reads the PDF, the owner the pages: the same column and the same blank say
    the same word in both (they said 対応者/担当 vs 実施者, and (未記入) vs (未設定))."""
    assert (
        translate("TimelineEditor", "Who", "ja")
        == translate("ActionsEditor", "By", "ja")
        == translate("report", "By", "ja")
        == "実施者"
    )
    assert (
        translate("AccountsPage", "(none)", "ja")
        == translate("AccountsPage", "(not entered)", "ja")
        == translate("report", "—", "ja")
        == f"({translate('report', 'Not entered', 'ja')})"
    )


def test_void_lookups_are_not_called_no_response_in_the_report() -> None:
    """RFC 7208's void lookups are names that do not exist, as the SPF page says; 「応答なし」 in
    the PDF made a vendor think of time-outs."""
    from app.core.report.sections.sender_auth import LOOKUPS_VALUE

    value = LOOKUPS_VALUE.with_args(lookups=3, void=0)
    japanese = value.render("ja")
    assert "存在しない名前の参照" in japanese
    assert "応答なし" not in japanese
    assert "names that do not exist: 0 of at most 2" in value.render("en")


def test_latin_words_and_japanese_are_spaced_in_the_translations() -> None:
    """「PDF を作成」 and 「Web メール」 as 「SPF レコード」 everywhere else: the button said
    「PDFを作成」 right beside 「PDF ビューアで開く」."""
    # A Latin word of two or more letters touching kana or kanji (・ and brackets are fine).
    crowded = re.compile(
        r"[A-Za-z]{2,}[\u3041-\u30fa\u30fc-\u30ff\u4e00-\u9fff]|[\u3041-\u30fa\u30fc-\u30ff\u4e00-\u9fff][A-Za-z]{2,}"
    )
    for key, message in _messages(TS_JA).items():
        text = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        text = re.sub(r"\{[a-z_]+\}", " ", text)  # placeholders are filled with spaced text
        assert not crowded.search(text), (key, text)


def test_japanese_brackets_are_half_width_like_the_rest() -> None:
    """「… (技術情報: …)」 as in every other message; a few said 「（技術情報: …）」."""
    for key, message in _messages(TS_JA).items():
        text = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        assert "（" not in text and "）" not in text, key
