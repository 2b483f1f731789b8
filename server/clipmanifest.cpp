#include "clipmanifest.h"

#include "content/jsonlineindex.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace lectern {
namespace {

// Collects the problems of one manifest, each with the line of the value it is about.
class Checker
{
public:
    Checker(const QByteArray &bytes, const QString &file, QList<ContentError> &errors)
        : m_index(bytes)
        , m_file(file)
        , m_errors(errors)
    { }

    void fail(const QString &path, const QString &reason)
    {
        m_errors.append({m_file, m_index.lineOf(path), reason});
        m_failed = true;
    }
    bool failed() const { return m_failed; }

    QString text(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().isEmpty()) {
            fail(value.isUndefined() ? path : path + u'/' + key,
                 QStringLiteral("\"%1\" must be a non-empty text").arg(key));
            return {};
        }
        return value.toString();
    }

    std::optional<double> number(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(value.isUndefined() ? path : path + u'/' + key,
                 QStringLiteral("\"%1\" must be a number").arg(key));
            return std::nullopt;
        }
        return value.toDouble();
    }

    // A whole number from 0 to 2^53, the range a JSON number holds exactly.
    std::optional<qint64> count(const QJsonObject &object, const QString &path, const QString &key)
    {
        const std::optional<double> value = number(object, path, key);
        if (!value)
            return std::nullopt;
        if (*value < 0 || *value > 9007199254740992.0 || std::floor(*value) != *value) {
            fail(path + u'/' + key,
                 QStringLiteral("\"%1\" must be a whole number, 0 or more").arg(key));
            return std::nullopt;
        }
        return qint64(*value);
    }

    QString path(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QString value = text(object, path, key);
        if (!value.isEmpty() && !isSafeClipPath(value)) {
            fail(path + u'/' + key,
                 QStringLiteral("\"%1\" must be a relative path inside the clip folder, not "
                                "\"%2\"")
                     .arg(key, value));
            return {};
        }
        return value;
    }

private:
    JsonLineIndex m_index;
    QString m_file;
    QList<ContentError> &m_errors;
    bool m_failed = false;
};

} // namespace

bool isSafeClipPath(const QString &path)
{
    if (path.isEmpty() || path.size() > 1000)
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'\\')
            return false;
    }
    const QStringList segments = path.split(u'/');
    return std::none_of(segments.begin(), segments.end(), [](const QString &segment) {
        return segment.isEmpty() || segment == u"." || segment == u"..";
    });
}

bool isSafeMediaId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    return pattern.match(id).hasMatch();
}

int ClipManifest::roundedDuration() const
{
    // Rounded down: the catalog's duration is what the learner can play, so a lecture played to
    // its end covers all of it (61.6 s rounded up to 62 could never read more than 99%).
    return std::max(1, int(std::floor(durationSeconds)));
}

int ClipManifest::roundedCredits() const
{
    return int(std::lround(creditsSeconds));
}

