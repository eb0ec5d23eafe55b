"""`mail-mamori --self-test`: proves that this build (from source, frozen, or installed) works.

Installers are built on machines nobody looks at, so each check exercises what a frozen build
most often loses: Qt's own Japanese translations, the app's catalogues, the bundled font, data
files, dnspython's dynamically imported record types, the password checker, the PDF report and
its preview (QtPdf), and keyring's backends (found through package metadata, which freezers are
known to drop, leaving the "fail" backend that cannot remember anything).

The whole run happens behind `NetworkGuard`: any attempt to resolve a name or reach another
host is blocked and fails the run, so the self-test can never leak a query and proves that
start-up code does not phone home.

Each check prints one line as soon as it finishes: a mark (✓ passed, ✗ failed, ! passed with
a warning), its name and a detail. The exit code is 1 if any check failed, else 0.

This module is UI level (it starts an offscreen QApplication), so it lives outside app/core.
"""

from __future__ import annotations

import importlib
import os
import platform
import socket
import sys
import tempfile
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from app import __version__
from app.core.i18n import QT_TRANSLATE_NOOP, Msg

PASSED = "passed"
FAILED = "failed"
WARNING = "warning"
MARKS = {PASSED: "✓", FAILED: "✗", WARNING: "!"}

# A password every policy must reject and one it must accept (random, 20 characters, all four
# character classes). Neither is a secret: they only prove that the checker runs.
WEAK_PASSWORD = "password123"
STRONG_PASSWORD = "Kp7#vR2m!Tq9@Lw4zX8s"

# The platform plugin a desktop session of each OS needs (offscreen is always bundled too).
NATIVE_PLATFORM = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}
# The keyring backend module that must be in the build for each OS, and the library it needs.
KEYRING_BACKEND = {
    "linux": ("keyring.backends.SecretService", "secretstorage"),
    "win32": ("keyring.backends.Windows", "win32ctypes.core"),
    "darwin": ("keyring.backends.macOS", "keyring.backends.macOS.api"),
}

# --- messages ------------------------------------------------------------------------------

TITLE = QT_TRANSLATE_NOOP("selftest", "Mail Mamori {version} self-test ({system}, {mode})")
MODE_FROZEN = QT_TRANSLATE_NOOP("selftest", "installed build")
MODE_SOURCE = QT_TRANSLATE_NOOP("selftest", "from source")
SUMMARY_OK = QT_TRANSLATE_NOOP("selftest", "All {total} checks passed ({seconds} s).")
SUMMARY_FAILED = QT_TRANSLATE_NOOP(
    "selftest", "{failed} of {total} checks failed ({seconds} s). This build is not usable."
)
UNEXPECTED = QT_TRANSLATE_NOOP("selftest", "Unexpected error: {error}")

NAME_QT = QT_TRANSLATE_NOOP("selftest", "Qt libraries")
QT_OK = QT_TRANSLATE_NOOP(
    "selftest", "PySide6 {pyside}, Qt {qt}, display {platform}; platform plugins: {plugins}"
)
QT_NO_NATIVE = QT_TRANSLATE_NOOP(
    "selftest",
    "The platform plugin “{native}” that this OS needs to show windows is missing "
    "(found: {plugins})",
)
QT_MODULE_MISSING = QT_TRANSLATE_NOOP(
    "selftest", "The Qt module {module} is missing from this build: {error}"
)

NAME_TRANSLATIONS = QT_TRANSLATE_NOOP("selftest", "Japanese translations")
TRANSLATIONS_OK = QT_TRANSLATE_NOOP(
    "selftest",
    "The Next button reads “{button}”; the app's catalogues mail_mamori_ja.qm and .ts are loaded",
)
TRANSLATIONS_NO_QT = QT_TRANSLATE_NOOP(
    "selftest",
    "Standard buttons are not Japanese (the Next button reads “{button}”): "
    "qtbase_ja.qm is missing from {folder}",
)
TRANSLATIONS_NO_QM = QT_TRANSLATE_NOOP(
    "selftest",
    "The app's compiled translation mail_mamori_ja.qm is missing or out of date in {folder} "
    "(from source: run `make translations`)",
)
TRANSLATIONS_NO_TS = QT_TRANSLATE_NOOP(
    "selftest",
    "The catalogue mail_mamori_ja.ts is missing from {folder}: the command line and the PDF "
    "would be in English",
)

