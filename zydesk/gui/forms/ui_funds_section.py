# Generated from ui/funds_section.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funds_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget)

class Ui_FundsSection(object):
    def setupUi(self, FundsSection):
        if not FundsSection.objectName():
            FundsSection.setObjectName(u"FundsSection")
        self.grid = QGridLayout(FundsSection)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.blockLabel = QLabel(FundsSection)
        self.blockLabel.setObjectName(u"blockLabel")
        self.blockLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.blockLabel, 0, 0, 5, 1)

        self.head0 = QLabel(FundsSection)
        self.head0.setObjectName(u"head0")
        self.head0.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.head0, 0, 2, 1, 1)

        self.head1 = QLabel(FundsSection)
        self.head1.setObjectName(u"head1")
        self.head1.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.head1, 0, 3, 1, 1)

        self.head2 = QLabel(FundsSection)
        self.head2.setObjectName(u"head2")
        self.head2.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.head2, 0, 4, 1, 1)

        self.head3 = QLabel(FundsSection)
        self.head3.setObjectName(u"head3")
        self.head3.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.head3, 0, 5, 1, 1)

        self.head4 = QLabel(FundsSection)
        self.head4.setObjectName(u"head4")
        self.head4.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.head4, 0, 6, 1, 1)

        self.head5 = QLabel(FundsSection)
        self.head5.setObjectName(u"head5")
        self.head5.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.head5, 0, 7, 1, 1)

        self.totalLabel = QLabel(FundsSection)
        self.totalLabel.setObjectName(u"totalLabel")

        self.grid.addWidget(self.totalLabel, 1, 1, 1, 1)

        self.totalInitial = QLineEdit(FundsSection)
        self.totalInitial.setObjectName(u"totalInitial")
        self.totalInitial.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.totalInitial, 1, 2, 1, 1)

        self.totalAnnual = QLineEdit(FundsSection)
        self.totalAnnual.setObjectName(u"totalAnnual")
        self.totalAnnual.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.totalAnnual, 1, 3, 1, 1)

        self.totalExecuted = QLineEdit(FundsSection)
        self.totalExecuted.setObjectName(u"totalExecuted")
        self.totalExecuted.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.totalExecuted, 1, 4, 1, 1)

        self.executionWeight = QLineEdit(FundsSection)
        self.executionWeight.setObjectName(u"executionWeight")
        self.executionWeight.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.executionWeight, 1, 5, 1, 1)

        self.totalRate = QLabel(FundsSection)
        self.totalRate.setObjectName(u"totalRate")
        self.totalRate.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.totalRate, 1, 6, 1, 1)

        self.scoreBox = QHBoxLayout()
        self.scoreBox.setSpacing(4)
        self.scoreBox.setObjectName(u"scoreBox")
        self.executionScore = QLineEdit(FundsSection)
        self.executionScore.setObjectName(u"executionScore")
        self.executionScore.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.scoreBox.addWidget(self.executionScore)

        self.executionComputed = QLabel(FundsSection)
        self.executionComputed.setObjectName(u"executionComputed")

        self.scoreBox.addWidget(self.executionComputed)


        self.grid.addLayout(self.scoreBox, 1, 7, 1, 1)

        self.fiscalLabel = QLabel(FundsSection)
        self.fiscalLabel.setObjectName(u"fiscalLabel")

        self.grid.addWidget(self.fiscalLabel, 2, 1, 1, 1)

        self.fiscalInitial = QLineEdit(FundsSection)
        self.fiscalInitial.setObjectName(u"fiscalInitial")
        self.fiscalInitial.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.fiscalInitial, 2, 2, 1, 1)

        self.fiscalAnnual = QLineEdit(FundsSection)
        self.fiscalAnnual.setObjectName(u"fiscalAnnual")
        self.fiscalAnnual.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.fiscalAnnual, 2, 3, 1, 1)

        self.fiscalExecuted = QLineEdit(FundsSection)
        self.fiscalExecuted.setObjectName(u"fiscalExecuted")
        self.fiscalExecuted.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.fiscalExecuted, 2, 4, 1, 1)

        self.fiscalWeightDash = QLabel(FundsSection)
        self.fiscalWeightDash.setObjectName(u"fiscalWeightDash")
        self.fiscalWeightDash.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.fiscalWeightDash, 2, 5, 1, 1)

        self.fiscalRate = QLabel(FundsSection)
        self.fiscalRate.setObjectName(u"fiscalRate")
        self.fiscalRate.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.fiscalRate, 2, 6, 1, 1)

        self.fiscalScoreDash = QLabel(FundsSection)
        self.fiscalScoreDash.setObjectName(u"fiscalScoreDash")
        self.fiscalScoreDash.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.fiscalScoreDash, 2, 7, 1, 1)

        self.carryoverLabel = QLabel(FundsSection)
        self.carryoverLabel.setObjectName(u"carryoverLabel")

        self.grid.addWidget(self.carryoverLabel, 3, 1, 1, 1)

        self.carryoverInitial = QLineEdit(FundsSection)
        self.carryoverInitial.setObjectName(u"carryoverInitial")
        self.carryoverInitial.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.carryoverInitial, 3, 2, 1, 1)

        self.carryoverAnnual = QLineEdit(FundsSection)
        self.carryoverAnnual.setObjectName(u"carryoverAnnual")
        self.carryoverAnnual.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.carryoverAnnual, 3, 3, 1, 1)

        self.carryoverExecuted = QLineEdit(FundsSection)
        self.carryoverExecuted.setObjectName(u"carryoverExecuted")
        self.carryoverExecuted.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.carryoverExecuted, 3, 4, 1, 1)

        self.carryoverWeightDash = QLabel(FundsSection)
        self.carryoverWeightDash.setObjectName(u"carryoverWeightDash")
        self.carryoverWeightDash.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.carryoverWeightDash, 3, 5, 1, 1)

        self.carryoverRate = QLabel(FundsSection)
        self.carryoverRate.setObjectName(u"carryoverRate")
        self.carryoverRate.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.carryoverRate, 3, 6, 1, 1)

        self.carryoverScoreDash = QLabel(FundsSection)
        self.carryoverScoreDash.setObjectName(u"carryoverScoreDash")
        self.carryoverScoreDash.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.carryoverScoreDash, 3, 7, 1, 1)

        self.otherLabel = QLabel(FundsSection)
        self.otherLabel.setObjectName(u"otherLabel")

        self.grid.addWidget(self.otherLabel, 4, 1, 1, 1)

        self.otherInitial = QLineEdit(FundsSection)
        self.otherInitial.setObjectName(u"otherInitial")
        self.otherInitial.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.otherInitial, 4, 2, 1, 1)

        self.otherAnnual = QLineEdit(FundsSection)
        self.otherAnnual.setObjectName(u"otherAnnual")
        self.otherAnnual.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.otherAnnual, 4, 3, 1, 1)

        self.otherExecuted = QLineEdit(FundsSection)
        self.otherExecuted.setObjectName(u"otherExecuted")
        self.otherExecuted.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.otherExecuted, 4, 4, 1, 1)

        self.otherWeightDash = QLabel(FundsSection)
        self.otherWeightDash.setObjectName(u"otherWeightDash")
        self.otherWeightDash.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.otherWeightDash, 4, 5, 1, 1)

        self.otherRate = QLabel(FundsSection)
        self.otherRate.setObjectName(u"otherRate")
        self.otherRate.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.otherRate, 4, 6, 1, 1)

        self.otherScoreDash = QLabel(FundsSection)
        self.otherScoreDash.setObjectName(u"otherScoreDash")
        self.otherScoreDash.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid.addWidget(self.otherScoreDash, 4, 7, 1, 1)

        self.grid.setColumnStretch(2, 3)
        self.grid.setColumnStretch(3, 3)
        self.grid.setColumnStretch(4, 3)
        self.grid.setColumnStretch(5, 2)
        self.grid.setColumnStretch(6, 2)
        self.grid.setColumnStretch(7, 3)
        QWidget.setTabOrder(self.totalInitial, self.totalAnnual)
        QWidget.setTabOrder(self.totalAnnual, self.totalExecuted)
        QWidget.setTabOrder(self.totalExecuted, self.executionWeight)
        QWidget.setTabOrder(self.executionWeight, self.executionScore)
        QWidget.setTabOrder(self.executionScore, self.fiscalInitial)
        QWidget.setTabOrder(self.fiscalInitial, self.fiscalAnnual)
        QWidget.setTabOrder(self.fiscalAnnual, self.fiscalExecuted)
        QWidget.setTabOrder(self.fiscalExecuted, self.carryoverInitial)
        QWidget.setTabOrder(self.carryoverInitial, self.carryoverAnnual)
        QWidget.setTabOrder(self.carryoverAnnual, self.carryoverExecuted)
        QWidget.setTabOrder(self.carryoverExecuted, self.otherInitial)
        QWidget.setTabOrder(self.otherInitial, self.otherAnnual)
        QWidget.setTabOrder(self.otherAnnual, self.otherExecuted)

        self.retranslateUi(FundsSection)

        QMetaObject.connectSlotsByName(FundsSection)
    # setupUi

    def retranslateUi(self, FundsSection):
        self.blockLabel.setText(QCoreApplication.translate("FundsSection", u"\u9879\u76ee\u8d44\u91d1\n"
"\uff08\u4e07\u5143\uff09", None))
        self.head0.setText(QCoreApplication.translate("FundsSection", u"\u5e74\u521d\u9884\u7b97\u6570", None))
        self.head1.setText(QCoreApplication.translate("FundsSection", u"\u5168\u5e74\u9884\u7b97\u6570", None))
        self.head2.setText(QCoreApplication.translate("FundsSection", u"\u5168\u5e74\u6267\u884c\u6570", None))
        self.head3.setText(QCoreApplication.translate("FundsSection", u"\u5206\u503c", None))
        self.head4.setText(QCoreApplication.translate("FundsSection", u"\u6267\u884c\u7387", None))
        self.head5.setText(QCoreApplication.translate("FundsSection", u"\u5f97\u5206", None))
        self.totalLabel.setText(QCoreApplication.translate("FundsSection", u"\u5e74\u5ea6\u8d44\u91d1\u603b\u989d", None))
