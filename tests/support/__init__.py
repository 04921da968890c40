"""What tests call: builders of rows and files, fakes, and the steps the sync tests repeat.

Fixtures live in the ``conftest.py`` files (``tests/conftest.py`` for every test,
``tests/core/conftest.py`` for the core's); the modules here hold plain functions and classes.
A test module imports from here, never from another test module.
"""