NAME_FONTS = QT_TRANSLATE_NOOP("selftest", "Fonts")
FONTS_OK = QT_TRANSLATE_NOOP(
    "selftest",
    "{family} registered; all {count} characters used by the Japanese texts are in the font",
)
FONTS_NOT_REGISTERED = QT_TRANSLATE_NOOP(
    "selftest", "The bundled font {family} could not be registered (files: {files})"
)
FONTS_MISSING_GLYPHS = QT_TRANSLATE_NOOP(
    "selftest", "{count} Japanese characters are missing from {file}: {characters}"
)

NAME_FILES = QT_TRANSLATE_NOOP("selftest", "Bundled files")
FILES_OK = QT_TRANSLATE_NOOP(
    "selftest", "{count} data files present; {providers} hosting provider presets read"
)
FILES_MISSING = QT_TRANSLATE_NOOP("selftest", "Missing from {folder}: {files}")

NAME_DNS = QT_TRANSLATE_NOOP("selftest", "DNS library")
DNS_OK = QT_TRANSLATE_NOOP(
    "selftest", "dnspython {version}: record types {types} handled without any query"
)

NAME_PASSWORD = QT_TRANSLATE_NOOP("selftest", "Password check")
PASSWORD_OK = QT_TRANSLATE_NOOP(
    "selftest",
    "“{weak}” is rejected and a random 20-character password is accepted (score {score}/4)",
)
PASSWORD_WRONG = QT_TRANSLATE_NOOP(
    "selftest",
    "Wrong verdicts: “{weak}” acceptable = {weak_ok}, random 20-character password "
    "acceptable = {strong_ok}",
)
NOT_IN_BUILD = QT_TRANSLATE_NOOP(
    "selftest", "{module} is not part of this build, so this check cannot run"
)
LIBRARY_MISSING = QT_TRANSLATE_NOOP(
    "selftest", "{module} cannot be loaded because {library} is missing from this build"
)

NAME_PDF = QT_TRANSLATE_NOOP("selftest", "PDF report")
PDF_OK = QT_TRANSLATE_NOOP(
    "selftest",
    "Example report: {pages} pages, {size} KB, every character in the font; "
    "the preview (QtPdf) opens it",
)
PDF_NOT_PDF = QT_TRANSLATE_NOOP("selftest", "The file written is not a PDF ({size} bytes)")
PDF_MISSING_CHARACTERS = QT_TRANSLATE_NOOP(
    "selftest", "Characters missing from the PDF's font: {characters}"
)
PDF_PREVIEW_FAILED = QT_TRANSLATE_NOOP(
    "selftest",
    "The preview (QtPdf) could not open the report: {error} ({pages} of {expected} pages)",
)

NAME_KEYRING = QT_TRANSLATE_NOOP("selftest", "Password store (keyring)")
KEYRING_OK = QT_TRANSLATE_NOOP("selftest", "Secrets such as a DQS key are kept in {backend}")
KEYRING_FAIL_BACKEND = QT_TRANSLATE_NOOP(
    "selftest",
    "No password store is available on this computer (keyring.backends.fail.Keyring): "
    "a secret such as a Spamhaus DQS key cannot be remembered and must be entered each time",
)
KEYRING_NO_ENTRY_POINTS = QT_TRANSLATE_NOOP(
    "selftest",
    "keyring's list of backends (package metadata) is missing from this build, so no "
    "password store can ever be found",
)
KEYRING_BACKEND_MISSING = QT_TRANSLATE_NOOP(
    "selftest", "The keyring backend for this OS ({module}) cannot be loaded: {error}"
)

