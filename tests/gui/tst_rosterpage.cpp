// The faculty roster as a teacher uses it, offscreen, against a real lectern-server: the demo
// learner watches part of a lecture and pushes it over HTTP; the demo faculty, who teach that
// course, open the course page, click "Roster…", see the learner with a strip drawn from the
// watched parts, and export it through the file dialog. A learner gets no button, and the page
// shows the server's refusal when asked anyway.

#include "content/programmeloader.h"
#include "pages/coursepage.h"
#include "roster/rosterpage.h"
#include "roster/rosterstripdelegate.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"
#include "sync/apiclient.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lectern;

namespace {

const QString kCourse = QStringLiteral("PAIN-704"); // first year: the demo faculty teach it
const QString kLecture = QStringLiteral("PAIN-704-w1-l1");

} // namespace

class TestRosterPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void facultyOpenRosterFromTheCoursePage();
    void exportWritesTheTableThroughTheDialog();
    void learnersGetNoButtonAndTheServersRefusal();

private:
    QString loginAs(ApiClient &api, const QString &username, const QString &password);

    testing::ServerProcess m_server;
    QNetworkAccessManager m_network;
    ProgrammeContent m_content;
    QTemporaryDir m_dir;
    QPointer<RosterPage> m_roster;
    std::unique_ptr<ApiClient> m_facultyApi;
    std::unique_ptr<CoursePage> m_page;
};

