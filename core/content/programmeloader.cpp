#include "programmeloader.h"

#include "content/jsonlineindex.h"
#include "quiz/giftparser.h"
#include "quiz/quizsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <cmath>
#include <optional>

namespace lectern {

QString ContentError::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason)
                    : QStringLiteral("%1: %2").arg(file, reason);
}

namespace {

const QStringList kWeekdays{QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                            QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                            QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                            QStringLiteral("Sunday")};

// Reads one JSON file and checks it, collecting errors that point at lines. Every accessor
// takes a JSON Pointer path so the error can name the line the value sits on.
class JsonFileChecker
{
public:
    JsonFileChecker(QString relativePath, QList<ContentError> &errors)
        : m_file(std::move(relativePath))
        , m_errors(errors)
    { }

    std::optional<QJsonObject> open(const QString &absolutePath)
    {
        QFile file(absolutePath);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(0, QStringLiteral("cannot be read: %1").arg(file.errorString()));
            return std::nullopt;
        }
        const QByteArray bytes = file.readAll();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
            fail(line, QStringLiteral("is not valid JSON: %1").arg(parseError.errorString()));
            return std::nullopt;
        }
        if (!document.isObject()) {
            fail(1, QStringLiteral("must contain a JSON object"));
            return std::nullopt;
        }
        m_index.emplace(bytes);
        return document.object();
    }

    void fail(const QString &path, const QString &reason)
    {
        fail(m_index ? m_index->lineOf(path) : 0, reason);
    }
    void fail(int line, const QString &reason) { m_errors.append({m_file, line, reason}); }

    // Refuses keys the format does not know, so a misspelt key is not silently ignored.
    void allowOnly(const QJsonObject &object, const QString &path, const QStringList &keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                fail(path + u'/' + it.key(), QStringLiteral("unknown key \"%1\"").arg(it.key()));
        }
    }

    QString text(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            fail(path, QStringLiteral("\"%1\" is missing").arg(key));
            return {};
        }
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(path + u'/' + key, QStringLiteral("\"%1\" must be a non-empty text").arg(key));
            return {};
        }
        return value.toString().trimmed();
    }

    double number(const QJsonObject &object, const QString &path, const QString &key,
                  std::optional<double> fallback = std::nullopt)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && fallback)
            return *fallback;
        if (!value.isDouble()) {
            fail(value.isUndefined() ? path : path + u'/' + key,
                 QStringLiteral("\"%1\" must be a number").arg(key));
            return fallback.value_or(0);
        }
        return value.toDouble();
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            fail(value.isUndefined() ? path : path + u'/' + key,
                 QStringLiteral("\"%1\" must be a list").arg(key));
            return {};
        }
        return value.toArray();
    }

    QStringList texts(const QJsonObject &object, const QString &path, const QString &key)
    {
        QStringList result;
        const QJsonArray values = array(object, path, key);
        for (int i = 0; i < values.size(); ++i) {
            const QString itemPath = QStringLiteral("%1/%2/%3").arg(path, key).arg(i);
            if (!values.at(i).isString() || values.at(i).toString().trimmed().isEmpty())
                fail(itemPath, QStringLiteral("\"%1\" must hold non-empty texts").arg(key));
            else
                result.append(values.at(i).toString().trimmed());
        }
        return result;
    }

    QJsonObject object(const QJsonObject &parent, const QString &path, const QString &key)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isObject()) {
            fail(value.isUndefined() ? path : path + u'/' + key,
                 QStringLiteral("\"%1\" must be an object").arg(key));
            return {};
        }
        return value.toObject();
    }

private:
    QString m_file;
    QList<ContentError> &m_errors;
    std::optional<JsonLineIndex> m_index;
};

