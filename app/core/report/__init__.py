"""The Japanese incident report (PDF) for the security vendor: `build_report(case, path)`.

Modules: `fonts` (bundled BIZ UDPGothic), `styles`, `safe_text` (escaping and missing-glyph
substitution), `linebreak` (Japanese line breaking), `flowables` (tables, notes, scorecard),
`numbered_canvas` (`n / N` footers), `context`, one module per section under `sections/`, and
`builder` (the entry point). No Qt here: the report is built the same way by the wizard and the CLI.
"""

from app.core.report.builder import ReportInfo, build_report

__all__ = ["ReportInfo", "build_report"]
