"""Packaging rules that can be checked without building: trimming, self-test verdicts, files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import qt_trim  # noqa: E402
import selftest_check  # noqa: E402
from linux import system_libs  # noqa: E402


@pytest.mark.parametrize(
    ("source", "dest", "kept"),
    [
        ("/q/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms", True),
        ("/q/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/platforms", True),
        ("/q/plugins/platforms/qwindows.dll", "PySide6\\plugins\\platforms", True),
        ("/q/plugins/platforms/libqcocoa.dylib", "PySide6/Qt/plugins/platforms", True),
        ("/q/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/platforms", False),
        ("/q/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms", False),
        ("/q/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes", False),
        ("/q/plugins/imageformats/libqjpeg.so", "PySide6/Qt/plugins/imageformats", False),
        (
            "/q/plugins/printsupport/libcupsprintersupport.so",
            "PySide6/Qt/plugins/printsupport",
            True,
        ),
        (
            "/q/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
            "PySide6/Qt/plugins/platforminputcontexts",
            True,
        ),
        ("/q/plugins/styles/qmodernwindowsstyle.dll", "PySide6/plugins/styles", True),
        ("/q/translations/qtbase_ja.qm", "PySide6/Qt/translations", True),
        ("/q/translations/qtbase_de.qm", "PySide6/Qt/translations", False),
        ("/q/translations/qt_help_ja.qm", "PySide6/Qt/translations", False),
        ("C:/q/opengl32sw.dll", "PySide6", False),
        ("/q/lib/libQt6Pdf.so.6", "PySide6/Qt/lib", True),
    ],
)
def test_qt_trimming_keeps_what_the_app_uses(source: str, dest: str, kept: bool) -> None:
    assert qt_trim.keep(source, dest) is kept


def test_system_libraries_are_recognised_by_folder() -> None:
    assert system_libs.is_system_library("/lib/x86_64-linux-gnu/libxcb-cursor.so.0")
    assert system_libs.is_system_library("/usr/lib/x86_64-linux-gnu/libssl.so.3")
    assert system_libs.is_system_library("/usr/lib64/libz.so.1")
    assert not system_libs.is_system_library(
        "/root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0"
    )
    assert not system_libs.is_system_library("/usr/lib/python3.11/lib-dynload/_ssl.so")
    assert not system_libs.is_system_library("/venv/PySide6/Qt/lib/libQt6Core.so.6")


def test_depends_names_t64_renamed_packages_both_ways() -> None:
    field = system_libs.depends_field(
        ["libssl3t64", "libxcb1", "libc6", "libglib2.0-0"], {"libc6": "2.34"}
    )
    assert field == (
        "libc6 (>= 2.34), libglib2.0-0 | libglib2.0-0t64, libssl3 | libssl3t64, libxcb1"
    )


def _output(*lines: str) -> str:
    return "メールまもり 0.1.0 セルフテスト\n" + "\n".join(lines) + "\n"


ALL_PASS = [f"✓ check {i}: fine" for i in range(8)] + ["! キーリング: none"]


def test_self_test_verdicts() -> None:
    assert selftest_check.judge(_output(*ALL_PASS), 0, "t") == []
    assert selftest_check.judge(_output(*ALL_PASS), 1, "t") == ["t: exit code 1"]
    failing = ["✗ フォント: missing", *ALL_PASS[1:]]
    assert selftest_check.judge(_output(*failing), 1, "t") == ["t: ✗ フォント: missing"]
    assert selftest_check.judge(_output(*ALL_PASS[:5]), 0, "t") != []


def test_a_pending_module_is_tolerated_only_while_it_is_absent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    line = "✗ パスワードの判定: app.core.password_policy がこのビルドに含まれていないため"
    output = _output(line, *ALL_PASS[1:])
    monkeypatch.setattr(selftest_check, "ROOT", tmp_path)
    assert selftest_check.judge(output, 1, "t") == []
    (tmp_path / "app" / "core").mkdir(parents=True)
    (tmp_path / "app" / "core" / "password_policy.py").write_text("")
    assert selftest_check.judge(output, 1, "t") == [f"t: {line}"]


def test_desktop_entry_is_valid_and_japanese() -> None:
    desktop = ROOT / "packaging" / "linux" / "mail-mamori.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout
    text = desktop.read_text(encoding="utf-8")
    assert "Name[ja]=メールまもり" in text
    assert "Comment[ja]=" in text


def test_windows_installer_is_per_user_japanese_with_shortcuts() -> None:
    raw = (ROOT / "packaging" / "windows" / "mail-mamori.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup needs a BOM to read UTF-8"
    text = raw.decode("utf-8-sig")
    for needed in (
        "PrivilegesRequired=lowest",
        'MessagesFile: "compiler:Languages\\Japanese.isl"',
        "{autoprograms}\\{#AppName}",
        "{autodesktop}\\{#AppName}",
        "Tasks: desktopicon",
        "VersionInfoVersion={#AppVersion}",
    ):
        assert needed in text, needed


def test_icons_exist_in_every_size() -> None:
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    for size in (16, 20, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(icons / f"mail-mamori-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
    with Image.open(icons / "mail-mamori.ico") as ico:
        assert {(16, 16), (20, 20), (256, 256)} <= ico.info["sizes"]
    assert (icons / "mail-mamori.icns").read_bytes()[:4] == b"icns"


def test_the_20_px_icon_is_drawn_on_whole_pixels() -> None:
    """The title bar's icon at 125 % is 20 px: the 16 px drawing scaled to it put the
    envelope's edges between two pixels, half transparent and blurred."""
    from PIL import Image

    with Image.open(ROOT / "resources" / "icons" / "mail-mamori-20.png") as image:
        alpha = image.getchannel("A")
        # Left of the envelope: nothing, then its left edge fully opaque along its straight part.
        assert [alpha.getpixel((0, y)) for y in range(5, 12)] == [0] * 7
        assert [alpha.getpixel((1, y)) for y in range(5, 12)] == [255] * 7
        # Its top edge likewise, up to the shield.
        assert [alpha.getpixel((x, 2)) for x in range(3, 14)] == [0] * 11
        assert [alpha.getpixel((x, 3)) for x in range(3, 14)] == [255] * 11


