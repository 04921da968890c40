"""Benchmarks anyone can run: ``python -m bench``. Each figure is printed with its floor."""

from cs_desktop.sync import capture_edits

# Every store write is measured as the app makes it: with the CRM sync's edit capture, which the
# app and the CLI register at start. Here, so that each part run alone (``python -m bench.gui``)
# does too.
capture_edits()
