#include "Samples.h"

#include "engine/core/Message.h"
#include "engine/data/CsvReader.h"
#include "engine/data/IdxReader.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <numbers>
#include <random>

// Q_INIT_RESOURCE must be used outside any namespace; the CSV samples live in samples.qrc.
static void initSampleResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(samples);
        return true;
    }();
    Q_UNUSED(done);
}

namespace crucible {

namespace {

/// Deterministic draws from a 64-bit Mersenne Twister: the standard fixes its output, unlike
/// the distributions of each standard library.
class Draw {
public:
    explicit Draw(std::uint64_t seed) : m_engine(seed) { }
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    double normal()
    {
        // Box-Muller; 1 - u keeps the logarithm finite.
        const double u = 1.0 - uniform();
        const double v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
    }

private:
    std::mt19937_64 m_engine;
};

Column numberColumn(const QString& name)
{
    Column column;
    column.name = name;
    column.type = ColumnType::Numeric;
    return column;
}

Column classColumn(const QString& name, const QStringList& classes)
{
    Column column;
    column.name = name;
    column.type = ColumnType::Categorical;
    column.categories = classes;
    return column;
}

} // namespace

QString fashionMnistFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("CRUCIBLE_FASHION_MNIST");
    return fromEnvironment.isEmpty() ? QStringLiteral("/usr/share/datasets/fashion-mnist") : fromEnvironment;
}

QList<SampleInfo> sampleCatalogue()
{
    QList<SampleInfo> list {
        {QStringLiteral("iris"), QStringLiteral("Iris"),
         CRUCIBLE_MESSAGE("150 iris flowers, 4 measurements, 3 species (UCI, CC BY 4.0)"), DatasetKind::Tabular,
         QStringLiteral("species")},
        {QStringLiteral("wine"), QStringLiteral("Wine"),
         CRUCIBLE_MESSAGE("178 Italian wines, 13 chemical measurements, 3 cultivars (UCI, CC BY 4.0)"),
         DatasetKind::Tabular, QStringLiteral("cultivar")},
        {QStringLiteral("breast-cancer"), CRUCIBLE_MESSAGE("Breast Cancer Wisconsin"),
         CRUCIBLE_MESSAGE("569 biopsies, 30 cell-nucleus features, malignant or benign (UCI, CC BY 4.0)"),
         DatasetKind::Tabular, QStringLiteral("diagnosis")},
        {QStringLiteral("two-moons"), CRUCIBLE_MESSAGE("Two moons"),
         CRUCIBLE_MESSAGE("1,000 points in two interleaved half circles (synthetic)"), DatasetKind::Tabular,
         QStringLiteral("class")},
        {QStringLiteral("spirals"), QStringLiteral("Spirals"),
         CRUCIBLE_MESSAGE("1,500 points on three intertwined spiral arms (synthetic)"), DatasetKind::Tabular,
         QStringLiteral("class")},
        {QStringLiteral("blobs"), CRUCIBLE_MESSAGE("Gaussian blobs"),
         CRUCIBLE_MESSAGE("1,000 points around four Gaussian centres (synthetic)"), DatasetKind::Tabular,
         QStringLiteral("class")},
        {QStringLiteral("regression"), CRUCIBLE_MESSAGE("Noisy regression"),
         CRUCIBLE_MESSAGE("1,000 rows, 5 features, a nonlinear target with noise (synthetic)"), DatasetKind::Tabular,
         QStringLiteral("y")},
    };
    SampleInfo fashion {QStringLiteral("fashion-mnist"), QStringLiteral("Fashion-MNIST"),
                        CRUCIBLE_MESSAGE("70,000 28x28 grayscale images of clothing in 10 classes (Zalando, MIT)"),
                        DatasetKind::Images, QStringLiteral("label")};
    if (!QFileInfo::exists(QDir(fashionMnistFolder()).filePath(QStringLiteral("train-images-idx3-ubyte.gz")))) {
        fashion.isAvailable = false;
        fashion.unavailableReason = CRUCIBLE_MESSAGE("install the Debian package dataset-fashion-mnist");
    }
    list.prepend(fashion);
    return list;
}

