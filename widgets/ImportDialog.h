#pragma once

#include "engine/data/DatasetStore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace crucible {

/// Shows what an import will make of a file or folder before it happens: for CSV/TSV the first
/// rows with the detected types, the delimiter and the target column; for images and IDX files
/// what was found. The user names the dataset and picks the target. Thread: GUI.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const QString& path, QWidget* parent = nullptr);

    /// The import as the user set it up.
    ImportRequest request() const;
    /// True when the preview found a problem (shown in the dialog; OK is disabled).
    bool hasProblem() const { return m_hasProblem; }
    QString problemText() const;
    QTableWidget* previewTable() const { return m_preview; }
    QComboBox* targetBox() const { return m_target; }
    /// What a few values that are not numbers in a column of numbers do: refuse, missing, text.
    QComboBox* notNumbersBox() const { return m_notNumbers; }
    /// What numbers beyond a 32-bit float do: refuse, or read as missing.
    QComboBox* outOfRangeBox() const { return m_outOfRange; }
    QComboBox* datesBox() const { return m_dates; }
    /// The dialect, where detection is not what the file needs: delimiter, decimal mark, quote
    /// and the header's line (0: detect).
    QComboBox* delimiterBox() const { return m_delimiter; }
    QComboBox* decimalBox() const { return m_decimal; }
    QComboBox* quoteBox() const { return m_quote; }
    QSpinBox* headerLineBox() const { return m_headerLine; }
    /// What the preview read: "gzip, semicolon-separated, decimal comma", in the UI's language.
    QString summaryText() const;

private Q_SLOTS:
    void refreshPreview();

private:
    CsvOptions csvOptions() const;

    QString m_path;
    QString m_kind;
    bool m_hasProblem = false;
    QLineEdit* m_name = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_target = nullptr;
    QComboBox* m_notNumbers = nullptr;
    QComboBox* m_outOfRange = nullptr;
    QComboBox* m_dates = nullptr;
    QComboBox* m_decimal = nullptr;
    QComboBox* m_quote = nullptr;
    QSpinBox* m_headerLine = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace crucible
