#include "downloadmanager.h"

#include "domain/logging.h"
#include "store/localstore.h"
#include "sync/apiclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QUuid>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace lectern {
namespace {

constexpr qint64 kChunkSize = 32 * 1024; // one write, one progress report
const QLatin1String kPartSuffix(".part");
const QLatin1String kRemovingPrefix(".removing-");

struct HashOutcome
{
    QByteArray hex;
    QString error; // why the file could not be read
};

// Runs on the thread pool: reads the file in chunks, never all at once.
HashOutcome sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {{}, file.errorString()};
    return {hash.result().toHex(), {}};
}

// A lecture id becomes a folder name: nothing that could leave DATA_DIR/media.
bool isSafeLectureId(const QString &id)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return safe.match(id).hasMatch() && !id.contains(QStringLiteral(".."));
}

bool isInside(const QString &root, const QString &path)
{
    const QString cleanRoot = QDir::cleanPath(root) + u'/';
    return QDir::cleanPath(path).startsWith(cleanRoot);
}

bool isNetworkLoss(const Error &error)
{
    return error.code == u"offline" || error.code == u"timeout";
}

} // namespace

struct DownloadManager::Transfer
{
    QString lectureId;
    int generation = 0;
    LectureMedia media; // fresh signed URLs for this run
    qsizetype fileIndex = -1;
    QNetworkReply *reply = nullptr;
    QFile part;
    qint64 requestOffset = 0; // the Range this request asked for
    bool metaDataSeen = false;
    bool replyAccepted = false; // 2xx with the range that was asked for
    bool refreshedUrls = false;
    bool restartedFile = false;
    QElapsedTimer sinceSave;
};

DownloadManager::DownloadManager(QNetworkAccessManager *network, ApiClient *api, LocalStore *store,
                                 const QString &mediaRoot, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_api(api)
    , m_store(store)
    , m_mediaRoot(QDir::cleanPath(QDir(mediaRoot).absolutePath()))
{
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(kNotifyIntervalMs);
    connect(&m_notifyTimer, &QTimer::timeout, this, &DownloadManager::flushChanges);
    qCDebug(lcMedia) << "downloads in" << m_mediaRoot;
}

void DownloadManager::watchNetwork()
{
    if (m_watchingNetwork)
        return;
    m_watchingNetwork = true;
    // Metered networks are known only where a backend reports them (NetworkManager, glib);
    // elsewhere the option cannot be honoured and downloads run on any network.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Metered)
        && !QNetworkInformation::instance()) {
        QNetworkInformation::loadDefaultBackend();
    }
    if (QNetworkInformation *information = QNetworkInformation::instance()) {
        m_meteredDetectable = information->supports(QNetworkInformation::Feature::Metered);
        connect(information, &QNetworkInformation::isMeteredChanged, this,
                &DownloadManager::networkChanged);
    }
    qCDebug(lcMedia) << "metered networks detectable:" << m_meteredDetectable;
}

bool DownloadManager::canDetectMeteredNetworks()
{
    watchNetwork();
    return m_meteredDetectable;
}

DownloadManager::~DownloadManager()
{
    // What arrived is kept: the record stays "active" and is queued again on the next start.
    if (m_transfer) {
        const QString id = m_transfer->lectureId;
        stopTransfer();
        if (DownloadRecord *record = find(id))
            save(*record);
    }
}

