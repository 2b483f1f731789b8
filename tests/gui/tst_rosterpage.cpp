// The faculty roster as a teacher uses it, offscreen, against a real lectern-server: the demo
// learner watches part of a lecture and pushes it over HTTP; the demo faculty log in to the real
// client, open the course they teach from the programme tree, click "Roster…" and get the roster
// as a page of the same window, with the learner and a strip drawn from the watched parts; Esc
// goes back to the course; they export it through the file dialog. A learner gets no roster
// entry anywhere, and the page shows the server's refusal when asked anyway.

#include "clientapp.h"
#include "content/programmeloader.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "models/programmemodel.h"
#include "pages/coursepage.h"
#include "roster/rosterpage.h"
#include "roster/rosterstripdelegate.h"
#include "support/contrast.h"
#include "support/guiclient.h"
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
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

using namespace lectern;

namespace {

const QString kCourse = QStringLiteral("PAIN-704"); // first year: the demo faculty teach it
const QString kLecture = QStringLiteral("PAIN-704-w1-l1");

using testing::contrast;
using testing::darkPalette;

// One learner who watched the second half of a one-minute lecture.
CourseRoster halfWatchedRoster()
{
    CourseRoster roster;
    roster.courseCode = QStringLiteral("TEST-701");
    roster.title = QStringLiteral("Strips");
    roster.lectures.append({QStringLiteral("TEST-701-w1-l1"), QStringLiteral("Half"), 1, 60000});
    RosterLearner learner;
    learner.username = QStringLiteral("ana");
    learner.watchedPercent = 50;
    learner.lastActivity = QDateTime(QDate(2026, 11, 26), QTime(16, 29), Qt::UTC);
    RosterViewing viewing;
    viewing.lectureId = roster.lectures.first().id;
    viewing.watched.add(30000, 60000);
    viewing.watchedPercent = 50;
    learner.lectures.append(viewing);
    roster.learners.append(learner);
    return roster;
}

} // namespace

class TestRosterPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void facultyOpenRosterInTheWindowAndEscGoesBack();
    void exportWritesTheTableThroughTheDialog();
    void stripsTellWatchedFromSkippedInBothThemes_data();
    void stripsTellWatchedFromSkippedInBothThemes();
    void lastActivityShowsTheWholeYear_data();
    void lastActivityShowsTheWholeYear();
    void learnersGetNoRosterEntryAndTheServersRefusal();

private:
    QString loginAs(ApiClient &api, const QString &username, const QString &password);
    std::unique_ptr<ClientApp> loggedInFaculty();
    static QList<QWidget *> visibleWindows();

    testing::ServerProcess m_server;
    QNetworkAccessManager m_network;
    ProgrammeContent m_content;
    QTemporaryDir m_dir;
    QPointer<RosterPage> m_roster;
    std::unique_ptr<ClientApp> m_faculty;
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

// The real client, logged in through its login dialog as the demo faculty, with the programme
// synced and on screen.
std::unique_ptr<ClientApp> TestRosterPage::loggedInFaculty()
{
    ClientApp::Options options;
    options.dataDir = m_dir.filePath(QStringLiteral("faculty"));
    options.settingsPath = QDir(options.dataDir).filePath(QStringLiteral("lectern.ini"));
    options.login.server = m_server.url().toString();
    options.login.username = QStringLiteral("faculty");
    options.login.password = QStringLiteral("faculty-demo");
    if (!QDir().mkpath(options.dataDir))
        return nullptr;
    auto client = std::make_unique<ClientApp>(options);
    client->start();
    if (!QTest::qWaitFor([&] { return client->controller()->loginDialog(); }, 10000))
        return nullptr;
    QTest::mouseClick(client->controller()->loginDialog()->findChild<QPushButton *>(
                          QStringLiteral("loginButton")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor(
            [&] {
                return client->model()->snapshot().course(kCourse) && client->window()->isFaculty()
                    && !client->controller()->loginDialog();
            },
            30000)) {
        return nullptr;
    }
    return client;
}

QList<QWidget *> TestRosterPage::visibleWindows()
{
    QList<QWidget *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible())
            windows.append(widget);
    }
    return windows;
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
}

void TestRosterPage::cleanupTestCase()
{
    m_faculty.reset();
    QCOMPARE(m_server.stop(), 0);
}

