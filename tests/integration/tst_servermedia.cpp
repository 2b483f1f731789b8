// Lecture media end to end (docs/media.md): a real HLS clip made with ffmpeg, imported with
// --media into a real lectern-server, served through the media API and the signed /media/
// URLs, and (when nginx is installed) through packaging/nginx/lectern.conf with the same URLs.

#include "support/testpaths.h"
#include "sync/mediacodec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <unistd.h>

using namespace lectern;

namespace {

const QString kPublishedLecture = QStringLiteral("PAIN-701-w1-l1"); // clip-a
const QString kSecondLecture = QStringLiteral("PAIN-701-w1-l2"); // clip-b
const QString kDraftLecture = QStringLiteral("PAIN-702-w1-l1"); // draft, taught by "faculty"
const int kUrlLifetime = 6 * 3600;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("%1 timed out").arg(program);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool copyTree(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

bool writeJson(const QString &path, const QJsonObject &json)
{
    return writeFile(path, QJsonDocument(json).toJson());
}

bool editJson(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject json = readJson(path);
    if (json.isEmpty())
        return false;
    edit(json);
    return writeJson(path, json);
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString readLink(const QString &path)
{
    QByteArray buffer(4096, '\0');
    const ssize_t size
        = ::readlink(QFile::encodeName(path).constData(), buffer.data(), size_t(buffer.size()));
    return size < 0 ? QString() : QFile::decodeName(buffer.left(size));
}

// A digest of a folder: every entry's relative path, and a file's bytes or a link's target.
QByteArray treeChecksum(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QString entry = QDir(root).relativeFilePath(path) + u'=';
        if (info.isSymLink())
            entry += QStringLiteral("link:") + readLink(path);
        else if (info.isFile())
            entry += QString::fromLatin1(sha256Hex(readFile(path)));
        entries.append(entry);
    }
    entries.sort();
    return sha256Hex(entries.join(u'\n').toUtf8());
}

// The total of the #EXTINF durations of an HLS media playlist: the clip's measured length.
double playlistSeconds(const QString &path)
{
    static const QRegularExpression extinf(QStringLiteral("^#EXTINF:([0-9.]+)"),
                                           QRegularExpression::MultilineOption);
    double total = 0;
    QRegularExpressionMatchIterator it = extinf.globalMatch(QString::fromUtf8(readFile(path)));
    while (it.hasNext())
        total += it.next().captured(1).toDouble();
    return total;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

// An HTTP exchange on a plain socket, so the request target goes out byte for byte: a
// client library would normalise the "..", encodings and slashes these tests are about.
struct RawReply
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray extra; // bytes after the announced body: must stay empty

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

enum class Transport { Plain, Tls };

RawReply rawRequest(quint16 port, const QByteArray &method, const QByteArray &target,
                    const QByteArray &extraHeaders = {}, Transport transport = Transport::Plain)
{
    RawReply reply;
    QSslSocket socket;
    if (transport == Transport::Tls) {
        socket.setPeerVerifyMode(QSslSocket::VerifyNone); // the test's self-signed certificate
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForEncrypted(10000))
            return reply;
    } else {
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(10000))
            return reply;
    }
    socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders
                 + "\r\n");
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    qsizetype headerEnd = -1;
    while (headerEnd < 0 && timer.elapsed() < 30000) {
        if (!socket.waitForReadyRead(1000) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        data += socket.readAll();
        headerEnd = data.indexOf("\r\n\r\n");
    }
    if (headerEnd < 0)
        return reply;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    reply.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            reply.headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const qint64 length = method == "HEAD" ? 0 : reply.header("Content-Length").toLongLong();
    data = data.mid(headerEnd + 4);
    while (data.size() < length && timer.elapsed() < 30000) {
        if (!socket.waitForReadyRead(1000) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        data += socket.readAll();
    }
    // Anything more than announced would break the next response on this connection.
    socket.waitForReadyRead(300);
    data += socket.readAll();
    reply.body = data.left(length);
    reply.extra = data.mid(length);
    return reply;
}

// A base URL with one character of its signature changed.
QString forgedBase(const QString &base)
{
    QStringList parts = base.split(u'/'); // "", media, EXPIRES, SIGNATURE, LECTURE, ""
    QString signature = parts.value(3);
    if (signature.size() > 5)
        signature[5] = signature.at(5) == u'A' ? u'B' : u'A';
    parts[3] = signature;
    return parts.join(u'/');
}

QByteArray expectedContentType(const QString &path)
{
    const QHash<QString, QByteArray> types{
        {QStringLiteral("m3u8"), "application/vnd.apple.mpegurl"},
        {QStringLiteral("ts"), "video/mp2t"},
        {QStringLiteral("vtt"), "text/vtt; charset=utf-8"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("json"), "application/json"},
    };
    return types.value(QFileInfo(path).suffix());
}

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

} // namespace

class ServerMediaTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void importTakesDurationsAndCreditsFromTheClips();
    void importCopiesClipsAndLinksLecturesForNginx();
    void reimportWithTheSameMediaCopiesNothing();
    void changedClipDurationIsANewCourseChange();
    void importWithoutMediaKeepsTheLecturesClips();
    void invalidMediaChangesNothing_data();
    void invalidMediaChangesNothing();
    void mediaSecretIsPrivateToTheServer();
    void mediaNeedsASignedInUser_data();
    void mediaNeedsASignedInUser();
    void learnerGetsSignedMediaForAPublishedLecture();
    void draftLectureIsHiddenFromLearnersButNotFromItsFaculty();
    void unknownLectureIsNotFound_data();
    void unknownLectureIsNotFound();
    void filesDownloadAndMatchTheManifest();
    void signatureFollowsTheDocumentedFormula();
    void forgedSignatureIsForbidden_data();
    void forgedSignatureIsForbidden();
    void expiredSignatureIsForbidden();
    void unsignedMediaIsRefused_data();
    void unsignedMediaIsRefused();
    void pathsOutsideTheClipAreNotFound_data();
    void pathsOutsideTheClipAreNotFound();
    void rangeRequestsServeTheAskedBytes_data();
    void rangeRequestsServeTheAskedBytes();
    void headSendsHeadersOnly();
    void nginxServesTheSameSignedUrls();

private:
    bool makeClip(const QString &clipId, const QString &seconds, double creditsSeconds,
                  QString *problem);
    bool writeManifest(const QString &clipId, double durationSeconds, double creditsSeconds);
    QString clipDir(const QString &clipId) const;
    CliRun import(bool withMedia = true);
    bool restoreMedia();
    bool restoreContent();
    Reply request(const QByteArray &method, const QString &pathAndQuery, const QString &token = {},
                  const QByteArray &range = {});
    QString login(const QString &username, const QString &password);
    QJsonObject lectureJson(const QString &courseCode, int index);
    QJsonObject mediaOf(const QString &lectureId, const QString &token);
    QByteArray storeChecksum();
    QByteArray secret() const;
    QString signedBase(const QString &lectureId, qint64 expires) const;

    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_contentDir;
    QString m_mediaDir;
    QString m_pristineMedia;
    bool m_mediaEdited = false;
    bool m_contentEdited = false;
    QProcess m_server;
    QUrl m_base;
    QNetworkAccessManager m_network;
    QString m_learnerToken;
    QString m_facultyToken;
};

