#include "qrcodewidget.h"

#include <QPainter>

#include <qrencode.h>

namespace {
// The white border a reader needs around the code, in modules.
constexpr int QuietZone = 4;
} // namespace

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QList<QList<bool>> QrCodeWidget::encode(const QString &text)
{
    QList<QList<bool>> modules;
    const QByteArray bytes = text.toUtf8();
    QRcode *code = QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return modules;
    for (int y = 0; y < code->width; ++y) {
        QList<bool> row;
        row.reserve(code->width);
        for (int x = 0; x < code->width; ++x)
            row.append(code->data[y * code->width + x] & 1);
        modules.append(row);
    }
    QRcode_free(code);
    return modules;
}

void QrCodeWidget::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_modules = encode(text);
    setToolTip(text);
    setAccessibleName(tr("QR code of %1").arg(text));
    updateGeometry();
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    return {240, 240};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    // At least two pixels a module, or a phone can't read it.
    const int side = (int(m_modules.size()) + 2 * QuietZone) * 2;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int side = qMin(width(), height());
    const int count = int(m_modules.size());
    if (count == 0)
        return;
    // Whole pixels a module: sharp edges read best.
    const int module = qMax(1, side / (count + 2 * QuietZone));
    const int drawn = module * (count + 2 * QuietZone);
    const QPoint origin((width() - drawn) / 2, (height() - drawn) / 2);
    painter.fillRect(QRect(origin, QSize(drawn, drawn)), Qt::white);
    for (int y = 0; y < count; ++y) {
        for (int x = 0; x < count; ++x) {
            if (m_modules.at(y).at(x))
                painter.fillRect(origin.x() + (x + QuietZone) * module,
                                 origin.y() + (y + QuietZone) * module, module, module, Qt::black);
        }
    }
}
