// `crucible --screenshot` as docs and reviewers use it: a real process rendering offscreen.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject {
    Q_OBJECT

private:
    static int runGui(const QStringList& arguments, QString* err = nullptr, QString* out = nullptr)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // --screenshot must choose offscreen itself
        environment.remove(QStringLiteral("DISPLAY")); // as on a server
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CRUCIBLE_GUI), arguments);
        process.waitForFinished(120000);
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void rendersThePageAtTheRequestedSize()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("runs.png"));
        QString err;
        const int code = runGui({QStringLiteral("--workspace"), dir.filePath(QStringLiteral("ws")),
                                 QStringLiteral("--screenshot"), file, QStringLiteral("--page"), QStringLiteral("runs"),
                                 QStringLiteral("--size"), QStringLiteral("1000x640")},
                                &err);
        QVERIFY2(code == 0, qPrintable(err));
        QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 640));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, "the screenshot is nearly blank");
    }

    void helpAndVersionNeedNoDisplay()
    {
        QString out;
        QString err;
        QCOMPARE(runGui({QStringLiteral("--version")}, &err, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("Crucible")), qPrintable(out + err));
        QCOMPARE(runGui({QStringLiteral("--help")}, &err, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("--workspace")) && out.contains(QStringLiteral("--screenshot")),
                 qPrintable(out + err));
    }

    void refusesAnUnknownPageOrSize()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x.png"));
        QString err;
        QCOMPARE(runGui({QStringLiteral("--workspace"), dir.path(), QStringLiteral("--screenshot"), file,
                         QStringLiteral("--page"), QStringLiteral("nowhere")},
                        &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("nowhere")));
        QCOMPARE(runGui({QStringLiteral("--workspace"), dir.path(), QStringLiteral("--screenshot"), file,
                         QStringLiteral("--size"), QStringLiteral("big")}),
                 2);
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