#if QT_CONFIG(accessibility)
        self.totalInitial.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u5e74\u5ea6\u8d44\u91d1\u603b\u989d \u5e74\u521d\u9884\u7b97\u6570", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.totalAnnual.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u5e74\u5ea6\u8d44\u91d1\u603b\u989d \u5168\u5e74\u9884\u7b97\u6570", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.totalExecuted.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u5e74\u5ea6\u8d44\u91d1\u603b\u989d \u5168\u5e74\u6267\u884c\u6570", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.executionWeight.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u9884\u7b97\u6267\u884c\u7387\u5206\u503c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.totalRate.setToolTip(QCoreApplication.translate("FundsSection", u"\u6267\u884c\u7387 = \u5168\u5e74\u6267\u884c\u6570 \u00f7 \u9884\u7b97\u6570", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.executionScore.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u9884\u7b97\u6267\u884c\u7387\u5f97\u5206", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.executionComputed.setToolTip(QCoreApplication.translate("FundsSection", u"\u6309\u6267\u884c\u7387\u8ba1\u7b97\u7684\u5f97\u5206\uff1amin(\u6267\u884c\u7387, 100%) \u00d7 \u5206\u503c", None))
#endif // QT_CONFIG(tooltip)
        self.fiscalLabel.setText(QCoreApplication.translate("FundsSection", u"\u5176\u4e2d\uff1a\u5f53\u5e74\u8d22\u653f\u62e8\u6b3e", None))