QString ServerMediaTest::clipDir(const QString &clipId) const
{
    return m_mediaDir + QStringLiteral("/clips/") + clipId;
}

// A real HLS clip: H.264 + AAC in MPEG-TS segments of 2 s, a master playlist, a poster and
// captions, like scripts/make-demo-media.sh makes, only smaller.
bool ServerMediaTest::makeClip(const QString &clipId, const QString &seconds, double creditsSeconds,
                               QString *problem)
{
    const QString dir = clipDir(clipId);
    QDir().mkpath(dir + QStringLiteral("/180p"));
    // The command the task describes: test pattern and tone, H.264 + AAC, 2 s HLS segments.
    const QStringList videoArguments
        = QStringLiteral("-hide_banner -loglevel error -y"
                         " -f lavfi -i testsrc=size=320x180:rate=25"
                         " -f lavfi -i sine=frequency=440:sample_rate=44100 -t %1"
                         " -c:v libx264 -preset ultrafast -g 50 -pix_fmt yuv420p -c:a aac -b:a 64k"
                         " -f hls -hls_time 2 -hls_playlist_type vod")
              .arg(seconds)
              .split(u' ')
        + QStringList{QStringLiteral("-hls_segment_filename"),
                      dir + QStringLiteral("/180p/seg_%03d.ts"),
                      dir + QStringLiteral("/180p/index.m3u8")};
    const CliRun video = runProgram(QStringLiteral("ffmpeg"), videoArguments);
    const CliRun poster = runProgram(
        QStringLiteral("ffmpeg"),
        QStringLiteral("-hide_banner -loglevel error -y -f lavfi -i testsrc=size=320x180:rate=1"
                       " -frames:v 1")
                .split(u' ')
            + QStringList{dir + QStringLiteral("/poster.jpg")});
    if (video.exitCode != 0 || poster.exitCode != 0) {
        *problem
            = QStringLiteral("ffmpeg failed to make %1: %2%3").arg(clipId, video.err, poster.err);
        return false;
    }
    const bool written
        = writeFile(dir + QStringLiteral("/master.m3u8"),
                    "#EXTM3U\n#EXT-X-VERSION:3\n"
                    "#EXT-X-STREAM-INF:BANDWIDTH=300000,RESOLUTION=320x180\n180p/index.m3u8\n")
        && writeFile(dir + QStringLiteral("/captions.vtt"),
                     "WEBVTT\n\n00:00.000 --> 00:01.500\nA test clip for Lectern.\n")
        && writeManifest(clipId, playlistSeconds(dir + QStringLiteral("/180p/index.m3u8")),
                         creditsSeconds);
    if (!written)
        *problem = QStringLiteral("cannot write the files of %1").arg(clipId);
    return written;
}

bool ServerMediaTest::writeManifest(const QString &clipId, double durationSeconds,
                                    double creditsSeconds)
{
    const QString dir = clipDir(clipId);
    QStringList paths;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir(dir).relativeFilePath(it.next());
        if (path != u"manifest.json")
            paths.append(path);
    }
    paths.sort();
    QJsonArray files;
    for (const QString &path : std::as_const(paths)) {
        const QByteArray bytes = readFile(dir + u'/' + path);
        files.append(
            QJsonObject{{QStringLiteral("path"), path},
                        {QStringLiteral("size"), bytes.size()},
                        {QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(bytes))}});
    }
    const QJsonObject manifest{
        {QStringLiteral("format"), 1},
        {QStringLiteral("clip_id"), clipId},
        {QStringLiteral("duration_seconds"), durationSeconds},
        {QStringLiteral("credits_seconds"), creditsSeconds},
        {QStringLiteral("renditions"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("180p")},
                                {QStringLiteral("height"), 180},
                                {QStringLiteral("bandwidth"), 300000},
                                {QStringLiteral("playlist"), QStringLiteral("180p/index.m3u8")}}}},
        {QStringLiteral("captions"), QStringLiteral("captions.vtt")},
        {QStringLiteral("poster"), QStringLiteral("poster.jpg")},
        {QStringLiteral("files"), files},
    };
    return writeJson(dir + QStringLiteral("/manifest.json"), manifest);
}

void ServerMediaTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(testing::serverBinary()).isExecutable(),
             qPrintable(testing::serverBinary()));
    // Not a skip: without ffmpeg this test would prove nothing about media.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty(),
             "ffmpeg is required to make the test's HLS clip; install it "
             "(scripts/install-deps.sh or apt-get install ffmpeg).");
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    m_contentDir = m_dir.filePath(QStringLiteral("content"));
    m_mediaDir = m_dir.filePath(QStringLiteral("media"));
    m_pristineMedia = m_dir.filePath(QStringLiteral("media-pristine"));
    QVERIFY(restoreContent());

    // clip-a plays PAIN-701-w1-l1; clip-b, shorter, every other lecture, as the demo shares
    // clips between lectures.
    QString problem;
    QVERIFY2(makeClip(QStringLiteral("clip-a"), QStringLiteral("6"), 1.0, &problem),
             qPrintable(problem));
    QVERIFY2(makeClip(QStringLiteral("clip-b"), QStringLiteral("3.6"), 0.6, &problem),
             qPrintable(problem));
    QJsonObject lectures;
    for (const QString &course :
         {QStringLiteral("PAIN-701"), QStringLiteral("PAIN-702"), QStringLiteral("PAIN-703"),
          QStringLiteral("PAIN-719"), QStringLiteral("PAIN-722")}) {
        for (const QString &lecture : {QStringLiteral("-w1-l1"), QStringLiteral("-w1-l2")})
            lectures.insert(course + lecture, QStringLiteral("clip-b"));
    }
    lectures.insert(kPublishedLecture, QStringLiteral("clip-a"));
    QVERIFY(writeJson(
        m_mediaDir + QStringLiteral("/lectures.json"),
        QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("lectures"), lectures}}));
    QVERIFY(copyTree(m_mediaDir, m_pristineMedia));

    const CliRun imported
        = runProgram(testing::serverBinary(),
                     {QStringLiteral("import"), m_contentDir, QStringLiteral("--data"), m_dataDir,
                      QStringLiteral("--demo-users"), QStringLiteral("--media"), m_mediaDir});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("10 of 10 lecture(s) have a clip; 2 clip(s) "
                                                  "copied")),
             qPrintable(imported.out));

    m_server.start(testing::serverBinary(),
                   {QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir,
                    QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(m_server.waitForStarted());
    static const QRegularExpression listening(
        QStringLiteral("lectern-server listening on (http://127\\.0\\.0\\.1:(\\d+))"));
    QString output;
    QElapsedTimer timer;
    timer.start();
    QRegularExpressionMatch match;
    while (!match.hasMatch() && timer.elapsed() < 20000 && m_server.state() == QProcess::Running) {
        m_server.waitForReadyRead(200);
        output += QString::fromUtf8(m_server.readAllStandardOutput());
        match = listening.match(output);
    }
    QVERIFY2(match.hasMatch(), qPrintable(output + m_server.readAllStandardError()));
    m_base = QUrl(match.captured(1));

    m_learnerToken = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    m_facultyToken = login(QStringLiteral("faculty"), QStringLiteral("faculty-demo"));
    QVERIFY(!m_learnerToken.isEmpty());
    QVERIFY(!m_facultyToken.isEmpty());
}

// Tests that import edited content or media put the fixture back, so every test starts from
// the same store and media folder.
void ServerMediaTest::cleanup()
{
    if (!m_mediaEdited && !m_contentEdited)
        return;
    m_mediaEdited = false;
    m_contentEdited = false;
    QVERIFY(restoreMedia());
    QVERIFY(restoreContent());
    const CliRun run = import();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void ServerMediaTest::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(10000)) {
            m_server.kill();
            m_server.waitForFinished();
        }
    }
}