// A time in a course file: ISO 8601 with an explicit zone ("2026-12-01T23:59:00Z" or
// "…+01:00"). A time without one would mean something else on every machine that reads it.
std::optional<QDateTime> zonedTime(const QString &text)
{
    static const QRegularExpression zoned(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)$"));
    if (!zoned.match(text).hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

// Applies a "quiz_settings" object found under `parent` over `settings`, key by key, so a
// lecture overrides only what it names (docs/content-format.md). Absent: settings unchanged.
QuizSettings readQuizSettings(JsonFileChecker &check, const QJsonObject &parent,
                              const QString &parentPath, QuizSettings settings)
{
    const QString key = QStringLiteral("quiz_settings");
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return settings;
    const QString path = parentPath + u'/' + key;
    if (!value.isObject()) {
        check.fail(path, QStringLiteral("\"quiz_settings\" must be an object"));
        return settings;
    }
    const QJsonObject object = value.toObject();
    check.allowOnly(object, path,
                    {QStringLiteral("pass_mark"), QStringLiteral("attempts_allowed"),
                     QStringLiteral("time_limit_minutes"), QStringLiteral("shuffle_questions"),
                     QStringLiteral("shuffle_answers"), QStringLiteral("show_feedback"),
                     QStringLiteral("show_answers"), QStringLiteral("layout"),
                     QStringLiteral("opens_at"), QStringLiteral("closes_at")});
    const auto at = [&path](const char *name) {
        return path + u'/' + QLatin1String(name);
    };
    const auto wholeNumber = [&](const char *name, int &out, const QString &reason) {
        const QJsonValue v = object.value(QLatin1String(name));
        if (v.isUndefined())
            return;
        const double number = v.toDouble(-1);
        if (!v.isDouble() || number < 0 || number > 1e6 || number != std::floor(number))
            check.fail(at(name), reason);
        else
            out = int(number);
    };
    const auto flag = [&](const char *name, bool &out) {
        const QJsonValue v = object.value(QLatin1String(name));
        if (v.isUndefined())
            return;
        if (!v.isBool())
            check.fail(at(name),
                       QStringLiteral("\"%1\" must be true or false").arg(QLatin1String(name)));
        else
            out = v.toBool();
    };
    const auto time = [&](const char *name, QDateTime &out) {
        const QJsonValue v = object.value(QLatin1String(name));
        if (v.isUndefined())
            return;
        if (v.isNull()) {
            out = QDateTime(); // a lecture clears a date its course set
            return;
        }
        const std::optional<QDateTime> parsed = zonedTime(v.toString());
        if (!v.isString() || !parsed) {
            check.fail(at(name),
                       QStringLiteral("\"%1\" must be an ISO 8601 time with a time "
                                      "zone, like \"2026-12-01T23:59:00Z\"")
                           .arg(QLatin1String(name)));
        } else {
            out = *parsed;
        }
    };

    if (const QJsonValue v = object.value(QStringLiteral("pass_mark")); !v.isUndefined()) {
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
            check.fail(at("pass_mark"),
                       QStringLiteral("pass_mark must be a number from 0 to 1 (0.7 means 70%)"));
        else
            settings.passMark = v.toDouble();
    }
    wholeNumber("attempts_allowed", settings.attemptsAllowed,
                QStringLiteral("attempts_allowed must be a whole number, 0 for unlimited"));
    wholeNumber("time_limit_minutes", settings.timeLimitMinutes,
                QStringLiteral("time_limit_minutes must be a whole number of minutes, 0 for "
                               "no limit"));
    flag("shuffle_questions", settings.shuffleQuestions);
    flag("shuffle_answers", settings.shuffleAnswers);
    flag("show_feedback", settings.showFeedback);
    if (const QJsonValue v = object.value(QStringLiteral("show_answers")); !v.isUndefined()) {
        const auto visibility = answerVisibilityFromName(v.toString());
        if (!v.isString() || !visibility)
            check.fail(at("show_answers"),
                       QStringLiteral("show_answers must be \"never\", \"after_submission\" or "
                                      "\"after_last_attempt\""));
        else
            settings.showAnswers = *visibility;
    }
    if (const QJsonValue v = object.value(QStringLiteral("layout")); !v.isUndefined()) {
        const auto layout = quizLayoutFromName(v.toString());
        if (!v.isString() || !layout)
            check.fail(at("layout"),
                       QStringLiteral("layout must be \"one_per_page\" or \"all_on_one_page\""));
        else
            settings.layout = *layout;
    }
    time("opens_at", settings.opensAt);
    time("closes_at", settings.closesAt);
    if (settings.opensAt.isValid() && settings.closesAt.isValid()
        && settings.opensAt >= settings.closesAt) {
        check.fail(path, QStringLiteral("the quiz closes (closes_at) before it opens (opens_at)"));
    }
    return settings;
}

// Weeks a course of these units runs: two per unit, at least one (docs/content-format.md).
int expectedWeeks(double units)
{
    return std::max(1, int(std::lround(units * 2)));
}

class Loader
{
public:
    explicit Loader(const QString &directory)
        : m_dir(directory)
    { }

    ProgrammeLoader::Outcome run()
    {
        if (!m_dir.exists()) {
            m_outcome.errors.append({m_dir.path(), 0, QStringLiteral("folder does not exist")});
            return m_outcome;
        }
        loadProgramme();
        loadCourses();
        checkPlan();
        return m_outcome;
    }

private:
    void loadProgramme()
    {
        const QString name = QStringLiteral("programme.json");
        JsonFileChecker check(name, m_outcome.errors);
        const std::optional<QJsonObject> root = check.open(m_dir.filePath(name));
        if (!root)
            return;
        const QJsonObject &json = *root;
        check.allowOnly(json, QString(),
                        {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("title"),
                         QStringLiteral("institution"), QStringLiteral("total_courses"),
                         QStringLiteral("total_units"), QStringLiteral("domains"),
                         QStringLiteral("elective_slots"), QStringLiteral("trimesters")});
        if (check.number(json, QString(), QStringLiteral("format")) != 1)
            check.fail(QStringLiteral("/format"), QStringLiteral("only format 1 is understood"));

        Programme &programme = m_outcome.content.programme;
        programme.id = check.text(json, QString(), QStringLiteral("id"));
        programme.title = check.text(json, QString(), QStringLiteral("title"));
        programme.institution = json.value(QStringLiteral("institution")).toString();
        programme.totalCourses
            = int(check.number(json, QString(), QStringLiteral("total_courses")));
        programme.totalUnits = check.number(json, QString(), QStringLiteral("total_units"));

        const QJsonArray domains = check.array(json, QString(), QStringLiteral("domains"));
        for (int i = 0; i < domains.size(); ++i) {
            const QString path = QStringLiteral("/domains/%1").arg(i);
            const QJsonObject domain = domains.at(i).toObject();
            check.allowOnly(
                domain, path,
                {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("topics")});
            programme.domains.append({check.text(domain, path, QStringLiteral("id")),
                                      check.text(domain, path, QStringLiteral("title")),
                                      check.texts(domain, path, QStringLiteral("topics"))});
        }

        const QJsonArray slots = check.array(json, QString(), QStringLiteral("elective_slots"));
        for (int i = 0; i < slots.size(); ++i) {
            const QString path = QStringLiteral("/elective_slots/%1").arg(i);
            const QJsonObject slot = slots.at(i).toObject();
            check.allowOnly(
                slot, path,
                {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("options")});
            ElectiveSlot parsed{check.text(slot, path, QStringLiteral("id")),
                                check.text(slot, path, QStringLiteral("title")),
                                check.texts(slot, path, QStringLiteral("options"))};
            if (parsed.options.size() < 2)
                check.fail(path, QStringLiteral("an elective slot needs at least two options"));
            programme.electiveSlots.append(parsed);
        }

        const QJsonArray trimesters = check.array(json, QString(), QStringLiteral("trimesters"));
        for (int i = 0; i < trimesters.size(); ++i) {
            const QString path = QStringLiteral("/trimesters/%1").arg(i);
            const QJsonObject object = trimesters.at(i).toObject();
            check.allowOnly(
                object, path,
                {QStringLiteral("number"), QStringLiteral("year"), QStringLiteral("courses")});
            Trimester trimester{int(check.number(object, path, QStringLiteral("number"))),
                                int(check.number(object, path, QStringLiteral("year"))),
                                check.texts(object, path, QStringLiteral("courses"))};
            if (trimester.number != i + 1)
                check.fail(path, QStringLiteral("trimesters must be numbered 1, 2, 3, … in order"));
            if (trimester.entries.size() < 2 || trimester.entries.size() > 3)
                check.fail(path + QStringLiteral("/courses"),
                           QStringLiteral("trimester %1 has %2 courses; a trimester has 2-3")
                               .arg(trimester.number)
                               .arg(trimester.entries.size()));
            programme.trimesters.append(trimester);
        }
    }

    void loadCourses()
    {
        const QDir coursesDir(m_dir.filePath(QStringLiteral("courses")));
        const QStringList files
            = coursesDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            m_outcome.errors.append(
                {QStringLiteral("courses/"), 0, QStringLiteral("no course files found")});
        }
        for (const QString &fileName : files)
            loadCourse(QStringLiteral("courses/") + fileName);
    }

    void loadCourse(const QString &relativePath)
    {
        JsonFileChecker check(relativePath, m_outcome.errors);
        const std::optional<QJsonObject> root = check.open(m_dir.filePath(relativePath));
        if (!root)
            return;
        const QJsonObject &json = *root;
        check.allowOnly(json, QString(),
                        {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("units"),
                         QStringLiteral("status"), QStringLiteral("domains"),
                         QStringLiteral("description"), QStringLiteral("unlock_threshold"),
                         QStringLiteral("quiz_settings"), QStringLiteral("live_session"),
                         QStringLiteral("weeks")});
        Course course;
        course.code = check.text(json, QString(), QStringLiteral("code"));
        if (!course.code.isEmpty() && QFileInfo(relativePath).completeBaseName() != course.code)
            check.fail(QStringLiteral("/code"),
                       QStringLiteral("code \"%1\" does not match the file name").arg(course.code));
        course.title = check.text(json, QString(), QStringLiteral("title"));
        course.units = check.number(json, QString(), QStringLiteral("units"));
        if (course.units <= 0 || std::fmod(course.units * 2, 1.0) != 0)
            check.fail(QStringLiteral("/units"),
                       QStringLiteral("units must be a positive multiple of 0.5"));
        bool knownStatus = false;
        course.status = courseStatusFromName(check.text(json, QString(), QStringLiteral("status")),
                                             &knownStatus);
        if (!knownStatus)
            check.fail(QStringLiteral("/status"),
                       QStringLiteral("status must be \"published\" or \"draft\""));
        course.domainIds = check.texts(json, QString(), QStringLiteral("domains"));
        for (int i = 0; i < course.domainIds.size(); ++i) {
            if (!hasDomain(course.domainIds.at(i)))
                check.fail(QStringLiteral("/domains/%1").arg(i),
                           QStringLiteral("unknown domain \"%1\"").arg(course.domainIds.at(i)));
        }
        if (course.domainIds.isEmpty())
            check.fail(QStringLiteral("/domains"), QStringLiteral("a course needs a domain"));
        course.description = check.text(json, QString(), QStringLiteral("description"));
        course.unlockThreshold
            = check.number(json, QString(), QStringLiteral("unlock_threshold"), 0.9);
        if (course.unlockThreshold < 0.5 || course.unlockThreshold > 1.0)
            check.fail(QStringLiteral("/unlock_threshold"),
                       QStringLiteral("unlock_threshold must be between 0.5 and 1.0"));
        course.liveSession = readLiveSession(check, json);
        const QuizSettings quizDefaults = readQuizSettings(check, json, QString(), QuizSettings{});
        readWeeks(check, json, course, quizDefaults);
        m_outcome.content.courses.append(course);
    }

    LiveSession readLiveSession(JsonFileChecker &check, const QJsonObject &json)
    {
        const QString path = QStringLiteral("/live_session");
        const QJsonObject object = check.object(json, QString(), QStringLiteral("live_session"));
        check.allowOnly(object, path,
                        {QStringLiteral("weekday"), QStringLiteral("time"),
                         QStringLiteral("time_zone"), QStringLiteral("duration_minutes"),
                         QStringLiteral("join_url")});
        LiveSession live;
        live.weekday = check.text(object, path, QStringLiteral("weekday"));
        if (!live.weekday.isEmpty() && !kWeekdays.contains(live.weekday))
            check.fail(path + QStringLiteral("/weekday"),
                       QStringLiteral("weekday must be Monday … Sunday, in English"));
        live.time = check.text(object, path, QStringLiteral("time"));
        static const QRegularExpression clock(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
        if (!live.time.isEmpty() && !clock.match(live.time).hasMatch())
            check.fail(path + QStringLiteral("/time"), QStringLiteral("time must be HH:MM"));
        live.timeZone = check.text(object, path, QStringLiteral("time_zone"));
        if (!live.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(live.timeZone.toUtf8()))
            check.fail(path + QStringLiteral("/time_zone"),
                       QStringLiteral("unknown time zone \"%1\"").arg(live.timeZone));
        live.durationMinutes
            = int(check.number(object, path, QStringLiteral("duration_minutes"), 60));
        live.joinUrl = check.text(object, path, QStringLiteral("join_url"));
        const QUrl url(live.joinUrl, QUrl::StrictMode);
        if (!live.joinUrl.isEmpty() && (!url.isValid() || url.scheme() != u"https"))
            check.fail(path + QStringLiteral("/join_url"),
                       QStringLiteral("join_url must be an https link"));
        return live;
    }

    void readWeeks(JsonFileChecker &check, const QJsonObject &json, Course &course,
                   const QuizSettings &quizDefaults)
    {
        const QJsonArray weeks = check.array(json, QString(), QStringLiteral("weeks"));
        if (course.units > 0 && weeks.size() != expectedWeeks(course.units))
            check.fail(QStringLiteral("/weeks"),
                       QStringLiteral("a %1-unit course runs %2 weeks, not %3")
                           .arg(course.units)
                           .arg(expectedWeeks(course.units))
                           .arg(weeks.size()));
        for (int w = 0; w < weeks.size(); ++w) {
            const QString path = QStringLiteral("/weeks/%1").arg(w);
            const QJsonObject object = weeks.at(w).toObject();
            check.allowOnly(
                object, path,
                {QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("lectures")});
            Week week;
            week.number = int(check.number(object, path, QStringLiteral("number")));
            if (week.number != w + 1)
                check.fail(path, QStringLiteral("weeks must be numbered 1, 2, 3, … in order"));
            week.title = check.text(object, path, QStringLiteral("title"));
            const QJsonArray lectures = check.array(object, path, QStringLiteral("lectures"));
            if (lectures.size() < 2 || lectures.size() > 4)
                check.fail(path + QStringLiteral("/lectures"),
                           QStringLiteral("week %1 has %2 lectures; a week needs 2-4")
                               .arg(week.number)
                               .arg(lectures.size()));
            for (int l = 0; l < lectures.size(); ++l) {
                week.lectures.append(readLecture(check, lectures.at(l).toObject(),
                                                 QStringLiteral("%1/lectures/%2").arg(path).arg(l),
                                                 quizDefaults));
            }
            course.weeks.append(week);
        }
    }

    Lecture readLecture(JsonFileChecker &check, const QJsonObject &object, const QString &path,
                        const QuizSettings &quizDefaults)
    {
        check.allowOnly(object, path,
                        {QStringLiteral("id"), QStringLiteral("title"),
                         QStringLiteral("duration_seconds"), QStringLiteral("objectives"),
                         QStringLiteral("script"), QStringLiteral("quiz"),
                         QStringLiteral("quiz_settings")});
        Lecture lecture;
        lecture.id = check.text(object, path, QStringLiteral("id"));
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
        if (!lecture.id.isEmpty() && !idPattern.match(lecture.id).hasMatch())
            check.fail(path + QStringLiteral("/id"),
                       QStringLiteral("lecture id may hold only letters, digits, '.', '_', '-'"));
        if (!lecture.id.isEmpty() && m_lectureIds.contains(lecture.id))
            check.fail(path + QStringLiteral("/id"),
                       QStringLiteral("lecture id \"%1\" is used twice").arg(lecture.id));
        m_lectureIds.insert(lecture.id);
        lecture.title = check.text(object, path, QStringLiteral("title"));
        lecture.durationSeconds
            = int(check.number(object, path, QStringLiteral("duration_seconds")));
        if (lecture.durationSeconds <= 0)
            check.fail(path + QStringLiteral("/duration_seconds"),
                       QStringLiteral("duration_seconds must be positive"));
        lecture.objectives = check.texts(object, path, QStringLiteral("objectives"));
        if (lecture.objectives.isEmpty())
            check.fail(path + QStringLiteral("/objectives"),
                       QStringLiteral("a lecture needs at least one objective"));
        lecture.script = check.text(object, path, QStringLiteral("script"));
        const QString quizPath = check.text(object, path, QStringLiteral("quiz"));
        lecture.quiz.id = lecture.id;
        lecture.quiz.title = QStringLiteral("Quiz: %1").arg(lecture.title);
        lecture.quiz.settings = readQuizSettings(check, object, path, quizDefaults);
        if (!quizPath.isEmpty()) {
            const QList<Question> *questions = quiz(quizPath);
            if (!questions) {
                check.fail(path + QStringLiteral("/quiz"),
                           QStringLiteral("quiz file \"%1\" not found").arg(quizPath));
            } else {
                lecture.quiz.questionCount = int(questions->size());
                m_outcome.content.quizzes.insert(lecture.id, *questions);
            }
        }
        return lecture;
    }

    // Parses each quiz file once (a pool serves several lectures); errors are reported
    // against the GIFT file itself. Returns null when the file does not exist.
    const QList<Question> *quiz(const QString &relativePath)
    {
        if (auto it = m_quizzes.constFind(relativePath); it != m_quizzes.constEnd())
            return &it.value();
        const QString absolute = QDir::cleanPath(m_dir.filePath(relativePath));
        if (relativePath.startsWith(u'/') || relativePath.contains(QStringLiteral(".."))
            || !QFileInfo(absolute).isFile()) {
            return nullptr;
        }
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly)) {
            m_outcome.errors.append({relativePath, 0, file.errorString()});
            return &*m_quizzes.insert(relativePath, {});
        }
        const GiftParseResult parsed = GiftParser::parse(QString::fromUtf8(file.readAll()));
        for (const GiftError &error : parsed.errors) {
            m_outcome.errors.append(
                {relativePath, error.line,
                 QStringLiteral("column %1: %2").arg(error.column).arg(error.message)});
        }
        if (parsed.errors.isEmpty() && parsed.questions.isEmpty())
            m_outcome.errors.append({relativePath, 0, QStringLiteral("holds no questions")});
        return &*m_quizzes.insert(relativePath, parsed.questions);
    }

    bool hasDomain(const QString &id) const
    {
        for (const ObjectiveDomain &domain : m_outcome.content.programme.domains) {
            if (domain.id == id)
                return true;
        }
        return false;
    }

    // Cross-file rules: every course planned exactly once, every planned code has a file,
    // and the totals the programme states are what the course files add up to.
    void checkPlan()
    {
        const Programme &programme = m_outcome.content.programme;
        const QString file = QStringLiteral("programme.json");
        QSet<QString> codes;
        double units = 0;
        for (const Course &course : m_outcome.content.courses) {
            codes.insert(course.code);
            units += course.units;
        }
        QHash<QString, int> placements;
        for (const Trimester &trimester : programme.trimesters) {
            for (const QString &entry : trimester.entries) {
                if (const ElectiveSlot *slot = programme.electiveSlot(entry)) {
                    for (const QString &option : slot->options)
                        placements[option] += 1;
                } else {
                    placements[entry] += 1;
                }
            }
        }
        for (auto it = placements.begin(); it != placements.end(); ++it) {
            if (!codes.contains(it.key()))
                m_outcome.errors.append(
                    {file, 0,
                     QStringLiteral("the plan names %1 but courses/%1.json does not exist")
                         .arg(it.key())});
            else if (it.value() > 1)
                m_outcome.errors.append(
                    {file, 0,
                     QStringLiteral("%1 is planned in more than one trimester").arg(it.key())});
        }
        for (const QString &code : codes) {
            if (!placements.contains(code))
                m_outcome.errors.append(
                    {QStringLiteral("courses/%1.json").arg(code), 0,
                     QStringLiteral("%1 is in no trimester of programme.json").arg(code)});
        }
        if (programme.totalCourses != codes.size())
            m_outcome.errors.append({file, 0,
                                     QStringLiteral("total_courses says %1 but there are %2 "
                                                    "course files")
                                         .arg(programme.totalCourses)
                                         .arg(codes.size())});
        if (std::abs(programme.totalUnits - units) > 1e-9)
            m_outcome.errors.append(
                {file, 0,
                 QStringLiteral("total_units says %1 but the courses add up to %2")
                     .arg(programme.totalUnits)
                     .arg(units)});
    }

    QDir m_dir;
    ProgrammeLoader::Outcome m_outcome;
    QHash<QString, QList<Question>> m_quizzes;
    QSet<QString> m_lectureIds;
};

} // namespace

ProgrammeLoader::Outcome ProgrammeLoader::load(const QString &directory)
{
    Loader loader(directory);
    ProgrammeLoader::Outcome outcome = loader.run();
    if (!outcome.isOk())
        outcome.content = {};
    return outcome;
}

} // namespace lectern