NAME_NETWORK = QT_TRANSLATE_NOOP("selftest", "No network access")
NETWORK_OK = QT_TRANSLATE_NOOP("selftest", "Nothing was resolved or contacted during the self-test")
NETWORK_ATTEMPTED = QT_TRANSLATE_NOOP(
    "selftest", "{count} network attempts were blocked: {attempts}"
)


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: its name, passed/failed/warning, and a detail for the line."""

    name: Msg
    status: str
    detail: Msg

    def line(self, lang: str | None = None) -> str:
        """The printed line: mark, name, detail."""
        return f"{MARKS[self.status]} {self.name.render(lang)}: {self.detail.render(lang)}"


Check = Callable[[], CheckResult]


# --- the network guard ---------------------------------------------------------------------


class NetworkBlockedError(OSError):
    """Raised instead of resolving a name or connecting while the self-test runs."""


class NetworkGuard:
    """Blocks and records every name lookup and every IP connection or datagram while active.

    Local IPC (Unix sockets, e.g. D-Bus for the Secret Service) is allowed. Qt's own C++ code is
    out of reach of a Python guard, but the app never makes network calls through Qt.
    """

    _RESOLVERS = (
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "getnameinfo",
    )
    _SOCKET_METHODS = ("connect", "connect_ex", "sendto", "sendmsg")
    _IP_FAMILIES = (socket.AF_INET, socket.AF_INET6)

    def __init__(self) -> None:
        self.attempts: list[str] = []
        self._saved_functions: dict[str, Any] = {}
        self._saved_methods: dict[str, Any] = {}

    def __enter__(self) -> NetworkGuard:
        for name in self._RESOLVERS:
            original = getattr(socket, name)
            self._saved_functions[name] = original
            setattr(socket, name, self._blocked_resolver(name))
        for name in self._SOCKET_METHODS:
            # Only the class's own attribute is saved: most are inherited from _socket.socket.
            self._saved_methods[name] = socket.socket.__dict__.get(name)
            setattr(socket.socket, name, self._guarded_method(name, getattr(socket.socket, name)))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for name, original in self._saved_functions.items():
            setattr(socket, name, original)
        for name, own in self._saved_methods.items():
            if own is None:
                delattr(socket.socket, name)
            else:
                setattr(socket.socket, name, own)
        self._saved_functions.clear()
        self._saved_methods.clear()

    def _record(self, what: str) -> NetworkBlockedError:
        self.attempts.append(what)
        return NetworkBlockedError(f"network access blocked during the self-test: {what}")

    def _blocked_resolver(self, name: str) -> Callable[..., Any]:
        def blocked(*args: Any, **kwargs: Any) -> Any:
            target = args[0] if args else kwargs.get("host", "")
            raise self._record(f"{name}({target!r})")

        return blocked

    def _guarded_method(self, name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        guard = self

        # Where each method takes the address: connect(address), sendto(data[, flags], address),
        # sendmsg(buffers, ancdata, flags, address).
        def target(args: tuple[Any, ...]) -> Any:
            if name == "sendto":
                return args[-1] if len(args) >= 2 else None
            if name == "sendmsg":
                return args[3] if len(args) >= 4 else None
            return args[0] if args else None

        def guarded(sock: socket.socket, *args: Any, **kwargs: Any) -> Any:
            if sock.family in guard._IP_FAMILIES:
                raise guard._record(f"socket.{name}({target(args)!r})")
            return original(sock, *args, **kwargs)

        return guarded

    def result(self) -> CheckResult:
        """The check line for what the guard saw."""
        if not self.attempts:
            return CheckResult(NAME_NETWORK, PASSED, NETWORK_OK)
        shown = ", ".join(self.attempts[:5]) + (" …" if len(self.attempts) > 5 else "")
        detail = NETWORK_ATTEMPTED.with_args(count=len(self.attempts), attempts=shown)
        return CheckResult(NAME_NETWORK, FAILED, detail)


# --- running -------------------------------------------------------------------------------


def run_checks(checks: Sequence[tuple[Msg, Check]], out: TextIO, lang: str | None = None) -> int:
    """Run `checks` behind a `NetworkGuard`, print a line each, then the network line.

    Returns 1 if any check failed, else 0. A check that raises counts as failed.
    """
    started = time.perf_counter()
    results: list[CheckResult] = []

    def emit(result: CheckResult) -> None:
        results.append(result)
        out.write(result.line(lang) + "\n")
        out.flush()

    with NetworkGuard() as guard:
        for name, check in checks:
            try:
                result = check()
            except Exception as error:  # a broken build must produce a line, not a traceback
                detail = UNEXPECTED.with_args(error=f"{type(error).__name__}: {error}")
                result = CheckResult(name, FAILED, detail)
            emit(result)
    emit(guard.result())
    failed = sum(1 for r in results if r.status == FAILED)
    seconds = f"{time.perf_counter() - started:.1f}"
    if failed:
        summary = SUMMARY_FAILED.with_args(failed=failed, total=len(results), seconds=seconds)
    else:
        summary = SUMMARY_OK.with_args(total=len(results), seconds=seconds)
    out.write(summary.render(lang) + "\n")
    out.flush()
    return 1 if failed else 0


def run_self_test(require_keyring: bool = False, out: TextIO | None = None) -> int:
    """Run every check, printing one line each in the CLI language; returns the exit code.

    With `require_keyring`, landing on keyring's fail backend is a failure on every OS (CI
    sets it where a real password store runs); otherwise only on Windows and macOS, which
    always have one.
    """
    stream = out if out is not None else _console()
    mode = MODE_FROZEN if getattr(sys, "frozen", False) else MODE_SOURCE
    system = f"{platform.system()} {platform.machine()}"
    stream.write(TITLE.with_args(version=__version__, system=system, mode=mode).render() + "\n")
    checks: list[tuple[Msg, Check]] = [
        (NAME_QT, check_qt),
        (NAME_TRANSLATIONS, check_translations),
        (NAME_FONTS, check_fonts),
        (NAME_FILES, check_bundled_files),
        (NAME_DNS, check_dns_library),
        (NAME_PASSWORD, check_password),
        (NAME_PDF, check_pdf),
        (NAME_KEYRING, lambda: check_keyring(require_keyring)),
    ]
    return run_checks(checks, stream)


def _console() -> TextIO:
    """stdout, switched to UTF-8 when its encoding cannot show the marks or Japanese.

    A Windows pipe (CI logs) defaults to the ANSI code page; the console itself is UTF-16.
    """
    stream = sys.stdout
    if stream is None:  # a windowed build on Windows has no console: keep the exit code
        import io

        return io.StringIO()
    try:
        "✓✗次へ".encode(stream.encoding or "ascii")
    except (LookupError, UnicodeEncodeError):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    return stream


# --- the checks ----------------------------------------------------------------------------


def _application() -> Any:
    """The QApplication, created offscreen unless the caller chose a platform."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.application import create_application

    return create_application()


