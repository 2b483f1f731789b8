#include "httpapi.h"

#include "accountstore.h"
#include "catalogfeed.h"
#include "httpreplies.h"
#include "loginthrottle.h"
#include "logwriter.h"
#include "mediaroutes.h"
#include "passwordhasher.h"
#include "progresspages.h"
#include "progressroutes.h"
#include "pushapplier.h"
#include "pushthrottle.h"
#include "rosterroutes.h"
#include "serverlog.h"
#include "servermetrics.h"
#include "sqlexec.h"
#include "tokenissuer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>

#include <sodium.h>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

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

// Runs on the pool: handler(userId) for the token's user, or the answer that refuses it. The
// user goes into the request's log line.
template<typename Handler>
QHttpServerResponse asSignedInUser(const ApiServices &services, const QString &token,
                                   const Trace &trace, Handler &&handler)
{
    const Result<qint64> userId = services.tokens->verify(token);
    if (!userId) {
        if (userId.error().code == u"unauthorized")
            return unauthorized(userId.error().message);
        return http::internalError();
    }
    trace->userId = userId.value();
    return handler(userId.value());
}

QHttpServerResponse tooManyPushes(qint64 retryAfterSeconds)
{
    QHttpServerResponse response = http::error(
        StatusCode::TooManyRequests, QStringLiteral("too_many_pushes"),
        QStringLiteral("Too many pushes from this user in the last minute. Send the events again "
                       "in %1 second(s).")
            .arg(retryAfterSeconds));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return response;
}

QHttpServerResponse tooManyLogins(qint64 retryAfterSeconds)
{
    const qint64 minutes = (retryAfterSeconds + 59) / 60;
    QHttpServerResponse response = http::error(
        StatusCode::TooManyRequests, QStringLiteral("too_many_logins"),
        QStringLiteral("Too many failed logins for this user name or from this address. Try "
                       "again in %1 minute(s).")
            .arg(minutes));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return response;
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

// Runs on the pool: argon2id costs tens of milliseconds and 64 MiB. client is the address the
// rate limit counts failures of.
QHttpServerResponse handleLogin(const ApiServices &services, const QByteArray &body,
                                const QString &client, const Trace &trace)
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

    // Before the password is hashed: that work is what the limit spares the server. A name
    // with a NUL, which the store cannot hold, is counted as the empty name.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString counted
        = sql::hasNulCharacter(username.toString()) ? QString() : username.toString();
    if (services.throttle) {
        const Result<std::optional<qint64>> wait
            = services.throttle->retryAfter(counted, client, now);
        if (!wait)
            return http::internalError();
        if (wait.value())
            return tooManyLogins(*wait.value());
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
        // A failure to count is logged by the store; the caller still only learns "wrong".
        if (services.throttle)
            services.throttle->recordFailure(counted, client, now);
        return invalidCredentials();
    }
    if (services.throttle)
        services.throttle->forget(counted);
    trace->userId = account->id;

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

} // namespace

HttpApi::HttpApi(const ApiServices &services, const HttpOptions &options, QThreadPool &pool,
                 QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_options(options)
    , m_pool(pool)
{
    addRoutes();
}

namespace {

// Accepts connections for QHttpServer with two TCP settings its own listener leaves alone:
//
// * Requests are acknowledged at once (Linux: TCP_QUICKACK, set again whenever data arrives).
//   Qt's network access manager, which the client uses, sends a body in 16 KiB pieces without
//   TCP_NODELAY, so the piece after the first waits until the server acknowledges the first;
//   the kernel held that acknowledgement back for a reply to ride on, up to its 40 ms delayed-ACK
//   timer, and every push of more than 16 KiB was answered 40 ms late (docs/performance.md).
// * What the server writes is sent at once (TCP_NODELAY): an answer written in pieces does
//   not wait for the client to acknowledge the first.
class PromptTcpServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#if defined(Q_OS_LINUX)
        // Connected before QHttpServer's own handler, so it runs first on every arrival.
        QObject::connect(socket, &QIODevice::readyRead, socket, [socket] {
            const int on = 1;
            setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
        });
#endif
        addPendingConnection(socket);
    }
};

} // namespace

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    auto *server = new PromptTcpServer(&m_server);
    if (!server->listen(address, port)) {
        qCWarning(lcServerHttp).noquote() << "cannot listen on" << address.toString() << "port"
                                          << port << "—" << server->errorString();
        delete server;
        return 0;
    }
    m_server.bind(server);
    return server->serverPort();
}

