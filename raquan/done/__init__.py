"""``raquan done``: a clerk records that a unit did a duty, in the unit's completion file."""
