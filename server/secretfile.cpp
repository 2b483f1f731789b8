#include "secretfile.h"

#include "serverlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <cstring>

#include <sodium.h>
#include <unistd.h>

namespace lectern {

SecretFile::SecretFile(QString dataDirectory, QString fileName, QString errorCode)
    : m_directory(std::move(dataDirectory))
    , m_fileName(std::move(fileName))
    , m_errorCode(std::move(errorCode))
{ }

bool SecretFile::isUsable(const QByteArray &secret)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~+/=-]{32,256}$"));
    return pattern.match(QString::fromLatin1(secret)).hasMatch();
}

Error SecretFile::error(const QString &message) const
{
    return Error{m_errorCode, message};
}

Result<QByteArray> SecretFile::load() const
{
    if (!QDir().mkpath(m_directory))
        return error(QStringLiteral("Cannot create the data folder %1.").arg(m_directory));
    const QString path = QDir(m_directory).filePath(m_fileName);
    if (QFileInfo::exists(path))
        return read(path);
    return create(path);
}

Result<QByteArray> SecretFile::read(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray secret = file.readAll().trimmed();
    if (!isUsable(secret)) {
        return error(QStringLiteral("%1 must hold one line of 32 to 256 letters, digits "
                                    "or ._~+/=- characters; delete it to make a new one.")
                         .arg(path));
    }
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        qCWarning(lcServer).noquote() << path << "is readable by other users; chmod 600 it";
    return secret;
}

// Writes a new secret beside the file and hard-links it into place, which fails if the file
// appeared meanwhile: an import and a server starting together end up with the same secret.
Result<QByteArray> SecretFile::create(const QString &path) const
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QByteArray secret
        = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes.data(), size_t(bytes.size()));

    const QString temporary
        = path + u'.' + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".new");
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(secret + '\n') != secret.size() + 1 || !file.flush()) {
            QFile::remove(temporary);
            return error(QStringLiteral("Cannot create %1: %2").arg(temporary, file.errorString()));
        }
    }
    const int linked
        = ::link(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData());
    const int linkError = errno;
    QFile::remove(temporary);
    if (linked == 0) {
        qCInfo(lcServer).noquote() << "created the secret" << path;
        return secret;
    }
    if (linkError == EEXIST)
        return read(path);
    return error(QStringLiteral("Cannot create %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(linkError))));
}

} // namespace lectern