void HttpApi::stopListening()
{
    const QList<QTcpServer *> servers = m_server.servers();
    for (QTcpServer *server : servers)
        server->close();
}

bool HttpApi::hasUnsentAnswers() const
{
    // QHttpServer parents each connection to the QTcpServer that accepted it.
    const QList<QTcpServer *> servers = m_server.servers();
    for (const QTcpServer *server : servers) {
        const QList<QTcpSocket *> sockets = server->findChildren<QTcpSocket *>();
        for (const QTcpSocket *socket : sockets) {
            if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() > 0)
                return true;
        }
    }
    return false;
}

QString HttpApi::clientAddress(const QHttpServerRequest &request) const
{
    const QHostAddress peer = request.remoteAddress();
    if (!m_options.trustedProxies.contains(peer))
        return peer.toString();
    // "client, proxy1, proxy2": the proxy we trust appended the address it saw last; walk back
    // past every trusted proxy, the first address that is not one is the client.
    const QList<QByteArray> hops = request.value(QByteArrayLiteral("X-Forwarded-For")).split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        QHostAddress hop;
        if (!hop.setAddress(QString::fromLatin1(it->trimmed())))
            break;
        if (!m_options.trustedProxies.contains(hop))
            return hop.toString();
    }
    return peer.toString();
}

Trace HttpApi::startTrace(const QString &route, const QHttpServerRequest &request)
{
    auto trace = std::make_shared<RequestTrace>();
    trace->route = route;
    trace->method
        = QString::fromLatin1(
              QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
              .toUpper();
    trace->client = clientAddress(request);
    trace->timer.start();
    const int inFlight = ++m_inFlight;
    if (m_services.metrics)
        m_services.metrics->setRequestsInFlight(inFlight);
    return trace;
}

void HttpApi::finishTrace(const Trace &trace, int status) const
{
    const int inFlight = --m_inFlight;
    const qint64 nanoseconds = trace->timer.nsecsElapsed();
    if (m_services.metrics) {
        m_services.metrics->setRequestsInFlight(inFlight);
        m_services.metrics->recordRequest(trace->route, trace->method, status,
                                          double(nanoseconds) / 1e9);
    }
    LogWriter::Fields fields{
        {QStringLiteral("method"), trace->method},
        {QStringLiteral("route"), trace->route},
        {QStringLiteral("status"), status},
        {QStringLiteral("duration_ms"), QString::number(double(nanoseconds) / 1e6, 'f', 1)},
        {QStringLiteral("client"), trace->client}};
    if (trace->userId > 0)
        fields.append({QStringLiteral("user"), qint64(trace->userId)});
    LogWriter::write(QStringLiteral("info"), QStringLiteral("request"), fields);
}

std::optional<QHttpServerResponse> HttpApi::refuseOldClient(const QHttpServerRequest &request) const
{
    if (m_options.minimumClientVersion.isNull())
        return std::nullopt;
    // Tools (curl, the load generator) send no header and are served; every Lectern client
    // since the header was introduced sends it (docs/protocol.md).
    const QString header
        = QString::fromLatin1(request.value(QByteArrayLiteral("X-Lectern-Client"))).trimmed();
    if (header.isEmpty())
        return std::nullopt;
    const QVersionNumber version = QVersionNumber::fromString(header);
    if (!version.isNull() && version >= m_options.minimumClientVersion)
        return std::nullopt;
    const QString minimum = m_options.minimumClientVersion.toString();
    const QJsonObject body{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("client_too_old")},
                     {QStringLiteral("message"),
                      QStringLiteral("This version of Lectern (%1) is too old for this server, "
                                     "which needs %2 or newer. Install the new version; your "
                                     "work is kept on this computer until then.")
                          .arg(header.left(40), minimum)},
                     {QStringLiteral("minimum_version"), minimum}}}};
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                               StatusCode::UpgradeRequired);
}

