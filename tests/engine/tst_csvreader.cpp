#include "../support/Files.h"
#include "engine/data/CsvReader.h"
#include "engine/data/DatasetExport.h"
#include "engine/data/DatasetFile.h"
#include "engine/data/Profile.h"
#include "engine/data/Timestamp.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace crucible;

class TestCsvReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Result<Dataset> read(const QByteArray& bytes, const QString& name = QStringLiteral("data.csv"))
    {
        return readCsv(test::writeFile(m_dir.filePath(name), bytes));
    }

    static const Column& column(const Dataset& dataset, const QString& name)
    {
        const int index = dataset.columnIndex(name);
        if (index < 0)
            qFatal("no column %s", qPrintable(name));
        return dataset.columns[size_t(index)];
    }

    void expectError(const QByteArray& bytes, const QString& where, const QString& words)
    {
        auto result = read(bytes, QStringLiteral("bad.csv"));
        QVERIFY2(!result, "the file was accepted");
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(result.error().where, m_dir.filePath(QStringLiteral("bad.csv")) + where);
        QVERIFY2(result.error().message.contains(words), qPrintable(result.error().message));
    }

    /// Each dialect test's file holds the same table: three rows of x, y and a label.
    static void same(const Result<Dataset>& dataset, const char* what)
    {
        QVERIFY2(
            dataset,
            qPrintable(QLatin1String(what) + QStringLiteral(": ") + (dataset ? QString() : dataset.error().text())));
        QCOMPARE(dataset->columns.size(), size_t(3));
        QCOMPARE(dataset->rowCount(), std::int64_t(3));
        QCOMPARE(column(dataset.value(), QStringLiteral("x")).values, (std::vector<float> {1.5f, 2.f, 3.f}));
        QCOMPARE(column(dataset.value(), QStringLiteral("y")).values, (std::vector<float> {-1234.5f, 0.25f, 7.f}));
        QCOMPARE(column(dataset.value(), QStringLiteral("label")).type, ColumnType::Categorical);
    }

    /// `source` packed by `tool` (gzip, zstd, xz) beside it; the packed file's path.
    static QString packed(const QString& source, const char* tool, const char* suffix)
    {
        QProcess packer;
        packer.start(QLatin1String(tool), {QStringLiteral("-kqf"), source});
        if (!packer.waitForFinished(30000) || packer.exitCode() != 0)
            qFatal("%s failed on %s", tool, qPrintable(source));
        return source + QLatin1String(suffix);
    }

