"""Typed client of the platform API: HTTP (``client``, ``transport``), models (``models``),
errors (``errors``) and the token store (``tokens``).

Import from the submodule that defines a name: the package itself imports nothing, so a
page that only needs the models or the errors does not load the HTTP stack (requests).
"""
