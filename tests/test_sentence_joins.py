"""Japanese sentences follow each other without a space; English ones keep it.

A message made of two parts (a reason plus advice, a service's note plus advice, a problem in
an included record plus "you cannot change it") read 「…追加してください。 この 1 か所…」 in
Japanese: a half-width space after 「。」 looks like a typing mistake to the owner.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from app.core.findings import error, warning
from app.core.i18n import join_sentences
from tests.test_translations import TS_JA, _messages


def test_join_sentences_drops_the_space_after_japanese_punctuation_only() -> None:
    assert (
        join_sentences("追加してください。", "この 1 か所の誤り")
        == "追加してください。この 1 か所の誤り"
    )
    assert join_sentences("確認してください」", "次へ") == "確認してください」次へ"
    assert join_sentences("Add a space.", "Because of this") == "Add a space. Because of this"
    assert join_sentences("保存できません (理由)。", "", "入力は残っています。") == (
        "保存できません (理由)。入力は残っています。"
    )
    assert join_sentences("", "Only one.") == "Only one."


def test_two_part_spf_messages_have_no_space_after_the_full_stop_in_japanese() -> None:
    split_string = error(
        "syntax",
        term="ip4:192.0.2.1include:_spf.example.jp",
        domain="example.jp",
        reason="string_join",
    )
    mailchimp = warning(
        "unneeded_include",
        term="include:servers.mcsv.net",
        domain="example.jp",
        target="servers.mcsv.net",
    )
    in_include = warning("ptr", term="ptr", domain="spf.example.net", in_include=True)
    for finding in (split_string, mailchimp, in_include):
        japanese = finding.message.render("ja")
        assert "。 " not in japanese, japanese
        english = finding.message.render("en")
        assert re.search(r"\. [A-Z]", english), english  # English keeps its space
    assert "追加してください。この 1 か所" in split_string.message.render("ja")
    assert "使います)。この include" in mailchimp.message.render("ja")


def test_translations_join_a_sentence_placeholder_without_a_space() -> None:
    """Where the English source starts a new sentence after a placeholder (“{reason} Because
    …”), the placeholder is a whole sentence: in Japanese the next one follows directly."""
    offending = []
    for (context, source), message in _messages(TS_JA).items():
        translation = message.find("translation")
        assert isinstance(translation, ET.Element)
        text = "".join(translation.itertext())
        for name in re.findall(r"\{([a-z_]+)\} [A-Z][a-z]", source):
            # A sentence of its own: at the start, or after 「:」 or 「。」 (「{count} 文字」 is
            # a number inside a sentence, spaced as numbers are).
            pattern = (
                r"(?:^|[:：。] ?)" + re.escape("{" + name + "}") + r" [\u3041-\u30ff\u4e00-\u9fff]"
            )
            if re.search(pattern, text):
                offending.append((context, source, text))
    assert not offending
