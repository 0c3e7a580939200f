#include "engine/data/Split.h"

#include <QTest>

#include <map>

using namespace crucible;

class TestSplit : public QObject {
    Q_OBJECT

private:
    static std::map<SplitPart, int> countParts(const std::vector<SplitPart>& parts)
    {
        std::map<SplitPart, int> counts;
        for (SplitPart p : parts)
            ++counts[p];
        return counts;
    }

private Q_SLOTS:
    void stratifiesByClass()
    {
        // 900 rows of class 0 and 100 of class 1: each part keeps the 9:1 proportion.
        std::vector<std::int32_t> classes(1000, 0);
        std::fill(classes.begin() + 900, classes.end(), 1);
        const auto parts = makeSplit(1000, &classes, SplitRecipe {});
        std::map<std::pair<SplitPart, int>, int> counts;
        for (size_t i = 0; i < parts.size(); ++i)
            ++counts[{parts[i], classes[i]}];
        QCOMPARE((counts[{SplitPart::Train, 0}]), 720);
        QCOMPARE((counts[{SplitPart::Validation, 0}]), 90);
        QCOMPARE((counts[{SplitPart::Test, 0}]), 90);
        QCOMPARE((counts[{SplitPart::Train, 1}]), 80);
        QCOMPARE((counts[{SplitPart::Validation, 1}]), 10);
        QCOMPARE((counts[{SplitPart::Test, 1}]), 10);
    }

    void isSeeded()
    {
        std::vector<std::int32_t> classes(500);
        for (size_t i = 0; i < classes.size(); ++i)
            classes[i] = std::int32_t(i % 3);
        SplitRecipe recipe;
        const auto first = makeSplit(500, &classes, recipe);
        QCOMPARE(makeSplit(500, &classes, recipe), first);
        recipe.seed = 7;
        QVERIFY(makeSplit(500, &classes, recipe) != first);

        // A fixed seed gives a fixed order on every machine and standard library.
        std::vector<std::int64_t> items {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        seededShuffle(items, 42);
        std::vector<std::int64_t> again {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        seededShuffle(again, 42);
        QCOMPARE(items, again);
        QVERIFY(items != (std::vector<std::int64_t> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }

    void keepsAPredefinedTestSplit()
    {
        std::vector<SplitPart> predefined(100, SplitPart::Unassigned);
        std::fill(predefined.begin() + 80, predefined.end(), SplitPart::Test);
        const auto parts = makeSplit(100, nullptr, SplitRecipe {}, predefined);
        for (size_t i = 80; i < 100; ++i)
            QCOMPARE(parts[i], SplitPart::Test);
        auto counts = countParts(parts);
        QCOMPARE(counts[SplitPart::Test], 20);
        QCOMPARE(counts[SplitPart::Validation], 9); // 0.1 / 0.9 of the other 80
        QCOMPARE(counts[SplitPart::Train], 71);
    }

    void normalisesWithTrainingRowsOnly()
    {
        Dataset data;
        Column x {QStringLiteral("x"), ColumnType::Numeric, {1, 3, 100, 200}, {}, {}};
        Column y {QStringLiteral("y"), ColumnType::Numeric, {0, 0, 1, 1}, {}, {}};
        data.columns = {x, y};
        const std::vector<SplitPart> split {SplitPart::Train, SplitPart::Train, SplitPart::Test, SplitPart::Validation};
        const auto stats = normalisationStatistics(data, split, 1);
        QCOMPARE(stats.columns, std::vector<int> {0});
        QCOMPARE(stats.mean[0], 2.0);
        QCOMPARE(stats.std[0], 1.0);

        Dataset images;
        images.kind = DatasetKind::Images;
        images.images = ImageBlock {1, 1, 2, {0, 255, 255, 255}};
        images.columns = {Column {
            QStringLiteral("label"), ColumnType::Categorical, {}, {0, 1}, {QStringLiteral("a"), QStringLiteral("b")}}};
        const auto imageStats = normalisationStatistics(images, {SplitPart::Train, SplitPart::Test}, 0);
        QCOMPARE(imageStats.mean[0], 0.5);
        QCOMPARE(imageStats.std[0], 0.5);
    }
};

QTEST_GUILESS_MAIN(TestSplit)
#include "tst_split.moc"
