#pragma once

#include "requesttrace.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QVersionNumber>

#include <atomic>
#include <functional>
#include <optional>

class QThreadPool;

namespace lectern {

class AccountStore;
class CatalogFeed;
class LoginThrottle;
class MediaSigner;
class MediaStore;
class PasswordHasher;
class ProgressPages;
class PushApplier;
class PushThrottle;
class QuizStore;
class RosterReport;
class ServerMetrics;
class TokenIssuer;

// What the routes need. Everything here is thread-safe and must outlive the thread pool.
struct ApiServices
{
    const AccountStore *accounts = nullptr;
    const TokenIssuer *tokens = nullptr;
    const CatalogFeed *feed = nullptr;
    const PasswordHasher *hasher = nullptr;
    const MediaStore *media = nullptr;
    const MediaSigner *signer = nullptr;
    QString clipsDirectory; // DATA/media/clips
    const QuizStore *quizzes = nullptr;
    const PushApplier *pusher = nullptr;
    const ProgressPages *progress = nullptr;
    const LoginThrottle *throttle = nullptr; // none: logins are not rate-limited
    ServerMetrics *metrics = nullptr; // none: nothing is counted, /metrics answers 404
    const PushThrottle *pushThrottle = nullptr; // none: pushes are not rate-limited
    const RosterReport *roster = nullptr; // none: the roster route answers 500
};

// How the routes treat who is asking (docs/operations.md).
struct HttpOptions
{
    // Lets a scraper read /metrics from anywhere with "Authorization: Bearer TOKEN"; empty:
    // only loopback clients that did not come through a proxy may.
    QString metricsToken;
    // Peers whose X-Forwarded-For names the client (nginx); everyone else is the client.
    QList<QHostAddress> trustedProxies;
    // API requests whose X-Lectern-Client is older get 426 client_too_old; null: none do.
    QVersionNumber minimumClientVersion;
};

// The HTTP API (docs/protocol.md): the routes, their input checks and their JSON answers.
//
// Every request is traced from its route to its answer: one log line (LogWriter), the request
// metrics, and a count of requests in flight, so a shutdown can wait for them. A trace may be
// finished on a pool thread, so the pool must be done before this object goes.
//
// Anything slower than a header check (argon2id for logins, database reads for the catalog
// and the media, reading media files) runs on the given thread pool and answers through a QFuture,
// so the event loop keeps accepting and answering requests meanwhile. The pool's tasks use only the
// services, not this object, so they may finish after it is gone.
class HttpApi final : public QObject
{
    Q_OBJECT

public:
    // Logins carry two short strings; anything bigger is refused with 413 before parsing.
    static constexpr qsizetype kMaxLoginBody = 1024 * 1024;

    HttpApi(const ApiServices &services, const HttpOptions &options, QThreadPool &pool,
            QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HttpApi)

    // Starts listening; returns the port (the real one when port is 0), or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

    // For a graceful shutdown: stop accepting connections, then wait until no request is being
    // answered and every answer has left the socket buffers.
    void stopListening();
    int requestsInFlight() const { return m_inFlight; }
    bool hasUnsentAnswers() const;

private:
    using Handler = std::function<QFuture<QHttpServerResponse>(const Trace &)>;

    void addRoutes();
    void refuseOtherMethods(const QString &path, const QByteArray &allowed);
    // Traces the request through handler, unless an API request comes from a client too old.
    QFuture<QHttpServerResponse> observe(const QString &route, const QHttpServerRequest &request,
                                         const Handler &handler);
    Trace startTrace(const QString &route, const QHttpServerRequest &request);
    void finishTrace(const Trace &trace, int status) const;
    QFuture<QHttpServerResponse> answered(const Trace &trace, QHttpServerResponse response) const;
    template<typename Work>
    QFuture<QHttpServerResponse> onPool(const Trace &trace, Work &&work) const;
    template<typename Work>
    QFuture<QHttpServerResponse>
    forSignedInUser(const QHttpServerRequest &request, const Trace &trace,
                    std::optional<QHttpServerResponse> refusal, Work &&work) const;
    QString clientAddress(const QHttpServerRequest &request) const;
    std::optional<QHttpServerResponse> refuseOldClient(const QHttpServerRequest &request) const;
    QHttpServerResponse metrics(const QHttpServerRequest &request) const;

    QFuture<QHttpServerResponse> login(const QHttpServerRequest &request, const Trace &trace) const;
    QFuture<QHttpServerResponse> catalog(const QHttpServerRequest &request,
                                         const Trace &trace) const;
    QFuture<QHttpServerResponse> lectureMedia(const QString &lectureId,
                                              const QHttpServerRequest &request,
                                              const Trace &trace) const;
    QFuture<QHttpServerResponse> mediaFile(const QHttpServerRequest &request,
                                           const Trace &trace) const;
    QFuture<QHttpServerResponse> courseQuizzes(const QString &courseCode,
                                               const QHttpServerRequest &request,
                                               const Trace &trace) const;
    QFuture<QHttpServerResponse> courseRoster(const QString &courseCode,
                                              const QHttpServerRequest &request,
                                              const Trace &trace) const;
    QFuture<QHttpServerResponse> push(const QHttpServerRequest &request, const Trace &trace) const;
    QFuture<QHttpServerResponse> progress(const QHttpServerRequest &request,
                                          const Trace &trace) const;
    void mediaFileHead(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    ApiServices m_services;
    HttpOptions m_options;
    QThreadPool &m_pool;
    QHttpServer m_server;
    // Started on the event loop, finished there or on a pool thread (observe()).
    mutable std::atomic<int> m_inFlight{0};
};

} // namespace lectern
