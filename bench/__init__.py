"""Speed measurements (`python -m bench.<name>`); tests never assert on timing."""