CliRun ServerMediaTest::import(bool withMedia)
{
    QStringList arguments{QStringLiteral("import"), m_contentDir, QStringLiteral("--data"),
                          m_dataDir};
    if (withMedia)
        arguments << QStringLiteral("--media") << m_mediaDir;
    return runProgram(testing::serverBinary(), arguments);
}

bool ServerMediaTest::restoreMedia()
{
    return copyTree(m_pristineMedia, m_mediaDir);
}

bool ServerMediaTest::restoreContent()
{
    return copyTree(testing::sourceDir() + QStringLiteral("/tests/data/mini-programme"),
                    m_contentDir);
}

Reply ServerMediaTest::request(const QByteArray &method, const QString &pathAndQuery,
                               const QString &token, const QByteArray &range)
{
    QNetworkRequest networkRequest(m_base.resolved(QUrl(pathAndQuery)));
    networkRequest.setTransferTimeout(30000);
    if (!token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!range.isEmpty())
        networkRequest.setRawHeader("Range", range);
    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!reply->isFinished() && !finished.wait(30000)) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QString ServerMediaTest::login(const QString &username, const QString &password)
{
    QNetworkRequest networkRequest(m_base.resolved(QUrl(QStringLiteral("/api/v1/auth/login"))));
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply
        = m_network.post(networkRequest,
                         QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                   {QStringLiteral("password"), password}})
                             .toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json.value(QStringLiteral("token")).toString();
}

// A lecture of a course as the learner's catalog feed carries it now.
QJsonObject ServerMediaTest::lectureJson(const QString &courseCode, int index)
{
    const Reply page = request("GET", QStringLiteral("/api/v1/catalog?limit=200"), m_learnerToken);
    QJsonObject course;
    for (const QJsonValue &value : page.json.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        if (change.value(QStringLiteral("id")).toString() == courseCode)
            course = change.value(QStringLiteral("data")).toObject();
    }
    return course.value(QStringLiteral("weeks"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("lectures"))
        .toArray()
        .at(index)
        .toObject();
}

QJsonObject ServerMediaTest::mediaOf(const QString &lectureId, const QString &token)
{
    const Reply reply
        = request("GET", QStringLiteral("/api/v1/lectures/%1/media").arg(lectureId), token);
    return reply.status == 200 ? reply.json : QJsonObject();
}

// A digest of every table, read straight from the file (as tst_serverapi does).
QByteArray ServerMediaTest::storeChecksum()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString name = QStringLiteral("media-checksum");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dataDir + QStringLiteral("/lectern.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {};
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM %1").arg(table));
            QStringList dump;
            while (rows.next()) {
                QStringList fields;
                for (int i = 0; i < rows.record().count(); ++i)
                    fields.append(rows.value(i).toString());
                dump.append(fields.join(u'\x1f'));
            }
            dump.sort();
            hash.addData(table.toUtf8());
            hash.addData(dump.join(u'\x1e').toUtf8());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

QByteArray ServerMediaTest::secret() const
{
    return readFile(m_dataDir + QStringLiteral("/media-secret")).trimmed();
}

// The signed base URL as docs/media.md defines it, computed here independently of the server.
QString ServerMediaTest::signedBase(const QString &lectureId, qint64 expires) const
{
    const QByteArray signature
        = QCryptographicHash::hash(QByteArray::number(expires) + '/' + lectureId.toUtf8() + ' '
                                       + secret(),
                                   QCryptographicHash::Md5)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QStringLiteral("/media/%1/%2/%3/")
        .arg(expires)
        .arg(QString::fromLatin1(signature), lectureId);
}

void ServerMediaTest::importTakesDurationsAndCreditsFromTheClips()
{
    // The content file says 30 s and 32 s; the clips measure 6 s and 3.6 s.
    const QJsonObject first = lectureJson(QStringLiteral("PAIN-701"), 0);
    QCOMPARE(first.value(QStringLiteral("id")).toString(), kPublishedLecture);
    QCOMPARE(first.value(QStringLiteral("duration_seconds")).toInt(), 6);
    QCOMPARE(first.value(QStringLiteral("credits_seconds")).toInt(), 1);
    const QJsonObject second = lectureJson(QStringLiteral("PAIN-701"), 1);
    QCOMPARE(second.value(QStringLiteral("id")).toString(), kSecondLecture);
    // 3.6 rounded down: played to its end, the lecture must read 100% watched.
    QCOMPARE(second.value(QStringLiteral("duration_seconds")).toInt(), 3);
    QCOMPARE(second.value(QStringLiteral("credits_seconds")).toInt(), 1); // 0.6 rounded
}

void ServerMediaTest::importCopiesClipsAndLinksLecturesForNginx()
{
    const QString media = m_dataDir + QStringLiteral("/media");
    for (const QString &clip : {QStringLiteral("clip-a"), QStringLiteral("clip-b")}) {
        QCOMPARE(treeChecksum(media + QStringLiteral("/clips/") + clip),
                 treeChecksum(clipDir(clip)));
    }
    // Relative links, so the data folder can move; nginx serves media through them.
    QCOMPARE(readLink(media + QStringLiteral("/by-lecture/") + kPublishedLecture),
             QStringLiteral("../clips/clip-a"));
    QCOMPARE(readLink(media + QStringLiteral("/by-lecture/") + kDraftLecture),
             QStringLiteral("../clips/clip-b"));
    QVERIFY(QFileInfo(media + QStringLiteral("/by-lecture/") + kPublishedLecture
                      + QStringLiteral("/master.m3u8"))
                .isFile());
    // DATA/media is itself a media folder (docs/media.md).
    const QJsonObject lectures = readJson(media + QStringLiteral("/lectures.json"))
                                     .value(QStringLiteral("lectures"))
                                     .toObject();
    QCOMPARE(lectures.size(), 10);
    QCOMPARE(lectures.value(kPublishedLecture).toString(), QStringLiteral("clip-a"));
    // No staging folder is left behind.
    QCOMPARE(QDir(media).entryList({QStringLiteral(".import-*")}, QDir::AllEntries | QDir::Hidden),
             QStringList());
}

void ServerMediaTest::reimportWithTheSameMediaCopiesNothing()
{
    const QByteArray before = storeChecksum();
    const QString installed = m_dataDir + QStringLiteral("/media/clips/clip-a/180p/seg_000.ts");
    const QDateTime modified = QFileInfo(installed).lastModified();
    const CliRun run = import();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("0 clip(s) copied")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("5 unchanged")), qPrintable(run.out));
    QCOMPARE(QFileInfo(installed).lastModified(), modified);
    QCOMPARE(storeChecksum(), before);
}