void DownloadManager::load()
{
    connect(
        m_store, &LocalStore::downloadsLoaded, this,
        [this](const QList<DownloadRecord> &records) {
            QList<DownloadRecord> added = std::exchange(m_records, records);
            for (DownloadRecord &record : m_records) {
                // Interrupted by the end of the program: continue it with the queue.
                if (record.state == DownloadState::Active)
                    record.state = DownloadState::Queued;
                if (record.state == DownloadState::Done)
                    m_completed.insert(record.lectureId);
            }
            for (const DownloadRecord &record : added) {
                if (!find(record.lectureId))
                    m_records.append(record);
            }
            m_loaded = true;
            QStringList ids;
            for (const DownloadRecord &record : m_records)
                ids.append(record.lectureId);
            qCInfo(lcMedia) << "downloads loaded:" << m_records.size() << "of which"
                            << m_completed.size() << "complete";
            Q_EMIT loaded();
            if (!ids.isEmpty())
                Q_EMIT downloadsChanged(ids);
            if (m_started) {
                sizeQueued();
                startNext();
            }
        },
        Qt::SingleShotConnection);
    m_store->loadDownloadsAsync();

    // Folders whose removal a previous run did not finish.
    const QStringList leftovers = QDir(m_mediaRoot)
                                      .entryList({kRemovingPrefix + u'*'},
                                                 QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    if (!leftovers.isEmpty()) {
        QStringList paths;
        for (const QString &name : leftovers)
            paths.append(QDir(m_mediaRoot).filePath(name));
        [[maybe_unused]] const QFuture<void> removal = QtConcurrent::run([paths] {
            for (const QString &path : paths)
                QDir(path).removeRecursively();
        });
    }
}

void DownloadManager::startQueue()
{
    watchNetwork(); // before the first transfer asks whether to wait for an unmetered network
    m_started = true;
    // Downloads that stopped because the network was gone continue once it is back.
    for (const QString &id : std::exchange(m_retryOnStart, {})) {
        DownloadRecord *record = find(id);
        if (record && record->state == DownloadState::Failed) {
            record->state = DownloadState::Queued;
            record->error.clear();
            save(*record);
            markChanged(id);
        }
    }
    sizeQueued();
    startNext();
}

std::optional<DownloadRecord> DownloadManager::download(const QString &lectureId) const
{
    if (const DownloadRecord *record = find(lectureId))
        return *record;
    return std::nullopt;
}

std::optional<LectureMedia> DownloadManager::localMedia(const QString &lectureId) const
{
    const DownloadRecord *record = find(lectureId);
    if (!record || !m_completed.contains(lectureId) || record->media.isEmpty())
        return std::nullopt;
    if (!QFileInfo::exists(localPath(*record, record->media.master)))
        return std::nullopt;
    LectureMedia media;
    media.lectureId = lectureId;
    media.baseUrl = QUrl::fromLocalFile(QDir::cleanPath(record->localDir) + u'/');
    media.master = record->media.master;
    media.captions = record->media.captions;
    media.poster = record->media.poster;
    media.durationSeconds = record->media.durationSeconds;
    media.creditsSeconds = record->media.creditsSeconds;
    media.renditions = record->media.renditions;
    for (const DownloadFile &file : record->files)
        media.files.append(MediaFile{file.path, file.size, file.sha256});
    return media;
}

void DownloadManager::measure(const QStringList &lectureIds, QObject *context,
                              std::function<void(Result<qint64>)> done)
{
    struct Measuring
    {
        qsizetype pending = 0;
        qint64 total = 0;
        std::optional<Error> error;
        QPointer<QObject> context;
        std::function<void(Result<qint64>)> done;
    };
    auto measuring = std::make_shared<Measuring>();
    measuring->context = context;
    measuring->done = std::move(done);
    auto deliver = [measuring] {
        if (!measuring->context)
            return;
        if (measuring->error)
            measuring->done(*measuring->error);
        else
            measuring->done(measuring->total);
    };

    QStringList toFetch;
    for (const QString &id : lectureIds) {
        const DownloadRecord *record = find(id);
        if (record && record->state == DownloadState::Done)
            continue;
        if (record && !record->files.isEmpty()) {
            measuring->total += record->totalBytes - record->filesDoneBytes();
            continue;
        }
        toFetch.append(id);
    }
    measuring->pending = toFetch.size();
    if (toFetch.isEmpty()) {
        QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection);
        return;
    }
    for (const QString &id : std::as_const(toFetch)) {
        m_api->fetchLectureMedia(id, this,
                                 [this, id, measuring, deliver](Result<LectureMedia> media) {
                                     if (media) {
                                         measuring->total += media.value().totalSize();
                                         m_manifests.insert(id, media.value());
                                     } else if (!measuring->error) {
                                         measuring->error = media.error();
                                     }
                                     if (--measuring->pending == 0)
                                         deliver();
                                 });
    }
}

