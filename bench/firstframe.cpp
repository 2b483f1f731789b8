// Benchmark: time from "play this URL" to the first decoded video frame in Qt Multimedia's
// GStreamer backend, the same path the lecture player takes (QMediaPlayer → QVideoSink), and
// the peak resident memory while a lecture keeps playing. See docs/performance.md.
//
//   lectern-bench-firstframe URL [--play-seconds N] [--widget]
//
// Prints one line of JSON: {"first_frame_ms": …, "frames": …, "peak_rss_mb": …}.

#include <QApplication>
#include <QAudioOutput>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMediaPlayer>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

#include <sys/resource.h>

#include <cstdio>

namespace {

double peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("Media URL to play."));
    const QCommandLineOption playSeconds(QStringLiteral("play-seconds"),
                                         QStringLiteral("Keep playing N seconds after the first "
                                                        "frame (for memory); 0 exits at once."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption widget(QStringLiteral("widget"),
                                    QStringLiteral("Render into a QVideoWidget, as the client "
                                                   "does, instead of a bare video sink."));
    parser.addOptions({playSeconds, widget});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    QMediaPlayer player;
    QAudioOutput audio;
    player.setAudioOutput(&audio);
    QVideoSink bareSink;
    QVideoWidget videoWidget;
    QVideoSink *sink = &bareSink;
    if (parser.isSet(widget)) {
        videoWidget.resize(1280, 720);
        videoWidget.show();
        player.setVideoOutput(&videoWidget);
        sink = videoWidget.videoSink();
    } else {
        player.setVideoOutput(&bareSink);
    }

    qint64 firstFrameMs = -1;
    int frames = 0;
    const int keepPlayingMs = parser.value(playSeconds).toInt() * 1000;
    QElapsedTimer sincePlay;
    QObject::connect(sink, &QVideoSink::videoFrameChanged, &app, [&](const QVideoFrame &frame) {
        if (!frame.isValid())
            return;
        ++frames;
        if (firstFrameMs < 0) {
            firstFrameMs = sincePlay.elapsed();
            QTimer::singleShot(keepPlayingMs, &app, &QApplication::quit);
        }
    });
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &app,
                     [&](QMediaPlayer::Error, const QString &message) {
                         std::fprintf(stderr, "playback error: %s\n", qPrintable(message));
                         app.exit(1);
                     });
    QTimer::singleShot(60000, &app, [&app] {
        std::fprintf(stderr, "no frame within 60 s\n");
        app.exit(1);
    });

    sincePlay.start();
    player.setSource(QUrl(parser.positionalArguments().first()));
    player.play();
    const int status = app.exec();

    const QJsonObject result{
        {QStringLiteral("first_frame_ms"), firstFrameMs},
        {QStringLiteral("process_to_first_frame_ms"),
         firstFrameMs < 0 ? -1 : firstFrameMs + (sinceStart.elapsed() - sincePlay.elapsed())},
        {QStringLiteral("frames"), frames},
        {QStringLiteral("peak_rss_mb"), peakRssMegabytes()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return status;
}
