# Generated from ui/goal_section.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QGridLayout, QLabel, QWidget)

from zydesk.gui.growing_text import GrowingTextEdit

class Ui_GoalSection(object):
    def setupUi(self, GoalSection):
        if not GoalSection.objectName():
            GoalSection.setObjectName(u"GoalSection")
        self.grid = QGridLayout(GoalSection)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.blockLabel = QLabel(GoalSection)
        self.blockLabel.setObjectName(u"blockLabel")
        self.blockLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.blockLabel, 0, 0, 2, 1)

        self.expectedLabel = QLabel(GoalSection)
        self.expectedLabel.setObjectName(u"expectedLabel")
        self.expectedLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.expectedLabel, 0, 1, 1, 1)

        self.actualLabel = QLabel(GoalSection)
        self.actualLabel.setObjectName(u"actualLabel")
        self.actualLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.actualLabel, 0, 2, 1, 1)

        self.expected = GrowingTextEdit(GoalSection)
        self.expected.setObjectName(u"expected")

        self.grid.addWidget(self.expected, 1, 1, 1, 1)

        self.actual = GrowingTextEdit(GoalSection)
        self.actual.setObjectName(u"actual")

        self.grid.addWidget(self.actual, 1, 2, 1, 1)

        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        QWidget.setTabOrder(self.expected, self.actual)

        self.retranslateUi(GoalSection)

        QMetaObject.connectSlotsByName(GoalSection)
    # setupUi

    def retranslateUi(self, GoalSection):
        self.blockLabel.setText(QCoreApplication.translate("GoalSection", u"\u5e74\u5ea6\n"
"\u603b\u4f53\n"
"\u76ee\u6807", None))
        self.expectedLabel.setText(QCoreApplication.translate("GoalSection", u"\u9884\u671f\u76ee\u6807", None))
        self.actualLabel.setText(QCoreApplication.translate("GoalSection", u"\u5b9e\u9645\u5b8c\u6210\u60c5\u51b5", None))
#if QT_CONFIG(accessibility)
        self.expected.setAccessibleName(QCoreApplication.translate("GoalSection", u"\u9884\u671f\u76ee\u6807", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actual.setAccessibleName(QCoreApplication.translate("GoalSection", u"\u5b9e\u9645\u5b8c\u6210\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

