// The first minutes of a new user, driven through the real widgets offscreen against a real
// lectern-server: log in through the dialog and see the programme; mistype the password;
// come back with the server down and still see the programme saved on this computer.

#include "clientapp.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "models/programmemodel.h"
#include "pages/coursepage.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace lectern;

namespace {

QString deadServerUrl()
{
    QTcpServer probe; // a port that was free a moment ago: nothing listens there now
    probe.listen(QHostAddress::LocalHost);
    return QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
}

} // namespace

class TestLoginFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginThroughDialogShowsProgramme();
    void wrongPasswordKeepsDialogOpenWithMessage();
    void serverDownStillShowsSavedProgramme();

private:
    std::unique_ptr<ClientApp> startClient(const QString &server);
    static LoginDialog *waitForLoginDialog(ClientApp &client);
    static void logIn(LoginDialog *dialog, const QString &user, const QString &password);

    testing::ServerProcess m_server;
    QTemporaryDir m_dataDir;
};

void TestLoginFlow::initTestCase()
{
    QVERIFY(m_server.importProgramme(testing::demoProgrammeDir()));
    QVERIFY(m_server.start());
}

void TestLoginFlow::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

std::unique_ptr<ClientApp> TestLoginFlow::startClient(const QString &server)
{
    ClientApp::Options options;
    options.dataDir = m_dataDir.path();
    options.settingsPath = m_dataDir.filePath(QStringLiteral("lectern.ini"));
    options.login.server = server;
    auto client = std::make_unique<ClientApp>(options);
    client->start();
    return client;
}

LoginDialog *TestLoginFlow::waitForLoginDialog(ClientApp &client)
{
    const bool opened = QTest::qWaitFor(
        [&client] {
            LoginDialog *dialog = client.controller()->loginDialog();
            return dialog && dialog->isVisible();
        },
        10000);
    return opened ? client.controller()->loginDialog() : nullptr;
}

void TestLoginFlow::logIn(LoginDialog *dialog, const QString &user, const QString &password)
{
    auto *username = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(username && passwordEdit);
    username->clear();
    QTest::keyClicks(username, user);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loginButton")),
                      Qt::LeftButton);
}

void TestLoginFlow::loginThroughDialogShowsProgramme()
{
    auto client = startClient(m_server.url().toString());
    LoginDialog *dialog = waitForLoginDialog(*client);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"))->text(),
             m_server.url().toString()); // the server from --server is filled in
    QSignalSpy shown(client->controller(), &AppController::catalogShown);
    logIn(dialog, QStringLiteral("learner"), QStringLiteral("learner-demo"));

    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty() && shown.last().first().toInt() == 27; },
                            30000));
    auto *tree = client->window()->findChild<QTreeView *>(QStringLiteral("programmeTree"));
    QCOMPARE(tree->model()->rowCount(), 9);
    const QModelIndex trimester1 = tree->model()->index(0, 0);
    QVERIFY(tree->isExpanded(trimester1));
    QCOMPARE(tree->model()->rowCount(trimester1), 3);
    auto *status = client->window()->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QTRY_COMPARE(status->text(), QStringLiteral("Up to date"));
    QCOMPARE(client->window()->findChild<QLabel *>(QStringLiteral("userLabel"))->text(),
             QStringLiteral("Logged in as Demo Learner"));

    // Choosing a course shows its page: description, live session and weekly plan.
    const QModelIndex course = tree->model()->index(0, 0, trimester1);
    tree->setCurrentIndex(course);
    const QString page = client->window()->coursePage()->plainText();
    QVERIFY2(page.contains(QStringLiteral("PAIN-704")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("Weekly live session")));
    QVERIFY(page.contains(QStringLiteral("https://live.lectern.example/pain-704")));
    QVERIFY(page.contains(QStringLiteral("Week 2:")));
}

void TestLoginFlow::wrongPasswordKeepsDialogOpenWithMessage()
{
    QTemporaryDir otherProfile;
    ClientApp::Options options;
    options.dataDir = otherProfile.path();
    options.settingsPath = otherProfile.filePath(QStringLiteral("lectern.ini"));
    options.login.server = m_server.url().toString();
    ClientApp client(options);
    client.start();
    LoginDialog *dialog = waitForLoginDialog(client);
    QVERIFY(dialog);
    logIn(dialog, QStringLiteral("learner"), QStringLiteral("wrong-password"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QCOMPARE(error->text(), QStringLiteral("Wrong user name or password."));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("loginButton"))->isEnabled());
    QCOMPARE(client.model()->rowCount(), 0);
}

void TestLoginFlow::serverDownStillShowsSavedProgramme()
{
    // Same profile as the first test, which synced the programme; now the server is gone.
    auto client = startClient(deadServerUrl());
    QTRY_COMPARE_WITH_TIMEOUT(client->model()->rowCount(), 9, 10000);
    LoginDialog *dialog = waitForLoginDialog(*client);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("offlineButton"))->isVisible());
    logIn(dialog, QStringLiteral("learner"), QStringLiteral("learner-demo"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QVERIFY2(error->text().startsWith(QStringLiteral("Cannot reach the server at")),
             qPrintable(error->text()));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("offlineButton")),
                      Qt::LeftButton);
    auto *status = client->window()->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QVERIFY(status->text().startsWith(QStringLiteral("Offline")));
    int courses = 0;
    for (int t = 0; t < client->model()->rowCount(); ++t)
        courses += client->model()->rowCount(client->model()->index(t, 0));
    QCOMPARE(courses, 27);
}

QTEST_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"