QString TestRosterPage::loginAs(ApiClient &api, const QString &username, const QString &password)
{
    api.setServer(m_server.url());
    QString token;
    bool done = false;
    api.login(username, password, this, [&](Result<Session> session) {
        done = true;
        if (session)
            token = session.value().token;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return {};
    api.setToken(token);
    return token;
}

void TestRosterPage::initTestCase()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(m_dir.isValid());
    m_network.setProxy(QNetworkProxy::NoProxy);
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(outcome.errors.isEmpty());
    m_content = outcome.content;
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output), qPrintable(output));
    QVERIFY(m_server.start());

    // The learner watches 0–10 s and 20–30 s of the first lecture, through the real push route.
    ApiClient learnerApi(&m_network);
    const QString learnerToken
        = loginAs(learnerApi, QStringLiteral("learner"), QStringLiteral("learner-demo"));
    QVERIFY(!learnerToken.isEmpty());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QJsonObject body{
        {QStringLiteral("device_id"), QStringLiteral("gui-test")},
        {QStringLiteral("events"),
         QJsonArray{QJsonObject{
             {QStringLiteral("event_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("kind"), QStringLiteral("viewing")},
             {QStringLiteral("created_at"), now},
             {QStringLiteral("payload"),
              QJsonObject{{QStringLiteral("lecture_id"), kLecture},
                          {QStringLiteral("intervals"),
                           QJsonArray{QJsonArray{0, 10000}, QJsonArray{20000, 30000}}}}}}}}};
    QNetworkRequest request(m_server.url().resolved(QUrl(QStringLiteral("/api/v1/sync/push"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("Authorization", "Bearer " + learnerToken.toLatin1());
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(30000));
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    QCOMPARE(answer.value(QStringLiteral("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));

    m_facultyApi = std::make_unique<ApiClient>(&m_network);
    QVERIFY(!loginAs(*m_facultyApi, QStringLiteral("faculty"), QStringLiteral("faculty-demo"))
                 .isEmpty());
}

void TestRosterPage::facultyOpenRosterFromTheCoursePage()
{
    const Course *course = nullptr;
    for (const Course &candidate : m_content.courses) {
        if (candidate.code == kCourse)
            course = &candidate;
    }
    QVERIFY(course);
    Enrolment faculty{m_content.programme.id, QStringLiteral("faculty"), {}, {kCourse}};
    m_page = std::make_unique<CoursePage>();
    m_page->setApiClient(m_facultyApi.get());
    m_page->showCourse(*course, m_content.programme, faculty);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("rosterButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    m_roster = m_page->rosterPage();
    QVERIFY(m_roster);
    QVERIFY(m_roster->isWindow());
    QSignalSpy loaded(m_roster.data(), &RosterPage::rosterLoaded);
    QVERIFY(loaded.wait(30000) || !m_roster->roster().learners.isEmpty());

    auto *table = m_roster->findChild<QTableWidget *>(QStringLiteral("rosterTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1); // the demo learner; the faculty are not listed
    QCOMPARE(table->item(0, RosterPage::LearnerColumn)->text(), QStringLiteral("Demo Learner"));
    QVERIFY(table->item(0, RosterPage::LastActivityColumn)->text() != RosterPage::tr("never"));
    // The first lecture's strip: exactly the two watched parts, over the lecture's length.
    QTableWidgetItem *strip = table->item(0, RosterPage::kFixedColumns);
    QVERIFY(strip);
    const QVariantList spans = strip->data(RosterStripDelegate::kWatchedRole).toList();
    QCOMPARE(spans.size(), qsizetype(2));
    QCOMPARE(spans.at(0).toList(), (QVariantList{qint64(0), qint64(10000)}));
    QCOMPARE(spans.at(1).toList(), (QVariantList{qint64(20000), qint64(30000)}));
    QVERIFY(strip->data(RosterStripDelegate::kDurationRole).toLongLong() > 30000);
    QVERIFY(strip->toolTip().contains(QStringLiteral("not watched")));
    // The second lecture: nothing watched.
    QVERIFY(table->item(0, RosterPage::kFixedColumns + 1)
                ->data(RosterStripDelegate::kWatchedRole)
                .toList()
                .isEmpty());
    // The strips are painted without trouble at the table's size.
    QVERIFY(!table->viewport()->grab().isNull());
}

void TestRosterPage::exportWritesTheTableThroughTheDialog()
{
    QVERIFY(m_roster);
    auto *button = m_roster->findChild<QPushButton *>(QStringLiteral("exportCsvButton"));
    QVERIFY(button && button->isEnabled());
    m_roster->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_roster.data()));
    QTest::mouseClick(button, Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = m_roster->findChild<QFileDialog *>(QStringLiteral("exportDialog"));
        return dialog && dialog->isVisible();
    }));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    QVERIFY(name->text().endsWith(QStringLiteral(".csv")));
    const QString path = m_dir.filePath(QStringLiteral("roster.csv"));
    QApplication::setActiveWindow(dialog);
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    name->selectAll();
    QTest::keyClicks(name, path);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Save));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_roster->findChild<QFileDialog *>(QStringLiteral("exportDialog")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), qsizetype(3)); // header, the learner, nothing after the last CRLF
    QVERIFY(lines.at(1).startsWith(QStringLiteral("learner,Demo Learner,")));
    QVERIFY(lines.at(0).contains(kLecture + QStringLiteral(" watched %")));
    auto *status = m_roster->findChild<QLabel *>(QStringLiteral("rosterStatus"));
    QVERIFY(status && status->text().contains(QStringLiteral("roster.csv")));
}

// Bad input: a learner's session asking for the roster (the button is not offered to them,
// but a page could still be opened): the server refuses, and the page says who may see it
// instead of showing an empty table as if nobody took the course.
void TestRosterPage::learnersGetNoButtonAndTheServersRefusal()
{
    const Course *course = nullptr;
    for (const Course &candidate : m_content.courses) {
        if (candidate.code == kCourse)
            course = &candidate;
    }
    QVERIFY(course);
    ApiClient learnerApi(&m_network);
    QVERIFY(
        !loginAs(learnerApi, QStringLiteral("learner"), QStringLiteral("learner-demo")).isEmpty());
    CoursePage page;
    page.setApiClient(&learnerApi);
    page.showCourse(*course, m_content.programme,
                    Enrolment{m_content.programme.id, QStringLiteral("learner"), {}, {}});
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("rosterButton"))->isVisible());
    // Faculty of another course: no button either.
    page.showCourse(
        *course, m_content.programme,
        Enrolment{
            m_content.programme.id, QStringLiteral("faculty"), {}, {QStringLiteral("PAIN-719")}});
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("rosterButton"))->isVisible());

    RosterPage roster(&learnerApi);
    QSignalSpy failed(&roster, &RosterPage::loadFailed);
    roster.showCourse(kCourse, course->title);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().first().toString(),
             RosterPage::tr("Only the faculty who teach this course can see its roster."));
    QCOMPARE(roster.findChild<QTableWidget *>(QStringLiteral("rosterTable"))->rowCount(), 0);
    QVERIFY(!roster.findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
}

QTEST_MAIN(TestRosterPage)
#include "tst_rosterpage.moc"
