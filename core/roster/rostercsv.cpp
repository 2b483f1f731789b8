#include "rostercsv.h"

#include <QCoreApplication>

namespace lectern {
namespace {

QString number(double value)
{
    // One decimal, as the server rounds, and never the locale's comma,
    // which would split the cell in two.
    return QString::number(value, 'f', 1);
}

} // namespace

QString RosterCsv::cell(const QString &text)
{
    QString value = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = QStringLiteral("\"") + value + QStringLiteral("\"");
    }
    return value;
}

QString RosterCsv::row(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &text : cells)
        out.append(cell(text));
    return out.join(u',') + QStringLiteral("\r\n");
}

QByteArray RosterCsv::toCsv(const CourseRoster &roster)
{
    QStringList header{QCoreApplication::translate("lectern::RosterCsv", "User name"),
                       QCoreApplication::translate("lectern::RosterCsv", "Name"),
                       QCoreApplication::translate("lectern::RosterCsv", "Course watched %"),
                       QCoreApplication::translate("lectern::RosterCsv", "Last activity")};
    for (const RosterLecture &lecture : roster.lectures)
        header.append(
            QCoreApplication::translate("lectern::RosterCsv", "%1 watched %").arg(lecture.id));
    for (const RosterLecture &lecture : roster.lectures) {
        if (!lecture.hasQuiz)
            continue;
        header.append(
            QCoreApplication::translate("lectern::RosterCsv", "%1 quiz best %").arg(lecture.id));
        header.append(
            QCoreApplication::translate("lectern::RosterCsv", "%1 quiz attempts").arg(lecture.id));
    }
    QString text = row(header);
    for (const RosterLearner &learner : roster.learners) {
        QStringList cells{learner.username, learner.displayName, number(learner.watchedPercent),
                          learner.lastActivity.isValid()
                              ? learner.lastActivity.toUTC().toString(Qt::ISODate)
                              : QString()};
        for (const RosterViewing &viewing : learner.lectures)
            cells.append(number(viewing.watchedPercent));
        for (const RosterLecture &lecture : roster.lectures) {
            if (!lecture.hasQuiz)
                continue;
            // The server sends one entry per quiz; a missing one reads as never attempted.
            RosterQuiz quiz;
            for (const RosterQuiz &candidate : learner.quizzes) {
                if (candidate.lectureId == lecture.id)
                    quiz = candidate;
            }
            cells.append(quiz.bestPercent ? number(*quiz.bestPercent) : QString());
            cells.append(QString::number(quiz.attempts));
        }
        text += row(cells);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace lectern