void ServerMediaTest::changedClipDurationIsANewCourseChange()
{
    const Reply start = request("GET", QStringLiteral("/api/v1/catalog?limit=200"), m_learnerToken);
    const QString cursor = start.json.value(QStringLiteral("cursor")).toString();
    QVERIFY(!cursor.isEmpty());

    m_mediaEdited = true;
    QVERIFY(writeManifest(QStringLiteral("clip-a"), 7.2, 1.0));
    const CliRun run = import();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("1 changed")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("1 clip(s) copied")), qPrintable(run.out));

    const Reply after = request(
        "GET", QStringLiteral("/api/v1/catalog?limit=200&since=%1").arg(cursor), m_learnerToken);
    const QJsonArray changes = after.json.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("PAIN-701"));
    QCOMPARE(lectureJson(QStringLiteral("PAIN-701"), 0)
                 .value(QStringLiteral("duration_seconds"))
                 .toInt(),
             7);
    QCOMPARE(mediaOf(kPublishedLecture, m_learnerToken)
                 .value(QStringLiteral("duration_seconds"))
                 .toDouble(),
             7.2);
}

void ServerMediaTest::importWithoutMediaKeepsTheLecturesClips()
{
    // A third lecture for PAIN-701, imported without --media: it has no clip yet, and the
    // other lectures keep theirs and the durations they measured.
    m_contentEdited = true;
    QVERIFY(
        editJson(m_contentDir + QStringLiteral("/courses/PAIN-701.json"), [](QJsonObject &json) {
            QJsonArray weeks = json.value(QStringLiteral("weeks")).toArray();
            QJsonObject week = weeks.at(0).toObject();
            QJsonArray lectures = week.value(QStringLiteral("lectures")).toArray();
            QJsonObject lecture = lectures.at(0).toObject();
            lecture.insert(QStringLiteral("id"), QStringLiteral("PAIN-701-w1-l3"));
            lecture.insert(QStringLiteral("title"), QStringLiteral("A New Lecture"));
            lectures.append(lecture);
            week.insert(QStringLiteral("lectures"), lectures);
            weeks.replace(0, week);
            json.insert(QStringLiteral("weeks"), weeks);
        }));
    const CliRun run = import(false);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("10 of 11 lecture(s) have a clip")),
             qPrintable(run.out));

    const Reply noMedia
        = request("GET", QStringLiteral("/api/v1/lectures/PAIN-701-w1-l3/media"), m_learnerToken);
    QCOMPARE(noMedia.status, 404);
    QCOMPARE(noMedia.errorCode(), QStringLiteral("no_media"));
    QCOMPARE(lectureJson(QStringLiteral("PAIN-701"), 2)
                 .value(QStringLiteral("duration_seconds"))
                 .toInt(),
             30); // the content file's, until it has a clip
    QCOMPARE(lectureJson(QStringLiteral("PAIN-701"), 0)
                 .value(QStringLiteral("duration_seconds"))
                 .toInt(),
             6);
    QVERIFY(!mediaOf(kPublishedLecture, m_learnerToken).isEmpty());

    // With --media, the new lecture must have a clip.
    const CliRun refused = import();
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("lectures.json: lecture PAIN-701-w1-l3 "
                                                 "(course PAIN-701) has no clip")),
             qPrintable(refused.err));
}

void ServerMediaTest::invalidMediaChangesNothing_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("expected"); // what the error output must name
    QTest::newRow("no lectures.json") << "no-map"
                                      << "lectures.json: cannot be read";
    QTest::newRow("lectures.json not json") << "bad-map"
                                            << "lectures.json:1: is not valid JSON";
    QTest::newRow("lecture without clip") << "unmapped"
                                          << "lecture PAIN-702-w1-l2 (course PAIN-702) has no "
                                             "clip";
    QTest::newRow("clip id with a slash") << "slash-id"
                                          << "lectures.json:";
    QTest::newRow("missing clip") << "missing-clip"
                                  << "clips/clip-x/manifest.json: cannot be read";
    QTest::newRow("wrong size") << "wrong-size"
                                << "clips/clip-a/180p/seg_000.ts: has ";
    QTest::newRow("missing file") << "missing-file"
                                  << "clips/clip-b/captions.vtt: is missing";
    QTest::newRow("unsafe path") << "unsafe-path"
                                 << "clips/clip-a/manifest.json:";
    QTest::newRow("newer format") << "format"
                                  << "only format 1 is understood";
    QTest::newRow("clip id mismatch") << "clip-id"
                                      << "does not match its folder";
    QTest::newRow("credits too long") << "credits"
                                      << "credits_seconds must be";
    QTest::newRow("corrupt file") << "checksum"
                                  << "does not match its manifest";
}

