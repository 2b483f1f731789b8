#include "mediafolder.h"

#include "content/jsonlineindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern {
namespace {

// Reads lectures.json: lecture id → clip id, every entry checked.
QHash<QString, QString> readLectureMap(const QDir &dir, QList<ContentError> &errors)
{
    const QString name = QLatin1String(MediaFolder::kLecturesFile);
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append({name, 0, QStringLiteral("cannot be read: %1").arg(file.errorString())});
        return {};
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        errors.append({name, int(bytes.left(parseError.offset).count('\n')) + 1,
                       parseError.error != QJsonParseError::NoError
                           ? QStringLiteral("is not valid JSON: %1").arg(parseError.errorString())
                           : QStringLiteral("must contain a JSON object")});
        return {};
    }
    const JsonLineIndex index(bytes);
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("format")).toDouble() != 1) {
        errors.append({name, index.lineOf(QStringLiteral("/format")),
                       QStringLiteral("only format 1 is understood")});
        return {};
    }
    const QJsonValue lectures = json.value(QStringLiteral("lectures"));
    if (!lectures.isObject()) {
        errors.append({name, index.lineOf(QStringLiteral("/lectures")),
                       QStringLiteral("\"lectures\" must be an object of lecture id: clip id")});
        return {};
    }
    QHash<QString, QString> map;
    const QJsonObject entries = lectures.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString clipId = it.value().toString();
        if (!isSafeMediaId(it.key()) || !isSafeMediaId(clipId)) {
            errors.append({name, index.lineOf(QStringLiteral("/lectures/") + it.key()),
                           QStringLiteral("\"%1\": lecture and clip ids may hold only letters, "
                                          "digits, '.', '_' and '-'")
                               .arg(it.key())});
            continue;
        }
        map.insert(it.key(), clipId);
    }
    return map;
}

// Checks that the files the manifest lists are there with the stated sizes.
void checkFiles(const QDir &dir, const ClipManifest &manifest, QList<ContentError> &errors)
{
    const QString folder = MediaFolder::clipFolder(manifest.clipId);
    const QString canonical = QFileInfo(dir.filePath(folder)).canonicalFilePath();
    const QString manifestName = folder + u'/' + QLatin1String(ClipManifest::kFileName);
    for (const ClipFile &file : manifest.files) {
        const QString name = folder + u'/' + file.path;
        const QString path = MediaFolder::fileInside(canonical, file.path);
        if (path.isEmpty()) {
            errors.append({name, 0,
                           QStringLiteral("is missing or not a file inside the clip folder "
                                          "(listed in %1)")
                               .arg(manifestName)});
            continue;
        }
        const qint64 size = QFileInfo(path).size();
        if (size != file.size) {
            errors.append({name, 0,
                           QStringLiteral("has %1 bytes, but %2 says %3")
                               .arg(size)
                               .arg(manifestName)
                               .arg(file.size)});
        }
    }
}

} // namespace

QHash<QString, ClipManifest> MediaFolder::Outcome::manifestOfLecture() const
{
    QHash<QString, ClipManifest> manifests;
    for (auto it = clipOfLecture.begin(); it != clipOfLecture.end(); ++it)
        manifests.insert(it.key(), clips.value(it.value()));
    return manifests;
}

QString MediaFolder::clipFolder(const QString &clipId)
{
    return QStringLiteral("clips/") + clipId;
}

QString MediaFolder::fileInside(const QString &canonicalFolder, const QString &relativePath)
{
    if (canonicalFolder.isEmpty() || !isSafeClipPath(relativePath))
        return {};
    const QFileInfo info(canonicalFolder + u'/' + relativePath);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(canonicalFolder + u'/'))
        return {};
    return QFileInfo(canonical).isFile() ? canonical : QString();
}

MediaFolder::Outcome MediaFolder::load(const QString &directory, const ProgrammeContent &content)
{
    Outcome outcome;
    outcome.directory = directory;
    const QDir dir(directory);
    if (!dir.exists()) {
        outcome.errors.append({directory, 0, QStringLiteral("folder does not exist")});
        return outcome;
    }
    const QHash<QString, QString> map = readLectureMap(dir, outcome.errors);
    if (!outcome.isOk())
        return outcome;

    // Every lecture of the programme needs a clip: coverage is counted against the media.
    for (const Course &course : content.courses) {
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                const QString clipId = map.value(lecture.id);
                if (clipId.isEmpty()) {
                    outcome.errors.append({QLatin1String(kLecturesFile), 0,
                                           QStringLiteral("lecture %1 (course %2) has no clip")
                                               .arg(lecture.id, course.code)});
                    continue;
                }
                outcome.clipOfLecture.insert(lecture.id, clipId);
            }
        }
    }

    QSet<QString> clipIds;
    for (const QString &clipId : std::as_const(outcome.clipOfLecture))
        clipIds.insert(clipId);
    QStringList sorted(clipIds.begin(), clipIds.end());
    sorted.sort();
    for (const QString &clipId : std::as_const(sorted)) {
        const QString name = clipFolder(clipId) + u'/' + QLatin1String(ClipManifest::kFileName);
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            QStringList users = outcome.clipOfLecture.keys(clipId);
            users.sort();
            outcome.errors.append({name, 0,
                                   QStringLiteral("cannot be read: %1 (clip %2 is used by %3)")
                                       .arg(file.errorString(), clipId, users.join(u", "))});
            continue;
        }
        const std::optional<ClipManifest> manifest
            = ClipManifest::parse(file.readAll(), clipId, name, outcome.errors);
        if (!manifest)
            continue;
        checkFiles(dir, *manifest, outcome.errors);
        outcome.clips.insert(clipId, *manifest);
    }
    return outcome;
}

} // namespace lectern
