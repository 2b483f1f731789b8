#include "livesessionnotifier.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace lectern {
namespace {

Q_LOGGING_CATEGORY(lcLive, "lectern.live")

// Long waits are cut into pieces so a laptop that slept, or a clock that was changed, is
// noticed within this time rather than hours late.
constexpr qint64 kMaxWaitMs = 5 * 60 * 1000;
// A timer may fire a little early; a reminder this close to due counts as due.
constexpr qint64 kEarlyMs = 1000;

QString keyOf(const CourseLiveSession &session, const LiveOccurrence &occurrence)
{
    return session.courseCode + u'@' + QString::number(occurrence.start.toMSecsSinceEpoch());
}

} // namespace

LiveSessionNotifier::LiveSessionNotifier(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &LiveSessionNotifier::fire);
}

LiveSessionNotifier::~LiveSessionNotifier() = default;

void LiveSessionNotifier::setCatalog(const CatalogSnapshot &snapshot)
{
    m_sessions = liveSessionsOf(snapshot).sessions;
    schedule();
}

void LiveSessionNotifier::setReminderMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
    schedule();
}

void LiveSessionNotifier::setTrayIcon(QSystemTrayIcon *trayIcon)
{
    if (m_ownsTrayIcon && m_trayIcon && m_trayIcon != trayIcon)
        delete m_trayIcon;
    m_trayIcon = trayIcon;
    m_ownsTrayIcon = false;
}

void LiveSessionNotifier::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    schedule();
}

void LiveSessionNotifier::schedule()
{
    m_timer->stop();
    m_nextReminderAt = {};
    if (m_minutes <= 0)
        return;
    const QDateTime now = m_clock();
    for (const CourseLiveSession &session : std::as_const(m_sessions)) {
        // The first meeting not announced yet and not started: a reminder after the start
        // would only be noise.
        for (const LiveOccurrence &occurrence : session.schedule.upcoming(now, 2)) {
            if (occurrence.start <= now || m_notified.contains(keyOf(session, occurrence)))
                continue;
            const QDateTime remindAt = occurrence.start.addSecs(-qint64(m_minutes) * 60).toUTC();
            if (!m_nextReminderAt.isValid() || remindAt < m_nextReminderAt)
                m_nextReminderAt = remindAt;
            break;
        }
    }
    if (!m_nextReminderAt.isValid())
        return;
    const qint64 wait = std::clamp(now.msecsTo(m_nextReminderAt), qint64(0), kMaxWaitMs);
    m_timer->start(std::chrono::milliseconds(wait));
}

void LiveSessionNotifier::fire()
{
    const QDateTime now = m_clock();
    for (const CourseLiveSession &session : std::as_const(m_sessions)) {
        const QList<LiveOccurrence> next = session.schedule.upcoming(now, 1);
        if (next.isEmpty() || next.first().start <= now)
            continue;
        const LiveOccurrence &occurrence = next.first();
        const QString key = keyOf(session, occurrence);
        const QDateTime remindAt = occurrence.start.addSecs(-qint64(m_minutes) * 60);
        if (now.msecsTo(remindAt) > kEarlyMs || m_notified.contains(key))
            continue;
        m_notified.insert(key);
        notify(session, occurrence);
    }
    schedule();
}

void LiveSessionNotifier::notify(const CourseLiveSession &session, const LiveOccurrence &occurrence)
{
    const QDateTime now = m_clock();
    const int minutesLeft = int((now.secsTo(occurrence.start) + 59) / 60);
    qCInfo(lcLive) << "Reminder:" << session.courseCode << "live session at"
                   << occurrence.start.toString(Qt::ISODate);
    Q_EMIT reminderDue(session.courseCode, session.courseTitle, occurrence.start, session.joinUrl);

    QSystemTrayIcon *icon = trayIcon();
    if (!icon)
        return;
    m_lastJoinUrl = session.joinUrl;
    const QString title
        = tr("%1 live session in %n minute(s)", nullptr, minutesLeft).arg(session.courseCode);
    const QString body
        = tr("%1 starts at %2, your time. Click to join.")
              .arg(session.courseTitle,
                   QLocale().toString(occurrence.start.toLocalTime().time(), QLocale::ShortFormat));
    icon->showMessage(title, body, QSystemTrayIcon::Information, 60 * 1000);
}

QSystemTrayIcon *LiveSessionNotifier::trayIcon()
{
    if (m_trayIcon)
        return m_trayIcon;
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        // Fail soft: many desktops (and every headless session) have no tray. The reminder
        // still went out as reminderDue(); say once why no desktop notification appears.
        if (!m_loggedNoTray) {
            qCInfo(lcLive) << "No system tray available: live session reminders are not shown "
                              "as desktop notifications";
            m_loggedNoTray = true;
        }
        return nullptr;
    }
    auto *icon = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
    icon->setToolTip(tr("Lectern"));
    // Only on an icon of its own is a click on a message surely about a live session.
    connect(icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastJoinUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(m_lastJoinUrl));
    });
    icon->show();
    m_trayIcon = icon;
    m_ownsTrayIcon = true;
    return icon;
}

} // namespace lectern