void ServerMediaTest::invalidMediaChangesNothing()
{
    QFETCH(QString, edit);
    QFETCH(QString, expected);
    const QByteArray storeBefore = storeChecksum();
    const QString installed = m_dataDir + QStringLiteral("/media");
    const QByteArray mediaBefore = treeChecksum(installed);

    m_mediaEdited = true;
    const QString map = m_mediaDir + QStringLiteral("/lectures.json");
    const QString manifestA = clipDir(QStringLiteral("clip-a")) + QStringLiteral("/manifest.json");
    const auto editLectures = [&](const std::function<void(QJsonObject &)> &change) {
        return editJson(map, [&](QJsonObject &json) {
            QJsonObject lectures = json.value(QStringLiteral("lectures")).toObject();
            change(lectures);
            json.insert(QStringLiteral("lectures"), lectures);
        });
    };
    const auto editFirstFile = [&](const std::function<void(QJsonObject &)> &change) {
        return editJson(manifestA, [&](QJsonObject &json) {
            QJsonArray files = json.value(QStringLiteral("files")).toArray();
            QJsonObject file = files.at(1).toObject(); // 180p/seg_000.ts
            change(file);
            files.replace(1, file);
            json.insert(QStringLiteral("files"), files);
        });
    };
    bool edited = false;
    if (edit == u"no-map") {
        edited = QFile::remove(map);
    } else if (edit == u"bad-map") {
        edited = writeFile(map, "{\"format\": 1, \"lectures\": {");
    } else if (edit == u"unmapped") {
        edited = editLectures([](QJsonObject &l) { l.remove(QStringLiteral("PAIN-702-w1-l2")); });
    } else if (edit == u"slash-id") {
        edited = editLectures([](QJsonObject &l) {
            l.insert(QStringLiteral("PAIN-702-w1-l2"), QStringLiteral("../clip-a"));
        });
    } else if (edit == u"missing-clip") {
        edited = editLectures([](QJsonObject &l) {
            l.insert(QStringLiteral("PAIN-702-w1-l2"), QStringLiteral("clip-x"));
        });
    } else if (edit == u"wrong-size") {
        edited = editFirstFile([](QJsonObject &f) {
            f.insert(QStringLiteral("size"), f.value(QStringLiteral("size")).toInt() + 1);
        });
    } else if (edit == u"missing-file") {
        edited = QFile::remove(clipDir(QStringLiteral("clip-b")) + QStringLiteral("/captions.vtt"));
    } else if (edit == u"unsafe-path") {
        edited = editFirstFile([](QJsonObject &f) {
            f.insert(QStringLiteral("path"), QStringLiteral("../clip-b/180p/seg_000.ts"));
        });
    } else if (edit == u"format") {
        edited = editJson(manifestA, [](QJsonObject &j) { j.insert(QStringLiteral("format"), 2); });
    } else if (edit == u"clip-id") {
        edited = editJson(manifestA, [](QJsonObject &j) {
            j.insert(QStringLiteral("clip_id"), QStringLiteral("clip-b"));
        });
    } else if (edit == u"credits") {
        edited = editJson(manifestA,
                          [](QJsonObject &j) { j.insert(QStringLiteral("credits_seconds"), 60); });
    } else if (edit == u"checksum") {
        // Same size, other bytes, and a changed manifest so the clip is copied (and checked).
        edited = editFirstFile(
            [](QJsonObject &f) { f.insert(QStringLiteral("sha256"), QString(64, u'0')); });
    }
    QVERIFY2(edited, qPrintable(edit));

    const CliRun run = import();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("othing was imported")), qPrintable(run.err));
    QCOMPARE(storeChecksum(), storeBefore);
    QCOMPARE(treeChecksum(installed), mediaBefore);
}

void ServerMediaTest::mediaSecretIsPrivateToTheServer()
{
    const QString path = m_dataDir + QStringLiteral("/media-secret");
    QVERIFY(QFileInfo::exists(path));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
    // 32 random bytes as base64url: text that fits in nginx's secure_link_md5.
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$"))
                 .match(QString::fromLatin1(secret()))
                 .hasMatch(),
             secret().constData());
}

void ServerMediaTest::mediaNeedsASignedInUser_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("no token") << QString();
    QTest::newRow("unknown token") << QStringLiteral("not-a-token");
}

void ServerMediaTest::mediaNeedsASignedInUser()
{
    QFETCH(QString, token);
    const Reply reply
        = request("GET", QStringLiteral("/api/v1/lectures/%1/media").arg(kPublishedLecture), token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
    QVERIFY(!reply.body.contains("/media/"));
}

void ServerMediaTest::learnerGetsSignedMediaForAPublishedLecture()
{
    const Reply reply = request(
        "GET", QStringLiteral("/api/v1/lectures/%1/media").arg(kPublishedLecture), m_learnerToken);
    QCOMPARE(reply.status, 200);
    const QJsonObject &json = reply.json;
    QCOMPARE(json.value(QStringLiteral("lecture_id")).toString(), kPublishedLecture);
    const QRegularExpressionMatch base
        = QRegularExpression(
              QStringLiteral("^/media/(\\d+)/([A-Za-z0-9_-]{22})/%1/$").arg(kPublishedLecture))
              .match(json.value(QStringLiteral("base_url")).toString());
    QVERIFY2(base.hasMatch(), qPrintable(json.value(QStringLiteral("base_url")).toString()));
    const qint64 expires = base.captured(1).toLongLong();
    QVERIFY(qAbs(expires - QDateTime::currentSecsSinceEpoch() - kUrlLifetime) < 120);
    QCOMPARE(json.value(QStringLiteral("expires_at")).toString(),
             QDateTime::fromSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate));
    QCOMPARE(json.value(QStringLiteral("master")).toString(), QStringLiteral("master.m3u8"));
    QCOMPARE(json.value(QStringLiteral("captions")).toString(), QStringLiteral("captions.vtt"));
    QCOMPARE(json.value(QStringLiteral("poster")).toString(), QStringLiteral("poster.jpg"));
    const QJsonObject manifest
        = readJson(clipDir(QStringLiteral("clip-a")) + QStringLiteral("/manifest.json"));
    QCOMPARE(json.value(QStringLiteral("duration_seconds")).toDouble(),
             manifest.value(QStringLiteral("duration_seconds")).toDouble());
    QCOMPARE(json.value(QStringLiteral("credits_seconds")).toDouble(), 1.0);
    QCOMPARE(json.value(QStringLiteral("renditions")),
             manifest.value(QStringLiteral("renditions")));
    QCOMPARE(json.value(QStringLiteral("files")), manifest.value(QStringLiteral("files")));

    // The client's decoder accepts it.
    const Result<LectureMedia> decoded = codec::lectureMediaFromJson(json, m_base);
    QVERIFY2(decoded.isOk(), decoded.isOk() ? "" : qPrintable(decoded.error().message));
    QCOMPARE(decoded.value().files.size(),
             manifest.value(QStringLiteral("files")).toArray().size());
}

void ServerMediaTest::draftLectureIsHiddenFromLearnersButNotFromItsFaculty()
{
    const Reply learner = request(
        "GET", QStringLiteral("/api/v1/lectures/%1/media").arg(kDraftLecture), m_learnerToken);
    QCOMPARE(learner.status, 404);
    QCOMPARE(learner.errorCode(), QStringLiteral("not_found"));
    // Exactly what a lecture that does not exist gets: the draft's existence does not leak.
    const Reply missing
        = request("GET", QStringLiteral("/api/v1/lectures/PAIN-702-w9-l9/media"), m_learnerToken);
    QCOMPARE(QString::fromUtf8(learner.body).replace(kDraftLecture, QStringLiteral("X")),
             QString::fromUtf8(missing.body)
                 .replace(QStringLiteral("PAIN-702-w9-l9"), QStringLiteral("X")));

    QCOMPARE(mediaOf(kDraftLecture, m_facultyToken).value(QStringLiteral("lecture_id")).toString(),
             kDraftLecture);
    // Faculty see published courses too, as in their catalog feed.
    QVERIFY(!mediaOf(QStringLiteral("PAIN-703-w1-l1"), m_facultyToken).isEmpty());
}

