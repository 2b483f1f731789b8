#pragma once

#include "domain/catalog.h"
#include "store/progressrepository.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace lectern {

class ApiClient;

// What a course is and how it runs: description, units, domains, the weekly plan and the
// weekly live session (shown in the viewer's time zone and in the course's). Faculty who
// teach the course also get a "Roster…" button; the main window shows the roster as a page
// of its own when it is clicked (rosterRequested).
class CoursePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoursePage)

public:
    explicit CoursePage(QWidget *parent = nullptr);

    // viewer: the enrolment of whoever is signed in; the roster is offered only to faculty who
    // teach the course (the server refuses everyone else anyway).
    void showCourse(const Course &course, const Programme &programme, const Enrolment &viewer = {});
    // A lecture's objectives and summary, and whether its quiz is open yet.
    void showLecture(const Course &course, const Lecture &lecture, const LectureProgress &progress);
    void showProgramme(const CatalogSnapshot &snapshot);

    QString plainText() const; // what is on screen, for tests and accessibility

    // Where rosters are fetched from; without one the roster button is never shown.
    void setApiClient(ApiClient *api) { m_api = api; }
    ApiClient *apiClient() const { return m_api; }

Q_SIGNALS:
    // The faculty clicked "Roster…" on the course shown.
    void rosterRequested(const QString &courseCode);

private:
    QTextBrowser *m_view;
    QPushButton *m_rosterButton;
    QPointer<ApiClient> m_api;
    QString m_courseCode;
};

} // namespace lectern
