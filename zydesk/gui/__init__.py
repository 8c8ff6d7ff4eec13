"""The desktop editor: everything Qt lives here; the core below never imports it."""

from .feature_scan import skip_feature_scan

skip_feature_scan()