def platform_plugins() -> list[str]:
    """Names of the Qt platform plugins in this build (e.g. "offscreen", "xcb")."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = set()
    for path in folder.glob("*"):
        if path.suffix not in (".so", ".dll", ".dylib"):
            continue
        stem = path.name.split(".")[0]
        stem = stem.removeprefix("lib").removeprefix("q")
        names.add(stem)
    return sorted(names)


def check_qt() -> CheckResult:
    """QApplication starts; the OS's platform plugin, QtPrintSupport and QtPdf are present."""
    import PySide6
    from PySide6.QtCore import qVersion

    app = _application()
    for module in ("PySide6.QtPrintSupport", "PySide6.QtPdf", "PySide6.QtPdfWidgets"):
        try:
            importlib.import_module(module)
        except ImportError as error:
            return CheckResult(
                NAME_QT, FAILED, QT_MODULE_MISSING.with_args(module=module, error=str(error))
            )
    plugins = platform_plugins()
    shown = ", ".join(plugins) or "-"
    native = NATIVE_PLATFORM.get(sys.platform)
    if native and native not in plugins:
        return CheckResult(NAME_QT, FAILED, QT_NO_NATIVE.with_args(native=native, plugins=shown))
    detail = QT_OK.with_args(
        pyside=PySide6.__version__, qt=qVersion(), platform=app.platformName(), plugins=shown
    )
    return CheckResult(NAME_QT, PASSED, detail)