void TestRosterPage::facultyOpenRosterInTheWindowAndEscGoesBack()
{
    m_faculty = loggedInFaculty();
    QVERIFY(m_faculty);
    MainWindow *window = m_faculty->window();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *pages = window->findChild<QStackedWidget *>();
    QVERIFY(pages);
    // The course, clicked in the programme tree.
    QTreeView *tree = window->programmeView();
    const QModelIndex row = m_faculty->model()->indexOfCourse(kCourse);
    QVERIFY(row.isValid());
    tree->scrollTo(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
    QTRY_COMPARE(pages->currentWidget(), window->coursePage());
    QVERIFY(window->coursePage()->plainText().contains(kCourse));
    auto *button = window->coursePage()->findChild<QPushButton *>(QStringLiteral("rosterButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    const QList<QWidget *> windowsBefore = visibleWindows();
    QCOMPARE(windowsBefore, QList<QWidget *>{window});

    // Roster…: a page of the same window, not a window of its own.
    QTest::mouseClick(button, Qt::LeftButton);
    m_roster = window->rosterPage();
    QVERIFY(m_roster);
    QTRY_COMPARE(pages->currentWidget(), m_roster.data());
    QVERIFY(m_roster->isVisible());
    QVERIFY(!m_roster->isWindow());
    QCOMPARE(m_roster->window(), window);
    QCOMPARE(visibleWindows(), windowsBefore);
    QVERIFY2(window->windowTitle().contains(QStringLiteral("Roster · %1").arg(kCourse)),
             qPrintable(window->windowTitle()));
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

    // Esc: back to the course, its row still the tree's current one.
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_COMPARE(pages->currentWidget(), window->coursePage());
    QVERIFY(window->coursePage()->plainText().contains(kCourse));
    QCOMPARE(tree->currentIndex().data(ProgrammeModel::CourseCodeRole).toString(), kCourse);
    QVERIFY(!window->windowTitle().contains(QStringLiteral("Roster")));

    // View → Roster… on the course shown opens it again.
    auto *action = window->findChild<QAction *>(QStringLiteral("rosterAction"));
    QVERIFY(action);
    QVERIFY(action->isVisible() && action->isEnabled());
    action->trigger();
    QTRY_COMPARE(pages->currentWidget(), m_roster.data());
    QCOMPARE(m_roster->courseCode(), kCourse);
    QCOMPARE(visibleWindows(), windowsBefore);

    // And from the course's own menu in the tree, after Esc.
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_COMPARE(pages->currentWidget(), window->coursePage());
    const QPoint rowAt = tree->visualRect(m_faculty->model()->indexOfCourse(kCourse)).center();
    Q_EMIT tree->customContextMenuRequested(rowAt);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = window->findChild<QMenu *>(QStringLiteral("programmeTreeMenu")))
                && menu->isVisible());
    auto *entry = menu->findChild<QAction *>(QStringLiteral("treeRosterAction"));
    QVERIFY(entry);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry).center());
    QTRY_COMPARE(pages->currentWidget(), m_roster.data());
    QCOMPARE(visibleWindows(), windowsBefore);
}

void TestRosterPage::exportWritesTheTableThroughTheDialog()
{
    QVERIFY(m_roster);
    QVERIFY(m_roster->isVisible()); // in the main window, where the last test left it
    auto *button = m_roster->findChild<QPushButton *>(QStringLiteral("exportCsvButton"));
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000); // loaded again
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

// Bad input: a learner's session asking for the roster. The real client offers them no roster
// entry and opens none when asked; a page opened anyway gets the server's refusal, and says who
// may see the roster instead of showing an empty table as if nobody took the course.
void TestRosterPage::learnersGetNoRosterEntryAndTheServersRefusal()
{
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("learner"))));
        const auto learner = testing::loggedInDemoLearner(
            m_server.url(), m_dir.filePath(QStringLiteral("learner")));
        QVERIFY(learner);
        MainWindow *window = learner->window();
        window->openCourse(kCourse);
        QTRY_VERIFY(window->coursePage()->isVisible());
        QVERIFY(window->coursePage()->plainText().contains(kCourse));
        QVERIFY(!window->coursePage()
                     ->findChild<QPushButton *>(QStringLiteral("rosterButton"))
                     ->isVisible());
        auto *action = window->findChild<QAction *>(QStringLiteral("rosterAction"));
        QVERIFY(action);
        QVERIFY(!action->isVisible());
        QVERIFY(!window->canSeeRoster(kCourse));
        QTreeView *tree = window->programmeView();
        Q_EMIT tree->customContextMenuRequested(
            tree->visualRect(learner->model()->indexOfCourse(kCourse)).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = window->findChild<QMenu *>(QStringLiteral("programmeTreeMenu")))
                    && menu->isVisible());
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("treeRosterAction")));
        menu->close();
        window->showRoster(kCourse);
        QVERIFY(!window->rosterPage());
        QVERIFY(window->coursePage()->isVisible());
    }

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

