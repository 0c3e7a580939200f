#pragma once

#include "engine/serve/ServeMetrics.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;

namespace crucible {

class MetricChart;
class ModelServer;
class Workspace;

/// The Serving page: the models this window serves over HTTP (started with Serve on the Registry
/// page), each with its URL, reference and the version answering now, and for the selected one
/// live charts of requests per second, p50 and p99 latency and errors per second (sampled each
/// second from the server's own counters), a curl example to copy, the server's events (an
/// alias followed to a new version) and Stop. Servers start and stop in background tasks; the
/// page never waits for them. Closing the page's window stops every server after at most a
/// second for the requests in flight. Thread: GUI.
class ServingPage : public QWidget {
    Q_OBJECT
public:
    explicit ServingPage(QWidget* parent = nullptr);
    ~ServingPage() override;

    /// The workspace whose serving/ folder keeps the prediction logs (may be null: no log).
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// Starts serving `reference` of the registry in `folder` on `host`:`port` (with `nextFree`,
    /// the next of 20 ports when it is taken). The outcome shows on the page.
    void serve(const QString& folder, const QString& reference, int port, bool nextFree, const QString& host);
    /// Stops the selected endpoint (in the background).
    void stopSelected();

    int endpointCount() const { return int(m_endpoints.size()); }
    /// "http://127.0.0.1:8080" of endpoint `row`.
    QString endpointUrl(int row) const;
    /// The model reference endpoint `row` was asked to serve ("iris@production", "iris@3").
    QString endpointReference(int row) const;
    /// The version that answers endpoint `row` now.
    int endpointVersion(int row) const;
    bool isStarting() const { return m_starting > 0; }
    QString messageText() const;
    QString curlText() const;
    QTableWidget* endpointTable() const { return m_table; }
    MetricChart* requestsChart() const { return m_requests; }
    MetricChart* latencyChart() const { return m_latency; }
    MetricChart* errorsChart() const { return m_errors; }
    QListWidget* eventList() const { return m_events; }
    QAction* stopAction() const { return m_stopAction; }
    /// Takes one sample of every server now (the timer does it each second).
    void sample();

Q_SIGNALS:
    /// The number of endpoints changed (the status bar says "Serving 2 models").
    void endpointsChanged(int count);
    void openRegistryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Endpoint {
        std::shared_ptr<ModelServer> server;
        QString reference;
        QDateTime started;
        ServeMetrics::Totals last;
        double lastSeconds = 0;
        std::vector<double> t, rps, p50, p99, errors;
        QStringList events;
    };

    void buildUi();
    void retranslate();
    void fillTable();
    void showSelected();
    void showMessage(const QString& text, bool isError);
    void addEvent(ModelServer* server, const QString& line);
    int selectedRow() const;

    std::shared_ptr<const Workspace> m_workspace;
    std::vector<Endpoint> m_endpoints;
    int m_starting = 0;
    QTimer m_sampler;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyText = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_url = nullptr;
    QPlainTextEdit* m_curl = nullptr;
    MetricChart* m_requests = nullptr;
    MetricChart* m_latency = nullptr;
    MetricChart* m_errors = nullptr;
    QListWidget* m_events = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_copyAction = nullptr;
};

} // namespace crucible
