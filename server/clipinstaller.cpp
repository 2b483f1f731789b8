#include "clipinstaller.h"

#include "serverlog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

namespace lectern {
namespace {

namespace fs = std::filesystem;

Error mediaError(const QString &message)
{
    return Error{QStringLiteral("media_copy"), message};
}

fs::path toPath(const QString &path)
{
    return fs::path(path.toStdString());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Copies one file, hashing it on the way, and checks it against the manifest, so a clip that
// changed after it was checked, or a disk that lies, does not end up installed.
Status copyChecked(const QString &from, const QString &to, const ClipFile &expected)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return mediaError(QStringLiteral("Cannot read %1: %2").arg(from, in.errorString()));
    if (!QDir().mkpath(QFileInfo(to).path()))
        return mediaError(QStringLiteral("Cannot create the folder of %1.").arg(to));
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return mediaError(QStringLiteral("Cannot write %1: %2").arg(to, out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 copied = 0;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 read = in.read(buffer.data(), buffer.size());
        if (read < 0)
            return mediaError(QStringLiteral("Cannot read %1: %2").arg(from, in.errorString()));
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
        if (out.write(buffer.constData(), read) != read)
            return mediaError(QStringLiteral("Cannot write %1: %2").arg(to, out.errorString()));
        copied += read;
    }
    if (!out.flush())
        return mediaError(QStringLiteral("Cannot write %1: %2").arg(to, out.errorString()));
    if (copied != expected.size || hash.result().toHex() != expected.sha256) {
        return mediaError(QStringLiteral("%1 does not match its manifest (%2 bytes, SHA-256 %3; "
                                         "the manifest says %4 bytes, %5).")
                              .arg(from)
                              .arg(copied)
                              .arg(QString::fromLatin1(hash.result().toHex()))
                              .arg(expected.size)
                              .arg(QString::fromLatin1(expected.sha256)));
    }
    return ok();
}

Status renameFolder(const QString &from, const QString &to)
{
    std::error_code error;
    fs::rename(toPath(from), toPath(to), error);
    if (error) {
        return mediaError(QStringLiteral("Cannot move %1 to %2: %3")
                              .arg(from, to, QString::fromStdString(error.message())));
    }
    return ok();
}

} // namespace

ClipInstaller::ClipInstaller(const QString &mediaDirectory)
    : m_mediaDirectory(mediaDirectory)
{ }

ClipInstaller::~ClipInstaller()
{
    if (!m_finished)
        rollback();
}

QString ClipInstaller::clipsFolder(const QString &mediaDirectory)
{
    return QDir(mediaDirectory).filePath(QStringLiteral("clips"));
}

bool ClipInstaller::isInstalled(const QString &sourceFolder, const ClipManifest &manifest) const
{
    const QString installed = QDir(clipsFolder(m_mediaDirectory)).filePath(manifest.clipId);
    const QString manifestName = QLatin1String(ClipManifest::kFileName);
    const QByteArray current = readAll(installed + u'/' + manifestName);
    if (current.isEmpty() || current != readAll(sourceFolder + u'/' + manifestName))
        return false;
    // The same manifest; still check that nobody removed or truncated a file since.
    const QString canonical = QFileInfo(installed).canonicalFilePath();
    for (const ClipFile &file : manifest.files) {
        const QString path = MediaFolder::fileInside(canonical, file.path);
        if (path.isEmpty() || QFileInfo(path).size() != file.size)
            return false;
    }
    return true;
}

Status ClipInstaller::stage(const MediaFolder::Outcome &source)
{
    const QString clips = clipsFolder(m_mediaDirectory);
    if (!QDir().mkpath(clips))
        return mediaError(QStringLiteral("Cannot create the media folder %1.").arg(clips));
    QStringList clipIds = source.clips.keys();
    clipIds.sort();
    for (const QString &clipId : std::as_const(clipIds)) {
        const QString sourceFolder
            = QDir(source.directory).filePath(MediaFolder::clipFolder(clipId));
        const ClipManifest &manifest = source.clips[clipId];
        if (isInstalled(sourceFolder, manifest))
            continue;
        if (Status s = stageClip(sourceFolder, manifest); !s)
            return s;
    }
    return ok();
}

Status ClipInstaller::stageClip(const QString &sourceFolder, const ClipManifest &manifest)
{
    if (!m_staging) {
        // Inside DATA/media, so install() is a rename on the same file system.
        m_staging = std::make_unique<QTemporaryDir>(
            QDir(m_mediaDirectory).filePath(QStringLiteral(".import-XXXXXX")));
        if (!m_staging->isValid()) {
            return mediaError(QStringLiteral("Cannot create a staging folder in %1: %2")
                                  .arg(m_mediaDirectory, m_staging->errorString()));
        }
    }
    const QString canonicalSource = QFileInfo(sourceFolder).canonicalFilePath();
    const QString target = m_staging->filePath(QStringLiteral("new/") + manifest.clipId);
    for (const ClipFile &file : manifest.files) {
        const QString from = MediaFolder::fileInside(canonicalSource, file.path);
        if (from.isEmpty()) {
            return mediaError(
                QStringLiteral("%1/%2 is missing or not a file.").arg(sourceFolder, file.path));
        }
        if (Status s = copyChecked(from, target + u'/' + file.path, file); !s)
            return s;
    }
    // The manifest goes in last: a folder with a manifest is a complete clip.
    const QString manifestName = QLatin1String(ClipManifest::kFileName);
    if (!QFile::copy(sourceFolder + u'/' + manifestName, target + u'/' + manifestName)) {
        return mediaError(
            QStringLiteral("Cannot copy %1/%2 into %3.").arg(sourceFolder, manifestName, target));
    }
    m_staged.append(manifest.clipId);
    return ok();
}

Status ClipInstaller::install()
{
    const QDir clips(clipsFolder(m_mediaDirectory));
    for (const QString &clipId : std::as_const(m_staged)) {
        if (QFileInfo::exists(clips.filePath(clipId))) {
            QDir().mkpath(m_staging->filePath(QStringLiteral("replaced")));
            if (Status s = renameFolder(clips.filePath(clipId),
                                        m_staging->filePath(QStringLiteral("replaced/") + clipId));
                !s) {
                return s;
            }
            m_replaced.append(clipId);
        }
        if (Status s = renameFolder(m_staging->filePath(QStringLiteral("new/") + clipId),
                                    clips.filePath(clipId));
            !s) {
            return s;
        }
        m_installed.append(clipId);
    }
    return ok();
}

void ClipInstaller::finish()
{
    m_finished = true;
    m_staging.reset(); // removes the replaced folders with it
}

void ClipInstaller::rollback()
{
    m_finished = true;
    const QDir clips(clipsFolder(m_mediaDirectory));
    for (auto it = m_installed.crbegin(); it != m_installed.crend(); ++it)
        QDir(clips.filePath(*it)).removeRecursively();
    for (const QString &clipId : std::as_const(m_replaced)) {
        const Status restored = renameFolder(
            m_staging->filePath(QStringLiteral("replaced/") + clipId), clips.filePath(clipId));
        if (!restored) {
            qCCritical(lcServer).noquote()
                << "could not put back clip" << clipId << "—" << restored.error().message;
            // Keep the staging folder: it holds the only copy of the old clip.
            m_staging->setAutoRemove(false);
        }
    }
    m_installed.clear();
    m_replaced.clear();
    m_staging.reset();
}

Status ClipInstaller::publish(const QHash<QString, QString> &clipOfLecture) const
{
    const QDir media(m_mediaDirectory);
    const QString links = media.filePath(QStringLiteral("by-lecture"));
    if (!QDir().mkpath(links))
        return mediaError(QStringLiteral("Cannot create %1.").arg(links));

    QJsonObject lectures;
    for (auto it = clipOfLecture.begin(); it != clipOfLecture.end(); ++it) {
        lectures.insert(it.key(), it.value());
        const fs::path link = toPath(links) / it.key().toStdString();
        const fs::path target = fs::path("../clips") / it.value().toStdString();
        std::error_code error;
        if (fs::is_symlink(fs::symlink_status(link, error))
            && fs::read_symlink(link, error) == target)
            continue;
        // A new link beside the old one, renamed over it: nginx never sees the name missing.
        const fs::path temporary = toPath(links) / ("." + it.key().toStdString() + ".new");
        fs::remove(temporary, error);
        fs::create_directory_symlink(target, temporary, error);
        if (!error)
            fs::rename(temporary, link, error);
        if (error) {
            return mediaError(QStringLiteral("Cannot link %1 to %2: %3")
                                  .arg(QString::fromStdString(link.string()),
                                       QString::fromStdString(target.string()),
                                       QString::fromStdString(error.message())));
        }
    }
    std::error_code error;
    for (const fs::directory_entry &entry : fs::directory_iterator(toPath(links), error)) {
        const QString name = QString::fromStdString(entry.path().filename().string());
        std::error_code statusError;
        if (entry.is_symlink(statusError) && !clipOfLecture.contains(name))
            fs::remove(entry.path(), statusError);
    }

    QSaveFile file(media.filePath(QLatin1String(MediaFolder::kLecturesFile)));
    const QJsonObject json{{QStringLiteral("format"), 1}, {QStringLiteral("lectures"), lectures}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0
        || !file.commit()) {
        return mediaError(
            QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    return ok();
}

} // namespace lectern