QFuture<QHttpServerResponse>
HttpApi::observe(const QString &route, const QHttpServerRequest &request, const Handler &handler)
{
    const Trace trace = startTrace(route, request);
    std::optional<QHttpServerResponse> refusal;
    if (route.startsWith(u"/api/"))
        refusal = refuseOldClient(request);
    return refusal ? answered(trace, std::move(*refusal)) : handler(trace);
}

// An answer known on the spot: traced now.
QFuture<QHttpServerResponse> HttpApi::answered(const Trace &trace,
                                               QHttpServerResponse response) const
{
    finishTrace(trace, int(response.statusCode()));
    return ready(std::move(response));
}

// Work for the pool, traced on the pool thread when its answer is ready. Not a continuation
// of the task's future: QHttpServer attaches its own continuation to the future a route
// returns, and on Qt 6.4 one attached to a continuation's future crashed under load.
template<typename Work>
QFuture<QHttpServerResponse> HttpApi::onPool(const Trace &trace, Work &&work) const
{
    return QtConcurrent::run(&m_pool, [this, trace, work = std::forward<Work>(work)]() mutable {
        QHttpServerResponse response = work();
        finishTrace(trace, int(response.statusCode()));
        return response;
    });
}

// The routes for a signed-in user: 401 at once without a bearer token, then refusal if the
// request was found wanting on the spot (a bad parameter, a body too large), else
// work(services, userId) on the pool once the token's user is known, with the user in the
// request's log line.
template<typename Work>
QFuture<QHttpServerResponse>
HttpApi::forSignedInUser(const QHttpServerRequest &request, const Trace &trace,
                         std::optional<QHttpServerResponse> refusal, Work &&work) const
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        return answered(trace, signInFirst());
    if (refusal)
        return answered(trace, std::move(*refusal));
    return onPool(trace,
                  [services = m_services, token, trace, work = std::forward<Work>(work)]() mutable {
                      return asSignedInUser(services, token, trace,
                                            [&](qint64 userId) { return work(services, userId); });
                  });
}

// /metrics: loopback clients that did not come through a proxy (a proxy on the same machine
// would make the whole internet look local), or anyone with the metrics token.
QHttpServerResponse HttpApi::metrics(const QHttpServerRequest &request) const
{
    if (!m_services.metrics) {
        return http::error(StatusCode::NotFound, QStringLiteral("not_found"),
                           QStringLiteral("There is nothing at /metrics."));
    }
    const bool proxied = !request.value(QByteArrayLiteral("X-Forwarded-For")).isEmpty()
        || !request.value(QByteArrayLiteral("X-Real-IP")).isEmpty()
        || !request.value(QByteArrayLiteral("Forwarded")).isEmpty();
    bool allowed = request.remoteAddress().isLoopback() && !proxied;
    const QByteArray sent = bearerToken(request).toUtf8();
    const QByteArray expected = m_options.metricsToken.toUtf8();
    if (!expected.isEmpty() && sent.size() == expected.size()
        && sodium_memcmp(sent.constData(), expected.constData(), size_t(expected.size())) == 0) {
        allowed = true;
    }
    if (!allowed) {
        return http::error(StatusCode::Forbidden, QStringLiteral("forbidden"),
                           QStringLiteral("Metrics are for this machine, or for scrapers with "
                                          "the metrics token."));
    }
    return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                               m_services.metrics->render());
}