void DownloadManager::enqueue(const QList<LectureRef> &lectures)
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    for (const LectureRef &lecture : lectures) {
        if (!isSafeLectureId(lecture.lectureId)) {
            qCWarning(lcMedia) << "not downloading lecture with unusable id" << lecture.lectureId;
            continue;
        }
        if (DownloadRecord *existing = find(lecture.lectureId)) {
            if (existing->state == DownloadState::Paused
                || existing->state == DownloadState::Failed) {
                existing->state = DownloadState::Queued;
                existing->error.clear();
                m_retryOnStart.remove(existing->lectureId);
                save(*existing);
                markChanged(existing->lectureId);
            }
            continue;
        }
        DownloadRecord record;
        record.lectureId = lecture.lectureId;
        record.courseCode = lecture.courseCode;
        record.weekNumber = lecture.weekNumber;
        record.title = lecture.title;
        record.state = DownloadState::Queued;
        record.localDir = QDir(m_mediaRoot).filePath(lecture.lectureId);
        record.queuedAt = now;
        now = now.addMSecs(1); // keeps the order the lectures were given in
        if (const auto manifest = m_manifests.constFind(lecture.lectureId);
            manifest != m_manifests.cend()) {
            adoptManifest(record, *manifest);
        }
        m_records.append(record);
        save(m_records.last());
        markChanged(record.lectureId);
    }
    m_started = true;
    sizeQueued();
    startNext();
}

void DownloadManager::pause(const QString &lectureId)
{
    DownloadRecord *record = find(lectureId);
    if (!record)
        return;
    const bool wasActive = record->state == DownloadState::Active;
    if (!wasActive && record->state != DownloadState::Queued)
        return;
    if (wasActive && m_transfer && m_transfer->lectureId == lectureId) {
        stopTransfer();
        m_transfer.reset();
    }
    record->state = DownloadState::Paused;
    record->doneBytes = record->filesDoneBytes();
    save(*record);
    markChanged(lectureId);
    flushChanges();
    if (wasActive)
        startNext();
}

void DownloadManager::resume(const QString &lectureId)
{
    DownloadRecord *record = find(lectureId);
    if (!record
        || (record->state != DownloadState::Paused && record->state != DownloadState::Failed)) {
        return;
    }
    record->state = DownloadState::Queued;
    record->error.clear();
    m_retryOnStart.remove(lectureId);
    save(*record);
    markChanged(lectureId);
    m_started = true;
    sizeQueued();
    startNext();
}

void DownloadManager::remove(const QStringList &lectureIds)
{
    QStringList removed;
    QStringList folders;
    for (const QString &id : lectureIds) {
        const auto it = std::find_if(m_records.begin(), m_records.end(),
                                     [&id](const DownloadRecord &r) { return r.lectureId == id; });
        if (it == m_records.end())
            continue;
        if (m_transfer && m_transfer->lectureId == id) {
            stopTransfer();
            m_transfer.reset();
        }
        folders.append(it->localDir);
        m_completed.remove(id);
        m_retryOnStart.remove(id);
        m_records.erase(it);
        m_changed.removeAll(id);
        removed.append(id);
    }
    if (removed.isEmpty())
        return;
    m_store->removeDownloadsAsync(removed);

    // Renamed aside at once (so a new download of the same lecture starts clean), deleted
    // on the thread pool (a course is hundreds of files).
    QStringList toDelete;
    for (const QString &folder : std::as_const(folders)) {
        if (!isInside(m_mediaRoot, folder)) {
            qCWarning(lcMedia) << "not deleting" << folder << "outside" << m_mediaRoot;
            continue;
        }
        if (!QFileInfo::exists(folder))
            continue;
        const QString aside
            = QDir(m_mediaRoot)
                  .filePath(kRemovingPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces));
        toDelete.append(QDir().rename(folder, aside) ? aside : folder);
    }
    if (!toDelete.isEmpty()) {
        [[maybe_unused]] const QFuture<void> removal = QtConcurrent::run([toDelete] {
            for (const QString &path : toDelete)
                QDir(path).removeRecursively();
        });
    }
    qCInfo(lcMedia) << "removed downloads" << removed;
    Q_EMIT downloadsRemoved(removed);
    startNext();
}

