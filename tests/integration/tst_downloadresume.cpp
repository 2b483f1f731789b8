// Offline downloads against a real lectern-server serving the real demo media: a download is
// paused in the middle of a file, continued with an HTTP Range, cut off by killing the
// server, survives a restart of the client (a new store and manager on the same files), and
// completes from a new server process on the same data with every file matching the
// manifest's SHA-256 and no .part left. A part damaged while paused, and a finished file
// damaged on disk, are both caught by their checksums, deleted, and fetched again.

#include "media/downloadmanager.h"
#include "store/localstore.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"
#include "sync/apiclient.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

const QString kLecture = QStringLiteral("PAIN-704-w1-l1");

// Remembers every media request and the Range it asked for.
class RecordingNetwork final : public QNetworkAccessManager
{
public:
    struct Request
    {
        QString path; // the file, relative to the lecture's signed base
        QByteArray range;
    };
    QList<Request> requests;

    QList<Request> requestsFor(const QString &path) const
    {
        QList<Request> found;
        for (const Request &request : requests) {
            if (request.path == path)
                found.append(request);
        }
        return found;
    }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *body) override
    {
        const QString path = request.url().path();
        const QString marker = u'/' + kLecture + u'/';
        if (path.startsWith(QStringLiteral("/media/")) && path.contains(marker)) {
            requests.append(
                {path.mid(path.indexOf(marker) + marker.size()), request.rawHeader("Range")});
        }
        return QNetworkAccessManager::createRequest(operation, request, body);
    }
};

// One run of the client: what ClientApp builds for downloads, on a data folder that outlives
// it. Destroyed in reverse order, like the application.
struct Client
{
    explicit Client(const QString &dataDir)
        : api(&network)
        , store(dataDir + QStringLiteral("/lectern.sqlite"))
        , downloads(&network, &api, &store, dataDir + QStringLiteral("/media"))
    {
        downloads.setReadBufferSize(16 * 1024); // several chunks per file, even small ones
    }

    bool open(const QUrl &server)
    {
        api.setServer(server);
        std::optional<Result<Session>> session;
        api.login(QStringLiteral("learner"), QStringLiteral("learner-demo"), &network,
                  [&session](Result<Session> answer) { session = answer; });
        if (!QTest::qWaitFor([&] { return session.has_value(); }, 30000) || !*session)
            return false;
        api.setToken(session->value().token);
        QSignalSpy loaded(&downloads, &DownloadManager::loaded);
        store.openAsync();
        downloads.load();
        return loaded.wait(10000);
    }

    DownloadRecord record() const
    {
        return downloads.download(kLecture).value_or(DownloadRecord{});
    }
    DownloadState state() const { return record().state; }

    RecordingNetwork network;
    ApiClient api;
    LocalStore store;
    DownloadManager downloads;
};

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList partFiles(const QString &folder)
{
    QStringList parts;
    QDirIterator it(folder, {QStringLiteral("*.part")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        parts.append(it.next());
    return parts;
}

void flipFirstByte(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const char first = file.peek(1).at(0);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(QByteArray(1, char(~first))), 1);
}

} // namespace

class TestDownloadResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void downloadResumesAcrossServerCrashAndRestart();
    void damagedPartIsCaughtByItsChecksum();
    void damagedFileOnDiskIsCaughtByVerify();

private:
    DownloadManager::LectureRef lecture() const;
    // The first file big enough to arrive in several chunks, and not the last one.
    QString fileToPauseIn() const;
    // Downloads until the first chunk of fileToPauseIn() is written, then pauses.
    void pauseInTheMiddleOfAFile(Client &client, qint64 *partSize);
    void verifyCompleteAgainstManifest(const Client &client, const QString &dataDir);

    testing::ServerProcess m_server;
    LectureMedia m_manifest;
};

