"""Realistic, deterministic demo data (for demos, training, screenshots and benchmarks):
invented entities (``entities``), their processing register (``register``), years of requests
driven through the real domain (``requests``, worded in French and English by ``wording``),
and ``seed``, which writes all of it into a vault (``dsr-desk demo``). Nothing in the
application's own use cases imports this package; Faker is loaded only with ``requests``."""
