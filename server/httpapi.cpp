#include "httpapi.h"

#include "accountstore.h"
#include "catalogfeed.h"
#include "httpreplies.h"
#include "mediaroutes.h"
#include "passwordhasher.h"
#include "progresspages.h"
#include "progressroutes.h"
#include "pushapplier.h"
#include "serverlog.h"
#include "sqlexec.h"
#include "tokenissuer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>

namespace lectern {
namespace {

using http::StatusCode;

QFuture<QHttpServerResponse> ready(QHttpServerResponse response)
{
    return QtFuture::makeReadyFuture(std::move(response));
}

QHttpServerResponse methodNotAllowed(const QByteArray &allowed)
{
    QHttpServerResponse response
        = http::error(StatusCode::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                      QStringLiteral("Use %1 here.").arg(QString::fromLatin1(allowed)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

QHttpServerResponse invalidCredentials()
{
    // One answer for "no such user" and "wrong password", byte for byte.
    return http::error(StatusCode::Unauthorized, QStringLiteral("invalid_credentials"),
                       QStringLiteral("Wrong user name or password."));
}

QHttpServerResponse unauthorized(const QString &message)
{
    QHttpServerResponse response
        = http::error(StatusCode::Unauthorized, QStringLiteral("unauthorized"), message);
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return response;
}

QHttpServerResponse signInFirst()
{
    return unauthorized(QStringLiteral("Sign in first: send \"Authorization: Bearer TOKEN\" with "
                                       "the token from the login."));
}

// Runs on the pool: handler(userId) for the token's user, or the answer that refuses it.
template<typename Handler>
QHttpServerResponse asSignedInUser(const ApiServices &services, const QString &token,
                                   Handler &&handler)
{
    const Result<qint64> userId = services.tokens->verify(token);
    if (!userId) {
        if (userId.error().code == u"unauthorized")
            return unauthorized(userId.error().message);
        return http::internalError();
    }
    return handler(userId.value());
}

// The token of an "Authorization: Bearer TOKEN" header, or empty.
QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray value = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (!value.toLower().startsWith(scheme))
        return {};
    return QString::fromLatin1(value.mid(scheme.size()).trimmed());
}

// Runs on the pool: argon2id costs tens of milliseconds and 64 MiB.
QHttpServerResponse handleLogin(const ApiServices &services, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject json = document.object();
    const QJsonValue username = json.value(QStringLiteral("username"));
    const QJsonValue password = json.value(QStringLiteral("password"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !username.isString()
        || !password.isString() || username.toString().isEmpty()) {
        return http::error(StatusCode::BadRequest, QStringLiteral("malformed_json"),
                           QStringLiteral("Send a JSON object with \"username\" and "
                                          "\"password\" strings."));
    }

    // No stored name holds a NUL (the store refuses them): such a name is simply unknown.
    std::optional<Account> account;
    if (!sql::hasNulCharacter(username.toString())) {
        const Result<std::optional<Account>> found
            = services.accounts->findByUsername(username.toString());
        if (!found)
            return http::internalError();
        account = found.value();
    }
    // Verify even when the user does not exist (against a dummy hash inside verify), so the
    // time taken does not tell an attacker which user names are real.
    const bool matches = services.hasher->verify(account ? account->passwordHash : QByteArray(),
                                                 password.toString());
    if (!account || !matches) {
        qCInfo(lcServerHttp).noquote() << "failed login for" << username.toString();
        return invalidCredentials();
    }

    const Result<IssuedToken> issued = services.tokens->issue(account->id);
    if (!issued)
        return http::internalError();
    return http::json(QJsonObject{
        {QStringLiteral("token"), issued.value().token},
        {QStringLiteral("expires_at"), issued.value().expiresAt.toString(Qt::ISODate)},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("username"), account->username},
                     {QStringLiteral("display_name"), account->displayName},
                     {QStringLiteral("role"), account->role}}},
    });
}

// Runs on the pool: a token lookup and a page of the feed.
QHttpServerResponse handleCatalog(const ApiServices &services, const QString &token, qint64 after,
                                  int limit)
{
    return asSignedInUser(services, token, [&](qint64 userId) {
        const Result<CatalogPage> page = services.feed->page(userId, after, limit);
        if (!page)
            return http::internalError();
        return http::json(codec::toJson(page.value()));
    });
}

} // namespace

HttpApi::HttpApi(const ApiServices &services, QThreadPool &pool, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_pool(pool)
{
    addRoutes();
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void HttpApi::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/healthz"), Method::Get, [] {
        return http::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    m_server.route(QStringLiteral("/api/v1/auth/login"), Method::Post,
                   [this](const QHttpServerRequest &request) { return login(request); });
    m_server.route(QStringLiteral("/api/v1/catalog"), Method::Get,
                   [this](const QHttpServerRequest &request) { return catalog(request); });
    m_server.route(QStringLiteral("/api/v1/courses/<arg>/quizzes"), Method::Get,
                   [this](const QString &courseCode, const QHttpServerRequest &request) {
                       return courseQuizzes(courseCode, request);
                   });
    m_server.route(QStringLiteral("/api/v1/sync/push"), Method::Post,
                   [this](const QHttpServerRequest &request) { return push(request); });
    m_server.route(QStringLiteral("/api/v1/progress"), Method::Get,
                   [this](const QHttpServerRequest &request) { return progress(request); });
    m_server.route(QStringLiteral("/api/v1/lectures/<arg>/media"), Method::Get,
                   [this](const QString &lectureId, const QHttpServerRequest &request) {
                       return lectureMedia(lectureId, request);
                   });
    // QUrl's converter matches the rest of the path, slashes included; the handlers take
    // the path apart themselves, from its encoded form.
    m_server.route(
        QStringLiteral("/media/<arg>"), Method::Get,
        [this](const QUrl &, const QHttpServerRequest &request) { return mediaFile(request); });
    m_server.route(
        QStringLiteral("/media/<arg>"), Method::Head,
        [this](const QUrl &, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            mediaFileHead(request, std::move(responder));
        });

    // Rules match in order, so these catch the known paths with any other method.
    refuseOtherMethods(QStringLiteral("/healthz"), QByteArrayLiteral("GET"));
    refuseOtherMethods(QStringLiteral("/api/v1/auth/login"), QByteArrayLiteral("POST"));
    refuseOtherMethods(QStringLiteral("/api/v1/catalog"), QByteArrayLiteral("GET"));
    refuseOtherMethods(QStringLiteral("/api/v1/sync/push"), QByteArrayLiteral("POST"));
    refuseOtherMethods(QStringLiteral("/api/v1/progress"), QByteArrayLiteral("GET"));
    m_server.route(QStringLiteral("/api/v1/courses/<arg>/quizzes"), Method::AnyKnown,
                   [](const QString &) { return methodNotAllowed(QByteArrayLiteral("GET")); });
    m_server.route(QStringLiteral("/api/v1/lectures/<arg>/media"), Method::AnyKnown,
                   [](const QString &) { return methodNotAllowed(QByteArrayLiteral("GET")); });
    m_server.route(QStringLiteral("/media/<arg>"), Method::AnyKnown,
                   [](const QUrl &) { return methodNotAllowed(QByteArrayLiteral("GET, HEAD")); });

    m_server.setMissingHandler([](const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder) {
        responder.write(
            http::errorBody(QStringLiteral("not_found"),
                            QStringLiteral("There is nothing at %1.").arg(request.url().path())),
            QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode::NotFound);
    });
}

void HttpApi::refuseOtherMethods(const QString &path, const QByteArray &allowed)
{
    m_server.route(path, QHttpServerRequest::Method::AnyKnown,
                   [allowed] { return methodNotAllowed(allowed); });
}

QFuture<QHttpServerResponse> HttpApi::login(const QHttpServerRequest &request) const
{
    // The request object is only valid during this call: copy what the worker needs.
    const QByteArray body = request.body();
    if (body.size() > kMaxLoginBody) {
        return ready(http::error(StatusCode::PayloadTooLarge, QStringLiteral("payload_too_large"),
                                 QStringLiteral("A login request is at most 1 MiB.")));
    }
    return QtConcurrent::run(&m_pool,
                             [services = m_services, body] { return handleLogin(services, body); });
}

QFuture<QHttpServerResponse> HttpApi::catalog(const QHttpServerRequest &request) const
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        return ready(signInFirst());
    const QUrlQuery query = request.query();
    const Result<qint64> after = CatalogFeed::parseCursor(
        query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded));
    if (!after)
        return ready(http::error(StatusCode::BadRequest, after.error()));
    const Result<int> limit = CatalogFeed::parseLimit(
        query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded));
    if (!limit)
        return ready(http::error(StatusCode::BadRequest, limit.error()));
    return QtConcurrent::run(
        &m_pool, [services = m_services, token, after = after.value(), limit = limit.value()] {
            return handleCatalog(services, token, after, limit);
        });
}

