#include "roomcodepanel.h"

#include "model/roomcode.h"
#include "server/chatserver.h"
#include "theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

RoomCodePanel::RoomCodePanel(ChatServer *server, QWidget *parent)
    : QFrame(parent)
    , m_server(server)
    , m_caption(new QLabel(tr("Room code"), this))
    , m_code(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_change(new QPushButton(tr("C&hange…"), this))
{
    setObjectName(QStringLiteral("roomCodePanel"));
    m_code->setObjectName(QStringLiteral("roomCode"));
    m_warning->setObjectName(QStringLiteral("codeWarning"));
    setFrameShape(QFrame::StyledPanel);
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Read from the back of the room: several times the text's size.
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    big.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_code->setFont(big);
    m_caption->setTextFormat(Qt::PlainText);
    Theme::makeWarning(m_warning);

    auto *row = new QHBoxLayout;
    row->addWidget(m_caption);
    row->addWidget(m_code, 1);
    row->addWidget(m_change);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_warning);

    connect(m_change, &QPushButton::clicked, this, [this] { askForCode(m_server, window()); });
    connect(m_server, &ChatServer::roomCodeChanged, this, [this] {
        m_warning->hide(); // a new code: the guessing starts from nothing
        refresh();
    });
    connect(m_server, &ChatServer::codeGuessing, this, [this](int wrongCodes) {
        m_warning->setText(tr("%n wrong code(s) in the last 10 minutes: someone may be guessing. "
                              "Change the code, or lock the room once everyone is in.",
                              nullptr, wrongCodes));
        m_warning->show();
        refresh();
    });
    refresh();
}

QString RoomCodePanel::shownCode() const
{
    return m_code->text();
}

QString RoomCodePanel::warning() const
{
    return m_warning->isVisible() || !m_warning->isHidden() ? m_warning->text() : QString();
}

void RoomCodePanel::refresh()
{
    const QString code = m_server->roomCode();
    m_code->setText(RoomCode::grouped(code));
    m_caption->setVisible(!code.isEmpty());
    m_code->setVisible(!code.isEmpty());
    setVisible(!code.isEmpty() || !m_warning->isHidden());
}

void RoomCodePanel::askForCode(ChatServer *server, QWidget *window)
{
    QDialog dialog(window);
    dialog.setWindowTitle(tr("Room code"));
    auto *explanation = new QLabel(
        tr("Only those who type this code get in. Show it on the projector; those already in "
           "the room stay. Letters, digits and '-'; spaces don't count."),
        &dialog);
    explanation->setWordWrap(true);
    auto *field = new QLineEdit(server->roomCode(), &dialog);
    field->setObjectName(QStringLiteral("roomCodeField"));
    field->setMaxLength(int(RoomCode::MaxChars) + 8);
    field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9\\- ]*")), field));
    auto *generate = new QPushButton(tr("&Generate 6 digits"), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *none = buttons->addButton(tr("&No code"), QDialogButtonBox::DestructiveRole);
    none->setEnabled(!server->roomCode().isEmpty());
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(generate);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addLayout(row);
    layout->addWidget(buttons);
    const auto check = [field, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(RoomCode::parse(field->text()).has_value());
    };
    QObject::connect(field, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(generate, &QPushButton::clicked, &dialog,
                     [field] { field->setText(RoomCode::generate()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(none, &QPushButton::clicked, &dialog, [&dialog, field] {
        field->clear();
        dialog.accept();
    });
    if (server->roomCode().isEmpty())
        field->setText(RoomCode::generate());
    field->selectAll();
    check();
    if (dialog.exec() != QDialog::Accepted)
        return;
    server->setRoomCode(RoomCode::parse(field->text()).value_or(QString()));
}