void HttpApi::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    // Each route's pattern is written twice: the literal in route() is what tst_authmatrix
    // reads, the one given to observe() is the label of the log line and the metrics.
    m_server.route(
        QStringLiteral("/healthz"), Method::Get, [this](const QHttpServerRequest &request) {
            return observe(QStringLiteral("/healthz"), request, [this](const Trace &trace) {
                return answered(
                    trace,
                    http::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
            });
        });
    m_server.route(QStringLiteral("/metrics"), Method::Get,
                   [this](const QHttpServerRequest &request) {
                       return observe(QStringLiteral("/metrics"), request,
                                      [this, &request](const Trace &trace) {
                                          return answered(trace, metrics(request));
                                      });
                   });
    m_server.route(QStringLiteral("/api/v1/auth/login"), Method::Post,
                   [this](const QHttpServerRequest &request) {
                       return observe(
                           QStringLiteral("/api/v1/auth/login"), request,
                           [this, &request](const Trace &trace) { return login(request, trace); });
                   });
    m_server.route(QStringLiteral("/api/v1/catalog"), Method::Get,
                   [this](const QHttpServerRequest &request) {
                       return observe(QStringLiteral("/api/v1/catalog"), request,
                                      [this, &request](const Trace &trace) {
                                          return catalog(request, trace);
                                      });
                   });
    m_server.route(QStringLiteral("/api/v1/courses/<arg>/quizzes"), Method::Get,
                   [this](const QString &courseCode, const QHttpServerRequest &request) {
                       return observe(QStringLiteral("/api/v1/courses/<arg>/quizzes"), request,
                                      [&](const Trace &trace) {
                                          return courseQuizzes(courseCode, request, trace);
                                      });
                   });
    m_server.route(QStringLiteral("/api/v1/courses/<arg>/roster"), Method::Get,
                   [this](const QString &courseCode, const QHttpServerRequest &request) {
                       return observe(QStringLiteral("/api/v1/courses/<arg>/roster"), request,
                                      [&](const Trace &trace) {
                                          return courseRoster(courseCode, request, trace);
                                      });
                   });
    m_server.route(QStringLiteral("/api/v1/sync/push"), Method::Post,
                   [this](const QHttpServerRequest &request) {
                       return observe(
                           QStringLiteral("/api/v1/sync/push"), request,
                           [this, &request](const Trace &trace) { return push(request, trace); });
                   });
    m_server.route(QStringLiteral("/api/v1/progress"), Method::Get,
                   [this](const QHttpServerRequest &request) {
                       return observe(QStringLiteral("/api/v1/progress"), request,
                                      [this, &request](const Trace &trace) {
                                          return progress(request, trace);
                                      });
                   });
    m_server.route(QStringLiteral("/api/v1/lectures/<arg>/media"), Method::Get,
                   [this](const QString &lectureId, const QHttpServerRequest &request) {
                       return observe(QStringLiteral("/api/v1/lectures/<arg>/media"), request,
                                      [&](const Trace &trace) {
                                          return lectureMedia(lectureId, request, trace);
                                      });
                   });
    // QUrl's converter matches the rest of the path, slashes included; the handlers take
    // the path apart themselves, from its encoded form.
    m_server.route(QStringLiteral("/media/<arg>"), Method::Get,
                   [this](const QUrl &, const QHttpServerRequest &request) {
                       return observe(QStringLiteral("/media/<arg>"), request,
                                      [this, &request](const Trace &trace) {
                                          return mediaFile(request, trace);
                                      });
                   });
    m_server.route(
        QStringLiteral("/media/<arg>"), Method::Head,
        [this](const QUrl &, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            mediaFileHead(request, std::move(responder));
        });

    // Rules match in order, so these catch the known paths with any other method.
    refuseOtherMethods(QStringLiteral("/healthz"), QByteArrayLiteral("GET"));
    refuseOtherMethods(QStringLiteral("/metrics"), QByteArrayLiteral("GET"));
    refuseOtherMethods(QStringLiteral("/api/v1/auth/login"), QByteArrayLiteral("POST"));
    refuseOtherMethods(QStringLiteral("/api/v1/catalog"), QByteArrayLiteral("GET"));
    refuseOtherMethods(QStringLiteral("/api/v1/sync/push"), QByteArrayLiteral("POST"));
    refuseOtherMethods(QStringLiteral("/api/v1/progress"), QByteArrayLiteral("GET"));
    m_server.route(QStringLiteral("/api/v1/courses/<arg>/quizzes"), Method::AnyKnown,
                   [this](const QString &, const QHttpServerRequest &request) {
                       return observe(QStringLiteral("/api/v1/courses/<arg>/quizzes"), request,
                                      [this](const Trace &trace) {
                                          return answered(
                                              trace, methodNotAllowed(QByteArrayLiteral("GET")));
                                      });
                   });
    m_server.route(QStringLiteral("/api/v1/courses/<arg>/roster"), Method::AnyKnown,
                   [this](const QString &, const QHttpServerRequest &request) {
                       return observe(QStringLiteral("/api/v1/courses/<arg>/roster"), request,
                                      [this](const Trace &trace) {
                                          return answered(
                                              trace, methodNotAllowed(QByteArrayLiteral("GET")));
                                      });
                   });
    m_server.route(QStringLiteral("/api/v1/lectures/<arg>/media"), Method::AnyKnown,
                   [this](const QString &, const QHttpServerRequest &request) {
                       return observe(QStringLiteral("/api/v1/lectures/<arg>/media"), request,
                                      [this](const Trace &trace) {
                                          return answered(
                                              trace, methodNotAllowed(QByteArrayLiteral("GET")));
                                      });
                   });
    m_server.route(
        QStringLiteral("/media/<arg>"), Method::AnyKnown,
        [this](const QUrl &, const QHttpServerRequest &request) {
            return observe(QStringLiteral("/media/<arg>"), request, [this](const Trace &trace) {
                return answered(trace, methodNotAllowed(QByteArrayLiteral("GET, HEAD")));
            });
        });

    // Answered on the spot, so traced on the spot: "unmatched" keeps paths out of the labels.
    m_server.setMissingHandler([this](const QHttpServerRequest &request,
                                      QHttpServerResponder &&responder) {
        const Trace trace = startTrace(QStringLiteral("unmatched"), request);
        responder.write(
            http::errorBody(QStringLiteral("not_found"),
                            QStringLiteral("There is nothing at %1.").arg(request.url().path())),
            QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode::NotFound);
        finishTrace(trace, int(QHttpServerResponder::StatusCode::NotFound));
    });
}

