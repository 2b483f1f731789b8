// Opening the client database: fresh files, re-opening, a file from a newer Lectern, and a
// file that is not a database at all.

#include "store/localdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestLocalDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshFileGetsNewestSchemaWithWalAndForeignKeys();
    void reopeningKeepsData();
    void databaseFromNewerVersionIsRefusedUntouched();
    void corruptFileIsMovedAsideAndRebuilt();

private:
    static int pragma(QSqlDatabase &db, const char *name)
    {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && query.next()
            ? query.value(0).toInt()
            : -1;
    }
    static void close(const QString &connection)
    {
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
    }
};

void TestLocalDatabase::freshFileGetsNewestSchemaWithWalAndForeignKeys()
{
    QTemporaryDir dir;
    const QString connection = QStringLiteral("fresh");
    {
        Result<LocalDatabase::Opened> opened
            = LocalDatabase::open(dir.filePath(QStringLiteral("a.sqlite")), connection);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QSqlDatabase &db = opened.value().database;
        QCOMPARE(pragma(db, "user_version"), LocalDatabase::schemaVersion());
        QVERIFY(LocalDatabase::schemaVersion() >= 1);
        QCOMPARE(pragma(db, "foreign_keys"), 1);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(opened.value().recovery, LocalDatabase::Recovery::None);
    }
    close(connection);
}

void TestLocalDatabase::reopeningKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.sqlite"));
    {
        Result<LocalDatabase::Opened> opened = LocalDatabase::open(path, QStringLiteral("b1"));
        QVERIFY(opened);
        QSqlQuery query(opened.value().database);
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('catalog_cursor', '42')")));
    }
    close(QStringLiteral("b1"));
    {
        Result<LocalDatabase::Opened> opened = LocalDatabase::open(path, QStringLiteral("b2"));
        QVERIFY(opened);
        QSqlQuery query(opened.value().database);
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM sync_state")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("42"));
    }
    close(QStringLiteral("b2"));
}

void TestLocalDatabase::databaseFromNewerVersionIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    {
        Result<LocalDatabase::Opened> opened = LocalDatabase::open(path, QStringLiteral("c1"));
        QVERIFY(opened);
        QSqlQuery query(opened.value().database);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    close(QStringLiteral("c1"));
    {
        const Result<LocalDatabase::Opened> opened
            = LocalDatabase::open(path, QStringLiteral("c2"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("store_too_new"));
        QVERIFY(opened.error().message.contains(QStringLiteral("newer version")));
    }
    close(QStringLiteral("c2"));
    // Still version 999: refused, not migrated or replaced.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(pragma(db, "user_version"), 999);
    }
    close(QStringLiteral("c3"));
}

void TestLocalDatabase::corruptFileIsMovedAsideAndRebuilt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    QFile garbage(path);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x')); // what a disk error or a bad copy leaves behind
    garbage.close();
    {
        Result<LocalDatabase::Opened> opened = LocalDatabase::open(path, QStringLiteral("d1"));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value().recovery, LocalDatabase::Recovery::RebuiltCorruptFile);
        QVERIFY(QFile::exists(opened.value().backupPath));
        QCOMPARE(QFile(opened.value().backupPath).size(), 8192); // the user's file is kept
        QCOMPARE(pragma(opened.value().database, "user_version"), LocalDatabase::schemaVersion());
    }
    close(QStringLiteral("d1"));
}

QTEST_GUILESS_MAIN(TestLocalDatabase)
#include "tst_localdatabase.moc"
