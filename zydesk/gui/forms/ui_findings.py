# Generated from ui/findings.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'findings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QListView, QVBoxLayout)

class Ui_FindingsPanel(object):
    def setupUi(self, FindingsPanel):
        if not FindingsPanel.objectName():
            FindingsPanel.setObjectName(u"FindingsPanel")
        self.layout = QVBoxLayout(FindingsPanel)
        self.layout.setSpacing(4)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(FindingsPanel)
        self.title.setObjectName(u"title")
        font = QFont()
        font.setBold(True)
        self.title.setFont(font)

        self.layout.addWidget(self.title)

        self.summary = QLabel(FindingsPanel)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.list = QListView(FindingsPanel)
        self.list.setObjectName(u"list")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)

        self.layout.addWidget(self.list)


        self.retranslateUi(FindingsPanel)

        QMetaObject.connectSlotsByName(FindingsPanel)
    # setupUi

    def retranslateUi(self, FindingsPanel):
        self.title.setText(QCoreApplication.translate("FindingsPanel", u"\u68c0\u67e5\u7ed3\u679c", None))
#if QT_CONFIG(tooltip)
        self.list.setToolTip(QCoreApplication.translate("FindingsPanel", u"\u53cc\u51fb\u8df3\u5230\u5bf9\u5e94\u7684\u680f\u76ee", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.list.setAccessibleName(QCoreApplication.translate("FindingsPanel", u"\u68c0\u67e5\u7ed3\u679c\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

