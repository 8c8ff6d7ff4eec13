# Generated from ui/navigator.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'navigator.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListView, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout)

class Ui_NavigatorPanel(object):
    def setupUi(self, NavigatorPanel):
        if not NavigatorPanel.objectName():
            NavigatorPanel.setObjectName(u"NavigatorPanel")
        self.layout = QVBoxLayout(NavigatorPanel)
        self.layout.setSpacing(4)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(NavigatorPanel)
        self.title.setObjectName(u"title")
        font = QFont()
        font.setBold(True)
        self.title.setFont(font)

        self.layout.addWidget(self.title)

        self.list = QListView(NavigatorPanel)
        self.list.setObjectName(u"list")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.layout.addWidget(self.list)

        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(2)
        self.buttons.setObjectName(u"buttons")
        self.addButton = QToolButton(NavigatorPanel)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.duplicateButton = QToolButton(NavigatorPanel)
        self.duplicateButton.setObjectName(u"duplicateButton")

        self.buttons.addWidget(self.duplicateButton)

        self.deleteButton = QToolButton(NavigatorPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttons.addWidget(self.deleteButton)

        self.upButton = QToolButton(NavigatorPanel)
        self.upButton.setObjectName(u"upButton")

        self.buttons.addWidget(self.upButton)

        self.downButton = QToolButton(NavigatorPanel)
        self.downButton.setObjectName(u"downButton")

        self.buttons.addWidget(self.downButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(NavigatorPanel)

        QMetaObject.connectSlotsByName(NavigatorPanel)
    # setupUi

    def retranslateUi(self, NavigatorPanel):
        self.title.setText(QCoreApplication.translate("NavigatorPanel", u"\u672c\u6587\u4ef6\u7684\u8868", None))
#if QT_CONFIG(accessibility)
        self.list.setAccessibleName(QCoreApplication.translate("NavigatorPanel", u"\u8868\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

