#include "../support/Files.h"
#include "engine/data/IdxReader.h"
#include "engine/data/Samples.h"

#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace crucible;

namespace {

QByteArray idxImages(int count, int height, int width, int seed)
{
    QByteArray bytes("\x00\x00\x08\x03", 4);
    for (int dim : {count, height, width}) {
        bytes += char((dim >> 24) & 0xff);
        bytes += char((dim >> 16) & 0xff);
        bytes += char((dim >> 8) & 0xff);
        bytes += char(dim & 0xff);
    }
    for (int i = 0; i < count * height * width; ++i)
        bytes += char((i * 7 + seed) & 0xff);
    return bytes;
}

QByteArray idxLabels(const QByteArray& labels)
{
    const int count = int(labels.size());
    QByteArray bytes("\x00\x00\x08\x01", 4);
    bytes += char((count >> 24) & 0xff);
    bytes += char((count >> 16) & 0xff);
    bytes += char((count >> 8) & 0xff);
    bytes += char(count & 0xff);
    return bytes + labels;
}

void writeGzip(const QString& path, const QByteArray& bytes)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(file);
    QCOMPARE(gzwrite(file, bytes.constData(), unsigned(bytes.size())), int(bytes.size()));
    gzclose(file);
}

} // namespace

class TestIdxReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTrainAndTestPairsWithAPredefinedSplit()
    {
        QTemporaryDir dir;
        writeGzip(dir.filePath(QStringLiteral("train-images-idx3-ubyte.gz")), idxImages(5, 4, 3, 1));
        writeGzip(dir.filePath(QStringLiteral("train-labels-idx1-ubyte.gz")),
                  idxLabels(QByteArray("\x00\x01\x02\x01\x09", 5)));
        test::writeFile(dir.filePath(QStringLiteral("t10k-images-idx3-ubyte")),
                        idxImages(2, 4, 3, 2)); // plain, not gzip
        test::writeFile(dir.filePath(QStringLiteral("t10k-labels-idx1-ubyte")), idxLabels(QByteArray("\x03\x04", 2)));

        auto pairs = findIdxPairs(dir.path());
        QVERIFY2(pairs, qPrintable(pairs ? QString() : pairs.error().text()));
        QCOMPARE(pairs->size(), 2);
        QVERIFY(!pairs->at(0).isTest);
        QVERIFY(pairs->at(1).isTest);
        auto data = readIdx(pairs.value());
        QVERIFY2(data, qPrintable(data ? QString() : data.error().text()));
        QCOMPARE(data->kind, DatasetKind::Images);
        QCOMPARE(data->rowCount(), 7);
        QCOMPARE(data->images.height, 4);
        QCOMPARE(data->images.width, 3);
        QCOMPARE(data->images.channels, 1);
        QCOMPARE(int(data->images.image(0)[1]), 8); // (1 * 7 + 1)
        QCOMPARE(int(data->images.image(5)[0]), 2); // the first test image, seed 2
        QCOMPARE(data->columns[0].codes, (std::vector<std::int32_t> {0, 1, 2, 1, 9, 3, 4}));
        QCOMPARE(data->predefinedSplit.size(), size_t(7));
        QCOMPARE(data->predefinedSplit[4], SplitPart::Unassigned);
        QCOMPARE(data->predefinedSplit[5], SplitPart::Test);
        QCOMPARE(data->columns[0].categories.size(), 10);
    }

    void findsThePartnerOfOneFile()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("train-images-idx3-ubyte")), idxImages(2, 2, 2, 0));
        test::writeFile(dir.filePath(QStringLiteral("train-labels-idx1-ubyte")), idxLabels(QByteArray("\x01\x02", 2)));
        auto pairs = findIdxPairs(dir.filePath(QStringLiteral("train-labels-idx1-ubyte")));
        QVERIFY(pairs);
        QCOMPARE(pairs->first().images, dir.filePath(QStringLiteral("train-images-idx3-ubyte")));
    }

    void refusesAWrongMagicNumber()
    {
        QTemporaryDir dir;
        QByteArray images = idxImages(2, 2, 2, 0);
        images[3] = 0x02;
        test::writeFile(dir.filePath(QStringLiteral("train-images-idx3-ubyte")), images);
        test::writeFile(dir.filePath(QStringLiteral("train-labels-idx1-ubyte")), idxLabels(QByteArray("\x01\x02", 2)));
        auto data = readIdx(findIdxPairs(dir.path()).value());
        QVERIFY(!data);
        QCOMPARE(data.error().where, dir.filePath(QStringLiteral("train-images-idx3-ubyte")));
        QVERIFY2(data.error().message.contains(QStringLiteral("wrong IDX magic number 0x00000802")),
                 qPrintable(data.error().message));
    }

    void refusesATruncatedFile()
    {
        QTemporaryDir dir;
        writeGzip(dir.filePath(QStringLiteral("train-images-idx3-ubyte.gz")), idxImages(10, 5, 5, 0).left(150));
        writeGzip(dir.filePath(QStringLiteral("train-labels-idx1-ubyte.gz")), idxLabels(QByteArray(10, '\x01')));
        auto data = readIdx(findIdxPairs(dir.path()).value());
        QVERIFY(!data);
        QCOMPARE(data.error().where, dir.filePath(QStringLiteral("train-images-idx3-ubyte.gz")));
        QVERIFY2(data.error().message.contains(
                     QStringLiteral("truncated: its header declares 250 bytes of data, it holds 134")),
                 qPrintable(data.error().message));
    }

    void headersThatPromiseMoreThanTheFileHoldsAreRefusedBeforeAllocating_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }
    void headersThatPromiseMoreThanTheFileHoldsAreRefusedBeforeAllocating()
    {
        QFETCH(bool, compressed);
        QTemporaryDir dir;
        const QString suffix = compressed ? QStringLiteral(".gz") : QString();
        auto write = [&](const QString& name, const QByteArray& bytes) {
            if (compressed)
                writeGzip(dir.filePath(name + suffix), bytes);
            else
                test::writeFile(dir.filePath(name + suffix), bytes);
        };
        // 4,000 x 500 x 500 = 1 GB declared, 25 bytes there: refused without taking the gigabyte.
        QByteArray liar = idxImages(1, 5, 5, 0);
        liar.replace(4, 12, QByteArray("\x00\x00\x0f\xa0\x00\x00\x01\xf4\x00\x00\x01\xf4", 12));
        write(QStringLiteral("train-images-idx3-ubyte"), liar);
        write(QStringLiteral("train-labels-idx1-ubyte"), idxLabels(QByteArray(1, '\x01')));
        auto data = readIdx(findIdxPairs(dir.path()).value());
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(
                     QStringLiteral("truncated: its header declares 1000000000 bytes of data, it holds 25")),
                 qPrintable(data.error().message));

        // Three dimensions of 2^28: the product overflows 64 bits (fuzz_idx found it; UBSan).
        liar.replace(4, 12, QByteArray("\x10\x00\x00\x00\x10\x00\x00\x00\x10\x00\x00\x00", 12));
        write(QStringLiteral("train-images-idx3-ubyte"), liar);
        data = readIdx(findIdxPairs(dir.path()).value());
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(QStringLiteral("268435456 x 268435456 x 268435456 bytes")),
                 qPrintable(data.error().message));

        // 60,000 x 1,000 x 1,000 = 60 GB declared: beyond the limit, named.
        liar.replace(4, 12, QByteArray("\x00\x00\xea\x60\x00\x00\x03\xe8\x00\x00\x03\xe8", 12));
        write(QStringLiteral("train-images-idx3-ubyte"), liar);
        data = readIdx(findIdxPairs(dir.path()).value());
        QVERIFY(!data);
        QVERIFY2(data.error().message.contains(QStringLiteral("more than the limit of 8.6 GB")),
                 qPrintable(data.error().message));
    }

    void refusesLabelsThatDoNotMatchTheImages()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("train-images-idx3-ubyte")), idxImages(3, 2, 2, 0));
        test::writeFile(dir.filePath(QStringLiteral("train-labels-idx1-ubyte")), idxLabels(QByteArray("\x01\x02", 2)));
        auto data = readIdx(findIdxPairs(dir.path()).value());
        QVERIFY(!data);
        QVERIFY(data.error().message.contains(QStringLiteral("2 labels but its image file holds 3 images")));
    }

    void readsFashionMnistFromItsDebianPackage()
    {
        if (!sampleCatalogue().first().isAvailable)
            QSKIP("the Debian package dataset-fashion-mnist is not installed");
        auto pairs = findIdxPairs(fashionMnistFolder());
        QVERIFY(pairs);
        auto data = readIdx(pairs.value());
        QVERIFY(data);
        QCOMPARE(data->rowCount(), 70000);
        QCOMPARE(data->images.height, 28);
        QCOMPARE(std::count(data->predefinedSplit.begin(), data->predefinedSplit.end(), SplitPart::Test), 10000);
        QCOMPARE(data->columns[0].categories.first(), QStringLiteral("T-shirt/top"));
    }
};

QTEST_GUILESS_MAIN(TestIdxReader)
#include "tst_idxreader.moc"