#if QT_CONFIG(accessibility)
        self.fiscalInitial.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u5f53\u5e74\u8d22\u653f\u62e8\u6b3e \u5e74\u521d\u9884\u7b97\u6570", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fiscalAnnual.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u5f53\u5e74\u8d22\u653f\u62e8\u6b3e \u5168\u5e74\u9884\u7b97\u6570", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fiscalExecuted.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u5f53\u5e74\u8d22\u653f\u62e8\u6b3e \u5168\u5e74\u6267\u884c\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.fiscalWeightDash.setText(QCoreApplication.translate("FundsSection", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.fiscalRate.setToolTip(QCoreApplication.translate("FundsSection", u"\u6267\u884c\u7387 = \u5168\u5e74\u6267\u884c\u6570 \u00f7 \u9884\u7b97\u6570", None))
#endif // QT_CONFIG(tooltip)
        self.fiscalScoreDash.setText(QCoreApplication.translate("FundsSection", u"\u2014", None))
        self.carryoverLabel.setText(QCoreApplication.translate("FundsSection", u"\u4e0a\u5e74\u7ed3\u8f6c\u8d44\u91d1", None))
#if QT_CONFIG(accessibility)
        self.carryoverInitial.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u4e0a\u5e74\u7ed3\u8f6c\u8d44\u91d1 \u5e74\u521d\u9884\u7b97\u6570", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.carryoverAnnual.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u4e0a\u5e74\u7ed3\u8f6c\u8d44\u91d1 \u5168\u5e74\u9884\u7b97\u6570", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.carryoverExecuted.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u4e0a\u5e74\u7ed3\u8f6c\u8d44\u91d1 \u5168\u5e74\u6267\u884c\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.carryoverWeightDash.setText(QCoreApplication.translate("FundsSection", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.carryoverRate.setToolTip(QCoreApplication.translate("FundsSection", u"\u6267\u884c\u7387 = \u5168\u5e74\u6267\u884c\u6570 \u00f7 \u9884\u7b97\u6570", None))
#endif // QT_CONFIG(tooltip)
        self.carryoverScoreDash.setText(QCoreApplication.translate("FundsSection", u"\u2014", None))
        self.otherLabel.setText(QCoreApplication.translate("FundsSection", u"\u5176\u4ed6\u8d44\u91d1", None))
#if QT_CONFIG(accessibility)
        self.otherInitial.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u5176\u4ed6\u8d44\u91d1 \u5e74\u521d\u9884\u7b97\u6570", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.otherAnnual.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u5176\u4ed6\u8d44\u91d1 \u5168\u5e74\u9884\u7b97\u6570", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.otherExecuted.setAccessibleName(QCoreApplication.translate("FundsSection", u"\u5176\u4ed6\u8d44\u91d1 \u5168\u5e74\u6267\u884c\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.otherWeightDash.setText(QCoreApplication.translate("FundsSection", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.otherRate.setToolTip(QCoreApplication.translate("FundsSection", u"\u6267\u884c\u7387 = \u5168\u5e74\u6267\u884c\u6570 \u00f7 \u9884\u7b97\u6570", None))
#endif // QT_CONFIG(tooltip)
        self.otherScoreDash.setText(QCoreApplication.translate("FundsSection", u"\u2014", None))
        pass
    # retranslateUi

