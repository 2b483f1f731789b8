#include "quizkeysalts.h"

#include "secretfile.h"

#include <QMessageAuthenticationCode>

namespace lectern {

QuizKeySalts::QuizKeySalts(QByteArray secret)
    : m_secret(std::move(secret))
{ }

Result<QByteArray> QuizKeySalts::loadSecret(const QString &dataDirectory)
{
    return SecretFile(dataDirectory, QLatin1String(kSecretFile), QStringLiteral("quiz_secret"))
        .load();
}

QByteArray QuizKeySalts::saltFor(const QString &lectureId, int questionIndex,
                                 const Question &question) const
{
    // NUL separators keep ("a", 12) and ("a1", 2) apart.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_secret);
    mac.addData(lectureId.toUtf8());
    mac.addData(QByteArray(1, '\0'));
    mac.addData(QByteArray::number(questionIndex));
    mac.addData(QByteArray(1, '\0'));
    mac.addData(question.text.toUtf8());
    return mac.result().left(kSaltBytes);
}

} // namespace lectern