void HttpApi::refuseOtherMethods(const QString &path, const QByteArray &allowed)
{
    m_server.route(path, QHttpServerRequest::Method::AnyKnown,
                   [this, path, allowed](const QHttpServerRequest &request) {
                       return observe(path, request, [this, allowed](const Trace &trace) {
                           return answered(trace, methodNotAllowed(allowed));
                       });
                   });
}

QFuture<QHttpServerResponse> HttpApi::login(const QHttpServerRequest &request,
                                            const Trace &trace) const
{
    // The request object is only valid during this call: copy what the worker needs.
    const QByteArray body = request.body();
    if (body.size() > kMaxLoginBody) {
        return answered(trace,
                        http::error(StatusCode::PayloadTooLarge,
                                    QStringLiteral("payload_too_large"),
                                    QStringLiteral("A login request is at most 1 MiB.")));
    }
    return onPool(trace, [services = m_services, body, client = trace->client, trace] {
        return handleLogin(services, body, client, trace);
    });
}

namespace {

// A page's cursor and limit from the query ("since", "limit").
Result<std::pair<qint64, int>> pageOf(const QHttpServerRequest &request,
                                      Result<int> (*parseLimit)(const QString &))
{
    const QUrlQuery query = request.query();
    const Result<qint64> after = CatalogFeed::parseCursor(
        query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded));
    if (!after)
        return after.error();
    const Result<int> limit
        = parseLimit(query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded));
    if (!limit)
        return limit.error();
    return std::pair(after.value(), limit.value());
}

// A bad request's answer, or none.
std::optional<QHttpServerResponse> refusalOf(const Error *error)
{
    if (!error)
        return std::nullopt;
    return http::error(StatusCode::BadRequest, *error);
}

} // namespace

QFuture<QHttpServerResponse> HttpApi::catalog(const QHttpServerRequest &request,
                                              const Trace &trace) const
{
    const Result<std::pair<qint64, int>> page = pageOf(request, &CatalogFeed::parseLimit);
    return forSignedInUser(request, trace, refusalOf(page ? nullptr : &page.error()),
                           [page = page ? page.value() : std::pair<qint64, int>()](
                               const ApiServices &services, qint64 userId) {
                               const Result<CatalogPage> found
                                   = services.feed->page(userId, page.first, page.second);
                               if (!found)
                                   return http::internalError();
                               return http::json(codec::toJson(found.value()));
                           });
}

