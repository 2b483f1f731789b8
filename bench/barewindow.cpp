// Benchmark baseline: the least a Qt Widgets application can do before it is on screen. Shows
// an empty QMainWindow the size of Lectern's first window and exits after its first paint, the
// way `lectern --quit-after-startup` does. See bench/startup.sh and docs/performance.md.
//
//   lectern-bench-barewindow
//   lectern-bench-mediawindow   the same, built with LECTERN_BENCH_MULTIMEDIA: it also makes
//                               the QMediaPlayer, QAudioOutput and QVideoWidget the lecture page
//                               makes, to show what Qt Multimedia alone costs at start-up

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QWindow>

#ifdef LECTERN_BENCH_MULTIMEDIA
#include <QAudioOutput>
#include <QMediaPlayer>
#include <QStackedWidget>
#include <QVideoWidget>
#endif

#include <cstdio>

namespace {

// Exits once the window has painted. A top-level widget paints when its window is first
// exposed (the Expose event), and later on UpdateRequest; either counts once the window is
// exposed. The queued exit runs after the event, so after the paint it causes.
class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &sinceLaunch)
        : m_window(window)
        , m_sinceLaunch(sinceLaunch)
    {
        window->winId(); // makes the QWindow now, so its first expose is seen
        window->installEventFilter(this);
        window->windowHandle()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool paints = (watched == m_window && event->type() == QEvent::UpdateRequest)
            || (watched == m_window->windowHandle() && event->type() == QEvent::Expose);
        if (paints && !m_done && m_window->windowHandle()->isExposed()) {
            m_done = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    std::printf("%s: painted after %lld ms\n", qPrintable(m_window->windowTitle()),
                                qlonglong(m_sinceLaunch.elapsed()));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    QWidget *m_window;
    QElapsedTimer m_sinceLaunch;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
#ifdef LECTERN_BENCH_MULTIMEDIA
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer"); // as Lectern does, before QApplication
#endif
    QApplication app(argc, argv);
    QMainWindow window;
#ifdef LECTERN_BENCH_MULTIMEDIA
    window.setWindowTitle(QStringLiteral("media window"));
#else
    window.setWindowTitle(QStringLiteral("bare window"));
#endif
    window.statusBar()->showMessage(QStringLiteral("Ready"));
#ifdef LECTERN_BENCH_MULTIMEDIA
    auto *pages = new QStackedWidget(&window);
    pages->addWidget(new QWidget(pages));
    auto *video = new QVideoWidget(pages); // on a page not shown, as in Lectern
    pages->addWidget(video);
    auto *player = new QMediaPlayer(&window);
    player->setAudioOutput(new QAudioOutput(player));
    player->setVideoOutput(video);
    window.setCentralWidget(pages);
#endif
    window.resize(1100, 720); // MainWindow's size on a first start
    FirstPaint firstPaint(&window, sinceLaunch);
    window.show();
    QTimer::singleShot(std::chrono::minutes(1), &app, [] { QCoreApplication::exit(2); });
    return app.exec();
}
