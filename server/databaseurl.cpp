#include "databaseurl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace lectern {
namespace {

Error badUrl(const QString &why)
{
    return Error{QStringLiteral("usage"),
                 QStringLiteral("--database must be postgresql://USER@HOST[:PORT]/DATABASE "
                                "(or empty for SQLite in the data folder): %1")
                     .arg(why)};
}

} // namespace

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite");
    QString text
        = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    if (!options.isEmpty())
        text += u'?' + QString(options).replace(u';', u'&');
    return text;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    if (text.isEmpty())
        return url;
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid())
        return badUrl(parsed.errorString());
    if (parsed.scheme() != u"postgresql" && parsed.scheme() != u"postgres")
        return badUrl(
            QStringLiteral("only postgresql:// URLs are known, not \"%1\".").arg(parsed.scheme()));
    url.kind = Kind::Postgresql;
    url.host = parsed.host();
    url.user = parsed.userName(QUrl::FullyDecoded);
    url.password = parsed.password(QUrl::FullyDecoded);
    url.port = parsed.port(5432);
    url.database = parsed.path(QUrl::FullyDecoded).mid(1);
    if (url.database.isEmpty() || url.database.contains(u'/'))
        return badUrl(QStringLiteral("name one database after the host, as in /lectern."));

    // Options go to libpq as "key=value" pairs; QPSQL separates them with semicolons, so a
    // value may not hold one, nor the spaces and quotes libpq's own syntax gives meaning to.
    static const QRegularExpression key(QStringLiteral("^[a-z_]{1,40}$"));
    static const QRegularExpression value(QStringLiteral("^[A-Za-z0-9_./:@+-]{0,500}$"));
    QStringList options;
    const QList<std::pair<QString, QString>> items
        = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, setting] : items) {
        if (!key.match(name).hasMatch() || !value.match(setting).hasMatch())
            return badUrl(QStringLiteral("the option \"%1\" is not one libpq can take.").arg(name));
        // A host given as an option (a Unix socket folder) stands in for the URL's.
        if (name == u"host") {
            url.host = setting;
            continue;
        }
        options.append(name + u'=' + setting);
    }
    if (url.host.isEmpty())
        return badUrl(QStringLiteral("name the host, as in @127.0.0.1 or ?host=/run/postgresql."));
    url.options = options.join(u';');
    return url;
}

} // namespace lectern