void ServerMediaTest::unknownLectureIsNotFound_data()
{
    QTest::addColumn<QString>("lectureId");
    QTest::newRow("unknown") << QStringLiteral("NOPE-101-w1-l1");
    QTest::newRow("not an id") << QStringLiteral("bad%20id");
    QTest::newRow("dots") << QStringLiteral("..");
}

void ServerMediaTest::unknownLectureIsNotFound()
{
    QFETCH(QString, lectureId);
    const Reply reply = request("GET", QStringLiteral("/api/v1/lectures/%1/media").arg(lectureId),
                                m_learnerToken);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
}

void ServerMediaTest::filesDownloadAndMatchTheManifest()
{
    const QJsonObject media = mediaOf(kPublishedLecture, m_learnerToken);
    const QString base = media.value(QStringLiteral("base_url")).toString();
    const QJsonArray files = media.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 7); // master, playlist, 3 segments, captions, poster
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(QStringLiteral("path")).toString();
        const Reply reply = request("GET", base + path);
        QVERIFY2(reply.status == 200, qPrintable(path));
        QCOMPARE(reply.body.size(), file.value(QStringLiteral("size")).toInteger());
        QCOMPARE(QString::fromLatin1(sha256Hex(reply.body)),
                 file.value(QStringLiteral("sha256")).toString());
        QCOMPARE(reply.header("Content-Type"), expectedContentType(path));
        QCOMPARE(reply.header("Accept-Ranges"), QByteArray("bytes"));
        const QRegularExpressionMatch cache
            = QRegularExpression(QStringLiteral("^private, max-age=(\\d+)$"))
                  .match(QString::fromLatin1(reply.header("Cache-Control")));
        QVERIFY2(cache.hasMatch(), reply.header("Cache-Control").constData());
        QVERIFY(cache.captured(1).toInt() > 0 && cache.captured(1).toInt() <= kUrlLifetime);
    }
    // The playlists' relative URIs resolve under the same signed base.
    const Reply master = request("GET", base + QStringLiteral("master.m3u8"));
    QVERIFY(master.body.contains("180p/index.m3u8"));
    QCOMPARE(request("GET", base + QStringLiteral("180p/seg_002.ts")).status, 200);
    // manifest.json is a file of the clip too.
    const Reply manifest = request("GET", base + QStringLiteral("manifest.json"));
    QCOMPARE(manifest.status, 200);
    QCOMPARE(manifest.header("Content-Type"), expectedContentType(QStringLiteral("x.json")));
    // The segments are real MPEG-TS: 188-byte packets starting with the sync byte.
    const QByteArray segment = request("GET", base + QStringLiteral("180p/seg_000.ts")).body;
    QVERIFY(segment.size() % 188 == 0 && segment.at(0) == 0x47 && segment.at(188) == 0x47);
}

void ServerMediaTest::signatureFollowsTheDocumentedFormula()
{
    // A URL signed here with the secret from DATA/media-secret works: the formula in
    // docs/media.md (and nginx's secure_link_md5) is the one the server checks.
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + 600;
    const Reply reply
        = request("GET", signedBase(kSecondLecture, expires) + QStringLiteral("captions.vtt"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.startsWith("WEBVTT"));
    // Caches may keep a file as long as its URL works, and no longer.
    const qint64 maxAge
        = reply.header("Cache-Control").mid(int(qstrlen("private, max-age="))).toLongLong();
    QVERIFY2(maxAge > 590 && maxAge <= 600, reply.header("Cache-Control").constData());
}

void ServerMediaTest::forgedSignatureIsForbidden_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("one character") << QStringLiteral("signature");
    QTest::newRow("other lecture") << QStringLiteral("lecture");
    QTest::newRow("later expiry") << QStringLiteral("expires");
    QTest::newRow("padded") << QStringLiteral("padded");
    QTest::newRow("leading zero") << QStringLiteral("zero");
}

void ServerMediaTest::forgedSignatureIsForbidden()
{
    QFETCH(QString, change);
    const QString base
        = mediaOf(kPublishedLecture, m_learnerToken).value(QStringLiteral("base_url")).toString();
    QStringList parts = base.split(u'/'); // "", media, EXPIRES, SIGNATURE, LECTURE, ""
    QCOMPARE(parts.size(), 6);
    if (change == u"signature") {
        parts = forgedBase(base).split(u'/');
    } else if (change == u"lecture") {
        parts[4] = kSecondLecture; // clip-b: a real lecture, not the one signed for
    } else if (change == u"expires") {
        parts[2] = QString::number(parts.at(2).toLongLong() + 3600);
    } else if (change == u"padded") {
        parts[3] += QStringLiteral("==");
    } else if (change == u"zero") {
        parts[2] = u'0' + parts.at(2);
    }
    const Reply reply = request("GET", parts.join(u'/') + QStringLiteral("master.m3u8"));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
}

void ServerMediaTest::expiredSignatureIsForbidden()
{
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 60;
    const Reply reply
        = request("GET", signedBase(kPublishedLecture, past) + QStringLiteral("master.m3u8"));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    QVERIFY(!reply.body.contains("#EXTM3U"));
}

void ServerMediaTest::unsignedMediaIsRefused_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("bare") << QByteArray("/media/x");
    QTest::newRow("folder") << QByteArray("/media/");
    QTest::newRow("no signature") << QByteArray("/media/PAIN-701-w1-l1/master.m3u8");
    QTest::newRow("no expiry") << QByteArray("/media/Q2xhQ2xhQ2xhQ2xhQ2xhQQ/PAIN-701-w1-l1/"
                                             "master.m3u8");
    QTest::newRow("words") << QByteArray("/media/tomorrow/please/PAIN-701-w1-l1/master.m3u8");
    QTest::newRow("by clip") << QByteArray("/media/clips/clip-a/master.m3u8");
}

void ServerMediaTest::unsignedMediaIsRefused()
{
    QFETCH(QByteArray, target);
    const RawReply reply = rawRequest(quint16(m_base.port()), "GET", target);
    QVERIFY2(reply.status == 403 || reply.status == 404, qPrintable(QString::number(reply.status)));
    QVERIFY(!reply.body.contains("#EXTM3U"));
}

