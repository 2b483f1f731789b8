// A damaged local database found when the app starts: a file that is not a database at all, a
// file cut short (a full disk, a copy interrupted), a page overwritten with zeros, and a file
// that cannot be migrated. Each time the app's store must still open; the damaged file is kept
// beside it as lectern.sqlite.corrupt-<timestamp>, byte for byte; the unsent changes that can be
// read from it are put back in the new outbox and reach the real server with the next sync, once
// each; and the catalog and the progress already on the server come back by that same sync.

#include "support/serverprocess.h"
#include "support/syncclient.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

using namespace lectern;
using namespace lectern::testing;

namespace {

const QString kUser = QStringLiteral("learner");
const QString kPassword = QStringLiteral("learner-demo");
constexpr int kViewingEvents = 30;

enum class Damage { Garbage, Truncated, ZeroedPage, Unmigratable };

// The root page of a table of the closed database file, read with a connection of the test.
int rootPage(const QString &path, const QString &table)
{
    int page = 0;
    {
        QSqlDatabase database
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(database);
            query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            query.addBindValue(table);
            if (query.exec() && query.next())
                page = query.value(0).toInt();
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return page;
}

bool setUserVersion(const QString &path, int version)
{
    bool done = false;
    {
        QSqlDatabase database
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(database);
            done = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    return done;
}

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestCorruptDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void damagedDatabaseIsRebuiltKeepingTheOutbox_data();
    void damagedDatabaseIsRebuiltKeepingTheOutbox();

private:
    ServerProcess m_server;
    ProgrammeContent m_content;
    QList<const Lecture *> m_quizLectures;
    int m_nextLecture = 0;
};

void TestCorruptDatabase::initTestCase()
{
    QString output;
    QVERIFY2(m_server.importProgramme(demoProgrammeDir(), &output), qPrintable(output));
    QVERIFY(m_server.start());
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(demoProgrammeDir());
    QVERIFY(outcome.isOk());
    m_content = outcome.content;
    for (const Course &course : m_content.courses) {
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                if (!m_content.quizzes.value(lecture.id).isEmpty() && lecture.durationSeconds > 0)
                    m_quizLectures.append(&lecture);
            }
        }
    }
    QVERIFY(m_quizLectures.size() >= 8);
}

void TestCorruptDatabase::damagedDatabaseIsRebuiltKeepingTheOutbox_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<bool>("outboxReadable"); // every unsent event can still be read back

    // Bad input tried: each row is a different way the file on disk can be broken.
    QTest::newRow("not a database") << Damage::Garbage << false;
    QTest::newRow("truncated file") << Damage::Truncated << false;
    QTest::newRow("a page of quizzes zeroed") << Damage::ZeroedPage << true;
    QTest::newRow("cannot be migrated") << Damage::Unmigratable << true;
}

