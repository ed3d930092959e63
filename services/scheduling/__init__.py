"""Scheduling by email: from a CC'd thread to invites that calendars accept."""
