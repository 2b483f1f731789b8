#pragma once

#include "domain/lecturemedia.h"
#include "domain/result.h"
#include "roster/courseroster.h"
#include "sync/catalogcodec.h"
#include "sync/progressfeed.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace lectern {

// Who is logged in, as the server confirmed it.
struct Session
{
    QUrl server;
    QString token;
    QDateTime expiresAt;
    QString username;
    QString displayName;
    QString role;

    bool isValid() const { return !token.isEmpty(); }
};

// The client end of /api/v1 (docs/protocol.md). Every call is asynchronous with a timeout and
// answers exactly once through its callback, on the context object's thread, with a value or
// an Error whose message can be shown to the user as it is.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr int kDefaultTimeoutMs = 15000;

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setServer(const QUrl &server) { m_server = server; }
    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void login(const QString &username, const QString &password, QObject *context,
               std::function<void(Result<Session>)> done);
    void fetchCatalog(const QString &cursor, QObject *context,
                      std::function<void(Result<CatalogPage>)> done);
    // Signed URLs for a lecture's video, captions and poster (docs/media.md).
    void fetchLectureMedia(const QString &lectureId, QObject *context,
                           std::function<void(Result<LectureMedia>)> done);
    // Any small file at a signed media URL (captions); bodies are capped at 4 MiB.
    void fetchBytes(const QUrl &url, QObject *context,
                    std::function<void(Result<QByteArray>)> done);

    // Every quiz of one course, in the form this user may hold (protected for learners).
    void fetchCourseQuizzes(const QString &courseCode, QObject *context,
                            std::function<void(Result<CourseQuizzes>)> done);
    // A course's learners and their progress; the server answers only the course's faculty.
    void fetchRoster(const QString &courseCode, QObject *context,
                     std::function<void(Result<CourseRoster>)> done);
    // Sends outbox events; one result per event answered. At most kMaxPushEvents per call.
    void pushEvents(const QString &deviceId, const QList<OutboxEvent> &events, QObject *context,
                    std::function<void(Result<QList<PushResult>>)> done);
    // One page of this user's progress from every device, after cursor (empty: from the start).
    void pullProgress(const QString &cursor, QObject *context,
                      std::function<void(Result<ProgressPage>)> done);

    static constexpr int kMaxPushEvents = 500; // the server's limit (docs/protocol.md)
    static constexpr int kProgressPageSize = 500;

    // Accepts "host:port", "http://host:port" and trailing slashes; empty when unusable.
    static QUrl normalizedServerUrl(const QString &text);

Q_SIGNALS:
    // The server refused the token: the session is over and the user must log in again.
    void sessionExpired();

private:
    using JsonCallback = std::function<void(Result<QJsonObject>)>;
    QNetworkRequest authorizedRequest(const QUrl &url) const;
    void send(QNetworkReply *reply, QObject *context, JsonCallback done);
    Error errorFor(QNetworkReply *reply, const QByteArray &body) const;

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_token;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace lectern
