"""``raquan units``: a registry's units with their names, codes, groups and history
(``show``, ``list``, in ``run``), and a new registry of a province's communes and wards today
(``new``, from the optional package of administrative divisions)."""
