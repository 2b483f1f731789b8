// The offline download queue in the client's SQLite file: the queue order, each download's
// state and every file's progress survive closing and reopening the database (a restart), a
// save replaces what was there, removing forgets the files' rows too, and every state reads
// back as it was written.

#include "media/download.h"
#include "store/downloadrepository.h"
#include "store/localdatabase.h"
#include "store/localstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

Q_DECLARE_METATYPE(lectern::DownloadState)

namespace {

DownloadRecord record(const QString &id, DownloadState state, const QDateTime &queuedAt)
{
    DownloadRecord r;
    r.lectureId = id;
    r.courseCode = QStringLiteral("PAIN-704");
    r.weekNumber = 1;
    r.title = QStringLiteral("Lecture %1").arg(id);
    r.state = state;
    r.localDir = QStringLiteral("/data/media/") + id;
    r.queuedAt = queuedAt;
    r.media.master = QStringLiteral("master.m3u8");
    r.media.captions = QStringLiteral("captions.vtt");
    r.media.poster = QStringLiteral("poster.jpg");
    r.media.durationSeconds = 51.3;
    r.media.creditsSeconds = 4;
    r.media.renditions
        = {{QStringLiteral("360p"), 360, 800000, QStringLiteral("360p/index.m3u8")},
           {QStringLiteral("720p"), 720, 2500000, QStringLiteral("720p/index.m3u8")}};
    r.files = {
        {QStringLiteral("master.m3u8"), 256, QByteArray(64, 'a'), 256, true},
        {QStringLiteral("360p/seg_000.ts"), 100000, QByteArray(64, 'b'), 40000, false},
        {QStringLiteral("720p/seg_000.ts"), 300000, QByteArray(64, 'c'), 0, false},
    };
    r.totalBytes = 400256;
    r.doneBytes = r.filesDoneBytes();
    r.error = state == DownloadState::Failed ? QStringLiteral("The server cannot be reached.")
                                             : QString();
    return r;
}

} // namespace

class TestDownloadRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void queueAndFileProgressSurviveReopening();
    void saveReplacesStateAndFiles();
    void removeForgetsDownloadsAndTheirFiles();
    void everyStateReadsBackAsWritten_data();
    void everyStateReadsBackAsWritten();
    void unknownStateIsRefused();
    void localStoreSavesAndLoadsOnItsThread();

private:
    DownloadRepository open();
    void close();
    QVariant scalar(const QString &sql) const;

    QTemporaryDir *m_dir = nullptr;
    QString m_connection;
    int m_opened = 0;
    QDateTime m_start = QDateTime::currentDateTimeUtc();
};

void TestDownloadRepository::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestDownloadRepository::cleanup()
{
    close();
    delete m_dir;
}

DownloadRepository TestDownloadRepository::open()
{
    close();
    // A new connection name each time: as after a restart, nothing is cached in between.
    m_connection = QStringLiteral("%1-%2")
                       .arg(QString::fromLatin1(QTest::currentTestFunction()))
                       .arg(++m_opened);
    const Result<LocalDatabase::Opened> opened
        = LocalDatabase::open(m_dir->filePath(QStringLiteral("d.sqlite")), m_connection);
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().message));
    return DownloadRepository(opened.value().database);
}

