"""Opt-in pytest plugins that make this machine behave like a loaded CI runner (see
docs/development.md, "Flaky tests"). Never loaded by a normal run."""