QFuture<QHttpServerResponse> HttpApi::lectureMedia(const QString &lectureId,
                                                   const QHttpServerRequest &request,
                                                   const Trace &trace) const
{
    return forSignedInUser(request, trace, std::nullopt,
                           [lectureId](const ApiServices &services, qint64 userId) {
                               return media::lectureMedia(services, userId, lectureId,
                                                          QDateTime::currentSecsSinceEpoch());
                           });
}

QFuture<QHttpServerResponse> HttpApi::courseQuizzes(const QString &courseCode,
                                                    const QHttpServerRequest &request,
                                                    const Trace &trace) const
{
    return forSignedInUser(request, trace, std::nullopt,
                           [courseCode](const ApiServices &services, qint64 userId) {
                               return progress::courseQuizzes(services, userId, courseCode);
                           });
}

QFuture<QHttpServerResponse> HttpApi::courseRoster(const QString &courseCode,
                                                   const QHttpServerRequest &request,
                                                   const Trace &trace) const
{
    return forSignedInUser(request, trace, std::nullopt,
                           [courseCode](const ApiServices &services, qint64 userId) {
                               return roster::courseRoster(services, userId, courseCode,
                                                           QDateTime::currentDateTimeUtc());
                           });
}

QFuture<QHttpServerResponse> HttpApi::push(const QHttpServerRequest &request,
                                           const Trace &trace) const
{
    const QByteArray body = request.body();
    std::optional<QHttpServerResponse> refusal;
    if (body.size() > PushApplier::kMaxBodyBytes) {
        refusal = http::error(StatusCode::PayloadTooLarge, QStringLiteral("too_large"),
                              QStringLiteral("A push is at most 4 MiB; send the events in "
                                             "smaller batches."));
    }
    // The receipt time is taken here, before the request may wait for a pool thread, because
    // the clock-skew rule compares the device's finish times with it.
    return forSignedInUser(
        request, trace, std::move(refusal),
        [body, receivedAt = QDateTime::currentDateTimeUtc()](const ApiServices &services,
                                                             qint64 userId) {
            // Counted before the body is parsed: parsing is what a flood would cost us.
            if (services.pushThrottle) {
                const Result<std::optional<qint64>> wait
                    = services.pushThrottle->admit(userId, receivedAt.toSecsSinceEpoch());
                if (!wait)
                    return http::internalError();
                if (wait.value())
                    return tooManyPushes(*wait.value());
            }
            return progress::push(services, userId, body, receivedAt);
        });
}

QFuture<QHttpServerResponse> HttpApi::progress(const QHttpServerRequest &request,
                                               const Trace &trace) const
{
    const Result<std::pair<qint64, int>> page = pageOf(request, &ProgressPages::parseLimit);
    return forSignedInUser(request, trace, refusalOf(page ? nullptr : &page.error()),
                           [page = page ? page.value() : std::pair<qint64, int>()](
                               const ApiServices &services, qint64 userId) {
                               return progress::page(services, userId, page.first, page.second);
                           });
}

QFuture<QHttpServerResponse> HttpApi::mediaFile(const QHttpServerRequest &request,
                                                const Trace &trace) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const media::FileRequest file = media::parseFileRequest(m_services, request, now);
    if (file.check != MediaSigner::Check::Valid)
        return answered(trace, media::toResponse(media::forbidden()));
    return onPool(trace, [services = m_services, file, now] {
        return media::toResponse(media::serveFile(services, file, now));
    });
}

// HEAD must announce the Content-Length that GET would send, which QHttpServerResponse
// always sets from its body, so the headers are written one by one, on the event loop.
void HttpApi::mediaFileHead(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const Trace trace = startTrace(QStringLiteral("/media/<arg>"), request);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const media::FileRequest file = media::parseFileRequest(m_services, request, now);
    // std::function, which carries the continuation, needs a copyable capture.
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = shared->socket();
    QtConcurrent::run(&m_pool, [services = m_services, file, now] {
        return media::serveFile(services, file, now); // answers 403 itself for a bad signature
    }).then(this, [this, shared, socket, trace](const media::FileReply &reply) {
        finishTrace(trace, int(reply.status));
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
