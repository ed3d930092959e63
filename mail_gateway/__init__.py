"""The SMTP edge: receives CC'd mail durably (aiosmtpd) and sends replies and invites (aiosmtplib)."""