def check_translations() -> CheckResult:
    """Qt's qtbase_ja.qm makes the standard Next button read 次へ; the app's .qm and .ts load."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo
    from PySide6.QtWidgets import QWizard

    from app.core import i18n as core_i18n
    from app.core.paths import i18n_path
    from app.ui.i18n import language_manager

    output_language = core_i18n.current_language()
    manager = language_manager(_application())
    manager.set_language("ja")
    try:
        wizard = QWizard()
        button = wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "")
        wizard.deleteLater()
        probe = NAME_TRANSLATIONS
        from_qm = QCoreApplication.translate(probe.context, probe.source)
    finally:
        # The language manager also switches the core's language: restore the output's.
        manager.set_language(output_language)
    from_ts = probe.render("ja")
    folder = str(i18n_path())
    if "次へ" not in button:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        return CheckResult(
            NAME_TRANSLATIONS,
            FAILED,
            TRANSLATIONS_NO_QT.with_args(button=button, folder=qt_folder),
        )
    if from_ts == probe.source:
        return CheckResult(NAME_TRANSLATIONS, FAILED, TRANSLATIONS_NO_TS.with_args(folder=folder))
    if from_qm != from_ts:
        return CheckResult(NAME_TRANSLATIONS, FAILED, TRANSLATIONS_NO_QM.with_args(folder=folder))
    return CheckResult(NAME_TRANSLATIONS, PASSED, TRANSLATIONS_OK.with_args(button=button))


def japanese_texts_characters() -> set[str]:
    """Every non-ASCII printable character in the Japanese catalogue, plus Qt's button words."""
    from app.core.paths import i18n_path

    texts = ["メールまもり 戻る 次へ キャンセル 完了 ヘルプ はい いいえ 閉じる 開く 保存"]
    root = ET.parse(i18n_path("mail_mamori_ja.ts")).getroot()
    for translation in root.iter("translation"):
        texts.extend(t for t in translation.itertext() if t)
    return {
        ch
        for ch in "".join(texts)
        if ord(ch) > 0x7F and not ch.isspace() and unicodedata.category(ch)[0] not in "CZ"
    }


def _is_japanese(ch: str) -> bool:
    """Kana, kanji and full-width forms: what a Japanese font must have (symbols may fall back)."""
    code = ord(ch)
    return (
        0x3000 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0x3400 <= code <= 0x9FFF  # kanji
        or 0xFF00 <= code <= 0xFFEF  # full-width and half-width forms
    )


def check_fonts() -> CheckResult:
    """The bundled BIZ UDPGothic registers and has every Japanese character the texts use."""
    from PySide6.QtGui import QRawFont

    from app.core.paths import resource_path
    from app.ui.fonts import FAMILY, FONT_FILES, ORIGINAL_FAMILY, register_fonts

    _application()
    families = register_fonts()
    if FAMILY not in families:
        detail = FONTS_NOT_REGISTERED.with_args(family=ORIGINAL_FAMILY, files=", ".join(FONT_FILES))
        return CheckResult(NAME_FONTS, FAILED, detail)
    wanted = sorted(ch for ch in japanese_texts_characters() if _is_japanese(ch))
    for name in FONT_FILES:
        raw = QRawFont(str(resource_path("fonts", name)), 16.0)
        # The int overload: PySide6 6.12 answers False for kanji through the QChar one.
        missing = [ch for ch in wanted if not raw.isValid() or not raw.supportsCharacter(ord(ch))]
        if missing:
            detail = FONTS_MISSING_GLYPHS.with_args(
                count=len(missing), file=name, characters="".join(missing[:20])
            )
            return CheckResult(NAME_FONTS, FAILED, detail)
    return CheckResult(
        NAME_FONTS, PASSED, FONTS_OK.with_args(family=ORIGINAL_FAMILY, count=len(wanted))
    )


