# Generated from ui/header_section.ui by packaging/compile_ui.py; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'header_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QGridLayout, QLabel, QLineEdit, QWidget)

class Ui_HeaderSection(object):
    def setupUi(self, HeaderSection):
        if not HeaderSection.objectName():
            HeaderSection.setObjectName(u"HeaderSection")
        self.grid = QGridLayout(HeaderSection)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.projectNameLabel = QLabel(HeaderSection)
        self.projectNameLabel.setObjectName(u"projectNameLabel")

        self.grid.addWidget(self.projectNameLabel, 0, 0, 1, 1)

        self.projectName = QLineEdit(HeaderSection)
        self.projectName.setObjectName(u"projectName")

        self.grid.addWidget(self.projectName, 0, 1, 1, 3)

        self.departmentLabel = QLabel(HeaderSection)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.grid.addWidget(self.departmentLabel, 1, 0, 1, 1)

        self.department = QLineEdit(HeaderSection)
        self.department.setObjectName(u"department")

        self.grid.addWidget(self.department, 1, 1, 1, 1)

        self.implementerLabel = QLabel(HeaderSection)
        self.implementerLabel.setObjectName(u"implementerLabel")

        self.grid.addWidget(self.implementerLabel, 1, 2, 1, 1)

        self.implementer = QLineEdit(HeaderSection)
        self.implementer.setObjectName(u"implementer")

        self.grid.addWidget(self.implementer, 1, 3, 1, 1)

        self.leaderLabel = QLabel(HeaderSection)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.grid.addWidget(self.leaderLabel, 2, 0, 1, 1)

        self.leader = QLineEdit(HeaderSection)
        self.leader.setObjectName(u"leader")

        self.grid.addWidget(self.leader, 2, 1, 1, 1)

        self.phoneLabel = QLabel(HeaderSection)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.grid.addWidget(self.phoneLabel, 2, 2, 1, 1)

        self.phone = QLineEdit(HeaderSection)
        self.phone.setObjectName(u"phone")

        self.grid.addWidget(self.phone, 2, 3, 1, 1)

#if QT_CONFIG(shortcut)
        self.projectNameLabel.setBuddy(self.projectName)
        self.departmentLabel.setBuddy(self.department)
        self.implementerLabel.setBuddy(self.implementer)
        self.leaderLabel.setBuddy(self.leader)
        self.phoneLabel.setBuddy(self.phone)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.projectName, self.department)
        QWidget.setTabOrder(self.department, self.implementer)
        QWidget.setTabOrder(self.implementer, self.leader)
        QWidget.setTabOrder(self.leader, self.phone)

        self.retranslateUi(HeaderSection)

        QMetaObject.connectSlotsByName(HeaderSection)
    # setupUi

    def retranslateUi(self, HeaderSection):
        self.projectNameLabel.setText(QCoreApplication.translate("HeaderSection", u"\u9879\u76ee\u540d\u79f0", None))
#if QT_CONFIG(accessibility)
        self.projectName.setAccessibleName(QCoreApplication.translate("HeaderSection", u"\u9879\u76ee\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("HeaderSection", u"\u4e3b\u7ba1\u90e8\u95e8", None))
#if QT_CONFIG(accessibility)
        self.department.setAccessibleName(QCoreApplication.translate("HeaderSection", u"\u4e3b\u7ba1\u90e8\u95e8", None))
#endif // QT_CONFIG(accessibility)
        self.implementerLabel.setText(QCoreApplication.translate("HeaderSection", u"\u5b9e\u65bd\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.implementer.setAccessibleName(QCoreApplication.translate("HeaderSection", u"\u5b9e\u65bd\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.leaderLabel.setText(QCoreApplication.translate("HeaderSection", u"\u9879\u76ee\u8d1f\u8d23\u4eba", None))
#if QT_CONFIG(accessibility)
        self.leader.setAccessibleName(QCoreApplication.translate("HeaderSection", u"\u9879\u76ee\u8d1f\u8d23\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("HeaderSection", u"\u8054\u7cfb\u7535\u8bdd", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("HeaderSection", u"\u8054\u7cfb\u7535\u8bdd", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

