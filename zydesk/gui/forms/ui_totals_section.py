# Generated from ui/totals_section.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'totals_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QGridLayout, QLabel)

from zydesk.gui.wrapped_label import WrappedLabel

class Ui_TotalsSection(object):
    def setupUi(self, TotalsSection):
        if not TotalsSection.objectName():
            TotalsSection.setObjectName(u"TotalsSection")
        self.grid = QGridLayout(TotalsSection)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.blockLabel = QLabel(TotalsSection)
        self.blockLabel.setObjectName(u"blockLabel")
        self.blockLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.blockLabel, 0, 0, 2, 1)

        self.totalWeight = QLabel(TotalsSection)
        self.totalWeight.setObjectName(u"totalWeight")

        self.grid.addWidget(self.totalWeight, 0, 1, 1, 1)

        self.totalScore = QLabel(TotalsSection)
        self.totalScore.setObjectName(u"totalScore")

        self.grid.addWidget(self.totalScore, 0, 2, 1, 1)

        self.grade = QLabel(TotalsSection)
        self.grade.setObjectName(u"grade")

        self.grid.addWidget(self.grade, 0, 3, 1, 1)

        self.groupTotals = WrappedLabel(TotalsSection)
        self.groupTotals.setObjectName(u"groupTotals")
        self.groupTotals.setTextFormat(Qt.TextFormat.RichText)
        self.groupTotals.setWordWrap(True)

        self.grid.addWidget(self.groupTotals, 1, 1, 1, 3)

        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)

        self.retranslateUi(TotalsSection)

        QMetaObject.connectSlotsByName(TotalsSection)
    # setupUi

    def retranslateUi(self, TotalsSection):
        self.blockLabel.setText(QCoreApplication.translate("TotalsSection", u"\u603b\u5206", None))
#if QT_CONFIG(accessibility)
        self.totalWeight.setAccessibleName(QCoreApplication.translate("TotalsSection", u"\u5206\u503c\u5408\u8ba1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.totalScore.setAccessibleName(QCoreApplication.translate("TotalsSection", u"\u5f97\u5206\u5408\u8ba1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.grade.setAccessibleName(QCoreApplication.translate("TotalsSection", u"\u8bc4\u7ea7", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.grade.setToolTip(QCoreApplication.translate("TotalsSection", u"\u8bc4\u7ea7\u53ea\u5728\u7a0b\u5e8f\u4e2d\u663e\u793a\uff0c\u9ed8\u8ba4\u4e0d\u6253\u5370", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.groupTotals.setAccessibleName(QCoreApplication.translate("TotalsSection", u"\u5404\u4e00\u7ea7\u6307\u6807\u5206\u503c", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