void DownloadManager::verify(const QString &lectureId)
{
    const DownloadRecord *record = find(lectureId);
    if (!record || record->state != DownloadState::Done)
        return;
    struct Check
    {
        qsizetype index;
        QString path;
        QByteArray sha256;
    };
    QList<Check> checks;
    for (qsizetype i = 0; i < record->files.size(); ++i)
        checks.append(
            {i, localPath(*record, record->files.at(i).path), record->files.at(i).sha256});

    auto *watcher = new QFutureWatcher<QList<qsizetype>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, lectureId] {
        watcher->deleteLater();
        const QList<qsizetype> damaged = watcher->result();
        DownloadRecord *checked = find(lectureId);
        if (!checked || checked->state != DownloadState::Done)
            return;
        if (damaged.isEmpty()) {
            qCInfo(lcMedia) << lectureId << "checked: every file intact";
            Q_EMIT downloadsChanged({lectureId});
            return;
        }
        for (qsizetype index : damaged) {
            DownloadFile &file = checked->files[index];
            QFile::remove(localPath(*checked, file.path));
            file.verified = false;
            file.doneBytes = 0;
        }
        const Error error{
            QStringLiteral("checksum_mismatch"),
            tr("%n file(s) of this lecture no longer match the server's checksum (%1) and were "
               "deleted. Press Resume to download them again.",
               nullptr, int(damaged.size()))
                .arg(checked->files.at(damaged.first()).path)};
        qCWarning(lcMedia) << lectureId << error.message;
        checked->state = DownloadState::Failed;
        checked->error = error.message;
        checked->doneBytes = checked->filesDoneBytes();
        m_completed.remove(lectureId);
        save(*checked);
        markChanged(lectureId);
        flushChanges();
        Q_EMIT downloadFailed(lectureId, error);
    });
    watcher->setFuture(QtConcurrent::run([checks] {
        QList<qsizetype> damaged;
        for (const Check &check : checks) {
            const HashOutcome outcome = sha256Of(check.path);
            if (!outcome.error.isEmpty() || outcome.hex != check.sha256)
                damaged.append(check.index);
        }
        return damaged;
    }));
}

void DownloadManager::setUnmeteredOnly(bool unmeteredOnly)
{
    if (m_unmeteredOnly == unmeteredOnly)
        return;
    m_unmeteredOnly = unmeteredOnly;
    watchNetwork();
    networkChanged();
}

DownloadRecord *DownloadManager::find(const QString &lectureId)
{
    const auto it = std::find_if(m_records.begin(), m_records.end(),
                                 [&](const DownloadRecord &r) { return r.lectureId == lectureId; });
    return it == m_records.end() ? nullptr : &*it;
}

const DownloadRecord *DownloadManager::find(const QString &lectureId) const
{
    return const_cast<DownloadManager *>(this)->find(lectureId);
}

QString DownloadManager::localPath(const DownloadRecord &record, const QString &relativePath) const
{
    return QDir(record.localDir).filePath(relativePath);
}

void DownloadManager::save(DownloadRecord &record)
{
    record.updatedAt = QDateTime::currentDateTimeUtc();
    m_store->saveDownloadAsync(record);
}

void DownloadManager::markChanged(const QString &lectureId)
{
    if (!m_changed.contains(lectureId))
        m_changed.append(lectureId);
    if (!m_notifyTimer.isActive())
        m_notifyTimer.start();
}

void DownloadManager::flushChanges()
{
    m_notifyTimer.stop();
    if (m_changed.isEmpty())
        return;
    Q_EMIT downloadsChanged(std::exchange(m_changed, {}));
}

void DownloadManager::startNext()
{
    if (m_transfer || !m_loaded || !m_started)
        return;
    const auto next = std::find_if(m_records.begin(), m_records.end(), [](const DownloadRecord &r) {
        return r.state == DownloadState::Queued;
    });
    if (next == m_records.end()) {
        setWaitingForUnmetered(false);
        return;
    }
    if (mustWaitForUnmetered()) {
        setWaitingForUnmetered(true);
        return;
    }
    setWaitingForUnmetered(false);
    beginTransfer(*next);
}

