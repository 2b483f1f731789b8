#include "coursepage.h"

#include "sync/apiclient.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lectern {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString unitsText(double units)
{
    return units == 1 ? CoursePage::tr("1 unit")
                      : CoursePage::tr("%1 units").arg(QLocale().toString(units));
}

int weekdayNumber(const QString &weekday)
{
    static const QStringList days{QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                                  QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                  QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                                  QStringLiteral("Sunday")};
    return int(days.indexOf(weekday)) + 1;
}

// The next occurrence of the weekly session, so it can be shown in the viewer's own zone
// (daylight saving makes the offset depend on the date).
QDateTime nextSession(const LiveSession &live)
{
    const QTimeZone zone(live.timeZone.toUtf8());
    const QTime time = QTime::fromString(live.time, QStringLiteral("HH:mm"));
    const int weekday = weekdayNumber(live.weekday);
    if (!zone.isValid() || !time.isValid() || weekday <= 0)
        return {};
    QDate date = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    while (date.dayOfWeek() != weekday)
        date = date.addDays(1);
    return QDateTime(date, time, zone);
}

QString liveSessionHtml(const LiveSession &live)
{
    const QDateTime next = nextSession(live);
    const QLocale locale;
    const int weekday = weekdayNumber(live.weekday);
    QString when
        = CoursePage::tr("Every %1 at %2 (%3 time)")
              .arg(weekday > 0 ? locale.dayName(weekday) : live.weekday, live.time, live.timeZone);
    if (next.isValid()) {
        const QDateTime local = next.toLocalTime();
        when += CoursePage::tr("<br>Next: %1, your time")
                    .arg(escaped(locale.toString(local.date(), QLocale::LongFormat)
                                 + QStringLiteral(", ")
                                 + locale.toString(local.time(), QLocale::ShortFormat)));
    }
    return CoursePage::tr("<h3>Weekly live session</h3><p>%1 · %n minute(s)<br>"
                          "<a href=\"%2\">%2</a></p>",
                          nullptr, live.durationMinutes)
        .arg(when, escaped(live.joinUrl));
}

} // namespace

CoursePage::CoursePage(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
    , m_rosterButton(new QPushButton(tr("Roster…"), this))
{
    setObjectName(QStringLiteral("coursePage"));
    m_view->setObjectName(QStringLiteral("courseView"));
    m_view->setOpenExternalLinks(true);
    m_view->setAccessibleName(tr("Details"));
    m_rosterButton->setObjectName(QStringLiteral("rosterButton"));
    m_rosterButton->setAccessibleName(tr("Open the roster of this course"));
    m_rosterButton->setToolTip(
        tr("Each learner's viewing, quiz scores and last activity in this course"));
    m_rosterButton->hide();
    connect(m_rosterButton, &QPushButton::clicked, this, [this] {
        if (!m_courseCode.isEmpty())
            Q_EMIT rosterRequested(m_courseCode);
    });
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 6, 6, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_rosterButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
}

void CoursePage::showProgramme(const CatalogSnapshot &snapshot)
{
    m_courseCode.clear();
    m_rosterButton->hide();
    const Programme &programme = snapshot.programme;
    if (programme.id.isEmpty()) {
        m_view->setHtml(tr("<h2>No programme yet</h2><p>Log in to download your programme. "
                           "After the first sync it is available offline.</p>"));
        return;
    }
    double units = 0;
    for (const Course &course : snapshot.courses)
        units += course.units;
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(escaped(programme.title), escaped(programme.institution));
    html += tr("<p>%1 courses · %2 in %3 trimesters</p>")
                .arg(snapshot.courses.size())
                .arg(unitsText(units))
                .arg(programme.trimesters.size());
    html += tr("<h3>Programme goals</h3>");
    for (const ObjectiveDomain &domain : programme.domains) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(domain.title));
        for (const QString &topic : domain.topics)
            html += QStringLiteral("<li>%1</li>").arg(escaped(topic));
        html += QStringLiteral("</ul>");
    }
    m_view->setHtml(html);
}

void CoursePage::showCourse(const Course &course, const Programme &programme,
                            const Enrolment &viewer)
{
    m_courseCode = course.code;
    m_rosterButton->setVisible(m_api && viewer.role == u"faculty"
                               && viewer.teachingCourses.contains(course.code));
    QStringList domains;
    for (const QString &id : course.domainIds) {
        for (const ObjectiveDomain &domain : programme.domains) {
            if (domain.id == id)
                domains.append(escaped(domain.title));
        }
    }
    QString html
        = QStringLiteral("<h1>%1 %2</h1>").arg(escaped(course.code), escaped(course.title));
    html += tr("<p>%1 · %n week(s) · %2 lectures · trimester %3</p>", nullptr,
               int(course.weeks.size()))
                .arg(unitsText(course.units))
                .arg(course.lectureCount())
                .arg(programme.trimesterOf(course.code));
    if (course.status == CourseStatus::Draft)
        html += tr("<p><b>Draft:</b> learners do not see this course yet.</p>");
    html += tr("<p><b>Domains:</b> %1</p>").arg(domains.join(QStringLiteral(", ")));
    html += QStringLiteral("<p>%1</p>").arg(escaped(course.description));
    html += liveSessionHtml(course.liveSession);
    html += tr("<h3>Weekly plan</h3>");
    for (const Week &week : course.weeks) {
        html += tr("<p><b>Week %1: %2</b></p><ul>").arg(week.number).arg(escaped(week.title));
        for (const Lecture &lecture : week.lectures) {
            html += tr("<li>%1 (%2 min) · quiz of %n question(s)</li>", nullptr,
                       lecture.quiz.questionCount)
                        .arg(escaped(lecture.title))
                        .arg((lecture.durationSeconds + 59) / 60);
        }
        html += QStringLiteral("</ul>");
    }
    html += tr("<p>Each quiz opens once its lecture has been watched to %1%.</p>")
                .arg(qRound(course.unlockThreshold * 100));
    m_view->setHtml(html);
}

void CoursePage::showLecture(const Course &course, const Lecture &lecture,
                             const LectureProgress &progress)
{
    m_courseCode.clear();
    m_rosterButton->hide();
    QString html = QStringLiteral("<h1>%1</h1><p>%2 %3</p>")
                       .arg(escaped(lecture.title), escaped(course.code), escaped(course.title));
    html += tr("<p>%1 min · quiz of %n question(s)</p>", nullptr, lecture.quiz.questionCount)
                .arg((lecture.durationSeconds + 59) / 60);
    if (progress.isQuizUnlocked()) {
        html += tr("<p><b>The quiz is unlocked.</b></p>");
    } else {
        html += tr("<p><b>The quiz is locked</b> until %1% of the lecture has been watched "
                   "(%2% so far).</p>")
                    .arg(qRound(course.unlockThreshold * 100))
                    .arg(int(progress.coverage.fraction * 100));
    }
    html += tr("<h3>Learning objectives</h3><ul>");
    for (const QString &objective : lecture.objectives)
        html += QStringLiteral("<li>%1</li>").arg(escaped(objective));
    html += QStringLiteral("</ul>");
    html += tr("<h3>About this lecture</h3><p>%1</p>").arg(escaped(lecture.script));
    m_view->setHtml(html);
}

QString CoursePage::plainText() const
{
    return m_view->toPlainText();
}

} // namespace lectern
