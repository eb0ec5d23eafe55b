"""メールまもり (Mail Mamori): recover from and prevent the hijack of a mail server."""

__version__ = "0.1.0"
APP_NAME = "mail-mamori"