void DownloadManager::sizeQueued()
{
    for (const DownloadRecord &record : std::as_const(m_records)) {
        const bool waiting
            = record.state == DownloadState::Queued || record.state == DownloadState::Paused;
        if (!waiting || !record.files.isEmpty() || m_sizing.contains(record.lectureId))
            continue;
        const QString id = record.lectureId;
        m_sizing.insert(id);
        m_api->fetchLectureMedia(id, this, [this, id](Result<LectureMedia> media) {
            m_sizing.remove(id);
            DownloadRecord *sized = find(id);
            // The running transfer reads its own manifest; a failure shows when it runs.
            if (!media || !sized || !sized->files.isEmpty()
                || sized->state == DownloadState::Active) {
                return;
            }
            adoptManifest(*sized, media.value());
            save(*sized);
            markChanged(id);
        });
    }
}

void DownloadManager::adoptManifest(DownloadRecord &record, const LectureMedia &media)
{
    QHash<QString, DownloadFile> known;
    for (const DownloadFile &file : std::as_const(record.files))
        known.insert(file.path, file);
    QList<DownloadFile> files;
    for (const MediaFile &entry : media.files) {
        DownloadFile file{entry.path, entry.size, entry.sha256.toLower(), 0, false};
        const auto old = known.constFind(entry.path);
        if (old != known.cend() && old->size == file.size && old->sha256 == file.sha256) {
            file.doneBytes = old->doneBytes;
            file.verified = old->verified;
        } else if (old != known.cend()) {
            // The clip changed on the server: what is kept of the old file is of no use.
            const QString path = localPath(record, entry.path);
            QFile::remove(path);
            QFile::remove(path + kPartSuffix);
        }
        files.append(file);
    }
    record.files = files;
    record.media.master = media.master;
    record.media.captions = media.captions;
    record.media.poster = media.poster;
    record.media.durationSeconds = media.durationSeconds;
    record.media.creditsSeconds = media.creditsSeconds;
    record.media.renditions = media.renditions;
    record.totalBytes = media.totalSize();
    record.doneBytes = record.filesDoneBytes();
}

void DownloadManager::beginTransfer(DownloadRecord &record)
{
    record.state = DownloadState::Active;
    record.error.clear();
    save(record);
    markChanged(record.lectureId);
    m_transfer = std::make_unique<Transfer>();
    m_transfer->lectureId = record.lectureId;
    m_transfer->generation = ++m_generation;
    m_transfer->sinceSave.start();
    qCInfo(lcMedia) << "downloading" << record.lectureId;

    // Signed URLs expire: every start asks for fresh ones.
    const int generation = m_transfer->generation;
    m_api->fetchLectureMedia(
        record.lectureId, this, [this, generation](Result<LectureMedia> media) {
            if (!m_transfer || m_transfer->generation != generation)
                return;
            if (!media) {
                return fail(Error{media.error().code,
                                  tr("The lecture's video could not be found on the server: %1")
                                      .arg(media.error().message)});
            }
            DownloadRecord *current = find(m_transfer->lectureId);
            adoptManifest(*current, media.value());
            if (current->files.isEmpty()) {
                return fail(Error{QStringLiteral("no_files"),
                                  tr("The server lists no files for this lecture's video.")});
            }
            m_transfer->media = media.value();
            save(*current);
            markChanged(current->lectureId);
            nextFile();
        });
}