void TestDownloadRepository::close()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QVariant TestDownloadRepository::scalar(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

void TestDownloadRepository::queueAndFileProgressSurviveReopening()
{
    {
        DownloadRepository repository = open();
        // Saved out of queue order: the queue is ordered by when each was queued.
        QVERIFY(
            repository.save(record(QStringLiteral("L3"), DownloadState::Done, m_start.addSecs(3))));
        QVERIFY(repository.save(
            record(QStringLiteral("L1"), DownloadState::Active, m_start.addSecs(1))));
        QVERIFY(repository.save(
            record(QStringLiteral("L2"), DownloadState::Queued, m_start.addSecs(2))));
    }

    DownloadRepository reopened = open();
    const Result<QList<DownloadRecord>> loaded = reopened.loadAll();
    QVERIFY(loaded);
    const QList<DownloadRecord> &downloads = loaded.value();
    QCOMPARE(downloads.size(), 3);
    QCOMPARE(downloads.at(0).lectureId, QStringLiteral("L1"));
    QCOMPARE(downloads.at(1).lectureId, QStringLiteral("L2"));
    QCOMPARE(downloads.at(2).lectureId, QStringLiteral("L3"));
    QCOMPARE(downloads.at(0).state, DownloadState::Active);
    QCOMPARE(downloads.at(2).state, DownloadState::Done);

    const DownloadRecord expected = record(QStringLiteral("L1"), DownloadState::Active, {});
    const DownloadRecord &active = downloads.at(0);
    QCOMPARE(active.courseCode, expected.courseCode);
    QCOMPARE(active.weekNumber, 1);
    QCOMPARE(active.title, expected.title);
    QCOMPARE(active.localDir, expected.localDir);
    QCOMPARE(active.totalBytes, qint64(400256));
    QCOMPARE(active.doneBytes, qint64(256 + 40000));
    QCOMPARE(active.queuedAt, m_start.addSecs(1));
    QVERIFY(active.updatedAt.isValid());
    QVERIFY(active.files == expected.files); // order, sizes, checksums, progress, verified
    QCOMPARE(active.media.master, QStringLiteral("master.m3u8"));
    QCOMPARE(active.media.captions, QStringLiteral("captions.vtt"));
    QCOMPARE(active.media.durationSeconds, 51.3);
    QCOMPARE(active.media.creditsSeconds, 4.0);
    QCOMPARE(active.media.renditions.size(), 2);
    QCOMPARE(active.media.renditions.at(1).playlist, QStringLiteral("720p/index.m3u8"));
}

void TestDownloadRepository::saveReplacesStateAndFiles()
{
    DownloadRepository repository = open();
    DownloadRecord download = record(QStringLiteral("L1"), DownloadState::Active, m_start);
    QVERIFY(repository.save(download));

    download.state = DownloadState::Failed;
    download.error = QStringLiteral("The server cannot be reached.");
    download.files[1].doneBytes = 100000;
    download.files[1].verified = true;
    download.files.removeLast(); // the clip changed on the server
    download.totalBytes = 100256;
    download.doneBytes = download.filesDoneBytes();
    QVERIFY(repository.save(download));

    const Result<QList<DownloadRecord>> loaded = repository.loadAll();
    QVERIFY(loaded);
    QCOMPARE(loaded.value().size(), 1);
    const DownloadRecord &saved = loaded.value().first();
    QCOMPARE(saved.state, DownloadState::Failed);
    QCOMPARE(saved.error, download.error);
    QVERIFY(saved.files == download.files);
    QCOMPARE(saved.doneBytes, qint64(100256));
    QCOMPARE(saved.queuedAt, m_start); // resuming keeps its place in the queue
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM download_file")).toInt(), 2);
}

void TestDownloadRepository::removeForgetsDownloadsAndTheirFiles()
{
    DownloadRepository repository = open();
    QVERIFY(repository.save(record(QStringLiteral("L1"), DownloadState::Done, m_start)));
    QVERIFY(repository.save(record(QStringLiteral("L2"), DownloadState::Paused, m_start)));
    QVERIFY(repository.save(record(QStringLiteral("L3"), DownloadState::Queued, m_start)));
    QVERIFY(repository.remove({QStringLiteral("L1"), QStringLiteral("L3"), QStringLiteral("L9")}));

    const Result<QList<DownloadRecord>> loaded = repository.loadAll();
    QVERIFY(loaded);
    QCOMPARE(loaded.value().size(), 1);
    QCOMPARE(loaded.value().first().lectureId, QStringLiteral("L2"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM download_file")).toInt(), 3);
    QVERIFY(repository.remove({}));
}

void TestDownloadRepository::everyStateReadsBackAsWritten_data()
{
    QTest::addColumn<DownloadState>("state");
    QTest::addColumn<QString>("name");
    QTest::newRow("queued") << DownloadState::Queued << QStringLiteral("queued");
    QTest::newRow("active") << DownloadState::Active << QStringLiteral("active");
    QTest::newRow("paused") << DownloadState::Paused << QStringLiteral("paused");
    QTest::newRow("done") << DownloadState::Done << QStringLiteral("done");
    QTest::newRow("failed") << DownloadState::Failed << QStringLiteral("failed");
}

void TestDownloadRepository::everyStateReadsBackAsWritten()
{
    QFETCH(DownloadState, state);
    QFETCH(QString, name);
    QCOMPARE(downloadStateName(state), name);
    QVERIFY(downloadStateFromName(name) == state);

    {
        DownloadRepository repository = open();
        QVERIFY(repository.save(record(QStringLiteral("L1"), state, m_start)));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM download")).toString(), name);
    }
    const Result<QList<DownloadRecord>> loaded = open().loadAll();
    QVERIFY(loaded);
    QCOMPARE(loaded.value().first().state, state);
}

void TestDownloadRepository::unknownStateIsRefused()
{
    QVERIFY(!downloadStateFromName(QStringLiteral("finished")));
    open();
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO download(lecture_id, course_code, week_number, title, state, local_dir, "
        "queued_at, updated_at) VALUES ('L1', 'PAIN-704', 1, 'x', 'finished', '/d', 'a', 'b')")));
}

void TestDownloadRepository::localStoreSavesAndLoadsOnItsThread()
{
    const QString path = m_dir->filePath(QStringLiteral("store.sqlite"));
    {
        LocalStore store(path);
        QSignalSpy opened(&store, &LocalStore::opened);
        store.openAsync();
        QVERIFY(opened.wait());
        DownloadRecord download = record(QStringLiteral("L1"), DownloadState::Paused, m_start);
        store.saveDownloadAsync(download);
        download.files[2].doneBytes = 123;
        store.saveDownloadAsync(download); // the later save wins
        store.saveDownloadAsync(record(QStringLiteral("L2"), DownloadState::Queued, m_start));
        store.removeDownloadsAsync({QStringLiteral("L2")});
    } // closes the database on its thread after the queued writes

    LocalStore store(path);
    QSignalSpy loaded(&store, &LocalStore::downloadsLoaded);
    QSignalSpy failed(&store, &LocalStore::operationFailed);
    store.openAsync();
    store.loadDownloadsAsync();
    QVERIFY(loaded.wait());
    QVERIFY(failed.isEmpty());
    const auto downloads = loaded.first().first().value<QList<DownloadRecord>>();
    QCOMPARE(downloads.size(), 1);
    QCOMPARE(downloads.first().state, DownloadState::Paused);
    QCOMPARE(downloads.first().files.at(2).doneBytes, qint64(123));
}

QTEST_GUILESS_MAIN(TestDownloadRepository)
#include "tst_downloadrepository.moc"
