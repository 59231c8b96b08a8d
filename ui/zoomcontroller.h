#pragma once

// zoomcontroller.h — Ctrl+plus, Ctrl+minus and Ctrl+0 on the widgets that
// people read from the back of a classroom (logs and lists). The zoom is
// the whole program's: every open window follows at once, the next one
// opens at it, and it is remembered between runs.

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

class ZoomController : public QObject
{
    Q_OBJECT
public:
    // `window` receives the shortcuts; `widgets` are the ones that grow.
    ZoomController(QWidget *window, const QList<QWidget *> &widgets);
    ~ZoomController() override;

    QList<QAction *> actions() const { return {m_zoomIn, m_zoomOut, m_reset}; }
    int percent() const;

    void zoomIn();
    void zoomOut();
    void reset();

signals:
    void zoomed(int percent);

private:
    void setStep(int step);
    void apply();

    QList<QPointer<QWidget>> m_widgets;
    QList<qreal> m_baseSizes;
    int m_step;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_reset;
};
