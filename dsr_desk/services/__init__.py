"""Use cases (one function per user action, unit of work first) and read-side queries."""
