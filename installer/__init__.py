"""Building the standalone bundle of CS Desktop: ``python build_installer.py`` (see the README)."""
