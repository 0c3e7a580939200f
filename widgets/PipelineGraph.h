#pragma once

#include "engine/store/PipelineStore.h"

#include <QList>
#include <QRectF>
#include <QWidget>

namespace crucible {

/// A pipeline run's steps drawn as a chain of boxes (wrapping onto further rows when the width
/// runs out), each with its id, kind, status colour and duration, arrows between them. Click or
/// the arrow keys select a step. Before a run exists it shows the file's steps as pending.
/// Thread: GUI.
class PipelineGraph : public QWidget {
    Q_OBJECT
public:
    explicit PipelineGraph(QWidget* parent = nullptr);

    void setSteps(const QList<PipelineStepRecord>& steps);
    const QList<PipelineStepRecord>& steps() const { return m_steps; }
    void setCurrentStep(const QString& id);
    QString currentStep() const;
    /// Where step `index` is drawn (for tests and tooltips).
    QRectF stepRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void currentStepChanged(const QString& id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    int columns(int width) const;
    QString statusText(const QString& status) const;

    QList<PipelineStepRecord> m_steps;
    int m_current = -1;
};

} // namespace crucible
