#pragma once

#include "domain/catalog.h"
#include "live/livesessionschedule.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace lectern {

// Every course's weekly live session the user may attend, each with its next meeting in the
// user's own time zone (the course's zone and time on hover), a Join button that opens the
// link in the browser, and export of one course's or all sessions to an .ics file for a
// calendar app. It also keeps the reminder setting (minutes before a session) that
// LiveSessionNotifier follows.
class LiveSessionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSessionsPage)

public:
    static constexpr auto kReminderMinutesKey = "liveSessions/reminderMinutes";
    static constexpr auto kExportFolderKey = "liveSessions/exportFolder";
    static constexpr int kDefaultReminderMinutes = 10;

    explicit LiveSessionsPage(QSettings *settings, QWidget *parent = nullptr);

    void setCatalog(const CatalogSnapshot &snapshot);
    int reminderMinutes() const; // 0: no reminders

    // Where "now" comes from; the system clock unless a test pins it.
    void setClock(std::function<QDateTime()> clock);

Q_SIGNALS:
    void reminderMinutesChanged(int minutes);
    void calendarExported(const QString &path, int sessionCount);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum Column { CourseColumn, NextColumn, LengthColumn, ActionsColumn };

    void buildLayout();
    void rebuildRows();
    void rebuildRowsWhenSeen();
    void refreshTimes();
    const QIcon &saveIcon();
    QWidget *rowButtons(const CourseLiveSession &session);
    void restoreTabOrder();
    void askWhereToExport(const QStringList &courseCodes);
    void exportTo(const QString &path, const QStringList &courseCodes);
    void showExportError(const QString &path, const QString &reason);

    QSettings *m_settings;
    std::function<QDateTime()> m_clock;
    QString m_programmeId;
    QString m_programmeTitle;
    QList<CourseLiveSession> m_sessions;
    QStringList m_unscheduled;
    QHash<QString, QTreeWidgetItem *> m_rows; // course code → its row
    // The rows (a widget of buttons each) are built when the page is first seen, not while it
    // is hidden at start-up; a catalog given while hidden marks them out of date.
    bool m_rowsOutOfDate = true;
    QIcon m_saveIcon; // the style's save icon, read from its image files once

    QLabel *m_zoneNote;
    QLabel *m_emptyNote;
    QTreeWidget *m_list;
    QLabel *m_unscheduledNote;
    QSpinBox *m_reminder;
    QPushButton *m_exportAllButton;
    QLabel *m_exportStatus;
    QTimer *m_refreshTimer;
};

} // namespace lectern