# Files a build must carry. Paths are relative to the bundle root (see app.core.paths).
REQUIRED_FILES = (
    "resources/fonts/BIZUDPGothic-Regular.ttf",
    "resources/fonts/BIZUDPGothic-Bold.ttf",
    "resources/fonts/OFL.txt",
    "resources/fonts/DejaVuSansMono.ttf",
    "resources/fonts/DejaVu-LICENSE.txt",
    "resources/providers.toml",
    "resources/icons/mail-mamori.png",
    "i18n/mail_mamori_ja.ts",
    "i18n/mail_mamori_ja.qm",
    "i18n/mail_mamori_en.ts",
    "i18n/mail_mamori_en.qm",
)


def check_bundled_files() -> CheckResult:
    """Fonts, licences, data files, icon and translations are in the bundle; presets parse."""
    from app.core.paths import bundle_root
    from app.core.providers import providers

    root = bundle_root()
    missing = [name for name in REQUIRED_FILES if not (root / name).is_file()]
    if missing:
        detail = FILES_MISSING.with_args(folder=str(root), files=", ".join(missing))
        return CheckResult(NAME_FILES, FAILED, detail)
    detail = FILES_OK.with_args(count=len(REQUIRED_FILES), providers=len(providers()))
    return CheckResult(NAME_FILES, PASSED, detail)


def check_dns_library() -> CheckResult:
    """dnspython's record types (imported on demand, easily lost when frozen) all load.

    Builds and parses a query message but never sends one.
    """
    import dns.message
    import dns.rdata
    import dns.rdataclass
    import dns.rdatatype
    import dns.resolver
    import dns.version

    samples = {
        "A": "192.0.2.25",
        "AAAA": "2001:db8::25",
        "MX": "10 mail.example.jp.",
        "TXT": '"v=spf1 include:_spf.example.jp -all"',
        "PTR": "mail.example.jp.",
        "CNAME": "example.jp.",
        "NS": "ns1.example.jp.",
        "SOA": "ns1.example.jp. hostmaster.example.jp. 1 7200 3600 1209600 300",
    }
    for rdtype, text in samples.items():
        dns.rdata.from_text(dns.rdataclass.IN, dns.rdatatype.from_text(rdtype), text)
    query = dns.message.make_query("example.jp", "TXT")
    dns.message.from_wire(query.to_wire())
    dns.resolver.Resolver(configure=False)
    detail = DNS_OK.with_args(version=dns.version.version, types=", ".join(samples))
    return CheckResult(NAME_DNS, PASSED, detail)


def _import_or_explain(module: str, name: Msg) -> tuple[Any, CheckResult | None]:
    """Import `module` (lazily: other parts of the app add it), or a failed result saying why."""
    try:
        return importlib.import_module(module), None
    except ImportError as error:
        missing = getattr(error, "name", None) or str(error)
        if module == missing or module.startswith(f"{missing}."):
            detail = NOT_IN_BUILD.with_args(module=module)
        else:
            detail = LIBRARY_MISSING.with_args(module=module, library=missing)
        return None, CheckResult(name, FAILED, detail)


