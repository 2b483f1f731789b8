#include "apiclient.h"

#include "domain/logging.h"
#include "sync/mediacodec.h"
#include "sync/rostercodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace lectern {
namespace {

QNetworkRequest jsonRequest(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Lectern/" LECTERN_VERSION);
    // The server refuses versions older than its --min-client-version (docs/protocol.md).
    request.setRawHeader("X-Lectern-Client", LECTERN_VERSION);
    request.setTransferTimeout(timeoutMs);
    return request;
}

QUrl endpoint(const QUrl &server, const QString &path)
{
    QUrl url = server;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

QUrl ApiClient::normalizedServerUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("http://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http" && url.scheme() != u"https")) {
        return {};
    }
    while (url.path().endsWith(u'/'))
        url.setPath(url.path().chopped(1));
    return url;
}

void ApiClient::login(const QString &username, const QString &password, QObject *context,
                      std::function<void(Result<Session>)> done)
{
    const QUrl server = m_server;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(
        jsonRequest(endpoint(server, QStringLiteral("/api/v1/auth/login")), m_timeoutMs), body);
    send(reply, context, [server, done = std::move(done)](Result<QJsonObject> json) {
        if (!json)
            return done(json.error());
        const QJsonObject object = json.value();
        const QJsonObject user = object.value(QStringLiteral("user")).toObject();
        Session session;
        session.server = server;
        session.token = object.value(QStringLiteral("token")).toString();
        session.expiresAt = QDateTime::fromString(
            object.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        session.username = user.value(QStringLiteral("username")).toString();
        session.displayName = user.value(QStringLiteral("display_name")).toString();
        session.role = user.value(QStringLiteral("role")).toString();
        if (session.token.isEmpty() || session.username.isEmpty())
            return done(Error{QStringLiteral("malformed_reply"),
                              tr("The server's answer to the login could not be read.")});
        done(session);
    });
}

void ApiClient::fetchCatalog(const QString &cursor, QObject *context,
                             std::function<void(Result<CatalogPage>)> done)
{
    QUrl url = endpoint(m_server, QStringLiteral("/api/v1/catalog"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), cursor.isEmpty() ? QStringLiteral("0") : cursor);
    url.setQuery(query);
    send(m_network->get(authorizedRequest(url)), context,
         [done = std::move(done)](Result<QJsonObject> json) {
             if (!json)
                 return done(json.error());
             done(codec::pageFromJson(json.value()));
         });
}

void ApiClient::fetchLectureMedia(const QString &lectureId, QObject *context,
                                  std::function<void(Result<LectureMedia>)> done)
{
    const QUrl url = endpoint(m_server,
                              QStringLiteral("/api/v1/lectures/%1/media")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(lectureId))));
    const QUrl server = m_server;
    send(m_network->get(authorizedRequest(url)), context,
         [server, done = std::move(done)](Result<QJsonObject> json) {
             if (!json)
                 return done(json.error());
             done(codec::lectureMediaFromJson(json.value(), server));
         });
}

void ApiClient::fetchBytes(const QUrl &url, QObject *context,
                           std::function<void(Result<QByteArray>)> done)
{
    constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    QNetworkRequest request(url);
    request.setRawHeader("X-Lectern-Client", LECTERN_VERSION);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, context, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            return done(errorFor(reply, body));
        done(body);
    });
}

void ApiClient::fetchCourseQuizzes(const QString &courseCode, QObject *context,
                                   std::function<void(Result<CourseQuizzes>)> done)
{
    const QUrl url = endpoint(m_server,
                              QStringLiteral("/api/v1/courses/%1/quizzes")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(courseCode))));
    send(m_network->get(authorizedRequest(url)), context,
         [done = std::move(done)](Result<QJsonObject> json) {
             if (!json)
                 return done(json.error());
             done(codec::courseQuizzesFromJson(json.value()));
         });
}

void ApiClient::fetchRoster(const QString &courseCode, QObject *context,
                            std::function<void(Result<CourseRoster>)> done)
{
    const QUrl url = endpoint(m_server,
                              QStringLiteral("/api/v1/courses/%1/roster")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(courseCode))));
    send(m_network->get(authorizedRequest(url)), context,
         [done = std::move(done)](Result<QJsonObject> json) {
             if (!json)
                 return done(json.error());
             done(codec::courseRosterFromJson(json.value()));
         });
}

