"""项目名称, 主管部门/实施单位, 项目负责人/联系电话: the header rows of the form."""

from PySide6.QtWidgets import QFrame, QWidget

from ..forms.ui_header_section import Ui_HeaderSection
from ..text_binding import TextBinding
from .section import Section

FIELDS = (
    ("project_name", "projectName"), ("department", "department"), ("implementer", "implementer"),
    ("leader", "leader"), ("phone", "phone"),
)


class HeaderSection(QFrame, Section):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_HeaderSection()
        self.ui.setupUi(self)
        self.bindings = {key: TextBinding(getattr(self.ui, name)) for key, name in FIELDS}