void TestDownloadResume::initTestCase()
{
    const QString mediaDir = testing::demoMediaDir();
    QVERIFY2(
        QFile::exists(mediaDir + QStringLiteral("/lectures.json")),
        qPrintable(
            QStringLiteral("No demo media in %1: run scripts/make-demo-media.sh").arg(mediaDir)));
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output, mediaDir),
             qPrintable(output));
    QVERIFY(m_server.start());

    // The manifest as the server hands it out: sizes and checksums to hold the files to.
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setServer(m_server.url());
    std::optional<Result<Session>> session;
    api.login(QStringLiteral("learner"), QStringLiteral("learner-demo"), this,
              [&session](Result<Session> answer) { session = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(session.has_value(), 30000);
    QVERIFY(*session);
    api.setToken(session->value().token);
    std::optional<Result<LectureMedia>> media;
    api.fetchLectureMedia(kLecture, this,
                          [&media](Result<LectureMedia> answer) { media = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(media.has_value(), 30000);
    QVERIFY2(*media, *media ? "" : qPrintable(media->error().message));
    m_manifest = media->value();
    QVERIFY(m_manifest.files.size() > 5);
    QVERIFY(!fileToPauseIn().isEmpty());
}

void TestDownloadResume::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

DownloadManager::LectureRef TestDownloadResume::lecture() const
{
    return {kLecture, QStringLiteral("PAIN-704"), 1, QStringLiteral("The first lecture")};
}

QString TestDownloadResume::fileToPauseIn() const
{
    for (qsizetype i = 0; i + 1 < m_manifest.files.size(); ++i) {
        if (m_manifest.files.at(i).size > 64 * 1024)
            return m_manifest.files.at(i).path;
    }
    return {};
}

void TestDownloadResume::pauseInTheMiddleOfAFile(Client &client, qint64 *partSize)
{
    const QString pauseIn = fileToPauseIn();
    QMetaObject::Connection pausing = connect(
        &client.downloads, &DownloadManager::fileProgressed, this,
        [&client, pauseIn](const QString &id, const QString &path, qint64 done, qint64 size) {
            if (path == pauseIn && done > 0 && done < size)
                client.downloads.pause(id);
        });
    client.downloads.enqueue({lecture()});
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), DownloadState::Paused, 30000);
    disconnect(pausing);

    const DownloadRecord paused = client.record();
    QCOMPARE(paused.totalBytes, m_manifest.totalSize()); // known before the first byte
    const QString part = paused.localDir + u'/' + pauseIn + QStringLiteral(".part");
    QVERIFY2(QFile::exists(part), qPrintable(part));
    *partSize = QFileInfo(part).size();
    QVERIFY(*partSize > 0);
    // Files before it are complete and verified; the paused one holds what arrived.
    for (const DownloadFile &file : paused.files) {
        if (file.path == pauseIn) {
            QCOMPARE(file.doneBytes, *partSize);
            QVERIFY(*partSize < file.size);
            QVERIFY(!file.verified);
            break;
        }
        QVERIFY2(file.verified, qPrintable(file.path));
        QCOMPARE(QFileInfo(paused.localDir + u'/' + file.path).size(), file.size);
    }
}

void TestDownloadResume::verifyCompleteAgainstManifest(const Client &client, const QString &dataDir)
{
    const DownloadRecord done = client.record();
    QCOMPARE(done.state, DownloadState::Done);
    QCOMPARE(done.doneBytes, done.totalBytes);
    QCOMPARE(done.localDir, QDir(dataDir).filePath(QStringLiteral("media/") + kLecture));
    for (const MediaFile &file : m_manifest.files) {
        const QString path = done.localDir + u'/' + file.path;
        QCOMPARE(QFileInfo(path).size(), file.size);
        QCOMPARE(sha256Of(path), file.sha256);
    }
    QCOMPARE(partFiles(done.localDir), QStringList());
    QVERIFY(client.downloads.isDownloaded(kLecture));
    const std::optional<LectureMedia> local = client.downloads.localMedia(kLecture);
    QVERIFY(local);
    QCOMPARE(local->url(local->master),
             QUrl::fromLocalFile(done.localDir + QStringLiteral("/master.m3u8")));
}

void TestDownloadResume::downloadResumesAcrossServerCrashAndRestart()
{
    QTemporaryDir dataDir;
    auto client = std::make_unique<Client>(dataDir.path());
    QVERIFY(client->open(m_server.url()));

    // 1. Paused in the middle of a file: the part keeps what arrived.
    qint64 partSize = 0;
    pauseInTheMiddleOfAFile(*client, &partSize);
    if (QTest::currentTestFailed())
        return;
    const QString pausedIn = fileToPauseIn();

    // 2. Resumed, it asks only for the rest; then the server dies under it.
    client->network.requests.clear();
    bool killed = false;
    connect(&client->downloads, &DownloadManager::fileProgressed, this,
            [this, &killed](const QString &, const QString &, qint64, qint64) {
                if (!killed) {
                    killed = true;
                    m_server.kill();
                }
            });
    QSignalSpy failed(&client->downloads, &DownloadManager::downloadFailed);
    client->downloads.resume(kLecture);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), DownloadState::Failed, 60000);
    QVERIFY(killed);
    const QList<RecordingNetwork::Request> resumed = client->network.requestsFor(pausedIn);
    QVERIFY(!resumed.isEmpty());
    QCOMPARE(resumed.first().range, "bytes=" + QByteArray::number(partSize) + '-');

    const DownloadRecord cut = client->record();
    QVERIFY2(cut.error.contains(QStringLiteral("server cannot be reached")), qPrintable(cut.error));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<Error>().code, QStringLiteral("offline"));
    QVERIFY(cut.doneBytes > partSize);
    QVERIFY(cut.doneBytes < cut.totalBytes);
    int verifiedOnDisk = 0;
    for (const DownloadFile &file : cut.files) {
        if (file.verified && QFile::exists(cut.localDir + u'/' + file.path))
            ++verifiedOnDisk;
    }
    QVERIFY(verifiedOnDisk > 0);
    QVERIFY(verifiedOnDisk < cut.files.size());
    QVERIFY(!client->downloads.isDownloaded(kLecture));
    QVERIFY(!client->downloads.localMedia(kLecture));
    // What a part holds now is where the next run must continue it.
    QHash<QString, qint64> partsLeft;
    for (const QString &part : partFiles(cut.localDir)) {
        partsLeft.insert(QDir(cut.localDir).relativeFilePath(part).chopped(5),
                         QFileInfo(part).size());
    }
    qInfo() << "cut off at" << cut.doneBytes << "of" << cut.totalBytes << "bytes; parts"
            << partsLeft;

    // 3. The client restarts: queue state and per-file progress come back from its database.
    client.reset();
    client = std::make_unique<Client>(dataDir.path());
    QVERIFY(!m_server.url().isEmpty());

    // 4. A new server process on the same data folder (a new port, the same media secret).
    QVERIFY(m_server.start());
    QVERIFY(client->open(m_server.url()));
    const DownloadRecord restored = client->record();
    QCOMPARE(restored.state, DownloadState::Failed);
    QCOMPARE(restored.error, cut.error);
    QCOMPARE(restored.doneBytes, cut.doneBytes);
    QVERIFY(restored.files == cut.files);

    client->network.requests.clear();
    client->downloads.resume(kLecture);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), DownloadState::Done, 60000);
    verifyCompleteAgainstManifest(*client, dataDir.path());
    // Nothing that was already verified was fetched again; a part was continued, not redone.
    for (const DownloadFile &file : cut.files) {
        const QList<RecordingNetwork::Request> asked = client->network.requestsFor(file.path);
        if (file.verified)
            QVERIFY2(asked.isEmpty(), qPrintable(file.path));
    }
    for (auto part = partsLeft.cbegin(); part != partsLeft.cend(); ++part) {
        const QList<RecordingNetwork::Request> asked = client->network.requestsFor(part.key());
        QVERIFY2(!asked.isEmpty(), qPrintable(part.key()));
        QCOMPARE(asked.first().range,
                 part.value() > 0 ? "bytes=" + QByteArray::number(part.value()) + '-'
                                  : QByteArray());
    }

    // The database agrees, as the next start will read it.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(dataDir.filePath(QStringLiteral("lectern.sqlite")));
        QVERIFY(db.open());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&db] {
                QSqlQuery query(db);
                return query.exec(QStringLiteral(
                           "SELECT state = 'done' AND done_bytes = total_bytes FROM download"))
                    && query.next() && query.value(0).toBool();
            }(),
            5000);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT count(*), sum(verified), sum(done_bytes = size) FROM download_file")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), int(m_manifest.files.size()));
        QCOMPARE(query.value(1).toInt(), int(m_manifest.files.size()));
        QCOMPARE(query.value(2).toInt(), int(m_manifest.files.size()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

void TestDownloadResume::damagedPartIsCaughtByItsChecksum()
{
    QTemporaryDir dataDir;
    Client client(dataDir.path());
    QVERIFY(client.open(m_server.url()));
    qint64 partSize = 0;
    pauseInTheMiddleOfAFile(client, &partSize);
    if (QTest::currentTestFailed())
        return;

    // Damaged while paused (a bad disk, another program): the rest arrives by Range, and the
    // whole file no longer matches.
    const QString pausedIn = fileToPauseIn();
    const QString part = client.record().localDir + u'/' + pausedIn + QStringLiteral(".part");
    flipFirstByte(part);
    QSignalSpy failed(&client.downloads, &DownloadManager::downloadFailed);
    client.downloads.resume(kLecture);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), DownloadState::Failed, 30000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<Error>().code, QStringLiteral("checksum_mismatch"));
    const QString message = client.record().error;
    QVERIFY2(message.contains(pausedIn), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("checksum")), qPrintable(message));
    QVERIFY(!QFile::exists(part));
    QVERIFY(!QFile::exists(client.record().localDir + u'/' + pausedIn));

    client.network.requests.clear();
    client.downloads.resume(kLecture);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), DownloadState::Done, 30000);
    QCOMPARE(client.network.requestsFor(pausedIn).first().range, QByteArray());
    verifyCompleteAgainstManifest(client, dataDir.path());
}

