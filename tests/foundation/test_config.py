"""Settings: defaults, environment, TOML, and clear errors for bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.config import ConfigError, load_settings


def test_defaults_listen_on_loopback_with_documented_ports() -> None:
    settings = load_settings(environ={})
    assert (settings.web_host, settings.web_port) == ("127.0.0.1", 8000)
    assert (settings.smtp_host, settings.smtp_port) == ("127.0.0.1", 2525)
    assert settings.data_dir == Path("./var")
    assert settings.sqlalchemy_url.startswith("sqlite:///")
    assert settings.device == "auto"


def test_environment_overrides_and_lists_split_on_commas() -> None:
    settings = load_settings(
        environ={
            "DESKMATE_WEB_PORT": "9000",
            "DESKMATE_ASSISTANT_ADDRESSES": "Amy@Corp.example, andy@corp.example",
            "DESKMATE_SMTP_RELAY": "mail.corp.example:587",
            "DESKMATE_DEFAULT_TIMEZONE": "Europe/Berlin",
        }
    )
    assert settings.web_port == 9000
    assert settings.assistant_addresses == ("amy@corp.example", "andy@corp.example")
    assert settings.relay_address == ("mail.corp.example", 587)
    assert settings.tz.key == "Europe/Berlin"


def test_toml_file_is_read_and_environment_wins(tmp_path: Path) -> None:
    path = tmp_path / "deskmate.toml"
    path.write_text('web_port = 8100\nsmtp_port = 2600\ndefault_timezone = "Asia/Singapore"\n')
    settings = load_settings(environ={"DESKMATE_SMTP_PORT": "2700"}, toml_path=path)
    assert (settings.web_port, settings.smtp_port) == (8100, 2700)
    assert settings.default_timezone == "Asia/Singapore"


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("DESKMATE_WEB_PORT", "eighty", "DESKMATE_WEB_PORT"),
        ("DESKMATE_SMTP_PORT", "70000", "less than or equal to 65535"),
        ("DESKMATE_DEFAULT_TIMEZONE", "Mars/Olympus", "IANA name"),
        ("DESKMATE_SMTP_RELAY", "relay-without-port", "host:port"),
        ("DESKMATE_DEVICE", "tpu", "DESKMATE_DEVICE"),
        ("DESKMATE_MODELS_PRELOAD", "maybe", "true or false"),
    ],
)
def test_bad_value_names_the_setting_and_the_expected_form(
    name: str, value: str, expected: str
) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(environ={name: value})
    assert expected in str(info.value)
    assert name in str(info.value)


def test_unknown_toml_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deskmate.toml"
    path.write_text("web_prot = 8100\n")
    with pytest.raises(ConfigError, match="DESKMATE_WEB_PROT"):
        load_settings(environ={}, toml_path=path)
