"""Debian's Chromium, headless, for the browser tests (Playwright's own browsers are not used)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Browser, sync_playwright

CHROMIUM = "/usr/bin/chromium"


@contextmanager
def chromium(*extra_args: str) -> Iterator[Browser]:
    """A headless Chromium, closed with its Playwright driver afterwards.

    ``extra_args``: more command-line switches (a fake microphone, for instance).
    """
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", *extra_args],
        )
        yield browser
        browser.close()
