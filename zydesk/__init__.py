"""zydesk: editor, checker and printer for the 项目支出绩效自评表."""

__version__ = "0.1.0"
