#pragma once

#include "domain/catalog.h"
#include "store/progressrepository.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace lectern {

class ApiClient;
class RosterPage;

// What a course is and how it runs: description, units, domains, the weekly plan and the
// weekly live session (shown in the viewer's time zone and in the course's). Faculty who
// teach the course also get a "Roster" button, which opens the course's RosterPage.
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
    // The roster window opened last, while it is open.
    RosterPage *rosterPage() const;

Q_SIGNALS:
    void rosterOpened(const QString &courseCode);

private:
    void openRoster();

    QTextBrowser *m_view;
    QPushButton *m_rosterButton;
    QPointer<ApiClient> m_api;
    QPointer<RosterPage> m_rosterPage;
    QString m_courseCode;
    QString m_courseTitle;
};

} // namespace lectern
