#pragma once

// browserjoinpanel.h — how phones, Chromebooks and locked-down PCs join:
// the address to type in a browser, and its QR code, small beside it and
// large on demand (for the projector, readable from the back of the room).

#include <QFrame>

class QLabel;
class QPushButton;
class QrCodeWidget;

class BrowserJoinPanel : public QFrame
{
    Q_OBJECT
public:
    explicit BrowserJoinPanel(QWidget *parent = nullptr);

    // "http://192.168.1.10:12800/" (empty: the room is closed).
    void setAddress(const QString &url);
    QString address() const { return m_url; }
    // The QR code large, in a window of its own.
    void showLarge();

signals:
    void copied(const QString &url);

private:
    QString m_url;
    QLabel *m_address;
    QrCodeWidget *m_code;
    QPushButton *m_copy;
    QPushButton *m_large;
};
