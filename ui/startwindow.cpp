#include "startwindow.h"

#include "appsettings.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

StartWindow::StartWindow(QWidget *parent)
    : QWidget(parent)
    , m_hostButton(new QCommandLinkButton(tr("&Host a room"), this))
    , m_joinButton(new QCommandLinkButton(tr("&Join a room"), this))
    , m_demoButton(new QCommandLinkButton(tr("&Try it on this computer"), this))
{
    setWindowTitle(tr("Salon"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/salon.svg")));

    auto *title = new QLabel(tr("Welcome to Salon"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro =
        new QLabel(tr("A chat for the people in this room. What would you like to do?"), this);
    intro->setWordWrap(true);

    m_hostButton->setDescription(
        tr("Start a chat room on this computer. Others join it by typing the address the "
           "server window shows."));
    m_joinButton->setDescription(
        tr("Connect to a room that someone started, on this computer or another one."));
    m_demoButton->setDescription(
        tr("A room and two people in it, side by side on this screen: a classroom demo."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_hostButton);
    layout->addWidget(m_joinButton);
    layout->addWidget(m_demoButton);
    layout->addStretch();

    connect(m_hostButton, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Host); });
    connect(m_joinButton, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Join); });
    connect(m_demoButton, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Demo); });

    const QString last = QSettings().value(QLatin1String(AppSettings::StartChoice)).toString();
    QCommandLinkButton *preferred = last == QLatin1String("host")   ? m_hostButton
                                    : last == QLatin1String("demo") ? m_demoButton
                                                                    : m_joinButton;
    preferred->setDefault(true);
    preferred->setFocus();
    setTabOrder(m_hostButton, m_joinButton);
    setTabOrder(m_joinButton, m_demoButton);
    resize(480, 360);
}

void StartWindow::choose(Choice choice)
{
    const QString name = choice == Choice::Host   ? QStringLiteral("host")
                         : choice == Choice::Demo ? QStringLiteral("demo")
                                                  : QStringLiteral("join");
    QSettings().setValue(QLatin1String(AppSettings::StartChoice), name);
    emit chosen(choice);
}