void TestRosterPage::stripsTellWatchedFromSkippedInBothThemes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("selected");
    const QPalette light = QApplication::style()->standardPalette();
    QTest::newRow("light") << light << false;
    QTest::newRow("light, row selected") << light << true;
    QTest::newRow("dark") << darkPalette() << false;
    QTest::newRow("dark, row selected") << darkPalette() << true;
}

// The strip's parts as a faculty member sees them: the watched half stands out from the
// skipped half, the frame shows the whole lecture against the row, and a selected row (filled
// with the very colour of "watched") still shows both.
void TestRosterPage::stripsTellWatchedFromSkippedInBothThemes()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, selected);
    RosterPage page(nullptr);
    page.setPalette(palette);
    page.resize(700, 300);
    page.setRoster(halfWatchedRoster());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("rosterTable"));
    if (selected)
        table->selectRow(0);
    else
        table->clearSelection();
    const QRect cell = table->visualRect(table->model()->index(0, RosterPage::kFixedColumns));
    const QImage shot = table->viewport()->grab().toImage();
    // The strip as the delegate lays it out: 10 px high, 4 px in from the cell's sides and 3 px
    // above its bottom.
    const QRect strip(cell.left() + 4, cell.bottom() - 13, cell.width() - 8, 10);
    const int middle = strip.center().y();
    const QColor skipped = shot.pixelColor(strip.left() + strip.width() / 4, middle);
    const QColor watched = shot.pixelColor(strip.left() + strip.width() * 3 / 4, middle);
    const QColor frame = shot.pixelColor(strip.left() + strip.width() / 4, strip.top());
    const QColor row = shot.pixelColor(cell.left() + 1, cell.center().y());
    QVERIFY2(contrast(watched, skipped) >= 3.0,
             qPrintable(QStringLiteral("watched %1, skipped %2: %3")
                            .arg(watched.name(), skipped.name())
                            .arg(contrast(watched, skipped))));
    QVERIFY2(contrast(frame, selected ? skipped : row) >= 3.0,
             qPrintable(QStringLiteral("frame %1 on %2").arg(frame.name(), row.name())));
    if (selected) {
        // The selection's text colour frames the strip off the selection fill.
        const QColor outer = shot.pixelColor(strip.left() + strip.width() / 4, strip.top() - 1);
        QVERIFY2(contrast(outer, row) >= 3.0,
                 qPrintable(QStringLiteral("outer frame %1 on %2").arg(outer.name(), row.name())));
    }
}

void TestRosterPage::lastActivityShowsTheWholeYear_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("English (US)") << QStringLiteral("en_US");
    QTest::newRow("Spanish (Spain)") << QStringLiteral("es_ES");
    QTest::newRow("English (UK)") << QStringLiteral("en_GB");
}

// Short date formats write two-digit years in many locales ("26/11/26"); the roster writes
// the year whole, in the order and with the separators of the language.
void TestRosterPage::lastActivityShowsTheWholeYear()
{
    QFETCH(QString, locale);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    RosterPage page(nullptr);
    page.setRoster(halfWatchedRoster());
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("rosterTable"));
    const QString shown = table->item(0, RosterPage::LastActivityColumn)->text();
    const QDateTime local = halfWatchedRoster().learners.first().lastActivity.toLocalTime();
    QVERIFY2(shown.contains(QStringLiteral("2026")), qPrintable(shown));
    QVERIFY2(shown.contains(QLocale().toString(local.time(), QLocale::ShortFormat)),
             qPrintable(shown));
    // The day and month in the locale's order: the short date's own text, year aside.
    const QString shortDate = QLocale().toString(local.date(), QLocale::ShortFormat);
    const QString dayAndMonth = shortDate.left(shortDate.lastIndexOf(QStringLiteral("26")));
    QVERIFY2(shown.startsWith(dayAndMonth.isEmpty() ? shortDate : dayAndMonth),
             qPrintable(shown + QStringLiteral(" vs ") + shortDate));
}

QTEST_MAIN(TestRosterPage)
#include "tst_rosterpage.moc"