void DownloadManager::nextFile()
{
    Transfer &transfer = *m_transfer;
    DownloadRecord &record = *find(transfer.lectureId);
    qsizetype index = 0;
    for (; index < record.files.size(); ++index) {
        DownloadFile &file = record.files[index];
        if (!file.verified)
            break;
        // A verified file someone deleted since is downloaded again.
        if (!QFileInfo::exists(localPath(record, file.path))) {
            file.verified = false;
            file.doneBytes = 0;
            break;
        }
    }
    if (index == record.files.size())
        return finishLecture();

    transfer.fileIndex = index;
    DownloadFile &file = record.files[index];
    const QString target = localPath(record, file.path);
    const QString partPath = target + kPartSuffix;
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return fail(
            Error{QStringLiteral("disk_error"),
                  tr("Cannot create the folder %1.").arg(QFileInfo(target).absolutePath())});
    }
    // A whole file that was never checked (the program stopped while hashing) is checked
    // like a part.
    if (!QFileInfo::exists(partPath) && QFileInfo::exists(target))
        QFile::rename(target, partPath);
    qint64 have = QFileInfo(partPath).size();
    if (have > file.size) {
        QFile::remove(partPath);
        have = 0;
    }
    file.doneBytes = have;
    record.doneBytes = record.filesDoneBytes();
    if (have == file.size)
        return verifyFile();

    transfer.part.setFileName(partPath);
    const QIODevice::OpenMode mode = have > 0 ? QIODevice::WriteOnly | QIODevice::Append
                                              : QIODevice::WriteOnly | QIODevice::Truncate;
    if (!transfer.part.open(mode)) {
        return fail(Error{QStringLiteral("disk_error"),
                          tr("Cannot write %1: %2").arg(partPath, transfer.part.errorString())});
    }
    QNetworkRequest request(transfer.media.url(file.path));
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setRawHeader("User-Agent", "Lectern/" LECTERN_VERSION);
    // The bytes as the server stores them: ranges and checksums count exactly these.
    request.setRawHeader("Accept-Encoding", "identity");
    if (have > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    transfer.requestOffset = have;
    transfer.metaDataSeen = false;
    transfer.replyAccepted = false;
    qCDebug(lcMedia) << "fetching" << file.path << "from byte" << have;

    QNetworkReply *reply = m_network->get(request);
    reply->setReadBufferSize(m_readBufferSize);
    transfer.reply = reply;
    auto isCurrent = [this, reply] {
        return m_transfer && m_transfer->reply == reply;
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, isCurrent] {
        if (isCurrent())
            replyMetaData();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, isCurrent] {
        if (isCurrent())
            readReply();
    });
    connect(reply, &QNetworkReply::finished, this, [this, isCurrent] {
        if (isCurrent())
            replyFinished();
    });
}

void DownloadManager::replyMetaData()
{
    Transfer &transfer = *m_transfer;
    if (transfer.metaDataSeen)
        return;
    transfer.metaDataSeen = true;
    const int status = transfer.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 206) {
        const QByteArray expected = "bytes " + QByteArray::number(transfer.requestOffset) + '-';
        transfer.replyAccepted = transfer.reply->rawHeader("Content-Range").startsWith(expected);
    } else if (status == 200) {
        transfer.replyAccepted = true;
        if (transfer.requestOffset > 0) {
            // The server sent the whole file instead of the rest: start the part over.
            transfer.part.resize(0);
            transfer.requestOffset = 0;
            find(transfer.lectureId)->files[transfer.fileIndex].doneBytes = 0;
        }
    }
}

bool DownloadManager::writeChunk(const QByteArray &chunk)
{
    Transfer &transfer = *m_transfer;
    if (transfer.part.write(chunk) != chunk.size()) {
        fail(Error{QStringLiteral("disk_error"),
                   tr("Cannot write %1: %2. Is the disk full?")
                       .arg(transfer.part.fileName(), transfer.part.errorString())});
        return false;
    }
    DownloadRecord &record = *find(transfer.lectureId);
    record.files[transfer.fileIndex].doneBytes += chunk.size();
    record.doneBytes = record.filesDoneBytes();
    markChanged(record.lectureId);
    if (transfer.sinceSave.hasExpired(kSaveIntervalMs)) {
        transfer.part.flush();
        save(record);
        transfer.sinceSave.restart();
    }
    return true;
}

void DownloadManager::readReply()
{
    if (!m_transfer->metaDataSeen)
        replyMetaData();
    if (!m_transfer->replyAccepted)
        return; // an error body: finished() reads it
    QNetworkReply *reply = m_transfer->reply;
    const QString lectureId = m_transfer->lectureId;
    while (reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(kChunkSize);
        if (chunk.isEmpty() || !writeChunk(chunk))
            return;
        const DownloadFile &file = find(lectureId)->files.at(m_transfer->fileIndex);
        const QString path = file.path;
        const qint64 done = file.doneBytes;
        const qint64 size = file.size;
        Q_EMIT fileProgressed(lectureId, path, done, size);
        // A receiver may have paused or removed this very download.
        if (!m_transfer || m_transfer->reply != reply)
            return;
    }
}

