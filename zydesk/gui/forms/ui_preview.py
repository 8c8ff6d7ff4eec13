# Generated from ui/preview.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_PreviewDialog(object):
    def setupUi(self, PreviewDialog):
        if not PreviewDialog.objectName():
            PreviewDialog.setObjectName(u"PreviewDialog")
        PreviewDialog.resize(1000, 900)
        self.layout = QVBoxLayout(PreviewDialog)
        self.layout.setObjectName(u"layout")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.printButton = QPushButton(PreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.bar.addWidget(self.printButton)

        self.exportButton = QPushButton(PreviewDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.bar.addWidget(self.exportButton)

        self.zoomLabel = QLabel(PreviewDialog)
        self.zoomLabel.setObjectName(u"zoomLabel")

        self.bar.addWidget(self.zoomLabel)

        self.zoom = QComboBox(PreviewDialog)
        self.zoom.addItem("")
        self.zoom.addItem("")
        self.zoom.addItem("")
        self.zoom.addItem("")
        self.zoom.setObjectName(u"zoom")

        self.bar.addWidget(self.zoom)

        self.pages = QLabel(PreviewDialog)
        self.pages.setObjectName(u"pages")

        self.bar.addWidget(self.pages)

        self.barSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.barSpacer)

        self.closeButton = QPushButton(PreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bar.addWidget(self.closeButton)


        self.layout.addLayout(self.bar)

        self.warnings = QLabel(PreviewDialog)
        self.warnings.setObjectName(u"warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(False)

        self.layout.addWidget(self.warnings)

        self.view = QPdfView(PreviewDialog)
        self.view.setObjectName(u"view")

        self.layout.addWidget(self.view)

#if QT_CONFIG(shortcut)
        self.zoomLabel.setBuddy(self.zoom)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreviewDialog)
        self.closeButton.clicked.connect(PreviewDialog.reject)

        QMetaObject.connectSlotsByName(PreviewDialog)
    # setupUi

    def retranslateUi(self, PreviewDialog):
        PreviewDialog.setWindowTitle(QCoreApplication.translate("PreviewDialog", u"\u6253\u5370\u9884\u89c8", None))
        self.printButton.setText(QCoreApplication.translate("PreviewDialog", u"\u6253\u5370\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("PreviewDialog", u"\u5bfc\u51fa PDF\u2026", None))
        self.zoomLabel.setText(QCoreApplication.translate("PreviewDialog", u"\u7f29\u653e", None))
        self.zoom.setItemText(0, QCoreApplication.translate("PreviewDialog", u"\u9002\u5408\u5bbd\u5ea6", None))
        self.zoom.setItemText(1, QCoreApplication.translate("PreviewDialog", u"\u6574\u9875", None))
        self.zoom.setItemText(2, QCoreApplication.translate("PreviewDialog", u"100%", None))
        self.zoom.setItemText(3, QCoreApplication.translate("PreviewDialog", u"150%", None))

        self.closeButton.setText(QCoreApplication.translate("PreviewDialog", u"\u5173\u95ed", None))
    # retranslateUi

