#pragma once

// qrcodewidget.h — a QR code of a text (the room's address for phones),
// made with libqrencode and drawn as sharp black squares on white with its
// quiet zone, as large as the widget allows: readable from the back of a
// classroom when the widget is large.

#include <QWidget>

class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // The modules, row by row (true: dark); empty if nothing could be made.
    const QList<QList<bool>> &modules() const { return m_modules; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

    // The modules of `text` at error correction level M.
    static QList<QList<bool>> encode(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QList<QList<bool>> m_modules;
};
