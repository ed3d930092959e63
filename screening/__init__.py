"""Candidate screening: the chat screener and recruiters' shortlists."""