void ServerMediaTest::pathsOutsideTheClipAreNotFound_data()
{
    QTest::addColumn<QByteArray>("path"); // after the signed base URL, sent as is
    QTest::newRow("dot dot") << QByteArray("../../../../../../../etc/passwd");
    QTest::newRow("dot dot inside") << QByteArray("180p/../master.m3u8");
    QTest::newRow("encoded dots") << QByteArray("%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
    QTest::newRow("encoded slash") << QByteArray("..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd");
    QTest::newRow("encoded both") << QByteArray("%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd");
    QTest::newRow("double encoded") << QByteArray("%252e%252e/%252e%252e/etc/passwd");
    QTest::newRow("absolute") << QByteArray("/etc/passwd");
    QTest::newRow("encoded absolute") << QByteArray("%2fetc%2fpasswd");
    QTest::newRow("backslashes") << QByteArray("..%5c..%5c..%5c..%5cetc%5cpasswd");
    QTest::newRow("nul") << QByteArray("master.m3u8%00.ts");
    QTest::newRow("empty segment") << QByteArray("180p//seg_000.ts");
    QTest::newRow("dot") << QByteArray("./master.m3u8");
    QTest::newRow("manifest of another clip") << QByteArray("../clip-b/manifest.json");
    QTest::newRow("symlink to a file") << QByteArray("link-out.ts");
    QTest::newRow("symlink to a folder") << QByteArray("folder-out/passwd");
    QTest::newRow("folder") << QByteArray("180p");
    QTest::newRow("nothing") << QByteArray("");
    QTest::newRow("missing") << QByteArray("180p/seg_999.ts");
}

void ServerMediaTest::pathsOutsideTheClipAreNotFound()
{
    QFETCH(QByteArray, path);
    // Links an attacker (or a careless copy) could have put into the installed clip.
    const QString installed = m_dataDir + QStringLiteral("/media/clips/clip-a/");
    QFile::link(QStringLiteral("/etc/passwd"), installed + QStringLiteral("link-out.ts"));
    QFile::link(QStringLiteral("/etc"), installed + QStringLiteral("folder-out"));
    QVERIFY(QFileInfo(installed + QStringLiteral("link-out.ts")).isSymLink());

    const QByteArray base = mediaOf(kPublishedLecture, m_learnerToken)
                                .value(QStringLiteral("base_url"))
                                .toString()
                                .toLatin1();
    const RawReply reply = rawRequest(quint16(m_base.port()), "GET", base + path);
    QFile::remove(installed + QStringLiteral("link-out.ts"));
    QFile::remove(installed + QStringLiteral("folder-out"));
    QCOMPARE(reply.status, 404);
    QVERIFY(!reply.body.contains("root:"));
    QVERIFY(!reply.body.contains("#EXTM3U"));
    QVERIFY(!reply.body.contains("clip_id"));
}

void ServerMediaTest::rangeRequestsServeTheAskedBytes_data()
{
    const QByteArray file
        = readFile(clipDir(QStringLiteral("clip-a")) + QStringLiteral("/180p/seg_000.ts"));
    const qint64 size = file.size();
    const QByteArray total = '/' + QByteArray::number(size);
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentRange");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("first 100") << QByteArray("bytes=0-99") << 206 << "bytes 0-99" + total
                               << file.left(100);
    QTest::newRow("middle") << QByteArray("bytes=1000-1187") << 206 << "bytes 1000-1187" + total
                            << file.mid(1000, 188);
    QTest::newRow("from 100") << QByteArray("bytes=100-") << 206
                              << "bytes 100-" + QByteArray::number(size - 1) + total
                              << file.mid(100);
    QTest::newRow("last 10") << QByteArray("bytes=-10") << 206
                             << "bytes " + QByteArray::number(size - 10) + '-'
            + QByteArray::number(size - 1) + total
                             << file.right(10);
    QTest::newRow("past the end") << QByteArray("bytes=100-999999999") << 206
                                  << "bytes 100-" + QByteArray::number(size - 1) + total
                                  << file.mid(100);
    QTest::newRow("suffix longer than file")
        << QByteArray("bytes=-999999999") << 206
        << "bytes 0-" + QByteArray::number(size - 1) + total << file;
    QTest::newRow("beyond") << QByteArray("bytes=500000000-") << 416 << "bytes *" + total
                            << QByteArray();
    QTest::newRow("empty suffix") << QByteArray("bytes=-0") << 416 << "bytes *" + total
                                  << QByteArray();
    QTest::newRow("several ranges: whole file")
        << QByteArray("bytes=0-1,5-6") << 200 << QByteArray() << file;
    QTest::newRow("other unit: whole file")
        << QByteArray("items=0-1") << 200 << QByteArray() << file;
    QTest::newRow("backwards: whole file")
        << QByteArray("bytes=9-1") << 200 << QByteArray() << file;
}

void ServerMediaTest::rangeRequestsServeTheAskedBytes()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(QByteArray, contentRange);
    QFETCH(QByteArray, body);
    const QString base
        = mediaOf(kPublishedLecture, m_learnerToken).value(QStringLiteral("base_url")).toString();
    const Reply reply = request("GET", base + QStringLiteral("180p/seg_000.ts"), {}, range);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Range"), contentRange);
    if (status == 416)
        QCOMPARE(reply.errorCode(), QStringLiteral("range_not_satisfiable"));
    else
        QVERIFY2(reply.body == body, qPrintable(QStringLiteral("%1 bytes").arg(reply.body.size())));
}

void ServerMediaTest::headSendsHeadersOnly()
{
    const QByteArray base = mediaOf(kPublishedLecture, m_learnerToken)
                                .value(QStringLiteral("base_url"))
                                .toString()
                                .toLatin1();
    const qint64 size
        = QFileInfo(clipDir(QStringLiteral("clip-a")) + QStringLiteral("/poster.jpg")).size();
    const RawReply head = rawRequest(quint16(m_base.port()), "HEAD", base + "poster.jpg");
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length").toLongLong(), size);
    QCOMPARE(head.header("Content-Type"), QByteArray("image/jpeg"));
    QCOMPARE(head.header("Accept-Ranges"), QByteArray("bytes"));
    QCOMPARE(head.extra, QByteArray());

    const RawReply ranged
        = rawRequest(quint16(m_base.port()), "HEAD", base + "poster.jpg", "Range: bytes=-10\r\n");
    QCOMPARE(ranged.status, 206);
    QCOMPARE(ranged.header("Content-Length"), QByteArray("10"));
    QCOMPARE(ranged.extra, QByteArray());

    const RawReply forged = rawRequest(quint16(m_base.port()), "HEAD",
                                       "/media/1/AAAAAAAAAAAAAAAAAAAAAA/PAIN-701-w1-l1/poster.jpg");
    QCOMPARE(forged.status, 403);
    QCOMPARE(forged.extra, QByteArray());
}

