"""Help, diagnostics, remote-assist privacy and shared-PC (kiosk) mode in the window."""