QFuture<QHttpServerResponse> HttpApi::lectureMedia(const QString &lectureId,
                                                   const QHttpServerRequest &request) const
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        return ready(signInFirst());
    return QtConcurrent::run(&m_pool, [services = m_services, token, lectureId] {
        return asSignedInUser(services, token, [&](qint64 userId) {
            return media::lectureMedia(services, userId, lectureId,
                                       QDateTime::currentSecsSinceEpoch());
        });
    });
}

QFuture<QHttpServerResponse> HttpApi::courseQuizzes(const QString &courseCode,
                                                    const QHttpServerRequest &request) const
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        return ready(signInFirst());
    return QtConcurrent::run(&m_pool, [services = m_services, token, courseCode] {
        return asSignedInUser(services, token, [&](qint64 userId) {
            return progress::courseQuizzes(services, userId, courseCode);
        });
    });
}

QFuture<QHttpServerResponse> HttpApi::push(const QHttpServerRequest &request) const
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        return ready(signInFirst());
    const QByteArray body = request.body();
    if (body.size() > PushApplier::kMaxBodyBytes) {
        return ready(http::error(StatusCode::PayloadTooLarge, QStringLiteral("too_large"),
                                 QStringLiteral("A push is at most 4 MiB; send the events in "
                                                "smaller batches.")));
    }
    // The receipt time is taken here, before the request may wait for a pool thread, because
    // the clock-skew rule compares the device's finish times with it.
    return QtConcurrent::run(
        &m_pool,
        [services = m_services, token, body, receivedAt = QDateTime::currentDateTimeUtc()] {
            return asSignedInUser(services, token, [&](qint64 userId) {
                return progress::push(services, userId, body, receivedAt);
            });
        });
}

