// Engine messages in the interface's language: the engine reports English (it never translates);
// the widgets translate its finished messages against the templates it marks.
#include "EngineMessages.h"
#include "EngineText.h"
#include "Translations.h"
#include "engine/data/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace crucible;

namespace {

QString german(const char* source)
{
    return QCoreApplication::translate("Engine", source);
}

/// The error of reading `text` as a CSV file named `name` in `dir`.
Error csvError(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    file.close();
    Result<Dataset> read = readCsv(path);
    return read ? Error {} : read.error();
}

} // namespace

class TestEngineText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyEngineMessageHasAGermanTranslation()
    {
        // translations/crucible_de.ts holds each template under the context "Engine", translated.
        QFile file(QStringLiteral(CRUCIBLE_SOURCE_DIR "/translations/crucible_de.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QSet<QString> translated;
        QStringList unfinished;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation") && context == QLatin1String("Engine")) {
                const bool done = xml.attributes().value(QLatin1String("type")).isEmpty();
                const QString text = xml.readElementText();
                if (done && !text.isEmpty())
                    translated.insert(source);
                else
                    unfinished << source;
            }
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
        QStringList missing;
        for (const char* message : engineMessages()) {
            if (!translated.contains(QString::fromUtf8(message)))
                missing << QString::fromUtf8(message);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QVERIFY(engineMessages().size() > 500);
    }

    void aReaderErrorReadsInGerman()
    {
        QTemporaryDir dir;
        const Error error = csvError(dir, QStringLiteral("messung.csv"), "a,b\n1,2\n3,4,5\n");
        QCOMPARE(error.message, QStringLiteral("this row has 3 fields but the header has 2"));

        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        const QString expected = german("this row has %1 fields but the header has %2").arg(3).arg(2);
        QVERIFY(expected != error.message);
        QCOMPARE(engineText(error.message), expected);
        // The place (file and line) stays as it is; the message after it is German.
        QVERIFY(error.where.contains(QStringLiteral("messung.csv")));
        QCOMPARE(errorText(error), error.where + QStringLiteral(": ") + expected);
        // A failure reason stored as one text ("where: message") reads the same way.
        QCOMPARE(engineText(error.text()), error.where + QStringLiteral(": ") + expected);
    }

    void englishStaysAsTheEngineWroteIt()
    {
        QTemporaryDir dir;
        const Error error = csvError(dir, QStringLiteral("leer.csv"), "");
        QVERIFY(!error.message.isEmpty());
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(engineText(error.message), error.message);
        QCOMPARE(errorText(error), error.text());
        // Switching the language takes effect at once (answers are not kept across languages).
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QVERIFY(engineText(error.message) != error.message);
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(engineText(error.message), error.message);
    }

    void messagesInsideMessagesAreTranslatedToo()
    {
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        // A recipe problem quoted by the run-package reader, as RunPackage reports it.
        const QString inner = QStringLiteral("'%1' is not true or false").arg(QStringLiteral("yes please"));
        const QString outer = QStringLiteral("the recipe cannot be read: %1").arg(inner);
        const QString expected = german("the recipe cannot be read: %1")
                                     .arg(german("'%1' is not true or false").arg(QStringLiteral("yes please")));
        QVERIFY(expected != outer);
        QCOMPARE(engineText(outer), expected);
    }

    void valuesAreKeptAsTheyCame()
    {
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        // A value holding a placeholder, or more than a template's words, stays exactly as it came.
        const QString value = QStringLiteral("%2 the import was cancelled");
        const QString english =
            QStringLiteral("there is no column \"%1\"; the columns are %2").arg(value, QStringLiteral("a, b"));
        const QString result = engineText(english);
        QVERIFY(result != english);
        QVERIFY2(result.contains(QLatin1Char('"') + value + QLatin1Char('"')), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("a, b")));
        // Text no engine message has passes through unchanged.
        const QString foreign = QStringLiteral("Something a library said: errno 28");
        QCOMPARE(engineText(foreign), foreign);
        QCOMPARE(engineText(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestEngineText)
#include "tst_enginetext.moc"