private Q_SLOTS:
    void infersColumnTypes()
    {
        auto result = read("id,height,member,colour,comment\n"
                           "1,1.5,true,red,first of many\n"
                           "2,2.25,false,blue,another one\n"
                           "3,NA,yes,red,a third\n"
                           "4,3,no,,something else\n");
        QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
        const Dataset& data = result.value();
        QCOMPARE(data.rowCount(), 4);
        QCOMPARE(column(data, QStringLiteral("id")).type, ColumnType::Integer);
        QCOMPARE(column(data, QStringLiteral("height")).type, ColumnType::Numeric);
        QCOMPARE(column(data, QStringLiteral("member")).type, ColumnType::Boolean);
        QCOMPARE(column(data, QStringLiteral("colour")).type, ColumnType::Categorical);
        QCOMPARE(column(data, QStringLiteral("comment")).type, ColumnType::Text);
        QVERIFY(std::isnan(column(data, QStringLiteral("height")).values[2]));
        QCOMPARE(column(data, QStringLiteral("height")).values[1], 2.25f);
        QCOMPARE(column(data, QStringLiteral("member")).displayValue(2), QStringLiteral("true"));
        QCOMPARE(column(data, QStringLiteral("member")).displayValue(3), QStringLiteral("false"));
        QCOMPARE(column(data, QStringLiteral("colour")).categories,
                 (QStringList {QStringLiteral("blue"), QStringLiteral("red")}));
        QVERIFY(column(data, QStringLiteral("colour")).isMissing(3));
        QCOMPARE(column(data, QStringLiteral("colour")).missingCount(), 1);
    }

    void recognisesEveryMissingToken()
    {
        // -nan as C's printf writes a NaN with its sign bit set.
        auto result = read("a,b\n1,x\n,x\nNA,x\nNaN,x\nnull,x\n?,x\nN/A,y\n-nan,y\n8,y\n");
        QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
        const Column& a = result->columns[0];
        QCOMPARE(a.type, ColumnType::Integer);
        QCOMPARE(a.missingCount(), 7);
        QCOMPARE(a.values.back(), 8.0f);
    }

    void numbersParseWholeOrNotAtAll()
    {
        // Trailing text makes a field text, never the number at its start; tiny values are zero.
        auto result = read("code,tiny,x\n12,1e-60,1\n1e39xyz,-1e-4000,2\n7,0.5,3\n");
        QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
        const Column& code = column(result.value(), QStringLiteral("code"));
        QVERIFY(code.type != ColumnType::Numeric && code.type != ColumnType::Integer);
        QCOMPARE(code.displayValue(1), QStringLiteral("1e39xyz"));
        QCOMPARE(code.displayValue(0), QStringLiteral("12"));
        const Column& tiny = column(result.value(), QStringLiteral("tiny"));
        QCOMPARE(tiny.type, ColumnType::Numeric);
        QCOMPARE(tiny.values[0], 0.0f);
        QCOMPARE(tiny.values[1], 0.0f);
        QCOMPARE(tiny.values[2], 0.5f);
    }

    void aFewWordsInAColumnOfNumbersAreRefusedOrReadAsAsked()
    {
        // 19 weights and one typo ("12kg"): not silently a column of text. Refused by default,
        // naming the value, its row and column; read as missing, or kept as text, when asked.
        QByteArray bytes("id,weight,label\n");
        for (int i = 1; i <= 20; ++i)
            bytes += QByteArray::number(i) + ',' + (i == 13 ? QByteArray("12kg") : QByteArray::number(i * 1.5)) + ','
                + (i % 2 ? "a" : "b") + '\n';
        const QString path = test::writeFile(m_dir.filePath(QStringLiteral("weights.csv")), bytes);
        auto refused = readCsv(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("column \"weight\" holds numbers but for 1 value(s) "
                                                                 "such as \"12kg\" in row 13")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("--not-numbers missing")));
        QCOMPARE(refused.error().where, path + QStringLiteral(": row 13, column 2"));

        CsvOptions options;
        options.notNumbers = CsvOptions::NotNumbers::Missing;
        auto missing = readCsv(path, options);
        QVERIFY(missing);
        const Column& weight = column(missing.value(), QStringLiteral("weight"));
        QCOMPARE(weight.type, ColumnType::Numeric);
        QVERIFY(weight.isMissing(12));
        QCOMPARE(weight.values[13], 21.0f);
        QCOMPARE(weight.missingCount(), 1);

        options.notNumbers = CsvOptions::NotNumbers::Text;
        auto text = readCsv(path, options);
        QVERIFY(text);
        QVERIFY(!column(text.value(), QStringLiteral("weight")).hasNumbers());
        QCOMPARE(column(text.value(), QStringLiteral("weight")).displayValue(12), QStringLiteral("12kg"));

        // A column of labels that happen to include numbers is not the class: it stays labels.
        auto labels = read("size,y\nS,1\nM,2\nL,3\nXL,4\n10,5\n12,6\nS,7\nM,8\nL,9\nXL,10\n14,11\n");
        QVERIFY(labels);
        QCOMPARE(labels->columns[0].type, ColumnType::Categorical);
    }

    void numbersBeyondFloatAreErrorsNamingLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("1e39") << QByteArray("1e39");
        QTest::newRow("1e400") << QByteArray("1e400");
        QTest::newRow("-1e400") << QByteArray("-1e400");
        QTest::newRow("400 digits") << QByteArray(400, '9');
        QTest::newRow("1e99999") << QByteArray("1e99999");
        QTest::newRow("inf") << QByteArray("inf");
    }
    void numbersBeyondFloatAreErrorsNamingLineAndColumn()
    {
        QFETCH(QByteArray, value);
        const QByteArray bytes = "a,b,c\n1,2,3\n4,5," + value + "\n7,8,9\n";
        expectError(bytes, QStringLiteral(":3:3"),
                    QStringLiteral("column \"c\": ") + QString::fromLatin1(value.left(40)));
        // Read as missing when the user asks.
        CsvOptions options;
        options.outOfRangeAsMissing = true;
        auto missing = readCsv(m_dir.filePath(QStringLiteral("bad.csv")), options);
        QVERIFY2(missing, qPrintable(missing ? QString() : missing.error().text()));
        QCOMPARE(missing->columns[2].type, ColumnType::Integer);
        QVERIFY(missing->columns[2].isMissing(1));
        QCOMPARE(missing->columns[2].values[2], 9.0f);
        // In a column that is text anyway, such a value is just text.
        auto text = read("a,b\n1,x\n2," + value + "\n3,y\n");
        QVERIFY(text);
        QCOMPARE(text->columns[1].displayValue(1), QString::fromLatin1(value));
    }

    void handlesRfc4180Quoting()
    {
        auto result = read("name,quote,n\r\n"
                           "\"Smith, John\",\"He said \"\"hi\"\"\",1\r\n"
                           "\"multi\nline\",plain,2\r\n"
                           "\"\",\"\",3\r\n");
        QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
        const Dataset& data = result.value();
        QCOMPARE(data.rowCount(), 3);
        QCOMPARE(data.columns[0].displayValue(0), QStringLiteral("Smith, John"));
        QCOMPARE(data.columns[1].displayValue(0), QStringLiteral("He said \"hi\""));
        QCOMPARE(data.columns[0].displayValue(1), QStringLiteral("multi\nline"));
        QVERIFY(data.columns[0].isMissing(2));
        QCOMPARE(data.columns[2].values, (std::vector<float> {1, 2, 3}));
    }

    void acceptsBomAndDetectsDelimiters()
    {
        auto bom = read("\xEF\xBB\xBFx;y\n1;2\n3;4\n");
        QVERIFY(bom);
        QCOMPARE(bom->columns[0].name, QStringLiteral("x"));
        QCOMPARE(bom->columns[1].values, (std::vector<float> {2, 4}));

        auto tsv = read("a\tb\tc\n1\t2\t3\n", QStringLiteral("data.tsv"));
        QVERIFY(tsv);
        QCOMPARE(tsv->columns.size(), size_t(3));
        QCOMPARE(detectDelimiter("a|b|c\n1|2|3\n", QStringLiteral("x.txt")), '|');
        QCOMPARE(detectDelimiter("a,b\n1,2\n", QStringLiteral("x.csv")), ',');
    }

    void keepsLabelsOfRowsBeforeTheFirstWord()
    {
        // The column looks numeric for three rows, then turns out to be labels.
        auto result = read("code,y\n10,a\n20,b\n10,a\nX7,b\n,a\n");
        QVERIFY(result);
        const Column& code = result->columns[0];
        QCOMPARE(code.type, ColumnType::Categorical);
        QCOMPARE(code.displayValue(0), QStringLiteral("10"));
        QCOMPARE(code.displayValue(1), QStringLiteral("20"));
        QCOMPARE(code.displayValue(3), QStringLiteral("X7"));
        QVERIFY(code.isMissing(4));
        QCOMPARE(code.categories, (QStringList {QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("X7")}));
    }

    void readsLargeFilesAcrossBlocks()
    {
        QByteArray bytes("i,label,text\n");
        for (int i = 0; i < 200000; ++i)
            bytes +=
                QByteArray::number(i) + (i % 3 ? ",a," : ",b,") + "\"quoted, " + QByteArray::number(i % 7) + "\"\n";
        int calls = 0;
        auto result = readCsv(test::writeFile(m_dir.filePath(QStringLiteral("big.csv")), bytes), {},
                              [&](double fraction, const QString&) {
                                  ++calls;
                                  return fraction >= 0 && fraction <= 1.0;
                              });
        QVERIFY(result);
        QCOMPARE(result->rowCount(), 200000);
        QCOMPARE(result->columns[0].values[199999], 199999.0f);
        QCOMPARE(result->columns[2].categories.size(), 7);
        QVERIFY(calls >= 1);
    }

    void parsesLargeQuoteFreeFilesInStretches()
    {
        // Over 8 MB without a quote: read in parallel stretches, joined in file order.
        const char* words[] = {"alpha", "beta", "gamma", "delta", "epsilon"};
        QByteArray bytes("i,label,x,late\n");
        const int rows = 600000;
        for (int i = 0; i < rows; ++i) {
            bytes += QByteArray::number(i) + ',' + words[i % 5] + ',' + QByteArray::number(i * 0.5) + ','
                + QByteArray::number(i % 3) + '\n';
        }
        QVERIFY(bytes.size() > (8 << 20));
        auto result = readCsv(test::writeFile(m_dir.filePath(QStringLiteral("stretches.csv")), bytes));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
        QCOMPARE(result->rowCount(), rows);
        const Column& i = result->columns[0];
        QCOMPARE(i.type, ColumnType::Integer);
        for (int row : {0, 1, 299999, 300000, 300001, rows - 1})
            QCOMPARE(i.values[size_t(row)], float(row));
        const Column& label = result->columns[1];
        QCOMPARE(label.type, ColumnType::Categorical);
        QCOMPARE(label.categories.size(), 5);
        for (int row : {0, 7, 300003, rows - 1})
            QCOMPARE(label.displayValue(row), QString::fromLatin1(words[row % 5]));
        QCOMPARE(result->columns[2].values[size_t(rows - 1)], float((rows - 1) * 0.5));
        QCOMPARE(result->columns[3].type, ColumnType::Integer);

        // Numbers in most rows, a word at the end: a column of numbers with a stray value is
        // refused, naming it and where it is; asked to, it is read as missing, or the column kept
        // as labels for every row (the stretches cannot be joined, so the file is read again).
        QByteArray mixed = bytes;
        QVERIFY(mixed.endsWith(",2\n")); // 599999 % 3
        mixed.chop(2);
        mixed += "word\n";
        const QString latePath = test::writeFile(m_dir.filePath(QStringLiteral("late.csv")), mixed);
        auto refused = readCsv(latePath);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("\"word\" in row 600000")),
                 qPrintable(refused.error().message));
        QCOMPARE(refused.error().where, latePath + QStringLiteral(": row 600000, column 4"));
        CsvOptions asMissing;
        asMissing.notNumbers = CsvOptions::NotNumbers::Missing;
        auto missing = readCsv(latePath, asMissing);
        QVERIFY(missing);
        QCOMPARE(missing->columns[3].type, ColumnType::Integer);
        QCOMPARE(missing->columns[3].values[4], 1.0f);
        QVERIFY(std::isnan(missing->columns[3].values[size_t(rows - 1)]));
        CsvOptions asText;
        asText.notNumbers = CsvOptions::NotNumbers::Text;
        auto late = readCsv(latePath, asText);
        QVERIFY(late);
        QCOMPARE(late->columns[3].type, ColumnType::Categorical);
        QCOMPARE(late->columns[3].displayValue(4), QStringLiteral("1"));
        QCOMPARE(late->columns[3].displayValue(rows - 1), QStringLiteral("word"));
        QCOMPARE(late->columns[1].displayValue(rows - 1), QStringLiteral("epsilon"));

        // A number beyond float in a later stretch is reported at its own line and column.
        QByteArray huge = bytes;
        huge.replace("500000,alpha,250000,2\n", "500000,alpha,1e39,2\n");
        auto beyond = readCsv(test::writeFile(m_dir.filePath(QStringLiteral("huge.csv")), huge));
        QVERIFY(!beyond);
        QCOMPARE(beyond.error().where, m_dir.filePath(QStringLiteral("huge.csv")) + QStringLiteral(":500002:3"));

        // A ragged row deep in a later stretch is reported at its own line.
        bytes.replace("400000,alpha,200000,1\n", "400000,alpha,200000\n");
        auto ragged = readCsv(test::writeFile(m_dir.filePath(QStringLiteral("ragged-big.csv")), bytes));
        QVERIFY(!ragged);
        QCOMPARE(ragged.error().where, m_dir.filePath(QStringLiteral("ragged-big.csv")) + QStringLiteral(":400002"));
    }

    void cancels()
    {
        QByteArray bytes("a,b\n");
        for (int i = 0; i < 400000; ++i)
            bytes += "1,2\n";
        auto result = readCsv(test::writeFile(m_dir.filePath(QStringLiteral("cancel.csv")), bytes), {},
                              [](double, const QString&) { return false; });
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
    }

    void refusesRaggedRows()
    {
        expectError("a,b,c\n1,2,3\n4,5\n", QStringLiteral(":3"), QStringLiteral("2 fields but the header has 3"));
    }
    void refusesAnUnterminatedQuote()
    {
        expectError("a,b\n1,2\n3,\"open\n4,5\n", QStringLiteral(":3:3"), QStringLiteral("never closed"));
    }
    void refusesBytesThatAreNotUtf8()
    {
        expectError("a,b\n1,ok\n2,caf\xE9\n", QStringLiteral(":3:2"), QStringLiteral("not UTF-8"));
    }
    void refusesTextAfterAClosingQuote()
    {
        expectError("a,b\n\"x\"y,1\n", QStringLiteral(":2:4"), QStringLiteral("after a closing quote"));
    }
    void refusesAnEmptyFile()
    {
        auto result = read("", QStringLiteral("empty.csv"));
        QVERIFY(!result);
        QCOMPARE(result.error().where, m_dir.filePath(QStringLiteral("empty.csv")));
        QVERIFY(result.error().message.contains(QStringLiteral("empty")));
    }
    void refusesAHeaderOnlyFile()
    {
        auto result = read("a,b,c\r\n", QStringLiteral("header.csv"));
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("no data rows")));
    }

    void readsTheDialectsSeenInTheWild()
    {
        const QByteArray plain("x,y,label\n1.5,-1234.5,a\n2,0.25,b\n3,7,a\n");
        same(read(plain), "plain");
        same(read("x     y        label\n  1.5  -1234.5  a\n2\t0.25  b  \n3 7 a\n", QStringLiteral("table.dat")),
             "runs of whitespace");
        same(read("'x','y','label'\n'1.5','-1234.5','a'\n'2','0.25','b'\n'3','7','a'\n"), "single quotes");
        same(read("x;y;label\n1,5;-1.234,5;a\n2;0,25;b\n3;7;a\n"), "decimal comma");
        same(read("# exported 2026-12-01 by a lab instrument\nRun 7, plate "
                  "B\n\nx,y,label\n1.5,-1234.5,a\n2,0.25,b\n3,7,a\n"),
             "title lines before the header");

        // Compressed, by their magic bytes (gzip and zstd as their tools write them).
        const QString source = test::writeFile(m_dir.filePath(QStringLiteral("packed.csv")), plain);
        for (const auto& [tool, suffix] : {std::pair {"gzip", ".gz"}, std::pair {"zstd", ".zst"}}) {
            same(readCsv(packed(source, tool, suffix)), tool);
            auto preview = previewCsv(source + QLatin1String(suffix), 10);
            QVERIFY(preview);
            QCOMPARE(preview->dialect.compression, QLatin1String(tool));
        }

        // What could be read either way is read as the options say.
        CsvOptions asked;
        asked.delimiter = ';';
        asked.decimal = '.';
        auto literal =
            readCsv(test::writeFile(m_dir.filePath(QStringLiteral("asked.csv")), "a;b\n1,5;x\n2,5;y\n"), asked);
        QVERIFY(literal);
        QVERIFY(!column(literal.value(), QStringLiteral("a")).hasNumbers()); // "1,5" read as text
        asked.decimal = ',';
        auto decimal = readCsv(m_dir.filePath(QStringLiteral("asked.csv")), asked);
        QVERIFY(decimal);
        QCOMPARE(column(decimal.value(), QStringLiteral("a")).values, (std::vector<float> {1.5f, 2.5f}));

        // The preview says what it found.
        auto preview = previewCsv(
            test::writeFile(m_dir.filePath(QStringLiteral("seen.csv")), "title\nx;y;label\n1,5;2,5;a\n3,5;4,5;b\n"),
            10);
        QVERIFY(preview);
        QCOMPARE(preview->dialect.delimiter, ';');
        QCOMPARE(preview->dialect.decimal, ',');
        QCOMPARE(preview->dialect.headerLine, 2);
        QCOMPARE(preview->dialect.describe(), QStringLiteral("';'-separated, decimal comma, header on line 2"));
        QCOMPARE(preview->header, (QStringList {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("label")}));

        // A problem in a converted file is told at its own path and line.
        const QString bad = test::writeFile(m_dir.filePath(QStringLiteral("bad-dialect.csv")),
                                            "title\n\nx;y;label\n1,5;2;a\n1,5;2\n3,5;4;b\n2,5;1;a\n");
        auto refused = readCsv(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().where, bad + QStringLiteral(":5"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("2 fields but the header has 3")),
                 qPrintable(refused.error().message));

        // A damaged or cut compressed file is refused, not half read.
        QFile packed(source + QStringLiteral(".gz"));
        QVERIFY(packed.open(QIODevice::ReadOnly));
        const QByteArray whole = packed.readAll();
        auto cut =
            readCsv(test::writeFile(m_dir.filePath(QStringLiteral("cut.csv.gz")), whole.left(whole.size() - 12)));
        QVERIFY(!cut);
        QVERIFY2(cut.error().message.contains(QStringLiteral("gzip")), qPrintable(cut.error().message));

        // A small compressed file that expands beyond the room its text may take is refused with
        // what and where; with room, the same file is read whole.
        QByteArray rows = "x,y,label\n";
        for (int i = 0; i < 200000; ++i)
            rows += "1.5,2.5,a\n";
        const QString bombSource = test::writeFile(m_dir.filePath(QStringLiteral("bomb.csv")), rows);
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-9kqf"), bombSource});
        QVERIFY(gzip.waitForFinished(30000) && gzip.exitCode() == 0);
        const QString bomb = bombSource + QStringLiteral(".gz");
        QVERIFY(QFileInfo(bomb).size() < rows.size() / 100);
        CsvOptions small;
        small.maxTextBytes = 1000000;
        auto expanded = readCsv(bomb, small);
        QVERIFY(!expanded);
        QCOMPARE(expanded.error().where, bomb);
        QVERIFY2(expanded.error().message.startsWith(QStringLiteral("the gzip data expands to more than 1.0 MB")),
                 qPrintable(expanded.error().message));
        small.maxTextBytes = 4000000;
        auto roomy = readCsv(bomb, small);
        QVERIFY2(roomy, roomy ? "" : qPrintable(roomy.error().message));
        QCOMPARE(roomy->rowCount(), std::int64_t(200000));
    }

    void readsDialectsInTheirHarderForms()
    {
        // Thousands grouped with points and no fraction: 327.258 is a decimal comma file's 327258.
        auto cities = read("Stadt;Einwohner;Fl\xC3\xA4"
                           "che\nBerlin;3.645.000;891,8\nHamburg;1.841.000;755,2\n"
                           "Bonn;327.258;141,1\n",
                           QStringLiteral("cities.csv"));
        QVERIFY2(cities, qPrintable(cities ? QString() : cities.error().text()));
        QCOMPARE(column(cities.value(), QStringLiteral("Einwohner")).values,
                 (std::vector<float> {3645000.f, 1841000.f, 327258.f}));
        QCOMPARE(column(cities.value(), QStringLiteral("Fl\u00e4che")).values,
                 (std::vector<float> {891.8f, 755.2f, 141.1f}));

        // A decimal point far below decimal commas in the same column is refused where it is,
        // not read a thousand times too large or taken as it stands beside the others.
        QByteArray late = "x;label\n";
        for (int i = 0; i < 250; ++i)
            late += "1,5;a\n";
        late += "0.125;b\n2,5;a\n";
        expectError(late, QStringLiteral(":252:1"),
                    QStringLiteral("column \"x\" holds numbers with a decimal comma "
                                   "(from line 2) and with a decimal point (0.125 on line 252)"));

        // One column of decimal-comma numbers: its name is the header, the commas decimal marks.
        auto prices = read("price\n1,25\n2,5\n3,75\n", QStringLiteral("prices.csv"));
        QVERIFY2(prices, qPrintable(prices ? QString() : prices.error().text()));
        QCOMPARE(prices->columns.size(), size_t(1));
        QCOMPARE(column(prices.value(), QStringLiteral("price")).values, (std::vector<float> {1.25f, 2.5f, 3.75f}));

        // A header longer than the first look at the file (64 KiB) still shows the dialect.
        QByteArray wide;
        QByteArray row;
        for (int i = 0; i < 8000; ++i) {
            wide += QByteArray(i > 0 ? ";" : "") + "feature_" + QByteArray::number(10000 + i);
            row += QByteArray(i > 0 ? ";" : "") + "1,5";
        }
        QVERIFY(wide.size() > 90000);
        auto broad = read(wide + "\n" + row + "\n" + row + "\n", QStringLiteral("broad.csv"));
        QVERIFY2(broad, qPrintable(broad ? QString() : broad.error().text()));
        QCOMPARE(broad->columns.size(), size_t(8000));
        QCOMPARE(column(broad.value(), QStringLiteral("feature_17999")).values, (std::vector<float> {1.5f, 1.5f}));

        // A quoted last field with no line end after it.
        same(read("x;y;label\n1,5;-1.234,5;\"a\"\n2;0,25;\"b\"\n3;7;\"a\"", QStringLiteral("unended.csv")),
             "a quoted field at the very end");

        // Lines ended by a lone CR (old Mac files), plain with decimal commas and gzip-packed.
        same(read("x;y;label\r1,5;-1.234,5;a\r2;0,25;b\r3;7;a\r", QStringLiteral("mac.csv")), "CR with decimal comma");
        same(readCsv(packed(test::writeFile(m_dir.filePath(QStringLiteral("mac-packed.csv")),
                                            "x,y,label\r1.5,-1234.5,a\r2,0.25,b\r3,7,a\r"),
                            "gzip", ".gz")),
             "gzip of CR lines");

        // A quote in a title line is text; single quotes are found below title lines too.
        same(read("Probe 5\" Platte \"B\", Lauf 7\nx;y;label\n1,5;-1.234,5;a\n2;0,25;b\n3;7;a\n",
                  QStringLiteral("inch.csv")),
             "a quote in the title line");
        same(read("Lab export\n'x','y','label'\n'1.5','-1234.5','a'\n'2','0.25','b'\n'3','7','a'\n",
                  QStringLiteral("titled-single.csv")),
             "single quotes below a title");

        // zstd that starts with a skippable frame, as pzstd writes it.
        const QString zstdPath = packed(test::writeFile(m_dir.filePath(QStringLiteral("frames.csv")),
                                                        "x,y,label\n1.5,-1234.5,a\n2,0.25,b\n3,7,a\n"),
                                        "zstd", ".zst");
        QFile zstdFile(zstdPath);
        QVERIFY(zstdFile.open(QIODevice::ReadOnly));
        const QByteArray skippable("\x50\x2a\x4d\x18\x04\x00\x00\x00\x01\x00\x00\x00", 12);
        same(readCsv(test::writeFile(m_dir.filePath(QStringLiteral("framed.csv.zst")), skippable + zstdFile.readAll())),
             "a skippable frame first");

        // Zeros after the last gzip member (tape blocks), more than one read's worth.
        QFile gz(packed(m_dir.filePath(QStringLiteral("frames.csv")), "gzip", ".gz"));
        QVERIFY(gz.open(QIODevice::ReadOnly));
        same(readCsv(test::writeFile(m_dir.filePath(QStringLiteral("padded.csv.gz")),
                                     gz.readAll() + QByteArray(3 << 20, '\0'))),
             "gzip with zero padding");

        // Packers Crucible does not read are named as such, not taken for text in another encoding.
        // (xz's magic and stream flags, as `xz` starts every file)
        auto xz = readCsv(test::writeFile(m_dir.filePath(QStringLiteral("table.csv.xz")),
                                          QByteArray("\xfd"
                                                     "7zXZ\x00\x00\x04\xe6\xd6\xb4\x46",
                                                     12)));
        QVERIFY(!xz);
        QVERIFY2(xz.error().message.startsWith(QStringLiteral("this is an xz file, which Crucible does not read")),
                 qPrintable(xz.error().message));
    }

    void ordinaryFilesAreNotTakenForADialect()
    {
        // Rows longer than their header stay an error, not a header dropped as a "title".
        auto longer = read("a,b\n1,2,\n3,4,\n5,6,\n", QStringLiteral("longer.csv"));
        QVERIFY(!longer);
        QCOMPARE(longer.error().where, m_dir.filePath(QStringLiteral("longer.csv")) + QStringLiteral(":2"));
        // One column of names with spaces is one column, not a whitespace table.
        auto names = read("name\nJohn Smith\nJane Doe\nBob Lee\n", QStringLiteral("names.csv"));
        QVERIFY(names);
        QCOMPARE(names->columns.size(), size_t(1));
        QCOMPARE(names->rowCount(), std::int64_t(3));
        // Dotted numbers that are not thousands (addresses) keep their points in a ';' file.
        auto hosts =
            read("host;ip;hits\na;192.168.100.200;5\nb;10.0.0.1;7\nc;10.0.0.2;9\n", QStringLiteral("hosts.csv"));
        QVERIFY2(hosts, qPrintable(hosts ? QString() : hosts.error().text()));
        QCOMPARE(column(hosts.value(), QStringLiteral("ip")).displayValue(0), QStringLiteral("192.168.100.200"));
        // Apostrophes in text are text.
        auto apostrophes = read("id,title,y\n1,'90s hits,0\n2,Rock 'n' roll,1\n3,'Dutch' Smith,0\n4,fine,1\n",
                                QStringLiteral("apostrophes.csv"));
        QVERIFY2(apostrophes, qPrintable(apostrophes ? QString() : apostrophes.error().text()));
        QCOMPARE(apostrophes->rowCount(), std::int64_t(4));
        const Column& title = column(apostrophes.value(), QStringLiteral("title"));
        QCOMPARE(title.categories.value(title.codes[2]), QStringLiteral("'Dutch' Smith"));
    }

    void convertedFilesKeepTheReadersRulesAndLines()
    {
        // R's write.table: a header with one name fewer than the rows, over row names.
        auto r = read("\"x\" \"y\"\n\"1\" 0.5 2\n\"2\" 1.5 3\n\"3\" 2.5 4\n", QStringLiteral("r.dat"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
        QCOMPARE(r->columns.size(), size_t(3));
        QCOMPARE(column(r.value(), QStringLiteral("x")).values, (std::vector<float> {0.5f, 1.5f, 2.5f}));
        // Whitespace with decimal commas, CRLF and trailing spaces, and a BOM before a quoted header.
        auto spaces =
            read("\xEF\xBB\xBF\"x\" y z \r\n1,5 2 a \r\n2,5 3 b \r\n3,5 4 a \r\n", QStringLiteral("crlf.dat"));
        QVERIFY2(spaces, qPrintable(spaces ? QString() : spaces.error().text()));
        QCOMPARE(spaces->columns.size(), size_t(3));
        QCOMPARE(column(spaces.value(), QStringLiteral("x")).values, (std::vector<float> {1.5f, 2.5f, 3.5f}));
        // Malformed quoting is refused as the plain reader refuses it, at the file's own line.
        const QString quoted =
            test::writeFile(m_dir.filePath(QStringLiteral("quoted.csv")), "T1\nx;y;z\n1,5;'a'b;2\n2,5;'c';3\n");
        CsvOptions single;
        single.quote = '\'';
        auto afterQuote = readCsv(quoted, single);
        QVERIFY(!afterQuote);
        QVERIFY2(afterQuote.error().message.contains(QStringLiteral("after a closing quote")),
                 qPrintable(afterQuote.error().message));
        QCOMPARE(afterQuote.error().where, quoted + QStringLiteral(":3"));
        // A line with a column, after title lines and blank lines, is told where it is.
        const QString late =
            test::writeFile(m_dir.filePath(QStringLiteral("late.csv")), "T1\nT2\nx;y\n1,5;2\n\n\n3,5;caf\xff\n");
        auto bad = readCsv(late);
        QVERIFY(!bad);
        QCOMPARE(bad.error().where, late + QStringLiteral(":7"));
        // A header past the end, and a decimal comma between commas, are said to be that.
        CsvOptions beyond;
        beyond.headerLine = 99;
        auto past = readCsv(late, beyond);
        QVERIFY(!past);
        QVERIFY2(past.error().message.contains(QStringLiteral("line 99")), qPrintable(past.error().message));
        CsvOptions clash;
        clash.delimiter = ',';
        clash.decimal = ',';
        auto both = readCsv(late, clash);
        QVERIFY(!both);
        QVERIFY2(both.error().message.contains(QStringLiteral("decimal comma")), qPrintable(both.error().message));
    }

    static std::int64_t at(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int micro = 0)
    {
        return timestamps::fromCivil(year, month, day, hour, minute, second, micro).value();
    }

    void readsDatesAndTimesInTheirCommonForms()
    {
        auto data = read("iso,stamp,zoned,german,us,slashed,n\n"
                         "2024-02-29,2024-03-01T12:30:15.25,2024-03-01T12:30:00Z,31.12.2024 18:30,3/14/2024 1:30 PM,"
                         "2024/03/01,1\n"
                         "1999-12-31,2024-03-01 23:59,2024-03-01 14:30:00+02:00,01.01.2025,12/1/2024 12:05 AM,,2\n"
                         ",,2024-03-01T12:30:00-0130,,,2024/3/2,3\n");
        QVERIFY2(data, qPrintable(data ? QString() : data.error().text()));
        const Column& iso = column(data.value(), QStringLiteral("iso"));
        QCOMPARE(iso.type, ColumnType::Date);
        QCOMPARE(iso.times, (std::vector<std::int64_t> {at(2024, 2, 29), at(1999, 12, 31), timestamps::kMissingTime}));
        QCOMPARE(iso.displayValue(0), QStringLiteral("2024-02-29"));
        QVERIFY(iso.isMissing(2));
        QCOMPARE(iso.missingCount(), std::int64_t(1));
        // A model takes days since 1970-01-01.
        QCOMPARE(iso.quantity(1), 10956.0);

        const Column& stamp = column(data.value(), QStringLiteral("stamp"));
        QCOMPARE(stamp.type, ColumnType::Timestamp);
        QCOMPARE(stamp.times[0], at(2024, 3, 1, 12, 30, 15, 250000));
        QCOMPARE(stamp.displayValue(0), QStringLiteral("2024-03-01 12:30:15.25"));
        QCOMPARE(stamp.displayValue(1), QStringLiteral("2024-03-01 23:59:00"));

        // Times with a zone are kept in UTC: all three are the same instant but the last.
        const Column& zoned = column(data.value(), QStringLiteral("zoned"));
        QCOMPARE(zoned.type, ColumnType::TimestampUtc);
        QCOMPARE(zoned.times[0], at(2024, 3, 1, 12, 30));
        QCOMPARE(zoned.times[1], at(2024, 3, 1, 12, 30));
        QCOMPARE(zoned.times[2], at(2024, 3, 1, 14, 0));
        QCOMPARE(zoned.displayValue(2), QStringLiteral("2024-03-01 14:00:00Z"));

        // Points: day first. A first field above 12 says day first, a second one month first.
        const Column& german = column(data.value(), QStringLiteral("german"));
        QCOMPARE(german.type, ColumnType::Timestamp);
        QCOMPARE(german.times[0], at(2024, 12, 31, 18, 30));
        QCOMPARE(german.times[1], at(2025, 1, 1));
        const Column& us = column(data.value(), QStringLiteral("us"));
        QCOMPARE(us.type, ColumnType::Timestamp);
        QCOMPARE(us.times[0], at(2024, 3, 14, 13, 30));
        QCOMPARE(us.times[1], at(2024, 12, 1, 0, 5)); // 12:05 AM is five past midnight
        const Column& slashed = column(data.value(), QStringLiteral("slashed"));
        QCOMPARE(slashed.type, ColumnType::Date);
        QCOMPARE(slashed.times[2], at(2024, 3, 2));
        QCOMPARE(column(data.value(), QStringLiteral("n")).type, ColumnType::Integer);
    }

    void datesWhoseOrderTheRowsDoNotShowStayTextUnlessTold()
    {
        const QByteArray text = "when,n\n03/04/2024,1\n05/06/2024,2\n03/04/2024,3\n";
        auto plain = read(text, QStringLiteral("ambiguous.csv"));
        QVERIFY(plain);
        QVERIFY(!column(plain.value(), QStringLiteral("when")).hasTimes());
        // The preview says why, and the option reads them.
        const QString path = m_dir.filePath(QStringLiteral("ambiguous.csv"));
        auto preview = previewCsv(path, 10);
        QVERIFY(preview);
        QCOMPARE(preview->notes.size(), 1);
        QVERIFY2(preview->notes[0].contains(QStringLiteral("\"when\"")) && preview->notes[0].contains("03/04/2024")
                     && preview->notes[0].contains(QStringLiteral("day first or month first")),
                 qPrintable(preview->notes[0]));
        CsvOptions dayFirst;
        dayFirst.dates = timestamps::DateOrder::DayFirst;
        auto days = readCsv(path, dayFirst);
        QVERIFY(days);
        QCOMPARE(column(days.value(), QStringLiteral("when")).times[0], at(2024, 4, 3));
        CsvOptions monthFirst;
        monthFirst.dates = timestamps::DateOrder::MonthFirst;
        auto months = readCsv(path, monthFirst);
        QVERIFY(months);
        QCOMPARE(column(months.value(), QStringLiteral("when")).times[0], at(2024, 3, 4));
        auto monthsPreview = previewCsv(path, 10, monthFirst);
        QVERIFY(monthsPreview);
        QVERIFY(monthsPreview->notes.isEmpty());
        QCOMPARE(monthsPreview->types.value(0), ColumnType::Date);
        // Off keeps even year-first dates as text.
        CsvOptions off;
        off.dates = timestamps::DateOrder::Off;
        auto iso =
            readCsv(test::writeFile(m_dir.filePath(QStringLiteral("iso.csv")), "d\n2024-01-01\n2024-01-02\n"), off);
        QVERIFY(iso);
        QVERIFY(!iso->columns[0].hasTimes());
        // A day first option cannot read a column that shows month first.
        auto shown =
            readCsv(test::writeFile(m_dir.filePath(QStringLiteral("us.csv")), "d\n12/31/2024\n1/2/2024\n"), dayFirst);
        QVERIFY(shown);
        QVERIFY(!shown->columns[0].hasTimes());
    }

    void textThatOnlyLooksLikeDatesStaysText()
    {
        auto data = read("impossible,mixed,short,version,clash,word\n"
                         "2023-02-29,2024-01-01 10:00Z,01/02/24,1.2.3,13/12/2024,2024-01-01x\n"
                         "2023-03-01,2024-01-01 10:00,02/03/24,1.2.4,12/13/2024,2024-01-02\n"
                         "2023-03-02,2024-01-02 10:00,03/04/24,1.2.5,12/12/2024,2024-01-03\n");
        QVERIFY(data);
        for (const Column& c : data->columns)
            QVERIFY2(!c.hasTimes(), qPrintable(c.name));
        // Hours, minutes and zones beyond their ranges are not times, nor are instants that a zone
        // moves out of the years 1 to 9999.
        auto ranges = read("a,b,c,d,e\n2024-01-01 24:00,2024-01-01 10:60,2024-01-01 10:00+15:00,"
                           "0001-01-01T00:00+01:00,2024-01-01 10:00+14:30\n"
                           "2024-01-02 10:00,2024-01-02 10:00,2024-01-02 10:00+01:00,2024-01-01T00:00Z,"
                           "9999-12-31T23:59-14:00\n");
        QVERIFY(ranges);
        for (const Column& c : ranges->columns)
            QVERIFY2(!c.hasTimes(), qPrintable(c.name));
    }

    void timesSurviveStorageExportAndReimport()
    {
        const QString source =
            test::writeFile(m_dir.filePath(QStringLiteral("times.csv")),
                            "d,t,z,x\n2024-03-01,2024-03-01 12:30:00.000125,2024-03-01T12:30:00+01:00,1\n"
                            ",1900-01-01 00:00:00,,2\n1970-01-01,,2024-03-01T11:30:00.5Z,3\n");
        auto data = readCsv(source);
        QVERIFY(data);
        QCOMPARE(data->columns[1].times[0], at(2024, 3, 1, 12, 30, 0, 125));
        QCOMPARE(data->columns[1].times[1], at(1900, 1, 1)); // before 1970: negative, printed right
        QCOMPARE(data->columns[1].displayValue(1), QStringLiteral("1900-01-01 00:00:00"));
        QCOMPARE(data->columns[1].quantity(1), -25567.0);
        const QString stored = m_dir.filePath(QStringLiteral("times.dataset"));
        QVERIFY(datasetfile::write(data.value(), stored));
        auto back = datasetfile::read(stored);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().text()));
        QCOMPARE(back->contentHash(), data->contentHash());
        for (size_t c = 0; c < 3; ++c) {
            QCOMPARE(back->columns[c].type, data->columns[c].type);
            QCOMPARE(back->columns[c].times, data->columns[c].times);
        }
        // Exported and imported again: the same content.
        const QString exported = m_dir.filePath(QStringLiteral("exported.csv"));
        QVERIFY(exportCsv(data.value(), exported));
        QFile text(exported);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY2(text.readAll().contains("2024-03-01 11:30:00Z"), "UTC written with its zone");
        auto again = readCsv(exported);
        QVERIFY(again);
        QCOMPARE(again->contentHash(), data->contentHash());
        // Only datasets with times are written in format 2: older Crucibles still read the rest.
        auto plain = read("x\n1\n2\n", QStringLiteral("plain.csv"));
        QVERIFY(plain);
        const QString plainStored = m_dir.filePath(QStringLiteral("plain.dataset"));
        QVERIFY(datasetfile::write(plain.value(), plainStored));
        auto versionOf = [](const QString& path) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            const QByteArray head = file.read(20);
            return quint32(quint8(head[16])) | quint32(quint8(head[17])) << 8;
        };
        QCOMPARE(versionOf(plainStored), quint32(1));
        QCOMPARE(versionOf(stored), quint32(2));
        // A times column claimed by a format 1 file is damage, not data.
        QFile patch(stored);
        QVERIFY(patch.open(QIODevice::ReadWrite));
        patch.seek(16);
        patch.write(QByteArray("\x01", 1));
        patch.close();
        auto refused = datasetfile::read(stored);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("unknown column type")),
                 qPrintable(refused.error().message));
    }

    void profilesTimesAsDates()
    {
        auto data = read("d\n2024-01-01\n2024-01-03\n\n2024-01-02\n2024-01-05\n", QStringLiteral("profile.csv"));
        QVERIFY(data);
        const ColumnProfile profile = profileColumn(data->columns[0]);
        QCOMPARE(profile.count, qint64(4));
        QCOMPARE(profile.missing, qint64(1));
        QCOMPARE(profile.distinct, qint64(4));
        QCOMPARE(timestamps::formatDays(profile.min, ColumnType::Date), QStringLiteral("2024-01-01"));
        QCOMPARE(timestamps::formatDays(profile.max, ColumnType::Date), QStringLiteral("2024-01-05"));
        QCOMPARE(timestamps::formatDays(profile.quantiles[2], ColumnType::Timestamp),
                 QStringLiteral("2024-01-02 12:00:00"));
        // Printed cut to the millisecond, never rounded into the next day or year.
        const std::int64_t last = at(1999, 12, 31, 23, 59, 59, 999999);
        QCOMPARE(timestamps::formatDays(timestamps::days(last), ColumnType::Timestamp),
                 QStringLiteral("1999-12-31 23:59:59.999"));
        QCOMPARE(timestamps::formatDays(timestamps::days(at(2024, 3, 1, 12)), ColumnType::Timestamp),
                 QStringLiteral("2024-03-01 12:00:00"));
        // Columns aligned with more than one space between date and time are still times.
        auto aligned = read("t\n2024-03-01  9:30\n2024-03-02 10:30\n", QStringLiteral("aligned.csv"));
        QVERIFY(aligned);
        QCOMPARE(aligned->columns[0].times[0], at(2024, 3, 1, 9, 30));
        QCOMPARE(profile.mean - profile.min, 1.75);
    }

    void previewsTheFirstRows()
    {
        QByteArray bytes("x,y,label\n");
        for (int i = 0; i < 100; ++i)
            bytes += QByteArray::number(i) + "," + QByteArray::number(i * 0.5) + (i % 2 ? ",odd\n" : ",even\n");
        auto preview = previewCsv(test::writeFile(m_dir.filePath(QStringLiteral("preview.csv")), bytes), 10);
        QVERIFY(preview);
        QCOMPARE(preview->header, (QStringList {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("label")}));
        QCOMPARE(preview->rows.size(), 10);
        QCOMPARE(preview->rows[3][2], QStringLiteral("odd"));
        QCOMPARE(preview->types,
                 (QList<ColumnType> {ColumnType::Integer, ColumnType::Numeric, ColumnType::Categorical}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
