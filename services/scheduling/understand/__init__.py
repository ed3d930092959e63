"""Understanding scheduling emails: time expressions, durations, people, intent, replies."""