void DownloadManager::replyFinished()
{
    Transfer &transfer = *m_transfer;
    if (!transfer.metaDataSeen)
        replyMetaData();
    QNetworkReply *reply = std::exchange(transfer.reply, nullptr);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    DownloadRecord &record = *find(transfer.lectureId);
    DownloadFile &file = record.files[transfer.fileIndex];

    // What arrived before a failure is a true prefix of the file: keep it for the next Range.
    if (transfer.replyAccepted) {
        while (reply->bytesAvailable() > 0) {
            if (!writeChunk(reply->read(kChunkSize)))
                return;
        }
    }
    transfer.part.close();
    record.doneBytes = record.filesDoneBytes();

    if (status == 403 && !transfer.refreshedUrls) {
        // The signed link expired during the download: ask for fresh ones, once.
        transfer.refreshedUrls = true;
        const int generation = transfer.generation;
        m_api->fetchLectureMedia(record.lectureId, this,
                                 [this, generation](Result<LectureMedia> media) {
                                     if (!m_transfer || m_transfer->generation != generation)
                                         return;
                                     if (!media)
                                         return fail(media.error());
                                     m_transfer->media = media.value();
                                     nextFile();
                                 });
        return;
    }
    if ((status == 416 || (status == 206 && !transfer.replyAccepted)) && !transfer.restartedFile) {
        // The part does not fit the server's file: fetch that file again from its start.
        transfer.restartedFile = true;
        QFile::remove(transfer.part.fileName());
        file.doneBytes = 0;
        return nextFile();
    }
    if (networkError != QNetworkReply::NoError || status < 200 || status >= 300)
        return fail(transferError(status, networkError, reply->errorString(), file.path));
    if (file.doneBytes != file.size) {
        return fail(Error{QStringLiteral("incomplete"),
                          tr("%1 arrived incomplete (%2 of %3 bytes). Press Resume to fetch the "
                             "rest.")
                              .arg(file.path)
                              .arg(file.doneBytes)
                              .arg(file.size)});
    }
    verifyFile();
}

void DownloadManager::verifyFile()
{
    const Transfer &transfer = *m_transfer;
    const DownloadRecord &record = *find(transfer.lectureId);
    const QString partPath
        = localPath(record, record.files.at(transfer.fileIndex).path) + kPartSuffix;
    const QString lectureId = transfer.lectureId;
    const qsizetype index = transfer.fileIndex;
    const int generation = transfer.generation;
    auto *watcher = new QFutureWatcher<HashOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, lectureId, index] {
                watcher->deleteLater();
                if (!m_transfer || m_transfer->generation != generation)
                    return;
                const HashOutcome outcome = watcher->result();
                fileVerified(lectureId, index, outcome.hex, outcome.error);
            });
    watcher->setFuture(QtConcurrent::run(sha256Of, partPath));
}

void DownloadManager::fileVerified(const QString &lectureId, qsizetype fileIndex,
                                   const QByteArray &hex, const QString &readError)
{
    DownloadRecord &record = *find(lectureId);
    DownloadFile &file = record.files[fileIndex];
    const QString target = localPath(record, file.path);
    const QString partPath = target + kPartSuffix;
    if (!readError.isEmpty()) {
        return fail(Error{QStringLiteral("disk_error"),
                          tr("Cannot read %1 to check it: %2").arg(partPath, readError)});
    }
    if (hex != file.sha256) {
        qCWarning(lcMedia) << lectureId << file.path << "checksum mismatch: expected" << file.sha256
                           << "got" << hex;
        QFile::remove(partPath);
        file.doneBytes = 0;
        record.doneBytes = record.filesDoneBytes();
        return fail(Error{QStringLiteral("checksum_mismatch"),
                          tr("%1 arrived damaged: its SHA-256 checksum does not match the "
                             "server's, so it was deleted. Press Resume to download it again.")
                              .arg(file.path)});
    }
    if (QFileInfo::exists(target))
        QFile::remove(target);
    if (!QFile::rename(partPath, target)) {
        return fail(Error{QStringLiteral("disk_error"),
                          tr("Cannot rename %1 to %2.").arg(partPath, target)});
    }
    file.verified = true;
    file.doneBytes = file.size;
    record.doneBytes = record.filesDoneBytes();
    save(record);
    markChanged(lectureId);
    nextFile();
}

