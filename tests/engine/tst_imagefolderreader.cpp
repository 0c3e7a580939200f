#include "../support/Files.h"
#include "engine/data/ImageFolderReader.h"

#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace crucible;

namespace {

void saveImage(const QString& path, QSize size, QColor colour)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QVERIFY(image.save(path));
}

} // namespace

class TestImageFolderReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsClassFoldersAtTheMostCommonSize()
    {
        QTemporaryDir dir;
        saveImage(dir.filePath(QStringLiteral("cat/a.png")), {8, 6}, QColor(200, 10, 10));
        saveImage(dir.filePath(QStringLiteral("cat/b.bmp")), {8, 6}, QColor(200, 10, 10));
        saveImage(dir.filePath(QStringLiteral("dog/c.png")), {16, 12}, QColor(10, 10, 200)); // resized
        saveImage(dir.filePath(QStringLiteral("dog/d.jpg")), {8, 6}, QColor(10, 10, 200));
        test::writeFile(dir.filePath(QStringLiteral("dog/notes.txt")), "not an image");

        auto data = readImageFolder(dir.path());
        QVERIFY2(data, qPrintable(data ? QString() : data.error().text()));
        QCOMPARE(data->rowCount(), 4);
        QCOMPARE(data->images.width, 8);
        QCOMPARE(data->images.height, 6);
        QCOMPARE(data->images.channels, 3);
        QCOMPARE(data->columns[0].categories, (QStringList {QStringLiteral("cat"), QStringLiteral("dog")}));
        QCOMPARE(data->columns[0].codes, (std::vector<std::int32_t> {0, 0, 1, 1}));
        // Channel-first layout: the red plane of a red cat, the blue plane of a blue dog.
        const qint64 plane = 8 * 6;
        QCOMPARE(int(data->images.image(0)[0]), 200);
        QCOMPARE(int(data->images.image(0)[2 * plane]), 10);
        QVERIFY(data->images.image(2)[2 * plane] > 190);
    }

    void sizesAreCheckedBeforeDecoding()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 50; ++i)
            saveImage(dir.filePath(QStringLiteral("%1/%2.png").arg(i % 2 ? "cat" : "dog").arg(i)), {4, 4}, Qt::gray);
        // Fifty tiny images scaled up to 8192x8192 would be 10 GB: refused before one is decoded.
        ImageFolderOptions options;
        options.size = QSize(8192, 8192);
        auto refused = readImageFolder(dir.path(), options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().where, dir.path());
        QVERIFY2(refused.error().message.contains(QStringLiteral("50 images at 8192x8192 pixels would take 10.1 GB")),
                 qPrintable(refused.error().message));
        // One image whose header declares 10000x10000 (a 1-bit PNG of a few KB).
        QImage huge(10000, 10000, QImage::Format_Mono);
        huge.fill(0);
        const QString bomb = dir.filePath(QStringLiteral("cat/bomb.png"));
        QVERIFY(huge.save(bomb));
        QVERIFY(QFileInfo(bomb).size() < 1000000);
        auto bombed = readImageFolder(dir.path());
        QVERIFY(!bombed);
        QCOMPARE(bombed.error().where, bomb);
        QVERIFY2(bombed.error().message.contains(QStringLiteral("declares 10000x10000 pixels, more than the limit")),
                 qPrintable(bombed.error().message));
    }

    void keepsGrayImagesAsOneChannel()
    {
        QTemporaryDir dir;
        saveImage(dir.filePath(QStringLiteral("dark/a.png")), {4, 4}, QColor(30, 30, 30));
        saveImage(dir.filePath(QStringLiteral("light/b.png")), {4, 4}, QColor(220, 220, 220));
        auto data = readImageFolder(dir.path());
        QVERIFY(data);
        QCOMPARE(data->images.channels, 1);
        QCOMPARE(int(data->images.image(1)[5]), 220);

        ImageFolderOptions options;
        options.channels = 3;
        options.size = QSize(2, 2);
        auto rgb = readImageFolder(dir.path(), options);
        QVERIFY(rgb);
        QCOMPARE(rgb->images.channels, 3);
        QCOMPARE(rgb->images.width, 2);
    }

    void namesAnUnreadableImage()
    {
        QTemporaryDir dir;
        saveImage(dir.filePath(QStringLiteral("a/ok.png")), {4, 4}, Qt::red);
        const QString broken =
            test::writeFile(dir.filePath(QStringLiteral("b/broken.png")), "\x89PNG\r\n\x1a\nthis is not a png");
        auto data = readImageFolder(dir.path());
        QVERIFY(!data);
        QCOMPARE(data.error().code, ErrorCode::InvalidInput);
        QCOMPARE(data.error().where, broken);
        QVERIFY(data.error().message.contains(QStringLiteral("cannot")));
    }

    void refusesAFolderWithoutClasses()
    {
        QTemporaryDir dir;
        saveImage(dir.filePath(QStringLiteral("only/a.png")), {4, 4}, Qt::red);
        auto one = readImageFolder(dir.path());
        QVERIFY(!one);
        QVERIFY(one.error().message.contains(QStringLiteral("only one class")));
        QTemporaryDir empty;
        auto none = readImageFolder(empty.path());
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("no images found")));
    }
};

QTEST_GUILESS_MAIN(TestImageFolderReader)
#include "tst_imagefolderreader.moc"
