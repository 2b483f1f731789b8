#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace lectern {

// A server secret kept as one line of text in a file of the data folder (DATA/media-secret,
// DATA/quiz-secret): made on first use from 32 random bytes (base64url) with mode 0600, and
// read back on every later start. Text, so that a secret can also go into an nginx
// configuration. sodium_init() must have succeeded.
class SecretFile final
{
public:
    // What a failure is reported as, e.g. "media_secret".
    SecretFile(QString dataDirectory, QString fileName, QString errorCode);

    // The secret, created when the file is missing. Two processes creating it at the same
    // time end up with the same secret.
    Result<QByteArray> load() const;

    // 32 to 256 letters, digits or ._~+/=- characters: text an nginx configuration takes
    // inside double quotes, and never short enough to guess.
    static bool isUsable(const QByteArray &secret);

private:
    Result<QByteArray> read(const QString &path) const;
    Result<QByteArray> create(const QString &path) const;
    Error error(const QString &message) const;

    QString m_directory;
    QString m_fileName;
    QString m_errorCode;
};

} // namespace lectern
