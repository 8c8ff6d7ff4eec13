# Generated from ui/bundle_bar.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bundle_bar.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton)

class Ui_BundleBar(object):
    def setupUi(self, BundleBar):
        if not BundleBar.objectName():
            BundleBar.setObjectName(u"BundleBar")
        self.layout = QHBoxLayout(BundleBar)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(BundleBar)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.title = QLineEdit(BundleBar)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.yearLabel = QLabel(BundleBar)
        self.yearLabel.setObjectName(u"yearLabel")

        self.layout.addWidget(self.yearLabel)

        self.year = QLineEdit(BundleBar)
        self.year.setObjectName(u"year")
        self.year.setMaximumSize(QSize(70, 16777215))
        self.year.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.layout.addWidget(self.year)

        self.policyLabel = QLabel(BundleBar)
        self.policyLabel.setObjectName(u"policyLabel")

        self.layout.addWidget(self.policyLabel)

        self.policy = QComboBox(BundleBar)
        self.policy.setObjectName(u"policy")
        self.policy.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.layout.addWidget(self.policy)

        self.signatures = QPushButton(BundleBar)
        self.signatures.setObjectName(u"signatures")
        self.signatures.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.layout.addWidget(self.signatures)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.yearLabel.setBuddy(self.year)
        self.policyLabel.setBuddy(self.policy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BundleBar)

        QMetaObject.connectSlotsByName(BundleBar)
    # setupUi

    def retranslateUi(self, BundleBar):
        self.titleLabel.setText(QCoreApplication.translate("BundleBar", u"\u8868\u5934\u6807\u9898", None))
#if QT_CONFIG(tooltip)
        self.title.setToolTip(QCoreApplication.translate("BundleBar", u"\u6253\u5370\u5728\u6bcf\u5f20\u8868\u9876\u7aef\uff0c\u542b\u5730\u533a\u540d\u79f0\uff0c\u5982\u201c\u671d\u9633\u533a\u9879\u76ee\u652f\u51fa\u7ee9\u6548\u81ea\u8bc4\u8868\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("BundleBar", u"\u5e74\u5ea6", None))
        self.policyLabel.setText(QCoreApplication.translate("BundleBar", u"\u8bc4\u5206\u89c4\u5219", None))
        self.signatures.setText(QCoreApplication.translate("BundleBar", u"\u7b7e\u5b57\u680f\u2026", None))
        pass
    # retranslateUi