// packaging/nginx/lectern.conf with its placeholders filled in, in front of this test's
// server: nginx must accept the URLs lectern-server signs, and refuse what it refuses.
void ServerMediaTest::nginxServesTheSameSignedUrls()
{
    const QString nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    // scripts/packages.txt installs all three; a machine without them has not been set up,
    // and a skipped check would pass for a checked one.
    if (nginx.isEmpty() || openssl.isEmpty() || !QSslSocket::supportsSsl())
        QFAIL("nginx, openssl or Qt's TLS support is missing: run scripts/install-deps.sh.");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun certificate
        = runProgram(openssl,
                     {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=localhost"), QStringLiteral("-days"), QStringLiteral("1"),
                      QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                      QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    QVERIFY2(certificate.exitCode == 0, qPrintable(certificate.err));

    const quint16 httpsPort = freePort();
    const quint16 httpPort = freePort();
    QString site = QString::fromUtf8(
        readFile(testing::sourceDir() + QStringLiteral("/packaging/nginx/lectern.conf")));
    QVERIFY(!site.isEmpty());
    const QList<std::pair<QString, QString>> substitutions{
        {QStringLiteral("listen 443 ssl http2;"),
         QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(httpsPort)},
        {QStringLiteral("listen 80;"), QStringLiteral("listen 127.0.0.1:%1;").arg(httpPort)},
        {QStringLiteral("/etc/ssl/lectern/fullchain.pem"),
         dir.filePath(QStringLiteral("cert.pem"))},
        {QStringLiteral("/etc/ssl/lectern/privkey.pem"), dir.filePath(QStringLiteral("key.pem"))},
        {QStringLiteral("server 127.0.0.1:8080;"),
         QStringLiteral("server 127.0.0.1:%1;").arg(m_base.port())},
        {QStringLiteral("CHANGE_ME_MEDIA_SECRET"), QString::fromLatin1(secret())},
        {QStringLiteral("/var/lib/lectern/media"), m_dataDir + QStringLiteral("/media")},
    };
    for (const auto &[placeholder, value] : substitutions) {
        QVERIFY2(site.contains(placeholder), qPrintable(placeholder));
        site.replace(placeholder, value);
    }
    // No IPv6 in every test machine.
    site.remove(QRegularExpression(QStringLiteral("\\n\\s*listen \\[::\\][^\\n]*")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("site.conf")), site.toUtf8()));
    const QString prefix = dir.path();
    QVERIFY(writeFile(dir.filePath(QStringLiteral("nginx.conf")),
                      QStringLiteral("pid %1/nginx.pid;\nerror_log %1/error.log;\n"
                                     "master_process off;\ndaemon off;\nevents {}\nhttp {\n"
                                     "    access_log off;\n"
                                     "    client_body_temp_path %1/body;\n"
                                     "    proxy_temp_path %1/proxy;\n"
                                     "    fastcgi_temp_path %1/fastcgi;\n"
                                     "    uwsgi_temp_path %1/uwsgi;\n"
                                     "    scgi_temp_path %1/scgi;\n"
                                     "    include %1/site.conf;\n}\n")
                          .arg(prefix)
                          .toUtf8()));
    const QStringList arguments{QStringLiteral("-p"), prefix,
                                QStringLiteral("-c"), dir.filePath(QStringLiteral("nginx.conf")),
                                QStringLiteral("-e"), dir.filePath(QStringLiteral("error.log"))};
    const CliRun tested = runProgram(nginx, QStringList{QStringLiteral("-t")} + arguments);
    QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));

    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(nginx, arguments);
    QVERIFY(server.waitForStarted());
    const auto stop = qScopeGuard([&server] {
        server.terminate();
        if (!server.waitForFinished(5000)) {
            server.kill();
            server.waitForFinished();
        }
    });
    const auto listening = [httpsPort] {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), httpsPort);
        return probe.waitForConnected(200);
    };
    QTRY_VERIFY_WITH_TIMEOUT(listening(), 10000);

    const QUrl root(QStringLiteral("https://127.0.0.1:%1").arg(httpsPort));
    const auto get = [&](const QString &path, const QByteArray &range = {}) {
        QNetworkRequest networkRequest(root.resolved(QUrl(path)));
        networkRequest.setTransferTimeout(30000);
        if (!range.isEmpty())
            networkRequest.setRawHeader("Range", range);
        QNetworkReply *reply = m_network.get(networkRequest);
        reply->ignoreSslErrors();
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    };

    QCOMPARE(get(QStringLiteral("/healthz")).status, 200); // proxied to lectern-server
    const QString base
        = mediaOf(kPublishedLecture, m_learnerToken).value(QStringLiteral("base_url")).toString();
    const QString clip = m_dataDir + QStringLiteral("/media/clips/clip-a/");
    for (const QString &path : {QStringLiteral("master.m3u8"), QStringLiteral("180p/index.m3u8"),
                                QStringLiteral("180p/seg_001.ts"), QStringLiteral("captions.vtt"),
                                QStringLiteral("poster.jpg")}) {
        const Reply reply = get(base + path);
        QVERIFY2(reply.status == 200, qPrintable(path));
        QVERIFY2(reply.body == readFile(clip + path), qPrintable(path));
        QCOMPARE(reply.header("Content-Type"), expectedContentType(path));
    }
    const Reply ranged = get(base + QStringLiteral("180p/seg_000.ts"), "bytes=-10");
    QCOMPARE(ranged.status, 206);
    QCOMPARE(ranged.body, readFile(clip + QStringLiteral("180p/seg_000.ts")).right(10));
    QCOMPARE(get(base + QStringLiteral("180p/seg_000.ts"), "bytes=500000000-").status, 416);

    QCOMPARE(get(forgedBase(base) + QStringLiteral("master.m3u8")).status, 403);
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 60;
    QCOMPARE(get(signedBase(kPublishedLecture, past) + QStringLiteral("master.m3u8")).status, 403);
    QCOMPARE(get(QStringLiteral("/media/x")).status, 403);

    // Never a file outside the clip, whatever the path.
    QFile::link(QStringLiteral("/etc/passwd"), clip + QStringLiteral("link-out.ts"));
    const Reply linked = get(base + QStringLiteral("link-out.ts"));
    QFile::remove(clip + QStringLiteral("link-out.ts"));
    QVERIFY(linked.status == 403 || linked.status == 404);
    QVERIFY(!linked.body.contains("root:"));
    for (const QByteArray &path :
         {QByteArray("../../../../../etc/passwd"), QByteArray("..%2f..%2f..%2fetc%2fpasswd"),
          QByteArray("%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
          QByteArray("../../clips/clip-b/poster.jpg")}) {
        const RawReply reply
            = rawRequest(httpsPort, "GET", base.toLatin1() + path, {}, Transport::Tls);
        // 400 when the ".." climbs above the root, 403 or 404 otherwise; never the file.
        QVERIFY2(
            reply.status == 400 || reply.status == 403 || reply.status == 404,
            qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(path)).arg(reply.status)));
        QVERIFY(!reply.body.contains("root:"));
    }
    // Plain HTTP only redirects to HTTPS.
    QCOMPARE(rawRequest(httpPort, "GET", base.toLatin1() + "poster.jpg").status, 301);

    // Logins are rate limited: after the burst, 429 before the server spends argon2id on them.
    QList<int> statuses;
    for (int i = 0; i < 10; ++i) {
        QNetworkRequest networkRequest(root.resolved(QUrl(QStringLiteral("/api/v1/auth/login"))));
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply
            = m_network.post(networkRequest, R"({"username": "nobody", "password": "x"})");
        reply->ignoreSslErrors();
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        reply->deleteLater();
    }
    QStringList seen;
    for (const int status : std::as_const(statuses))
        seen.append(QString::number(status));
    QVERIFY2(statuses.contains(401) && statuses.contains(429), qPrintable(seen.join(u' ')));
}

QTEST_GUILESS_MAIN(ServerMediaTest)
#include "tst_servermedia.moc"
