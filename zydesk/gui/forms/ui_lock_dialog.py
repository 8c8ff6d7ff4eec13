# Generated from ui/lock_dialog.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_LockDialog(object):
    def setupUi(self, LockDialog):
        if not LockDialog.objectName():
            LockDialog.setObjectName(u"LockDialog")
        LockDialog.setMinimumSize(QSize(560, 0))
        self.layout = QVBoxLayout(LockDialog)
        self.layout.setObjectName(u"layout")
        self.body = QHBoxLayout()
        self.body.setSpacing(16)
        self.body.setObjectName(u"body")
        self.icon = QLabel(LockDialog)
        self.icon.setObjectName(u"icon")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.icon.sizePolicy().hasHeightForWidth())
        self.icon.setSizePolicy(sizePolicy)
        self.icon.setMinimumSize(QSize(56, 56))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.body.addWidget(self.icon)

        self.texts = QVBoxLayout()
        self.texts.setSpacing(10)
        self.texts.setObjectName(u"texts")
        self.headline = QLabel(LockDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.texts.addWidget(self.headline)

        self.owner = QLabel(LockDialog)
        self.owner.setObjectName(u"owner")
        self.owner.setWordWrap(True)
        self.owner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.texts.addWidget(self.owner)

        self.advice = QLabel(LockDialog)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)

        self.texts.addWidget(self.advice)

        self.warning = QLabel(LockDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)

        self.texts.addWidget(self.warning)

        self.packUp = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.texts.addItem(self.packUp)


        self.body.addLayout(self.texts)


        self.layout.addLayout(self.body)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.insist = QPushButton(LockDialog)
        self.insist.setObjectName(u"insist")
        self.insist.setAutoDefault(False)

        self.buttons.addWidget(self.insist)

        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.gap)

        self.breakLock = QPushButton(LockDialog)
        self.breakLock.setObjectName(u"breakLock")

        self.buttons.addWidget(self.breakLock)

        self.readOnly = QPushButton(LockDialog)
        self.readOnly.setObjectName(u"readOnly")

        self.buttons.addWidget(self.readOnly)

        self.cancel = QPushButton(LockDialog)
        self.cancel.setObjectName(u"cancel")
        self.cancel.setAutoDefault(False)

        self.buttons.addWidget(self.cancel)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(LockDialog)
        self.cancel.clicked.connect(LockDialog.reject)

        QMetaObject.connectSlotsByName(LockDialog)
    # setupUi

    def retranslateUi(self, LockDialog):
        LockDialog.setWindowTitle(QCoreApplication.translate("LockDialog", u"\u6587\u4ef6\u6b63\u5728\u4f7f\u7528", None))
        self.insist.setText(QCoreApplication.translate("LockDialog", u"\u4ecd\u8981\u7f16\u8f91\u2026", None))
        self.breakLock.setText(QCoreApplication.translate("LockDialog", u"\u89e3\u9664\u9501\u5b9a\u5e76\u7f16\u8f91", None))
        self.readOnly.setText(QCoreApplication.translate("LockDialog", u"\u53ea\u8bfb\u6253\u5f00", None))
        self.cancel.setText(QCoreApplication.translate("LockDialog", u"\u53d6\u6d88", None))
    # retranslateUi