Result<Dataset> loadSample(const QString& key, QString* source, const ProgressCallback& progress, std::uint64_t seed)
{
    initSampleResources();
    auto describe = [&](const QString& text) {
        if (source)
            *source = text;
    };
    const QString resource =
        QStringLiteral(":/samples/%1.csv").arg(QString(key).replace(QLatin1Char('-'), QLatin1Char('_')));
    if (QFileInfo::exists(resource)) {
        describe(QStringLiteral("sample:%1").arg(key));
        return readCsv(resource, {}, progress);
    }
    if (key == QLatin1String("fashion-mnist")) {
        auto pairs = findIdxPairs(fashionMnistFolder());
        if (!pairs)
            return Error {
                ErrorCode::NotFound,
                CRUCIBLE_MESSAGE("Fashion-MNIST is not installed: install the Debian package dataset-fashion-mnist"),
                fashionMnistFolder()};
        describe(fashionMnistFolder());
        return readIdx(pairs.value(), progress);
    }
    describe(QStringLiteral("sample:%1 (seed %2)").arg(key).arg(seed));
    if (key == QLatin1String("two-moons"))
        return twoMoons(1000, 0.1, seed);
    if (key == QLatin1String("spirals"))
        return spirals(1500, 3, 0.05, seed);
    if (key == QLatin1String("blobs"))
        return gaussianBlobs(1000, 4, seed);
    if (key == QLatin1String("regression"))
        return noisyRegression(1000, 0.3, seed);
    QStringList keys;
    for (const SampleInfo& info : sampleCatalogue())
        keys << info.key;
    return Error {ErrorCode::NotFound,
                  CRUCIBLE_MESSAGE("no sample called \"%1\"; samples are %2").arg(key, keys.join(QStringLiteral(", "))),
                  key};
}

Dataset twoMoons(int rows, double noise, std::uint64_t seed)
{
    Draw draw(seed);
    Column x = numberColumn(QStringLiteral("x"));
    Column y = numberColumn(QStringLiteral("y"));
    Column label = classColumn(QStringLiteral("class"), {QStringLiteral("lower"), QStringLiteral("upper")});
    for (int i = 0; i < rows; ++i) {
        const int moon = i % 2;
        const double t = draw.uniform(0.0, std::numbers::pi);
        const double px = moon == 1 ? std::cos(t) : 1.0 - std::cos(t);
        const double py = moon == 1 ? std::sin(t) : 0.5 - std::sin(t);
        x.values.push_back(float(px + noise * draw.normal()));
        y.values.push_back(float(py + noise * draw.normal()));
        label.codes.push_back(moon);
    }
    Dataset dataset;
    dataset.columns = {std::move(x), std::move(y), std::move(label)};
    return dataset;
}

Dataset spirals(int rows, int arms, double noise, std::uint64_t seed)
{
    Draw draw(seed);
    Column x = numberColumn(QStringLiteral("x"));
    Column y = numberColumn(QStringLiteral("y"));
    QStringList names;
    for (int a = 0; a < arms; ++a)
        names << QStringLiteral("arm_%1").arg(a + 1);
    Column label = classColumn(QStringLiteral("class"), names);
    for (int i = 0; i < rows; ++i) {
        const int arm = i % arms;
        const double r = draw.uniform(0.05, 1.0);
        const double angle = 2.0 * std::numbers::pi * arm / arms + 4.0 * r;
        x.values.push_back(float(r * std::cos(angle) + noise * draw.normal()));
        y.values.push_back(float(r * std::sin(angle) + noise * draw.normal()));
        label.codes.push_back(arm);
    }
    Dataset dataset;
    dataset.columns = {std::move(x), std::move(y), std::move(label)};
    return dataset;
}

Dataset gaussianBlobs(int rows, int centres, std::uint64_t seed)
{
    Draw draw(seed);
    std::vector<std::pair<double, double>> centre;
    QStringList names;
    for (int c = 0; c < centres; ++c) {
        centre.emplace_back(draw.uniform(-8, 8), draw.uniform(-8, 8));
        names << QStringLiteral("blob_%1").arg(c + 1);
    }
    Column x = numberColumn(QStringLiteral("x"));
    Column y = numberColumn(QStringLiteral("y"));
    Column label = classColumn(QStringLiteral("class"), names);
    for (int i = 0; i < rows; ++i) {
        const int c = i % centres;
        x.values.push_back(float(centre[size_t(c)].first + draw.normal()));
        y.values.push_back(float(centre[size_t(c)].second + draw.normal()));
        label.codes.push_back(c);
    }
    Dataset dataset;
    dataset.columns = {std::move(x), std::move(y), std::move(label)};
    return dataset;
}

Dataset noisyRegression(int rows, double noise, std::uint64_t seed)
{
    Draw draw(seed);
    std::vector<Column> columns;
    for (int f = 0; f < 5; ++f)
        columns.push_back(numberColumn(QStringLiteral("x%1").arg(f + 1)));
    Column target = numberColumn(QStringLiteral("y"));
    for (int i = 0; i < rows; ++i) {
        double x[5];
        for (int f = 0; f < 5; ++f) {
            x[f] = draw.uniform(-2, 2);
            columns[size_t(f)].values.push_back(float(x[f]));
        }
        const double value = 3 * x[0] - 2 * x[1] + std::sin(3 * x[2]) + 0.5 * x[3] * x[4] + noise * draw.normal();
        target.values.push_back(float(value));
    }
    columns.push_back(std::move(target));
    Dataset dataset;
    dataset.columns = std::move(columns);
    return dataset;
}

} // namespace crucible