void TestDownloadResume::damagedFileOnDiskIsCaughtByVerify()
{
    QTemporaryDir dataDir;
    Client client(dataDir.path());
    QVERIFY(client.open(m_server.url()));
    QSignalSpy finished(&client.downloads, &DownloadManager::downloadFinished);
    client.downloads.enqueue({lecture()});
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), DownloadState::Done, 30000);
    QCOMPARE(finished.size(), 1);
    verifyCompleteAgainstManifest(client, dataDir.path());

    const QString damaged = m_manifest.files.at(m_manifest.files.size() / 2).path;
    flipFirstByte(client.record().localDir + u'/' + damaged);
    QSignalSpy failed(&client.downloads, &DownloadManager::downloadFailed);
    client.downloads.verify(kLecture);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().at(1).value<Error>().code, QStringLiteral("checksum_mismatch"));
    QVERIFY2(client.record().error.contains(damaged), qPrintable(client.record().error));
    QCOMPARE(client.state(), DownloadState::Failed);
    QVERIFY(!QFile::exists(client.record().localDir + u'/' + damaged));
    QVERIFY(!client.downloads.isDownloaded(kLecture));

    // Resume fetches that one file only.
    client.network.requests.clear();
    client.downloads.resume(kLecture);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), DownloadState::Done, 30000);
    QCOMPARE(client.network.requests.size(), 1);
    QCOMPARE(client.network.requests.first().path, damaged);
    verifyCompleteAgainstManifest(client, dataDir.path());

    // Removing deletes the folder and forgets the download.
    const QString folder = client.record().localDir;
    QSignalSpy removed(&client.downloads, &DownloadManager::downloadsRemoved);
    client.downloads.remove({kLecture});
    QCOMPARE(removed.size(), 1);
    QVERIFY(!client.downloads.download(kLecture));
    QVERIFY(!client.downloads.isDownloaded(kLecture));
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(folder), 10000);
}

QTEST_GUILESS_MAIN(TestDownloadResume)
#include "tst_downloadresume.moc"
