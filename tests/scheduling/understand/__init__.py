"""Tests of reading scheduling emails."""
