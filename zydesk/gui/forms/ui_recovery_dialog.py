# Generated from ui/recovery_dialog.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.setMinimumSize(QSize(860, 320))
        self.layout = QVBoxLayout(RecoveryDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RecoveryDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.table = QTableWidget(RecoveryDialog)
        if (self.table.columnCount() < 5):
            self.table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.hint = QLabel(RecoveryDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.restoreAll = QPushButton(RecoveryDialog)
        self.restoreAll.setObjectName(u"restoreAll")
        self.restoreAll.setAutoDefault(False)

        self.buttons.addWidget(self.restoreAll)

        self.discardAll = QPushButton(RecoveryDialog)
        self.discardAll.setObjectName(u"discardAll")
        self.discardAll.setAutoDefault(False)

        self.buttons.addWidget(self.discardAll)

        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.gap)

        self.later = QPushButton(RecoveryDialog)
        self.later.setObjectName(u"later")
        self.later.setAutoDefault(False)

        self.buttons.addWidget(self.later)

        self.ok = QPushButton(RecoveryDialog)
        self.ok.setObjectName(u"ok")

        self.buttons.addWidget(self.ok)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(RecoveryDialog)
        self.ok.clicked.connect(RecoveryDialog.accept)
        self.later.clicked.connect(RecoveryDialog.reject)

        self.ok.setDefault(True)


        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"\u6062\u590d\u672a\u4fdd\u5b58\u7684\u5de5\u4f5c", None))
        self.intro.setText(QCoreApplication.translate("RecoveryDialog", u"zydesk \u4e0a\u6b21\u6ca1\u6709\u6b63\u5e38\u5173\u95ed\u3002\u4e0b\u5217\u6587\u4ef6\u6709\u672a\u4fdd\u5b58\u7684\u4fee\u6539\uff0c\u7a0b\u5e8f\u5df2\u628a\u5b83\u4eec\u81ea\u52a8\u4fdd\u5b58\u4e3a\u6062\u590d\u526f\u672c\uff08\u539f\u6587\u4ef6\u6ca1\u6709\u88ab\u6539\u52a8\uff09\u3002\u8bf7\u9009\u62e9\u5982\u4f55\u5904\u7406\u6bcf\u4e2a\u6587\u4ef6\uff1a", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RecoveryDialog", u"\u6587\u4ef6", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RecoveryDialog", u"\u6240\u5728\u6587\u4ef6\u5939", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RecoveryDialog", u"\u5185\u5bb9", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RecoveryDialog", u"\u81ea\u52a8\u4fdd\u5b58\u4e8e", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RecoveryDialog", u"\u5904\u7406", None))
        self.hint.setText(QCoreApplication.translate("RecoveryDialog", u"\u6062\u590d\uff1a\u6253\u5f00\u6062\u590d\u7684\u5185\u5bb9\uff0c\u6838\u5bf9\u540e\u4fdd\u5b58\uff08Ctrl+S\uff09\u5230\u539f\u6587\u4ef6\u3002\u4e22\u5f03\uff1a\u5220\u9664\u6062\u590d\u526f\u672c\u3002\u4ee5\u540e\u518d\u8bf4\uff1a\u4fdd\u7559\u6062\u590d\u526f\u672c\uff0c\u4e0b\u6b21\u542f\u52a8\u65f6\u518d\u8be2\u95ee\u3002", None))
        self.restoreAll.setText(QCoreApplication.translate("RecoveryDialog", u"\u5168\u90e8\u6062\u590d", None))
        self.discardAll.setText(QCoreApplication.translate("RecoveryDialog", u"\u5168\u90e8\u4e22\u5f03", None))
        self.later.setText(QCoreApplication.translate("RecoveryDialog", u"\u4ee5\u540e\u518d\u8bf4", None))
        self.ok.setText(QCoreApplication.translate("RecoveryDialog", u"\u786e\u5b9a", None))
    # retranslateUi

