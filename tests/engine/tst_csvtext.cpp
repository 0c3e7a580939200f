// CSV fields as a spreadsheet or a CSV reader sees them: quoting per RFC 4180, and untrusted text
// that cannot turn into a formula.
#include "engine/core/CsvText.h"

#include <QTest>

using namespace crucible;

class TestCsvText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotesWhatRfc4180Requires_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "setosa"
                               << "setosa";
        QTest::newRow("comma") << "large, blue"
                               << "\"large, blue\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("line feed") << "a\nb"
                                   << "\"a\nb\"";
        QTest::newRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
        QTest::newRow("empty") << ""
                               << "";
    }

    void quotesWhatRfc4180Requires()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(csvtext::field(text), expected);
    }

    void untrustedTextNeverStartsAFormula_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << "=HYPERLINK(\"x\")"
                                << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("plus") << "+cmd"
                              << "'+cmd";
        QTest::newRow("minus") << "-cmd|' /C calc'!A0"
                               << "'-cmd|' /C calc'!A0";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("negative number stays") << "-1.5"
                                               << "-1.5";
        QTest::newRow("positive sign number stays") << "+3"
                                                    << "+3";
        QTest::newRow("ordinary") << "T-shirt/top"
                                  << "T-shirt/top";
        QTest::newRow("comma and formula") << "=1,2"
                                           << "\"'=1,2\"";
    }

    void untrustedTextNeverStartsAFormula()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(csvtext::untrustedField(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestCsvText)
#include "tst_csvtext.moc"
