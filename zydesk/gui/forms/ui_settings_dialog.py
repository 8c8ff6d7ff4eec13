# Generated from ui/settings_dialog.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.welcome = QLabel(SettingsDialog)
        self.welcome.setObjectName(u"welcome")
        self.welcome.setVisible(False)
        self.welcome.setWordWrap(True)

        self.layout.addWidget(self.welcome)

        self.newGroup = QGroupBox(SettingsDialog)
        self.newGroup.setObjectName(u"newGroup")
        self.newForm = QFormLayout(self.newGroup)
        self.newForm.setObjectName(u"newForm")
        self.titleLabel = QLabel(self.newGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.newGroup)
        self.title.setObjectName(u"title")

        self.newForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.departmentLabel = QLabel(self.newGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.department = QLineEdit(self.newGroup)
        self.department.setObjectName(u"department")

        self.newForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.department)

        self.unitLabel = QLabel(self.newGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.newForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unit = QLineEdit(self.newGroup)
        self.unit.setObjectName(u"unit")

        self.newForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unit)

        self.preparerLabel = QLabel(self.newGroup)
        self.preparerLabel.setObjectName(u"preparerLabel")

        self.newForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preparerLabel)

        self.preparer = QLineEdit(self.newGroup)
        self.preparer.setObjectName(u"preparer")

        self.newForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preparer)

        self.reviewerLabel = QLabel(self.newGroup)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.newForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reviewerLabel)

        self.reviewer = QLineEdit(self.newGroup)
        self.reviewer.setObjectName(u"reviewer")

        self.newForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reviewer)

        self.unitHeadLabel = QLabel(self.newGroup)
        self.unitHeadLabel.setObjectName(u"unitHeadLabel")

        self.newForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unitHeadLabel)

        self.unitHead = QLineEdit(self.newGroup)
        self.unitHead.setObjectName(u"unitHead")

        self.newForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitHead)

        self.policyLabel = QLabel(self.newGroup)
        self.policyLabel.setObjectName(u"policyLabel")

        self.newForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.policyLabel)

        self.policy = QComboBox(self.newGroup)
        self.policy.setObjectName(u"policy")

        self.newForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.policy)


        self.layout.addWidget(self.newGroup)

        self.printGroup = QGroupBox(SettingsDialog)
        self.printGroup.setObjectName(u"printGroup")
        self.printForm = QFormLayout(self.printGroup)
        self.printForm.setObjectName(u"printForm")
        self.fontLabel = QLabel(self.printGroup)
        self.fontLabel.setObjectName(u"fontLabel")

        self.printForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fontLabel)

        self.fontBox = QHBoxLayout()
        self.fontBox.setObjectName(u"fontBox")
        self.fontFile = QLineEdit(self.printGroup)
        self.fontFile.setObjectName(u"fontFile")

        self.fontBox.addWidget(self.fontFile)

        self.browseFont = QPushButton(self.printGroup)
        self.browseFont.setObjectName(u"browseFont")

        self.fontBox.addWidget(self.browseFont)


        self.printForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fontBox)

        self.rateLabel = QLabel(self.printGroup)
        self.rateLabel.setObjectName(u"rateLabel")

        self.printForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rateDecimals = QComboBox(self.printGroup)
        self.rateDecimals.addItem("")
        self.rateDecimals.addItem("")
        self.rateDecimals.setObjectName(u"rateDecimals")

        self.printForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rateDecimals)

        self.printSignatures = QCheckBox(self.printGroup)
        self.printSignatures.setObjectName(u"printSignatures")

        self.printForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.printSignatures)


        self.layout.addWidget(self.printGroup)

        self.autosaveGroup = QGroupBox(SettingsDialog)
        self.autosaveGroup.setObjectName(u"autosaveGroup")
        self.autosaveForm = QFormLayout(self.autosaveGroup)
        self.autosaveForm.setObjectName(u"autosaveForm")
        self.autosaveLabel = QLabel(self.autosaveGroup)
        self.autosaveLabel.setObjectName(u"autosaveLabel")

        self.autosaveForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.autosaveLabel)

        self.autosaveMinutes = QSpinBox(self.autosaveGroup)
        self.autosaveMinutes.setObjectName(u"autosaveMinutes")
        self.autosaveMinutes.setMinimum(1)
        self.autosaveMinutes.setMaximum(60)
        self.autosaveMinutes.setValue(1)

        self.autosaveForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.autosaveMinutes)

        self.autosaveNote = QLabel(self.autosaveGroup)
        self.autosaveNote.setObjectName(u"autosaveNote")
        self.autosaveNote.setWordWrap(True)

        self.autosaveForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.autosaveNote)


        self.layout.addWidget(self.autosaveGroup)

        self.recentGroup = QGroupBox(SettingsDialog)
        self.recentGroup.setObjectName(u"recentGroup")
        self.recentBox = QHBoxLayout(self.recentGroup)
        self.recentBox.setObjectName(u"recentBox")
        self.recentCount = QLabel(self.recentGroup)
        self.recentCount.setObjectName(u"recentCount")

        self.recentBox.addWidget(self.recentCount)

        self.clearRecent = QPushButton(self.recentGroup)
        self.clearRecent.setObjectName(u"clearRecent")

        self.recentBox.addWidget(self.clearRecent)


        self.layout.addWidget(self.recentGroup)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.departmentLabel.setBuddy(self.department)
        self.unitLabel.setBuddy(self.unit)
        self.preparerLabel.setBuddy(self.preparer)
        self.reviewerLabel.setBuddy(self.reviewer)
        self.unitHeadLabel.setBuddy(self.unitHead)
        self.policyLabel.setBuddy(self.policy)
        self.fontLabel.setBuddy(self.fontFile)
        self.rateLabel.setBuddy(self.rateDecimals)
        self.autosaveLabel.setBuddy(self.autosaveMinutes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttons.accepted.connect(SettingsDialog.accept)
        self.buttons.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.welcome.setText(QCoreApplication.translate("SettingsDialog", u"<b>\u6b22\u8fce\u4f7f\u7528 zydesk\u3002</b>\u8bf7\u5148\u586b\u5199\u672c\u5355\u4f4d\u7684\u4fe1\u606f\uff1a\u65b0\u5efa\u7684\u6587\u4ef6\u548c\u8868\u4f1a\u7528\u5b83\u4eec\u4f5c\u4e3a\u8868\u5934\u6807\u9898\u3001\u5355\u4f4d\u548c\u7b7e\u5b57\u680f\u3002\u4ee5\u540e\u53ef\u4ee5\u5728\u201c\u7f16\u8f91 \u2192 \u8bbe\u7f6e\u201d\u4e2d\u4fee\u6539\uff1b\u4e0d\u77e5\u9053\u7684\u53ef\u4ee5\u5148\u7a7a\u7740\u3002", None))
        self.newGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u65b0\u5efa\u6587\u4ef6\u7684\u9ed8\u8ba4\u503c", None))
        self.titleLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8868\u5934\u6807\u9898", None))
        self.title.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u5982 \u671d\u9633\u533a\u9879\u76ee\u652f\u51fa\u7ee9\u6548\u81ea\u8bc4\u8868\uff08\u5730\u533a\u540d + \u9879\u76ee\u652f\u51fa\u7ee9\u6548\u81ea\u8bc4\u8868\uff09", None))
        self.departmentLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u4e3b\u7ba1\u90e8\u95e8", None))
        self.department.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u65b0\u8868\u7684\u4e3b\u7ba1\u90e8\u95e8\uff0c\u5982 \u5317\u4eac\u5e02\u671d\u9633\u533a\u4eba\u6c11\u653f\u5e9c\u5c0f\u5173\u8857\u9053\u529e\u4e8b\u5904", None))
        self.unitLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5b9e\u65bd\u5355\u4f4d", None))
        self.unit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u65b0\u8868\u7684\u5b9e\u65bd\u5355\u4f4d\uff08\u672c\u5355\u4f4d\uff09", None))
        self.preparerLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u586b\u62a5\u4eba", None))
        self.reviewerLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5ba1\u6838\u4eba", None))
        self.unitHeadLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5355\u4f4d\u8d1f\u8d23\u4eba", None))
        self.policyLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8bc4\u5206\u89c4\u5219", None))
        self.printGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u6253\u5370", None))
        self.fontLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5b57\u4f53\u6587\u4ef6", None))
        self.fontFile.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4f7f\u7528\u7a0b\u5e8f\u81ea\u5e26\u5b57\u4f53", None))
        self.browseFont.setText(QCoreApplication.translate("SettingsDialog", u"\u6d4f\u89c8\u2026", None))
        self.rateLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u6267\u884c\u7387", None))
        self.rateDecimals.setItemText(0, QCoreApplication.translate("SettingsDialog", u"\u6574\u6570\u767e\u5206\u6bd4\uff08\u5982 93%\uff09", None))
        self.rateDecimals.setItemText(1, QCoreApplication.translate("SettingsDialog", u"\u4e24\u4f4d\u5c0f\u6570\uff08\u5982 92.88%\uff09", None))

        self.printSignatures.setText(QCoreApplication.translate("SettingsDialog", u"\u6253\u5370\u7b7e\u5b57\u680f\uff08\u586b\u62a5\u4eba\u3001\u5ba1\u6838\u4eba\u3001\u5355\u4f4d\u8d1f\u8d23\u4eba\u3001\u76d6\u7ae0\uff09", None))
        self.autosaveGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u81ea\u52a8\u4fdd\u5b58", None))
        self.autosaveLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u4fdd\u5b58\u6062\u590d\u526f\u672c\u7684\u95f4\u9694", None))
        self.autosaveMinutes.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u5206\u949f", None))
        self.autosaveNote.setText(QCoreApplication.translate("SettingsDialog", u"\u6709\u672a\u4fdd\u5b58\u7684\u4fee\u6539\u65f6\uff0c\u5b9a\u65f6\u628a\u5b83\u4eec\u53e6\u5b58\u4e3a\u6062\u590d\u526f\u672c\uff08\u4e0d\u4f1a\u6539\u52a8\u60a8\u7684\u6587\u4ef6\uff09\u3002\u7a0b\u5e8f\u610f\u5916\u9000\u51fa\u540e\uff0c\u4e0b\u6b21\u542f\u52a8\u65f6\u53ef\u4ee5\u6062\u590d\u3002", None))
        self.recentGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u6700\u8fd1\u6253\u5f00\u7684\u6587\u4ef6", None))
        self.clearRecent.setText(QCoreApplication.translate("SettingsDialog", u"\u6e05\u7a7a\u5217\u8868", None))
    # retranslateUi

