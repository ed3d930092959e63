"""Scheduling tests."""
