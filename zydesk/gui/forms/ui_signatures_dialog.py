# Generated from ui/signatures_dialog.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signatures_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_SignaturesDialog(object):
    def setupUi(self, SignaturesDialog):
        if not SignaturesDialog.objectName():
            SignaturesDialog.setObjectName(u"SignaturesDialog")
        SignaturesDialog.setMinimumSize(QSize(400, 0))
        self.layout = QVBoxLayout(SignaturesDialog)
        self.layout.setObjectName(u"layout")
        self.hint = QLabel(SignaturesDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.preparerLabel = QLabel(SignaturesDialog)
        self.preparerLabel.setObjectName(u"preparerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.preparerLabel)

        self.preparer = QLineEdit(SignaturesDialog)
        self.preparer.setObjectName(u"preparer")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.preparer)

        self.reviewerLabel = QLabel(SignaturesDialog)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewerLabel)

        self.reviewer = QLineEdit(SignaturesDialog)
        self.reviewer.setObjectName(u"reviewer")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewer)

        self.unitHeadLabel = QLabel(SignaturesDialog)
        self.unitHeadLabel.setObjectName(u"unitHeadLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitHeadLabel)

        self.unitHead = QLineEdit(SignaturesDialog)
        self.unitHead.setObjectName(u"unitHead")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitHead)

        self.dateLabel = QLabel(SignaturesDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = QLineEdit(SignaturesDialog)
        self.date.setObjectName(u"date")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.date)

        self.dateError = QLabel(SignaturesDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)
        self.dateError.setVisible(False)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateError)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(SignaturesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.preparerLabel.setBuddy(self.preparer)
        self.reviewerLabel.setBuddy(self.reviewer)
        self.unitHeadLabel.setBuddy(self.unitHead)
        self.dateLabel.setBuddy(self.date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignaturesDialog)
        self.buttons.accepted.connect(SignaturesDialog.accept)
        self.buttons.rejected.connect(SignaturesDialog.reject)

        QMetaObject.connectSlotsByName(SignaturesDialog)
    # setupUi

    def retranslateUi(self, SignaturesDialog):
        SignaturesDialog.setWindowTitle(QCoreApplication.translate("SignaturesDialog", u"\u7b7e\u5b57\u680f", None))
        self.hint.setText(QCoreApplication.translate("SignaturesDialog", u"\u6253\u5370\u5728\u6bcf\u5f20\u8868\u4e0b\u65b9\uff1b\u4e0d\u586b\u5219\u6253\u5370\u7a7a\u767d\u6a2a\u7ebf\uff0c\u4f9b\u624b\u5199\u7b7e\u5b57\u3002", None))
        self.preparerLabel.setText(QCoreApplication.translate("SignaturesDialog", u"\u586b\u62a5\u4eba", None))
        self.reviewerLabel.setText(QCoreApplication.translate("SignaturesDialog", u"\u5ba1\u6838\u4eba", None))
        self.unitHeadLabel.setText(QCoreApplication.translate("SignaturesDialog", u"\u5355\u4f4d\u8d1f\u8d23\u4eba", None))
        self.dateLabel.setText(QCoreApplication.translate("SignaturesDialog", u"\u586b\u62a5\u65e5\u671f", None))
        self.date.setPlaceholderText(QCoreApplication.translate("SignaturesDialog", u"\u5982 2022\u5e743\u670815\u65e5 \u6216 2022-03-15", None))
    # retranslateUi