def check_password() -> CheckResult:
    """The password policy (with zxcvbn and its word lists) rejects a weak one, accepts a strong."""
    policy, problem = _import_or_explain("app.core.password_policy", NAME_PASSWORD)
    if problem is not None:
        return problem
    weak = policy.evaluate(WEAK_PASSWORD, None)
    strong = policy.evaluate(STRONG_PASSWORD, None)
    if weak.acceptable or not strong.acceptable:
        detail = PASSWORD_WRONG.with_args(
            weak=WEAK_PASSWORD, weak_ok=weak.acceptable, strong_ok=strong.acceptable
        )
        return CheckResult(NAME_PASSWORD, FAILED, detail)
    detail = PASSWORD_OK.with_args(weak=WEAK_PASSWORD, score=strong.score)
    return CheckResult(NAME_PASSWORD, PASSED, detail)


def check_pdf() -> CheckResult:
    """The example case becomes a PDF in a temporary folder, and QtPdf (the preview) opens it."""
    report, problem = _import_or_explain("app.core.report", NAME_PDF)
    if problem is not None:
        return problem
    from app.core.example_case import example_case

    with tempfile.TemporaryDirectory(prefix="mail-mamori-selftest-") as folder:
        path = Path(folder) / "example-report.pdf"
        info = report.build_report(example_case(), path)
        data = path.read_bytes()
        if not data.startswith(b"%PDF-"):
            return CheckResult(NAME_PDF, FAILED, PDF_NOT_PDF.with_args(size=len(data)))
        missing = tuple(getattr(info, "missing_characters", ()) or ())
        if missing:
            detail = PDF_MISSING_CHARACTERS.with_args(characters="".join(missing[:20]))
            return CheckResult(NAME_PDF, FAILED, detail)
        expected = int(getattr(info, "pages", 0) or 0)
        pages, error = _preview(path)
    if error or pages < 1 or (expected and pages != expected):
        detail = PDF_PREVIEW_FAILED.with_args(error=error or "-", pages=pages, expected=expected)
        return CheckResult(NAME_PDF, FAILED, detail)
    size_kb = f"{len(data) / 1024:.0f}"
    return CheckResult(NAME_PDF, PASSED, PDF_OK.with_args(pages=pages, size=size_kb))


def _preview(path: Path) -> tuple[int, str]:
    """Open `path` with QtPdf as the wizard's preview does and render page 1; (pages, error)."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    _application()
    document = QPdfDocument()
    try:
        status = document.load(str(path))
        if status != QPdfDocument.Error.None_:
            return 0, str(status.name)
        image = document.render(0, QSize(210, 297))
        if image.isNull():
            return document.pageCount(), "render"
        return document.pageCount(), ""
    finally:
        # Windows keeps the file locked while it is open; the temporary folder is removed next.
        document.close()


def describe_keyring(backend: Any) -> str:
    """A readable name for a keyring backend, listing the members of a chained one."""
    members: Iterable[Any] = getattr(backend, "backends", None) or ()
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    inner = [f"{type(b).__module__}.{type(b).__qualname__}" for b in members]
    return f"{name} ({', '.join(inner)})" if inner else name


def check_keyring(require: bool = False) -> CheckResult:
    """keyring finds its backends and says which password store the app would use."""
    from importlib.metadata import entry_points

    import keyring
    from keyring.backends import fail

    expected = KEYRING_BACKEND.get(sys.platform)
    if expected:
        for module in expected:
            try:
                importlib.import_module(module)
            except Exception as error:  # a backend module may fail with more than ImportError
                detail = KEYRING_BACKEND_MISSING.with_args(module=module, error=str(error))
                return CheckResult(NAME_KEYRING, FAILED, detail)
    if not list(entry_points(group="keyring.backends")):
        return CheckResult(NAME_KEYRING, FAILED, KEYRING_NO_ENTRY_POINTS)
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        # Windows and macOS always have a store: landing here means the build lost it.
        strict = require or sys.platform in ("win32", "darwin")
        return CheckResult(NAME_KEYRING, FAILED if strict else WARNING, KEYRING_FAIL_BACKEND)
    return CheckResult(
        NAME_KEYRING, PASSED, KEYRING_OK.with_args(backend=describe_keyring(backend))
    )
