"""SafeText: any string becomes paragraph markup that shows exactly that string."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.report.linebreak import JaParagraph
from app.core.report.safe_text import SafeText, code_label
from app.core.report.styles import styles


def _shown(text: str) -> str:
    """What a paragraph built from `SafeText.markup(text)` would print."""
    paragraph = JaParagraph(SafeText().markup(text, multiline=False), styles().body)
    return "".join(frag.text for frag in paragraph.frags).replace("\u00a0", " ")


def test_markup_characters_are_text() -> None:
    for text in ['<img src="/etc/passwd">', "R&D", "<b>未閉じ", "x <br> y", "&amp;", "]]>"]:
        assert _shown(text) == text


def test_repeated_spaces_are_kept() -> None:
    assert _shown("a  b   c") == "a  b   c"


def test_uncovered_characters_become_codes() -> None:
    safe = SafeText()
    assert safe.clean("𠮷田 😀\ufe0f") == "[U+20BB7]田 [U+1F600]"
    assert safe.missing_characters() == ["😀", "𠮷"]
    assert code_label("\x00") == "[U+0000]"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=60))
def test_any_text_survives_verbatim(text: str) -> None:
    safe = SafeText()
    # The paragraph drops spaces at its very start and end, like any line of text.
    expected = safe.clean(text.replace("\r\n", "\n")).replace("\u00a0", " ").strip(" ")
    assert _shown(text).strip(" ") == expected
