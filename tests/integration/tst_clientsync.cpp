// The whole path from content to the client's SQLite file: a real lectern-server imports the
// bundled programme, the client logs in over real HTTP as the demo learner, syncs the
// catalog page by page into its own database, and the file holds the whole programme.

#include "store/localstore.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"
#include "sync/apiclient.h"
#include "sync/catalogsync.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

Result<Session> loginAs(ApiClient &api, const QString &user, const QString &password)
{
    std::optional<Result<Session>> answer;
    QObject context;
    api.login(user, password, &context, [&answer](Result<Session> r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
        return Error{QStringLiteral("test_timeout"), QStringLiteral("no answer")};
    return *answer;
}

// Opens the client's database file directly, as a support engineer would.
struct FileQuery
{
    explicit FileQuery(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~FileQuery()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    QString m_name = QStringLiteral("inspect");
};

} // namespace

class TestClientSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void learnerSyncsTheWholeProgramme();
    void secondSyncFetchesNothingNew();
    void wrongPasswordIsRefusedPlainly();
    void serverDownGivesClearMessage();

private:
    testing::ServerProcess m_server;
    QTemporaryDir m_clientDir;
};

void TestClientSync::initTestCase()
{
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output), qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("learner")));
    QVERIFY(m_server.start());
}

void TestClientSync::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

void TestClientSync::learnerSyncsTheWholeProgramme()
{
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setServer(m_server.url());
    const Result<Session> session
        = loginAs(api, QStringLiteral("learner"), QStringLiteral("learner-demo"));
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    QCOMPARE(session.value().role, QStringLiteral("learner"));
    api.setToken(session.value().token);

    const QString databasePath = m_clientDir.filePath(QStringLiteral("lectern.sqlite"));
    {
        LocalStore store(databasePath);
        QSignalSpy opened(&store, &LocalStore::opened);
        store.openAsync();
        QVERIFY(opened.wait(10000));

        CatalogSync sync(&api, &store);
        QSignalSpy finished(&sync, &CatalogSync::finished);
        QSignalSpy failed(&sync, &CatalogSync::failed);
        QSignalSpy pages(&store, &LocalStore::pageApplied);
        sync.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(failed.count(), 0);
        // The programme, 27 courses and the enrolment arrive over more than one page.
        QVERIFY(pages.count() >= 1);
        QCOMPARE(finished.first().first().toInt(), 29);

        QSignalSpy loaded(&store, &LocalStore::catalogLoaded);
        store.loadAsync();
        QVERIFY(loaded.wait(10000));
        const auto snapshot = loaded.first().first().value<CatalogSnapshot>();
        QCOMPARE(snapshot.courses.size(), 27);
        QCOMPARE(snapshot.username, QStringLiteral("learner"));
    }

    // What is in the file, independent of our own reading code.
    FileQuery file(databasePath);
    QCOMPARE(file.scalar(QStringLiteral("SELECT count(*) FROM course")).toInt(), 27);
    QCOMPARE(file.scalar(QStringLiteral("SELECT sum(units) FROM course")).toDouble(), 33.0);
    QCOMPARE(file.scalar(QStringLiteral("SELECT count(*) FROM trimester")).toInt(), 9);
    QCOMPARE(file.scalar(QStringLiteral("SELECT group_concat(entry, ',') FROM (SELECT entry "
                                        "FROM trimester_entry WHERE trimester_number = 1 "
                                        "ORDER BY position)"))
                 .toString(),
             QStringLiteral("PAIN-704,PAIN-705,PAIN-715"));
    QCOMPARE(file.scalar(QStringLiteral("SELECT min(c) FROM (SELECT count(*) AS c FROM "
                                        "trimester_entry GROUP BY trimester_number)"))
                 .toInt(),
             2);
    QCOMPARE(file.scalar(QStringLiteral("SELECT max(c) FROM (SELECT count(*) AS c FROM "
                                        "trimester_entry GROUP BY trimester_number)"))
                 .toInt(),
             3);
    QCOMPARE(file.scalar(QStringLiteral("SELECT elective_choices_json FROM enrolment")).toString(),
             QStringLiteral("{\"elective-1\":\"PAIN-722\",\"elective-2\":\"PAIN-723\"}"));
    QVERIFY(file.scalar(QStringLiteral("SELECT count(*) FROM lecture")).toInt() > 100);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestClientSync::secondSyncFetchesNothingNew()
{
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setServer(m_server.url());
    const Result<Session> session
        = loginAs(api, QStringLiteral("learner"), QStringLiteral("learner-demo"));
    QVERIFY(session);
    api.setToken(session.value().token);
    LocalStore store(m_clientDir.filePath(QStringLiteral("lectern.sqlite")));
    QSignalSpy opened(&store, &LocalStore::opened);
    store.openAsync();
    QVERIFY(opened.wait(10000));
    QVERIFY(!store.cursor().isEmpty()); // resumes from the cursor the first sync stored
    CatalogSync sync(&api, &store);
    QSignalSpy finished(&sync, &CatalogSync::finished);
    sync.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toInt(), 0);
}

void TestClientSync::wrongPasswordIsRefusedPlainly()
{
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setServer(m_server.url());
    const Result<Session> wrong
        = loginAs(api, QStringLiteral("learner"), QStringLiteral("not-the-password"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QStringLiteral("invalid_credentials"));
    QCOMPARE(wrong.error().message, QStringLiteral("Wrong user name or password."));
    const Result<Session> nobody
        = loginAs(api, QStringLiteral("nobody"), QStringLiteral("learner-demo"));
    QVERIFY(!nobody);
    QCOMPARE(nobody.error().message, wrong.error().message); // no hint who exists
}

void TestClientSync::serverDownGivesClearMessage()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const Result<Session> answer
        = loginAs(api, QStringLiteral("learner"), QStringLiteral("learner-demo"));
    QVERIFY(!answer);
    QCOMPARE(answer.error().code, QStringLiteral("offline"));
    QVERIFY2(answer.error().message.startsWith(QStringLiteral("Cannot reach the server at")),
             qPrintable(answer.error().message));
}

QTEST_GUILESS_MAIN(TestClientSync)
#include "tst_clientsync.moc"
