"""Card layer: PC/SC transport, APDU protocol, HiCOS driver, signers, monitor, card worker.

No Qt here; ``ui/cardmonitor.py`` adapts the monitor to Qt signals.
"""
