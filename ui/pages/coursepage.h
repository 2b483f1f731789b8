#pragma once

#include "domain/catalog.h"
#include "store/progressrepository.h"

#include <QWidget>

class QTextBrowser;

namespace lectern {

// What a course is and how it runs: description, units, domains, the weekly plan and the
// weekly live session (shown in the viewer's time zone and in the course's).
class CoursePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoursePage)

public:
    explicit CoursePage(QWidget *parent = nullptr);

    void showCourse(const Course &course, const Programme &programme);
    // A lecture's objectives and summary, and whether its quiz is open yet.
    void showLecture(const Course &course, const Lecture &lecture, const LectureProgress &progress);
    void showProgramme(const CatalogSnapshot &snapshot);

    QString plainText() const; // what is on screen, for tests and accessibility

private:
    QTextBrowser *m_view;
};

} // namespace lectern