void DownloadManager::finishLecture()
{
    const QString lectureId = m_transfer->lectureId;
    m_transfer.reset();
    DownloadRecord &record = *find(lectureId);
    record.state = DownloadState::Done;
    record.error.clear();
    record.doneBytes = record.filesDoneBytes();
    save(record);
    m_completed.insert(lectureId);
    qCInfo(lcMedia) << "downloaded" << lectureId << record.doneBytes << "bytes, all verified";
    markChanged(lectureId);
    flushChanges();
    Q_EMIT downloadFinished(lectureId);
    startNext();
}

void DownloadManager::fail(const Error &error)
{
    const QString lectureId = m_transfer->lectureId;
    stopTransfer();
    m_transfer.reset();
    DownloadRecord *record = find(lectureId);
    if (!record)
        return;
    record->state = DownloadState::Failed;
    record->error = error.message;
    record->doneBytes = record->filesDoneBytes();
    save(*record);
    qCWarning(lcMedia) << "download of" << lectureId << "failed:" << error.code << error.message;
    markChanged(lectureId);
    flushChanges();
    if (isNetworkLoss(error)) {
        // The rest of the queue would hit the same wall: wait for the next sync or a Resume.
        m_retryOnStart.insert(lectureId);
        m_started = false;
    }
    Q_EMIT downloadFailed(lectureId, error);
    startNext();
}

void DownloadManager::stopTransfer()
{
    if (!m_transfer)
        return;
    if (QNetworkReply *reply = std::exchange(m_transfer->reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_transfer->part.isOpen())
        m_transfer->part.close();
}

Error DownloadManager::transferError(int httpStatus, int networkError, const QString &errorString,
                                     const QString &path) const
{
    if (httpStatus == 0) {
        switch (QNetworkReply::NetworkError(networkError)) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            return {QStringLiteral("timeout"),
                    tr("The download stopped: the server sent nothing for %1 seconds. Press "
                       "Resume to continue where it stopped.")
                        .arg(kTransferTimeoutMs / 1000)};
        default:
            return {QStringLiteral("offline"),
                    tr("The download stopped: the server cannot be reached (%1). Press Resume "
                       "to continue where it stopped.")
                        .arg(errorString)};
        }
    }
    if (httpStatus == 403)
        return {QStringLiteral("forbidden"),
                tr("The server refused the download link for %1 (HTTP 403). Press Resume to ask "
                   "for a new one.")
                    .arg(path)};
    if (httpStatus == 404)
        return {QStringLiteral("not_found"),
                tr("The server has no file %1 for this lecture (HTTP 404).").arg(path)};
    if (httpStatus >= 500)
        return {QStringLiteral("server_error"),
                tr("The server had a problem sending %1 (HTTP %2). Press Resume to try again.")
                    .arg(path)
                    .arg(httpStatus)};
    return {QStringLiteral("http_%1").arg(httpStatus),
            tr("The server refused to send %1 (HTTP %2).").arg(path).arg(httpStatus)};
}

bool DownloadManager::mustWaitForUnmetered() const
{
    const QNetworkInformation *information = QNetworkInformation::instance();
    return m_unmeteredOnly && m_meteredDetectable && information && information->isMetered();
}

void DownloadManager::setWaitingForUnmetered(bool waiting)
{
    if (m_waitingForUnmetered == waiting)
        return;
    m_waitingForUnmetered = waiting;
    Q_EMIT waitingForUnmeteredNetworkChanged(waiting);
}

void DownloadManager::networkChanged()
{
    if (m_transfer && mustWaitForUnmetered()) {
        // On a metered network now: back in the queue, to continue on an unmetered one.
        const QString lectureId = m_transfer->lectureId;
        stopTransfer();
        m_transfer.reset();
        if (DownloadRecord *record = find(lectureId)) {
            record->state = DownloadState::Queued;
            save(*record);
            markChanged(lectureId);
        }
        setWaitingForUnmetered(true);
        return;
    }
    startNext();
}

} // namespace lectern
