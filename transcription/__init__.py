"""Meeting notes: transcripts with speakers, summaries, decisions and action items."""
