"""The SMTP edge: receives CC'd mail durably (aiosmtpd); sends replies and invites (aiosmtplib)."""
