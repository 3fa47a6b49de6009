"""Certificate handling shared by the client and the sandbox.

Import from the modules: :mod:`certs.profile` (Taiwan profile parsing),
:mod:`certs.trust` (trust stores, chain pre-check, signatures, CRLs),
:mod:`certs.errors` (typed errors), :mod:`certs.der` (the small DER reader) and
:mod:`certs.testpki` (the sandbox's test hierarchy).
"""
