#pragma once

#include "roster/courseroster.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lectern {

class ApiClient;

// One course's roster for its faculty (issue 7), a page of the main window: a row per learner
// with the share of the course watched, a strip per lecture showing which parts were watched and
// which skipped, each quiz's best counted score and attempts, and the last activity; "Export
// CSV…" writes it for a spreadsheet (RosterCsv).
//
// The roster comes from the server (ApiClient::fetchRoster), which answers only the course's
// faculty; the page shows its refusal or any other failure as a sentence instead of the table.
// Nothing is stored: it is personal data of other people, fetched fresh each time it is opened.
class RosterPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterPage)

public:
    // Columns before the per-lecture strips.
    enum Column { LearnerColumn, WatchedColumn, LastActivityColumn, kFixedColumns };

    explicit RosterPage(ApiClient *api, QWidget *parent = nullptr);

    // Fetches and shows the roster of the course; title is shown while it loads.
    void showCourse(const QString &courseCode, const QString &title);
    void setRoster(const CourseRoster &roster);
    const CourseRoster &roster() const { return m_roster; }
    QString courseCode() const { return m_courseCode; }

    // Writes the roster shown as CSV to path; false (with the reason shown) when it cannot.
    bool exportCsv(const QString &path);

Q_SIGNALS:
    void rosterLoaded(const QString &courseCode);
    void loadFailed(const QString &message);

private:
    void askExportPath();
    void showTitle(const QString &title);
    void showMessage(const QString &message);

    QPointer<ApiClient> m_api;
    QString m_courseCode;
    CourseRoster m_roster;
    QLabel *m_title;
    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_export;
    int m_request = 0; // answers to an older showCourse() are dropped
};

} // namespace lectern