def test_the_window_icon_has_the_title_bar_sizes(qapp) -> None:  # type: ignore[no-untyped-def]
    """16 px, and 20 px for a title bar at 125 %: Qt picks the image of exactly that size
    instead of scaling a bigger one down."""
    from PySide6.QtCore import QSize

    from app.ui.application import app_icon

    sizes = app_icon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(20, 20) in sizes
    assert app_icon().pixmap(QSize(20, 20)).size() == QSize(20, 20)


def test_the_deb_ships_the_licence_text_of_every_bundled_package(tmp_path: Path) -> None:
    """MIT, BSD and ISC ask for their text (with the copyright line) in every binary copy;
    the copyright file used to name the packages' licences only."""
    from linux import build_deb

    app_dir = tmp_path / "dist" / "mail-mamori"
    app_dir.mkdir(parents=True)
    (app_dir / "mail-mamori").write_text("")
    root = tmp_path / "root"
    build_deb.stage(app_dir, root)
    licenses = root / "usr" / "share" / "doc" / "mail-mamori" / "licenses"
    shipped = {folder.name for folder in licenses.iterdir()}
    # PySide6 and shiboken6 carry no licence file in their metadata: LGPL-3 is in
    # /usr/share/common-licenses, named by the copyright file.
    needed = {
        build_deb._dist_key(dist.metadata["Name"])
        for dist in build_deb.runtime_distributions()
        if not dist.metadata["Name"].lower().startswith(("pyside6", "shiboken6"))
    }
    assert {"dnspython", "reportlab", "zxcvbn", "pillow", "keyring", "platformdirs"} <= needed
    assert needed | {"python"} <= shipped
    dnspython = (licenses / "dnspython" / "LICENSE").read_text(encoding="utf-8")
    assert "Copyright" in dnspython
    assert "Python Software Foundation" in (licenses / "python" / "LICENSE.txt").read_text(
        encoding="utf-8"
    )


def test_the_copyright_file_credits_the_word_lists_under_their_own_licences() -> None:
    """The romaji word lists are not the project's MIT code: two of them are CC BY-SA, which
    asks for attribution."""
    from linux import build_deb

    stanza = build_deb.COPYRIGHT.split("Files: opt/mail-mamori/_internal/resources/wordlists/*")[1]
    stanza = stanza.split("\n\n")[0]
    assert "CC-BY-SA-3.0" in stanza and "CC-BY-SA-4.0" in stanza
    assert "Hermit Dave" in stanza and "Wikipedia contributors" in stanza


def test_the_copyright_file_credits_the_record_font_under_its_own_licence() -> None:
    """DejaVu Sans Mono (the PDF's DNS records) is not under the OFL of the other fonts; its
    licence asks for its notice in every copy."""
    from linux import build_deb

    from app.core.paths import resource_path

    stanza = build_deb.COPYRIGHT.split("resources/fonts/DejaVuSansMono.ttf\n")[1]
    stanza = stanza.split("\n\n")[0]
    assert "Bitstream" in stanza and "DejaVu-LICENSE.txt" in stanza
    notice = resource_path("fonts", "DejaVu-LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in notice and "Permission is hereby granted" in notice
    assert resource_path("fonts", "DejaVuSansMono.ttf").stat().st_size > 100_000
