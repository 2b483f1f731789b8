#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

class QThreadPool;

namespace lectern {

class AccountStore;
class CatalogFeed;
class MediaSigner;
class MediaStore;
class PasswordHasher;
class ProgressPages;
class PushApplier;
class QuizStore;
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
};

// The HTTP API (docs/protocol.md): the routes, their input checks and their JSON answers.
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

    HttpApi(const ApiServices &services, QThreadPool &pool, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HttpApi)

    // Starts listening; returns the port (the real one when port is 0), or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void addRoutes();
    void refuseOtherMethods(const QString &path, const QByteArray &allowed);
    QFuture<QHttpServerResponse> login(const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> catalog(const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> lectureMedia(const QString &lectureId,
                                              const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> mediaFile(const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> courseQuizzes(const QString &courseCode,
                                               const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> push(const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> progress(const QHttpServerRequest &request) const;
    void mediaFileHead(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    ApiServices m_services;
    QThreadPool &m_pool;
    QHttpServer m_server;
};

} // namespace lectern
