#include "TaskStatus.h"

#include "engine/core/BackgroundTask.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

namespace crucible {

TaskStatus::TaskStatus(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("status-tasks"));
    m_button = new QToolButton(this);
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_menu = new QMenu(this);
    m_menu->setToolTipsVisible(true);
    m_button->setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &TaskStatus::fillMenu);
    m_bar = new QProgressBar(this);
    m_bar->setFixedSize(90, 12);
    m_bar->setTextVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_bar);

    TaskManager& manager = TaskManager::instance();
    connect(&manager, &TaskManager::taskStarted, this, [this](BackgroundTask* task) {
        connect(task, &BackgroundTask::progressChanged, this, &TaskStatus::refresh);
        refresh();
    });
    connect(&manager, &TaskManager::taskEnded, this, &TaskStatus::refresh);
    refresh();
}

void TaskStatus::refresh()
{
    const QList<BackgroundTask*> tasks = TaskManager::instance().tasks(true);
    setVisible(!tasks.isEmpty());
    if (tasks.isEmpty())
        return;
    m_button->setText(tasks.size() == 1 ? tasks.first()->description()
                                        : tr("%n background task(s)", nullptr, int(tasks.size())));
    m_button->setToolTip(tr("Work running in the background: click to see or cancel it"));
    // Several tasks: the least advanced one, so that the bar never runs ahead of the work.
    double fraction = 1.0;
    for (const BackgroundTask* task : tasks)
        fraction = std::min(fraction, task->progress());
    if (fraction < 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(fraction * 1000));
    }
}

void TaskStatus::fillMenu()
{
    m_menu->clear();
    const QList<BackgroundTask*> tasks = TaskManager::instance().tasks(true);
    bool anyCancellable = false;
    for (BackgroundTask* task : tasks) {
        QString text = task->description();
        if (task->progress() >= 0)
            text = tr("%1 (%2%)").arg(text, QLocale().toString(task->progress() * 100, 'f', 0));
        if (task->isCancelled())
            text = tr("%1 — cancelling").arg(text);
        else if (task->isCancellable())
            text = tr("Cancel: %1").arg(text);
        QAction* action = m_menu->addAction(text);
        action->setEnabled(task->isCancellable() && !task->isCancelled());
        action->setToolTip(task->isCancellable() ? tr("Stop this work")
                                                 : tr("This work finishes by itself and cannot be cancelled"));
        connect(action, &QAction::triggered, task, &BackgroundTask::cancel);
        anyCancellable = anyCancellable || action->isEnabled();
    }
    if (tasks.size() > 1 && anyCancellable) {
        m_menu->addSeparator();
        m_menu->addAction(tr("Cancel All"), &TaskManager::instance(), &TaskManager::cancelAll);
    }
}

void TaskStatus::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace crucible
