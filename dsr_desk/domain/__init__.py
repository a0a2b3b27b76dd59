"""Pure domain model: no Qt, no SQL. Dates are ``datetime.date``; "today" comes from a Clock."""
