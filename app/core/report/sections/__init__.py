"""The report's sections in order; each module's `build(ctx)` returns its flowables.

Every section is always present: a section without data says so in plain words.
"""
