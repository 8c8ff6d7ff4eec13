"""Code generated from ../ui/*.ui; never edited by hand."""
