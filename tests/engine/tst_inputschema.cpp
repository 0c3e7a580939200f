#include "engine/data/Timestamp.h"
#include "engine/registry/BundleManifest.h"
#include "engine/serve/InputSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace crucible;

/// The row form of a served model's requests ({"instances": [...]}) for a model that takes a
/// date: dates as people type them, as days since 1970-01-01 in the tensor form.
class TestInputSchema : public QObject {
    Q_OBJECT

private:
    static InputSchema schema()
    {
        BundleManifest manifest;
        const QByteArray signature = "{\"kind\": \"tabular\", \"features\": ["
                                     "{\"name\": \"when\", \"encoding\": \"standardised\", \"mean\": 19400.5, "
                                     "\"std\": 100, \"time\": \"timestamp\"},"
                                     "{\"name\": \"x\", \"encoding\": \"standardised\", \"mean\": 0, \"std\": 1}]}";
        manifest.inputSignature = QJsonDocument::fromJson(signature).object();
        return InputSchema::fromManifest(manifest);
    }

    static QJsonObject body(const QByteArray& json) { return QJsonDocument::fromJson(json).object(); }

private Q_SLOTS:
    void readsDatesInTheRowForm()
    {
        const InputSchema s = schema();
        auto decoded = s.decodeInstances(body("{\"instances\": [{\"when\": \"2023-02-10 08:00\", \"x\": 1},"
                                              "{\"when\": \"2023-02-10T08:00:00+01:00\", \"x\": 2},"
                                              "{\"when\": null, \"x\": 3}, {\"when\": 19400, \"x\": 4}]}"));
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->rows, std::int64_t(4));
        const double expected = timestamps::days(timestamps::fromCivil(2023, 2, 10, 8, 0).value());
        QCOMPARE(decoded->values[0], float(expected));
        QCOMPARE(decoded->values[2], float(expected - 1.0 / 24)); // 07:00 UTC
        QVERIFY(std::isnan(decoded->values[4]));
        QCOMPARE(decoded->values[6], 19400.0f); // a number is taken as days
        // The example people copy shows a date, not a day count.
        QVERIFY2(s.exampleInstance().contains(QStringLiteral("\"when\":\"2023-02-12 00:00:00\"")),
                 qPrintable(s.exampleInstance()));
    }

    void refusesTextThatIsNotADate()
    {
        const InputSchema s = schema();
        for (const char* value : {"\"yesterday\"", "\"03/04/2023\"", "\"2023-02-30\"", "true"}) {
            auto decoded =
                s.decodeInstances(body(QByteArray("{\"instances\": [{\"when\": ") + value + ", \"x\": 1}]}"));
            QVERIFY2(!decoded, value);
            QVERIFY2(decoded.error().message.contains(QStringLiteral("when")), qPrintable(decoded.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestInputSchema)
#include "tst_inputschema.moc"
