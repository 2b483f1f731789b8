// lectern-server's command line and its store on disk, without serving: version, help, usage
// errors, refusing invalid content before creating anything, and refusing a database that a
// newer server wrote.

#include "support/testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(testing::serverBinary(), arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString fixture()
{
    return testing::sourceDir() + QStringLiteral("/tests/data/mini-programme");
}

// Runs one statement on the database file and returns the first column of the first row.
QVariant querySqlite(const QString &path, const QString &statement)
{
    const QString name = QStringLiteral("cli-test");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class ServerCliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionPrintsNameAndVersion();
    void helpDocumentsCommandsAndOptions();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void invalidContentCreatesNoDatabase();
    void missingFolderIsReported();
    void databaseFromANewerServerIsRefused();
    void importSetsUpWalAndSchemaVersion();

private:
    QTemporaryDir m_dir;
};

void ServerCliTest::versionPrintsNameAndVersion()
{
    const CliRun run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("lectern-server " LECTERN_VERSION));
}

void ServerCliTest::helpDocumentsCommandsAndOptions()
{
    const CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *word : {"import", "serve", "--data", "--demo-users", "--port", "--bind",
                             "--version", "SIGTERM"}) {
        QVERIFY2(run.out.contains(QLatin1String(word)), word);
    }
}

void ServerCliTest::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString data = QStringLiteral("--data");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("launch"), data, m_dir.path()};
    QTest::newRow("import without folder")
        << QStringList{QStringLiteral("import"), data, m_dir.path()};
    QTest::newRow("import without data") << QStringList{QStringLiteral("import"), fixture()};
    QTest::newRow("serve without port") << QStringList{QStringLiteral("serve"), data, m_dir.path()};
    QTest::newRow("serve bad port")
        << QStringList{QStringLiteral("serve"), data, m_dir.path(), QStringLiteral("--port"),
                       QStringLiteral("70000")};
    QTest::newRow("serve bad bind") << QStringList{QStringLiteral("serve"),
                                                   data,
                                                   m_dir.path(),
                                                   QStringLiteral("--port"),
                                                   QStringLiteral("0"),
                                                   QStringLiteral("--bind"),
                                                   QStringLiteral("nowhere")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--fast")};
}

void ServerCliTest::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--help")), qPrintable(run.err));
}

void ServerCliTest::invalidContentCreatesNoDatabase()
{
    QTemporaryDir content;
    QVERIFY(QDir().mkpath(content.filePath(QStringLiteral("courses"))));
    QFile programme(content.filePath(QStringLiteral("programme.json")));
    QVERIFY(programme.open(QIODevice::WriteOnly));
    programme.write("{\n  \"format\": 1,\n  \"id\": \"broken\"\n  \"title\": \"x\"\n}\n");
    programme.close();

    const QString data = m_dir.filePath(QStringLiteral("never-created"));
    const CliRun run
        = runCli({QStringLiteral("import"), content.path(), QStringLiteral("--data"), data});
    QCOMPARE(run.exitCode, 1);
    // The missing comma is noticed where the next key starts, on line 4.
    QVERIFY2(run.err.contains(QStringLiteral("programme.json:4:")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("courses/")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(data));
}

void ServerCliTest::missingFolderIsReported()
{
    const CliRun run = runCli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope")),
                               QStringLiteral("--data"), m_dir.filePath(QStringLiteral("d"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
}

void ServerCliTest::databaseFromANewerServerIsRefused()
{
    const QString data = m_dir.filePath(QStringLiteral("newer"));
    QVERIFY(QDir().mkpath(data));
    const QString path = data + QStringLiteral("/lectern.sqlite");
    querySqlite(path, QStringLiteral("PRAGMA user_version = 999"));
    QCOMPARE(querySqlite(path, QStringLiteral("PRAGMA user_version")).toInt(), 999);

    const CliRun imported
        = runCli({QStringLiteral("import"), fixture(), QStringLiteral("--data"), data});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(QStringLiteral("newer")), qPrintable(imported.err));
    QCOMPARE(querySqlite(path, QStringLiteral("PRAGMA user_version")).toInt(), 999);
    QCOMPARE(querySqlite(path, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 0);

    const CliRun served = runCli({QStringLiteral("serve"), QStringLiteral("--data"), data,
                                  QStringLiteral("--port"), QStringLiteral("0")});
    QCOMPARE(served.exitCode, 1);
    QVERIFY2(served.err.contains(QStringLiteral("newer")), qPrintable(served.err));
    QVERIFY(!served.out.contains(QStringLiteral("listening")));
}

void ServerCliTest::importSetsUpWalAndSchemaVersion()
{
    const QString data = m_dir.filePath(QStringLiteral("fresh"));
    const CliRun run
        = runCli({QStringLiteral("import"), fixture(), QStringLiteral("--data"), data});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("5 course(s) added")), qPrintable(run.out));
    // No demo users unless asked for.
    QVERIFY(!run.err.contains(QStringLiteral("learner-demo")));
    const QString path = data + QStringLiteral("/lectern.sqlite");
    QCOMPARE(querySqlite(path, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QVERIFY(querySqlite(path, QStringLiteral("PRAGMA user_version")).toInt() >= 1);
    QCOMPARE(querySqlite(path, QStringLiteral("SELECT count(*) FROM users")).toInt(), 0);
    QCOMPARE(querySqlite(path, QStringLiteral("SELECT count(*) FROM courses")).toInt(), 5);
    QCOMPARE(querySqlite(path, QStringLiteral("SELECT count(*) FROM quizzes")).toInt(), 10);
    // Each change row has its own, increasing seq: one programme and five courses.
    QCOMPARE(querySqlite(path, QStringLiteral("SELECT count(DISTINCT seq) FROM catalog_changes"))
                 .toInt(),
             6);
}

QTEST_GUILESS_MAIN(ServerCliTest)
#include "tst_servercli.moc"
