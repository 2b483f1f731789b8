// Another person logs in on a computer where the previous one left changes the server has not
// confirmed (they watched a lecture with the server unreachable and closed Lectern). The app
// must neither delete those changes nor send them with the new person's session: it refuses
// the switch with a message, keeps the outbox, and the first person's next login sends them as
// theirs. Bad input tried: logging in as faculty over a learner's unsent viewing.

#include "clientapp.h"
#include "logindialog.h"
#include "support/guiclient.h"
#include "support/serverprocess.h"
#include "support/syncclient.h"
#include "support/testpaths.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>

using namespace lectern;
using namespace lectern::testing;

namespace {

int pendingEvents(LocalStore *store)
{
    QSignalSpy loaded(store, &LocalStore::outboxStatusLoaded);
    store->loadOutboxStatusAsync();
    if (!loaded.wait(20000))
        return -1;
    return loaded.last().first().value<OutboxStatus>().pending;
}

void logIn(LoginDialog *dialog, const QString &user, const QString &password)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(user);
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loginButton")),
                      Qt::LeftButton);
}

} // namespace

class TestUserSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anotherUserWaitsForThePreviousUsersChanges();

private:
    ServerProcess m_server;
};

void TestUserSwitch::initTestCase()
{
    QString output;
    QVERIFY2(m_server.importProgramme(demoProgrammeDir(), &output), qPrintable(output));
    QVERIFY(m_server.start());
}

void TestUserSwitch::anotherUserWaitsForThePreviousUsersChanges()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const quint16 port = quint16(m_server.url().port());
    const QString lectureId = QStringLiteral("PAIN-701-w1-l1");
    {
        auto learner = loggedInDemoLearner(m_server.url(), dataDir.path());
        QVERIFY(learner);
        QCOMPARE(m_server.stop(), 0); // the network goes
        QSignalSpy recorded(learner->store(), &LocalStore::viewingRecorded);
        learner->store()->recordViewingAsync(
            ViewingUpdate{lectureId, span(0, 10000), 10000, QDateTime::currentDateTimeUtc()});
        QVERIFY(recorded.wait(20000));
        QCOMPARE(pendingEvents(learner->store()), 1);
    } // Lectern is closed with the change unsent
    QVERIFY(m_server.start(port));

    ClientApp::Options options;
    options.dataDir = dataDir.path();
    options.settingsPath = QDir(dataDir.path()).filePath(QStringLiteral("lectern.ini"));
    options.login.server = m_server.url().toString();
    auto app = std::make_unique<ClientApp>(options);
    app->start();
    QTRY_VERIFY_WITH_TIMEOUT(app->controller()->loginDialog(), 20000);
    QCOMPARE(pendingEvents(app->store()), 1);

    // The refusal is a modal message box: read it and close it.
    QString message;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&message] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->isVisible()) {
                message = box->text();
                box->accept();
            }
        }
    });
    closer.start(50);
    logIn(app->controller()->loginDialog(), QStringLiteral("faculty"),
          QStringLiteral("faculty-demo"));
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 30000);
    QVERIFY2(message.contains(QStringLiteral("have not reached the server")), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(
        app->controller()->loginDialog() && app->controller()->loginDialog()->isVisible(), 20000);
    QTest::qWait(500); // nothing may be sent in the background either
    QCOMPARE(pendingEvents(app->store()), 1);
    QVERIFY(!readServerProgress(m_server.url(), QStringLiteral("learner"),
                                QStringLiteral("learner-demo"))
                 .viewing.contains(lectureId));
    QVERIFY(readServerProgress(m_server.url(), QStringLiteral("faculty"),
                               QStringLiteral("faculty-demo"))
                .viewing.isEmpty());

    // The learner logs in again: the change goes to the server as theirs.
    logIn(app->controller()->loginDialog(), QStringLiteral("learner"),
          QStringLiteral("learner-demo"));
    QTRY_VERIFY_WITH_TIMEOUT(pendingEvents(app->store()) == 0, 60000);
    const ServerProgress learner = readServerProgress(m_server.url(), QStringLiteral("learner"),
                                                      QStringLiteral("learner-demo"));
    QCOMPARE(learner.viewing.value(lectureId).watched, span(0, 10000));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestUserSwitch test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_userswitch.moc"
