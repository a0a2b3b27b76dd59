"""Encrypted vault storage: header, key wrapping and keyring access."""