void TestCorruptDatabase::damagedDatabaseIsRebuiltKeepingTheOutbox()
{
    QFETCH(Damage, damage);
    QFETCH(bool, outboxReadable);

    QVERIFY(m_nextLecture + 2 <= m_quizLectures.size());
    const Lecture &synced = *m_quizLectures.at(m_nextLecture++); // on the server before
    const Lecture &unsent = *m_quizLectures.at(m_nextLecture++); // only in the outbox
    const qint64 syncedMs = qint64(synced.durationSeconds) * 1000;
    const qint64 unsentMs = qint64(unsent.durationSeconds) * 1000;

    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const QString path = dataDir.filePath(QStringLiteral("lectern.sqlite"));
    Attempt attempt;
    {
        SyncClient client(m_server.url(), dataDir.path());
        QVERIFY(client.open());
        QVERIFY(client.login(kUser, kPassword));
        QVERIFY(client.syncCatalog());
        QVERIFY(client.syncProgress());
        QVERIFY(client.recordViewing(ViewingUpdate{synced.id, span(0, syncedMs / 2), syncedMs / 2,
                                                   QDateTime::currentDateTimeUtc()}));
        QVERIFY(client.syncProgress());
        // Offline from here: the whole unsent lecture in short pieces, then its quiz.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
        for (int i = 0; i < kViewingEvents; ++i) {
            QVERIFY(client.recordViewing(ViewingUpdate{
                unsent.id, span(unsentMs * i / kViewingEvents, unsentMs * (i + 1) / kViewingEvents),
                unsentMs * (i + 1) / kViewingEvents, start.addSecs(i)}));
        }
        attempt = client.takeQuiz(unsent.id, QDateTime::currentDateTimeUtc(), 3);
        QVERIFY(!attempt.attemptId.isEmpty());
        QCOMPARE(client.outbox().pending, kViewingEvents + 1);
    } // closed: the log is checkpointed into the file

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 64 * 1024);
    switch (damage) {
    case Damage::Garbage: {
        QByteArray noise(size, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        file.seek(0);
        file.write(noise);
        break;
    }
    case Damage::Truncated:
        file.resize(size / 3);
        break;
    case Damage::ZeroedPage: {
        const int page = rootPage(path, QStringLiteral("quiz"));
        QVERIFY(page > 1);
        file.seek(qint64(page - 1) * 4096);
        file.write(QByteArray(4096, '\0'));
        break;
    }
    case Damage::Unmigratable:
        file.close();
        // Claims schema 2: migration 3 then meets tables that already exist and fails.
        QVERIFY(setUserVersion(path, 2));
        QVERIFY(file.open(QIODevice::ReadOnly));
        break;
    }
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray damaged = file.readAll();
    file.close();

    // The app starts on the damaged folder.
    SyncClient client(m_server.url(), dataDir.path());
    QSignalSpy recovered(&client.store(), &LocalStore::databaseRecovered);
    const std::optional<QList<QVariant>> opened = client.open();
    QVERIFY2(opened, "the store must open on a damaged file");
    QCOMPARE(opened->at(0).toBool(), true);
    const QString backupPath = opened->at(1).toString();
    QCOMPARE(recovered.size(), 1);
    QCOMPARE(recovered.first().at(0).toString(), backupPath);
    const int salvaged = recovered.first().at(1).toInt();

    // The damaged file is kept, as it was, beside the new one.
    QVERIFY2(QFileInfo(backupPath).fileName().startsWith(QStringLiteral("lectern.sqlite.corrupt-")),
             qPrintable(backupPath));
    QFile backup(backupPath);
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QVERIFY(backup.readAll() == damaged);
    QVERIFY(QFile::exists(path));

    if (outboxReadable)
        QCOMPARE(salvaged, kViewingEvents + 1);
    else
        QVERIFY(salvaged >= 0 && salvaged <= kViewingEvents + 1);
    QCOMPARE(client.outbox().pending, salvaged);

    // One normal sync brings the catalog and progress back and sends what was salvaged.
    QVERIFY(client.login(kUser, kPassword));
    QVERIFY(client.syncCatalog());
    const Result<ProgressSyncResult> result = client.syncProgress();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result.value().pushed, salvaged);
    QCOMPARE(result.value().refused, 0);
    QCOMPARE(client.outbox().pending, 0);
    const QHash<QString, LectureProgress> progress = client.progress();
    QCOMPARE(progress.value(synced.id).watched, span(0, syncedMs / 2)); // from the server

    const ServerProgress server = readServerProgress(m_server.url(), kUser, kPassword);
    QVERIFY(server.complete);
    QVERIFY(server.attemptCount(attempt.attemptId) <= 1);
    if (outboxReadable) {
        QCOMPARE(server.viewing.value(unsent.id).watched, span(0, unsentMs));
        QCOMPARE(server.attemptCount(attempt.attemptId), 1);
        QCOMPARE(progress.value(unsent.id).watched, span(0, unsentMs));
        // The attempt comes back from the server's answer, graded and counted.
        const QuizBundle bundle = client.loadQuiz(unsent.id);
        QCOMPARE(bundle.attempts.size(), 1);
        QVERIFY(bundle.attempts.first().confirmed);
        QCOMPARE(bundle.attempts.first().confirmed->status, AttemptStatus::Counted);
    }

    // Starting again on the rebuilt file is a normal start.
    SyncClient again(m_server.url(), dataDir.path());
    const std::optional<QList<QVariant>> reopened = again.open();
    QVERIFY(reopened);
    QCOMPARE(reopened->at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestCorruptDatabase)
#include "tst_corruptdatabase.moc"