void ApiClient::pushEvents(const QString &deviceId, const QList<OutboxEvent> &events,
                           QObject *context, std::function<void(Result<QList<PushResult>>)> done)
{
    Q_ASSERT(events.size() <= kMaxPushEvents);
    const QByteArray body
        = QJsonDocument(codec::pushRequestToJson(deviceId, events)).toJson(QJsonDocument::Compact);
    const QUrl url = endpoint(m_server, QStringLiteral("/api/v1/sync/push"));
    send(m_network->post(authorizedRequest(url), body), context,
         [done = std::move(done)](Result<QJsonObject> json) {
             if (!json)
                 return done(json.error());
             done(codec::pushResultsFromJson(json.value()));
         });
}

void ApiClient::pullProgress(const QString &cursor, QObject *context,
                             std::function<void(Result<ProgressPage>)> done)
{
    QUrl url = endpoint(m_server, QStringLiteral("/api/v1/progress"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), cursor.isEmpty() ? QStringLiteral("0") : cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(kProgressPageSize));
    url.setQuery(query);
    send(m_network->get(authorizedRequest(url)), context,
         [done = std::move(done)](Result<QJsonObject> json) {
             if (!json)
                 return done(json.error());
             done(codec::progressPageFromJson(json.value()));
         });
}

QNetworkRequest ApiClient::authorizedRequest(const QUrl &url) const
{
    QNetworkRequest request = jsonRequest(url, m_timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return request;
}

void ApiClient::send(QNetworkReply *reply, QObject *context, JsonCallback done)
{
    connect(reply, &QNetworkReply::finished, context, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            const Error error = errorFor(reply, body);
            qCInfo(lcSync) << reply->request().url().path() << "failed:" << status << error.code
                           << error.message;
            if (status == 401 && !m_token.isEmpty()
                && !reply->request().url().path().endsWith(u"/auth/login")) {
                Q_EMIT sessionExpired();
            }
            return done(error);
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return done(Error{QStringLiteral("malformed_reply"),
                              tr("The server sent an answer that could not be read "
                                 "(%1).")
                                  .arg(parseError.errorString())});
        }
        done(document.object());
    });
}

Error ApiClient::errorFor(QNetworkReply *reply, const QByteArray &body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = m_server.toString(QUrl::RemoveUserInfo);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return {QStringLiteral("offline"),
                tr("Cannot reach the server at %1 (%2).").arg(host, reply->errorString())};
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return {QStringLiteral("timeout"),
                tr("The server at %1 did not answer within %2 seconds.")
                    .arg(host)
                    .arg(m_timeoutMs / 1000)};
    default:
        break;
    }
    // The server explains its refusals as {"error": {"code", "message"}}.
    const QJsonObject error
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    if (status == 401 && code == u"invalid_credentials")
        return {code, tr("Wrong user name or password.")};
    if (status == 401)
        return {QStringLiteral("unauthorized"), tr("Your session has ended. Please log in again.")};
    // Nothing this client sends will be taken any more; only an update helps. The outbox keeps
    // every change until then.
    if (status == 426)
        return {QStringLiteral("client_too_old"),
                tr("This version of Lectern is too old for the server; please update.")};
    if (status == 429)
        return {QStringLiteral("rate_limited"),
                tr("Too many attempts. Please wait a minute and try again.")};
    if (status >= 500)
        return {QStringLiteral("server_error"),
                tr("The server had a problem (HTTP %1). Your work is kept on this computer; "
                   "try again later.")
                    .arg(status)};
    if (!code.isEmpty())
        return {code, error.value(QStringLiteral("message")).toString()};
    if (status == 0)
        return {QStringLiteral("offline"),
                tr("Cannot reach the server at %1 (%2).").arg(host, reply->errorString())};
    return {QStringLiteral("http_%1").arg(status),
            tr("The server refused the request (HTTP %1).").arg(status)};
}

} // namespace lectern
