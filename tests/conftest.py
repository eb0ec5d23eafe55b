"""Shared pytest configuration: the loopback DNS server fixtures (`dns_server`, `dns_client`)."""

pytest_plugins = ["tests.dns_server"]