QFuture<QHttpServerResponse> HttpApi::progress(const QHttpServerRequest &request) const
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        return ready(signInFirst());
    const QUrlQuery query = request.query();
    const Result<qint64> after = CatalogFeed::parseCursor(
        query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded));
    if (!after)
        return ready(http::error(StatusCode::BadRequest, after.error()));
    const Result<int> limit = ProgressPages::parseLimit(
        query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded));
    if (!limit)
        return ready(http::error(StatusCode::BadRequest, limit.error()));
    return QtConcurrent::run(
        &m_pool, [services = m_services, token, after = after.value(), limit = limit.value()] {
            return asSignedInUser(services, token, [&](qint64 userId) {
                return progress::page(services, userId, after, limit);
            });
        });
}

QFuture<QHttpServerResponse> HttpApi::mediaFile(const QHttpServerRequest &request) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const media::FileRequest file = media::parseFileRequest(m_services, request, now);
    if (file.check != MediaSigner::Check::Valid)
        return ready(media::toResponse(media::forbidden()));
    return QtConcurrent::run(&m_pool, [services = m_services, file, now] {
        return media::toResponse(media::serveFile(services, file, now));
    });
}

// HEAD must announce the Content-Length that GET would send, which QHttpServerResponse
// always sets from its body, so the headers are written one by one, on the event loop.
void HttpApi::mediaFileHead(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const media::FileRequest file = media::parseFileRequest(m_services, request, now);
    // std::function, which carries the continuation, needs a copyable capture.
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = shared->socket();
    QtConcurrent::run(&m_pool, [services = m_services, file, now] {
        return media::serveFile(services, file, now); // answers 403 itself for a bad signature
    }).then(this, [shared, socket](const media::FileReply &reply) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        shared->writeStatusLine(reply.status);
        shared->writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
        for (const auto &header : reply.headers)
            shared->writeHeader(header.first, header.second);
        shared->writeHeader(QByteArrayLiteral("Content-Length"),
                            QByteArray::number(reply.contentLength));
        shared->writeBody(QByteArray());
    });
}

} // namespace lectern
