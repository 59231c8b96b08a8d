#include "zoomcontroller.h"

#include <QAction>
#include <QSettings>
#include <QWidget>

namespace {
constexpr int Percents[] = {50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
constexpr int NormalStep = 4;
constexpr int StepCount = int(sizeof(Percents) / sizeof(Percents[0]));
constexpr char ZoomKey[] = "view/zoomPercent";

// Every window's controller: a zoom is the whole program's.
QList<QPointer<ZoomController>> &controllers()
{
    static QList<QPointer<ZoomController>> all;
    return all;
}

int stepFor(int percent)
{
    for (int step = 0; step < StepCount; ++step) {
        if (Percents[step] >= percent)
            return step;
    }
    return StepCount - 1;
}
} // namespace

ZoomController::ZoomController(QWidget *window, const QList<QWidget *> &widgets)
    : QObject(window)
    , m_step(stepFor(QSettings().value(QLatin1String(ZoomKey), 100).toInt()))
    , m_zoomIn(new QAction(tr("Zoom &in"), window))
    , m_zoomOut(new QAction(tr("Zoom &out"), window))
    , m_reset(new QAction(tr("&Normal size"), window))
{
    for (QWidget *widget : widgets) {
        m_widgets.append(widget);
        m_baseSizes.append(widget->font().pointSizeF());
    }
    // Ctrl+= as well: on many keyboards plus needs Shift.
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *action : actions()) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    connect(m_zoomIn, &QAction::triggered, this, &ZoomController::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &ZoomController::zoomOut);
    connect(m_reset, &QAction::triggered, this, &ZoomController::reset);
    controllers().removeAll(nullptr);
    controllers().append(this);
    apply();
}

ZoomController::~ZoomController()
{
    controllers().removeAll(this);
}

int ZoomController::percent() const
{
    return Percents[m_step];
}

void ZoomController::zoomIn()
{
    setStep(m_step + 1);
}

void ZoomController::zoomOut()
{
    setStep(m_step - 1);
}

void ZoomController::reset()
{
    setStep(NormalStep);
}

void ZoomController::setStep(int step)
{
    step = qBound(0, step, StepCount - 1);
    if (step == m_step)
        return;
    QSettings().setValue(QLatin1String(ZoomKey), Percents[step]);
    // Every open window follows, as the next one will.
    const QList<QPointer<ZoomController>> all = controllers();
    for (ZoomController *controller : all) {
        if (!controller || controller->m_step == step)
            continue;
        controller->m_step = step;
        controller->apply();
        emit controller->zoomed(controller->percent());
    }
}

void ZoomController::apply()
{
    for (qsizetype i = 0; i < m_widgets.size(); ++i) {
        QWidget *widget = m_widgets.at(i);
        if (!widget || m_baseSizes.at(i) <= 0)
            continue;
        QFont font = widget->font();
        font.setPointSizeF(m_baseSizes.at(i) * percent() / 100.0);
        widget->setFont(font);
    }
    m_zoomIn->setEnabled(m_step < StepCount - 1);
    m_zoomOut->setEnabled(m_step > 0);
}