std::optional<ClipManifest> ClipManifest::parse(const QByteArray &bytes, const QString &clipId,
                                                const QString &file, QList<ContentError> &errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({file, int(bytes.left(parseError.offset).count('\n')) + 1,
                       QStringLiteral("is not valid JSON: %1").arg(parseError.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append({file, 1, QStringLiteral("must contain a JSON object")});
        return std::nullopt;
    }
    // Unknown keys are allowed: manifests are written by a tool that may record more than
    // the server needs, and "format" is what says whether this server understands one.
    const QJsonObject json = document.object();
    Checker check(bytes, file, errors);
    ClipManifest manifest;
    manifest.json = json;
    if (json.value(QStringLiteral("format")).toDouble() != 1) {
        check.fail(QStringLiteral("/format"), QStringLiteral("only format 1 is understood"));
        return std::nullopt;
    }
    manifest.clipId = check.text(json, QString(), QStringLiteral("clip_id"));
    if (!manifest.clipId.isEmpty() && manifest.clipId != clipId) {
        check.fail(QStringLiteral("/clip_id"),
                   QStringLiteral("clip_id \"%1\" does not match its folder \"%2\"")
                       .arg(manifest.clipId, clipId));
    }
    manifest.durationSeconds
        = check.number(json, QString(), QStringLiteral("duration_seconds")).value_or(0);
    if (manifest.durationSeconds <= 0 && json.value(QStringLiteral("duration_seconds")).isDouble())
        check.fail(QStringLiteral("/duration_seconds"),
                   QStringLiteral("duration_seconds must be positive"));
    if (json.contains(QStringLiteral("credits_seconds"))) {
        manifest.creditsSeconds
            = check.number(json, QString(), QStringLiteral("credits_seconds")).value_or(0);
    }
    if (manifest.creditsSeconds < 0
        || (manifest.durationSeconds > 0 && manifest.creditsSeconds >= manifest.durationSeconds)) {
        check.fail(QStringLiteral("/credits_seconds"),
                   QStringLiteral("credits_seconds must be 0 or more and shorter than the clip"));
    }
    manifest.captions = check.path(json, QString(), QStringLiteral("captions"));
    manifest.poster = check.path(json, QString(), QStringLiteral("poster"));

    QStringList required{QLatin1String(kMaster), manifest.captions, manifest.poster};
    const QJsonValue renditions = json.value(QStringLiteral("renditions"));
    if (!renditions.isArray() || renditions.toArray().isEmpty()) {
        check.fail(renditions.isUndefined() ? QString() : QStringLiteral("/renditions"),
                   QStringLiteral("\"renditions\" must be a list with at least one rendition"));
    }
    manifest.renditions = renditions.toArray();
    for (int i = 0; i < manifest.renditions.size(); ++i) {
        const QString path = QStringLiteral("/renditions/%1").arg(i);
        const QJsonObject rendition = manifest.renditions.at(i).toObject();
        check.text(rendition, path, QStringLiteral("name"));
        for (const QString &key : {QStringLiteral("height"), QStringLiteral("bandwidth")}) {
            const std::optional<qint64> value = check.count(rendition, path, key);
            if (value && *value == 0)
                check.fail(path + u'/' + key, QStringLiteral("\"%1\" must be positive").arg(key));
        }
        required.append(check.path(rendition, path, QStringLiteral("playlist")));
    }

    const QJsonValue files = json.value(QStringLiteral("files"));
    if (!files.isArray())
        check.fail(files.isUndefined() ? QString() : QStringLiteral("/files"),
                   QStringLiteral("\"files\" must be a list"));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<QString> listed;
    const QJsonArray entries = files.toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("/files/%1").arg(i);
        const QJsonObject entry = entries.at(i).toObject();
        ClipFile clipFile;
        clipFile.path = check.path(entry, path, QStringLiteral("path"));
        clipFile.size = check.count(entry, path, QStringLiteral("size")).value_or(0);
        clipFile.sha256 = entry.value(QStringLiteral("sha256")).toString().toLatin1();
        if (!sha256.match(QString::fromLatin1(clipFile.sha256)).hasMatch()) {
            check.fail(path + QStringLiteral("/sha256"),
                       QStringLiteral("\"sha256\" must be 64 lowercase hex digits"));
        }
        if (clipFile.path == QLatin1String(kFileName)) {
            check.fail(path + QStringLiteral("/path"),
                       QStringLiteral("manifest.json must not list itself"));
        } else if (!clipFile.path.isEmpty() && listed.contains(clipFile.path)) {
            check.fail(path + QStringLiteral("/path"),
                       QStringLiteral("%1 is listed twice").arg(clipFile.path));
        }
        listed.insert(clipFile.path);
        manifest.files.append(clipFile);
    }
    for (const QString &path : std::as_const(required)) {
        if (!path.isEmpty() && !listed.contains(path)) {
            check.fail(QStringLiteral("/files"),
                       QStringLiteral("\"files\" does not list %1").arg(path));
        }
    }
    if (check.failed())
        return std::nullopt;
    return manifest;
}

} // namespace lectern
